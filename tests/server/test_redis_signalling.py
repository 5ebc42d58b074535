"""Signalling across two ``serve`` processes sharing PostgreSQL and Redis (--redis).

Real programs: Debian's ``redis-server`` and a throwaway PostgreSQL, two
``meeting-launcher serve`` processes on their own ports; pages are WebSocket clients
(aiohttp) speaking the meeting pages' protocol, some on one process, some on the other.
"""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import signal
import ssl
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import httpx
import pytest

from launcher.server import Database, relay
from tests.helpers.api import raw_client
from tests.helpers.browsers import chromium
from tests.helpers.caddy import CaddyProcess, ServeProcess, _stop
from tests.helpers.postgres import PASSWORD, PostgresCluster, free_port
from tests.helpers.redis_server import RedisServer
from tests.helpers.servers import AppCredentials
from tests.server.test_cli import Served
from tests.server.test_host_events import Watcher
from tests.server.test_postgres import one_line_failure, run
from tests.server.test_signalling import Page

#: Generous: two server processes and PostgreSQL share two busy cores.
TIMEOUT = 20.0
SHOTS = Path("/tmp/e2e-shots")


@dataclass
class Cluster:
    redis: RedisServer
    first: Served
    second: Served
    app_id: str
    key: bytes
    ssl: ssl.SSLContext

    def room(self, **fields: Any) -> dict[str, Any]:
        with raw_client(self.first.credentials(self.app_id, self.key)) as client:
            response = client.post("rooms", json={"display_name": "Across", **fields})
            assert response.status_code == 201, response.text
            room: dict[str, Any] = response.json()
            return room


@pytest.fixture(scope="module")
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def cluster(
    tmp_path_factory: pytest.TempPathFactory,
    postgres_cluster: PostgresCluster,
    redis_server: RedisServer,
) -> Iterator[Cluster]:
    with two_processes(
        tmp_path_factory.mktemp("two-processes"), postgres_cluster, redis_server
    ) as pair:
        yield pair


@contextmanager
def two_processes(
    root: Path,
    postgres_cluster: PostgresCluster,
    redis_server: RedisServer,
    extra: tuple[str, ...] = (),
    *,
    one_data_dir: bool = False,
) -> Iterator[Cluster]:
    """Two serve processes on a new database and one Redis. They share the server secret
    (host links made by one are good on the other), as processes behind one address do,
    and the self-signed certificate: the second's data directory starts as a copy of
    the first's (``one_data_dir``: both use the first's, as on one shared volume). Both
    must stop cleanly (unless killed) and log no error. ``extra``: more options for both."""
    database: Database = postgres_cluster.new_database()
    assert database.url is not None
    password_file = root / "db-password"
    password_file.write_text(PASSWORD + "\n")
    shared = [
        "--database",
        database.url,
        "--database-password-file",
        str(password_file),
        "--redis",
        redis_server.url,
    ]
    key_path = root / "key.pem"
    created = run("app", "create", "--name", "two", "--private-key-out", str(key_path), *shared[:4])
    assert created.returncode == 0, created.stderr
    first = Served(root / "first", *shared, *extra)
    second: Served | None = None
    try:
        if not one_data_dir:
            (root / "second").mkdir(mode=0o700)
            shutil.copy2(root / "first" / "server-secret.key", root / "second")
            shutil.copytree(root / "first" / "tls", root / "second" / "tls")
        second = Served(root / ("first" if one_data_dir else "second"), *shared, *extra)
        context = ssl.create_default_context(cafile=str(root / "first" / "tls" / "cert.pem"))
        yield Cluster(
            redis_server,
            first,
            second,
            created.stdout.strip(),
            key_path.read_bytes(),
            context,
        )
    finally:
        logs = ""
        for process in (first, second):
            if process is None:
                continue
            if process.proc.poll() is None:
                process.proc.send_signal(signal.SIGTERM)
                assert process.proc.wait(timeout=60) == 0
            assert process.proc.stderr is not None
            logs += process.proc.stderr.read()
            process.stop()
    # Both stopped cleanly and nothing went wrong in either meanwhile.
    assert "Traceback" not in logs and "ERROR" not in logs, logs


def terminate(served: Served) -> int:
    """SIGTERM, as a service manager stops a process; its exit code (its logs stay
    for the end of :func:`two_processes`)."""
    served.proc.send_signal(signal.SIGTERM)
    return served.proc.wait(timeout=60)


