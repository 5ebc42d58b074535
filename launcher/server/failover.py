"""What a room keeps in Redis so that another process can run it on (``serve --redis``).

With several processes one runs each room (launcher.server.relay). When it dies
(``kill -9``, a crash, its machine gone), its pages reconnect through the load balancer,
another process takes the room once its lease ran out, and finds here what the dead
one knew:

- **Rejoin keys**: each admitted participant's key is a Redis key named by a SHA-256 of
  the key (a key listing shows no usable key) holding the meeting code. It is set when
  they are admitted and renewed every :data:`~launcher.server.relay.RENEW_EVERY` seconds
  while they are in, so it lasts :data:`~launcher.server.signalling.REJOIN_WINDOW`
  seconds after their socket dropped or their process died; used once (``GETDEL``),
  revoked when they leave on purpose, are sent out, or the meeting ends or empties.
- **The whiteboard**: finished strokes in one hash per room (stroke id -> the stroke),
  written as they finish, undone or cleared; loaded by the next process to run the
  room. Strokes still being drawn when the process died are lost.
- **The running session**: the room's session id, renewed with the rest; the next
  process to run the room continues that session (launcher.server.sessions) instead of
  starting a second one, and ends a session whose marker is gone (nobody came back in
  time) before starting its own.

Each lives :data:`~launcher.server.relay.LEASE` plus REJOIN_WINDOW seconds after the
last renewal, so what a dead process left is gone by itself. Writes go through the
relay's ordered queue (never waited for); only taking a rejoin key and loading a board
wait for Redis.

A session whose room nobody came back to is ended by any process's sweep (every
:data:`SWEEP_EVERY` seconds) once it has found it open in the database without its
marker twice in a row (a marker Redis lost when it restarted is set again by the next
renewal meanwhile): those in it leave, it ends, webhooks and counts as usual, its
recordings stop. Ending is done row by row where still open, so two processes ending
one session tell of it once.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
from collections.abc import Mapping
from typing import Any

from aiohttp import web
from redis.exceptions import RedisError

from launcher.server.relay import LEASE, PREFIX, RENEW_EVERY, RedisRelay
from launcher.server.sessions import SessionTracker
from launcher.server.signalling import REJOIN_WINDOW, MeetingHub, MeetingRoom
from launcher.server.store import DatabaseUnavailable
from launcher.server.whiteboard import Board

log = logging.getLogger(__name__)

REJOIN_PREFIX = PREFIX + "rejoin:"
BOARD_PREFIX = PREFIX + "board:"
SESSION_PREFIX = PREFIX + "session:"
#: How long a board or a session marker outlives its last renewal (milliseconds).
KEPT_MS = int((LEASE + REJOIN_WINDOW) * 1000)
REJOIN_MS = int(REJOIN_WINDOW * 1000)
#: How often open sessions without a running process are looked for (seconds).
SWEEP_EVERY = 20.0
# Deletes KEYS[1] only while it holds ARGV[1] (a newer session's marker stays).
_DELETE_IF = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


def rejoin_key(key: str) -> str:
    return REJOIN_PREFIX + hashlib.sha256(key.encode()).hexdigest()


def board_key(meeting_code: str) -> str:
    return BOARD_PREFIX + meeting_code


def session_key(room_id: str) -> str:
    return SESSION_PREFIX + room_id


def _text(raw: Any) -> str:
    return raw.decode() if isinstance(raw, bytes) else str(raw)


class RedisRoomKeeper:
    """The hub's :class:`~launcher.server.signalling.RoomKeeper` and the session
    tracker's ``adoptable`` check, on the relay's Redis."""

    def __init__(self, relay: RedisRelay, hub: MeetingHub, sessions: SessionTracker) -> None:
        self.relay = relay
        self.hub = hub
        self.sessions = sessions
        self._tasks: list[asyncio.Task[None]] = []
        #: Sessions the last sweep found open without a marker.
        self._suspects: set[str] = set()

    # -- rejoin keys -------------------------------------------------------

    async def take_rejoin(self, meeting_code: str, key: str) -> bool:
        try:
            found = await self.relay.client.getdel(rejoin_key(key))
        except (RedisError, OSError) as exc:
            log.warning("failover: Redis did not answer for a rejoin key: %s", type(exc).__name__)
            return False
        return found is not None and _text(found) == meeting_code

    def rejoin_issued(self, meeting_code: str, key: str) -> None:
        self.relay.command("SET", rejoin_key(key), meeting_code, "PX", str(REJOIN_MS))

    def rejoin_dropped(self, meeting_code: str, key: str) -> None:
        # Only a key not used yet: one taken meanwhile (the page came back first) stays used.
        self.relay.command("PEXPIRE", rejoin_key(key), str(REJOIN_MS))

    def rejoin_revoked(self, meeting_code: str, key: str) -> None:
        self.relay.command("DEL", rejoin_key(key))

    # -- the whiteboard ----------------------------------------------------

    async def board(self, meeting_code: str) -> Board | None:
        try:
            kept = await self.relay.client.hgetall(board_key(meeting_code))
        except (RedisError, OSError) as exc:
            log.warning("failover: Redis did not answer for a whiteboard: %s", type(exc).__name__)
            return None
        if not kept:
            return None
        records = []
        for raw in kept.values():
            with contextlib.suppress(ValueError):
                record = json.loads(raw)
                if isinstance(record, Mapping):
                    records.append(record)
        return Board.restore(records)

    def board_changed(self, meeting_code: str, change: str, value: Any) -> None:
        key = board_key(meeting_code)
        if change == "keep":
            record = json.dumps(value, separators=(",", ":"))
            self.relay.command("HSET", key, str(value["id"]), record)
            self.relay.command("PEXPIRE", key, str(KEPT_MS))
        elif change == "remove":
            self.relay.command("HDEL", key, str(value))
        elif change == "clear":
            self.relay.command("DEL", key)

    def room_emptied(self, meeting_code: str, *, keep_board: bool) -> None:
        if keep_board:
            self.relay.command("PEXPIRE", board_key(meeting_code), str(REJOIN_MS))
        else:
            self.relay.command("DEL", board_key(meeting_code))

    # -- the running session -----------------------------------------------

    async def adoptable(self, room: MeetingRoom, session_id: str) -> bool:
        """True when ``session_id`` ran in ``room`` until a moment ago (its marker is
        still there): a process that died left it, and it goes on here."""
        try:
            marker = await self.relay.client.get(session_key(room.room_id))
        except (RedisError, OSError) as exc:
            log.warning("failover: Redis did not answer for a session: %s", type(exc).__name__)
            return False
        return marker is not None and _text(marker) == session_id

    def session_event(self, event: str, body: Mapping[str, Any]) -> None:
        """The tracker's listener: a session's marker is set when it starts, and
        removed when it ends (unless a newer one holds it)."""
        key = session_key(str(body.get("room_id")))
        session_id = str(body.get("session_id"))
        if event == "session:started":
            self.relay.command("SET", key, session_id, "PX", str(KEPT_MS))
        elif event == "session:ended":
            self.relay.command("EVAL", _DELETE_IF, "1", key, session_id)

    # -- renewal -----------------------------------------------------------

    def renew(self) -> None:
        """Extend what the rooms run here keep in Redis."""
        for code in self.hub.room_codes():
            for key in self.hub.rejoin_keys(code):
                self.relay.command("PEXPIRE", rejoin_key(key), str(REJOIN_MS))
            self.relay.command("PEXPIRE", board_key(code), str(KEPT_MS))
            room = self.hub.room(code)
            session = self.sessions.running_session(room.room_id) if room else None
            if session is not None:
                key = session_key(session.room_id)
                self.relay.command("SET", key, session.session_id, "PX", str(KEPT_MS))

    async def _renewing(self) -> None:
        while True:
            await asyncio.sleep(RENEW_EVERY)
            try:
                self.renew()
            except Exception:
                log.exception("failover: renewing the rooms' keys failed")

    # -- abandoned sessions -------------------------------------------------

    async def sweep(self) -> int:
        """End the sessions seen open without a marker by this sweep and the last one;
        how many were ended."""
        suspects: set[str] = set()
        ended = 0
        for session in await self.sessions.open_sessions():
            running = self.sessions.running_session(session.room_id)
            if running is not None and running.session_id == session.session_id:
                continue
            marker = await self.relay.client.get(session_key(session.room_id))
            if marker is not None and _text(marker) == session.session_id:
                continue  # running elsewhere, or its process just died: it may go on
            suspects.add(session.session_id)
            if session.session_id not in self._suspects:
                continue  # the next sweep decides
            if await self.sessions.close_abandoned(session):
                log.warning(
                    "failover: ended a session of room %s that nobody came back to",
                    session.room_id,
                )
                ended += 1
        self._suspects = suspects
        return ended

    async def _sweeping(self) -> None:
        while True:
            await asyncio.sleep(SWEEP_EVERY)
            try:
                await self.sweep()
            except (RedisError, OSError, DatabaseUnavailable) as exc:
                log.warning("failover: could not look for abandoned sessions: %s", exc)
            except Exception:
                log.exception("failover: looking for abandoned sessions failed")

    def start(self) -> None:
        self._tasks = [
            asyncio.create_task(self._renewing(), name="failover-renew"),
            asyncio.create_task(self._sweeping(), name="failover-sweep"),
        ]

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)


def install(
    app: web.Application, hub: MeetingHub, sessions: SessionTracker, relay: RedisRelay
) -> RedisRoomKeeper:
    """Keep the hub's rooms in Redis, from start to shutdown."""
    keeper = RedisRoomKeeper(relay, hub, sessions)
    hub.keeper = keeper
    sessions.adoptable = keeper.adoptable
    sessions.add_listener(keeper.session_event)

    async def start(_app: web.Application) -> None:
        keeper.start()

    async def stop(_app: web.Application) -> None:
        await keeper.stop()

    app.on_startup.append(start)
    app.on_shutdown.append(stop)
    return keeper
