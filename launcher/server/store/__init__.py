"""Storage of the built-in server: :class:`Store`, one facade over its parts.

SQLite in the data dir by default; PostgreSQL when a :class:`Database` URL is given
(several servers then share it). The parts, one per aggregate: :mod:`.schema`
(tables and numbered migrations), :mod:`.connection` (connection, transactions,
times), :mod:`.applications`, :mod:`.rooms` (rooms and presence),
:mod:`.themes` (themes and logos), :mod:`.recordings` and :mod:`.outbox`
(webhook deliveries). Callers use :class:`Store` and never a part.

One ``Store`` owns one connection and is used from one thread at a time (the
server runs all its storage work on a single worker thread). Every public
method that writes is one transaction: it commits fully or not at all, and a
commit is on disk before the method returns (WAL with ``synchronous=FULL``),
so nothing acknowledged is lost to a crash or a SIGKILL.

Other processes (``meeting-launcher app create``) may open the same database
while a server runs; WAL plus a busy timeout lets them take turns.
"""

from __future__ import annotations

from launcher.server.store.applications import Application, ApplicationsPart
from launcher.server.store.connection import (
    DB_NAME,
    Database,
    DatabaseUnavailable,
    format_time,
    open_connection,
    parse_time,
    utc_now,
)
from launcher.server.store.outbox import CALLBACK_KEY_BY_PREFIX, OutboxPart
from launcher.server.store.recordings import RECORDING_STATUSES, RecordingsPart
from launcher.server.store.rooms import INSTANT_ROOM_IDLE, RoomPage, RoomRecord, RoomsPart
from launcher.server.store.schema import LATEST as SCHEMA_VERSION
from launcher.server.store.schema import SchemaTooNew
from launcher.server.store.themes import LogoUpload, StoreConflict, ThemesPart

__all__ = [
    "CALLBACK_KEY_BY_PREFIX",
    "DB_NAME",
    "INSTANT_ROOM_IDLE",
    "RECORDING_STATUSES",
    "SCHEMA_VERSION",
    "Application",
    "Database",
    "DatabaseUnavailable",
    "LogoUpload",
    "RoomPage",
    "RoomRecord",
    "SchemaTooNew",
    "Store",
    "StoreConflict",
    "format_time",
    "open_connection",
    "parse_time",
    "utc_now",
]


class Store(ApplicationsPart, RoomsPart, ThemesPart, RecordingsPart, OutboxPart):
    """Rooms, themes, logos, recordings and applications of one data dir."""
