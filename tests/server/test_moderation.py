"""Moderation, reactions and the speaking round over real HTTP and WebSockets (no browser).

Every host action is checked by the server: a guest sending one through the socket gets
nothing done (the frame is dropped and the others hear nothing of it).
"""

from __future__ import annotations

import asyncio
import json
import secrets
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import aiohttp
import pytest

from launcher.api import MeetingsClient, Room
from launcher.server import BuiltinServer, ServerConfig, create_application
from launcher.server.devices import DEVICE_COOKIE
from launcher.server.pacing import PacingLimits
from launcher.server.roundtable import Roundtable, speaking_order
from launcher.server.signalling import REACTIONS
from tests.helpers.receiver import Receiver
from tests.server.test_signalling import Page

Connect = Callable[..., Awaitable[Page]]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltinServer]:
    srv = BuiltinServer(
        ServerConfig(
            data_dir=tmp_path_factory.mktemp("moderation"),
            webhook_allow_private=["127.0.0.0/8"],
            # Reactions: three at once, then one every ten seconds.
            pacing=PacingLimits(reaction_rate=0.1, reaction_burst=3),
        )
    )
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def client(server: BuiltinServer) -> Iterator[MeetingsClient]:
    application_id, key = create_application(server.config.data_dir, "moderation tests")
    with MeetingsClient(server.api_url, application_id, key) as api:
        yield api


def device() -> str:
    """A browser's device id, as the meeting pages' cookie holds it."""
    return secrets.token_urlsafe(18)


def run(server: BuiltinServer, scenario: Callable[[Connect], Awaitable[None]]) -> None:
    """``scenario(connect)``: ``connect(room, name, host=, device=, rejoin=)`` opens one
    page's socket (with that browser's device cookie) and says hello."""

    async def main() -> None:
        async with aiohttp.ClientSession() as http:

            async def connect(
                room: Room,
                name: str,
                *,
                host: bool = False,
                device: str | None = None,
                rejoin: str | None = None,
            ) -> Page:
                headers = {"Cookie": f"{DEVICE_COOKIE}={device}"} if device else {}
                ws = await http.ws_connect(server.origin + "/meeting-ws", headers=headers)
                hello: dict[str, Any] = {
                    "type": "hello",
                    "meeting_code": room.meeting_code,
                    "name": name,
                }
                if host:
                    assert room.host_url is not None
                    hello["participant_token"] = room.host_url.split("participant_token=")[1]
                if rejoin is not None:
                    hello["rejoin"] = rejoin
                await ws.send_str(json.dumps(hello))
                return Page(ws)

            await scenario(connect)

    asyncio.run(main())


async def admitted(page: Page) -> dict[str, Any]:
    """The page's ``joined`` (after its ``welcome``), with its own id added."""
    me = (await page.next("welcome"))["id"]
    return {**(await page.next("joined")), "id": me}


def test_guests_cannot_moderate_and_hosts_mute_and_turn_off_cameras(
    server: BuiltinServer, client: MeetingsClient
) -> None:
    room = client.create_room("Muting")

    async def scenario(connect: Connect) -> None:
        host = await connect(room, "Ann", host=True)
        ann = await admitted(host)
        guest = await connect(room, "Ben")
        ben = await admitted(guest)
        await host.next("peer-joined")
        other = await connect(room, "Cat")
        cat = await admitted(other)
        await host.next("peer-joined")
        await guest.next("peer-joined")

        # A guest's host actions through the socket: refused, nobody hears of them.
        for action in ("mute", "camera_off", "block"):
            await guest.send(type="moderate", action=action, id=cat["id"])
        for action in ("mute_all", "lock", "end"):
            await guest.send(type="moderate", action=action)
        await guest.send(type="moderate", action="mute", id=ann["id"])
        await other.nothing_within(0.3)
        await host.nothing_within(0.1)

        # The host mutes one person: only they are told, with the host's name.
        await host.send(type="moderate", action="mute", id=ben["id"])
        assert await guest.next() == {"type": "moderated", "action": "mute", "by_name": "Ann"}
        await host.send(type="moderate", action="camera_off", id=cat["id"])
        assert await other.next() == {
            "type": "moderated",
            "action": "camera_off",
            "by_name": "Ann",
        }
        await guest.nothing_within(0.2)
        # Everyone else at once (not the host who asked).
        await host.send(type="moderate", action="mute_all")
        assert (await guest.next("moderated"))["action"] == "mute"
        assert (await other.next("moderated"))["action"] == "mute"
        await host.nothing_within(0.2)
        # An unknown action is refused.
        await host.send(type="moderate", action="explode")
        await guest.nothing_within(0.2)

    run(server, scenario)


