"""Signalling and meeting pages over real HTTP and WebSockets (no browser)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import aiohttp
import pytest

from launcher.api import MeetingsClient, Room
from launcher.server import BuiltinServer, ServerConfig, create_application
from tests.helpers.servers import backend_database

TIMEOUT = 5.0


@pytest.fixture(scope="module")
def server(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    shared_storage_backend: str,
) -> Iterator[BuiltinServer]:
    """One built-in server (plain HTTP on 127.0.0.1, pages and signalling on) for the
    module, on each storage back-end."""
    srv = BuiltinServer(
        ServerConfig(
            data_dir=tmp_path_factory.mktemp("signalling"),
            database=backend_database(request, shared_storage_backend),
        )
    )
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def client(server: BuiltinServer) -> Iterator[MeetingsClient]:
    application_id, key = create_application(
        server.config.data_dir, "signalling tests", server.config.database
    )
    with MeetingsClient(server.api_url, application_id, key) as api:
        yield api


class Page:
    """One signalling connection, as a meeting page holds it."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws

    async def send(self, **message: Any) -> None:
        await self.ws.send_str(json.dumps(message))

    async def next(self, kind: str | None = None) -> dict[str, Any]:
        """The next message (of ``kind``, skipping others)."""
        while True:
            msg = await self.ws.receive(timeout=TIMEOUT)
            if msg.type != aiohttp.WSMsgType.TEXT:
                raise AssertionError(f"socket ended: {msg.type}")
            data: dict[str, Any] = json.loads(msg.data)
            if kind is None or data["type"] == kind:
                return data

    async def nothing_within(self, seconds: float) -> None:
        with pytest.raises(TimeoutError):
            await self.ws.receive(timeout=seconds)

    async def closed_by_server(self) -> None:
        """The server closes this socket next."""
        assert (await self.ws.receive(timeout=TIMEOUT)).type in (
            aiohttp.WSMsgType.CLOSE,
            aiohttp.WSMsgType.CLOSED,
            aiohttp.WSMsgType.CLOSING,
        )

    async def waits_for_approval(self) -> None:
        """Welcomed, then put in the waiting room until a host answers."""
        await self.next("welcome")
        assert await self.next() == {"type": "waiting", "reason": "approval"}


def run(
    server: BuiltinServer, scenario: Callable[[Callable[..., Awaitable[Page]]], Awaitable[None]]
) -> None:
    async def main() -> None:
        async with aiohttp.ClientSession() as http:

            async def connect(
                room: Room | None = None,
                name: str = "",
                host: bool = False,
                code: str | None = None,
                token: str | None = None,
                rejoin: str | None = None,
            ) -> Page:
                ws = await http.ws_connect(server.origin + "/meeting-ws")
                page = Page(ws)
                hello: dict[str, Any] = {
                    "type": "hello",
                    "meeting_code": code or (room.meeting_code if room else ""),
                    "name": name,
                }
                if host and room is not None:
                    assert room.host_url is not None
                    hello["participant_token"] = room.host_url.split("participant_token=")[1]
                if token is not None:
                    hello["participant_token"] = token
                if rejoin is not None:
                    hello["rejoin"] = rejoin
                await ws.send_str(json.dumps(hello))
                return page

            await scenario(connect)

    asyncio.run(main())


def test_unknown_room_and_forged_token_are_refused(
    server: BuiltinServer, client: MeetingsClient
) -> None:
    room = client.create_room("Tokens")

    async def scenario(connect: Callable[..., Awaitable[Page]]) -> None:
        nobody = await connect(code="999999999")
        assert await nobody.next() == {"type": "error", "code": "room_unavailable"}
        forged = await connect(room, token="eyJhbGciOiJIUzI1NiJ9.e30.forged")
        assert await forged.next() == {"type": "error", "code": "bad_token"}

    run(server, scenario)


