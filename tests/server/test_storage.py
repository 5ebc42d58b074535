"""Storage: group commits isolate failures, concurrent creates, TLS helpers."""

from __future__ import annotations

import asyncio
import contextlib
import os
import stat
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from launcher.server import Store, StoreWorker, create_application
from launcher.server.store import RoomRecord
from launcher.server.tls import san_names
from tests.helpers.api import raw_client
from tests.helpers.servers import AppCredentials, backend_database, register_app, start_server


def test_a_failing_write_in_a_group_rolls_back_alone(
    tmp_path: Path, request: pytest.FixtureRequest, storage_backend: str
) -> None:
    # On PostgreSQL an error inside a transaction aborts it: each write's savepoint
    # must still let the others commit.
    database = backend_database(request, storage_backend)
    app_id, _key = create_application(tmp_path, "group", database)
    worker = StoreWorker(tmp_path, database)
    release = threading.Event()
    try:

        def insert(name: str, fail: bool = False) -> Callable[[Store], RoomRecord]:
            def job(store: Store) -> RoomRecord:
                record = store.insert_room(app_id, {"display_name": name, "type": "instant"})
                if fail:
                    with contextlib.suppress(Exception):  # a failed statement as well
                        store._conn.execute("SELECT no_such_column FROM rooms")
                    raise ValueError("after writing")
                return record

            return job

        async def scenario() -> list[RoomRecord | BaseException]:
            # Hold the storage thread so that the writes queue up and form one group.
            blocker = asyncio.ensure_future(worker.run(lambda _store: release.wait(10)))
            await asyncio.sleep(0)
            writes: list[asyncio.Future[RoomRecord]] = [
                asyncio.ensure_future(worker.write(insert("first"))),
                asyncio.ensure_future(worker.write(insert("broken", fail=True))),
                asyncio.ensure_future(worker.write(insert("third"))),
            ]
            await asyncio.sleep(0)  # one loop turn: each write task has queued its job
            release.set()
            await blocker
            results: list[RoomRecord | BaseException] = await asyncio.gather(
                *writes, return_exceptions=True
            )
            return results

        results = asyncio.run(scenario())
        assert isinstance(results[1], ValueError)
        names = [
            record.doc["display_name"]
            for record in worker.call(lambda s: s.list_rooms(app_id, page_size=10).rooms)
        ]
        assert names == ["first", "third"]
    finally:
        release.set()
        worker.close()
        worker.close()  # idempotent
    reopened = Store(tmp_path, database)
    try:
        assert reopened.count_rooms(app_id) == 2
    finally:
        reopened.close()


def test_concurrent_creates_all_land(app_credentials: AppCredentials) -> None:
    def create_some(worker: int) -> list[str]:
        with raw_client(app_credentials) as client:
            ids = []
            for i in range(10):
                response = client.post("rooms", json={"display_name": f"{worker}-{i}"})
                assert response.status_code == 201
                ids.append(response.json()["id"])
            # A request failing inside a group must not take the others down.
            bad = client.post(
                "rooms",
                json={"display_name": "x", "theme_id": "90a21428-b74a-4221-adc3-783935d654dc"},
            )
            assert bad.status_code == 400
            return ids

    with ThreadPoolExecutor(8) as pool:
        created = [room for ids in pool.map(create_some, range(8)) for room in ids]
    assert len(set(created)) == 80
    with raw_client(app_credentials) as client:
        page = client.get("rooms", params={"page_size": 100}).json()
    assert page["total_items"] == 80
    assert sorted(room["id"] for room in page["_embedded"]) == sorted(created)
    assert len({room["meeting_code"] for room in page["_embedded"]}) == 80


def test_certificate_names_for_listen_hosts() -> None:
    assert san_names("127.0.0.1") == ["127.0.0.1", "localhost", "::1"]
    assert san_names("0.0.0.0") == ["127.0.0.1", "localhost", "::1"]
    assert san_names("meet.example.org") == ["meet.example.org"]
    assert san_names("192.168.1.20") == ["192.168.1.20"]


def test_tls_from_files(tmp_path: Path) -> None:
    from launcher.server import BuiltinServer, ServerConfig
    from launcher.server.tls import ensure_self_signed

    cert, key = ensure_self_signed(tmp_path / "office-ca", "127.0.0.1")
    config = ServerConfig(data_dir=tmp_path / "data", tls="files", tls_cert=cert, tls_key=key)
    with BuiltinServer(config) as server:
        assert server.origin.startswith("https://127.0.0.1:")
        import ssl

        response = httpx.get(
            f"{server.api_url}/rooms", verify=ssl.create_default_context(cafile=str(cert))
        )
        assert response.status_code == 401
    assert not (tmp_path / "data" / "tls").exists()


