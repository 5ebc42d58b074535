"""Numbered schema migrations: a database from before them upgrades in place and keeps
its rooms; one from a newer version is refused without a write."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from launcher.server import Store, create_application
from launcher.server.store import DB_NAME, SCHEMA_VERSION, SchemaTooNew

# The schema exactly as the server wrote it before migrations were numbered
# (launcher/server/store/connection.py and sessions.py at 625c89f).
SCHEMA_BEFORE_MIGRATIONS = """
CREATE TABLE applications (application_id TEXT PRIMARY KEY, account_id TEXT NOT NULL,
    name TEXT NOT NULL, public_key_pem TEXT NOT NULL, default_theme_id TEXT,
    created_at TEXT NOT NULL);
CREATE TABLE themes (theme_id TEXT PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications(application_id),
    theme_name TEXT NOT NULL, short_company_url TEXT UNIQUE, doc TEXT NOT NULL,
    created_at TEXT NOT NULL, UNIQUE (application_id, theme_name));
CREATE TABLE rooms (serial INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
    application_id TEXT NOT NULL REFERENCES applications(application_id),
    meeting_code TEXT NOT NULL UNIQUE, theme_id TEXT, doc TEXT NOT NULL,
    available INTEGER NOT NULL DEFAULT 1, active_participants INTEGER NOT NULL DEFAULT 0);
CREATE INDEX rooms_by_app ON rooms (application_id, serial);
CREATE INDEX rooms_by_theme ON rooms (theme_id, serial);
CREATE TABLE logo_uploads (key TEXT PRIMARY KEY, application_id TEXT NOT NULL,
    logo_type TEXT NOT NULL, expires_at TEXT NOT NULL, data BLOB);
CREATE TABLE logos (key TEXT PRIMARY KEY, theme_id TEXT NOT NULL, logo_type TEXT NOT NULL,
    data BLOB NOT NULL);
CREATE TABLE recordings (id TEXT PRIMARY KEY, application_id TEXT NOT NULL, room_id TEXT,
    session_id TEXT NOT NULL, started_at TEXT NOT NULL, ended_at TEXT, status TEXT NOT NULL,
    url TEXT);
CREATE INDEX recordings_by_session ON recordings (application_id, session_id);
CREATE TABLE webhook_outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT NOT NULL,
    event TEXT NOT NULL, body TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL, state TEXT NOT NULL DEFAULT 'pending', last_error TEXT,
    created_at TEXT NOT NULL);
CREATE INDEX webhook_outbox_due ON webhook_outbox (state, next_attempt_at);
ALTER TABLE rooms ADD COLUMN expired_notified INTEGER NOT NULL DEFAULT 0;
CREATE TABLE room_counts (application_id TEXT PRIMARY KEY, rooms INTEGER NOT NULL);
CREATE TRIGGER room_counted AFTER INSERT ON rooms BEGIN
    INSERT INTO room_counts (application_id, rooms) VALUES (NEW.application_id, 1)
    ON CONFLICT (application_id) DO UPDATE SET rooms = rooms + 1; END;
CREATE TRIGGER room_uncounted AFTER DELETE ON rooms BEGIN
    UPDATE room_counts SET rooms = rooms - 1 WHERE application_id = OLD.application_id; END;
CREATE TABLE meeting_sessions (session_id TEXT PRIMARY KEY, room_id TEXT NOT NULL,
    started_at TEXT NOT NULL, ended_at TEXT);
CREATE TABLE meeting_session_participants (participant_id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES meeting_sessions (session_id), room_id TEXT NOT NULL,
    name TEXT NOT NULL, is_host INTEGER NOT NULL, joined_at TEXT NOT NULL, left_at TEXT);
