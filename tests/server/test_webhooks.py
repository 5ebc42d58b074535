"""Webhooks from the built-in server to a real receiver on 127.0.0.1."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import signal
import sqlite3
import ssl
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from launcher.api import MeetingsClient, Room
from launcher.server import BuiltinServer, ServerConfig, Store, addresses, create_application
from launcher.server.store import DB_NAME, format_time, parse_time
from tests.helpers.receiver import Receiver
from tests.helpers.servers import backend_database
from tests.server.test_cli import Served

FAST = (0.2, 0.2, 0.2, 0.2, 0.2)
SECRET = "test-webhook-secret"


def start(data_dir: Path, **options: Any) -> BuiltinServer:
    options.setdefault("webhook_retry_delays", FAST)
    options.setdefault("room_sweep_interval", 0.2)
    # The receiver listens on loopback, which servers refuse unless allowed.
    options.setdefault("webhook_allow_private", ["127.0.0.0/8"])
    server = BuiltinServer(ServerConfig(data_dir=data_dir, **options))
    server.start()
    return server


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with Receiver() as rec:
        yield rec


@pytest.fixture
def server(
    request: pytest.FixtureRequest, tmp_path: Path, storage_backend: str
) -> Iterator[BuiltinServer]:
    srv = start(
        tmp_path / "data",
        webhook_secret=SECRET,
        database=backend_database(request, storage_backend),
    )
    yield srv
    srv.stop()


@pytest.fixture
def client(server: BuiltinServer) -> Iterator[MeetingsClient]:
    application_id, key = create_application(
        server.config.data_dir, "webhooks", server.config.database
    )
    with MeetingsClient(server.api_url, application_id, key) as api:
        yield api


def outbox_drained(server: BuiltinServer, timeout: float = 10.0) -> None:
    """Wait until every delivery is taken off the outbox (after the receiver got it)."""
    deadline = time.monotonic() + timeout
    assert server.store is not None
    while rows := server.store.call(lambda s: s.webhook_outbox()):
        assert time.monotonic() < deadline, f"outbox not drained: {rows}"
        time.sleep(0.05)


def callbacks(receiver: Receiver) -> dict[str, str]:
    return {
        "rooms_callback_url": f"{receiver.url}/rooms",
        "sessions_callback_url": f"{receiver.url}/sessions",
        "recordings_callback_url": f"{receiver.url}/recordings",
    }


async def _visit(server: BuiltinServer, room: Room, *names: str) -> None:
    """People join one after the other (the first as host), then leave in reverse."""
    async with aiohttp.ClientSession() as http:
        sockets = []
        for index, name in enumerate(names):
            ws = await http.ws_connect(server.origin + "/meeting-ws")
            hello: dict[str, Any] = {
                "type": "hello",
                "meeting_code": room.meeting_code,
                "name": name,
            }
            if index == 0:
                assert room.host_url is not None
                hello["participant_token"] = room.host_url.split("participant_token=")[1]
            await ws.send_str(json.dumps(hello))
            while json.loads((await ws.receive(timeout=5)).data)["type"] != "joined":
                pass
            sockets.append(ws)
        for ws in reversed(sockets):
            await ws.send_str(json.dumps({"type": "leave"}))
            await ws.receive(timeout=5)  # the server closes the socket once we are out
            await ws.close()


def test_session_events_in_order_with_exact_bodies_and_signature(
    server: BuiltinServer, client: MeetingsClient, receiver: Receiver
) -> None:
    room = client.create_room("Webhooks", callback_urls=callbacks(receiver))
    asyncio.run(_visit(server, room, "Ann", "Bob"))
    order = [
        "session:started",
        "session:participant:joined",
        "session:participant:joined",
        "session:participant:left",
        "session:participant:left",
        "session:ended",
    ]
    receiver.wait_events("/sessions", order)
    bodies = receiver.bodies("/sessions")
    assert [b["event"] for b in bodies] == order
    started, ann_in, bob_in, bob_out, ann_out, ended = bodies
    session_id = started["session_id"]
    assert set(started) == {"event", "session_id", "room_id", "started_at"}
    assert started["room_id"] == room.id
    assert ann_in == {
        "event": "session:participant:joined",
        "participant_id": ann_in["participant_id"],
        "session_id": session_id,
        "room_id": room.id,
        "name": "Ann",
        "type": "host",
        "is_host": True,
    }
    assert (bob_in["name"], bob_in["type"], bob_in["is_host"]) == ("Bob", "guest", False)
    assert bob_out["participant_id"] == bob_in["participant_id"]
    assert ann_out["participant_id"] == ann_in["participant_id"]
    assert ended == {
        "event": "session:ended",
        "session_id": session_id,
        "room_id": room.id,
        "started_at": started["started_at"],
        "ended_at": ended["ended_at"],
    }
    assert parse_time(ended["ended_at"]) >= parse_time(started["started_at"])
    # Every delivery is signed over its exact body and names its event.
    for delivery in receiver.deliveries:
        expected = hmac.new(SECRET.encode(), delivery.raw, hashlib.sha256).hexdigest()
        assert delivery.headers["X-Meetings-Signature"] == f"sha256={expected}"
        assert delivery.headers["X-Meetings-Event"] == delivery.body["event"]
        assert delivery.headers["Content-Type"] == "application/json"
    # Nothing went to the other URLs, and the outbox is empty once delivered.
    assert receiver.bodies("/rooms") == [] and receiver.bodies("/recordings") == []
    outbox_drained(server)


def expire_now(server: BuiltinServer, client: MeetingsClient, room_id: str) -> None:
    """Move a room's expiry into the past through the store (no 10-minute wait)."""
    assert server.store is not None
    past = format_time(datetime.now(UTC) - timedelta(seconds=1))
    app_id = client.application_id
    assert server.store.call(lambda s: s.update_room(app_id, room_id, {"expires_at": past}))


