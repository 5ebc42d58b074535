"""PostgreSQL stopped under a running ``serve``: the API answers 503 with
``Retry-After`` at once, logged once, meeting pages get the "busy" page and a joining
page a ``server_unavailable`` refusal; started again, the same process works again."""

from __future__ import annotations

import asyncio
import json
import signal
import socket
import ssl
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import aiohttp
import httpx
import pytest

from launcher.server.app import DATABASE_DOWN
from launcher.server.store.postgres import RECONNECT_TIMEOUT, RETRY_INTERVAL
from tests.helpers.api import raw_client
from tests.helpers.postgres import PASSWORD, PostgresCluster
from tests.server.test_cli import Served
from tests.server.test_postgres import run

#: Generous bound for one refused request on a loaded machine (the point: no hang on
#: a connect or a query that never ends).
REFUSAL_WITHIN = 10.0


@pytest.fixture
def own_cluster() -> Iterator[PostgresCluster]:
    """A cluster of this test alone: it is stopped and started again mid-test."""
    cluster = PostgresCluster()
    try:
        yield cluster
    finally:
        cluster.stop()


def test_postgresql_outage_answers_503_then_the_same_server_recovers(
    tmp_path: Path, own_cluster: PostgresCluster
) -> None:
    database = own_cluster.new_database()
    assert database.url is not None
    password_file = tmp_path / "db-password"
    password_file.write_text(PASSWORD + "\n")
    password_file.chmod(0o600)
    db = ["--database", database.url, "--database-password-file", str(password_file)]
    key = tmp_path / "key.pem"
    created = run("app", "create", "--name", "desk", "--private-key-out", str(key), *db)
    assert created.returncode == 0, created.stderr
    app_id = created.stdout.strip()

    served = Served(tmp_path / "data", *db)
    try:
        with raw_client(served.credentials(app_id, key.read_bytes())) as client:
            room = client.post("rooms", json={"display_name": "before"})
            assert room.status_code == 201, room.text
            room_id = room.json()["id"]
            guest_url = room.json()["_links"]["guest_url"]["href"]
            code = room.json()["meeting_code"]
            assert client.get(f"rooms/{room_id}").status_code == 200
            tls = ssl.create_default_context(cafile=str(served.data_dir / "tls" / "cert.pem"))
            assert httpx.get(guest_url, verify=tls, timeout=10.0).status_code == 200

            own_cluster.stop_server()
            during: list[Callable[[], httpx.Response]] = [
                lambda: client.get(f"rooms/{room_id}"),  # a read
                lambda: client.get("rooms"),
                lambda: client.post("rooms", json={"display_name": "during"}),  # a write
                lambda: client.get(f"rooms/{room_id}"),  # again: no stale connection kept
            ]
            refusals = []
            for request in during:
                started = time.monotonic()
                answer = request()
                took = time.monotonic() - started
                refusals.append(took)
                assert answer.status_code == 503, answer.text
                assert took < REFUSAL_WITHIN, took
                assert 1 <= int(answer.headers["Retry-After"]) <= 30
                assert answer.json() == {
                    "message": DATABASE_DOWN,
                    "name": "ServiceUnavailableError",
                    "status": 503,
                }

            # A database that accepts but never answers (a hung host): the reconnect
            # gives up after its connect timeout instead of holding requests.
            with socket.create_server(("127.0.0.1", own_cluster.port)) as black_hole:
                time.sleep(RETRY_INTERVAL + 0.5)  # past the pause between two reconnects
                started = time.monotonic()
                hung = client.get(f"rooms/{room_id}", timeout=60.0)
                refusals.append(time.monotonic() - started)
                assert hung.status_code == 503, hung.text
                assert refusals[-1] < RECONNECT_TIMEOUT + 5.0, refusals  # libpq default: none
                black_hole.close()

            health = guest_url.rsplit("/", 1)[0] + "/healthz"
            for _ in range(3):  # a load balancer's probes: not ready, not one log line each
                assert httpx.get(health, verify=tls, timeout=REFUSAL_WITHIN).status_code == 503
            started = time.monotonic()
            page = httpx.get(guest_url, verify=tls, timeout=REFUSAL_WITHIN)
            assert time.monotonic() - started < REFUSAL_WITHIN
            assert page.status_code == 503
            assert page.headers["Retry-After"] == "5"
            assert '"view": "busy"' in page.text
            ws_url = guest_url.replace("https://", "wss://").rsplit("/", 1)[0] + "/meeting-ws"
            refusal = asyncio.run(asyncio.wait_for(_hello(ws_url, code, tls), REFUSAL_WITHIN))
            assert refusal == {"type": "error", "code": "server_unavailable"}

            own_cluster.start_server()
            restarted = time.monotonic()
            back = _first_success(lambda: client.get(f"rooms/{room_id}"), within=30.0)
            # For the record (pytest -s): how fast the refusals, how soon it works again.
            print(
                "503 answered in " + ", ".join(f"{took * 1000:.0f} ms" for took in refusals) + ";",
                f"working again {time.monotonic() - restarted:.2f} s after PostgreSQL started",
            )
            assert back.json()["display_name"] == "before"
            after = client.post("rooms", json={"display_name": "after"})
            assert after.status_code == 201, after.text
            names = {r["display_name"] for r in client.get("rooms").json()["_embedded"]}
            assert {"before", "after"} <= names
            assert "during" not in names
            assert httpx.get(guest_url, verify=tls, timeout=10.0).status_code == 200
            assert httpx.get(health, verify=tls, timeout=10.0).status_code == 200
            # Joining stores the session on its own connection: reopened too.
            joined = asyncio.run(asyncio.wait_for(_hello(ws_url, code, tls), 30.0))
            assert isinstance(joined, dict) and joined["type"] == "welcome", joined
        assert served.proc.poll() is None  # the same process all along
    finally:
        served.proc.send_signal(signal.SIGTERM)
        _, logs = served.proc.communicate(timeout=60)
    # Logged once for the outage and once for its end; no traceback per request.
    assert logs.count("answering 503 until it is back") == 1, logs
    assert logs.count("the database answers again") == 1, logs
    assert "Traceback" not in logs, logs
    assert "health check failed" not in logs, logs
    assert PASSWORD not in logs


def _first_success(request: Callable[[], httpx.Response], *, within: float) -> httpx.Response:
    """Retry ``request`` as a client honouring Retry-After would (faster)."""
    deadline = time.monotonic() + within
    while True:
        answer = request()
        if answer.status_code != 503 or time.monotonic() > deadline:
            assert answer.status_code == 200, answer.text
            return answer
        time.sleep(0.5)


async def _hello(ws_url: str, code: str, tls: ssl.SSLContext) -> object:
    """A page's first frame on the signalling socket; the server's first answer."""
    async with (
        aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=tls)) as http,
        http.ws_connect(ws_url) as ws,
    ):
        await ws.send_str(json.dumps({"type": "hello", "meeting_code": code, "name": "Ann"}))
        return json.loads(await ws.receive_str())