def test_mesh_relay_chat_and_leave(server: BuiltinServer, client: MeetingsClient) -> None:
    room = client.create_room("Mesh")

    async def scenario(connect: Callable[..., Awaitable[Page]]) -> None:
        host = await connect(room, "Ann", host=True)
        welcome = await host.next("welcome")
        assert welcome["is_host"] is True and welcome["ice_servers"] == []
        assert (await host.next("joined"))["peers"] == []
        guest = await connect(room, "  Ben\n\u0007 ")
        guest_id = (await guest.next("welcome"))["id"]
        peers = (await guest.next("joined"))["peers"]
        assert [(p["name"], p["is_host"]) for p in peers] == [("Ann", True)]
        joined = await host.next("peer-joined")
        assert joined["peer"]["name"] == "Ben" and joined["peer"]["id"] == guest_id

        # The newcomer's offer reaches the host, marked with who sent it.
        await guest.send(type="signal", to=welcome["id"], data={"sdp": {"type": "offer"}})
        relayed = await host.next("signal")
        assert relayed == {"type": "signal", "from": guest_id, "data": {"sdp": {"type": "offer"}}}

        await host.send(type="chat", text="  welcome  ")
        for page in (host, guest):
            chat = await page.next("chat")
            assert (chat["name"], chat["text"]) == ("Ann", "welcome")

        await guest.send(type="media", audio=False, video=True, screen=True)
        media = await host.next("peer-media")
        assert (media["id"], media["audio"], media["screen"]) == (guest_id, False, True)
        assert media["hand"] is False
        await guest.send(type="media", audio=False, video=True, screen=False, hand=True)
        assert (await host.next("peer-media"))["hand"] is True

        await guest.send(type="leave")
        assert await host.next("peer-left") == {"type": "peer-left", "id": guest_id}

    run(server, scenario)


def test_explicit_approval_waiting_room(server: BuiltinServer, client: MeetingsClient) -> None:
    room = client.create_room("Approval", join_approval_level="explicit_approval")

    async def scenario(connect: Callable[..., Awaitable[Page]]) -> None:
        early = await connect(room, "Early")
        early_id = (await early.next("welcome"))["id"]
        assert await early.next() == {"type": "waiting", "reason": "host_absent"}
        # Waiting guests can neither chat nor answer the waiting room.
        await early.send(type="chat", text="let me in")
        await early.send(type="admit", id=early_id)

        host = await connect(room, "Host", host=True)
        await host.next("joined")
        knock = await host.next("knock")
        assert knock["peer"]["name"] == "Early"
        assert await early.next() == {"type": "waiting", "reason": "approval"}

        late = await connect(room, "Late")
        late_id = (await late.next("welcome"))["id"]
        assert await late.next() == {"type": "waiting", "reason": "approval"}
        assert (await host.next("knock"))["peer"]["id"] == late_id

        await host.send(type="admit", id=early_id)
        assert (await host.next("knock-cancelled"))["id"] == early_id
        assert [p["name"] for p in (await early.next("joined"))["peers"]] == ["Host"]
        assert (await host.next("peer-joined"))["peer"]["id"] == early_id

        await host.send(type="deny", id=late_id)
        assert await late.next() == {"type": "denied"}
        await late.closed_by_server()
        # The denied guest was taken off the host's list once, and never joined.
        assert (await host.next("knock-cancelled"))["id"] == late_id
        await host.nothing_within(0.3)

    run(server, scenario)


def test_a_dropped_guest_comes_back_without_the_waiting_room_once(
    server: BuiltinServer, client: MeetingsClient
) -> None:
    room = client.create_room("Rejoin", join_approval_level="explicit_approval")

    async def admitted(connect: Callable[..., Awaitable[Page]], host: Page, name: str) -> Any:
        guest = await connect(room, name)
        guest_id = (await guest.next("welcome"))["id"]
        assert (await host.next("knock"))["peer"]["id"] == guest_id
        await host.send(type="admit", id=guest_id)
        key = (await guest.next("joined"))["rejoin"]
        assert isinstance(key, str) and len(key) >= 20
        await host.next("peer-joined")
        return guest, key

    async def scenario(connect: Callable[..., Awaitable[Page]]) -> None:
        host = await connect(room, "Host", host=True)
        await host.next("joined")
        guest, key = await admitted(connect, host, "Ben")

        # The socket drops (no "leave"): with its key, Ben is straight back in.
        await guest.ws.close()
        await host.next("peer-left")
        back = await connect(room, "Ben", rejoin=key)
        await back.next("welcome")
        joined = await back.next("joined")
        assert [p["name"] for p in joined["peers"]] == ["Host"] and joined["rejoin"] != key
        assert (await host.next("peer-joined"))["peer"]["name"] == "Ben"

        # A key works once; a made-up one is nothing: both wait to be let in.
        for attempt in (key, "made-up-key-made-up-key"):
            again = await connect(room, "Ben", rejoin=attempt)
            await again.waits_for_approval()
            assert (await host.next("knock"))["peer"]["name"] == "Ben"
            await again.ws.close()
            await host.next("knock-cancelled")

        # Leaving on purpose gives no way back in.
        cleo, cleo_key = await admitted(connect, host, "Cleo")
        await cleo.send(type="leave")
        await host.next("peer-left")
        await cleo.ws.close()
        await (await connect(room, "Cleo", rejoin=cleo_key)).waits_for_approval()

    run(server, scenario)