def origin(served: Served) -> str:
    return served.api_url.removesuffix("/v1/meetings")


def ws_url(served: Served) -> str:
    return origin(served) + "/meeting-ws"


def host_token(room: dict[str, Any]) -> str:
    return str(room["_links"]["host_url"]["href"].split("participant_token=")[1])


@asynccontextmanager
async def pages(cluster: Cluster) -> AsyncIterator[Any]:
    """``connect(served, room, name, host=False)``: a page's socket on that process,
    its hello sent."""
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=cluster.ssl)) as http:

        async def connect(
            served: Served, room: dict[str, Any], name: str, *, host: bool = False
        ) -> Page:
            ws = await http.ws_connect(ws_url(served))
            hello: dict[str, Any] = {
                "type": "hello",
                "meeting_code": room["meeting_code"],
                "name": name,
            }
            if host:
                hello["participant_token"] = host_token(room)
            await ws.send_str(json.dumps(hello))
            return Page(ws)

        yield connect


async def next_of(page: Page, kind: str) -> dict[str, Any]:
    return await asyncio.wait_for(page.next(kind), TIMEOUT)


def test_a_host_and_a_guest_on_two_processes_meet(cluster: Cluster) -> None:
    """Host on the first process (it runs the room), guest on the second: presence,
    WebRTC signals both ways, chat, media, the whiteboard, recording and host actions
    all cross between them; leaving is seen."""
    room = cluster.room()

    async def scenario() -> None:
        async with pages(cluster) as connect:
            host = await connect(cluster.first, room, "Ann", host=True)
            host_id = (await next_of(host, "welcome"))["id"]
            assert (await next_of(host, "joined"))["peers"] == []

            guest = await connect(cluster.second, room, "Ben")
            welcome = await next_of(guest, "welcome")
            guest_id = welcome["id"]
            assert welcome["is_host"] is False
            joined = await next_of(guest, "joined")
            assert [p["id"] for p in joined["peers"]] == [host_id]
            assert joined["peers"][0]["name"] == "Ann" and joined["peers"][0]["is_host"]
            peer = (await next_of(host, "peer-joined"))["peer"]
            assert peer["id"] == guest_id and peer["name"] == "Ben"

            # The newcomer offers; the answer and candidates come back.
            offer = {"description": {"type": "offer", "sdp": "v=0 from Ben"}}
            await guest.send(type="signal", to=host_id, data=offer)
            assert await next_of(host, "signal") == {
                "type": "signal",
                "from": guest_id,
                "data": offer,
            }
            answer = {"description": {"type": "answer", "sdp": "v=0 from Ann"}}
            await host.send(type="signal", to=guest_id, data=answer)
            assert (await next_of(guest, "signal"))["data"] == answer

            await guest.send(type="chat", text="hello from the second process")
            for page in (host, guest):
                chat = await next_of(page, "chat")
                assert chat["from"] == guest_id and chat["name"] == "Ben"
                assert chat["text"] == "hello from the second process"

            await guest.send(type="media", audio=True, video=True, screen=False, hand=True)
            media = await next_of(host, "peer-media")
            assert media["id"] == guest_id and media["hand"] is True

            stroke = {"color": "#1971c2", "width": 4, "points": [[0.1, 0.1]]}
            await guest.send(type="board", action="begin", id="s1", stroke=stroke)
            begun = await next_of(host, "board")
            assert begun["action"] == "begin" and begun["from"] == guest_id
            assert (await next_of(guest, "board"))["action"] == "accepted"

            await host.send(type="record", action="start")
            for page in (host, guest):
                recording = await next_of(page, "recording")
                assert recording["active"] is True and recording["by"] == host_id

            await host.send(type="moderate", action="mute", id=guest_id)
            assert await next_of(guest, "moderated") == {
                "type": "moderated",
                "action": "mute",
                "by_name": "Ann",
            }

            await guest.send(type="leave")
            await guest.ws.close()
            assert (await next_of(host, "peer-left"))["id"] == guest_id
            await host.ws.close()

    asyncio.run(scenario())


