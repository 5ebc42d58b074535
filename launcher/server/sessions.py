"""Meeting sessions: who was in which room, and when.

A session starts when the first participant is admitted into a room and ends
when the last one leaves. Sessions and their participants are kept in the
server's database (tables of their own, :mod:`launcher.server.store.schema`) for the recording and
webhook work; every change is also handed to event listeners as the
``session:*`` callback bodies of the API contract.

Room expiry follows presence through :class:`RoomLifecycle` (the server's
store implements it): an occupied room does not expire, and an instant room
expires 10 minutes after the last participant leaves (the 10 minutes to a
first join are set when the room is created).

With several processes (``serve --redis``), a process taking over a room whose
process died continues the session that one left open (:attr:`SessionTracker.adoptable`,
launcher.server.failover): those who were in it are counted out once and the
meeting goes on as the same session; a session nobody came back to is ended
(:meth:`SessionTracker.close_abandoned`).
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import uuid
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar

from launcher.server.signalling import MeetingRoom, Participant
from launcher.server.store.connection import Database, open_connection, reopen_if_lost
from launcher.server.store.schema import Connection

log = logging.getLogger(__name__)


EventListener = Callable[[str, Mapping[str, Any]], None]
T = TypeVar("T")
#: Runs a blocking storage call somewhere off the event loop and awaits it.
BlockingRunner = Callable[[Callable[[], T]], Awaitable[T]]


class RoomLifecycle(Protocol):
    """Presence counting in room storage (``launcher.server.store.Store`` has it)."""

    def room_participant_joined(
        self, room_id: str, events: Sequence[Mapping[str, Any]] = ()
    ) -> None:
        """Count one in; queue ``events`` (webhook bodies) in the same transaction."""

    def room_participant_left(
        self, room_id: str, events: Sequence[Mapping[str, Any]] = (), count: int = 1
    ) -> None:
        """Count ``count`` out; queue ``events`` (webhook bodies) in the same transaction."""


async def _run_inline(fn: Callable[[], T]) -> T:
    return fn()


@dataclass(frozen=True)
class SessionRecord:
    """One stored session."""

    session_id: str
    room_id: str
    started_at: str
    ended_at: str | None


@dataclass(frozen=True)
class ParticipantRecord:
    """One stored participant of a session."""

    participant_id: str
    session_id: str
    room_id: str
    name: str
    is_host: bool
    joined_at: str
    left_at: str | None


def iso(moment: datetime) -> str:
    """The contract's timestamp form: milliseconds and ``Z``."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class SessionStore:
    """Session tables in the server's database (SQLite in WAL mode, or PostgreSQL)."""

    def __init__(self, db_path: str | Path, database: Database | None = None) -> None:
        """The session tables of the SQLite file ``db_path`` (``meetings.sqlite3`` in a
        data dir), or of ``database`` when it is a PostgreSQL one."""
        self._lock = threading.Lock()
        self._database = database or Database()
        # One connection used under a lock: the server's loop thread writes, tests read.
        self._db: Connection = open_connection(Path(db_path).parent, database)

    @contextmanager
    def _using(self) -> Iterator[None]:
        """The connection, under the lock; reopened first if PostgreSQL dropped it
        (DatabaseUnavailable while the database stays unreachable)."""
        with self._lock:
            reopen_if_lost(self._db, self._database)
            yield

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._db.close()

    def add_session(self, record: SessionRecord) -> None:
        """Store a new running session."""
        with self._using():
            self._db.execute(
                "INSERT INTO meeting_sessions VALUES (?, ?, ?, NULL)",
                (record.session_id, record.room_id, record.started_at),
            )

    def end_session(self, session_id: str, at: datetime) -> bool:
        """Mark a session ended; False when it already was."""
        with self._using():
            cursor = self._db.execute(
                "UPDATE meeting_sessions SET ended_at = ? WHERE session_id = ?"
                " AND ended_at IS NULL",
                (iso(at), session_id),
            )
            return int(cursor.rowcount) > 0

    def save_board(
        self, session_id: str, strokes: Sequence[Mapping[str, Any]], at: datetime
    ) -> None:
        """Keep the whiteboard's strokes (launcher.server.whiteboard) with the session."""
        with self._using():
            self._db.execute(
                "INSERT INTO meeting_session_boards VALUES (?, ?, ?) ON CONFLICT (session_id)"
                " DO UPDATE SET strokes = excluded.strokes, saved_at = excluded.saved_at",
                (session_id, json.dumps(list(strokes), separators=(",", ":")), iso(at)),
            )

    def board(self, session_id: str) -> list[dict[str, Any]] | None:
        """The whiteboard saved with a session, or None when none was."""
        with self._using():
            row = self._db.execute(
                "SELECT strokes FROM meeting_session_boards WHERE session_id = ?", (session_id,)
            ).fetchone()
        return None if row is None else list(json.loads(row[0]))

    def add_participant(self, record: ParticipantRecord) -> None:
        """Store a participant who was admitted."""
        with self._using():
            self._db.execute(
                "INSERT INTO meeting_session_participants VALUES (?, ?, ?, ?, ?, ?, NULL)",
                (
                    record.participant_id,
                    record.session_id,
                    record.room_id,
                    record.name,
                    int(record.is_host),
                    record.joined_at,
                ),
            )

    def participant_left(self, participant_id: str, at: datetime) -> bool:
        """Mark a participant gone; False when they already were."""
        with self._using():
            cursor = self._db.execute(
                "UPDATE meeting_session_participants SET left_at = ? WHERE participant_id = ?"
                " AND left_at IS NULL",
                (iso(at), participant_id),
            )
            return int(cursor.rowcount) > 0

    def open_sessions(
        self, room_id: str | None = None, *, present: bool = True
    ) -> list[tuple[SessionRecord, list[ParticipantRecord]]]:
        """A room's sessions still open (or every room's), newest first, each with
        those still in it (none looked up unless ``present``)."""
        with self._using():
            if room_id is None:
                rows = self._db.execute(
                    "SELECT session_id, room_id, started_at, ended_at FROM meeting_sessions"
                    " WHERE ended_at IS NULL ORDER BY started_at DESC, rowid DESC"
                ).fetchall()
            else:
                rows = self._db.execute(
                    "SELECT session_id, room_id, started_at, ended_at FROM meeting_sessions"
                    " WHERE room_id = ? AND ended_at IS NULL ORDER BY started_at DESC, rowid DESC",
                    (room_id,),
                ).fetchall()
        found = []
        for row in rows:
            session = SessionRecord(*row)
            people = self.participants(session.session_id) if present else []
            found.append((session, [p for p in people if p.left_at is None]))
        return found

    def close_open_sessions(self, at: datetime) -> int:
        """End sessions a killed server left running; returns how many."""
        stamp = iso(at)
        with self._using():
            self._db.execute(
                "UPDATE meeting_session_participants SET left_at = ? WHERE left_at IS NULL",
                (stamp,),
            )
            cursor = self._db.execute(
                "UPDATE meeting_sessions SET ended_at = ? WHERE ended_at IS NULL", (stamp,)
            )
            return int(cursor.rowcount)

    def sessions(self, room_id: str) -> list[SessionRecord]:
        """A room's sessions, oldest first."""
        with self._using():
            rows = self._db.execute(
                "SELECT session_id, room_id, started_at, ended_at FROM meeting_sessions"
                " WHERE room_id = ? ORDER BY started_at, rowid",
                (room_id,),
            ).fetchall()
        return [SessionRecord(*row) for row in rows]

    def session(self, session_id: str) -> SessionRecord | None:
        """One session by id."""
        with self._using():
            row = self._db.execute(
                "SELECT session_id, room_id, started_at, ended_at FROM meeting_sessions"
                " WHERE session_id = ?",
                (session_id,),
            ).fetchone()
        return SessionRecord(*row) if row else None

    def participants(self, session_id: str) -> list[ParticipantRecord]:
        """A session's participants in the order they joined."""
        with self._using():
            rows = self._db.execute(
                "SELECT participant_id, session_id, room_id, name, is_host, joined_at, left_at"
                " FROM meeting_session_participants WHERE session_id = ? ORDER BY joined_at, rowid",
                (session_id,),
            ).fetchall()
        return [ParticipantRecord(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6]) for r in rows]