def test_room_expired_for_instant_and_used_up_rooms(
    server: BuiltinServer, client: MeetingsClient, receiver: Receiver
) -> None:
    instant = client.create_room("Instant", callback_urls=callbacks(receiver))
    expire_now(server, client, instant.id)
    receiver.wait_events("/rooms", ["room:expired"])
    (body,) = receiver.bodies("/rooms")
    assert set(body) == {"event", "room_id", "room_type", "expires_at", "created_at"}
    assert (body["event"], body["room_id"], body["room_type"]) == (
        "room:expired",
        instant.id,
        "instant",
    )
    assert parse_time(body["created_at"]) == instant.created_at
    assert parse_time(receiver.bodies("/rooms")[0]["expires_at"]) < datetime.now(UTC)
    assert client.get_room(instant.id).is_available is False

    # A long-term room with expire_after_use ends when its first meeting does.
    later = datetime.now(UTC) + timedelta(days=2)
    used = client.create_room(
        "Used once",
        type="long_term",
        expires_at=later,
        expire_after_use=True,
        callback_urls=callbacks(receiver),
    )
    asyncio.run(_visit(server, used, "Ann"))
    receiver.wait_events("/rooms", ["room:expired", "room:expired"])
    second = receiver.bodies("/rooms")[1]
    assert (second["room_id"], second["room_type"]) == (used.id, "long_term")
    # Sweeps went on in between: the first room was reported once only.
    assert [b["room_id"] for b in receiver.bodies("/rooms")].count(instant.id) == 1


def test_retry_after_500_then_success_and_give_up(
    server: BuiltinServer, client: MeetingsClient, receiver: Receiver
) -> None:
    receiver.statuses = [500, 503]
    room = client.create_room("Retry", callback_urls=callbacks(receiver))
    expire_now(server, client, room.id)
    receiver.wait_events("/rooms", ["room:expired"])
    attempts = [d for d in receiver.deliveries if d.path == "/rooms"]
    assert [d.status for d in attempts] == [500, 503, 204]
    assert len({d.headers["X-Meetings-Delivery"] for d in attempts}) == 1
    assert len({d.raw for d in attempts}) == 1
    outbox_drained(server)

    # Bounded: 1 + 5 retries, then the row is kept as failed.
    receiver.statuses = [500] * 10
    failing = client.create_room("Never", callback_urls=callbacks(receiver))
    expire_now(server, client, failing.id)

    assert server.store is not None
    deadline = time.monotonic() + 10
    while not (rows := server.store.call(lambda s: s.webhook_outbox())) or (
        rows[0]["state"] != "failed"
    ):
        assert time.monotonic() < deadline, f"never gave up: {rows}"
        time.sleep(0.05)
    assert len(rows) == 1 and rows[0]["attempts"] == 6 and rows[0]["last_error"] == "HTTP 500"
    assert sum(1 for d in receiver.deliveries if d.body.get("room_id") == failing.id) == 6


