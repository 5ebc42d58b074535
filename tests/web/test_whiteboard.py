"""The live whiteboard with real participants in Chromium (launcher.server.whiteboard).

A stroke in progress reaches the others before the pointer lifts, a late comer gets
the board, undo takes back only one's own stroke, the server refuses a guest's clear,
and "Save as PNG" downloads a PNG of the board.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from launcher.api import MeetingsClient
from tests.helpers.browsers import ChromiumBrowser, ChromiumGuest
from tests.web.conftest import SHOTS
from tests.web.test_moderation import KEEP_SOCKETS

# Pixels of the whiteboard's canvas close to ``color`` (#rrggbb), sampled every 4 px.
BOARD_PIXELS = """((color) => {
  const canvas = document.querySelector('#board-canvas');
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  const want = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  let count = 0;
  for (let i = 0; i < data.length; i += 16) {
    if (want.every((v, k) => Math.abs(data[i + k] - v) < 24)) count += 1;
  }
  return count;
})"""
RED, GREEN = "#e03131", "#2f9e44"


@pytest.fixture(scope="module")
def chromium_browser() -> Iterator[ChromiumBrowser]:
    browser = ChromiumBrowser()
    try:
        yield browser
    finally:
        browser.close()


@pytest.fixture
def people(chromium_browser: ChromiumBrowser) -> Iterator[Any]:
    """``people(name, url, width=1280, touch=False)``: somebody in the meeting, in Chromium."""
    opened: list[ChromiumGuest] = []

    def open_page(name: str, url: str, **options: Any) -> ChromiumGuest:
        person = chromium_browser.guest(name, **options)
        person.context.add_init_script(KEEP_SOCKETS)
        opened.append(person)
        person.open(url)
        person.join()
        person.wait_admitted()
        return person

    yield open_page
    for person in opened:
        person.close()


def board_box(person: ChromiumGuest) -> list[float]:
    person.wait_for("meetingStatus().board.open")
    return list(
        person.wait_for(
            "(() => { const r = document.querySelector('#board-canvas').getBoundingClientRect();"
            " return r.width && [r.x, r.y, r.width, r.height]; })()"
        )
    )


def pixels(person: ChromiumGuest, color: str) -> int:
    return int(person.evaluate(f"{BOARD_PIXELS}({json.dumps(color)})"))


def draw(person: ChromiumGuest, color: str, y: float, *, lift: bool = True) -> None:
    """Pick ``color`` and drag the real mouse across the board at height ``y`` (0..1)."""
    person.click(f"#board-tools .swatch[data-color='{color}']")
    x, top, width, height = board_box(person)
    mouse = person.page.mouse
    mouse.move(x + width * 0.2, top + height * y)
    mouse.down()
    for step in range(1, 31):
        mouse.move(x + width * (0.2 + 0.6 * step / 30), top + height * y)
        person.page.wait_for_timeout(15)
    if lift:
        mouse.up()


def test_live_whiteboard_late_comers_undo_refused_clear_and_png(
    client: MeetingsClient, people: Any
) -> None:
    room = client.create_room("Live board")
    assert room.host_url is not None and room.guest_url is not None
    alice = people("Alice", room.host_url)
    bob = people("Bob", room.guest_url)
    for person in (alice, bob):
        person.click("#btn-board")
        board_box(person)

    # Bob's stroke shows on Alice's board while his mouse button is still down.
    draw(bob, RED, 0.4, lift=False)
    alice.wait_for("meetingStatus().board.strokes === 1 && meetingStatus().board.points[0] > 5")
    alice.wait_for(f"{BOARD_PIXELS}('{RED}') > 50")
    assert bob.evaluate("meetingStatus().board.points[0]") > 5
    bob.page.mouse.up()
    # Alice draws too.
    draw(alice, GREEN, 0.7)
    bob.wait_for(f"meetingStatus().board.strokes === 2 && {BOARD_PIXELS}('{GREEN}') > 50")

    # A late comer gets the board as it is.
    cleo = people("Cleo", room.guest_url)
    cleo.click("#btn-board")
    board_box(cleo)
    cleo.wait_for(f"meetingStatus().board.strokes === 2 && {BOARD_PIXELS}('{RED}') > 50")
    assert pixels(cleo, GREEN) > 50

    # Undo (keyboard: Ctrl+Z on the board) takes back Bob's own stroke, not Alice's.
    bob.page.focus("#board-canvas")
    bob.press_key("Control+z")
    for person in (alice, bob, cleo):
        person.wait_for(f"meetingStatus().board.strokes === 1 && {BOARD_PIXELS}('{RED}') === 0")
        assert pixels(person, GREEN) > 50
    # Bob has nothing left to undo: the button is off, and the server refuses it anyway.
    bob.wait_for("document.querySelector('#board-undo').disabled")
    send = "window.sockets.at(-1).send(JSON.stringify({type: 'board', action: '%s'}))"
    bob.evaluate(send % "undo")
    bob.wait_for("meetingStatus().board.refused === 'nothing_to_undo'")
    # A guest has no Clear button, and the server refuses the socket frame too.
    assert bob.evaluate("document.querySelector('#board-clear') === null")
    bob.evaluate(send % "clear")
    bob.wait_for("meetingStatus().board.refused === 'hosts_only'")
    bob.wait_for("document.querySelector('#announcer').textContent.includes('did not accept')")
    alice.page.wait_for_timeout(500)
    for person in (alice, bob, cleo):
        assert person.status()["board"]["strokes"] == 1
        assert pixels(person, GREEN) > 50

    # Keyboard and screen readers: named tools, a visible focus ring.
    names = alice.evaluate(
        "[...document.querySelectorAll('#board-tools button')]"
        ".map(b => b.getAttribute('aria-label') || b.textContent)"
    )
    assert names == ["Black", "Red", "Blue", "Green", "Undo", "Save as PNG", "Clear"]
    alice.page.focus("#board-export")
    alice.press_key("Shift+Tab")
    ring = alice.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert alice.evaluate("document.activeElement.id") == "board-undo" and ring != "none"

    # Save as PNG: a real download, a PNG of the board.
    with alice.page.expect_download() as download:
        alice.click("#board-export")
    saved = Path(download.value.path())
    data = saved.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width == 1600 and 300 < height < 1600
    assert download.value.suggested_filename == "Whiteboard.png"
    alice.screenshot(SHOTS / "whiteboard-desktop.png")

    # On a phone: the board opens from the More menu, its tools fit on the screen.
    pia = people("Pia", room.guest_url, width=360, height=740, touch=True)
    pia.tap("#btn-more")
    pia.tap('#more-menu [data-for="btn-board"]')
    pia.wait_for(f"meetingStatus().board.strokes === 1 && {BOARD_PIXELS}('{GREEN}') > 50")
    assert pia.outside_viewport("#board-tools", "#board-undo", "#board-export") == []
    pia.screenshot(SHOTS / "whiteboard-phone-360.png")

    # The host clears it for everyone.
    alice.click("#board-clear")
    for person in (alice, bob, cleo, pia):
        person.wait_for(f"meetingStatus().board.strokes === 0 && {BOARD_PIXELS}('{GREEN}') === 0")