def _event(event: str, body: Mapping[str, Any]) -> dict[str, Any]:
    """A callback body of the contract: its fields plus ``event``."""
    return {"event": event, **body}


class SessionTracker:
    """Turns presence in the signalling hub into stored sessions and events."""

    def __init__(
        self,
        store: SessionStore,
        *,
        lifecycle: RoomLifecycle | None = None,
        run_blocking: BlockingRunner[Any] = _run_inline,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._store = store
        self._lifecycle = lifecycle
        self._run = run_blocking
        self._clock = clock
        self._listeners: list[EventListener] = []
        # room_id -> (session, ids of participants still in it)
        self._running: dict[str, tuple[SessionRecord, set[str]]] = {}
        #: With several processes (launcher.server.failover): whether the open session
        #: that another process left in a room (it died) may be continued here; when
        #: None, a room's first participant always starts a new session.
        self.adoptable: Callable[[MeetingRoom, str], Awaitable[bool]] | None = None
        #: Told ``(room id, session id)`` of each session taken over from a process
        #: that died, continued here or ended (its running recordings end: recordings).
        self.taken_over: list[Callable[[str, str], Awaitable[None]]] = []
        self._taking_over = asyncio.Lock()

    def add_listener(self, listener: EventListener) -> None:
        """Receive ``(event, body)`` for every session event (webhooks hook in here)."""
        self._listeners.append(listener)

    def present(self, room_id: str) -> int:
        """How many admitted participants are in the room's meeting now."""
        entry = self._running.get(room_id)
        return len(entry[1]) if entry else 0

    async def open_sessions(self) -> list[SessionRecord]:
        """Every room's sessions still open in the database (some other process's)."""
        found: list[SessionRecord] = await self._run(
            lambda: [s for s, _in in self._store.open_sessions(present=False)]
        )
        return found

    def running_session(self, room_id: str) -> SessionRecord | None:
        """The session running in a room, if any."""
        entry = self._running.get(room_id)
        return entry[0] if entry else None

    async def participant_joined(self, room: MeetingRoom, participant: Participant) -> None:
        """Signalling admitted somebody: start a session when they are the first (or,
        with :attr:`adoptable`, continue the one a process that died left open)."""
        entry = self._running.get(room.room_id)
        orphans: list[tuple[SessionRecord, list[ParticipantRecord], bool]] = []
        if entry is None and self.adoptable is not None:
            async with self._taking_over:  # one look at the database per room
                entry = self._running.get(room.room_id)
                if entry is None:
                    orphans = await self._orphans(room)
                    continued = [session for session, _in, go_on in orphans if go_on]
                    if continued:
                        entry = self._running[room.room_id] = (continued[0], set())
        now = self._clock()
        started = entry is None
        if entry is None:
            # Registered before any await, so a second joiner cannot start another session.
            session = SessionRecord(str(uuid.uuid4()), room.room_id, iso(now), None)
            entry = self._running[room.room_id] = (session, set())
        session, present = entry
        present.add(participant.id)
        record = ParticipantRecord(
            participant.id,
            session.session_id,
            room.room_id,
            participant.name,
            participant.is_host,
            iso(now),
            None,
        )

        events: list[dict[str, Any]] = []
        if started:
            events.append(
                _event(
                    "session:started",
                    {
                        "session_id": session.session_id,
                        "room_id": room.room_id,
                        "started_at": session.started_at,
                    },
                )
            )
        events.append(
            _event("session:participant:joined", self._participant_body(room, session, participant))
        )

        def store() -> list[dict[str, Any]]:
            if started:
                self._store.add_session(session)
            self._store.add_participant(record)
            if self._lifecycle is not None:
                # The webhook outbox rows commit with the presence change.
                self._lifecycle.room_participant_joined(room.room_id, events)
            # Counted in first: the room is never seen empty (and expired) meanwhile.
            return events + self._close_orphans(room.room_id, orphans, now)

        for payload in await self._run(store):
            self._emit(payload)
        for orphan, _in, _go_on in orphans:
            await self._taken_over(room.room_id, orphan.session_id)

    async def close_abandoned(self, session: SessionRecord) -> bool:
        """End a session a process that died left open and nobody continued (with
        several processes: launcher.server.failover finds them); False when it is
        running here or was already ended."""
        entry = self._running.get(session.room_id)
        if entry is not None and entry[0].session_id == session.session_id:
            return False

        def store() -> list[dict[str, Any]]:
            found = [
                present
                for open_session, present in self._store.open_sessions(session.room_id)
                if open_session.session_id == session.session_id
            ]
            if not found:
                return []
            return self._close_orphans(session.room_id, [(session, found[0], False)], now)

        now = self._clock()
        events = await self._run(store)
        for payload in events:
            self._emit(payload)
        if events:
            await self._taken_over(session.room_id, session.session_id)
        return bool(events)

    async def _taken_over(self, room_id: str, session_id: str) -> None:
        for listener in self.taken_over:
            try:
                await listener(room_id, session_id)
            except Exception:
                log.exception("sessions: a take-over listener failed")

    async def _orphans(
        self, room: MeetingRoom
    ) -> list[tuple[SessionRecord, list[ParticipantRecord], bool]]:
        """The room's sessions left open (by a process that died), each with those
        still in it and whether it goes on here (only the newest, if adoptable)."""
        assert self.adoptable is not None
        found = await self._run(lambda: self._store.open_sessions(room.room_id))
        orphans = []
        for index, (session, present) in enumerate(found):
            go_on = False
            if index == 0:
                try:
                    go_on = await self.adoptable(room, session.session_id)
                except Exception:
                    log.exception("sessions: could not tell whether a session goes on")
            orphans.append((session, present, go_on))
        return orphans

    def _close_orphans(
        self,
        room_id: str,
        orphans: Sequence[tuple[SessionRecord, Sequence[ParticipantRecord], bool]],
        now: datetime,
    ) -> list[dict[str, Any]]:
        """(Storage thread.) Those still in sessions a dead process left are gone now;
        a session that does not go on here ends. Only rows this call changed are told
        of, so a session two processes close is told of once."""
        told: list[dict[str, Any]] = []
        for session, present, go_on in orphans:
            events = [
                _event("session:participant:left", self._record_body(room_id, session, person))
                for person in present
                if self._store.participant_left(person.participant_id, now)
            ]
            count = len(events)
            if not go_on and self._store.end_session(session.session_id, now):
                events.append(_event("session:ended", self._ended_body(room_id, session, now)))
            if events and self._lifecycle is not None:
                self._lifecycle.room_participant_left(room_id, events, count)
            told += events
        return told

    async def board_saved(self, room: MeetingRoom, strokes: Sequence[Mapping[str, Any]]) -> None:
        """The last person is leaving: keep the whiteboard with the running session."""
        entry = self._running.get(room.room_id)
        if entry is None or not strokes:
            return
        session_id, now = entry[0].session_id, self._clock()
        await self._run(lambda: self._store.save_board(session_id, strokes, now))

    async def participant_left(self, room: MeetingRoom, participant: Participant) -> None:
        """Somebody left: end the session when they were the last."""
        entry = self._running.get(room.room_id)
        if entry is None or participant.id not in entry[1]:
            return
        now = self._clock()
        session, present = entry
        present.discard(participant.id)
        ended = not present
        if ended:
            del self._running[room.room_id]

        events = [
            _event("session:participant:left", self._participant_body(room, session, participant))
        ]
        if ended:
            events.append(_event("session:ended", self._ended_body(room.room_id, session, now)))

        def store() -> None:
            self._store.participant_left(participant.id, now)
            if ended:
                self._store.end_session(session.session_id, now)
            if self._lifecycle is not None:
                self._lifecycle.room_participant_left(room.room_id, events)

        await self._run(store)
        for payload in events:
            self._emit(payload)

    @staticmethod
    def _ended_body(room_id: str, session: SessionRecord, now: datetime) -> dict[str, Any]:
        return {
            "session_id": session.session_id,
            "room_id": room_id,
            "started_at": session.started_at,
            "ended_at": iso(now),
        }

    @staticmethod
    def _record_body(
        room_id: str, session: SessionRecord, person: ParticipantRecord
    ) -> dict[str, Any]:
        return {
            "participant_id": person.participant_id,
            "session_id": session.session_id,
            "room_id": room_id,
            "name": person.name,
            "type": "host" if person.is_host else "guest",
            "is_host": person.is_host,
        }

    @staticmethod
    def _participant_body(
        room: MeetingRoom, session: SessionRecord, participant: Participant
    ) -> dict[str, Any]:
        return {
            "participant_id": participant.id,
            "session_id": session.session_id,
            "room_id": room.room_id,
            "name": participant.name,
            "type": "host" if participant.is_host else "guest",
            "is_host": participant.is_host,
        }

    def _emit(self, payload: Mapping[str, Any]) -> None:
        event = str(payload["event"])
        for listener in list(self._listeners):
            try:
                listener(event, payload)
            except Exception:
                log.exception("sessions: event listener failed for %s", event)
