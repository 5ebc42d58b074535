"""Guests in real browsers, through Caddy with TLS, meet the host in the app's window."""

from __future__ import annotations

import asyncio
import json
import os
import ssl
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


#: Every function of a guest's meeting toolbar (a host also has Record).
TOOLBAR = (
    "btn-mic",
    "btn-cam",
    "btn-share",
    "btn-hand",
    "btn-people",
    "btn-chat",
    "btn-board",
    "btn-fullscreen",
    "btn-leave",
)
LOBBY = ("#name", ".preview", "#camera-select", "#mic-select", "#join-btn")
#: The smallest touch target, in CSS pixels (WCAG 2.5.5, Apple's and Android's guides).
TOUCH = 44
MORE_LABELS = {"en": "More", "fr": "Plus", "de": "Mehr", "it": "Altro", "es": "Más"}


def on_screen(guest: Participant, selectors: dict[str, str]) -> dict[str, list[float]]:
    """Of ``selectors`` (name: CSS selector), those shown wholly on the screen: their
    width and height."""
    return dict(
        guest.evaluate(
            f"(([w, h]) => Object.fromEntries(Object.entries({json.dumps(selectors)})"
            ".map(([k, s]) => [k, document.querySelector(s)?.getBoundingClientRect()])"
            ".filter(([, r]) => r && r.width > 0 && r.height > 0 && r.left >= 0"
            " && r.top >= 0 && r.right <= w && r.bottom <= h)"
            f".map(([k, r]) => [k, [r.width, r.height]])))({Participant.SCREEN})"
        )
    )


def small_targets(guest: Participant) -> list[str]:
    """Buttons, fields and menu items shown now that are smaller than TOUCH either way."""
    return list(
        guest.evaluate(
            "[...document.querySelectorAll('button, input, select, [role=menuitem]')]"
            ".map(e => [e, e.getBoundingClientRect()])"
            f".filter(([, r]) => r.width > 0 && (r.width < {TOUCH} || r.height < {TOUCH}))"
            ".map(([e, r]) => `${e.id || e.dataset.for || e.className}"
            " ${Math.round(r.width)}x${Math.round(r.height)}`)"
        )
    )


def covers_the_screen(guest: Participant, selector: str) -> bool:
    return bool(
        guest.evaluate(
            f"(([w, h]) => {{ const r = document.querySelector({json.dumps(selector)})"
            ".getBoundingClientRect(); return r.left <= 0 && r.top <= 0"
            f" && r.right >= w && r.bottom >= h; }})({Participant.SCREEN})"
        )
    )


