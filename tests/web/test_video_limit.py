"""The limit of cameras on, on the meeting page (resources/meeting/camera.js), and the
hosts' warning when the server's media server is unreachable (senders.js), with real
pages in Chromium on the real built-in server (``max_video_senders`` made 2 so that three
people show it; the server's side: tests/server/test_sfu.py)."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from launcher.api import MeetingsClient
from launcher.server import BuiltinServer, ServerConfig, create_application
from launcher.server.config import SfuSetting
from tests.helpers.browsers import ChromiumBrowser, ChromiumGuest
from tests.web.conftest import SHOTS

MAX = 2
LANGUAGES = ("en", "fr", "de", "it", "es")


def closed_port() -> int:
    """A loopback port nothing listens on (the media server that is not there)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(data_dir: Path, **options: Any) -> Iterator[MeetingsClient]:
    server = BuiltinServer(ServerConfig(data_dir=data_dir, **options))
    server.start()
    try:
        application_id, key = create_application(data_dir, "limit")
        with MeetingsClient(server.api_url, application_id, key) as api:
            yield api
    finally:
        server.stop()


@pytest.fixture(scope="module")
def limit_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MeetingsClient]:
    yield from start_server(tmp_path_factory.mktemp("limit"), max_video_senders=MAX)


@pytest.fixture(scope="module")
def unreachable_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MeetingsClient]:
    # A media server is configured but nothing answers there: meetings stay a mesh.
    sfu = SfuSetting(f"ws://127.0.0.1:{closed_port()}", "not-a-real-key")
    yield from start_server(tmp_path_factory.mktemp("nosfu"), mesh_video_senders=MAX, sfu=sfu)


@pytest.fixture(scope="module")
def chromium_browser() -> Iterator[ChromiumBrowser]:
    browser = ChromiumBrowser()
    try:
        yield browser
    finally:
        browser.close()


@pytest.fixture
def people(chromium_browser: ChromiumBrowser) -> Iterator[Any]:
    opened: list[ChromiumGuest] = []

    def open_page(name: str, url: str, *, camera: bool = True) -> ChromiumGuest:
        person = chromium_browser.guest(name)
        opened.append(person)
        person.open(url)
        if not camera:
            person.wait_for("meetingStatus().view === 'lobby' && meetingStatus().firstLocalFrameAt")
            person.click("#preview-cam")
            person.wait_for("!meetingStatus().camOn")
        person.join()
        person.wait_admitted()
        return person

    yield open_page
    for person in opened:
        person.close()


def note(person: ChromiumGuest) -> str | None:
    shown = person.status().get("cameraNote")
    return str(shown) if shown else None


def test_camera_stays_off_with_a_note_when_that_many_are_on(
    limit_client: MeetingsClient, people: Any
) -> None:
    room = limit_client.create_room("Cameras")
    assert room.host_url and room.guest_url
    host = people("Hana", room.host_url)
    bob = people("Bob", room.guest_url)
    host.wait_for("meetingStatus().videoSenders === 2")

    # Cat comes in with her camera on: two are on already, so she joins with hers off
    # and a plain note says why and when she can turn it on.
    cat = people("Cat", room.guest_url)
    cat.wait_for("meetingStatus().cameraNote")
    status = cat.status()
    assert status["camOn"] is False and status["videoSendersMax"] == MAX
    text = note(cat) or ""
    assert "2 people already have theirs on" in text, text
    assert "as soon as someone turns theirs off" in text, text
    assert not any(t["kind"] == "video" for t in status["localTracks"])  # the light is off
    announced = cat.evaluate("document.querySelector('#announcer').textContent") or ""
    assert "2 people already have theirs on" in announced, announced
    host.wait_for("meetingStatus().peers.find(p => p.name === 'Cat' && p.video === false)")
    assert note(host) is None and note(bob) is None
    cat.page.wait_for_timeout(300)
    cat.screenshot(SHOTS / "camera-limit-note.png")
    assert cat.outside_viewport("#camera-note") == []

    # Pressing the camera button: it stays off, the note stays.
    cat.click("#btn-cam")
    cat.page.wait_for_timeout(500)
    assert cat.status()["camOn"] is False and note(cat)
    assert cat.evaluate("document.querySelector('#btn-cam').getAttribute('aria-label')") == (
        "Turn camera on"
    )

    # In every language, with the number filled in.
    texts = {}
    for language in LANGUAGES:
        cat.evaluate(f"meeting.setLanguage({json.dumps(language)})")
        texts[language] = note(cat) or ""
        assert "2" in texts[language] and "{" not in texts[language], texts
    assert len(set(texts.values())) == len(LANGUAGES), texts
    cat.evaluate("meeting.setLanguage('en')")

    # Bob turns his off: Cat can turn hers on; the note goes.
    bob.click("#btn-cam")
    cat.wait_for("meetingStatus().peers.find(p => p.name === 'Bob' && p.video === false)")
    cat.click("#btn-cam")
    cat.wait_for("meetingStatus().camOn && !meetingStatus().cameraNote")
    host.wait_for("meetingStatus().peers.find(p => p.name === 'Cat' && p.video === true)")
    host.wait_receiving("Cat", timeout=40)

    # Cat off again: one slot. Bob and Dan press at the same moment; both pages think
    # there is room, the server lets one in and refuses the other ("video-refused"):
    # that page's camera goes off again with the note.
    cat.click("#btn-cam")
    dan = people("Dan", room.guest_url, camera=False)
    for person in (bob, dan):
        person.wait_for("meetingStatus().peers.filter(p => p.video).length === 1")
    bob.page.evaluate("() => { meeting.setCamera(true); }")
    dan.page.evaluate("() => { meeting.setCamera(true); }")
    host.wait_for("meetingStatus().videoSenders === 2")
    # Who won is what the server let through (the host's view): the loser's own page
    # still shows its camera on until the refusal arrives.
    first_on = host.wait_for(
        "(() => { const on = meetingStatus().peers.filter(p => ['Bob', 'Dan'].includes(p.name)"
        " && p.video); return on.length === 1 && on[0].name; })()"
    )
    winner, loser = (bob, dan) if first_on == "Bob" else (dan, bob)
    loser.wait_for("!meetingStatus().camOn && meetingStatus().cameraNote")
    winner.page.wait_for_timeout(1000)
    assert winner.status()["camOn"] is True and note(winner) is None
    assert host.status()["videoSenders"] == 2
    # The note can be dismissed.
    loser.click("#camera-note-close")
    loser.wait_for("meetingStatus().cameraNote === null")


def test_hosts_hear_that_the_media_server_is_unreachable(
    unreachable_client: MeetingsClient, people: Any
) -> None:
    room = unreachable_client.create_room("No SFU")
    assert room.host_url and room.guest_url
    host = people("Hana", room.host_url)
    people("Bob", room.guest_url)
    people("Cat", room.guest_url)
    host.wait_for("meetingStatus().videoSenders === 3")
    text = host.wait_for("meetingStatus().sendersWarning")
    assert "media server" in text and "unreachable" in text, text
    status = host.status()
    assert status["sfu"]["mode"] == "mesh" and status["sfu"]["server"] == "unavailable", status
    host.page.wait_for_timeout(300)
    host.screenshot(SHOTS / "mesh-warning-no-sfu.png")
    texts = set()
    for language in LANGUAGES:
        host.evaluate(f"meeting.setLanguage({json.dumps(language)})")
        texts.add(host.status()["sendersWarning"])
    assert len(texts) == len(LANGUAGES), texts