def test_the_room_runs_where_its_first_page_landed(cluster: Cluster) -> None:
    """A guest first on the second process (that process runs the room), then the host
    on the first: the guest sees the host arrive; a late guest on the first process
    gets the whiteboard drawn so far; the last page out gives the room up in Redis."""
    room = cluster.room()
    key = f"meeting-launcher:room:{room['meeting_code']}"

    async def scenario() -> None:
        async with pages(cluster) as connect:
            guest = await connect(cluster.second, room, "Ben")
            guest_id = (await next_of(guest, "welcome"))["id"]
            await next_of(guest, "joined")
            assert cluster.redis.command("EXISTS", key).strip() == b":1"

            host = await connect(cluster.first, room, "Ann", host=True)
            host_id = (await next_of(host, "welcome"))["id"]
            assert [p["id"] for p in (await next_of(host, "joined"))["peers"]] == [guest_id]
            assert (await next_of(guest, "peer-joined"))["peer"]["id"] == host_id

            stroke = {"color": "#e03131", "width": 2, "points": [[0.5, 0.5]]}
            await host.send(type="board", action="begin", id="h1", stroke=stroke)
            assert (await next_of(guest, "board"))["from"] == host_id
            await host.send(type="board", action="end", id="h1")
            await next_of(guest, "board")

            late = await connect(cluster.first, room, "Cy")
            late_joined = await next_of(late, "joined")
            assert {p["id"] for p in late_joined["peers"]} == {guest_id, host_id}
            assert late_joined["board"][0]["points"] == [[0.5, 0.5]]

            for page in (late, host, guest):
                await page.send(type="leave")
                await page.ws.close()

        for _ in range(int(TIMEOUT * 10)):
            if cluster.redis.command("EXISTS", key).strip() == b":0":
                break
            await asyncio.sleep(0.1)
        assert cluster.redis.command("EXISTS", key).strip() == b":0"

    asyncio.run(scenario())


def test_the_waiting_room_across_processes(cluster: Cluster) -> None:
    """Host on the first process, guests knocking on the second: the host is told of
    each knock, admits one (who joins and meets the host), denies the other (whose
    socket closes)."""
    room = cluster.room(join_approval_level="explicit_approval")

    async def scenario() -> None:
        async with pages(cluster) as connect:
            host = await connect(cluster.first, room, "Ann", host=True)
            host_id = (await next_of(host, "welcome"))["id"]
            await next_of(host, "joined")

            guest = await connect(cluster.second, room, "Ben")
            guest_id = (await next_of(guest, "welcome"))["id"]
            assert await next_of(guest, "waiting") == {"type": "waiting", "reason": "approval"}
            knock = await next_of(host, "knock")
            assert knock["peer"]["id"] == guest_id and knock["peer"]["name"] == "Ben"

            other = await connect(cluster.second, room, "Dee")
            other_id = (await next_of(other, "welcome"))["id"]
            await next_of(other, "waiting")
            assert (await next_of(host, "knock"))["peer"]["id"] == other_id

            await host.send(type="admit", id=guest_id)
            assert (await next_of(host, "knock-cancelled"))["id"] == guest_id
            joined = await next_of(guest, "joined")
            assert [p["id"] for p in joined["peers"]] == [host_id]
            assert (await next_of(host, "peer-joined"))["peer"]["id"] == guest_id

            await host.send(type="deny", id=other_id)
            assert (await next_of(host, "knock-cancelled"))["id"] == other_id
            assert await next_of(other, "denied") == {"type": "denied"}
            await asyncio.wait_for(other.closed_by_server(), TIMEOUT)

            await host.send(type="moderate", action="end")
            assert (await next_of(guest, "ended"))["by_name"] == "Ann"
            await asyncio.wait_for(guest.closed_by_server(), TIMEOUT)
            await host.ws.close()

    asyncio.run(scenario())


