"""Losing the process that runs a meeting loses nothing (``serve --redis``).

Real programs: Debian's ``redis-server``, a throwaway PostgreSQL, two ``meeting-launcher
serve`` processes behind ``packaging/server/Caddyfile``; pages are WebSocket clients
speaking the meeting pages' protocol through Caddy's one address. The process running
the meeting is killed (SIGKILL): the pages reconnect through Caddy to the other one and
rejoin with their rejoin keys; the database holds one session, the webhook outbox each
event once.
"""

from __future__ import annotations

import asyncio
import json
import signal
import ssl
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import psycopg
import pytest
import redis

from launcher.server import Database, failover, relay
from launcher.server.recordings import EBML_MAGIC
from launcher.server.signalling import REJOIN_WINDOW
from tests.helpers.api import raw_client
from tests.helpers.browsers import chromium
from tests.helpers.caddy import CaddyProcess, ServeProcess, _stop
from tests.helpers.postgres import PASSWORD, PostgresCluster, free_port
from tests.helpers.redis_server import RedisServer
from tests.helpers.servers import AppCredentials
from tests.server.test_postgres import run
from tests.server.test_signalling import Page

#: Generous: two server processes, Caddy and PostgreSQL share two busy cores.
TIMEOUT = 30.0
SHOTS = Path("/tmp/e2e-shots")


