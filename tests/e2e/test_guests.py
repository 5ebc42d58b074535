"""Guests in real browsers, through Caddy with TLS, meet the host in the app's window."""

from __future__ import annotations

import asyncio
import json
import os
import ssl
import subprocess
from collections.abc import Callable
from pathlib import Path

import aiohttp
import httpx
import pytest

from tests.e2e.conftest import SHOTS, OfficeServer, QtHost, qt_idle
from tests.helpers.browsers import ChromiumBrowser, FirefoxGuest, Participant
from tests.helpers.caddy import CADDYFILE


def test_caddy_proxies_api_pages_and_signalling(office: OfficeServer) -> None:
    # The API, through Caddy, with the launcher's own client; links name Caddy's origin.
    room = office.client.create_room("Through Caddy")
    assert room.guest_url is not None and room.guest_url.startswith(office.origin + "/")
    assert room.host_url is not None and room.host_url.startswith(office.origin + "/")
    assert office.client.get_room(room.id).id == room.id

    # The guest page, over Caddy's TLS (its own CA), with the server's headers kept.
    tls = ssl.create_default_context(cafile=str(office.caddy.root_ca))
    page = httpx.get(room.guest_url, verify=tls)
    assert page.status_code == 200
    assert "Caddy" in page.headers["server"]
    assert "default-src 'self'" in page.headers["content-security-policy"]
    marker = 'id="meeting-config" type="application/json">'
    config = json.loads(page.text.split(marker)[1].split("</script>")[0])
    assert config["ws_path"]

    # Signalling: a WebSocket upgrade through Caddy reaches the server's room.
    async def hello() -> dict[str, object]:
        async with (
            aiohttp.ClientSession() as http,
            http.ws_connect(office.origin + config["ws_path"], ssl=tls) as ws,
        ):
            await ws.send_str(
                json.dumps({"type": "hello", "meeting_code": room.meeting_code, "name": "Sock"})
            )
            return dict(json.loads((await ws.receive(timeout=5)).data))

    assert asyncio.run(hello())["type"] == "welcome"