def test_the_host_apps_hear_every_knock_and_admit_through_any_process(cluster: Cluster) -> None:
    """The host apps' event stream (launcher.api.events) on each process lists a guest
    knocking at a room the first process runs, from a page on the second; the app
    connected to the second process admits them: their page joins, both lists empty."""
    room = cluster.room(join_approval_level="explicit_approval")
    watchers = [
        Watcher(served.credentials(cluster.app_id, cluster.key))
        for served in (cluster.first, cluster.second)
    ]

    def knocks(watcher: Watcher) -> list[str]:
        visitors, _knocked = watcher.next_change()
        return [v.name for v in visitors if v.room_id == room["id"]]

    try:
        for watcher in watchers:
            assert knocks(watcher) == []  # the snapshot

        async def scenario() -> None:
            async with pages(cluster) as connect:
                host = await connect(cluster.first, room, "Ann", host=True)
                host_id = (await next_of(host, "welcome"))["id"]
                await next_of(host, "joined")
                guest = await connect(cluster.second, room, "Ben")
                guest_id = (await next_of(guest, "welcome"))["id"]
                await next_of(guest, "waiting")
                for watcher in watchers:
                    assert await asyncio.to_thread(knocks, watcher) == ["Ben"]

                await asyncio.to_thread(watchers[1].client.admit_waiting, room["id"], guest_id)
                joined = await next_of(guest, "joined")
                assert [p["id"] for p in joined["peers"]] == [host_id]
                assert (await next_of(host, "peer-joined"))["peer"]["id"] == guest_id
                for watcher in watchers:
                    assert await asyncio.to_thread(knocks, watcher) == []
                for page in (guest, host):
                    await page.send(type="leave")
                    await page.ws.close()

        asyncio.run(scenario())
    finally:
        for watcher in watchers:
            watcher.stop()


def test_pages_relayed_to_a_killed_process_come_back_and_meet_on_the_other(
    tmp_path: Path, postgres_cluster: PostgresCluster, redis_server: RedisServer
) -> None:
    """The process running a room is killed (SIGKILL): once its lease has run out, the
    other process sends the pages it relayed there away and forgets who waited at that
    room's door; the pages say hello again (as they do after a drop), the host through
    the other process too, and they meet there, through its waiting room."""
    with two_processes(tmp_path, postgres_cluster, redis_server) as pair:
        room = pair.room(join_approval_level="explicit_approval")

        async def closed(page: Page) -> None:
            """The server closes ``page``'s socket (what it was sent before, skipped)."""

            async def closing() -> None:
                while (await page.ws.receive()).type == aiohttp.WSMsgType.TEXT:
                    pass

            await asyncio.wait_for(closing(), relay.LEASE + relay.RENEW_EVERY + TIMEOUT)

        def waits(participant_id: str) -> bool:
            found = redis_server.command("HEXISTS", relay.WAITING_KEY, participant_id)
            return found.strip() == b":1"

        async def scenario() -> None:
            async with pages(pair) as connect:
                host = await connect(pair.first, room, "Ann", host=True)
                await next_of(host, "joined")
                guest = await connect(pair.second, room, "Ben")
                guest_id = (await next_of(guest, "welcome"))["id"]
                await next_of(host, "knock")
                await host.send(type="admit", id=guest_id)
                await next_of(guest, "joined")
                door = await connect(pair.second, room, "Dee")
                door_id = (await next_of(door, "welcome"))["id"]
                await next_of(host, "knock")
                assert waits(door_id)

                pair.first.proc.kill()
                pair.first.proc.wait(timeout=30)
                await closed(guest)
                await closed(door)
                for _ in range(int(TIMEOUT * 10)):
                    if not waits(door_id):
                        break
                    await asyncio.sleep(0.1)
                assert not waits(door_id)

                guest = await connect(pair.second, room, "Ben")
                guest_id = (await next_of(guest, "welcome"))["id"]
                assert (await next_of(guest, "waiting"))["reason"] == "host_absent"
                host = await connect(pair.second, room, "Ann", host=True)
                await next_of(host, "joined")
                assert (await next_of(host, "knock"))["peer"]["id"] == guest_id
                await host.send(type="admit", id=guest_id)
                joined = await next_of(guest, "joined")
                assert [p["name"] for p in joined["peers"]] == ["Ann"]
                await guest.send(type="chat", text="still here")
                assert (await next_of(host, "chat"))["text"] == "still here"
                for page in (guest, host):
                    await page.send(type="leave")
                    await page.ws.close()

        asyncio.run(scenario())


