"""The database and its connection, and what every part of the store shares.

:class:`StoreBase` owns the one connection, SQLite (WAL, ``synchronous=FULL``) or
PostgreSQL (:mod:`.postgres`), with the schema brought up to date (:mod:`.schema`),
and its transactions; each aggregate's part of :class:`launcher.server.store.Store`
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
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from launcher.server.store.schema import (
    LATEST,
    Connection,
    Dialect,
    SchemaTooNew,
    migrate,
    schema_version,
)

log = logging.getLogger(__name__)

DB_NAME = "meetings.sqlite3"


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


@dataclass(frozen=True)
class Database:
    """Where the server keeps its data: SQLite in the data dir (``url`` None, the
    default) or the PostgreSQL database at ``url`` (``postgresql://...``).

    ``password`` (PostgreSQL) comes from the operator's password file, never the
    URL; without it libpq's environment applies (``PGPASSWORD``, ``PGPASSFILE``)."""

    url: str | None = None
    password: str | None = field(default=None, repr=False)

    @property
    def dialect(self) -> Dialect:
        return "sqlite" if self.url is None else "postgresql"

    def describe(self, data_dir: Path) -> str:
        """For logs and messages: the URL without any password."""
        if self.url is None:
            return str(data_dir / DB_NAME)
        return redact_url(self.url)


class DatabaseUnavailable(Exception):
    """The PostgreSQL database cannot be reached or refused us: a one-line message
    naming it (password hidden)."""

    def __init__(self, database: Database, cause: BaseException) -> None:
        detail = " ".join(str(cause).split()) or type(cause).__name__
        url = database.url or ""
        for secret in (url, urlsplit(url).password, database.password):
            if secret:  # libpq may quote what it could not parse
                detail = detail.replace(secret, "***")
        super().__init__(f"cannot use the database {database.describe(Path())}: {detail}")


def reopen_if_lost(conn: Connection, database: Database) -> None:
    """PostgreSQL: replace ``conn``'s connection if the database dropped it (a restart,
    an outage); DatabaseUnavailable while it stays unreachable. SQLite: nothing to do."""
    if database.url is None:
        return
    from launcher.server.store import postgres  # only for a PostgreSQL URL

    assert isinstance(conn, postgres.PgConnection)
    try:
        conn.reopen_if_lost()
    except postgres.Error as exc:
        raise DatabaseUnavailable(database, exc) from None


def unavailable_or_same(conn: Connection, database: Database, exc: BaseException) -> BaseException:
    """``exc`` as DatabaseUnavailable when it is PostgreSQL's connection being lost
    (the database stopped or unreachable); otherwise ``exc`` itself."""
    if database.url is None or isinstance(exc, DatabaseUnavailable):
        return exc
    from launcher.server.store import postgres

    if isinstance(exc, postgres.OperationalError) and getattr(conn, "lost", False):
        return DatabaseUnavailable(database, exc)
    return exc


def redact_url(url: str) -> str:
    """``url`` with any password (in its user info or a ``password=`` parameter) hidden."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, hostport = netloc.rpartition("@")
        if ":" in userinfo:
            userinfo = userinfo.split(":", 1)[0] + ":***"
        netloc = f"{userinfo}@{hostport}"
    query = "&".join(
        f"{name}=***" if name.lower() == "password" else f"{name}={value}" if sep else name
        for name, sep, value in (item.partition("=") for item in parts.query.split("&") if item)
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def open_connection(data_dir: Path, database: Database | None = None) -> Connection:
    """Open the server's database (created if needed, migrations applied).

    Raises SchemaTooNew (nothing written) for a database from a newer version;
    sqlite3/psycopg errors when it cannot be opened."""
    database = database or Database()
    if database.url is not None:
        # Imported here only: psycopg stays out of the desktop app unless asked for.
        from launcher.server.store import postgres

        try:
            pg = postgres.connect(database.url, password=database.password)
        except postgres.Error as exc:
            raise DatabaseUnavailable(database, exc) from None
        try:
            migrate(pg, "postgresql", format_time(utc_now()))
        except BaseException:
            pg.close()
            raise
        return pg
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
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit is fsynced before it returns, so an acknowledged write
        # survives power loss as well as a killed process.
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=10000")
        migrate(conn, "sqlite", format_time(utc_now()))
    except BaseException:
        conn.close()
        raise
    return conn


def inspect_database(data_dir: Path, database: Database) -> int:
    """The schema version of the database, read without writing anything (0: new).

    DatabaseUnavailable when PostgreSQL cannot be reached; SchemaTooNew for a database
    of a newer version."""
    path = data_dir / DB_NAME
    if database.url is not None:
        from launcher.server.store import postgres  # only for a PostgreSQL URL

        try:
            pg = postgres.connect(database.url, password=database.password)
        except postgres.Error as exc:
            raise DatabaseUnavailable(database, exc) from None
        conn: Connection = pg
    elif path.is_file():
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10.0)
    else:
        return 0
    try:
        found = schema_version(conn, database.dialect)
    finally:
        conn.close()
    if found > LATEST:
        raise SchemaTooNew(found)
    return found


@contextmanager
def transaction(conn: Connection, dialect: Dialect = "sqlite") -> Iterator[None]:
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
    # SQLite: take the write lock at once (no deadlocked upgrade from a read lock).
    # PostgreSQL: READ COMMITTED; rows read to be rewritten are locked FOR UPDATE.
    conn.execute("BEGIN IMMEDIATE" if dialect == "sqlite" else "BEGIN")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


class StoreBase:
    """The connection of one data dir; the aggregates' parts build on it."""

    def __init__(self, data_dir: Path, database: Database | None = None) -> None:
        self.data_dir = data_dir
        self.database = database or Database()
        self.dialect: Dialect = self.database.dialect
        self._conn: Any = open_connection(data_dir, self.database)

    def close(self) -> None:
        self._conn.close()

    def check(self) -> None:
        """Raise (sqlite3, psycopg or OS errors) unless the database answers, both on
        this connection and opened afresh: an open SQLite connection keeps working on
        a file that was deleted, replaced or made unreadable meanwhile."""
        if self.dialect == "postgresql":
            self._conn.execute("SELECT 1").fetchone()
            return
        self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        path = self.data_dir / DB_NAME
        if not path.is_file():
            raise sqlite3.OperationalError(f"{path} is missing")
        fresh = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=2.0)
        try:
            fresh.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            fresh.close()

    def reopen_if_lost(self) -> None:
        """Before a unit of work: a new connection for one PostgreSQL dropped
        (DatabaseUnavailable while it stays unreachable)."""
        reopen_if_lost(self._conn, self.database)

    def unavailable_or_same(self, exc: BaseException) -> BaseException:
        """``exc``, or DatabaseUnavailable when it was the connection being lost."""
        return unavailable_or_same(self._conn, self.database, exc)

    def transaction(self) -> Any:
        """A context manager: one transaction (or a savepoint inside one)."""
        return transaction(self._conn, self.dialect)

    @property
    def for_update(self) -> str:
        """Appended to a SELECT of rows about to be rewritten: on PostgreSQL it locks
        them until the commit (another server process waits); SQLite's write
        transactions are serial already."""
        locking = self.dialect == "postgresql" and self._conn.in_transaction
        return " FOR UPDATE" if locking else ""

    def _exists_sql(self, sql: str, args: list[Any]) -> bool:
        return self._conn.execute(sql, args).fetchone() is not None


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, separators=(",", ":"))