def test_the_recording_page_pauses_and_resumes_and_everyone_is_told(
    server: BuiltinServer, client: MeetingsClient
) -> None:
    room = client.create_room("Paused")
    seen: dict[str, str | None] = {}

    async def status_of(recording_id: str) -> str | None:
        recording = await asyncio.to_thread(client.get_recording, recording_id)
        return recording.status

    async def scenario(connect: Callable[..., Awaitable[Page]]) -> None:
        host = await connect(room, "Ann", host=True)
        await host.next("joined")
        guest = await connect(room, "Ben")
        await guest.next("joined")
        await host.send(type="record", action="start")
        started = await host.next("recording")
        assert started["active"] is True and started["paused"] is False
        await guest.next("recording")

        await host.send(type="record", action="pause")
        for page in (host, guest):
            paused = await page.next("recording")
            assert (paused["id"], paused["active"], paused["paused"]) == (started["id"], True, True)
        seen["paused"] = await status_of(started["id"])
        # Pausing twice changes nothing; the guest may not resume it.
        await host.send(type="record", action="pause")
        await guest.send(type="record", action="resume")
        await host.nothing_within(0.3)

        await host.send(type="record", action="resume")
        assert (await guest.next("recording"))["paused"] is False
        seen["resumed"] = await status_of(started["id"])
        # Stopped while paused: it ends like any other.
        await host.send(type="record", action="pause")
        await guest.next("recording")
        await host.send(type="record", action="stop")
        assert (await guest.next("recording"))["active"] is False
        # The end is stored after everyone is told: wait for it.
        for _ in range(50):
            seen["stopped"] = await status_of(started["id"])
            if seen["stopped"] == "stopped":
                break
            await asyncio.sleep(0.1)

    run(server, scenario)
    assert seen == {"paused": "paused", "resumed": "started", "stopped": "stopped"}


def test_whiteboard_strokes_reach_everyone_and_late_comers_and_hosts_clear_it(
    server: BuiltinServer, client: MeetingsClient
) -> None:
    room = client.create_room("Board")
    off = client.create_room("No board", available_features={"is_whiteboard_available": False})
    stroke = {"color": "#E03131", "width": 4, "points": [[0.1, 0.2], [0.123456, 0.5]]}

    async def scenario(connect: Callable[..., Awaitable[Page]]) -> None:
        host = await connect(room, "Ann", host=True)
        assert (await host.next("joined"))["board"] == []
        guest = await connect(room, "Ben")
        guest_id = (await guest.next("welcome"))["id"]
        await guest.next("joined")
        await guest.send(type="board", action="stroke", stroke=stroke)
        relayed = await host.next("board")
        assert relayed == {
            "type": "board",
            "action": "stroke",
            "from": guest_id,
            "id": relayed["id"],
            "stroke": {
                "id": relayed["id"],
                "color": "#e03131",
                "width": 4.0,
                "points": [[0.1, 0.2], [0.1235, 0.5]],
            },
        }
        # Strokes that break the rules are refused, and the guest may not clear.
        for bad in (
            {**stroke, "color": "red"},
            {**stroke, "width": 99},
            {**stroke, "points": [[0.5, 1.5]]},
            {**stroke, "points": []},
            {**stroke, "points": [[0.5, 0.5]] * 1001},
        ):
            await guest.send(type="board", action="stroke", stroke=bad)
            assert await guest.next("board") == {
                "type": "board",
                "action": "refused",
                "reason": "bad_stroke",
            }
        await guest.send(type="board", action="clear")
        assert (await guest.next("board"))["reason"] == "hosts_only"
        await host.nothing_within(0.3)

        late = await connect(room, "Cleo")
        assert (await late.next("joined"))["board"] == [relayed["stroke"]]
        await host.send(type="board", action="clear")
        for page in (host, guest, late):
            assert (await page.next("board"))["action"] == "clear"
        again = await connect(room, "Dan")
        assert (await again.next("joined"))["board"] == []

        # A room without the whiteboard takes no strokes.
        solo = await connect(off, "Eve", host=True)
        await solo.next("joined")
        other = await connect(off, "Fay")
        await other.next("joined")
        await solo.send(type="board", action="stroke", stroke=stroke)
        await other.nothing_within(0.3)

    run(server, scenario)