def test_a_process_stopping_hands_its_pages_on(
    tmp_path: Path, postgres_cluster: PostgresCluster, redis_server: RedisServer
) -> None:
    """A clean stop (SIGTERM) of the process running a room sends the pages it relayed
    away at once and gives the room up: they come back through the other process and
    meet there. A clean stop of a process relaying a page tells the room it left."""
    with two_processes(tmp_path, postgres_cluster, redis_server) as pair:
        room = pair.room()
        key = f"meeting-launcher:room:{room['meeting_code']}"

        async def scenario() -> None:
            async with pages(pair) as connect:
                host = await connect(pair.first, room, "Ann", host=True)
                await next_of(host, "joined")
                guest = await connect(pair.second, room, "Ben")
                await next_of(guest, "joined")
                await next_of(host, "peer-joined")

                assert await asyncio.to_thread(terminate, pair.first) == 0

                # Sent away well before a lease could have run out.
                async def closing() -> None:
                    while (await guest.ws.receive()).type == aiohttp.WSMsgType.TEXT:
                        pass

                await asyncio.wait_for(closing(), relay.LEASE / 2)
                assert redis_server.command("EXISTS", key).strip() == b":0"

                guest = await connect(pair.second, room, "Ben")
                guest_id = (await next_of(guest, "welcome"))["id"]
                await next_of(guest, "joined")
                host = await connect(pair.second, room, "Ann", host=True)
                joined = await next_of(host, "joined")
                assert [p["id"] for p in joined["peers"]] == [guest_id]
                for page in (guest, host):
                    await page.send(type="leave")
                    await page.ws.close()

        asyncio.run(scenario())


def test_a_relaying_process_stopping_tells_the_room(
    tmp_path: Path, postgres_cluster: PostgresCluster, redis_server: RedisServer
) -> None:
    """Pages relayed by a process that stops cleanly leave the room they were in."""
    with two_processes(tmp_path, postgres_cluster, redis_server) as pair:
        room = pair.room()

        async def scenario() -> None:
            async with pages(pair) as connect:
                host = await connect(pair.first, room, "Ann", host=True)
                await next_of(host, "joined")
                guest = await connect(pair.second, room, "Ben")
                guest_id = (await next_of(guest, "welcome"))["id"]
                await next_of(guest, "joined")
                await next_of(host, "peer-joined")
                assert await asyncio.to_thread(terminate, pair.second) == 0
                assert (await next_of(host, "peer-left"))["id"] == guest_id
                await host.send(type="leave")
                await host.ws.close()

        asyncio.run(scenario())


def test_two_processes_behind_caddy_meet_through_one_address(
    tmp_path: Path, postgres_cluster: PostgresCluster, redis_server: RedisServer
) -> None:
    """packaging/server/Caddyfile in front of two serve processes (--behind-proxy, one
    database, one Redis): the API and both pages' sockets go through Caddy's one
    address, the two sockets to one process each (round robin), and the pages meet."""
    database = postgres_cluster.new_database()
    assert database.url is not None
    password_file = tmp_path / "db-password"
    password_file.write_text(PASSWORD + "\n")
    shared = [
        *("--database", database.url, "--database-password-file", str(password_file)),
        *("--redis", redis_server.url, "--behind-proxy"),
    ]
    key_path = tmp_path / "key.pem"
    created = run("app", "create", "--name", "lb", "--private-key-out", str(key_path), *shared[:4])
    assert created.returncode == 0, created.stderr
    caddy_port = free_port()
    public = f"https://127.0.0.1:{caddy_port}"
    first = ServeProcess(tmp_path / "first", public, *shared)
    (tmp_path / "second").mkdir(mode=0o700)
    shutil.copy2(tmp_path / "first" / "server-secret.key", tmp_path / "second")
    second = ServeProcess(tmp_path / "second", public, *shared)
    caddy = CaddyProcess(tmp_path / "caddy", f"{first.upstream} {second.upstream}", port=caddy_port)
    try:
        credentials = AppCredentials(
            created.stdout.strip(),
            key_path.read_bytes(),
            public + "/v1/meetings",
            caddy.root_ca,
            tmp_path / "first",
        )
        with raw_client(credentials) as client:
            response = client.post("rooms", json={"display_name": "Behind Caddy"})
            assert response.status_code == 201, response.text
            room = response.json()
        assert room["_links"]["guest_url"]["href"].startswith(public + "/")
        context = ssl.create_default_context(cafile=str(caddy.root_ca))

        async def scenario() -> None:
            async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=context)) as http:

                async def connect(name: str, *, host: bool = False) -> Page:
                    ws = await http.ws_connect(public + "/meeting-ws")
                    hello: dict[str, Any] = {
                        "type": "hello",
                        "meeting_code": room["meeting_code"],
                        "name": name,
                    }
                    if host:
                        hello["participant_token"] = host_token(room)
                    await ws.send_str(json.dumps(hello))
                    return Page(ws)

                host = await connect("Ann", host=True)
                host_id = (await next_of(host, "welcome"))["id"]
                await next_of(host, "joined")
                guest = await connect("Ben")
                guest_id = (await next_of(guest, "welcome"))["id"]
                assert [p["id"] for p in (await next_of(guest, "joined"))["peers"]] == [host_id]
                assert (await next_of(host, "peer-joined"))["peer"]["id"] == guest_id
                await guest.send(type="signal", to=host_id, data={"sdp": "offer"})
                assert (await next_of(host, "signal"))["data"] == {"sdp": "offer"}
                await host.send(type="chat", text="through one address")
                assert (await next_of(guest, "chat"))["text"] == "through one address"
                for page in (guest, host):
                    await page.send(type="leave")
                    await page.ws.close()

        published = publishes(redis_server)
        asyncio.run(scenario())
        # The two sockets were on different processes: the guest's frames and what the
        # room sent it went through Redis (on one process, nothing is published).
        assert publishes(redis_server) - published >= 6
    finally:
        caddy.stop()
        outputs = []
        for process in (first, second):
            assert _stop(process.proc) == 0
            assert process.proc.stdout is not None
            outputs.append(process.proc.stdout.read())
            process.stop()
    assert all("Traceback" not in out and "ERROR" not in out for out in outputs), outputs