def test_self_signed_certificate_follows_the_public_host(tmp_path: Path) -> None:
    from cryptography import x509

    from launcher.server.tls import ensure_self_signed

    def names(cert: Path) -> set[str]:
        loaded = x509.load_pem_x509_certificate(cert.read_bytes())
        san = loaded.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        return {str(n.value) for n in san}

    cert, _key = ensure_self_signed(tmp_path, "0.0.0.0", ["192.168.1.20"])
    first = cert.read_bytes()
    assert {"127.0.0.1", "localhost", "192.168.1.20"} <= names(cert)
    ensure_self_signed(tmp_path, "0.0.0.0", ["192.168.1.20"])
    assert cert.read_bytes() == first  # same names: reused
    ensure_self_signed(tmp_path, "0.0.0.0")
    assert cert.read_bytes() == first  # a subset of its names: reused
    ensure_self_signed(tmp_path, "0.0.0.0", ["meet.example.org"])
    assert cert.read_bytes() != first  # a new public host: a new certificate
    assert "meet.example.org" in names(cert)


def test_plain_http_server(tmp_path: Path) -> None:
    from launcher.server import BuiltinServer, ServerConfig

    with BuiltinServer(ServerConfig(data_dir=tmp_path)) as server:
        assert server.origin.startswith("http://127.0.0.1:")
        assert server.ca_cert_path is None
        creds = AppCredentials(
            *create_application(tmp_path, "plain"),
            server.api_url,
            tmp_path / "unused.pem",
            tmp_path,
        )
        from tests.helpers.api import make_token

        response = httpx.post(
            f"{server.api_url}/rooms",
            json={"display_name": "plain"},
            headers={"Authorization": f"Bearer {make_token(creds)}"},
        )
        assert response.status_code == 201
        assert response.json()["_links"]["guest_url"]["href"].startswith(server.origin + "/")
    assert not (tmp_path / "tls").exists()


def test_paused_recordings_resume_stop_and_are_stopped_after_a_killed_server(
    tmp_path: Path,
) -> None:
    app_id, _key = create_application(tmp_path, "recordings")
    store = Store(tmp_path)
    try:
        ids = {
            status: store.add_recording(app_id, "session-1", status=status)["id"]
            for status in ("started", "paused", "stopped", "uploaded")
        }

        def status_of(key: str) -> str:
            row = store.find_recording(ids[key])
            assert row is not None
            return str(row["status"])

        def paused(key: str, pause: bool) -> str:
            row = store.pause_recording(ids[key], pause)
            assert row is not None
            return str(row["status"])

        # Only started <-> paused; other states are left as they are.
        assert paused("started", True) == "paused"
        assert paused("started", False) == "started"
        assert paused("stopped", True) == "stopped"
        assert paused("uploaded", False) == "uploaded"
        assert store.pause_recording("no-such-recording", True) is None

        # A restart after a kill ends both running ones, paused included.
        assert store.stop_open_recordings() == 2
        assert [status_of(key) for key in ids] == ["stopped", "stopped", "stopped", "uploaded"]
    finally:
        store.close()


def test_room_counts_follow_inserts_rollbacks_and_older_files(tmp_path: Path) -> None:
    app_id, _key = create_application(tmp_path, "counts")
    other_id, _key = create_application(tmp_path, "other")
    store = Store(tmp_path)
    try:
        for n in range(3):
            store.insert_room(app_id, {"display_name": f"r{n}", "type": "instant"})
        store.insert_room(other_id, {"display_name": "o", "type": "instant"})
        try:
            with store.transaction():
                store.insert_room(app_id, {"display_name": "undone", "type": "instant"})
                raise ValueError("rolled back")
        except ValueError:
            pass
        assert store.count_rooms(app_id) == 3
        assert store.list_rooms(app_id, page_size=1).total_items == 3
        assert store.count_rooms(other_id) == 1
        assert store.count_rooms("nobody") == 0
        with store.transaction():  # a file written before the counts were kept
            store._conn.execute("DROP TRIGGER room_counted")
            store._conn.execute("DROP TRIGGER room_uncounted")
            store._conn.execute("DROP TABLE room_counts")
            store._conn.execute("DROP TABLE schema_version")  # from before migrations too
            store._conn.execute(
                "INSERT INTO rooms (id, application_id, meeting_code, doc)"
                " SELECT 'old', application_id, '111111111', doc FROM rooms LIMIT 1"
            )
    finally:
        store.close()
    reopened = Store(tmp_path)
    try:
        assert reopened.count_rooms(app_id) == 4
        reopened.insert_room(app_id, {"display_name": "new", "type": "instant"})
        assert reopened.list_rooms(app_id, page_size=1).total_items == 5
        with reopened.transaction():
            reopened._conn.execute("DELETE FROM rooms WHERE id = 'old'")
        assert reopened.count_rooms(app_id) == 4
    finally:
        reopened.close()


