"""SQLite storage of the built-in server.

One ``Store`` owns one connection and is used from one thread at a time (the
server runs all its storage work on a single worker thread). Every public
method that writes is one transaction: it commits fully or not at all, and a
commit is on disk before the method returns (WAL with ``synchronous=FULL``),
so nothing acknowledged is lost to a crash or a SIGKILL.

Other processes (``meeting-launcher app create``) may open the same database
while a server runs; WAL plus a busy timeout lets them take turns.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

DB_NAME = "meetings.sqlite3"

#: An instant room with nobody in it expires this long after creation or after
#: the last participant left.
INSTANT_ROOM_IDLE = timedelta(minutes=10)
RECORDING_STATUSES = ("started", "stopped", "paused", "uploaded")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS applications (
    application_id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    name TEXT NOT NULL,
    public_key_pem TEXT NOT NULL,
    default_theme_id TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS themes (
    theme_id TEXT PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications(application_id),
    theme_name TEXT NOT NULL,
    short_company_url TEXT UNIQUE,
    doc TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (application_id, theme_name)
);
CREATE TABLE IF NOT EXISTS rooms (
    serial INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    application_id TEXT NOT NULL REFERENCES applications(application_id),
    meeting_code TEXT NOT NULL UNIQUE,
    theme_id TEXT,
    doc TEXT NOT NULL,
    available INTEGER NOT NULL DEFAULT 1,
    active_participants INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS rooms_by_app ON rooms (application_id, serial);
CREATE INDEX IF NOT EXISTS rooms_by_theme ON rooms (theme_id, serial);
CREATE TABLE IF NOT EXISTS logo_uploads (
    key TEXT PRIMARY KEY,
    application_id TEXT NOT NULL,
    logo_type TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    data BLOB
);
CREATE TABLE IF NOT EXISTS logos (
    key TEXT PRIMARY KEY,
    theme_id TEXT NOT NULL,
    logo_type TEXT NOT NULL,
    data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS recordings (
    id TEXT PRIMARY KEY,
    application_id TEXT NOT NULL,
    room_id TEXT,
    session_id TEXT NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    status TEXT NOT NULL,
    url TEXT
);
CREATE INDEX IF NOT EXISTS recordings_by_session ON recordings (application_id, session_id);
CREATE TABLE IF NOT EXISTS webhook_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    url TEXT NOT NULL,
    event TEXT NOT NULL,
    body TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    last_error TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS webhook_outbox_due ON webhook_outbox (state, next_attempt_at);
"""

#: Which room ``callback_urls`` key receives an event, by the event's prefix.
CALLBACK_KEY_BY_PREFIX = {
    "room": "rooms_callback_url",
    "session": "sessions_callback_url",
    "recording": "recordings_callback_url",
}


def utc_now() -> datetime:
    return datetime.now(UTC)