def handoff_keys(redis_server: RedisServer) -> list[str]:
    """The pending handoff codes' keys in Redis."""
    reply = redis_server.command("KEYS", "meeting-launcher:handoff:*").decode()
    return [line for line in reply.split("\r\n") if line.startswith("meeting-launcher:")]


def test_a_handoff_code_made_by_one_process_is_redeemed_once_through_any(
    cluster: Cluster,
) -> None:
    """The app's "Open in browser" asks one process for a one-time link; the browser's
    GET may reach the other (Caddy's round robin): it is redirected to the host link
    there, once; a second use through either process is refused. The code lives in
    Redis under a hash of itself with the usual minute's TTL, and Redis' expiry ends it."""
    room = cluster.room()
    host_url = room["_links"]["host_url"]["href"]
    first, second = origin(cluster.first), origin(cluster.second)
    assert host_url.startswith(first + "/")
    before = set(handoff_keys(cluster.redis))
    with httpx.Client(verify=cluster.ssl, timeout=TIMEOUT) as http:
        made = http.post(f"{first}/meeting-handoff", json={"url": host_url})
        assert made.status_code == 201, made.text
        path = made.json()["url"].removeprefix(first)
        code = path.rsplit("/", 1)[1]
        keys = set(handoff_keys(cluster.redis)) - before
        assert len(keys) == 1
        key = keys.pop()
        assert code not in key
        ttl = int(cluster.redis.command("PTTL", key).decode().strip().lstrip(":"))
        assert 0 < ttl <= 60_000

        redirected = http.get(second + path)
        assert redirected.status_code == 303
        assert redirected.headers["Location"] == host_url.removeprefix(first)
        assert redirected.headers["Referrer-Policy"] == "no-referrer"
        assert http.get(origin(cluster.second) + redirected.headers["Location"]).status_code == 200
        assert set(handoff_keys(cluster.redis)) == before  # gone from Redis
        assert http.get(second + path).status_code == 404
        assert http.get(first + path).status_code == 404

        # Redis' TTL ends a code nobody used: made to run out now, it is refused.
        made = http.post(f"{first}/meeting-handoff", json={"url": host_url})
        assert made.status_code == 201
        stale = made.json()["url"].removeprefix(first)
        (key,) = set(handoff_keys(cluster.redis)) - before
        assert cluster.redis.command("PEXPIRE", key, "1").startswith(b":1")
        time.sleep(0.2)
        assert http.get(second + stale).status_code == 404

    async def race() -> list[int]:
        """One code, many browsers on both processes at once: exactly one is let in."""
        async with httpx.AsyncClient(verify=cluster.ssl, timeout=TIMEOUT) as client:
            made = await client.post(
                f"{second}/meeting-handoff", json={"url": host_url.replace(first, second)}
            )
            assert made.status_code == 201, made.text
            path = made.json()["url"].removeprefix(second)
            answers = await asyncio.gather(
                *(client.get((first, second)[n % 2] + path) for n in range(8))
            )
            return sorted(answer.status_code for answer in answers)

    assert asyncio.run(race()) == [303] + [404] * 7


