"""Rooms and presence: create, read, update and page rooms; count people in and out;
expire rooms that are over (queuing ``room:expired``)."""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from launcher.server.store.connection import dumps, format_time, parse_time, utc_now
from launcher.server.store.outbox import OutboxPart
from launcher.server.store.schema import json_text
from launcher.server.store.themes import ThemesPart

#: An instant room with nobody in it expires this long after creation or after
#: the last participant left.
INSTANT_ROOM_IDLE = timedelta(minutes=10)


@dataclass(frozen=True)
class RoomRecord:
    """A stored room: its document plus what links and availability need."""

    serial: int
    doc: dict[str, Any]
    available: bool
    active_participants: int
    short_company_url: str | None

    @property
    def id(self) -> str:
        return str(self.doc["id"])

    def is_available(self, now: datetime) -> bool:
        if not self.available:
            return False
        if self.active_participants > 0:
            return True
        return parse_time(str(self.doc["expires_at"])) > now


@dataclass(frozen=True)
class RoomPage:
    rooms: list[RoomRecord]
    total_items: int
    has_before: bool  # rooms with a smaller serial exist
    has_after: bool  # rooms with a larger serial exist


class RoomsPart(ThemesPart, OutboxPart):
    """Rooms of an application (a room may use one of its themes) and who is in them."""

    def count_rooms(self, application_id: str) -> int:
        row = self._conn.execute(
            f"SELECT rooms FROM room_counts WHERE application_id = ?{self.for_update}",
            (application_id,),
        ).fetchone()
        return 0 if row is None else int(row[0])

    def insert_room(
        self, application_id: str, doc: dict[str, Any], *, max_rooms: int | None = None
    ) -> RoomRecord:
        """Store a new room; assigns ``id`` and a unique ``meeting_code``.

        KeyError if ``doc["theme_id"]`` is not a theme of the application;
        OverflowError if the application already has ``max_rooms`` rooms.
        """
        with self.transaction():
            if max_rooms is not None and self.count_rooms(application_id) >= max_rooms:
                raise OverflowError("rooms")
            theme_id = doc.get("theme_id")
            if theme_id is not None and self._theme_row(application_id, theme_id) is None:
                raise KeyError(theme_id)
            doc = dict(doc, id=str(uuid.uuid4()))
            digits = 9
            for attempt in range(64):
                if attempt and attempt % 16 == 0:
                    digits += 1  # the nine-digit space is getting crowded
                doc["meeting_code"] = _meeting_code(digits)
                # DO NOTHING rather than catching the error: on PostgreSQL an error
                # would end the transaction.
                inserted = self._conn.execute(
                    "INSERT INTO rooms (id, application_id, meeting_code, theme_id, doc)"
                    " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    (doc["id"], application_id, doc["meeting_code"], theme_id, dumps(doc)),
                )
                if inserted.rowcount == 1:
                    break
            else:  # pragma: no cover - needs ~10^9 rooms
                raise RuntimeError("no free meeting code")
            record = self._room(application_id, doc["id"])
        assert record is not None
        return record

    def get_room(self, application_id: str, room_id: str) -> RoomRecord | None:
        return self._room(application_id, room_id)

    def get_room_by_meeting_code(self, meeting_code: str) -> tuple[str, RoomRecord] | None:
        """(application_id, room) for a meeting code, for the meeting pages."""
        row = self._conn.execute(
            f"{ROOM_SELECT} WHERE r.meeting_code = ?", (meeting_code,)
        ).fetchone()
        return None if row is None else (str(row["application_id"]), _room_record(row))

    def update_room(
        self, application_id: str, room_id: str, changes: dict[str, Any]
    ) -> RoomRecord | None:
        """Merge ``changes`` into the room (nested objects are merged key by key).

        None if there is no such room; KeyError for a theme_id that is not the
        application's.
        """
        with self.transaction():
            self._lock_room(room_id)
            record = self._room(application_id, room_id)
            if record is None:
                return None
            doc = dict(record.doc)
            for key, value in changes.items():
                if isinstance(value, dict) and isinstance(doc.get(key), dict):
                    merged = dict(doc[key])
                    merged.update(value)
                    doc[key] = {k: v for k, v in merged.items() if v is not None}
                elif isinstance(value, dict):
                    doc[key] = {k: v for k, v in value.items() if v is not None}
                else:
                    doc[key] = value
            theme_id = doc.get("theme_id")
            if (
                "theme_id" in changes
                and theme_id is not None
                and self._theme_row(application_id, theme_id) is None
            ):
                raise KeyError(theme_id)
            # A new expiry time (a room extended) is worth a new room:expired later.
            self._conn.execute(
                "UPDATE rooms SET doc = ?, theme_id = ?,"
                " expired_notified = expired_notified * ? WHERE id = ?",
                (dumps(doc), theme_id, int("expires_at" not in changes), room_id),
            )
            return self._room(application_id, room_id)

    def list_rooms(
        self,
        application_id: str,
        *,
        page_size: int,
        start_id: int | None = None,
        end_id: int | None = None,
        theme_id: str | None = None,
    ) -> RoomPage:
        """One page of rooms in serial order.

        ``start_id`` (inclusive) pages forward; ``end_id`` (exclusive) pages
        back, giving the ``page_size`` rooms just before it.
        """
        where = "r.application_id = ?"
        args: list[Any] = [application_id]
        if theme_id is not None:
            where += " AND r.theme_id = ?"
            args.append(theme_id)
        if theme_id is None:
            total = self.count_rooms(application_id)
        else:
            # SQL below is composed from constant fragments only; values are bound.
            count_sql = f"SELECT COUNT(*) FROM rooms r WHERE {where}"
            total = int(self._conn.execute(count_sql, args).fetchone()[0])
        if end_id is not None and start_id is None:
            rows = self._conn.execute(
                f"{ROOM_SELECT} WHERE {where} AND r.serial < ? ORDER BY r.serial DESC LIMIT ?",
                [*args, end_id, page_size],
            ).fetchall()
            rows.reverse()
        else:
            bounds = ""
            extra: list[Any] = []
            if start_id is not None:
                bounds += " AND r.serial >= ?"
                extra.append(start_id)
            if end_id is not None:
                bounds += " AND r.serial < ?"
                extra.append(end_id)
            rows = self._conn.execute(
                f"{ROOM_SELECT} WHERE {where}{bounds} ORDER BY r.serial LIMIT ?",
                [*args, *extra, page_size],
            ).fetchall()
        rooms = [_room_record(row) for row in rows]
        if rooms:
            before, after = rooms[0].serial, rooms[-1].serial + 1
        else:
            # An empty page: everything is either before or after the bound.
            pivot = start_id if start_id is not None else end_id
            before = after = pivot if pivot is not None else 0
        has_before = self._exists(f"{where} AND r.serial < ?", [*args, before])
        has_after = self._exists(f"{where} AND r.serial >= ?", [*args, after])
        return RoomPage(rooms, total, has_before, has_after)

    def room_participant_joined(
        self, room_id: str, events: Sequence[Mapping[str, Any]] = ()
    ) -> None:
        """Count a participant in; an occupied room does not expire.

        ``events`` (webhook bodies) are queued in the same transaction.
        """
        with self.transaction():
            self._conn.execute(
                "UPDATE rooms SET active_participants = active_participants + 1 WHERE id = ?",
                (room_id,),
            )
            self.enqueue_webhooks(room_id, events)

    def room_participant_left(
        self, room_id: str, events: Sequence[Mapping[str, Any]] = (), count: int = 1
    ) -> None:
        """Count ``count`` participants out (one by default: a process that took a
        meeting over counts out all those its dead process had in at once); the last one
        out starts the expiry rules.

        An instant room expires 10 minutes after the last participant left; a
        long-term room with ``expire_after_use`` becomes unavailable at once.
        ``events`` (webhook bodies) are queued in the same transaction.
        """
        with self.transaction():
            row = self._conn.execute(
                f"SELECT doc, active_participants FROM rooms WHERE id = ?{self.for_update}",
                (room_id,),
            ).fetchone()
            if row is None:
                return
            before = int(row["active_participants"])
            remaining = max(0, before - count)
            doc = json.loads(row["doc"])
            available = 1
            if remaining == 0 and count > 0:
                if doc["type"] == "instant":
                    doc["expires_at"] = format_time(utc_now() + INSTANT_ROOM_IDLE)
                elif doc.get("expire_after_use"):
                    available = 0
            self._conn.execute(
                "UPDATE rooms SET active_participants = ?, doc = ?,"
                " available = available * ? WHERE id = ?",
                (remaining, dumps(doc), available, room_id),
            )
            self.enqueue_webhooks(room_id, events)

    def reset_presence(self, now: datetime | None = None) -> int:
        """Nobody is connected when a server starts: count everyone out.

        A killed server leaves rooms counted as occupied, which never expire.
        Each such room is treated as left by its last participant now (instant
        rooms expire 10 minutes from ``now``; ``expire_after_use`` ones end).
        Returns how many rooms were reset.
        """
        now = now or utc_now()
        with self.transaction():
            rows = self._conn.execute(
                f"SELECT id, doc FROM rooms WHERE active_participants > 0{self.for_update}"
            ).fetchall()
            for row in rows:
                doc = json.loads(row["doc"])
                available = 1
                if doc["type"] == "instant":
                    doc["expires_at"] = format_time(now + INSTANT_ROOM_IDLE)
                elif doc.get("expire_after_use"):
                    available = 0
                self._conn.execute(
                    "UPDATE rooms SET active_participants = 0, doc = ?,"
                    " available = available * ? WHERE id = ?",
                    (dumps(doc), available, row["id"]),
                )
        return len(rows)

    def expire_rooms(self, now: datetime | None = None) -> list[str]:
        """Mark rooms that are over and queue their ``room:expired`` webhook.

        A room is over when nobody is in it and its ``expires_at`` has passed,
        or it was used up (``expire_after_use``). Each room is reported once.
        Returns the ids of the rooms marked.
        """
        stamp = format_time(now or utc_now())
        with self.transaction():
            # SKIP LOCKED (PostgreSQL): rooms another server is marking are its to report.
            skip = f"{self.for_update} SKIP LOCKED" if self.for_update else ""
            rows = self._conn.execute(
                "SELECT id, doc FROM rooms WHERE expired_notified = 0"
                " AND active_participants = 0"
                f" AND (available = 0 OR {json_text(self.dialect, 'doc', 'expires_at')} <= ?)"
                f"{skip}",
                (stamp,),
            ).fetchall()
            for row in rows:
                doc = json.loads(row["doc"])
                self._conn.execute(
                    "UPDATE rooms SET expired_notified = 1 WHERE id = ?", (row["id"],)
                )
                self.enqueue_webhooks(
                    row["id"],
                    [
                        {
                            "event": "room:expired",
                            "room_id": row["id"],
                            "room_type": doc["type"],
                            "expires_at": doc["expires_at"],
                            "created_at": doc["created_at"],
                        }
                    ],
                )
        return [str(row["id"]) for row in rows]

    # ------------------------------------------------------------- helpers

    def _room(self, application_id: str, room_id: str) -> RoomRecord | None:
        row = self._conn.execute(
            f"{ROOM_SELECT} WHERE r.id = ? AND r.application_id = ?",
            (room_id, application_id),
        ).fetchone()
        return None if row is None else _room_record(row)

    def _lock_room(self, room_id: str) -> None:
        """Lock the room's row until the commit (PostgreSQL; SQLite writes are serial)."""
        if self.for_update:
            self._conn.execute(f"SELECT 1 FROM rooms WHERE id = ?{self.for_update}", (room_id,))

    def _exists(self, where: str, args: list[Any]) -> bool:
        sql = f"SELECT 1 FROM rooms r WHERE {where} LIMIT 1"
        return self._exists_sql(sql, args)


ROOM_SELECT = (
    "SELECT r.serial, r.application_id, r.doc, r.available, r.active_participants,"
    " t.short_company_url FROM rooms r LEFT JOIN themes t ON t.theme_id = r.theme_id"
)


def _room_record(row: Any) -> RoomRecord:
    return RoomRecord(
        serial=int(row["serial"]),
        doc=json.loads(row["doc"]),
        available=bool(row["available"]),
        active_participants=int(row["active_participants"]),
        short_company_url=row["short_company_url"],
    )


def _meeting_code(digits: int) -> str:
    # A leading digit of 1-9 keeps the length exact when the code is read as a number.
    return str(secrets.randbelow(9) + 1) + "".join(
        str(secrets.randbelow(10)) for _ in range(digits - 1)
    )
