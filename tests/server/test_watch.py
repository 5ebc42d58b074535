"""Watch together over real HTTP and WebSockets (no browser): the shared player's state,
who may change it (checked on the server; others get ``watch-refused``), late joiners."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import aiohttp
import pytest

from launcher.api import MeetingsClient
from launcher.server import BuiltinServer, ServerConfig, create_application
from launcher.server.devices import DEVICE_COOKIE
from launcher.server.watch import MAX_URL, WatchError, WatchParty, clean_position, clean_url
from tests.server.test_moderation import Connect, admitted, device, run

VIDEO = "https://media.example.org/films/clip.webm"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltinServer]:
    srv = BuiltinServer(
        ServerConfig(data_dir=tmp_path_factory.mktemp("watch"), max_watch_bytes=4096)
    )
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def client(server: BuiltinServer) -> Iterator[MeetingsClient]:
    application_id, key = create_application(server.config.data_dir, "watch tests")
    with MeetingsClient(server.api_url, application_id, key) as api:
        yield api


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)//x.mp4",
        "data:video/mp4;base64,AAAA",
        "file:///etc/passwd.mp4",
        "ftp://example.org/a.mp4",
        "https://example.org/page.html",
        "https://user:pw@example.org/a.mp4",
        "https://example.org/a b.mp4",
        "https:///a.mp4",
        "https://example.org/" + "a" * MAX_URL + ".mp4",
        "",
        42,
        None,
    ],
)
def test_only_http_urls_of_media_files_are_shared(url: object) -> None:
    with pytest.raises(WatchError):
        clean_url(url)


def test_a_media_url_is_kept_as_given() -> None:
    assert clean_url(" https://example.org/v/Clip.MP4?t=1 ") == "https://example.org/v/Clip.MP4?t=1"
    assert clean_url("http://127.0.0.1:8080/a.webm") == "http://127.0.0.1:8080/a.webm"
    for bad in (-1, True, "3", float("nan"), 10**9):
        with pytest.raises(WatchError):
            clean_position(bad)


def test_the_position_runs_on_while_playing() -> None:
    now = [1000]
    party = WatchParty(VIDEO, "a", "a", "Ann", clock=lambda: now[0])
    party.play(10.0)
    now[0] += 2500
    assert party.public()["position"] == 12.5 and party.public()["at"] == 3500
    party.pause()
    now[0] += 5000
    assert party.position_now() == 12.5
    party.seek(3.0)
    assert party.public() | {"at": 0} == {
        "active": True,
        "source": VIDEO,
        "playing": False,
        "position": 3.0,
        "at": 0,
        "controller": "a",
        "controller_name": "Ann",
        "shared_by": "a",
    }


def test_watching_together_is_shared_refused_handed_over_and_given_to_late_joiners(
    server: BuiltinServer, client: MeetingsClient
) -> None:
    room = client.create_room("Watch")

    async def scenario(connect: Connect) -> None:
        host = await connect(room, "Ann", host=True)
        ann = await admitted(host)
        guest = await connect(room, "Ben")
        ben = await admitted(guest)
        assert ben["watch"] is None
        await host.next("peer-joined")

        # A guest neither shares nor plays: told so, and nobody else hears of it.
        await guest.send(type="watch", action="share", url=VIDEO)
        assert await guest.next() == {"type": "watch-refused", "code": "not_allowed"}
        await guest.send(type="watch", action="play")
        assert await guest.next() == {"type": "watch-refused", "code": "no_video"}
        await host.send(type="watch", action="share", url="javascript:alert(1)")
        assert await host.next() == {"type": "watch-refused", "code": "bad_source"}
        await host.nothing_within(0.2)
        await guest.nothing_within(0.2)

        await host.send(type="watch", action="share", url=VIDEO)
        for page in (host, guest):
            state = await page.next("watch")
            assert state["source"] == VIDEO and state["playing"] is False
            assert state["position"] == 0 and state["controller"] == ann["id"]
            assert abs(state["at"] - time.time() * 1000) < 5000

        await guest.send(type="watch", action="play")
        await guest.send(type="watch", action="seek", position=30)
        assert await guest.next() == {"type": "watch-refused", "code": "not_allowed"}
        assert await guest.next() == {"type": "watch-refused", "code": "not_allowed"}
        await host.send(type="watch", action="seek", position=-4)
        assert await host.next() == {"type": "watch-refused", "code": "bad_position"}

        await host.send(type="watch", action="play", position=5)
        for page in (host, guest):
            state = await page.next("watch")
            assert state["playing"] is True and state["position"] == 5

        # A late joiner gets where the video is now (it kept on playing).
        await asyncio.sleep(0.6)
        late = await connect(room, "Cat")
        cat = await admitted(late)
        now = cat["watch"]
        assert now["playing"] is True and 5.5 <= now["position"] < 5 + 10
        for page in (host, guest):
            await page.next("peer-joined")

        # Control handed to Ben: he pauses and seeks; a guest cannot hand it on or stop.
        await guest.send(type="watch", action="control", id=cat["id"])
        assert await guest.next() == {"type": "watch-refused", "code": "not_allowed"}
        await host.send(type="watch", action="control", id=ben["id"])
        for page in (host, guest, late):
            state = await page.next("watch")
            assert state["controller"] == ben["id"] and state["controller_name"] == "Ben"
        await guest.send(type="watch", action="pause", position=7.25)
        for page in (host, guest, late):
            state = await page.next("watch")
            assert state["playing"] is False and state["position"] == 7.25
        await guest.send(type="watch", action="seek", position=61.5)
        for page in (host, guest, late):
            assert (await page.next("watch"))["position"] == 61.5
        await late.send(type="watch", action="play")
        assert await late.next() == {"type": "watch-refused", "code": "not_allowed"}
        await guest.send(type="watch", action="stop")
        assert await guest.next() == {"type": "watch-refused", "code": "not_allowed"}

        # Ben leaving gives control back to the host who shared.
        await guest.send(type="leave")
        for page in (host, late):
            state = await page.next("watch")
            assert state["controller"] == ann["id"] and state["position"] == 61.5

        await host.send(type="watch", action="stop")
        assert await host.next("watch") == {"type": "watch", "active": False}
        assert await late.next("watch") == {"type": "watch", "active": False}
        again = await connect(room, "Dan")
        assert (await admitted(again))["watch"] is None

    run(server, scenario)


WEBM = b"\x1a\x45\xdf\xa3" + b"\x00" * 60
MP4 = b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 60


def test_a_host_uploads_a_video_only_participants_get_and_it_goes_with_the_session(
    server: BuiltinServer, client: MeetingsClient
) -> None:
    room = client.create_room("Upload")
    assert room.host_url is not None
    token = parse_qs(urlsplit(room.host_url).query)["participant_token"][0]
    code = str(room.meeting_code)
    upload = f"{server.origin}/meeting-api/watch/{code}"
    host_device, guest_device, stranger = device(), device(), device()

    async def scenario(connect: Connect) -> None:
        async with aiohttp.ClientSession() as http:

            async def post(body: bytes, kind: str, bearer: str = token) -> aiohttp.ClientResponse:
                headers = {"Content-Type": kind, "Authorization": f"Bearer {bearer}"}
                async with http.post(upload, data=body, headers=headers) as response:
                    await response.read()
                    return response

            # Not before the host is in the meeting.
            assert (await post(WEBM, "video/webm")).status == 403
            host = await connect(room, "Ann", host=True, device=host_device)
            await admitted(host)
            guest = await connect(room, "Ben", device=guest_device)
            await admitted(guest)

            assert (await post(WEBM, "video/webm", bearer="nope")).status == 403
            assert (await post(WEBM, "video/webm", bearer="")).status == 403
            assert (await post(WEBM, "text/html")).status == 415
            assert (await post(b"<html>" + WEBM, "video/webm")).status == 415
            assert (await post(WEBM, "video/mp4")).status == 415
            assert (await post(b"", "video/webm")).status == 400
            assert (await post(b"\x1a\x45\xdf\xa3" + b"x" * 5000, "video/webm")).status == 413

            headers = {"Content-Type": "video/mp4", "Authorization": f"Bearer {token}"}
            async with http.post(upload, data=MP4, headers=headers) as response:
                assert response.status == 201
                url = (await response.json())["url"]
            assert url.startswith(f"/meeting-watch/{code}/") and url.endswith(".mp4")

            async def get(who: str | None) -> int:
                cookies = {"Cookie": f"{DEVICE_COOKIE}={who}"} if who else {}
                async with http.get(server.origin + url, headers=cookies) as response:
                    body = await response.read()
                    if response.status == 200:
                        assert body == MP4 and response.content_type == "video/mp4"
                    return response.status

            assert await get(guest_device) == 200
            assert await get(stranger) == 404 and await get(None) == 404
            # The path is shared like a URL; another meeting's path is not.
            await host.send(type="watch", action="share", url=url)
            assert (await guest.next("watch"))["source"] == url
            other = url.replace(code, "123456789")
            await host.send(type="watch", action="share", url=other)
            assert (await host.next("watch-refused"))["code"] == "bad_source"

            stored = server.config.data_dir / "watch" / code
            assert len(list(stored.iterdir())) == 1
            await guest.send(type="leave")
            assert await get(guest_device) == 404  # not in the meeting any more
            await host.send(type="leave")
            for _ in range(100):
                if not stored.exists():
                    break
                await asyncio.sleep(0.05)
            assert not stored.exists()

    run(server, scenario)