def test_a_host_removes_a_guest_who_then_cannot_slip_back_in(
    server: BuiltinServer, client: MeetingsClient
) -> None:
    room = client.create_room("Removal", join_approval_level="explicit_approval")

    async def scenario(connect: Callable[..., Awaitable[Page]]) -> None:
        host = await connect(room, "Ann", host=True)
        host_id = (await host.next("welcome"))["id"]
        await host.next("joined")
        cohost = await connect(room, "Cy", host=True)
        cohost_id = (await cohost.next("welcome"))["id"]
        await cohost.next("joined")
        await host.next("peer-joined")
        guest = await connect(room, "Ben")
        guest_id = (await guest.next("welcome"))["id"]
        await host.next("knock")
        await host.send(type="admit", id=guest_id)
        key = (await guest.next("joined"))["rejoin"]
        await host.next("peer-joined")

        # Guests remove nobody, and hosts are not removed.
        await guest.send(type="remove", id=host_id)
        await host.send(type="remove", id=cohost_id)
        await cohost.next("knock-cancelled")  # the admit, seen by the other host
        await cohost.next("peer-joined")
        await host.nothing_within(0.3)

        await host.send(type="remove", id=guest_id)
        assert await guest.next() == {"type": "removed"}
        await guest.closed_by_server()
        assert await host.next("peer-left") == {"type": "peer-left", "id": guest_id}
        # The rejoin key of a removed guest opens nothing: back to the waiting room.
        await (await connect(room, "Ben", rejoin=key)).waits_for_approval()

    run(server, scenario)


def test_after_owner_only_and_chat_switched_off(
    server: BuiltinServer, client: MeetingsClient
) -> None:
    room = client.create_room(
        "Owner first",
        join_approval_level="after_owner_only",
        available_features={"is_chat_available": False},
    )

    async def scenario(connect: Callable[..., Awaitable[Page]]) -> None:
        guest = await connect(room, "Guest")
        await guest.next("welcome")
        assert await guest.next() == {"type": "waiting", "reason": "host_absent"}
        host = await connect(room, "Host", host=True)
        await host.next("joined")
        assert [p["name"] for p in (await guest.next("joined"))["peers"]] == ["Host"]
        await guest.send(type="chat", text="hello?")
        await host.next("peer-joined")
        await host.nothing_within(0.3)

    run(server, scenario)


def test_pages_status_and_headers(server: BuiltinServer, client: MeetingsClient) -> None:
    theme = client.create_theme("#123456", "Acme", short_company_url="acme-web-tests")
    room = client.create_room("Pages", theme_id=theme.theme_id)
    assert room.guest_url is not None and room.host_url is not None
    assert "/acme-web-tests/" in room.guest_url

    async def fetch(url: str) -> tuple[int, str, Any]:
        async with aiohttp.ClientSession() as http, http.get(url) as response:
            return response.status, await response.text(), response.headers

    def config(body: str) -> dict[str, Any]:
        start = body.index('type="application/json">') + len('type="application/json">')
        data: dict[str, Any] = json.loads(body[start : body.index("</script>", start)])
        return data

    status, body, headers = asyncio.run(fetch(room.guest_url))
    assert status == 200
    assert headers["Referrer-Policy"] == "no-referrer"
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    page = config(body)
    assert page["view"] == "lobby" and page["is_host"] is False
    assert page["theme"]["main_color"] == "#123456" and page["theme"]["brand_text"] == "Acme"

    status, body, _ = asyncio.run(fetch(room.host_url))
    assert status == 200 and config(body)["is_host"] is True
    assert room.host_url.split("participant_token=")[1] not in body  # the page reads it itself

    forged = room.host_url.split("participant_token=")[0] + "participant_token=x.y.z"
    status, body, _ = asyncio.run(fetch(forged))
    assert status == 403 and config(body)["view"] == "bad_link"

    # Another company's short URL, and an unknown code: a clear page, status 404.
    code = room.meeting_code
    status, body, _ = asyncio.run(fetch(f"{server.origin}/someone-else/{code}"))
    assert status == 404 and config(body)["view"] == "unavailable"
    status, body, _ = asyncio.run(fetch(f"{server.origin}/000000000"))
    assert status == 404 and config(body)["view"] == "unavailable"
    # A room name cannot break out of the embedded JSON.
    sneaky = client.create_room("</script><script>alert(1)</script>")
    assert sneaky.guest_url is not None
    status, body, _ = asyncio.run(fetch(sneaky.guest_url))
    assert "<script>alert(1)" not in body
    assert config(body)["room_name"] == "</script><script>alert(1)</script>"