def test_server_wide_callback_urls_when_the_room_has_none(
    tmp_path: Path, receiver: Receiver
) -> None:
    server = start(tmp_path / "data", callback_urls={"rooms_callback_url": receiver.url + "/all"})
    try:
        application_id, key = create_application(
            server.config.data_dir, "fallback", server.config.database
        )
        with MeetingsClient(server.api_url, application_id, key) as api:
            plain = api.create_room("No URLs")
            own = api.create_room("Own URL", callback_urls=callbacks(receiver))
            expire_now(server, api, plain.id)
            expire_now(server, api, own.id)
            receiver.wait_events("/all", ["room:expired"])
            receiver.wait_events("/rooms", ["room:expired"])
        assert [b["room_id"] for b in receiver.bodies("/all")] == [plain.id]
        assert [b["room_id"] for b in receiver.bodies("/rooms")] == [own.id]
        assert "X-Meetings-Signature" not in receiver.deliveries[0].headers  # no secret set
    finally:
        server.stop()


def test_pending_delivery_survives_a_restart(tmp_path: Path, receiver: Receiver) -> None:
    data = tmp_path / "data"
    receiver.statuses = [500]
    server = start(data, webhook_retry_delays=(0.5,) * 5)
    application_id, key = create_application(data, "restart")
    with MeetingsClient(server.api_url, application_id, key) as api:
        room = api.create_room("Restart", callback_urls=callbacks(receiver))
        expire_now(server, api, room.id)
    receiver.wait_for(lambda ds: len(ds) == 1)
    assert server.store is not None
    deadline = time.monotonic() + 10
    while server.store.call(lambda s: s.webhook_outbox())[0]["attempts"] == 0:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    server.stop()  # the retry was not due yet: the row waits in the outbox
    store = Store(data)
    try:
        pending = store.webhook_outbox()
    finally:
        store.close()
    assert [(r["event"], r["state"], r["attempts"]) for r in pending] == [
        ("room:expired", "pending", 1)
    ]

    server = start(data, webhook_retry_delays=(0.5,) * 5)
    try:
        receiver.wait_events("/rooms", ["room:expired"])
        first, second = receiver.deliveries
        assert first.raw == second.raw and second.status == 204
        assert first.headers["X-Meetings-Delivery"] == second.headers["X-Meetings-Delivery"]
        outbox_drained(server)
    finally:
        server.stop()


def test_rooms_and_recordings_left_running_by_a_killed_server(
    tmp_path: Path, receiver: Receiver
) -> None:
    data = tmp_path / "data"
    application_id, key = create_application(data, "killed")
    server = start(data)
    with MeetingsClient(server.api_url, application_id, key) as api:
        room = api.create_room("Occupied", callback_urls=callbacks(receiver))
    server.stop()
    # What a SIGKILL during a meeting leaves behind: two people counted in,
    # an expiry long past, a recording running.
    store = Store(data)
    try:
        store.room_participant_joined(room.id)
        store.room_participant_joined(room.id)
        past = format_time(datetime.now(UTC) - timedelta(hours=1))
        store.update_room(application_id, room.id, {"expires_at": past})
        occupied = store.get_room(application_id, room.id)
        running = store.add_recording(application_id, "session-1", room_id=room.id)
    finally:
        store.close()
    assert occupied is not None and occupied.active_participants == 2
    assert occupied.is_available(datetime.now(UTC))  # occupied rooms never expire

    restarted = datetime.now(UTC)
    server = start(data)
    try:
        with MeetingsClient(server.api_url, application_id, key) as api:
            after = api.get_room(room.id)
        assert after.is_available is True
        assert after.expires_at is not None
        left = after.expires_at - restarted
        assert timedelta(minutes=9, seconds=50) < left <= timedelta(minutes=10, seconds=5)
        assert server.store is not None
        record = server.store.call(lambda s: s.get_room(application_id, room.id))
        assert record is not None and record.active_participants == 0
        # ... and it does expire: forced here instead of waiting 10 minutes.
        with MeetingsClient(server.api_url, application_id, key) as api:
            expire_now(server, api, room.id)
        receiver.wait_events("/rooms", ["room:expired"])
        assert receiver.bodies("/rooms")[0]["room_id"] == room.id
        # The recording that was running is stopped, and says so.
        with MeetingsClient(server.api_url, application_id, key) as api:
            assert api.get_recording(running["id"]).status == "stopped"
        receiver.wait_events("/recordings", ["recording:ended"])
        assert receiver.bodies("/recordings")[0]["recording_id"] == running["id"]
    finally:
        server.stop()


