"""PostgreSQL connections for the store (psycopg 3), shaped like ``sqlite3``'s.

Imported only when a ``postgresql://`` database is configured: the desktop app never
loads psycopg. :class:`PgConnection` takes the store's ``?`` placeholders, gives rows
readable by column name and by index (like ``sqlite3.Row``) and runs in autocommit
mode, the store opening its own transactions with BEGIN/COMMIT as on SQLite.

A connection the database dropped (a restart, an outage) stays closed; the store
calls :meth:`PgConnection.reopen_if_lost` between its units of work, which opens a new
one (at most once per :data:`RETRY_INTERVAL`, with a short connect timeout) instead
of failing on the dead one for ever. An idle connection the server said goodbye to
(a restart between two requests) is found out there too, before any work fails on it.

Every connection asks libpq for TCP keepalives and a TCP user timeout
(:data:`KEEPALIVES`): a database host that died or became unreachable without closing
its connections (a power cut, a network partition) is noticed within about a minute,
idle or in the middle of a query, instead of after the kernel's two hours of silence;
the connection then counts as lost and is reopened as above. A URL's own
``keepalives*`` or ``tcp_user_timeout`` parameters win.

The password never needs to be in the URL: libpq reads ``PGPASSWORD``,
``PGPASSFILE`` (or ``~/.pgpass``) and the rest of its environment, and
:func:`connect` takes a password read from the operator's password file.
"""

from __future__ import annotations

import contextlib
import select
import time
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

import psycopg
from psycopg import pq
from psycopg.conninfo import conninfo_to_dict

#: Errors meaning the database cannot be used (wrong URL, unreachable, refused login).
Error = psycopg.Error
#: The connection failed or was lost (among other operational failures).
OperationalError = psycopg.OperationalError

#: Seconds between two attempts to reopen a lost connection: meanwhile work fails at
#: once rather than each request waiting for a connect that will fail too.
RETRY_INTERVAL = 1.0

#: Connect timeout (seconds) when reopening a lost connection: a request waits at most
#: this long for a database that does not answer.
RECONNECT_TIMEOUT = 3.0

#: libpq connection parameters: keepalive probes after 30 s of silence, every 10 s,
#: the connection dropped after 3 unanswered (a minute in all); data sent and not
#: acknowledged for 60 s drops it too (tcp_user_timeout, milliseconds).
KEEPALIVES: dict[str, int] = {
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
    "tcp_user_timeout": 60_000,
}


class Row:
    """A row by column name (``row["id"]``) or position (``row[0]``); ``dict(row)``."""

    __slots__ = ("_names", "_values")

    def __init__(self, names: dict[str, int], values: Sequence[Any]) -> None:
        self._names = names
        self._values = values

    def __getitem__(self, key: int | str) -> Any:
        if isinstance(key, str):
            return self._values[self._names[key]]
        return self._values[key]

    def keys(self) -> list[str]:
        return list(self._names)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


def _row_factory(cursor: Any) -> Any:
    description = cursor.description or ()
    names = {column.name: index for index, column in enumerate(description)}

    def make(values: Sequence[Any]) -> Row:
        return Row(names, values)

    return make


@lru_cache(maxsize=512)
def translate(sql: str) -> str:
    """``?`` placeholders (outside quoted text) to psycopg's ``%s``; ``%`` escaped."""
    parts = sql.replace("%", "%%").split("'")
    for index in range(0, len(parts), 2):  # the even parts are outside quotes
        parts[index] = parts[index].replace("?", "%s")
    return "'".join(parts)


class PgConnection:
    """One psycopg connection with the face of ``sqlite3.Connection`` the store uses."""

    def __init__(
        self, conn: psycopg.Connection[Any], url: str = "", password: str | None = None
    ) -> None:
        self._conn = conn
        self._url = url
        self._password = password
        self._failed_at: float | None = None  # monotonic time of the last failed reopen

    @property
    def in_transaction(self) -> bool:
        return bool(self._conn.info.transaction_status != pq.TransactionStatus.IDLE)

    @property
    def lost(self) -> bool:
        """The connection was closed under us (the database went away)."""
        return bool(self._conn.closed)

    def reopen_if_lost(self) -> None:
        """Replace a lost connection by a new one; psycopg.OperationalError when the
        database is still unreachable (without trying again within RETRY_INTERVAL)."""
        if not self._conn.closed and not self.in_transaction and self._server_spoke():
            # Idle, yet the server sent something: most likely its goodbye (it was
            # stopped or restarted). A ping tells; a dead connection is closed by it.
            with contextlib.suppress(psycopg.Error):
                self._conn.execute("SELECT 1")
        if not self._conn.closed:
            return
        now = time.monotonic()
        if self._failed_at is not None and now - self._failed_at < RETRY_INTERVAL:
            raise psycopg.OperationalError("the database is unreachable (retrying shortly)")
        try:
            self._conn = _open(self._url, self._password, RECONNECT_TIMEOUT)
        except psycopg.Error:
            self._failed_at = time.monotonic()
            raise
        self._failed_at = None

    def _server_spoke(self) -> bool:
        poller = select.poll()
        poller.register(self._conn.pgconn.socket, select.POLLIN)
        return bool(poller.poll(0))

    def execute(self, sql: str, parameters: Any = (), /) -> psycopg.Cursor[Any]:
        return self._conn.execute(translate(sql), tuple(parameters))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]], /) -> None:
        with self._conn.cursor() as cursor:
            cursor.executemany(translate(sql), rows)

    def close(self) -> None:
        self._conn.close()


def connect(url: str, *, password: str | None = None, timeout: float = 10.0) -> PgConnection:
    """Connect to ``url`` (psycopg.Error when that fails); ``password`` overrides libpq's."""
    return PgConnection(_open(url, password, timeout), url, password)


def connection_options(url: str, password: str | None, timeout: float) -> dict[str, Any]:
    """What :func:`connect` gives libpq besides ``url``: the connect timeout, the
    keepalives the URL does not set itself, the password."""
    given = conninfo_to_dict(url)
    options: dict[str, Any] = {k: v for k, v in KEEPALIVES.items() if k not in given}
    options["connect_timeout"] = max(1, round(timeout))
    if password is not None:
        options["password"] = password
    return options


def _open(url: str, password: str | None, timeout: float) -> psycopg.Connection[Any]:
    options = connection_options(url, password, timeout)
    return psycopg.connect(url, autocommit=True, row_factory=_row_factory, **options)