@dataclass
class Behind:
    """Two serve processes behind Caddy, on one database and one Redis."""

    database: Database
    redis: redis.Redis
    first: ServeProcess
    second: ServeProcess
    caddy: CaddyProcess
    credentials: AppCredentials
    ssl: ssl.SSLContext
    #: What every process is started with; every process started, for the end.
    shared: list[str]
    processes: list[ServeProcess]

    @property
    def public(self) -> str:
        return self.caddy.origin

    def restart(self, killed: ServeProcess) -> ServeProcess:
        """A service manager starting a killed process again (same data directory,
        another port: Caddy does not send it anything, the database and Redis see it)."""
        again = ServeProcess(killed.data_dir, self.public, *self.shared)
        self.processes.append(again)
        return again

    def room(self, **fields: Any) -> dict[str, Any]:
        with raw_client(self.credentials) as client:
            response = client.post("rooms", json={"display_name": "Failover", **fields})
            assert response.status_code == 201, response.text
            room: dict[str, Any] = response.json()
            return room

    def owner(self, room: dict[str, Any]) -> ServeProcess:
        """The process running ``room`` now: its id in the room's lease, its pid in the
        name its Redis connections carry."""
        process = self.redis.get(f"{relay.PREFIX}room:{room['meeting_code']}")
        assert isinstance(process, bytes)
        for client in self.redis.client_list():
            name = client.get("name", "")
            if name.startswith(f"{relay.PREFIX}{process.decode()}:"):
                pid = int(name.rsplit(":", 1)[1])
                return next(p for p in (self.first, self.second) if p.proc.pid == pid)
        raise AssertionError("no Redis connection of the room's process")

    def query(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        assert self.database.url is not None
        with psycopg.connect(self.database.url, password=PASSWORD, autocommit=True) as conn:
            return list(conn.execute(sql.replace("?", "%s"), args).fetchall())


@pytest.fixture
def behind(tmp_path: Path, postgres_cluster: PostgresCluster) -> Iterator[Behind]:
    database = postgres_cluster.new_database()
    assert database.url is not None
    store = RedisServer()
    password_file = tmp_path / "db-password"
    password_file.write_text(PASSWORD + "\n")
    shared = [
        *("--database", database.url, "--database-password-file", str(password_file)),
        *("--redis", store.url, "--behind-proxy"),
    ]
    key_path = tmp_path / "key.pem"
    created = run("app", "create", "--name", "lb", "--private-key-out", str(key_path), *shared[:4])
    assert created.returncode == 0, created.stderr
    caddy_port = free_port()
    public = f"https://127.0.0.1:{caddy_port}"
    processes: list[ServeProcess] = []
    caddy: CaddyProcess | None = None
    client = redis.Redis.from_url(store.url)
    try:
        # One data directory for both, as compose.cluster.yaml's one volume: the same
        # server-secret.key, and recordings any process can finish.
        processes.append(ServeProcess(tmp_path / "data", public, *shared))
        processes.append(ServeProcess(tmp_path / "data", public, *shared))
        upstreams = " ".join(p.upstream for p in processes)
        caddy = CaddyProcess(tmp_path / "caddy", upstreams, port=caddy_port)
        credentials = AppCredentials(
            created.stdout.strip(),
            key_path.read_bytes(),
            public + "/v1/meetings",
            caddy.root_ca,
            tmp_path / "data",
        )
        context = ssl.create_default_context(cafile=str(caddy.root_ca))
        first, second = processes
        yield Behind(
            database, client, first, second, caddy, credentials, context, shared, processes
        )
    finally:
        if caddy is not None:
            caddy.stop()
        outputs = []
        for process in processes:
            killed = process.proc.poll() == -signal.SIGKILL
            code = _stop(process.proc)
            assert killed or code == 0, code
            assert process.proc.stdout is not None
            outputs.append(process.proc.stdout.read())
            process.stop()
        client.close()
        store.stop()
    # Nothing went wrong in either process meanwhile (a warning is fine).
    assert all("Traceback" not in out and "ERROR" not in out for out in outputs), outputs


def host_token(room: dict[str, Any]) -> str:
    return str(room["_links"]["host_url"]["href"].split("participant_token=")[1])


async def next_of(page: Page, kind: str) -> dict[str, Any]:
    return await asyncio.wait_for(page.next(kind), TIMEOUT)


class Pages:
    """Pages' sockets through Caddy's one address."""

    def __init__(self, http: aiohttp.ClientSession, cluster: Behind, room: dict[str, Any]):
        self.http = http
        self.cluster = cluster
        self.room = room

    async def connect(self, name: str, *, host: bool = False, rejoin: str | None = None) -> Page:
        ws = await self.http.ws_connect(self.cluster.public + "/meeting-ws")
        hello: dict[str, Any] = {
            "type": "hello",
            "meeting_code": self.room["meeting_code"],
            "name": name,
        }
        if host:
            hello["participant_token"] = host_token(self.room)
        if rejoin is not None:
            hello["rejoin"] = rejoin
        await ws.send_str(json.dumps(hello))
        return Page(ws)

    async def come_back(
        self, name: str, rejoin: str, *, host: bool = False
    ) -> tuple[Page, list[dict[str, Any]]]:
        """As a page whose socket dropped does: hello again with the rejoin key, again
        and again while the socket closes before an answer (the room's dead process
        still holds it). The page and what it got up to ``joined``."""
        deadline = time.monotonic() + relay.LEASE + relay.RENEW_EVERY + 2 * TIMEOUT
        while True:
            try:
                page = await self.connect(name, host=host, rejoin=rejoin)
                got = []
                while True:
                    msg = await page.ws.receive(timeout=relay.LEASE + TIMEOUT)
                    if msg.type != aiohttp.WSMsgType.TEXT:
                        break
                    got.append(json.loads(msg.data))
                    if got[-1]["type"] in ("joined", "waiting", "error"):
                        return page, got
            except (aiohttp.ClientError, TimeoutError):
                pass
            assert time.monotonic() < deadline, f"{name} never came back"
            await asyncio.sleep(0.5)


async def closed(page: Page) -> None:
    """The server closes ``page``'s socket (what it was sent before, skipped)."""

    async def closing() -> None:
        while (await page.ws.receive()).type == aiohttp.WSMsgType.TEXT:
            pass

    await asyncio.wait_for(closing(), relay.LEASE + relay.RENEW_EVERY + TIMEOUT)


def test_the_meeting_goes_on_when_its_process_is_killed(behind: Behind) -> None:
    """A host and a guest (admitted from the waiting room) meet through Caddy; they draw
    on the whiteboard and the host records. The process running the meeting is killed:
    both pages reconnect through Caddy to the other process and rejoin with their rejoin
    keys, straight in (no waiting room, the host still host), the whiteboard's finished
    strokes still there, the recording reported stopped. A rejoin key is good once. The
    database holds one session for the meeting, its participants all gone at the end,
    and the webhook outbox each session, participant and recording event once."""
    hooks = f"http://127.0.0.1:{free_port()}/hooks"  # nobody answers: the rows stay
    room = behind.room(
        join_approval_level="explicit_approval",
        callback_urls={
            "sessions_callback_url": hooks,
            "recordings_callback_url": hooks,
            "rooms_callback_url": hooks,
        },
    )

    async def scenario() -> None:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=behind.ssl)) as http:
            pages = Pages(http, behind, room)
            host = await pages.connect("Ann", host=True)
            assert (await next_of(host, "welcome"))["is_host"] is True
            host_key = (await next_of(host, "joined"))["rejoin"]
            guest = await pages.connect("Ben")
            guest_id = (await next_of(guest, "welcome"))["id"]
            assert (await next_of(guest, "waiting"))["reason"] == "approval"
            await next_of(host, "knock")
            await host.send(type="admit", id=guest_id)
            guest_key = (await next_of(guest, "joined"))["rejoin"]
            await next_of(host, "peer-joined")

            stroke = {"color": "#e03131", "width": 2, "points": [[0.25, 0.5]]}
            await host.send(type="board", action="begin", id="h1", stroke=stroke)
            await host.send(type="board", action="points", id="h1", points=[[0.3, 0.6]])
            await host.send(type="board", action="end", id="h1")
            whole = {"color": "#1971c2", "width": 4, "points": [[0.7, 0.1], [0.8, 0.2]]}
            await guest.send(type="board", action="stroke", stroke=whole)
            for _ in range(2):  # the guest sees the host's begin, points and end
                await next_of(guest, "board")
            assert (await next_of(guest, "board"))["action"] == "end"
            assert (await next_of(host, "board"))["action"] == "accepted"
            assert (await next_of(host, "board"))["action"] == "stroke"
            await host.send(type="record", action="start")
            recording = await next_of(guest, "recording")
            assert recording["active"] is True

            owner = behind.owner(room)
            survivor = behind.second if owner is behind.first else behind.first
            # What was in the meeting is stored before anybody was told; the strokes
            # were written (the relay's queue) before the next frames were relayed.
            owner.proc.kill()
            owner.proc.wait(timeout=30)
            await closed(host)
            await closed(guest)

            guest, got = await pages.come_back("Ben", guest_key)
            assert [m["type"] for m in got] == ["welcome", "joined"], got
            welcome, joined = got
            assert welcome["is_host"] is False
            assert [s["points"] for s in joined["board"]] == [
                [[0.25, 0.5], [0.3, 0.6]],
                [[0.7, 0.1], [0.8, 0.2]],
            ]
            assert joined["recording"] is None
            host, got = await pages.come_back("Ann", host_key, host=True)
            assert [m["type"] for m in got] == ["welcome", "joined"], got
            assert got[0]["is_host"] is True
            assert [p["name"] for p in got[1]["peers"]] == ["Ben"]
            assert len(got[1]["board"]) == 2
            assert (await next_of(guest, "peer-joined"))["peer"]["is_host"] is True
            assert behind.owner(room) is survivor
            # The killed process starts again: the meeting running on the survivor keeps
            # its count of people in (a room counted empty would expire under them).
            await asyncio.to_thread(behind.restart, owner)
            assert behind.query(
                "SELECT active_participants FROM rooms WHERE id = ?", room["id"]
            ) == [(2,)]

            # The guest's key was used: a page with it again knocks like anybody.
            again, got = await pages.come_back("Ben", guest_key)
            assert [m["type"] for m in got] == ["welcome", "waiting"], got
            await next_of(host, "knock")
            await again.ws.close()
            await next_of(host, "knock-cancelled")

            # The meeting goes on here, the whiteboard too.
            await guest.send(type="chat", text="still here")
            assert (await next_of(host, "chat"))["text"] == "still here"
            await guest.send(type="board", action="stroke", stroke=whole)
            drawn = await next_of(host, "board")
            assert drawn["action"] == "stroke" and drawn["id"] == "s3"  # after s1 and s2
            for page in (guest, host):
                await page.send(type="leave")
                await page.ws.close()

    asyncio.run(scenario())

    ended: list[tuple[Any, ...]] = []
    for _ in range(int(TIMEOUT * 10)):
        ended = behind.query(
            "SELECT session_id, ended_at FROM meeting_sessions WHERE room_id = ?", room["id"]
        )
        if ended and all(row[1] is not None for row in ended):
            break
        time.sleep(0.1)
    # One session, continued by the survivor; everybody in it gone.
    assert len(ended) == 1 and ended[0][1] is not None, ended
    session_id = ended[0][0]
    people = behind.query(
        "SELECT participant_id, name, is_host, left_at FROM meeting_session_participants"
        " WHERE room_id = ?",
        room["id"],
    )
    assert sorted((name, bool(is_host)) for _id, name, is_host, _left in people) == [
        ("Ann", True),
        ("Ann", True),
        ("Ben", False),
        ("Ben", False),
    ]
    assert all(left is not None for *_rest, left in people)
    assert behind.query("SELECT active_participants FROM rooms WHERE id = ?", room["id"]) == [(0,)]
    assert behind.query("SELECT status FROM recordings WHERE session_id = ?", session_id) == [
        ("stopped",)
    ]

    # Every event once, none lost: the outbox keeps them (nobody took them).
    rows = behind.query("SELECT event, body FROM webhook_outbox ORDER BY id")
    bodies = [(event, json.loads(body)) for event, body in rows]
    events = Counter(event for event, _body in bodies)
    assert events == {
        "session:started": 1,
        "session:participant:joined": 4,
        "session:participant:left": 4,
        "session:ended": 1,
        "recording:started": 1,
        "recording:ended": 1,
    }, events
    assert {body["session_id"] for _event, body in bodies} == {session_id}
    joined_ids = [b["participant_id"] for e, b in bodies if e == "session:participant:joined"]
    left_ids = [b["participant_id"] for e, b in bodies if e == "session:participant:left"]
    assert sorted(joined_ids) == sorted(left_ids) == sorted(p[0] for p in people)
    assert [e for e, _b in bodies][-1] == "session:ended"

    # Nothing of the meeting is left in Redis but what runs out by itself.
    for pattern in (failover.REJOIN_PREFIX, failover.BOARD_PREFIX, failover.SESSION_PREFIX):
        for key in behind.redis.keys(pattern + "*"):
            assert 0 < behind.redis.pttl(key) <= REJOIN_WINDOW * 1000, key