def test_a_locked_meeting_holds_newcomers_at_the_door_until_unlocked(
    server: BuiltinServer, client: MeetingsClient
) -> None:
    room = client.create_room("Lock", join_approval_level="explicit_approval")

    async def scenario(connect: Connect) -> None:
        host = await connect(room, "Ann", host=True)
        await admitted(host)
        knocking = await connect(room, "Ben")
        await knocking.waits_for_approval()
        ben = (await host.next("knock"))["peer"]["id"]

        # A guest cannot lock it.
        inside = await connect(room, "Dan")
        dan = (await inside.next("welcome"))["id"]
        await host.next("knock")
        await host.send(type="admit", id=dan)
        await inside.next("joined")
        await host.next("peer-joined")
        await inside.send(type="moderate", action="lock")
        await host.nothing_within(0.3)

        await host.send(type="moderate", action="lock")
        assert await host.next("room") == {"type": "room", "locked": True, "by_name": "Ann"}
        assert (await inside.next("room"))["locked"] is True
        # The one knocking is told the meeting is locked and leaves the hosts' list.
        assert await knocking.next("waiting") == {"type": "waiting", "reason": "locked"}
        assert await host.next("knock-cancelled") == {"type": "knock-cancelled", "id": ben}
        # Somebody new is not even in the waiting room, and cannot be admitted by id.
        late = await connect(room, "Eve")
        eve = (await late.next("welcome"))["id"]
        assert await late.next() == {"type": "waiting", "reason": "locked"}
        await host.send(type="admit", id=eve)
        await host.nothing_within(0.3)
        await late.nothing_within(0.1)
        # A host still comes in (and does not see them either).
        cohost = await connect(room, "Cy", host=True)
        joined = await admitted(cohost)
        assert joined["locked"] is True
        await cohost.nothing_within(0.2)

        # Unlocked: both knock again.
        await host.send(type="moderate", action="unlock")
        assert (await host.next("room"))["locked"] is False
        knocks = {(await host.next("knock"))["peer"]["id"] for _ in range(2)}
        assert knocks == {ben, eve}
        assert await knocking.next() == {"type": "waiting", "reason": "approval"}
        assert await late.next() == {"type": "waiting", "reason": "approval"}
        await host.send(type="admit", id=eve)
        assert (await late.next("joined"))["locked"] is False

    run(server, scenario)


def test_ending_the_meeting_sends_everyone_out_and_ends_the_session(
    server: BuiltinServer, client: MeetingsClient
) -> None:
    with Receiver() as receiver:
        room = client.create_room(
            "The end",
            join_approval_level="explicit_approval",
            callback_urls={"sessions_callback_url": receiver.url + "/sessions"},
        )

        async def scenario(connect: Connect) -> None:
            host = await connect(room, "Ann", host=True)
            await admitted(host)
            guest = await connect(room, "Ben")
            ben = (await guest.next("welcome"))["id"]
            await host.next("knock")
            await host.send(type="admit", id=ben)
            key = (await guest.next("joined"))["rejoin"]
            knocking = await connect(room, "Cat")
            await knocking.waits_for_approval()
            await host.next("knock")
            await guest.send(type="moderate", action="end")  # not a guest's to do
            await host.nothing_within(0.3)

            await host.send(type="moderate", action="end")
            assert (await host.next())["type"] == "knock-cancelled"
            for page in (host, guest, knocking):
                assert await page.next("ended") == {"type": "ended", "by_name": "Ann"}
                await page.closed_by_server()
            # The guest's rejoin key died with the meeting: a new hello waits at the door.
            again = await connect(room, "Ben", rejoin=key)
            await again.next("welcome")
            assert await again.next() == {"type": "waiting", "reason": "host_absent"}

        run(server, scenario)
        receiver.wait_events(
            "/sessions",
            ["session:started", "session:participant:left", "session:ended"],
        )
        ended = [b for b in receiver.bodies("/sessions") if b["event"] == "session:ended"]
        assert len(ended) == 1 and ended[0]["room_id"] == room.id


