"""The database file, its schema and connection, and what every part of the store shares.

:class:`StoreBase` owns the one SQLite connection (WAL, ``synchronous=FULL``) and
its transactions; each aggregate's part of :class:`launcher.server.store.Store`
builds on it. Times are stored as the API writes them (:func:`format_time`).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DB_NAME = "meetings.sqlite3"

SCHEMA = """
CREATE TABLE IF NOT EXISTS applications (
    application_id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    name TEXT NOT NULL,
    public_key_pem TEXT NOT NULL,
    default_theme_id TEXT,
    created_at TEXT NOT NULL,
    embed_domains TEXT NOT NULL DEFAULT '[]'
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
    url TEXT,
    paused_at TEXT,
    paused_seconds REAL NOT NULL DEFAULT 0
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

#: Rooms per application, kept by triggers in every transaction that adds or removes a
#: room: a list's ``total_items`` and the create limit read one row instead of counting
#: an index range that grows with every room.
ROOM_COUNTS = (
    "CREATE TABLE room_counts (application_id TEXT PRIMARY KEY, rooms INTEGER NOT NULL)",
    "INSERT INTO room_counts SELECT application_id, COUNT(*) FROM rooms GROUP BY application_id",
)
ROOM_COUNT_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS room_counted AFTER INSERT ON rooms BEGIN"
    " INSERT INTO room_counts (application_id, rooms) VALUES (NEW.application_id, 1)"
    " ON CONFLICT (application_id) DO UPDATE SET rooms = rooms + 1; END",
    "CREATE TRIGGER IF NOT EXISTS room_uncounted AFTER DELETE ON rooms BEGIN"
    " UPDATE room_counts SET rooms = rooms - 1 WHERE application_id = OLD.application_id; END",
)


def utc_now() -> datetime:
    return datetime.now(UTC)


def format_time(when: datetime) -> str:
    """ISO 8601 with milliseconds and ``Z``, as the API writes times."""
    when = when.astimezone(UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"


def parse_time(text: str) -> datetime:
    """Parse an ISO 8601 time; a time without an offset is UTC.

    ValueError also for a valid time that falls outside what ``datetime`` holds
    once converted to UTC (``0001-01-01T00:00:00+01:00``)."""
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except OverflowError:
        raise ValueError(f"{text!r} is out of range once converted to UTC") from None


def secure_data_dir(data_dir: Path) -> None:
    """Make ``data_dir`` private to the server's user: 0700 for it and every
    directory under it, 0600 for every file (the database and its WAL and SHM,
    recordings, the TLS key, the secret). Creates it if needed; fixes a data
    dir made by an older version (world-readable files)."""
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    _chmod(str(data_dir), 0o700)
    for root, dirs, files in os.walk(data_dir):
        for name in dirs:
            _chmod(os.path.join(root, name), 0o700)
        for name in files:
            _chmod(os.path.join(root, name), 0o600)


def _chmod(path: str, mode: int) -> None:
    if os.path.islink(path):
        return  # the operator's link; its target is not ours to change
    try:
        os.chmod(path, mode)
    except OSError as exc:  # e.g. a file another user owns: say so, still start
        log.warning("cannot make %s private: %s", path, exc.strerror)


def open_connection(data_dir: Path) -> sqlite3.Connection:
    """Open (and create if needed) the database in ``data_dir``."""
    secure_data_dir(data_dir)
    # Created 0600 before SQLite opens it: SQLite gives the WAL and SHM files
    # the database file's mode. Only when it does not exist yet (O_EXCL): closing any
    # other descriptor of an open database drops this process's POSIX locks on it, and
    # another process's last connection then deletes the WAL under a live server.
    with contextlib.suppress(FileExistsError):
        os.close(os.open(data_dir / DB_NAME, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600))
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
    with transaction(conn):
        for statement in SCHEMA.split(";"):
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
        app_columns = {row["name"] for row in conn.execute("PRAGMA table_info(applications)")}
        if "embed_domains" not in app_columns:
            # Added with website embed: a JSON array of the origins that may frame the
            # application's meeting pages (none by default).
            conn.execute(
                "ALTER TABLE applications ADD COLUMN embed_domains TEXT NOT NULL DEFAULT '[]'"
            )
        rec_columns = {row["name"] for row in conn.execute("PRAGMA table_info(recordings)")}
        if "paused_seconds" not in rec_columns:
            # Added with pause-free durations: when the running pause began, and the
            # seconds of the pauses before it.
            conn.execute("ALTER TABLE recordings ADD COLUMN paused_at TEXT")
            conn.execute("ALTER TABLE recordings ADD COLUMN paused_seconds REAL NOT NULL DEFAULT 0")
        tables = {row["name"] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "room_counts" not in tables:  # a new file, or one from before the counts
            for statement in ROOM_COUNTS:
                conn.execute(statement)
        for statement in ROOM_COUNT_TRIGGERS:
            conn.execute(statement)
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
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


class StoreBase:
    """The connection of one data dir; the aggregates' parts build on it."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._conn = open_connection(data_dir)

    def close(self) -> None:
        self._conn.close()

    def check(self) -> None:
        """Raise (sqlite3.Error, OSError) unless the database answers, both on this
        connection and opened afresh from the data dir: an open connection keeps
        working on a file that was deleted, replaced or made unreadable meanwhile."""
        self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        path = self.data_dir / DB_NAME
        if not path.is_file():
            raise sqlite3.OperationalError(f"{path} is missing")
        fresh = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=2.0)
        try:
            fresh.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            fresh.close()

    def transaction(self) -> Any:
        """A context manager: one transaction (or a savepoint inside one)."""
        return transaction(self._conn)

    def _exists_sql(self, sql: str, args: list[Any]) -> bool:
        return self._conn.execute(sql, args).fetchone() is not None


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, separators=(",", ":"))
