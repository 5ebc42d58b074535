"""Website embed: a customer's page on another origin shows the meeting in an iframe.

``serve`` behind Caddy (HTTPS) holds the meeting; the operator allows one website with
``meeting-launcher app embed-domains`` while it runs. That website is a tiny aiohttp
server on loopback, reached as ``http://localhost:PORT`` (another site than the
meeting's ``https://127.0.0.1``). A guest in Chromium joins through the iframe, camera
and microphone working there, and meets the host in the app's window; the same page
reached as ``http://127.0.0.1:PORT`` (an origin not on the list) gets no meeting.
"""

from __future__ import annotations

import asyncio
import html
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from tests.e2e.conftest import SHOTS, OfficeServer, QtHost, qt_idle
from tests.helpers.browsers import ChromiumBrowser, Participant

ALLOW = "camera;microphone;display-capture"


class Website:
    """A customer's website: ``/meeting`` is a page embedding ``src`` in an iframe."""

    def __init__(self) -> None:
        self.src = "about:blank"
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._runner: web.AppRunner | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    def __enter__(self) -> Website:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(10)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_get("/meeting", self._page)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def _page(self, request: web.Request) -> web.Response:
        return web.Response(
            content_type="text/html",
            text=(
                "<!doctype html><title>Intranet</title><h1>Our intranet</h1>"
                f'<iframe id="meeting" allow="{ALLOW}" src="{html.escape(self.src)}"'
                ' style="width:1000px;height:640px;border:1px solid #888"></iframe>'
            ),
        )


class EmbeddedGuest(Participant):
    """A guest whose meeting page is the iframe of another site's page (Chromium)."""

    def __init__(self, page: Any, meeting_origin: str, name: str) -> None:
        super().__init__(name, qt_idle)
        self.page = page
        self.meeting_origin = meeting_origin

    @property
    def frame(self) -> Any:
        frames = [f for f in self.page.frames if f.url.startswith(self.meeting_origin + "/")]
        assert frames, [f.url for f in self.page.frames]
        return frames[0]

    def _run(self, script: str) -> Any:
        return self.frame.evaluate(f"() => {{ {script} }}")

    def click(self, selector: str) -> None:
        self.frame.click(selector, timeout=10_000)

    def type_text(self, selector: str, text: str, *, enter: bool = False) -> None:
        self.frame.fill(selector, text, timeout=10_000)
        if enter:
            self.frame.press(selector, "Enter")

    def screenshot(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(path))
        return path


@pytest.fixture(scope="module")
def website() -> Iterator[Website]:
    with Website() as site:
        yield site


def allow_embedding(office: OfficeServer, *origins: str) -> list[str]:
    """``meeting-launcher app embed-domains`` on the running server's data dir."""
    done = subprocess.run(
        [
            *(sys.executable, "-m", "launcher", "app", "embed-domains"),
            *("--data-dir", str(office.serve.data_dir), office.client.application_id, *origins),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_a_meeting_embedded_on_an_allowed_site_has_camera_and_microphone(
    office: OfficeServer,
    chromium_browser: ChromiumBrowser,
    app_host: Callable[[str, str], QtHost],
    website: Website,
) -> None:
    allowed = f"http://localhost:{website.port}"
    assert allow_embedding(office, allowed) == [allowed]
    room = office.client.create_room("Embedded meeting")
    assert room.host_url is not None and room.guest_url is not None
    website.src = room.guest_url

    alice = app_host(room.host_url, "Alice")
    alice.join()
    alice.wait_admitted()

    context = chromium_browser.browser.new_context(viewport={"width": 1100, "height": 760})
    refused_context = chromium_browser.browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"{allowed}/meeting")
        bob = EmbeddedGuest(page, office.origin, "Bob")
        bob.join()
        bob.wait_admitted()
        # The camera and microphone inside the frame: live tracks, sent to Alice.
        tracks = {t["kind"]: t for t in bob.status()["localTracks"]}
        assert tracks["audio"]["readyState"] == "live", tracks
        assert tracks["video"]["readyState"] == "live", tracks
        assert bob.wait_receiving("Alice")["connectionState"] == "connected"
        assert alice.wait_receiving("Bob")["connectionState"] == "connected"
        assert bob.evaluate("window.top !== window") is True
        # Screen sharing too (display-capture): Alice gets the shared screen.
        bob.click("#btn-share")
        bob.wait_for("meetingStatus().sharing")
        alice.wait_for(
            "meetingStatus().peers.find(p => p.name === 'Bob' && p.screenFramesDecoded > 0)", 30
        )
        bob.screenshot(SHOTS / "embedded-meeting.png")

        # The same website on an origin the operator did not allow: no meeting.
        refused = refused_context.new_page()
        console: list[str] = []
        refused.on("console", lambda message: console.append(message.text))
        refused.goto(f"http://127.0.0.1:{website.port}/meeting")
        deadline = time.monotonic() + 20
        while not any("frame-ancestors" in text for text in console):
            assert time.monotonic() < deadline, console
            qt_idle(0.1)
        blocked = [text for text in console if "frame-ancestors" in text]
        assert "violates" in blocked[0] and f'"frame-ancestors {allowed}"' in blocked[0], blocked
        # What is in the frame is Chromium's error page, not the meeting.
        assert refused.frame_locator("#meeting").locator("#join-btn").count() == 0
        assert [f.url for f in refused.frames[1:]] == ["chrome-error://chromewebdata/"]
        refused.screenshot(path=str(SHOTS / "embedded-refused.png"))
        # Nobody else came into the meeting.
        assert [p["name"] for p in alice.status()["peers"]] == ["Bob"]
        bob.leave()
        alice.wait_for("meetingStatus().peers.length === 0")
    finally:
        context.close()
        refused_context.close()
        alice.leave()

    # Without the list again, the allowed site gets no meeting either.
    allow_embedding(office, "--clear")
    again = chromium_browser.browser.new_context()
    try:
        page = again.new_page()
        console = []
        page.on("console", lambda message: console.append(message.text))
        page.goto(f"{allowed}/meeting")
        deadline = time.monotonic() + 20
        while not any("frame-ancestors 'none'" in text for text in console):
            assert time.monotonic() < deadline, console
            qt_idle(0.1)
    finally:
        again.close()