def test_reads_see_returned_writes_and_do_not_wait_for_writes_in_flight(
    tmp_path: Path, request: pytest.FixtureRequest, storage_backend: str
) -> None:
    database = backend_database(request, storage_backend)
    app_id, _key = create_application(tmp_path, "reads", database)
    worker = StoreWorker(tmp_path, database)
    release = threading.Event()
    try:

        async def scenario() -> tuple[int, int, bool]:
            await worker.write(
                lambda s: s.insert_room(app_id, {"display_name": "first", "type": "instant"})
            )
            seen_after_write = await worker.read(lambda s: s.count_rooms(app_id))

            def slow_insert(store: Store) -> RoomRecord:
                record = store.insert_room(app_id, {"display_name": "slow", "type": "instant"})
                release.wait(10)  # the group is open: nothing of it is committed yet
                return record

            pending = asyncio.ensure_future(worker.write(slow_insert))
            await asyncio.sleep(0.2)
            seen_meanwhile = await asyncio.wait_for(worker.read(lambda s: s.count_rooms(app_id)), 5)
            still_pending = not pending.done()
            release.set()
            await pending
            return seen_after_write, seen_meanwhile, still_pending

        after_write, meanwhile, still_pending = asyncio.run(scenario())
        assert after_write == 1
        assert meanwhile == 1 and still_pending
        assert worker.call(lambda s: s.count_rooms(app_id)) == 2
    finally:
        release.set()
        worker.close()


def test_tls_connections_read_through_a_small_buffer(app_credentials: AppCredentials) -> None:
    """Idle TLS connections cost ~32 kB of read buffer, not asyncio's 256 KiB; bodies
    of many buffers still arrive whole."""
    from asyncio import sslproto

    from launcher.server.tls import TLS_READ_BUFFER

    assert sslproto.SSLProtocol.max_size == TLS_READ_BUFFER
    name = "n" * 700_000
    with raw_client(app_credentials) as client:
        response = client.post("/rooms", json={"display_name": name})
        assert response.status_code == 400
        assert "display_name" in response.text
        created = client.post("/rooms", json={"display_name": "after a big body"})
        assert created.status_code == 201


def _modes(root: Path) -> dict[str, int]:
    return {
        str(path.relative_to(root)): stat.S_IMODE(path.stat().st_mode)
        for path in [root, *root.rglob("*")]
    }


def test_data_dir_is_private_and_fixed_on_start(tmp_path: Path) -> None:
    data = tmp_path / "data"
    server = start_server(data)
    try:
        creds = register_app(server)
        with raw_client(creds) as client:
            assert client.post("rooms", json={"display_name": "Private"}).status_code == 201
        modes = _modes(data)
    finally:
        server.stop()
    assert {"meetings.sqlite3", "meetings.sqlite3-wal", "tls/key.pem"} <= set(modes)
    for name, mode in modes.items():
        wanted = 0o700 if (data / name).is_dir() else 0o600
        if name == "tls/cert.pem":
            continue  # public by nature (given to every launcher)
        assert mode == wanted, (name, oct(mode))

    # A data dir left world-readable (an older version, a careless copy): fixed at start.
    old_umask = os.umask(0o022)
    try:
        os.chmod(data, 0o755)
        (data / "recordings").mkdir(mode=0o755, exist_ok=True)
        (data / "recordings" / "old.webm").write_bytes(b"webm")
        for path in data.rglob("*"):
            os.chmod(path, 0o755 if path.is_dir() else 0o644)
    finally:
        os.umask(old_umask)
    again = start_server(data)
    try:
        modes = _modes(data)
    finally:
        again.stop()
    for name, mode in modes.items():
        wanted = 0o700 if (data / name).is_dir() else 0o600
        assert mode == wanted, (name, oct(mode))
