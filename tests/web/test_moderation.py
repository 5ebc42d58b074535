"""Moderation, reactions and the speaking round with real participants: the host in the
app's meeting window (QtWebEngine), guests in Chromium (one context, so one browser
profile, each), all on the built-in server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from launcher.api import MeetingsClient
from launcher.server import BuiltinServer
from tests.e2e.conftest import QtHost, qt_idle
from tests.helpers.browsers import ChromiumBrowser, ChromiumGuest
from tests.web.conftest import SHOTS
from tests.web.test_meeting import stored_sessions

# Every WebSocket the page opens, kept where the test can reach it (to send what the
# page's own buttons never would).
KEEP_SOCKETS = """(() => {
  const Real = window.WebSocket;
  window.sockets = [];
  window.WebSocket = class extends Real {
    constructor(...args) { super(...args); window.sockets.push(this); }
  };
})();"""


@pytest.fixture(scope="module")
def chromium_browser() -> Iterator[ChromiumBrowser]:
    browser = ChromiumBrowser()
    try:
        yield browser
    finally:
        browser.close()


@pytest.fixture
def guests(chromium_browser: ChromiumBrowser) -> Iterator[Any]:
    """``guests(name, url, width=1280, touch=False)``: a Chromium guest at ``url``."""
    opened: list[ChromiumGuest] = []

    def open_guest(name: str, url: str, **options: Any) -> ChromiumGuest:
        guest = chromium_browser.guest(name, idle=qt_idle, **options)
        guest.context.add_init_script(KEEP_SOCKETS)
        opened.append(guest)
        guest.open(url)
        return guest

    yield open_guest
    for guest in opened:
        guest.close()


def host_in_window(windows: Any, url: str, name: str = "Alice") -> QtHost:
    host = QtHost(windows(url, "Moderation"), name)
    host.join()
    host.wait_admitted()
    return host


def id_of(page: Any, name: str) -> str:
    peer = page.wait_for(f"meetingStatus().peers.find(p => p.name === {json.dumps(name)})")
    return str(peer["id"])


def toasts(page: Any) -> str:
    return str(page.evaluate("[...document.querySelectorAll('.toast')].map(t => t.textContent)"))


def told(page: Any, words: str) -> None:
    """Wait for a toast saying ``words`` (shown a moment after the change it tells of)."""
    page.wait_for(
        "[...document.querySelectorAll('.toast')]"
        f".some(t => t.textContent.includes({json.dumps(words)}))"
    )


def shot(page: Any, name: str) -> Path:
    return Path(page.screenshot(SHOTS / name))


def test_hosts_mute_turn_off_cameras_lock_block_and_end_for_everyone(
    server: BuiltinServer, client: MeetingsClient, windows: Any, guests: Any
) -> None:
    room = client.create_room("Moderation")
    assert room.host_url is not None and room.guest_url is not None
    host = host_in_window(windows, room.host_url)
    bob = guests("Bob", room.guest_url)
    bob.join()
    bob.wait_admitted()
    cat = guests("Cat", room.guest_url)
    cat.join()
    cat.wait_admitted()
    bob_id, cat_id = id_of(host, "Bob"), id_of(host, "Cat")
    assert bob.evaluate("document.querySelector('#host-tools').hidden") is True

    # A guest's host actions through the page's own socket do nothing.
    socket = "window.sockets.at(-1)"
    for action in ("mute_all", "lock", "end"):
        bob.evaluate(f"{socket}.send(JSON.stringify({{type: 'moderate', action: '{action}'}}))")
    bob.evaluate(
        f"{socket}.send(JSON.stringify({{type: 'moderate', action: 'block', id: '{cat_id}'}}))"
    )
    assert bob.evaluate("meeting.moderate('mute_all')") is False  # the page does not offer it
    qt_idle(1.0)
    for page in (host, cat):
        state = page.status()
        assert state["view"] == "meeting" and state["micOn"] is True and not state["locked"]

    # The host mutes Bob from the People list: he is told, and his tile shows it.
    host.click("#btn-people")
    host.click(f'#people-list button[data-action="mute"][data-id="{bob_id}"]')
    bob.wait_for("meetingStatus().micOn === false")
    told(bob, "Alice muted your microphone")
    host.wait_for(f"meetingStatus().peers.find(p => p.id === '{bob_id}').audio === false")
    # Cat's camera: off for everyone; only Cat turns it back on.
    host.click(f'#people-list button[data-action="camera_off"][data-id="{cat_id}"]')
    cat.wait_for("meetingStatus().camOn === false")
    told(cat, "Only you can turn it back on")
    host.wait_for(f"meetingStatus().peers.find(p => p.id === '{cat_id}').video === false")
    cat.click("#btn-cam")
    cat.wait_for("meetingStatus().camOn === true")
    host.wait_for(f"meetingStatus().peers.find(p => p.id === '{cat_id}').video === true")
    # Everyone else at once.
    bob.click("#btn-mic")
    bob.wait_for("meetingStatus().micOn === true")
    host.click('#host-buttons button[data-action="mute_all"]')
    for guest in (bob, cat):
        guest.wait_for("meetingStatus().micOn === false")
    assert host.status()["micOn"] is True

    # Locked: everyone sees it; a newcomer is told and is not in the waiting room.
    host.click('#host-buttons button[data-action="lock"]')
    for page in (host, bob, cat):
        page.wait_for("meetingStatus().lockIndicator")
    told(bob, "Alice locked the meeting")
    dan = guests("Dan", room.guest_url)
    dan.join()
    dan.wait_for("meetingStatus().message === 'waiting_locked'")
    assert dan.evaluate("document.querySelector('#message-title').textContent") == (
        "This meeting is locked."
    )
    shot(dan, "moderation-locked-door.png")
    qt_idle(0.5)
    assert host.status()["waiting"] == [] and len(host.status()["peers"]) == 2
    shot(host, "moderation-host-tools.png")
    # Unlocked: Dan comes in (this room lets everybody in).
    host.click('#host-buttons button[data-action="unlock"]')
    dan.wait_admitted()
    host.wait_for("meetingStatus().peers.length === 3 && !meetingStatus().lockIndicator")

    # Blocked: Bob is sent out, and his browser cannot come back by the link.
    block = f'#people-list button[data-action="block"][data-id="{bob_id}"]'
    host.click(block)
    assert host.evaluate(f"document.querySelector('{block}').textContent") == "Block?"
    assert bob.status()["view"] == "meeting"
    host.click(block)
    bob.wait_for("meetingStatus().message === 'blocked'")
    assert bob.status()["localTracks"] == []
    host.wait_for(f"!meetingStatus().peers.some(p => p.id === '{bob_id}')")
    bob.open(room.guest_url)
    bob.wait_for("meetingStatus().message === 'blocked'")
    assert bob.evaluate("document.querySelector('#message-title').textContent") == (
        "You can't join this meeting"
    )
    assert bob.evaluate("document.querySelector('#join-btn').offsetParent") is None
    shot(bob, "moderation-blocked.png")

    # Ended for everyone: an end screen on every page, and the session is over.
    end = '#host-buttons button[data-action="end"]'
    host.click(end)
    assert host.evaluate(f"document.querySelector('{end}').textContent") == "End for everyone?"
    host.click(end)
    for page in (host, cat, dan):
        page.wait_for("meetingStatus().message === 'ended'")
        assert page.status()["localTracks"] == []
    assert cat.evaluate("document.querySelector('#message-title').textContent") == (
        "The meeting has ended"
    )
    shot(cat, "moderation-ended.png")
    for _ in range(100):
        if stored_sessions(server, room.id)[-1].ended_at:
            break
        qt_idle(0.1)
    assert stored_sessions(server, room.id)[-1].ended_at is not None
    qt_idle(1.0)  # nobody reconnects on their own
    assert cat.status()["message"] == "ended" and host.status()["message"] == "ended"


def test_reactions_float_over_the_senders_tile_and_are_announced(
    client: MeetingsClient, windows: Any, guests: Any
) -> None:
    room = client.create_room("Reactions")
    assert room.host_url is not None and room.guest_url is not None
    host = host_in_window(windows, room.host_url)
    bob = guests("Bob", room.guest_url)
    bob.join()
    bob.wait_admitted()
    bob_id = id_of(host, "Bob")

    # By keyboard: the button opens the menu on its first reaction; arrows move.
    bob.page.focus("#btn-react")
    bob.press_key("Enter")
    bob.wait_for("document.activeElement.dataset.emoji === '\U0001f44d'")
    assert bob.evaluate("document.querySelector('#btn-react').getAttribute('aria-expanded')") == (
        "true"
    )
    bob.press_key("ArrowRight")
    assert bob.evaluate("document.activeElement.getAttribute('aria-label')") == "Applause"
    shot(bob, "reactions-menu.png")
    bob.press_key("Enter")
    host.wait_for(f"!!document.querySelector('.tile[data-id=\"{bob_id}\"] .reaction-float')")
    announced = host.wait_for("document.querySelector('#announcer').textContent")
    assert "Bob: Applause" in announced
    assert host.evaluate("document.querySelector('#announcer').getAttribute('aria-live')") == (
        "polite"
    )
    assert host.status()["reactions"] == [{"from": bob_id, "emoji": "\U0001f44f"}]
    bob.wait_for("meetingStatus().reactions.length === 1")  # on his own tile too
    shot(host, "reactions-float.png")
    # Escape closes the menu, focus back on the button.
    bob.click("#btn-react")
    bob.press_key("Escape")
    assert bob.evaluate("document.activeElement.id") == "btn-react"

    # Many at once: the server lets a few through and drops the rest.
    host_sends = "[...Array(30)].forEach(() => meeting.react('\U0001f389'))"
    host.evaluate(host_sends)
    qt_idle(1.5)
    parties = bob.evaluate("meetingStatus().reactions.filter(r => r.emoji === '\U0001f389').length")
    assert 1 <= parties <= 8

    # On a phone: the More menu holds Reactions.
    phone = guests("Pia", room.guest_url, width=360, height=740, touch=True)
    phone.join()
    phone.wait_admitted()
    phone.tap("#btn-more")
    phone.tap('#more-menu [data-for="btn-react"]')
    phone.wait_for("!document.querySelector('#react-menu').hidden")
    assert phone.outside_viewport("#react-menu") == []
    shot(phone, "reactions-phone-360.png")
    phone.tap('#react-menu [data-emoji="\u2764\ufe0f"]')
    host.wait_for("meetingStatus().reactions.some(r => r.emoji === '\u2764\ufe0f')")


def test_a_speaking_round_is_the_same_for_everyone_and_late_joiners(
    client: MeetingsClient, windows: Any, guests: Any
) -> None:
    room = client.create_room("Round")
    assert room.host_url is not None and room.guest_url is not None
    host = host_in_window(windows, room.host_url)
    bob = guests("Bob", room.guest_url)
    bob.join()
    bob.wait_admitted()
    cat = guests("Cat", room.guest_url, width=360, height=740, touch=True)
    cat.join()
    cat.wait_admitted()
    cat.tap("#btn-more")
    cat.tap('#more-menu [data-for="btn-hand"]')
    host.wait_for("meetingStatus().peers.some(p => p.name === 'Cat' && p.hand)")
    assert bob.evaluate("document.querySelector('#btn-round-start').offsetParent") is None

    host.click("#btn-people")
    host.evaluate("document.querySelector('#round-seconds').value = '30'")
    host.click("#btn-round-start")
    names = "meetingStatus().round && meetingStatus().round.order.map(p => p.name)"
    for page in (host, bob, cat):
        assert page.wait_for(names) == ["Cat", "Alice", "Bob"]
        assert page.status()["round"]["current"] == 0
    assert cat.evaluate("document.querySelector('#round-speaker').textContent") == (
        "Your turn to speak"
    )
    assert bob.evaluate("document.querySelector('#round-speaker').textContent") == (
        "Cat is speaking"
    )
    timer = bob.wait_for("document.querySelector('#round-timer').textContent")
    assert timer.endswith("left") and timer.startswith("0:")
    # Only the host and the speaker see "Next speaker".
    assert bob.evaluate("document.querySelector('#btn-round-next').hidden") is True
    assert cat.outside_viewport("#round-bar", "#btn-round-next") == []
    shot(cat, "round-phone-360.png")
    shot(host, "round-host.png")
    cat.tap("#btn-round-next")
    for page in (host, bob, cat):
        page.wait_for("meetingStatus().round && meetingStatus().round.current === 1")
    assert bob.evaluate("document.querySelector('#round-speaker').textContent") == (
        "Alice is speaking"
    )
    # A guest's "next" when it is not their turn is refused by the server.
    bob.evaluate("window.sockets.at(-1).send(JSON.stringify({type: 'round', action: 'next'}))")
    qt_idle(0.8)
    assert host.status()["round"]["current"] == 1

    # A late joiner sees the same round.
    dan = guests("Dan", room.guest_url)
    dan.join()
    dan.wait_admitted()
    assert dan.wait_for(names) == ["Cat", "Alice", "Bob"]
    assert dan.status()["round"]["current"] == 1
    assert dan.evaluate("document.querySelector('#round-order [aria-current]').textContent") == (
        "Alice"
    )

    host.click("#btn-round-stop")
    for page in (host, bob, cat, dan):
        page.wait_for("meetingStatus().round === null")
        assert page.evaluate("document.querySelector('#round-bar').hidden") is True


def test_host_controls_on_a_phone_and_by_keyboard(client: MeetingsClient, guests: Any) -> None:
    room = client.create_room("Phone host")
    assert room.host_url is not None and room.guest_url is not None
    host = guests("Alice", room.host_url, width=360, height=740, touch=True)
    host.join()
    host.wait_admitted()
    bob = guests("Bob", room.guest_url)
    bob.join()
    bob.wait_admitted()
    host.wait_for("meetingStatus().peers.length === 1")

    # The People list (through More) is a full-screen panel with the host's controls.
    host.tap("#btn-more")
    host.tap('#more-menu [data-for="btn-people"]')
    controls = [
        '#host-buttons [data-action="mute_all"]',
        '#host-buttons [data-action="lock"]',
        '#host-buttons [data-action="end"]',
        "#round-seconds",
        "#btn-round-start",
        '#people-list [data-action="mute"]',
        '#people-list [data-action="block"]',
    ]
    host.wait_for("!document.querySelector('#host-tools').hidden")
    assert host.outside_viewport(*controls) == []
    heights = host.evaluate(
        f"{json.dumps(controls)}.map(s => document.querySelector(s).getBoundingClientRect().height)"
    )
    assert min(heights) >= 44, heights
    names = host.evaluate(
        f"{json.dumps(controls)}.map(s => {{ const e = document.querySelector(s);"
        " return e.getAttribute('aria-label') || e.labels?.[0]?.textContent || e.textContent; })"
    )
    assert all(name.strip() for name in names), names
    assert "Block Bob" in names[-1] and names[-2] == "Mute Bob"
    shot(host, "moderation-host-tools-360.png")

    # By keyboard: Tab reaches the controls, with a visible focus ring; Enter acts.
    host.page.focus('#host-buttons [data-action="mute_all"]')
    host.press_key("Tab")
    assert host.evaluate("document.activeElement.dataset.action") == "lock"
    outline = host.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", "")
    host.press_key("Enter")
    bob.wait_for("meetingStatus().lockIndicator")
    host.page.focus("#btn-round-start")
    host.press_key("Enter")
    bob.wait_for("meetingStatus().round !== null")
    host.tap("#panel-close")
    host.wait_for("!document.querySelector('#round-bar').hidden")
    assert host.outside_viewport("#round-bar", "#lock-indicator", "#btn-round-next") == []
    # The lock indicator does not cover the round bar.
    overlap = host.evaluate(
        "(() => { const a = document.querySelector('#lock-indicator').getBoundingClientRect();"
        " const b = document.querySelector('#round-bar').getBoundingClientRect();"
        " return a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right; })()"
    )
    assert overlap is False
    shot(host, "moderation-round-locked-360.png")
    shot(bob, "moderation-round-locked-desktop.png")
