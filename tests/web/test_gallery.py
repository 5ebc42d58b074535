"""The gallery's pages (resources/meeting/gallery.js) with real pages on the real server.

A host and three guests in Chromium (fake camera and microphone), plus people who come
in without camera or microphone through the meeting WebSocket alone (``Silent``): they
cost no media, so a room can hold more people than fit on a stage. Their tiles never
connect (nothing answers WebRTC offers), which is fine for counting tiles and pages.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from typing import Any

import aiohttp
import pytest

from launcher.api import MeetingsClient
from launcher.server import BuiltinServer
from tests.helpers.browsers import ChromiumBrowser, ChromiumGuest
from tests.web.conftest import SHOTS

LANGUAGES = ("en", "fr", "de", "it", "es")


class Silent:
    """People in a meeting through the WebSocket alone (camera and microphone off)."""

    def __init__(self, server: BuiltinServer) -> None:
        self.server = server
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.session: aiohttp.ClientSession | None = None
        self.sockets: dict[str, aiohttp.ClientWebSocketResponse] = {}
        self.ids: dict[str, str] = {}

    def _call(self, coroutine: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout=60)

    async def _join(self, meeting_code: str, name: str) -> None:
        if self.session is None:
            self.session = aiohttp.ClientSession()
        url = self.server.origin.replace("http", "ws", 1) + "/meeting-ws"
        ws = await self.session.ws_connect(url)
        await ws.send_json(
            {
                "type": "hello",
                "meeting_code": meeting_code,
                "name": name,
                "media": {"audio": False, "video": False, "screen": False},
            }
        )
        while True:
            message = json.loads((await ws.receive(timeout=30)).data)
            if message["type"] == "welcome":
                self.ids[name] = message["id"]
            if message["type"] == "joined":
                break
            assert message["type"] in ("welcome", "waiting"), message
        self.sockets[name] = ws
        self.loop.create_task(self._drain(ws))

    async def _drain(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        async for _ in ws:
            pass

    def join(self, meeting_code: str, *names: str) -> None:
        for name in names:
            self._call(self._join(meeting_code, name))

    def leave(self, name: str) -> None:
        ws = self.sockets.pop(name)
        self._call(ws.send_json({"type": "leave"}))
        self._call(ws.close())

    def close(self) -> None:
        async def shut() -> None:
            for ws in self.sockets.values():
                await ws.close()
            if self.session is not None:
                await self.session.close()

        self._call(shut())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def chromium_browser() -> Iterator[ChromiumBrowser]:
    browser = ChromiumBrowser()
    try:
        yield browser
    finally:
        browser.close()


@pytest.fixture
def silent(server: BuiltinServer) -> Iterator[Silent]:
    people = Silent(server)
    yield people
    people.close()


@pytest.fixture
def people(chromium_browser: ChromiumBrowser) -> Iterator[Any]:
    """``people(name, url, mic=True)``: somebody in the meeting in their own context."""
    opened: list[ChromiumGuest] = []

    def open_page(name: str, url: str, *, mic: bool = True) -> ChromiumGuest:
        person = chromium_browser.guest(name)
        opened.append(person)
        person.open(url)
        if not mic:
            person.wait_for("meetingStatus().view === 'lobby' && meetingStatus().firstLocalFrameAt")
            person.click("#preview-mic")
            person.wait_for("!meetingStatus().micOn")
        person.join()
        person.wait_admitted()
        return person

    yield open_page
    for person in opened:
        person.close()


def gallery(person: ChromiumGuest) -> dict[str, Any]:
    return dict(person.status()["gallery"])


def on_screen_tiles(person: ChromiumGuest) -> list[str]:
    """The ids of the camera tiles a person can see (laid out, inside the grid)."""
    return list(
        person.evaluate(
            "(() => { const g = document.querySelector('#grid').getBoundingClientRect();"
            " return [...document.querySelectorAll('#grid .tile:not(.screen-share)')]"
            ".filter(t => { const r = t.getBoundingClientRect(); return r.width > 0"
            " && r.top >= g.top - 1 && r.bottom <= g.bottom + 1 && r.left >= g.left - 1"
            " && r.right <= g.right + 1; }).map(t => t.dataset.id); })()"
        )
    )


def check_page(person: ChromiumGuest, shot: str) -> dict[str, Any]:
    """One page shown: its tiles on screen and no other, the controls on screen above
    the toolbar, nothing wider than the screen; a screenshot to look at."""
    person.page.wait_for_timeout(400)  # the layout settles (ResizeObserver)
    person.wait_for("!document.querySelector('.toast')")  # "X joined" notes gone
    state = gallery(person)
    assert state["pages"] > 1, state
    assert sorted(on_screen_tiles(person)) == sorted(state["visible"]), state
    assert len(state["visible"]) <= state["perPage"], state
    assert person.status()["selfId"] in state["visible"], state  # one's own tile: always
    assert person.outside_viewport("#btn-page-prev", "#btn-page-next", "#gallery-label") == []
    nav = person.evaluate("document.querySelector('#gallery-nav').getBoundingClientRect().bottom")
    toolbar = person.evaluate("document.querySelector('.toolbar').getBoundingClientRect().top")
    assert nav <= toolbar, (nav, toolbar)
    assert not person.scrolls_sideways()
    person.screenshot(SHOTS / shot)
    return state


def test_gallery_pages_keep_the_speaker_and_everyone_s_sound(
    client: MeetingsClient, people: Any, silent: Silent
) -> None:
    room = client.create_room("Gallery")
    assert room.host_url and room.guest_url and room.meeting_code
    host = people("Hana", room.host_url, mic=False)
    ann = people("Ann", room.guest_url, mic=False)
    silent.join(room.meeting_code, *(f"Quiet {n}" for n in range(1, 15)))
    sam = people("Sam", room.guest_url)  # the only microphone on: the active speaker
    sam_id = sam.status()["selfId"]
    ann_id = ann.status()["selfId"]
    host.wait_for("meetingStatus().peers.length === 16")

    # A roomy window: everyone fits, no page controls.
    host.page.wait_for_timeout(400)
    state = gallery(host)
    assert state["pages"] == 1 and state["label"] is None, state
    assert len(state["visible"]) == 17, state
    assert host.evaluate("document.querySelector('#gallery-nav').hidden") is True

    # A small window: pages. Sam speaks and is on the first page although the people
    # who came in before him fill it.
    host.page.set_viewport_size({"width": 640, "height": 420})
    host.wait_for("meetingStatus().gallery.pages > 1")
    host.wait_for(f"meetingStatus().speaker === {json.dumps(sam_id)}", timeout=40)
    host.wait_for(f"meetingStatus().gallery.visible.includes({json.dumps(sam_id)})")
    state = check_page(host, "gallery-small-window.png")
    pages = state["pages"]
    assert state["page"] == 1 and state["label"] == f"Page 1 of {pages}", state

    # Keyboard: Next by Enter, then the arrow keys; each page said to screen readers.
    host.page.focus("#btn-page-next")
    host.press_key("Enter")
    host.wait_for("meetingStatus().gallery.page === 2")
    announced = host.evaluate("document.querySelector('#announcer').textContent")
    assert f"Page 2 of {pages}" in announced, announced
    second = check_page(host, "gallery-page-2.png")
    assert set(second["visible"]) != set(state["visible"]), (state, second)
    assert sam_id in second["visible"], second  # the speaker stays in sight
    assert host.evaluate("document.activeElement.id") == "btn-page-next"
    for _ in range(pages):
        host.press_key("ArrowRight")
    host.wait_for(f"meetingStatus().gallery.page === {pages}")
    assert (
        host.evaluate("document.querySelector('#btn-page-next').getAttribute('aria-disabled')")
        == "true"
    )
    host.press_key("Enter")  # at the end: nothing moves, the focus stays
    host.page.wait_for_timeout(300)
    assert gallery(host)["page"] == pages
    assert host.evaluate("document.activeElement.id") == "btn-page-next"
    host.press_key("ArrowLeft")
    host.wait_for(f"meetingStatus().gallery.page === {pages - 1}")
    host.click("#btn-page-prev")  # and by mouse
    host.wait_for(f"meetingStatus().gallery.page === {max(1, pages - 2)}")

    # Ann's tile on another page: her sound still plays (her element plays, unmuted,
    # and her audio keeps arriving).
    for _ in range(pages):
        if ann_id not in gallery(host)["visible"]:
            break
        host.click("#btn-page-next")
        host.page.wait_for_timeout(200)
    assert ann_id not in gallery(host)["visible"], gallery(host)
    ann_stats = host.wait_for(
        "meetingStatus().peers.find(p => p.name === 'Ann' && p.pagedOut && p.playing"
        " && p.audioPacketsReceived > 0)",
        timeout=40,
    )
    host.wait_for(
        "meetingStatus().peers.find(p => p.name === 'Ann' && p.pagedOut"
        f" && p.audioPacketsReceived > {ann_stats['audioPacketsReceived']})",
        timeout=40,
    )

    # In every language, with the numbers filled in.
    texts = {}
    for language in LANGUAGES:
        host.evaluate(f"meeting.setLanguage({json.dumps(language)})")
        texts[language] = gallery(host)["label"] or ""
        label = host.evaluate("document.querySelector('#btn-page-next').getAttribute('aria-label')")
        assert label and "{" not in label, label
        assert str(pages) in texts[language] and "{" not in texts[language], texts
    assert len(set(texts.values())) == len(LANGUAGES), texts
    host.evaluate("meeting.setLanguage('en')")

    # People leaving: fewer pages, and a page that no longer exists is not shown.
    host.evaluate(f"meeting.turnPage({pages})")
    host.wait_for(f"meetingStatus().gallery.page === {pages}")
    for n in range(1, 15):
        silent.leave(f"Quiet {n}")
    host.wait_for("meetingStatus().peers.length === 2")
    host.wait_for("meetingStatus().gallery.pages === 1 && meetingStatus().gallery.label === null")
    assert len(gallery(host)["visible"]) == 3

    # A phone (390 wide) with many people: pages there too, the controls reachable.
    silent.join(room.meeting_code, *(f"More {n}" for n in range(1, 19)))
    host.page.set_viewport_size({"width": 390, "height": 844})
    host.wait_for("meetingStatus().peers.length === 20")
    host.wait_for("document.querySelector('#btn-more').offsetWidth > 0")  # the phone layout
    host.wait_for("meetingStatus().gallery.pages > 1")
    phone = check_page(host, "gallery-phone.png")
    assert phone["label"] == f"Page 1 of {phone['pages']}", phone
    host.click("#btn-page-next")
    host.wait_for("meetingStatus().gallery.page === 2")
    check_page(host, "gallery-phone-page-2.png")