@pytest.mark.parametrize(
    ("width", "height", "touch"),
    [
        pytest.param(360, 740, True, id="phone-360x740"),
        pytest.param(500, 900, True, id="phone-500x900"),
        pytest.param(600, 900, True, id="phone-600x900"),
        pytest.param(1280, 800, False, id="desktop-1280x800"),
    ],
)
def test_guest_page_fits_the_screen(
    office: OfficeServer, chromium_browser: ChromiumBrowser, width: int, height: int, touch: bool
) -> None:
    """A guest on a phone (touch, mobile viewport) or a desktop, meeting Dana: the lobby
    and the meeting fit the screen without panning, every toolbar function is on the
    screen (on a phone, some through the More menu), everything to tap is at least
    44 px on touch, and chat and People cover a phone's screen and close again.
    Screenshots of each step go to SHOTS, to be looked at."""
    size = f"{width}x{height}"
    room = office.client.create_room(f"Guest at {size}")
    assert room.guest_url is not None
    dana = chromium_browser.guest("Dana")
    guest = chromium_browser.guest("Pat", width=width, height=height, touch=touch)
    press = guest.tap if touch else guest.click
    phone = width < 700
    try:
        dana.open(room.guest_url)
        dana.join()
        dana.wait_admitted()

        # The lobby: name, preview, devices and Join all on the screen.
        guest.open(room.guest_url)
        guest.wait_for("meetingStatus().view === 'lobby' && meetingStatus().firstLocalFrameAt")
        guest.screenshot(SHOTS / f"guest-{size}-lobby.png")
        assert set(on_screen(guest, {s: s for s in LOBBY})) == set(LOBBY)
        assert not guest.scrolls_sideways()
        if touch:
            assert small_targets(guest) == []
        guest.type_text("#name", guest.name)
        press("#join-btn")
        guest.wait_admitted()
        guest.wait_receiving("Dana")
        guest.screenshot(SHOTS / f"guest-{size}-meeting.png")
        tiles = {"first": "#grid .tile:nth-child(1)", "second": "#grid .tile:nth-child(2)"}
        assert on_screen(guest, tiles).keys() == tiles.keys()
        assert not guest.scrolls_sideways()
        if touch:
            assert small_targets(guest) == []

        # Every toolbar function: on the toolbar, or (on a phone) in the More menu.
        direct = on_screen(guest, {b: f"#{b}" for b in TOOLBAR})
        assert {"btn-mic", "btn-cam", "btn-chat", "btn-leave"} <= set(direct)
        assert on_screen(guest, {"more": "#btn-more"}).keys() == ({"more"} if phone else set())
        if phone:
            more = guest.evaluate(
                "['aria-haspopup', 'aria-expanded', 'aria-label']"
                ".map(a => document.querySelector('#btn-more').getAttribute(a))"
            )
            assert more == ["menu", "false", "More"]
            press("#btn-more")
            guest.wait_for("!document.querySelector('#more-menu').hidden")
            guest.screenshot(SHOTS / f"guest-{size}-more.png")
            assert (
                guest.evaluate("document.querySelector('#btn-more').getAttribute('aria-expanded')")
                == "true"
            )
            in_menu = on_screen(guest, {b: f'#more-menu [data-for="{b}"]' for b in TOOLBAR})
            assert set(direct) | set(in_menu) == set(TOOLBAR), (direct, in_menu)
            assert not set(direct) & set(in_menu)
            assert small_targets(guest) == []
            # A menu item does what its button does: People opens over the whole screen.
            press('#more-menu [data-for="btn-people"]')
            guest.wait_for(
                "!document.querySelector('#people-panel').hidden"
                " && document.querySelector('#more-menu').hidden"
            )
            guest.screenshot(SHOTS / f"guest-{size}-people.png")
            assert covers_the_screen(guest, "#panel")
            assert guest.outside_viewport("#people-list", "#panel-close") == []
            assert small_targets(guest) == []
            press("#panel-close")
            guest.wait_for("document.querySelector('#panel').hidden")
            # The keyboard: Enter opens on the first item, arrows move, Escape closes
            # and gives the focus back to the button.
            guest.evaluate("document.querySelector('#btn-more').focus()")
            guest.press_key("Enter")
            first = guest.wait_for("document.activeElement.dataset.for")
            assert first == "btn-share"
            guest.press_key("ArrowDown")
            assert guest.evaluate("document.activeElement.dataset.for") == "btn-hand"
            guest.press_key("Enter")
            guest.wait_for("meetingStatus().hand && document.querySelector('#more-menu').hidden")
            dana.wait_for("meetingStatus().peers.some(p => p.name === 'Pat' && p.hand)")
            guest.evaluate("document.querySelector('#btn-more').focus()")
            guest.press_key("Enter")
            guest.wait_for("document.activeElement.dataset.for === 'btn-share'")
            guest.press_key("Escape")
            guest.wait_for(
                "document.querySelector('#more-menu').hidden"
                " && document.activeElement.id === 'btn-more'"
                " && document.querySelector('#btn-more').getAttribute('aria-expanded') === 'false'"
            )
            # Its name in each of the page's languages.
            for code, label in MORE_LABELS.items():
                assert (
                    guest.evaluate(
                        f"(meeting.setLanguage({json.dumps(code)}),"
                        " document.querySelector('#btn-more').getAttribute('aria-label'))"
                    )
                    == label
                )
            guest.evaluate("meeting.setLanguage('en')")
        else:
            assert set(direct) == set(TOOLBAR), direct
            press("#btn-people")
            guest.wait_for("!document.querySelector('#people-panel').hidden")
            guest.screenshot(SHOTS / f"guest-{size}-people.png")
            press("#panel-close")
            guest.wait_for("document.querySelector('#panel').hidden")

        press("#btn-chat")
        guest.wait_for("!document.querySelector('#chat-panel').hidden")
        guest.type_text("#chat-input", f"Hello from {size}", enter=True)
        dana.wait_chat(guest.name, f"Hello from {size}")
        guest.screenshot(SHOTS / f"guest-{size}-chat.png")
        assert guest.outside_viewport("#chat-input", "#panel-close") == []
        assert covers_the_screen(guest, "#panel") == phone
        if touch:
            assert small_targets(guest) == []
        press("#panel-close")
        guest.wait_for("document.querySelector('#panel').hidden")
        assert not guest.scrolls_sideways()
        press("#btn-leave")
        guest.wait_for("meetingStatus().message === 'left'")
    finally:
        guest.close()
        dana.close()