def test_a_blocked_guest_cannot_come_back_by_link_rejoin_key_or_handoff(
    server: BuiltinServer, client: MeetingsClient
) -> None:
    room = client.create_room("Blocking")
    assert room.guest_url is not None and room.host_url is not None
    bens_browser, hosts_browser, cats_browser = device(), device(), device()

    async def page_status(url: str, browser: str | None) -> tuple[int, str]:
        cookies = {DEVICE_COOKIE: browser} if browser else {}
        async with (
            aiohttp.ClientSession(cookies=cookies) as http,
            http.get(url, allow_redirects=False) as response,
        ):
            body = await response.text()
            view = json.loads(body.split('type="application/json">')[1].split("</script>")[0])
            return response.status, str(view["view"])

    async def scenario(connect: Connect) -> None:
        host = await connect(room, "Ann", host=True, device=hosts_browser)
        ann = await admitted(host)
        guest = await connect(room, "Ben", device=bens_browser)
        ben = await admitted(guest)
        await host.next("peer-joined")
        other = await connect(room, "Cat", device=cats_browser)
        await admitted(other)
        await host.next("peer-joined")
        await guest.next("peer-joined")

        # Guests block nobody, and hosts are not blocked.
        await other.send(type="moderate", action="block", id=ben["id"])
        await host.send(type="moderate", action="block", id=ann["id"])
        await guest.nothing_within(0.3)
        assert await page_status(room.guest_url or "", bens_browser) == (200, "lobby")

        await host.send(type="moderate", action="block", id=ben["id"])
        assert await guest.next() == {"type": "removed", "blocked": True}
        await guest.closed_by_server()
        assert (await host.next("peer-left"))["id"] == ben["id"]

        # Not by the socket, with or without the rejoin key.
        for rejoin in (ben["rejoin"], None):
            back = await connect(room, "Ben", device=bens_browser, rejoin=rejoin)
            assert await back.next() == {"type": "error", "code": "blocked"}
            await back.closed_by_server()
        # Not by the guest link or a host link in that browser.
        assert await page_status(room.guest_url or "", bens_browser) == (403, "blocked")
        assert await page_status(room.host_url or "", bens_browser) == (403, "blocked")
        # Not by a handoff link opened in that browser.
        async with aiohttp.ClientSession() as http:
            response = await http.post(
                server.origin + "/meeting-handoff", json={"url": room.host_url}
            )
            handoff = (await response.json())["url"]
        assert await page_status(handoff, bens_browser) == (403, "blocked")
        # Other browsers are not blocked.
        assert await page_status(room.guest_url or "", cats_browser) == (200, "lobby")
        assert await page_status(room.guest_url or "", None) == (200, "lobby")

        # A guest knocking can be blocked too.
        waiting_room = client.create_room(
            "Blocking at the door", join_approval_level="explicit_approval"
        )
        door_host = await connect(waiting_room, "Ann", host=True, device=hosts_browser)
        await admitted(door_host)
        knocking = await connect(waiting_room, "Dan", device=cats_browser)
        dan = (await knocking.next("welcome"))["id"]
        await door_host.next("knock")
        await door_host.send(type="moderate", action="block", id=dan)
        assert await knocking.next("removed") == {"type": "removed", "blocked": True}
        assert await door_host.next("knock-cancelled") == {"type": "knock-cancelled", "id": dan}
        again = await connect(waiting_room, "Dan", device=cats_browser)
        assert await again.next() == {"type": "error", "code": "blocked"}

    run(server, scenario)


def test_the_pages_give_each_browser_a_device_cookie(
    server: BuiltinServer, client: MeetingsClient
) -> None:
    room = client.create_room("Cookies")
    assert room.guest_url is not None

    async def fetch(cookie: str | None) -> str | None:
        headers = {"Cookie": f"{DEVICE_COOKIE}={cookie}"} if cookie else {}
        async with (
            aiohttp.ClientSession() as http,
            http.get(room.guest_url or "", headers=headers) as r,
        ):
            return r.headers.get("Set-Cookie")

    set_cookie = asyncio.run(fetch(None))
    assert set_cookie is not None and set_cookie.startswith(f"{DEVICE_COOKIE}=")
    assert "HttpOnly" in set_cookie and "SameSite=Lax" in set_cookie and "Path=/" in set_cookie
    assert asyncio.run(fetch(device())) is None  # it has one already
    assert asyncio.run(fetch("not*valid")) is not None  # a malformed one is replaced