def format_time(when: datetime) -> str:
    """ISO 8601 with milliseconds and ``Z``, as the API writes times."""
    when = when.astimezone(UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"


def parse_time(text: str) -> datetime:
    """Parse an ISO 8601 time; a time without an offset is UTC."""
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


class StoreConflict(Exception):
    """A uniqueness rule was broken; ``field`` names it."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


@dataclass(frozen=True)
class Application:
    application_id: str
    account_id: str
    name: str
    public_key_pem: str
    default_theme_id: str | None


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


@dataclass(frozen=True)
class LogoUpload:
    key: str
    application_id: str
    logo_type: str
    expires_at: str
    data: bytes | None


def open_connection(data_dir: Path) -> sqlite3.Connection:
    """Open (and create if needed) the database in ``data_dir``."""
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    conn = sqlite3.connect(
        data_dir / DB_NAME, isolation_level=None, check_same_thread=False, timeout=10.0
    )
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit is fsynced before it returns, so an acknowledged write
    # survives power loss as well as a killed process.
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=10000")
    with _transaction(conn):
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        columns = {row["name"] for row in conn.execute("PRAGMA table_info(rooms)")}
        if "expired_notified" not in columns:
            # Added with webhooks: 1 once room:expired was queued for the room.
            # Rooms already over when the column arrives never get a late event.
            conn.execute("ALTER TABLE rooms ADD COLUMN expired_notified INTEGER NOT NULL DEFAULT 0")
            conn.execute(
                "UPDATE rooms SET expired_notified = 1 WHERE available = 0"
                " OR json_extract(doc, '$.expires_at') <= ?",
                (format_time(utc_now()),),
            )
    return conn


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """A transaction, or a savepoint when one is already open (group commits)."""
    if conn.in_transaction:
        conn.execute("SAVEPOINT nested")
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK TO nested")
            conn.execute("RELEASE nested")
            raise
        conn.execute("RELEASE nested")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


class Store:
    """Rooms, themes, logos, recordings and applications of one data dir."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._conn = open_connection(data_dir)
        #: Server-wide webhook URLs (``callback_urls`` keys) for rooms without their own.
        self.fallback_callback_urls: dict[str, str] = {}

    def close(self) -> None:
        self._conn.close()

    def transaction(self) -> Any:
        """A context manager: one transaction (or a savepoint inside one)."""
        return _transaction(self._conn)

    # ---------------------------------------------------------------- apps

    def add_application(self, name: str, public_key_pem: str) -> Application:
        app = Application(
            application_id=str(uuid.uuid4()),
            account_id=str(secrets.randbelow(90_000_000) + 10_000_000),
            name=name,
            public_key_pem=public_key_pem,
            default_theme_id=None,
        )
        with self.transaction():
            self._conn.execute(
                "INSERT INTO applications VALUES (?, ?, ?, ?, NULL, ?)",
                (app.application_id, app.account_id, name, public_key_pem, format_time(utc_now())),
            )
        return app

    def get_application(self, application_id: str) -> Application | None:
        row = self._conn.execute(
            "SELECT * FROM applications WHERE application_id = ?", (application_id,)
        ).fetchone()
        return None if row is None else _application(row)

    def list_applications(self) -> list[Application]:
        rows = self._conn.execute("SELECT * FROM applications ORDER BY created_at, name")
        return [_application(row) for row in rows]

    def set_default_theme(self, application_id: str, theme_id: str | None) -> Application:
        """Set the application's default theme; KeyError if the theme is not its own."""
        with self.transaction():
            if theme_id is not None and self._theme_row(application_id, theme_id) is None:
                raise KeyError(theme_id)
            self._conn.execute(
                "UPDATE applications SET default_theme_id = ? WHERE application_id = ?",
                (theme_id, application_id),
            )
        app = self.get_application(application_id)
        assert app is not None
        return app

    # --------------------------------------------------------------- rooms

    def count_rooms(self, application_id: str) -> int:
        row = self._conn.execute(
            "SELECT COUNT(*) FROM rooms WHERE application_id = ?", (application_id,)
        ).fetchone()
        return int(row[0])

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
                try:
                    self._conn.execute(
                        "INSERT INTO rooms (id, application_id, meeting_code, theme_id, doc)"
                        " VALUES (?, ?, ?, ?, ?)",
                        (doc["id"], application_id, doc["meeting_code"], theme_id, _dumps(doc)),
                    )
                    break
                except sqlite3.IntegrityError:
                    continue
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
            f"{_ROOM_SELECT} WHERE r.meeting_code = ?", (meeting_code,)
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
                " expired_notified = expired_notified AND ? WHERE id = ?",
                (_dumps(doc), theme_id, int("expires_at" not in changes), room_id),
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
        # SQL below is composed from constant fragments only; values are bound.
        count_sql = f"SELECT COUNT(*) FROM rooms r WHERE {where}"  # noqa: S608
        total = int(self._conn.execute(count_sql, args).fetchone()[0])
        if end_id is not None and start_id is None:
            rows = self._conn.execute(
                f"{_ROOM_SELECT} WHERE {where} AND r.serial < ? ORDER BY r.serial DESC LIMIT ?",
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
                f"{_ROOM_SELECT} WHERE {where}{bounds} ORDER BY r.serial LIMIT ?",
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

    def room_participant_left(self, room_id: str, events: Sequence[Mapping[str, Any]] = ()) -> None:
        """Count a participant out; the last one out starts the expiry rules.

        An instant room expires 10 minutes after the last participant left; a
        long-term room with ``expire_after_use`` becomes unavailable at once.
        ``events`` (webhook bodies) are queued in the same transaction.
        """
        with self.transaction():
            row = self._conn.execute(
                "SELECT doc, active_participants FROM rooms WHERE id = ?", (room_id,)
            ).fetchone()
            if row is None:
                return
            remaining = max(0, int(row["active_participants"]) - 1)
            doc = json.loads(row["doc"])
            available = 1
            if remaining == 0:
                if doc["type"] == "instant":
                    doc["expires_at"] = format_time(utc_now() + INSTANT_ROOM_IDLE)
                elif doc.get("expire_after_use"):
                    available = 0
            self._conn.execute(
                "UPDATE rooms SET active_participants = ?, doc = ?,"
                " available = available AND ? WHERE id = ?",
                (remaining, _dumps(doc), available, room_id),
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
                "SELECT id, doc FROM rooms WHERE active_participants > 0"
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
                    " available = available AND ? WHERE id = ?",
                    (_dumps(doc), available, row["id"]),
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
            rows = self._conn.execute(
                "SELECT id, doc FROM rooms WHERE expired_notified = 0"
                " AND active_participants = 0"
                " AND (available = 0 OR json_extract(doc, '$.expires_at') <= ?)",
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

    # ------------------------------------------------------------- webhooks

    def enqueue_webhooks(self, room_id: str | None, events: Sequence[Mapping[str, Any]]) -> int:
        """Queue webhook deliveries for a room's events; returns how many.

        Each body's ``event`` prefix (``room``, ``session``, ``recording``)
        picks the room's ``callback_urls`` entry, else the server-wide one;
        events with no URL are dropped.
        """
        if not events:
            return 0
        row = self._conn.execute("SELECT doc FROM rooms WHERE id = ?", (room_id,)).fetchone()
        urls = dict(self.fallback_callback_urls)
        if row is not None:
            urls.update(json.loads(row["doc"]).get("callback_urls") or {})
        queued = 0
        with self.transaction():
            for body in events:
                event = str(body["event"])
                url = urls.get(CALLBACK_KEY_BY_PREFIX.get(event.split(":", 1)[0], ""))
                if not url:
                    continue
                self._conn.execute(
                    "INSERT INTO webhook_outbox (url, event, body, next_attempt_at, created_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (url, event, _dumps(dict(body)), time.time(), format_time(utc_now())),
                )
                queued += 1
        return queued

    def due_webhooks(self, now: float, limit: int = 32) -> list[dict[str, Any]]:
        """Pending deliveries whose time has come, oldest first."""
        rows = self._conn.execute(
            "SELECT id, url, event, body, attempts FROM webhook_outbox"
            " WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT ?",
            (now, limit),
        )
        return [dict(row) for row in rows]

    def next_webhook_at(self) -> float | None:
        """When the next pending delivery is due (unix time), if any."""
        row = self._conn.execute(
            "SELECT MIN(next_attempt_at) FROM webhook_outbox WHERE state = 'pending'"
        ).fetchone()
        return None if row[0] is None else float(row[0])

    def retry_webhooks_now(self) -> int:
        """Make every pending delivery due (at start: the server was down meanwhile)."""
        with self.transaction():
            cursor = self._conn.execute(
                "UPDATE webhook_outbox SET next_attempt_at = ? WHERE state = 'pending'",
                (time.time(),),
            )
        return cursor.rowcount

    def webhook_delivered(self, delivery_id: int) -> None:
        """A receiver took the delivery: forget it."""
        with self.transaction():
            self._conn.execute("DELETE FROM webhook_outbox WHERE id = ?", (delivery_id,))

    def webhook_failed(self, delivery_id: int, error: str, retry_at: float | None) -> None:
        """Count a failed attempt; ``retry_at`` None gives up (state ``failed``, kept)."""
        with self.transaction():
            self._conn.execute(
                "UPDATE webhook_outbox SET attempts = attempts + 1, last_error = ?,"
                " next_attempt_at = COALESCE(?, next_attempt_at),"
                " state = CASE WHEN ? IS NULL THEN 'failed' ELSE state END WHERE id = ?",
                (error[:500], retry_at, retry_at, delivery_id),
            )

    def webhook_outbox(self) -> list[dict[str, Any]]:
        """Every queued or failed delivery (tests, support)."""
        rows = self._conn.execute(
            "SELECT id, url, event, body, attempts, state, last_error FROM webhook_outbox"
            " ORDER BY id"
        )
        return [dict(row) for row in rows]

    # -------------------------------------------------------------- themes

    def list_themes(self, application_id: str) -> list[dict[str, Any]]:
        rows = self._conn.execute(
            "SELECT doc FROM themes WHERE application_id = ? ORDER BY created_at, rowid",
            (application_id,),
        )
        return [json.loads(row["doc"]) for row in rows]

    def get_theme(self, application_id: str, theme_id: str) -> dict[str, Any] | None:
        row = self._theme_row(application_id, theme_id)
        return None if row is None else dict(json.loads(row["doc"]))

    def insert_theme(
        self, application_id: str, doc: dict[str, Any], *, max_themes: int | None = None
    ) -> dict[str, Any]:
        """Store a new theme. StoreConflict on a taken name or short URL;
        OverflowError over ``max_themes``."""
        with self.transaction():
            if max_themes is not None:
                count = self._conn.execute(
                    "SELECT COUNT(*) FROM themes WHERE application_id = ?", (application_id,)
                ).fetchone()[0]
                if count >= max_themes:
                    raise OverflowError("themes")
            self._check_theme_unique(application_id, None, doc)
            self._conn.execute(
                "INSERT INTO themes VALUES (?, ?, ?, ?, ?, ?)",
                (
                    doc["theme_id"],
                    application_id,
                    doc["theme_name"],
                    doc.get("short_company_url"),
                    _dumps(doc),
                    format_time(utc_now()),
                ),
            )
        return doc

    def update_theme(
        self, application_id: str, theme_id: str, changes: dict[str, Any]
    ) -> dict[str, Any] | None:
        """Apply changes; None if there is no such theme; StoreConflict as insert."""
        with self.transaction():
            row = self._theme_row(application_id, theme_id)
            if row is None:
                return None
            doc = dict(json.loads(row["doc"]))
            doc.update(changes)
            self._check_theme_unique(application_id, theme_id, doc)
            self._conn.execute(
                "UPDATE themes SET theme_name = ?, short_company_url = ?, doc = ?"
                " WHERE theme_id = ?",
                (doc["theme_name"], doc.get("short_company_url"), _dumps(doc), theme_id),
            )
        return doc

    def theme_usage(self, theme_id: str) -> tuple[int, bool]:
        """(number of rooms using the theme, whether it is an application default)."""
        rooms = self._conn.execute(
            "SELECT COUNT(*) FROM rooms WHERE theme_id = ?", (theme_id,)
        ).fetchone()[0]
        default = self._exists_sql(
            "SELECT 1 FROM applications WHERE default_theme_id = ?", [theme_id]
        )
        return int(rooms), default

    def delete_theme(self, application_id: str, theme_id: str, *, force: bool) -> list[str] | None:
        """Delete a theme. None if missing; a list of reasons (nothing deleted)
        when it is in use and not ``force``; else [] after deleting it and
        detaching its rooms and logos."""
        with self.transaction():
            if self._theme_row(application_id, theme_id) is None:
                return None
            rooms, default = self.theme_usage(theme_id)
            if not force and (rooms or default):
                reasons = []
                if rooms:
                    reasons.append(
                        f"Theme {theme_id} is used by {rooms} room{'s' if rooms != 1 else ''}"
                    )
                if default:
                    reasons.append(f"Theme {theme_id} is the application default theme")
                return reasons
            for row in self._conn.execute(
                "SELECT id, doc FROM rooms WHERE theme_id = ?", (theme_id,)
            ).fetchall():
                doc = json.loads(row["doc"])
                doc["theme_id"] = None
                self._conn.execute(
                    "UPDATE rooms SET theme_id = NULL, doc = ? WHERE id = ?",
                    (_dumps(doc), row["id"]),
                )
            self._conn.execute(
                "UPDATE applications SET default_theme_id = NULL WHERE default_theme_id = ?",
                (theme_id,),
            )
            self._conn.execute("DELETE FROM logos WHERE theme_id = ?", (theme_id,))
            self._conn.execute("DELETE FROM themes WHERE theme_id = ?", (theme_id,))
        return []

    def _check_theme_unique(
        self, application_id: str, theme_id: str | None, doc: dict[str, Any]
    ) -> None:
        if self._exists_sql(
            "SELECT 1 FROM themes WHERE application_id = ? AND theme_name = ?"
            " AND theme_id IS NOT ?",
            [application_id, doc["theme_name"], theme_id],
        ):
            raise StoreConflict("theme_name")
        url = doc.get("short_company_url")
        if url is not None and self._exists_sql(
            "SELECT 1 FROM themes WHERE short_company_url = ? COLLATE NOCASE AND theme_id IS NOT ?",
            [url, theme_id],
        ):
            raise StoreConflict("short_company_url")

    def _theme_row(self, application_id: str, theme_id: str) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self._conn.execute(
            "SELECT * FROM themes WHERE theme_id = ? AND application_id = ?",
            (theme_id, application_id),
        ).fetchone()
        return row

    def get_theme_by_short_company_url(self, short_company_url: str) -> dict[str, Any] | None:
        """The theme with this short URL (any application), for the meeting pages."""
        row = self._conn.execute(
            "SELECT doc FROM themes WHERE short_company_url = ? COLLATE NOCASE",
            (short_company_url,),
        ).fetchone()
        return None if row is None else dict(json.loads(row["doc"]))

    # --------------------------------------------------------------- logos

    def add_logo_uploads(self, application_id: str, uploads: list[tuple[str, str, str]]) -> None:
        """Remember issued upload forms: (key, logo_type, expires_at)."""
        with self.transaction():
            self._conn.execute(
                "DELETE FROM logo_uploads WHERE expires_at < ?", (format_time(utc_now()),)
            )
            self._conn.executemany(
                "INSERT INTO logo_uploads VALUES (?, ?, ?, ?, NULL)",
                [(key, application_id, kind, expires) for key, kind, expires in uploads],
            )

    def store_logo_upload(self, key: str, data: bytes) -> bool:
        """Keep an uploaded file for its form's key; False if the key is unknown."""
        with self.transaction():
            cursor = self._conn.execute(
                "UPDATE logo_uploads SET data = ? WHERE key = ?", (data, key)
            )
        return cursor.rowcount == 1

    def get_logo_upload(self, application_id: str, key: str) -> LogoUpload | None:
        row = self._conn.execute(
            "SELECT * FROM logo_uploads WHERE key = ? AND application_id = ?",
            (key, application_id),
        ).fetchone()
        if row is None:
            return None
        return LogoUpload(
            key=row["key"],
            application_id=row["application_id"],
            logo_type=row["logo_type"],
            expires_at=row["expires_at"],
            data=None if row["data"] is None else bytes(row["data"]),
        )

    def finalize_logos(
        self, application_id: str, theme_id: str, logos: list[tuple[str, str, str]]
    ) -> dict[str, Any] | None:
        """Make uploads permanent for a theme: (temp key, logo type, final key).

        Sets the theme's storage-key fields; URL fields are the caller's.
        None if the theme is gone; KeyError (nothing changed) for a temp key
        that is no longer there.
        """
        field_by_type = {
            "white": "brand_image_white",
            "colored": "brand_image_colored",
            "favicon": "branded_favicon",
        }
        with self.transaction():
            row = self._theme_row(application_id, theme_id)
            if row is None:
                return None
            doc = dict(json.loads(row["doc"]))
            for temp_key, kind, final_key in logos:
                old = doc.get(field_by_type[kind])
                if old:
                    self._conn.execute("DELETE FROM logos WHERE key = ?", (old,))
                moved = self._conn.execute(
                    "INSERT INTO logos SELECT ?, ?, logo_type, data FROM logo_uploads"
                    " WHERE key = ? AND data IS NOT NULL",
                    (final_key, theme_id, temp_key),
                )
                if moved.rowcount != 1:
                    raise KeyError(temp_key)  # rolls the whole call back
                self._conn.execute("DELETE FROM logo_uploads WHERE key = ?", (temp_key,))
                doc[field_by_type[kind]] = final_key
            self._conn.execute(
                "UPDATE themes SET doc = ? WHERE theme_id = ?", (_dumps(doc), theme_id)
            )
        return doc

    def get_logo(self, key: str) -> bytes | None:
        row = self._conn.execute("SELECT data FROM logos WHERE key = ?", (key,)).fetchone()
        return None if row is None else bytes(row["data"])

    # ---------------------------------------------------------- recordings

    def add_recording(
        self,
        application_id: str,
        session_id: str,
        *,
        room_id: str | None = None,
        started_at: datetime | None = None,
        ended_at: datetime | None = None,
        status: str = "started",
        url: str | None = None,
        recording_id: str | None = None,
    ) -> dict[str, Any]:
        """Store a recording (the meeting pages call this); returns its row.

        Without ``url`` the API links to a signed download of the file
        ``<data dir>/recordings/<id>.<ext>``, which the caller writes.
        """
        if status not in RECORDING_STATUSES:
            raise ValueError(f"unknown recording status {status!r}")
        rec_id = recording_id or str(uuid.uuid4())
        with self.transaction():
            self._conn.execute(
                "INSERT INTO recordings VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    rec_id,
                    application_id,
                    room_id,
                    session_id,
                    format_time(started_at or utc_now()),
                    None if ended_at is None else format_time(ended_at),
                    status,
                    url,
                ),
            )
        recording = self.get_recording(application_id, rec_id)
        assert recording is not None
        return recording

    def update_recording(
        self,
        recording_id: str,
        *,
        status: str | None = None,
        ended_at: datetime | None = None,
        url: str | None = None,
    ) -> bool:
        """Change a recording's status, end time or download URL."""
        if status is not None and status not in RECORDING_STATUSES:
            raise ValueError(f"unknown recording status {status!r}")
        sets: list[str] = []
        args: list[Any] = []
        if status is not None:
            sets.append("status = ?")
            args.append(status)
        if ended_at is not None:
            sets.append("ended_at = ?")
            args.append(format_time(ended_at))
        if url is not None:
            sets.append("url = ?")
            args.append(url)
        if not sets:
            return self._exists_sql("SELECT 1 FROM recordings WHERE id = ?", [recording_id])
        with self.transaction():
            # Column names come from the constants above; values are bound.
            sql = f"UPDATE recordings SET {', '.join(sets)} WHERE id = ?"  # noqa: S608
            cursor = self._conn.execute(sql, [*args, recording_id])
        return cursor.rowcount == 1

    def find_recording(self, recording_id: str) -> dict[str, Any] | None:
        """A recording of any application (the meeting pages' upload checks it)."""
        row = self._conn.execute(
            "SELECT * FROM recordings WHERE id = ?", (recording_id,)
        ).fetchone()
        return None if row is None else dict(row)

    def start_recording(self, application_id: str, session_id: str, room_id: str) -> dict[str, Any]:
        """A new recording in ``started`` state plus its ``recording:started`` webhook."""
        with self.transaction():
            recording = self.add_recording(application_id, session_id, room_id=room_id)
            self.enqueue_webhooks(
                room_id,
                [
                    {
                        "event": "recording:started",
                        "recording_id": recording["id"],
                        "session_id": session_id,
                    }
                ],
            )
        return recording

    def stop_recording(
        self, recording_id: str, ended_at: datetime | None = None
    ) -> dict[str, Any] | None:
        """``started`` or ``paused`` -> ``stopped`` plus ``recording:ended`` (duration in
        seconds, pauses included).

        A recording in another state is returned unchanged; None if unknown.
        """
        ended_at = ended_at or utc_now()
        with self.transaction():
            row = self.find_recording(recording_id)
            if row is None or row["status"] not in ("started", "paused"):
                return row
            self.update_recording(recording_id, status="stopped", ended_at=ended_at)
            started = parse_time(row["started_at"])
            self.enqueue_webhooks(
                row["room_id"],
                [
                    {
                        "event": "recording:ended",
                        "recording_id": recording_id,
                        "session_id": row["session_id"],
                        "started_at": row["started_at"],
                        "ended_at": format_time(ended_at),
                        "duration": max(0, round((ended_at - started).total_seconds())),
                    }
                ],
            )
            return self.find_recording(recording_id)

    def pause_recording(self, recording_id: str, paused: bool) -> dict[str, Any] | None:
        """``started`` <-> ``paused`` (the contract has no webhook for it).

        A recording in another state is returned unchanged; None if unknown.
        """
        before, after = ("started", "paused") if paused else ("paused", "started")
        with self.transaction():
            row = self.find_recording(recording_id)
            if row is None or row["status"] != before:
                return row
            self.update_recording(recording_id, status=after)
            return self.find_recording(recording_id)

    def stop_open_recordings(self, ended_at: datetime | None = None) -> int:
        """Stop recordings a killed server left running (their pages may still upload)."""
        with self.transaction():
            rows = self._conn.execute(
                "SELECT id FROM recordings WHERE status IN ('started', 'paused')"
            ).fetchall()
            for row in rows:
                self.stop_recording(str(row["id"]), ended_at)
        return len(rows)

    def recording_uploaded(self, recording_id: str, url: str) -> dict[str, Any] | None:
        """Its file is in place: ``uploaded`` plus ``recording:uploaded`` with ``url``.

        A recording still ``started`` is stopped first (its end event comes first).
        """
        with self.transaction():
            row = self.stop_recording(recording_id)
            if row is None:
                return None
            self.update_recording(recording_id, status="uploaded")
            self.enqueue_webhooks(
                row["room_id"],
                [
                    {
                        "event": "recording:uploaded",
                        "recording_id": recording_id,
                        "session_id": row["session_id"],
                        "room_id": row["room_id"],
                        "url": url,
                    }
                ],
            )
            return self.find_recording(recording_id)

    def get_recording(self, application_id: str, recording_id: str) -> dict[str, Any] | None:
        row = self._conn.execute(
            "SELECT * FROM recordings WHERE id = ? AND application_id = ?",
            (recording_id, application_id),
        ).fetchone()
        return None if row is None else dict(row)

    def session_recordings(self, application_id: str, session_id: str) -> list[dict[str, Any]]:
        rows = self._conn.execute(
            "SELECT * FROM recordings WHERE application_id = ? AND session_id = ?"
            " ORDER BY started_at, rowid",
            (application_id, session_id),
        )
        return [dict(row) for row in rows]

    def delete_recording(self, application_id: str, recording_id: str) -> str | None:
        """Delete an uploaded recording. Returns the status found (None: no such
        recording); only ``uploaded`` ones are deleted."""
        with self.transaction():
            row = self._conn.execute(
                "SELECT status FROM recordings WHERE id = ? AND application_id = ?",
                (recording_id, application_id),
            ).fetchone()
            if row is None:
                return None
            if row["status"] == "uploaded":
                self._conn.execute("DELETE FROM recordings WHERE id = ?", (recording_id,))
            return str(row["status"])

    # ------------------------------------------------------------- helpers

    def _room(self, application_id: str, room_id: str) -> RoomRecord | None:
        row = self._conn.execute(
            f"{_ROOM_SELECT} WHERE r.id = ? AND r.application_id = ?",
            (room_id, application_id),
        ).fetchone()
        return None if row is None else _room_record(row)

    def _exists(self, where: str, args: list[Any]) -> bool:
        sql = f"SELECT 1 FROM rooms r WHERE {where} LIMIT 1"  # noqa: S608 - constant fragments
        return self._exists_sql(sql, args)

    def _exists_sql(self, sql: str, args: list[Any]) -> bool:
        return self._conn.execute(sql, args).fetchone() is not None


_ROOM_SELECT = (
    "SELECT r.serial, r.application_id, r.doc, r.available, r.active_participants,"
    " t.short_company_url FROM rooms r LEFT JOIN themes t ON t.theme_id = r.theme_id"
)


def _room_record(row: sqlite3.Row) -> RoomRecord:
    return RoomRecord(
        serial=int(row["serial"]),
        doc=json.loads(row["doc"]),
        available=bool(row["available"]),
        active_participants=int(row["active_participants"]),
        short_company_url=row["short_company_url"],
    )


def _application(row: sqlite3.Row) -> Application:
    return Application(
        application_id=row["application_id"],
        account_id=row["account_id"],
        name=row["name"],
        public_key_pem=row["public_key_pem"],
        default_theme_id=row["default_theme_id"],
    )


def _meeting_code(digits: int) -> str:
    # A leading digit of 1-9 keeps the length exact when the code is read as a number.
    return str(secrets.randbelow(9) + 1) + "".join(
        str(secrets.randbelow(10)) for _ in range(digits - 1)
    )


def _dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, separators=(",", ":"))