def screen_and_camera_rising(viewer: Participant, sharer: str) -> dict[str, Any]:
    """Wait until ``viewer`` gets two video tracks from ``sharer``, its camera and its
    screen, both tiles showing video, and the decoded frames of both rising."""
    peer = f"meetingStatus().peers.find(p => p.name === {json.dumps(sharer)}"
    first = viewer.wait_for(
        f"{peer} && p.videoTracks === 2 && p.videoWidth > 0 && p.screenWidth > 0"
        " && p.framesDecoded > 0 && p.screenFramesDecoded > 0)",
        timeout=30,
    )
    return dict(
        viewer.wait_for(
            f"{peer} && p.videoTracks === 2 && p.framesDecoded > {first['framesDecoded']}"
            f" && p.screenFramesDecoded > {first['screenFramesDecoded']})",
            timeout=30,
        )
    )


def tiles_on_screen(viewer: Participant) -> list[dict[str, Any]]:
    """The grid's tiles with their width, and whether wholly in the window."""
    return list(
        viewer.evaluate(
            "(([w, h]) => [...document.querySelectorAll('#grid .tile')].map(e => {"
            " const r = e.getBoundingClientRect(); return {id: e.dataset.id,"
            " screen: e.classList.contains('screen-share'), width: r.width,"
            " shown: r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= w"
            # The window's size: Qt's offscreen screen is smaller than the window.
            " && r.bottom <= h}; }))([innerWidth, innerHeight])"
        )
    )


def test_screen_share_comes_beside_the_camera(
    office: OfficeServer,
    chromium_browser: ChromiumBrowser,
    app_host: Callable[[str, str], QtHost],
) -> None:
    """Carol, in Chromium, shares her screen (Chromium's fake screen): Alice, in the
    app's window, gets it as a second video stream, a large tile beside Carol's camera
    tile, both decoding; stopping the share (Carol's button, or the browser ending the
    capture) removes the screen tile and her camera goes on."""
    room = office.client.create_room("Screen share")
    assert room.host_url is not None and room.guest_url is not None
    alice = app_host(room.host_url, "Alice")
    alice.join()
    alice.wait_admitted()
    carol = chromium_browser.guest("Carol", idle=qt_idle)
    try:
        carol.open(room.guest_url)
        carol.join()
        carol.wait_admitted()
        alice.wait_receiving("Carol")

        for stop in ("button", "ended"):
            carol.click("#btn-share")
            carol.wait_for("meetingStatus().sharing")
            stats = screen_and_camera_rising(alice, "Carol")
            alice.screenshot(SHOTS / f"share-{stop}-alice.png")
            carol.screenshot(SHOTS / f"share-{stop}-carol.png")
            assert stats["screen"] is True, stats
            tiles = tiles_on_screen(alice)
            assert [t["screen"] for t in tiles].count(True) == 1, tiles
            assert all(t["shown"] for t in tiles), tiles
            screen = next(t for t in tiles if t["screen"])
            assert all(screen["width"] > 2 * t["width"] for t in tiles if not t["screen"]), tiles
            # Carol sees her own screen beside her camera too.
            assert [t["screen"] for t in tiles_on_screen(carol)].count(True) == 1

            if stop == "button":
                carol.click("#btn-share")
            else:
                # What the browser's own "Stop sharing" does: the capture track ends.
                carol.evaluate(
                    "document.querySelector('.tile.screen-share video').srcObject"
                    ".getVideoTracks()[0].dispatchEvent(new Event('ended'))"
                )
            carol.wait_for("!meetingStatus().sharing")
            peer = "meetingStatus().peers.find(p => p.name === 'Carol'"
            alice.wait_for(f"{peer} && !p.screen && !p.screenTile && p.videoTracks === 1)")
            assert not carol.evaluate("document.querySelector('.tile.screen-share')")
            alice.wait_receiving("Carol")
            alice.screenshot(SHOTS / f"share-{stop}-stopped-alice.png")
        # Media still flows both ways after the renegotiations.
        carol.wait_receiving("Alice")
        carol.leave()
        alice.leave()
    finally:
        carol.close()