def publishes(redis_server: RedisServer) -> int:
    """PUBLISH commands the Redis has run so far."""
    stats = redis_server.command("INFO", "commandstats").decode()
    found = re.search(r"cmdstat_publish:calls=(\d+)", stats)
    return int(found.group(1)) if found else 0


def test_while_redis_is_down_pages_are_turned_away_and_it_recovers_after(
    tmp_path: Path, postgres_cluster: PostgresCluster
) -> None:
    """Redis stops: a page saying hello is told the server is briefly unavailable (no
    process may run a room without knowing who else does). Redis comes back on its address:
    without a restart, pages on the two processes meet again."""
    outage = RedisServer()
    try:
        with two_processes(tmp_path, postgres_cluster, outage) as pair:
            room = pair.room()

            async def meet() -> None:
                async with pages(pair) as connect:
                    host = await connect(pair.first, room, "Ann", host=True)
                    await next_of(host, "joined")
                    guest = await connect(pair.second, room, "Ben")
                    await next_of(guest, "joined")
                    await next_of(host, "peer-joined")
                    await guest.send(type="chat", text="across")
                    assert (await next_of(host, "chat"))["text"] == "across"
                    for page in (guest, host):
                        await page.send(type="leave")
                        await page.ws.close()

            async def turned_away() -> None:
                async with pages(pair) as connect:
                    page = await connect(pair.second, room, "Ben")
                    assert await next_of(page, "error") == {
                        "type": "error",
                        "code": "server_unavailable",
                    }
                    await asyncio.wait_for(page.closed_by_server(), TIMEOUT)

            asyncio.run(meet())
            port = outage.port
            outage.stop()
            asyncio.run(turned_away())
            host_url = room["_links"]["host_url"]["href"]
            first, second = origin(pair.first), origin(pair.second)
            with httpx.Client(verify=pair.ssl, timeout=TIMEOUT) as http:
                # One-time links cannot be kept meanwhile: a clear 503, never a 500.
                made = http.post(f"{first}/meeting-handoff", json={"url": host_url})
                assert made.status_code == 503
                assert "one-time links" in made.json()["message"]
                assert http.get(f"{second}/meeting-handoff/made-up").status_code == 404
            outage = RedisServer(port=port)

            async def meet_again() -> None:
                deadline = time.monotonic() + 60
                while True:  # the processes reconnect by themselves
                    try:
                        await meet()
                        return
                    except (AssertionError, TimeoutError):
                        if time.monotonic() > deadline:
                            raise
                        await asyncio.sleep(1)

            asyncio.run(meet_again())
            with httpx.Client(verify=pair.ssl, timeout=TIMEOUT) as http:
                made = http.post(f"{first}/meeting-handoff", json={"url": host_url})
                assert made.status_code == 201, made.text
                path = made.json()["url"].removeprefix(first)
                assert http.get(second + path).status_code == 303
    finally:
        outage.stop()


def test_browsers_on_two_processes_see_and_hear_each_other(cluster: Cluster) -> None:
    """Real Chromium pages: the host on the first process, the guest on the second.
    The guest knocks, the host admits them from the page, and each one's video and
    audio reach the other (WebRTC set up through the relayed signals); chat crosses."""
    room = cluster.room(join_approval_level="explicit_approval")
    host_url = room["_links"]["host_url"]["href"]
    guest_url = room["_links"]["guest_url"]["href"]
    assert guest_url.startswith(origin(cluster.first) + "/")
    guest_url = origin(cluster.second) + guest_url.removeprefix(origin(cluster.first))
    with chromium(trusted_ca=cluster.first.data_dir / "tls" / "cert.pem") as browser:
        host, guest = browser.guest("Ann"), browser.guest("Ben")
        try:
            host.open(host_url)
            host.join()
            host.wait_admitted()
            guest.open(guest_url)
            guest.join()
            guest.wait_waiting_room()
            host.admit("Ben")
            guest.wait_admitted()
            assert guest.evaluate("location.origin") == origin(cluster.second)
            assert host.evaluate("location.origin") == origin(cluster.first)
            for viewer, other in ((guest, host), (host, guest)):
                stats = viewer.wait_receiving(other.name, timeout=60)
                assert stats["connectionState"] == "connected", stats
            guest.send_chat("Hello from the second process")
            host.wait_chat("Ben", "Hello from the second process")
            guest.screenshot(SHOTS / "two-processes-guest.png")
            guest.leave()
            host.wait_for("meetingStatus().peers.length === 0")
            host.leave()
        finally:
            guest.close()
            host.close()