def test_reactions_reach_everyone_and_are_rate_limited(
    server: BuiltinServer, client: MeetingsClient
) -> None:
    room = client.create_room("Reactions")

    async def scenario(connect: Connect) -> None:
        host = await connect(room, "Ann", host=True)
        await admitted(host)
        guest = await connect(room, "Ben")
        ben = await admitted(guest)
        await host.next("peer-joined")

        await guest.send(type="react", emoji=REACTIONS[0])
        expected = {"type": "reaction", "from": ben["id"], "emoji": REACTIONS[0]}
        assert await host.next() == expected
        assert await guest.next() == expected  # the sender's own tile shows it too
        await guest.send(type="react", emoji="<img src=x>")  # not one of the set
        await host.nothing_within(0.3)

        # One more passes (a burst of three, the refused one counted), then the page is
        # told to slow down.
        for emoji in REACTIONS[1:6]:
            await guest.send(type="react", emoji=emoji)
        assert (await host.next("reaction"))["emoji"] == REACTIONS[1]
        assert await guest.next("notice") == {"type": "notice", "code": "slow_down"}
        await host.nothing_within(0.5)
        # Chat is not held up by reactions.
        await guest.send(type="chat", text="still here")
        assert (await host.next("chat"))["text"] == "still here"

    run(server, scenario)


def test_speaking_order_puts_raised_hands_first() -> None:
    people = [("ann", None), ("ben", 20.0), ("cat", None), ("dan", 10.0)]
    assert speaking_order(people) == ["dan", "ben", "ann", "cat"]
    now = [0.0]
    table = Roundtable(["a", "b", "c"], {"a": "A"}, seconds=30, clock=lambda: now[0])
    now[0] = 5.0
    assert table.public()["elapsed_ms"] == 5000 and table.speaker == "a"
    assert table.drop("a") and table.speaker == "b" and table.public()["elapsed_ms"] == 0
    table.next()
    assert table.speaker == "c" and not table.drop("zed")
    assert table.drop("b") and table.speaker == "c"
    table.next()
    assert table.finished and table.public()["active"] is False


def test_a_speaking_round_is_shared_passed_and_given_to_late_joiners(
    server: BuiltinServer, client: MeetingsClient
) -> None:
    room = client.create_room("Round")

    async def scenario(connect: Connect) -> None:
        host = await connect(room, "Ann", host=True)
        ann = await admitted(host)
        guest = await connect(room, "Ben")
        ben = await admitted(guest)
        await host.next("peer-joined")
        other = await connect(room, "Cat")
        cat = await admitted(other)
        await host.next("peer-joined")
        await guest.next("peer-joined")
        # Cat raises her hand, then Ben: they speak first, in that order.
        await other.send(type="media", audio=True, video=True, screen=False, hand=True)
        await host.next("peer-media")
        await guest.next("peer-media")
        await guest.send(type="media", audio=True, video=True, screen=False, hand=True)
        await host.next("peer-media")
        await other.next("peer-media")

        # Guests do not start or stop one.
        await guest.send(type="round", action="start", seconds=30)
        await host.nothing_within(0.3)
        await host.send(type="round", action="start", seconds=5000)  # out of range
        await guest.nothing_within(0.2)

        await host.send(type="round", action="start", seconds=45)
        for page in (host, guest, other):
            state = await page.next("round")
            assert state["active"] is True and state["current"] == 0 and state["seconds"] == 45
            assert [p["id"] for p in state["order"]] == [cat["id"], ben["id"], ann["id"]]
            assert [p["name"] for p in state["order"]] == ["Cat", "Ben", "Ann"]
            assert 0 <= state["elapsed_ms"] < 2000

        # Only the host and the one speaking pass the turn.
        await guest.send(type="round", action="next")
        await guest.send(type="round", action="stop")
        await host.nothing_within(0.3)
        await other.send(type="round", action="next")  # Cat is done
        assert (await host.next("round"))["current"] == 1
        await guest.next("round")
        await other.next("round")

        # A late joiner gets the round as it is; the order does not change for them.
        late = await connect(room, "Dan")
        joined = await admitted(late)
        assert joined["round"]["current"] == 1 and len(joined["round"]["order"]) == 3
        for page in (host, guest, other):
            await page.next("peer-joined")

        # The speaker leaving passes the turn on.
        await guest.send(type="leave")
        state = await host.next("round")
        assert state["current"] == 1 and [p["id"] for p in state["order"]] == [
            cat["id"],
            ann["id"],
        ]
        await host.send(type="round", action="next")  # after Ann, the round is over
        assert (await host.next("round"))["active"] is False
        assert (await late.next("round"))["current"] == 1  # Ben left
        assert (await late.next("round"))["active"] is False
        again = await connect(room, "Eve")
        assert (await admitted(again))["round"] is None

    run(server, scenario)