def test_a_session_nobody_came_back_to_is_ended_by_the_other_process(behind: Behind) -> None:
    """The process running a meeting is killed and nobody comes back: once the session's
    marker has run out in Redis (made to run out now here), the other process's sweep
    ends it: those in it leave, the room is counted empty, its recording is stopped,
    each webhook once."""
    hooks = f"http://127.0.0.1:{free_port()}/hooks"  # nobody answers: the rows stay
    room = behind.room(callback_urls={"sessions_callback_url": hooks})

    async def scenario() -> None:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=behind.ssl)) as http:
            pages = Pages(http, behind, room)
            host = await pages.connect("Ann", host=True)
            await next_of(host, "joined")
            guest = await pages.connect("Ben")
            await next_of(guest, "joined")
            await host.send(type="record", action="start")
            await next_of(guest, "recording")
            owner = behind.owner(room)
            owner.proc.kill()
            owner.proc.wait(timeout=30)
            for page in (host, guest):
                await page.ws.close()

    asyncio.run(scenario())
    (session_id,) = behind.query(
        "SELECT session_id FROM meeting_sessions WHERE room_id = ? AND ended_at IS NULL",
        room["id"],
    )[0]
    assert behind.query("SELECT active_participants FROM rooms WHERE id = ?", room["id"]) == [(2,)]
    marker = failover.session_key(room["id"])
    assert behind.redis.get(marker) == session_id.encode()
    assert behind.redis.pexpire(marker, 1)

    deadline = time.monotonic() + 2 * failover.SWEEP_EVERY + 2 * TIMEOUT
    while behind.query(
        "SELECT 1 FROM meeting_sessions WHERE room_id = ? AND ended_at IS NULL", room["id"]
    ):
        assert time.monotonic() < deadline, "the session was never ended"
        time.sleep(0.5)
    assert behind.query(
        "SELECT count(*) FROM meeting_session_participants WHERE room_id = ?"
        " AND left_at IS NOT NULL",
        room["id"],
    ) == [(2,)]
    assert behind.query("SELECT active_participants FROM rooms WHERE id = ?", room["id"]) == [(0,)]
    assert behind.query("SELECT status FROM recordings WHERE session_id = ?", session_id) == [
        ("stopped",)
    ]
    events = Counter(
        event for (event,) in behind.query("SELECT event FROM webhook_outbox ORDER BY id")
    )
    assert events == {
        "session:started": 1,
        "session:participant:joined": 2,
        "session:participant:left": 2,
        "session:ended": 1,
    }, events


