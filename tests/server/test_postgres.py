"""PostgreSQL storage from the command line (serve, app create/list, --check), its bad
input, a newer schema refused without a write, and what several servers share."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg
import pytest

from launcher.server import Database, Store
from launcher.server.store import SCHEMA_VERSION, SchemaTooNew, postgres, schema
from tests.helpers.api import raw_client
from tests.helpers.postgres import PASSWORD, PostgresCluster, free_port
from tests.server.test_cli import Served


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "launcher", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def one_line_failure(*args: str) -> str:
    result = run(*args)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.fixture
def database(postgres_cluster: PostgresCluster) -> Database:
    return postgres_cluster.new_database()


@pytest.fixture
def password_file(tmp_path: Path) -> Path:
    path = tmp_path / "db-password"
    path.write_text(PASSWORD + "\n")
    path.chmod(0o600)
    return path


def test_serve_and_app_commands_on_postgresql(
    tmp_path: Path, database: Database, password_file: Path
) -> None:
    assert database.url is not None
    db = ["--database", database.url, "--database-password-file", str(password_file)]
    key = tmp_path / "key.pem"
    created = run("app", "create", "--name", "front desk", "--private-key-out", str(key), *db)
    assert created.returncode == 0, created.stderr
    app_id = created.stdout.strip()
    listed = run("app", "list", *db)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout == f"{app_id}\tfront desk\n"

    first = Served(tmp_path / "first", *db, "--log-level", "debug")
    try:
        with raw_client(first.credentials(app_id, key.read_bytes())) as client:
            ids = [
                client.post("rooms", json={"display_name": f"r{i}"}).json()["id"] for i in (1, 2)
            ]
        first.proc.kill()  # acknowledged rooms are in PostgreSQL, not in this process
        first.proc.wait(timeout=30)
    finally:
        logs = first.proc.stderr.read() if first.proc.stderr else ""
        first.stop(signal.SIGKILL)
    assert PASSWORD not in logs
    # Another server with a data dir of its own shares the rooms through the database.
    second = Served(tmp_path / "second", *db)
    try:
        with raw_client(second.credentials(app_id, key.read_bytes())) as client:
            for room_id in ids:
                assert client.get(f"rooms/{room_id}").status_code == 200
            assert client.get("rooms").json()["total_items"] == 2
    finally:
        assert second.stop() == 0
    assert not (tmp_path / "second" / "meetings.sqlite3").exists()


def test_serve_check_reports_the_database_without_its_password(
    tmp_path: Path, database: Database, password_file: Path
) -> None:
    assert database.url is not None
    checked = run(
        "serve",
        "--check",
        "--port",
        "0",
        "--data-dir",
        str(tmp_path / "data"),
        "--database",
        database.url,
        "--database-password-file",
        str(password_file),
    )
    assert checked.returncode == 0, checked.stderr
    line = next(x for x in checked.stdout.splitlines() if x.startswith("database:"))
    assert database.url in line and "PostgreSQL, new" in line
    assert PASSWORD not in checked.stdout + checked.stderr
    assert not (tmp_path / "data").exists()  # --check writes nothing
    Store(tmp_path / "data", database).close()
    checked = run(
        "serve",
        "--check",
        "--port",
        "0",
        "--data-dir",
        str(tmp_path / "data"),
        "--database",
        database.url,
        "--database-password-file",
        str(password_file),
    )
    assert f"schema version {SCHEMA_VERSION}, up to date" in checked.stdout


def test_bad_database_settings_exit_2_with_one_line(
    tmp_path: Path, postgres_cluster: PostgresCluster, password_file: Path
) -> None:
    data = ["--port", "0", "--data-dir", str(tmp_path / "data")]
    assert "postgresql://" in one_line_failure("serve", *data, "--database", "mysql://db/x")
    in_url = one_line_failure(
        "serve", *data, "--database", "postgresql://postgres:hunter2@127.0.0.1/x"
    )
    assert "no password in the URL" in in_url and "hunter2" not in in_url
    assert "needs database" in one_line_failure(
        "serve", *data, "--database-password-file", str(password_file)
    )
    nowhere = f"postgresql://postgres@127.0.0.1:{free_port()}/meetings"
    for command in (
        ("serve", *data, "--database", nowhere),
        ("serve", "--check", *data, "--database", nowhere),
        ("app", "list", "--database", nowhere),
    ):
        line = one_line_failure(*command)
        assert line.startswith(f"meeting-launcher: cannot use the database {nowhere}:"), line
    wrong = tmp_path / "wrong"
    wrong.write_text("not-the-password-at-all\n")
    refused = one_line_failure(
        "serve",
        *data,
        "--database",
        postgres_cluster.url("postgres"),
        "--database-password-file",
        str(wrong),
    )
    assert "password authentication failed" in refused
    assert "not-the-password-at-all" not in refused
    assert one_line_failure("app", "list").endswith(
        "give --data-dir (SQLite) or --database (PostgreSQL)"
    )


def test_a_newer_postgresql_schema_is_refused_without_a_write(
    tmp_path: Path, database: Database, password_file: Path
) -> None:
    assert database.url is not None
    Store(tmp_path, database).close()
    with psycopg.connect(database.url, password=PASSWORD, autocommit=True) as conn:
        conn.execute("INSERT INTO schema_version VALUES (%s, 'later')", (SCHEMA_VERSION + 1,))
        # Any write from here on fails: the refusal must come before one is tried.
        name = database.url.rsplit("/", 1)[1]
        conn.execute(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on')
    with pytest.raises(SchemaTooNew):
        Store(tmp_path, database)
    line = one_line_failure(
        "serve",
        "--port",
        "0",
        "--data-dir",
        str(tmp_path / "data"),
        "--database",
        database.url,
        "--database-password-file",
        str(password_file),
    )
    assert f"schema version {SCHEMA_VERSION + 1}, newer than this server knows" in line


def test_servers_starting_together_migrate_once(database: Database, tmp_path: Path) -> None:
    errors: list[BaseException] = []

    def open_store() -> None:
        try:
            Store(tmp_path, database).close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_store) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    assert database.url is not None
    with psycopg.connect(database.url, password=PASSWORD) as conn:
        versions = conn.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
    assert versions == [(v,) for v in range(1, SCHEMA_VERSION + 1)]


def test_a_due_webhook_is_claimed_by_one_server(database: Database, tmp_path: Path) -> None:
    first, second = Store(tmp_path, database), Store(tmp_path, database)
    try:
        app = first.add_application("hooks", "PEM")
        room = first.insert_room(
            app.application_id,
            {
                "display_name": "r",
                "type": "instant",
                "callback_urls": {"rooms_callback_url": "https://hooks.example/r"},
            },
        )
        events = [{"event": "room:test", "n": n} for n in range(5)]
        assert first.enqueue_webhooks(room.id, events) == 5
        now = time.time() + 1
        claimed = first.due_webhooks(now, limit=3)
        rest = second.due_webhooks(now, limit=10)
        assert len(claimed) == 3 and len(rest) == 2
        assert {row["id"] for row in claimed}.isdisjoint(row["id"] for row in rest)
        assert second.due_webhooks(now) == []  # all claimed, for a while
        first.webhook_delivered(claimed[0]["id"])
        assert len(second.webhook_outbox()) == 4
    finally:
        first.close()
        second.close()


def test_the_test_cluster_refuses_logins_without_the_password(
    postgres_cluster: PostgresCluster,
) -> None:
    # So the tests above prove the password travels from the file, not by trust.
    with pytest.raises(psycopg.OperationalError, match="password"):
        psycopg.connect(postgres_cluster.url("postgres"), password="wrong", connect_timeout=10)


def test_placeholders_and_percent_signs_reach_postgresql_as_written(database: Database) -> None:
    assert database.url is not None
    conn = postgres.connect(database.url, password=database.password)
    try:
        row = conn.execute("SELECT 'it''s 100% ?' AS text, ? AS value", ("bound",)).fetchone()
        assert row is not None
        assert (row["text"], row[1], dict(row)) == (
            "it's 100% ?",
            "bound",
            {"text": "it's 100% ?", "value": "bound"},
        )
        assert [tuple(r) for r in conn.execute("SELECT '50%'").fetchall()] == [("50%",)]
        assert not conn.in_transaction
    finally:
        conn.close()


def test_a_version_1_postgresql_database_migrates_and_keeps_its_rows(
    tmp_path: Path, database: Database, password_file: Path
) -> None:
    assert database.url is not None
    conn = postgres.connect(database.url, password=PASSWORD)
    try:  # the database as migration 1 alone left it, with an application
        schema.MIGRATIONS[0].apply(conn, "postgresql", "2026-01-01T00:00:00.000Z")
        conn.execute(
            "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        conn.execute("INSERT INTO schema_version VALUES (1, 'then')")
        conn.execute(
            "INSERT INTO applications VALUES ('app-1', '12345678', 'front desk', 'PEM', NULL,"
            " '2026-01-01T00:00:00.000Z')"
        )
    finally:
        conn.close()
    db = ["--database", database.url, "--database-password-file", str(password_file)]
    shown = run("app", "embed-domains", "app-1", "https://intranet.example", *db)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout == "https://intranet.example\n"
    store = Store(tmp_path, database)
    try:
        app = store.get_application("app-1")
        assert app is not None and app.embed_domains == ("https://intranet.example",)
        rec = store.start_recording("app-1", "s-1", "room-1")
        paused = store.pause_recording(rec["id"], True)
        assert paused is not None and paused["paused_at"] and paused["paused_seconds"] == 0
        resumed = store.pause_recording(rec["id"], False)
        assert resumed is not None and resumed["paused_at"] is None
    finally:
        store.close()
    with psycopg.connect(database.url, password=PASSWORD) as check:
        versions = check.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
    assert versions == [(v,) for v in range(1, SCHEMA_VERSION + 1)]
    unknown = one_line_failure("app", "embed-domains", "no-such-app", *db)
    assert "no application no-such-app in " in unknown
    assert PASSWORD not in unknown


def keepalive_settings(conn: postgres.PgConnection) -> tuple[int, int, int, int, int]:
    """The TCP socket options libpq set on ``conn``'s socket, read from the kernel:
    SO_KEEPALIVE, TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT, TCP_USER_TIMEOUT."""
    fd = conn._conn.pgconn.socket  # the one connection the store works on
    with socket.socket(fileno=os.dup(fd)) as sock:
        return (
            sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE),
            sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE),
            sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL),
            sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT),
            sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_USER_TIMEOUT),
        )


def test_connections_ask_for_tcp_keepalives(database: Database, tmp_path: Path) -> None:
    """A database host that dies without a word is noticed within about a minute: the
    store's connections (and those it reopens) probe after 30 s of silence, every 10 s,
    3 times, and give up on data unacknowledged for 60 s. A URL's own setting wins."""
    assert database.url is not None
    conn = postgres.connect(database.url, password=database.password)
    try:
        assert keepalive_settings(conn) == (1, 30, 10, 3, 60_000)
        conn._conn.close()  # lost: the reopened connection asks for the same
        conn.reopen_if_lost()
        assert keepalive_settings(conn) == (1, 30, 10, 3, 60_000)
    finally:
        conn.close()
    own = postgres.connect(
        database.url + "?keepalives_idle=7&tcp_user_timeout=20000", password=database.password
    )
    try:
        assert keepalive_settings(own) == (1, 7, 10, 3, 20_000)
    finally:
        own.close()