def test_a_redis_with_a_password_is_logged_into_from_the_password_file(
    tmp_path: Path, postgres_cluster: PostgresCluster
) -> None:
    """--redis-password-file logs in (serve starts and answers); without it Redis
    refuses and serve says so in one line; the password shows nowhere."""
    password = "redis-secret-for-this-test"
    guarded = RedisServer(password=password)
    try:
        database = postgres_cluster.new_database()
        assert database.url is not None
        db_password = tmp_path / "db-password"
        db_password.write_text(PASSWORD + "\n")
        redis_password = tmp_path / "redis-password"
        redis_password.write_text(password + "\n")
        common = [
            "--database",
            database.url,
            "--database-password-file",
            str(db_password),
            "--redis",
            guarded.url,
        ]
        refused = one_line_failure(
            "serve", "--port", "0", "--data-dir", str(tmp_path / "a"), *common
        )
        assert refused.startswith(f"meeting-launcher: cannot reach Redis at {guarded.url}:")
        served = Served(tmp_path / "b", *common, "--redis-password-file", str(redis_password))
        try:
            certificate = tmp_path / "b" / "tls" / "cert.pem"
            health = httpx.get(
                origin(served) + "/healthz",
                verify=ssl.create_default_context(cafile=str(certificate)),
            )
            assert health.status_code == 200
            # The relay logged in: it listens on the door channel of this Redis.
            assert relay.DOOR_CHANNEL.encode() in guarded.command("PUBSUB", "CHANNELS")
        finally:
            served.proc.send_signal(signal.SIGTERM)
            assert served.proc.wait(timeout=60) == 0
            assert served.proc.stderr is not None
            logs = served.proc.stderr.read()
            served.stop()
        assert password not in logs and password not in refused
    finally:
        guarded.stop()


def test_an_unreachable_or_wrong_redis_stops_serve_with_one_line(tmp_path: Path) -> None:
    data = ["--port", "0", "--data-dir", str(tmp_path / "data")]
    database = ["--database", f"postgresql://postgres@127.0.0.1:{free_port()}/x"]
    assert "redis://HOST:PORT" in one_line_failure(
        "serve", *data, *database, "--redis", "http://127.0.0.1:6379"
    )
    in_url = one_line_failure(
        "serve", *data, *database, "--redis", "redis://:hunter2@127.0.0.1:6379"
    )
    assert "no password in the URL" in in_url and "hunter2" not in in_url
    assert "needs database" in one_line_failure("serve", *data, "--redis", "redis://127.0.0.1:6379")


def test_serve_stops_with_one_line_when_redis_does_not_answer(
    tmp_path: Path, postgres_cluster: PostgresCluster
) -> None:
    database = postgres_cluster.new_database()
    assert database.url is not None
    password_file = tmp_path / "db-password"
    password_file.write_text(PASSWORD + "\n")
    nowhere = f"redis://127.0.0.1:{free_port()}"
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
        "--redis",
        nowhere,
    )
    assert line.startswith(f"meeting-launcher: cannot reach Redis at {nowhere}:"), line


def test_serve_check_names_the_redis(
    tmp_path: Path, postgres_cluster: PostgresCluster, redis_server: RedisServer
) -> None:
    database = postgres_cluster.new_database()
    assert database.url is not None
    password_file = tmp_path / "db-password"
    password_file.write_text(PASSWORD + "\n")
    redis_password = tmp_path / "redis-password"
    redis_password.write_text("not-needed-here\n")
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
        "--redis",
        redis_server.url,
    )
    assert checked.returncode == 0, checked.stderr
    assert (
        f"signalling:      across processes through Redis at {redis_server.url} (it answers)"
        in checked.stdout.splitlines()
    )
    nowhere = f"redis://127.0.0.1:{free_port()}"
    line = one_line_failure(
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
        "--redis",
        nowhere,
    )
    assert line.startswith(f"meeting-launcher: cannot reach Redis at {nowhere}:"), line
    assert not (tmp_path / "data").exists()  # --check writes nothing
    assert "needs redis" in one_line_failure(
        "serve",
        "--check",
        "--port",
        "0",
        "--data-dir",
        str(tmp_path / "data"),
        "--redis-password-file",
        str(redis_password),
    )