def test_browsers_rejoin_through_caddy_when_the_meetings_process_is_killed(
    behind: Behind,
) -> None:
    """Real Chromium pages through Caddy: the guest knocks and the host admits them;
    they see and hear each other; the host's page records. The process running the
    meeting is killed: both pages reconnect by themselves (through Caddy, to the other
    process) and are back in the meeting with their rejoin keys, the guest never in the
    waiting room again (nobody admits them twice), the host still host; media flows again
    both ways. The recording ended with the process: the host's page saved what it
    recorded through the other process (one data directory), told once."""
    hooks = f"http://127.0.0.1:{free_port()}/hooks"  # nobody answers: the rows stay
    room = behind.room(
        join_approval_level="explicit_approval",
        callback_urls={"recordings_callback_url": hooks},
    )
    host_url = room["_links"]["host_url"]["href"]
    guest_url = room["_links"]["guest_url"]["href"]
    assert guest_url.startswith(behind.public + "/")
    with chromium(trusted_ca=behind.caddy.intermediate_ca) as browser:
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
            for viewer, other in ((guest, host), (host, guest)):
                viewer.wait_receiving(other.name, timeout=60)
            first_ids = (host.status()["selfId"], guest.status()["selfId"])
            host.click("#btn-record")
            recording_id = host.wait_for("meetingStatus().recorder?.id")
            host.wait_for("meetingStatus().recorder.recordedBytes > 50000", timeout=TIMEOUT)

            owner = behind.owner(room)
            owner.proc.kill()
            owner.proc.wait(timeout=30)
            back = (
                "(s => s.view === 'meeting' && !s.reconnecting && s.selfId !== {id!r}"
                " && s.peers.some(p => p.name === {name!r}))(meetingStatus())"
            )
            wait = relay.LEASE + relay.RENEW_EVERY + 3 * TIMEOUT
            host.wait_for(back.format(id=first_ids[0], name="Ben"), timeout=wait)
            guest.wait_for(back.format(id=first_ids[1], name="Ann"), timeout=wait)
            assert host.status()["isHost"] is True
            assert guest.status()["isHost"] is False
            for viewer, other in ((guest, host), (host, guest)):
                stats = viewer.wait_receiving(other.name, timeout=60)
                assert stats["connectionState"] == "connected", stats
            guest.send_chat("Back after the failover")
            host.wait_chat("Ben", "Back after the failover")
            upload = "meetingStatus().recordingUpload"
            saved = host.wait_for(f"{upload}?.state === 'uploaded' && {upload}", TIMEOUT)
            assert saved["id"] == recording_id and saved["size"] > 50000
            assert host.status()["recording"] is None  # nothing records now
            guest.screenshot(SHOTS / "failover-guest.png")
            guest.leave()
            host.wait_for("meetingStatus().peers.length === 0")
            host.leave()
        finally:
            guest.close()
            host.close()
    sessions = behind.query("SELECT session_id FROM meeting_sessions WHERE room_id = ?", room["id"])
    assert len(sessions) == 1, sessions
    assert behind.query(
        "SELECT id, status FROM recordings WHERE session_id = ?", sessions[0][0]
    ) == [(recording_id, "uploaded")]
    saved_file = behind.credentials.data_dir / "recordings" / f"{recording_id}.webm"
    assert saved_file.read_bytes()[:4] == EBML_MAGIC
    assert saved_file.stat().st_size == saved["size"]
    events = Counter(
        event for (event,) in behind.query("SELECT event FROM webhook_outbox ORDER BY id")
    )
    assert events == {"recording:started": 1, "recording:ended": 1, "recording:uploaded": 1}