"""


def _old_database(data_dir: Path, *, counts: bool = True) -> None:
    """A data dir as the server left it before migrations: one application, two rooms."""
    data_dir.mkdir()
    schema = SCHEMA_BEFORE_MIGRATIONS
    if not counts:  # older still: from before expired_notified and the room counts
        schema = (
            schema.split("ALTER TABLE")[0]
            + "CREATE TABLE meeting_sessions"
            + (schema.split("CREATE TABLE meeting_sessions")[1])
        )
    with closing(sqlite3.connect(data_dir / DB_NAME)) as db:
        db.execute("PRAGMA journal_mode=WAL")
        db.executescript(schema)
        db.execute(
            "INSERT INTO applications VALUES ('app-1', '12345678', 'front desk', 'PEM', NULL,"
            " '2026-01-01T00:00:00.000Z')"
        )
        for n, expires in ((1, "2099-01-01T00:00:00.000Z"), (2, "2020-01-01T00:00:00.000Z")):
            doc = {
                "id": f"room-{n}",
                "display_name": f"Room {n}",
                "type": "long_term",
                "meeting_code": f"12345678{n}",
                "expires_at": expires,
                "created_at": "2020-01-01T00:00:00.000Z",
            }
            db.execute(
                "INSERT INTO rooms (id, application_id, meeting_code, doc) VALUES (?, ?, ?, ?)",
                (doc["id"], "app-1", doc["meeting_code"], json.dumps(doc)),
            )
        db.commit()


@pytest.mark.parametrize("counts", [True, False], ids=["last-version", "before-room-counts"])
def test_a_database_from_before_migrations_upgrades_in_place(tmp_path: Path, counts: bool) -> None:
    data_dir = tmp_path / "data"
    _old_database(data_dir, counts=counts)
    store = Store(data_dir)
    try:
        page = store.list_rooms("app-1", page_size=10)
        assert [room.doc["display_name"] for room in page.rooms] == ["Room 1", "Room 2"]
        assert page.total_items == 2
        assert store.get_application("app-1") is not None
        store.insert_room("app-1", {"display_name": "Room 3", "type": "instant"})
        assert store.count_rooms("app-1") == 3
        # The room already over when expired_notified arrived gets no late webhook.
        assert store.expire_rooms() == ([] if not counts else ["room-2"])
    finally:
        store.close()
    with closing(sqlite3.connect(data_dir / DB_NAME)) as db:
        versions = db.execute("SELECT version FROM schema_version").fetchall()
    assert versions == [(v,) for v in range(1, SCHEMA_VERSION + 1)]


# What main added by ad-hoc ALTERs before they became migration 2 (website embed,
# pause-free recording durations); a database it created has them in its CREATEs.
ALTERS_BEFORE_MIGRATIONS = """
ALTER TABLE applications ADD COLUMN embed_domains TEXT NOT NULL DEFAULT '[]';
ALTER TABLE recordings ADD COLUMN paused_at TEXT;
ALTER TABLE recordings ADD COLUMN paused_seconds REAL NOT NULL DEFAULT 0;
"""


def test_a_database_with_the_ad_hoc_columns_upgrades_and_keeps_them(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    _old_database(data_dir)
    with closing(sqlite3.connect(data_dir / DB_NAME)) as db:
        db.executescript(ALTERS_BEFORE_MIGRATIONS)
        db.execute("UPDATE applications SET embed_domains = '[\"https://intranet.example\"]'")
        db.execute(
            "INSERT INTO recordings (id, application_id, room_id, session_id, started_at,"
            " status, paused_at, paused_seconds) VALUES ('rec-1', 'app-1', 'room-1', 's-1',"
            " '2026-01-01T00:00:00.000Z', 'paused', '2026-01-01T00:01:00.000Z', 30)"
        )
        db.commit()
    store = Store(data_dir)
    try:
        app = store.get_application("app-1")
        assert app is not None and app.embed_domains == ("https://intranet.example",)
        store.fallback_callback_urls = {"recordings_callback_url": "https://hooks.example/r"}
        stopped = store.stop_recording("rec-1", ended_at=datetime(2026, 1, 1, 0, 2, tzinfo=UTC))
        assert stopped is not None and stopped["status"] == "stopped"
        # 120 s from start to end, 30 s paused before and 60 s in the pause running then.
        (ended,) = store.due_webhooks(time.time() + 1, limit=10)
        assert json.loads(ended["body"])["duration"] == 30
    finally:
        store.close()
    with closing(sqlite3.connect(data_dir / DB_NAME)) as db:
        versions = db.execute("SELECT version FROM schema_version").fetchall()
        columns = [row[1] for row in db.execute("PRAGMA table_info(recordings)")]
    assert versions == [(v,) for v in range(1, SCHEMA_VERSION + 1)]
    assert columns.count("paused_seconds") == 1


def test_a_version_1_database_gains_the_embed_and_pause_columns(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    _old_database(data_dir)
    with closing(sqlite3.connect(data_dir / DB_NAME)) as db:  # as migration 1 left it
        db.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT)")
        db.execute("INSERT INTO schema_version VALUES (1, '2026-01-01T00:00:00.000Z')")
        db.commit()
    store = Store(data_dir)
    try:
        app = store.get_application("app-1")
        assert app is not None and app.embed_domains == ()
        assert store.set_embed_domains("app-1", ["https://a.example"]).embed_domains == (
            "https://a.example",
        )
        rec = store.start_recording("app-1", "s-1", "room-1")
        paused = store.pause_recording(rec["id"], True)
        assert paused is not None and paused["status"] == "paused" and paused["paused_at"]
    finally:
        store.close()


def test_migrations_run_once(tmp_path: Path) -> None:
    app_id, _key = create_application(tmp_path, "once")
    for _ in range(2):
        Store(tmp_path).close()
    with closing(sqlite3.connect(tmp_path / DB_NAME)) as db:
        versions = db.execute("SELECT version FROM schema_version").fetchall()
    assert versions == [(v,) for v in range(1, SCHEMA_VERSION + 1)]
    store = Store(tmp_path)
    try:
        assert store.get_application(app_id) is not None
    finally:
        store.close()


def _newer(data_dir: Path) -> str:
    """Make the database in ``data_dir`` look written by a newer version; its digest."""
    create_application(data_dir, "from the future")
    with closing(sqlite3.connect(data_dir / DB_NAME)) as db:
        db.execute("INSERT INTO schema_version VALUES (?, 'later')", (SCHEMA_VERSION + 1,))
        db.commit()
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return hashlib.sha256((data_dir / DB_NAME).read_bytes()).hexdigest()


def test_a_newer_database_is_refused_and_not_written(tmp_path: Path) -> None:
    digest = _newer(tmp_path)
    with pytest.raises(SchemaTooNew, match="newer"):
        Store(tmp_path)
    assert hashlib.sha256((tmp_path / DB_NAME).read_bytes()).hexdigest() == digest
    wal = tmp_path / f"{DB_NAME}-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_serve_refuses_a_newer_database_in_one_line(tmp_path: Path) -> None:
    digest = _newer(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "launcher", "serve", "--data-dir", str(tmp_path), "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "newer" in lines[0]
    assert "Traceback" not in result.stderr
    assert hashlib.sha256((tmp_path / DB_NAME).read_bytes()).hexdigest() == digest


def test_the_sqlite_server_does_not_load_psycopg(tmp_path: Path) -> None:
    # The app's idle memory: PostgreSQL support is loaded only for a postgresql:// URL.
    code = f"""
import sys
import time
from pathlib import Path
from launcher.server import BuiltinServer, ServerConfig, create_application
with BuiltinServer(ServerConfig(data_dir=Path({str(tmp_path)!r}))):
    create_application(Path({str(tmp_path)!r}), "x")
print(sorted(m for m in sys.modules if m.split(".")[0] in ("psycopg", "psycopg_binary")))
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