def test_recording_over_signalling_upload_rules_and_webhooks(
    tmp_path: Path, receiver: Receiver
) -> None:
    server = start(tmp_path / "data", max_recording_bytes=4096)
    application_id, key = create_application(
        server.config.data_dir, "recording", server.config.database
    )
    api = MeetingsClient(server.api_url, application_id, key)
    try:
        room = api.create_room(
            "Recorded",
            callback_urls=callbacks(receiver),
            recording_options={"record_only_owner": True},
        )
        no_rec = api.create_room(
            "No recording", available_features={"is_recording_available": False}
        )
        assert room.host_url is not None and no_rec.host_url is not None
        token = room.host_url.split("participant_token=")[1]

        async def scenario() -> str:
            async with aiohttp.ClientSession() as http:

                async def enter(target: Room, name: str, host: bool) -> Any:
                    ws = await http.ws_connect(server.origin + "/meeting-ws")
                    hello: dict[str, Any] = {
                        "type": "hello",
                        "meeting_code": target.meeting_code,
                        "name": name,
                    }
                    if host:
                        assert target.host_url is not None
                        hello["participant_token"] = target.host_url.split("participant_token=")[1]
                    await ws.send_str(json.dumps(hello))
                    await next_of(ws, "joined")
                    return ws

                async def next_of(ws: Any, kind: str) -> dict[str, Any]:
                    while True:
                        message: dict[str, Any] = json.loads((await ws.receive(timeout=5)).data)
                        if message["type"] == kind:
                            return message

                # Recording switched off: the request is dropped, the socket stays.
                solo = await enter(no_rec, "Ann", host=True)
                await solo.send_str(json.dumps({"type": "record", "action": "start"}))
                await solo.send_str(json.dumps({"type": "chat", "text": "still here"}))
                got = json.loads((await solo.receive(timeout=5)).data)
                assert (got["type"], got["text"]) == ("chat", "still here")
                await solo.close()

                host = await enter(room, "Ann", host=True)
                guest = await enter(room, "Bob", host=False)
                # A guest cannot start one; the host can, and everyone is told.
                await guest.send_str(json.dumps({"type": "record", "action": "start"}))
                await host.send_str(json.dumps({"type": "record", "action": "start"}))
                on_host = await next_of(host, "recording")
                on_guest = await next_of(guest, "recording")
                assert on_host == on_guest
                assert on_host["active"] is True and on_host["by_name"] == "Ann"
                assert on_host["only_owner"] is True
                # The host's page goes away mid-recording: the recording stops.
                await host.close()
                stopped = await next_of(guest, "recording")
                assert stopped == {"type": "recording", "active": False, "id": on_host["id"]}
                await guest.close()
                return str(on_host["id"])

        recording_id = asyncio.run(scenario())
        receiver.wait_events("/recordings", ["recording:started", "recording:ended"])
        recording = api.get_recording(recording_id)
        assert recording.status == "stopped"
        assert len(api.list_session_recordings(str(recording.session_id))) == 1

        url = f"{server.origin}/meeting-api/recordings/{recording_id}"
        host_auth = {"Authorization": f"Bearer {token}"}
        webm = bytes.fromhex("1a45dfa3") + b"\x01" * 1000

        async def post(body: bytes, headers: dict[str, str]) -> int:
            async with (
                aiohttp.ClientSession() as http,
                http.post(url, data=body, headers=headers) as reply,
            ):
                return reply.status

        assert asyncio.run(post(webm, {})) == 403
        assert asyncio.run(post(b"not a webm file", host_auth)) == 415
        assert asyncio.run(post(webm + b"\0" * 4096, host_auth)) == 413
        folder = server.config.data_dir / "recordings"
        assert list(folder.iterdir()) == []  # nothing half-written is left
        assert asyncio.run(post(webm, host_auth)) == 201
        assert asyncio.run(post(webm, host_auth)) == 409
        assert (folder / f"{recording_id}.webm").read_bytes() == webm
        assert api.get_recording(recording_id).status == "uploaded"
        receiver.wait_events(
            "/recordings", ["recording:started", "recording:ended", "recording:uploaded"]
        )
        started, ended, uploaded = receiver.bodies("/recordings")
        assert recording.started_at is not None
        assert ended["started_at"] == format_time(recording.started_at)
        assert ended["duration"] >= 0 and started["recording_id"] == recording_id
        assert uploaded["url"].startswith(f"{server.origin}/v1/recording-files/{recording_id}?")
        api.delete_recording(recording_id)
        assert list(folder.iterdir()) == []
    finally:
        api.close()
        server.stop()