def test_production_caddyfile_gets_a_certificate_for_the_domain(tmp_path: Path) -> None:
    """Without the test's extra lines, the same file asks for a public certificate for
    the operator's domain (ACME) and proxies to the default upstream."""
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path),
        "MEETINGS_DOMAIN": "meet.example.org",
    }
    env.pop("MEETINGS_UPSTREAM", None)
    adapted = subprocess.run(
        ["caddy", "adapt", "--config", str(CADDYFILE), "--adapter", "caddyfile"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    config = json.loads(adapted.stdout)
    server = config["apps"]["http"]["servers"]["srv0"]
    assert server["listen"] == [":443"]
    assert server["routes"][0]["match"] == [{"host": ["meet.example.org"]}]
    assert '"dial":"127.0.0.1:8080"' in json.dumps(server, separators=(",", ":"))
    # No issuer named: Caddy's automatic HTTPS (ACME), not its internal CA.
    assert "tls" not in config["apps"] and "admin" not in config


def meets(viewer: Participant, others: list[Participant]) -> None:
    for other in others:
        stats = viewer.wait_receiving(other.name)
        assert stats["connectionState"] == "connected", (viewer.name, stats)


def test_host_in_the_app_and_guests_in_chromium_and_firefox_meet_through_caddy(
    office: OfficeServer,
    chromium_browser: ChromiumBrowser,
    firefox_guest: FirefoxGuest,
    app_host: Callable[[str, str], QtHost],
) -> None:
    room = office.client.create_room("Front desk", join_approval_level="explicit_approval")
    assert room.host_url is not None and room.guest_url is not None
    alice = app_host(room.host_url, "Alice")
    alice.join()
    alice.wait_admitted()

    carol = chromium_browser.guest("Carol", idle=qt_idle)
    fred = firefox_guest
    try:
        # Each guest knocks, waits, and is let in by the host's Admit button.
        for guest in (carol, fred):
            guest.open(room.guest_url)
            guest.join()
            guest.wait_waiting_room()
            alice.admit(guest.name)
            guest.wait_admitted()

        # Everyone decodes everyone else's video (frames rising) and gets their audio.
        people: list[Participant] = [alice, carol, fred]
        for viewer in people:
            meets(viewer, [p for p in people if p is not viewer])

        # Chat from each to each.
        for sender in people:
            text = f"Hello from {sender.name}"
            sender.send_chat(text)
            for reader in people:
                if reader is not sender:
                    reader.wait_chat(sender.name, text)

        for person in people:
            person.screenshot(SHOTS / f"meeting-{person.name.lower()}.png")

        # Leaving: the others see each one go.
        fred.leave()
        for person in (alice, carol):
            person.wait_for("meetingStatus().peers.every(p => p.name !== 'Fred')")
        carol.leave()
        alice.wait_for("meetingStatus().peers.length === 0")
        alice.leave()
    finally:
        carol.close()


CONTROLS = ("#btn-mic", "#btn-cam", "#btn-chat", "#btn-leave")


@pytest.mark.parametrize(
    ("width", "height", "touch"),
    [
        pytest.param(
            360,
            740,
            True,
            id="phone-360x740",
            marks=pytest.mark.xfail(
                reason="the meeting toolbar needs 581 px: Leave is cut, and People, Chat"
                " and Full screen are off a 360 px screen",
                strict=True,
            ),
        ),
        pytest.param(
            500,
            900,
            True,
            id="phone-500x900",
            marks=pytest.mark.xfail(
                reason="the meeting toolbar needs 581 px: Full screen is off a 500 px"
                " screen and the page pans sideways",
                strict=True,
            ),
        ),
        pytest.param(1280, 800, False, id="desktop-1280x800"),
    ],
)
def test_guest_page_fits_the_screen(
    office: OfficeServer, chromium_browser: ChromiumBrowser, width: int, height: int, touch: bool
) -> None:
    """A guest on a phone (touch, mobile viewport) or a desktop, meeting Dana: the lobby
    and the meeting fit the screen, its controls can be tapped, chat works. Screenshots
    of each step go to SHOTS first, to be looked at."""
    size = f"{width}x{height}"
    room = office.client.create_room(f"Guest at {size}")
    assert room.guest_url is not None
    dana = chromium_browser.guest("Dana")
    guest = chromium_browser.guest("Pat", width=width, height=height, touch=touch)
    press = guest.tap if touch else guest.click
    try:
        dana.open(room.guest_url)
        dana.join()
        dana.wait_admitted()

        guest.open(room.guest_url)
        guest.wait_for("meetingStatus().view === 'lobby' && meetingStatus().firstLocalFrameAt")
        guest.screenshot(SHOTS / f"guest-{size}-lobby.png")
        guest.type_text("#name", guest.name)
        press("#join-btn")
        guest.wait_admitted()
        guest.wait_receiving("Dana")
        guest.screenshot(SHOTS / f"guest-{size}-meeting.png")
        layout = guest.evaluate(
            "({toolbar: document.querySelector('.toolbar').scrollWidth,"
            " page: document.documentElement.scrollWidth, screen: screen.width})"
        )
        assert guest.outside_viewport(*CONTROLS, ".tile video") == [], layout
        assert not guest.scrolls_sideways(), layout

        press("#btn-chat")
        guest.wait_for("!document.querySelector('#chat-panel').hidden")
        guest.type_text("#chat-input", f"Hello from {size}", enter=True)
        dana.wait_chat(guest.name, f"Hello from {size}")
        guest.screenshot(SHOTS / f"guest-{size}-chat.png")
        assert guest.outside_viewport("#chat-input", "#panel-close") == []
        press("#panel-close")
        press("#btn-leave")
        guest.wait_for("meetingStatus().message === 'left'")
    finally:
        guest.close()
        dana.close()