def test_sessions_left_open_by_a_killed_server_are_closed_on_start(tmp_path: Any) -> None:
    from datetime import UTC, datetime

    from launcher.server.sessions import ParticipantRecord, SessionRecord, SessionStore
    from launcher.server.store import DB_NAME

    tmp_path.mkdir(exist_ok=True)
    store = SessionStore(tmp_path / DB_NAME)
    store.add_session(SessionRecord("s-1", "room-1", "2026-01-01T10:00:00.000Z", None))
    store.add_participant(
        ParticipantRecord("p-1", "s-1", "room-1", "Ann", True, "2026-01-01T10:00:00.000Z", None)
    )
    store.close()
    server = BuiltinServer(ServerConfig(data_dir=tmp_path))
    server.start()
    server.stop()
    store = SessionStore(tmp_path / DB_NAME)
    try:
        session = store.session("s-1")
        assert session is not None and session.ended_at is not None
        ended = datetime.fromisoformat(session.ended_at.replace("Z", "+00:00"))
        assert abs((datetime.now(UTC) - ended).total_seconds()) < 60
        assert all(p.left_at == session.ended_at for p in store.participants("s-1"))
    finally:
        store.close()


def test_ice_servers_from_the_config_and_pages_switched_off(tmp_path: Any) -> None:
    ice = [{"urls": "turn:turn.example.org:3478", "username": "u", "credential": "c"}]
    server = BuiltinServer(ServerConfig(data_dir=tmp_path / "ice", ice_servers=ice))
    server.start()
    try:
        application_id, key = create_application(
            server.config.data_dir, "ice", server.config.database
        )
        with MeetingsClient(server.api_url, application_id, key) as api:
            room = api.create_room("ICE")

        async def scenario(connect: Callable[..., Awaitable[Page]]) -> None:
            page = await connect(room, "Ann", host=True)
            assert (await page.next("welcome"))["ice_servers"] == ice

        run(server, scenario)
    finally:
        server.stop()

    bare = BuiltinServer(ServerConfig(data_dir=tmp_path / "api-only", meeting_pages=False))
    bare.start()
    try:

        async def fetch() -> int:
            async with aiohttp.ClientSession() as http, http.get(bare.origin + "/123456789") as r:
                return r.status

        assert asyncio.run(fetch()) == 404
    finally:
        bare.stop()


def test_rooms_say_how_many_people_are_in_their_meeting(
    server: BuiltinServer, client: MeetingsClient
) -> None:
    room = client.create_room("Counted")
    assert client.get_room(room.id).participant_count == 0

    async def count_becomes(expected: int) -> None:
        # Presence is recorded just after the pages hear of it: look again briefly.
        for _ in range(100):
            counted = await asyncio.to_thread(client.get_room, room.id)
            if counted.participant_count == expected:
                return
            await asyncio.sleep(0.05)
        raise AssertionError(f"participant_count stayed {counted.participant_count}")

    async def scenario(connect: Callable[..., Awaitable[Page]]) -> None:
        host = await connect(room, "Ann", host=True)
        await host.next("joined")
        guest = await connect(room, "Ben")
        await guest.next("joined")
        await host.next("peer-joined")
        await count_becomes(2)
        listed = await asyncio.to_thread(lambda: client.list_rooms(page_size=1000).rooms)
        assert next(r for r in listed if r.id == room.id).participant_count == 2
        await guest.ws.close()
        await host.next("peer-left")
        await count_becomes(1)

    run(server, scenario)