def test_events_queued_before_a_sigkill_are_delivered_after_the_restart(
    tmp_path: Path, receiver: Receiver
) -> None:
    data = tmp_path / "data"
    receiver.statuses = [500] * 4
    # `meeting-launcher serve`: its default retry waits (10 s first)
    served = Served(data, "--webhook-allow-private", "127.0.0.0/8")
    try:
        application_id, key = create_application(data, "killed")
        ca = data / "tls" / "cert.pem"
        with MeetingsClient(served.api_url, application_id, key, ca_file=ca) as api:
            room = api.create_room("Killed", callback_urls=callbacks(receiver))
        origin = served.api_url.removesuffix("/v1/meetings")

        async def visit() -> None:
            context = ssl.create_default_context(cafile=str(ca))
            async with aiohttp.ClientSession() as http:
                ws = await http.ws_connect(origin + "/meeting-ws", ssl=context)
                assert room.host_url is not None
                token = room.host_url.split("participant_token=")[1]
                hello = {"meeting_code": room.meeting_code, "participant_token": token}
                await ws.send_str(json.dumps({"type": "hello", "name": "Ann", **hello}))
                while json.loads((await ws.receive(timeout=5)).data)["type"] != "joined":
                    pass
                await ws.send_str(json.dumps({"type": "leave"}))
                await ws.receive(timeout=5)
                await ws.close()

        asyncio.run(visit())
        # All four session events were tried once and refused; then the process dies.
        receiver.wait_for(lambda ds: len(ds) == 4)
    finally:
        served.stop(signal.SIGKILL)
    first_ids = [d.headers["X-Meetings-Delivery"] for d in receiver.deliveries]

    server = start(data)
    try:
        order = [
            "session:started",
            "session:participant:joined",
            "session:participant:left",
            "session:ended",
        ]
        receiver.wait_events("/sessions", order)
        assert [b["event"] for b in receiver.bodies("/sessions")] == order
        assert [d.headers["X-Meetings-Delivery"] for d in receiver.deliveries[4:]] == first_ids
        outbox_drained(server)
    finally:
        server.stop()


