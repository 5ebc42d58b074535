"""The hosts' "video may stutter" warning (resources/meeting/senders.js) with real pages:
a host, a co-host and a guest in Chromium (fake camera and microphone) on a built-in
server that handles two cameras well (``ServerConfig.mesh_video_senders``, ``serve
--mesh-video-senders``). The number reaching pages: tests/server/test_mesh_senders.py."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from launcher.api import MeetingsClient
from launcher.server import BuiltinServer, ServerConfig, create_application
from tests.helpers.browsers import ChromiumBrowser, ChromiumGuest
from tests.web.conftest import SHOTS

LIMIT = 2
LANGUAGES = ("en", "fr", "de", "it", "es")

# Where the warning, the toolbar and the tiles are on the screen, and whether the warning
# is inside the screen and above the toolbar without touching it.
LAYOUT = """(() => {
  const box = (s) => { const r = document.querySelector(s).getBoundingClientRect();
    return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width}; };
  const warning = box('#senders-warning'), toolbar = box('.toolbar'), grid = box('#grid');
  return {warning, toolbar, grid, width: Math.min(innerWidth, screen.width),
    height: Math.min(innerHeight, screen.height),
    wide: document.documentElement.scrollWidth > Math.min(innerWidth, screen.width)};
})()"""


@pytest.fixture(scope="module")
def mesh_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltinServer]:
    server = BuiltinServer(
        ServerConfig(data_dir=tmp_path_factory.mktemp("mesh"), mesh_video_senders=LIMIT)
    )
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def mesh_client(mesh_server: BuiltinServer) -> Iterator[MeetingsClient]:
    application_id, key = create_application(mesh_server.config.data_dir, "mesh")
    with MeetingsClient(mesh_server.api_url, application_id, key) as api:
        yield api


@pytest.fixture(scope="module")
def chromium_browser() -> Iterator[ChromiumBrowser]:
    browser = ChromiumBrowser()
    try:
        yield browser
    finally:
        browser.close()


@pytest.fixture
def people(chromium_browser: ChromiumBrowser) -> Iterator[Any]:
    """``people(name, url)``: somebody in the meeting, in their own Chromium context."""
    opened: list[ChromiumGuest] = []

    def open_page(name: str, url: str) -> ChromiumGuest:
        person = chromium_browser.guest(name)
        opened.append(person)
        person.open(url)
        person.join()
        person.wait_admitted()
        return person

    yield open_page
    for person in opened:
        person.close()


def cameras_seen(person: ChromiumGuest, count: int) -> None:
    """Wait until ``person``'s page counts ``count`` cameras on (its own and the others')."""
    person.wait_for(f"meetingStatus().videoSenders === {count}")


def warning(person: ChromiumGuest) -> str | None:
    shown = person.status()["sendersWarning"]
    return str(shown) if shown is not None else None


def check_layout(person: ChromiumGuest, shot: str) -> dict[str, Any]:
    """The warning on screen, above the toolbar and the tiles; a screenshot to look at."""
    person.page.wait_for_timeout(300)  # the tiles' layout settles (ResizeObserver)
    layout: dict[str, Any] = person.evaluate(LAYOUT)
    person.screenshot(SHOTS / shot)
    warning_box, toolbar, grid = layout["warning"], layout["toolbar"], layout["grid"]
    assert warning_box["width"] > 0, layout
    assert warning_box["left"] >= 0 and warning_box["right"] <= layout["width"], layout
    assert warning_box["top"] >= 0 and warning_box["bottom"] <= toolbar["top"], layout
    assert warning_box["bottom"] <= grid["top"], layout  # in the flow: it covers no tile
    assert toolbar["bottom"] <= layout["height"] + 0.5, layout
    assert not layout["wide"], layout
    return layout


def test_hosts_see_the_warning_above_the_limit_guests_never(
    mesh_client: MeetingsClient, people: Any
) -> None:
    room = mesh_client.create_room("Cameras")
    assert room.host_url is not None and room.guest_url is not None
    host = people("Hana", room.host_url)
    bob = people("Bob", room.guest_url)
    # Two cameras on: as many as the meeting handles well, no warning.
    for person in (host, bob):
        cameras_seen(person, 2)
    assert host.status()["meshVideoSenders"] == LIMIT
    assert warning(host) is None and warning(bob) is None

    # A co-host comes in with her camera: three. Both hosts are warned, Bob is not.
    cat = people("Cat", room.host_url)
    for person in (host, bob, cat):
        cameras_seen(person, 3)
    text = host.wait_for("meetingStatus().sendersWarning")
    assert text.startswith("3 cameras are on: video may stutter."), text
    assert "up to 2" in text and "turn their camera off" in text
    cat.wait_for("meetingStatus().sendersWarning")
    assert warning(bob) is None
    assert bob.evaluate("document.querySelector('#senders-warning').hidden") is True
    # Said once, politely, to screen readers.
    announced = host.evaluate("document.querySelector('#announcer').textContent")
    assert "3 cameras are on" in announced, announced
    assert host.evaluate("document.querySelector('#announcer').getAttribute('aria-live')") == (
        "polite"
    )
    assert "cameras" not in bob.evaluate("document.querySelector('#announcer').textContent")

    # Desktop and phone widths: on screen, above the toolbar, over no tile; below the
    # lock indicator when the meeting is locked.
    check_layout(host, "mesh-warning-desktop.png")
    host.evaluate("meeting.moderate('lock')")
    host.wait_for("meetingStatus().lockIndicator")
    host.page.set_viewport_size({"width": 390, "height": 844})
    host.wait_for("document.querySelector('#btn-more').offsetWidth > 0")  # the phone layout
    layout = check_layout(host, "mesh-warning-phone-locked.png")
    lock = host.evaluate("document.querySelector('#lock-indicator').getBoundingClientRect().bottom")
    assert layout["warning"]["top"] >= lock, layout
    host.evaluate("meeting.moderate('unlock')")
    host.wait_for("!meetingStatus().lockIndicator")
    check_layout(host, "mesh-warning-phone.png")
    host.page.set_viewport_size({"width": 1280, "height": 800})

    # In every language of the page, with the numbers filled in.
    texts = {}
    for language in LANGUAGES:
        host.evaluate(f"meeting.setLanguage({json.dumps(language)})")
        texts[language] = warning(host) or ""
        assert "3" in texts[language] and "2" in texts[language], texts
        assert "{" not in texts[language], texts
    assert len(set(texts.values())) == len(LANGUAGES), texts
    host.evaluate("meeting.setLanguage('en')")

    # Bob turns his camera off: two again, the warning goes away for the hosts.
    bob.click("#btn-cam")
    for person in (host, cat):
        cameras_seen(person, 2)
    host.wait_for("meetingStatus().sendersWarning === null")
    cat.wait_for("meetingStatus().sendersWarning === null")
    # On again: back. The host's own camera counts too: hers off, gone.
    bob.click("#btn-cam")
    host.wait_for("meetingStatus().sendersWarning")
    host.click("#btn-cam")
    host.wait_for("meetingStatus().videoSenders === 2 && meetingStatus().sendersWarning === null")
    # Somebody leaving counts too.
    host.click("#btn-cam")
    host.wait_for("meetingStatus().sendersWarning")
    cat.leave()
    host.wait_for("meetingStatus().videoSenders === 2 && meetingStatus().sendersWarning === null")