def test_kill_9_loses_no_acknowledged_room_session_or_webhook(
    tmp_path: Path, receiver: Receiver
) -> None:
    """`serve` killed with SIGKILL straight after its last answer: every room it
    acknowledged is there after the restart, every session it started (a host got
    "joined") is recorded, and closed by the restart, and every webhook it queued
    is delivered after the restart, once per delivery id."""
    data = tmp_path / "data"
    receiver.statuses = [500] * 10_000  # every attempt before the kill fails: all stay pending
    served = Served(data, "--webhook-allow-private", "127.0.0.0/8")
    try:
        application_id, key = create_application(data, "kill -9")
        ca = data / "tls" / "cert.pem"
        with (
            MeetingsClient(served.api_url, application_id, key, ca_file=ca) as api,
            ThreadPoolExecutor(8) as pool,
        ):
            rooms = list(
                pool.map(
                    lambda n: api.create_room(f"Acked {n}", callback_urls=callbacks(receiver)),
                    range(24),
                )
            )
        origin = served.api_url.removesuffix("/v1/meetings")
        context = ssl.create_default_context(cafile=str(ca))

        async def host_joins(room: Room, http: aiohttp.ClientSession) -> None:
            ws = await http.ws_connect(origin + "/meeting-ws", ssl=context)
            assert room.host_url is not None
            token = room.host_url.split("participant_token=")[1]
            hello = {"type": "hello", "meeting_code": room.meeting_code, "name": "Ann"}
            await ws.send_str(json.dumps({**hello, "participant_token": token}))
            while json.loads((await ws.receive(timeout=5)).data)["type"] != "joined":
                pass  # joined: the session is started and stored (the socket stays open)

        async def meetings() -> None:
            async with aiohttp.ClientSession() as http:
                await asyncio.gather(*(host_joins(room, http) for room in rooms[:3]))
                served.proc.send_signal(signal.SIGKILL)  # at once, meetings running

        asyncio.run(meetings())
    finally:
        served.stop(signal.SIGKILL)
    receiver.statuses = []  # the receiver is back

    server = start(data)
    try:
        with MeetingsClient(server.api_url, application_id, key) as api:
            for room in rooms:
                assert api.get_room(room.id).meeting_code == room.meeting_code
        # What "joined" acknowledged; the restart closes the sessions (without webhooks).
        per_room = ["session:started", "session:participant:joined"]

        def all_arrived(_: object) -> bool:
            events = [(b["event"], b.get("room_id")) for b in receiver.bodies("/sessions")]
            return all((e, r.id) in events for e in per_room for r in rooms[:3])

        with closing(sqlite3.connect(data / DB_NAME)) as db:
            sessions = db.execute("SELECT room_id, ended_at FROM meeting_sessions").fetchall()
        assert sorted(room_id for room_id, _ in sessions) == sorted(r.id for r in rooms[:3])
        assert all(ended_at for _, ended_at in sessions)
        receiver.wait_for(all_arrived, timeout=20)
        outbox_drained(server)
        time.sleep(1.0)  # several retry periods (0.2 s): nothing is sent again
        delivered: dict[str, int] = {}
        for d in receiver.deliveries:
            if 200 <= d.status < 300:
                key_ = d.headers["X-Meetings-Delivery"]
                delivered[key_] = delivered.get(key_, 0) + 1
        assert delivered and set(delivered.values()) == {1}
        # The deliveries refused before the kill are among them, under the same ids.
        refused = {d.headers["X-Meetings-Delivery"] for d in receiver.deliveries if d.status >= 500}
        assert refused <= set(delivered)
    finally:
        server.stop()


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "127.8.9.10",
        "::1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",  # cloud metadata
        "fe80::1",
        "fc00::1",
        "100.64.0.1",
        "0.0.0.0",
        "::",
        "224.0.0.1",
        "ff02::1",
        "::ffff:127.0.0.1",
        "198.18.0.1",
        "not an address",
    ],
)
def test_callbacks_refuse_non_public_addresses(address: str) -> None:
    assert not addresses.is_allowed(address, ())


def test_callbacks_reach_public_addresses_and_allowed_ranges() -> None:
    assert addresses.is_allowed("93.184.216.34", ())
    assert addresses.is_allowed("2606:4700::1111", ())
    allowed = addresses.parse_networks(["10.0.0.0/8", "::1/128"])
    assert addresses.is_allowed("10.20.30.40", allowed)
    assert addresses.is_allowed("::1", allowed)
    assert not addresses.is_allowed("127.0.0.1", allowed)
    assert not addresses.is_allowed("192.168.0.1", allowed)


def test_callbacks_to_loopback_are_refused_by_default(tmp_path: Path, receiver: Receiver) -> None:
    # A name that resolves to loopback (localhost) and a literal one: neither is reached.
    server = start(tmp_path / "data", webhook_allow_private=[])
    try:
        application_id, key = create_application(
            server.config.data_dir, "ssrf", server.config.database
        )
        port = receiver.url.rsplit(":", 1)[1]
        with MeetingsClient(server.api_url, application_id, key) as api:
            for host in ("localhost", "127.0.0.1", "[::ffff:127.0.0.1]"):
                asyncio.run(_visit(server, _with_callbacks(api, host, port), "Ann"))

        def failed_attempts(s: Store) -> int:
            return len([r for r in s.webhook_outbox() if int(r["attempts"]) >= 1])

        assert server.store is not None
        deadline = time.monotonic() + 10
        while server.store.call(failed_attempts) < 12:  # 4 session events per room
            assert time.monotonic() < deadline, server.store.call(lambda s: s.webhook_outbox())
            time.sleep(0.05)
        errors = {str(r["last_error"]) for r in server.store.call(lambda s: s.webhook_outbox())}
        assert all("allowed" in e for e in errors), errors
        assert receiver.deliveries == []
    finally:
        server.stop()


def _with_callbacks(api: MeetingsClient, host: str, port: str) -> Room:
    url = f"http://{host}:{port}"
    return api.create_room(
        "SSRF",
        callback_urls={
            "sessions_callback_url": f"{url}/sessions",
            "rooms_callback_url": f"{url}/rooms",
        },
    )
