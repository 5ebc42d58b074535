"""Guests behind NAT and firewalls: media through the TURN relay (coturn), proven
across three network namespaces (tests/helpers/netns.py netns_star): a "public" one
holding the meeting server and coturn, and a host's and a guest's network that each
reach the public one but not each other. With the relay the meeting works and the
selected candidate pair is a relay one; without it the page says within 15 s, in plain
words, that media can't get through and whom to ask."""

from __future__ import annotations

import json
import secrets
import selectors
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import sync_playwright

from tests.e2e.conftest import SHOTS
from tests.helpers.browsers import ChromiumBrowser, ChromiumGuest
from tests.helpers.caddy import REPO
from tests.helpers.coturn import Coturn
from tests.helpers.netns import Netns, Star, netns_star

BLOCKED_NOTICE_LIMIT = 15.0


@dataclass
class Networks:
    star: Star
    server: subprocess.Popen[str]
    info: dict[str, Any]
    coturn: Coturn
    host_browser: ChromiumBrowser
    guest_browser: ChromiumBrowser

    def new_rooms(self) -> dict[str, Any]:
        assert self.server.stdin is not None and self.server.stdout is not None
        self.server.stdin.write("rooms\n")
        self.server.stdin.flush()
        return dict(json.loads(self.server.stdout.readline()))


def _read_line(proc: subprocess.Popen[str], timeout: float) -> str:
    assert proc.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdout, selectors.EVENT_READ)
        ready = selector.select(timeout)
    return proc.stdout.readline() if ready else ""


@pytest.fixture(scope="module")
def networks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Networks]:
    """One topology, one coturn, one server process and two browsers for the module."""
    work = tmp_path_factory.mktemp("relay")
    secret_file = work / "turn-secret"
    secret_file.touch(mode=0o600)
    secret = secrets.token_hex(24)
    secret_file.write_text(secret)
    with netns_star() as star:
        listen = star.public.address
        coturn = Coturn(star.public, work / "coturn", listen=listen, secret=secret)
        server = star.public.popen(
            [sys.executable, "-m", "tests.e2e.relay_server", str(work / "data"), listen,
             f"turn:{listen}:3478?transport=udp", str(secret_file)],
            cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        )  # fmt: skip
        try:
            line = _read_line(server, 60)
            assert line, f"the public server did not start (exit {server.poll()})"
            info = json.loads(line)
            ca = Path(info["ca_file"])
            playwright = sync_playwright().start()
            try:
                host_browser = ChromiumBrowser(ca, netns=star.host.name, playwright=playwright)
                guest_browser = ChromiumBrowser(ca, netns=star.guest.name, playwright=playwright)
                try:
                    yield Networks(star, server, info, coturn, host_browser, guest_browser)
                finally:
                    guest_browser.close()
                    host_browser.close()
            finally:
                playwright.stop()
        finally:
            assert server.stdin is not None
            server.stdin.close()
            server.wait(timeout=30)
            coturn.stop()


def meet(networks: Networks, rooms: dict[str, Any]) -> tuple[ChromiumGuest, ChromiumGuest]:
    host = networks.host_browser.guest("Hana")
    guest = networks.guest_browser.guest("Gus")
    host.open(rooms["host_url"])
    host.join()
    host.wait_admitted()
    guest.open(rooms["guest_url"])
    guest.join()
    guest.wait_admitted()
    return host, guest


def connect(side: Netns, address: str, port: int) -> subprocess.CompletedProcess[str]:
    code = f"import socket; socket.create_connection(('{address}', {port}), 3)"
    return side.run([sys.executable, "-c", code], capture_output=True)


def test_host_and_guest_cannot_reach_each_other(networks: Networks) -> None:
    star = networks.star
    to_public = connect(star.guest, star.public.address, 3478)  # coturn's TCP listener
    assert to_public.returncode == 0, to_public.stderr
    to_host = connect(star.guest, star.host.address, 22)  # refused if it got there at all
    assert to_host.returncode != 0
    assert "timed out" in to_host.stderr or "unreachable" in to_host.stderr, to_host.stderr


def test_media_flows_both_ways_through_the_relay(networks: Networks) -> None:
    host, guest = meet(networks, networks.info["relay"])
    try:
        for viewer, other in ((guest, host), (host, guest)):
            stats = viewer.wait_receiving(other.name, timeout=40)
            assert stats["connectionState"] == "connected", stats
            assert stats["path"] == "relay", stats
            assert "relay" in (stats["localCandidateType"], stats["remoteCandidateType"]), stats
        assert not guest.status()["mediaBlocked"]
        # The Connection panel (the side panel's third tab), opened from the keyboard,
        # names the relayed path.
        for button in ("#btn-people", "#tab-connection"):
            guest.evaluate(f"document.querySelector('{button}').focus()")
            guest.press_key("Enter")
        row = guest.wait_for(
            "[...document.querySelectorAll('#connection-rows tr')]"
            ".map(r => r.innerText).find(t => t.includes('Hana') && t.includes('ms'))"
        )
        assert "Relayed" in row, row
        guest.screenshot(SHOTS / "relay-connection-panel.png")
    finally:
        guest.leave()
        host.leave()
        guest.close()
        host.close()


def test_without_a_relay_the_page_says_media_cannot_get_through(networks: Networks) -> None:
    host, guest = meet(networks, networks.info["direct"])
    try:
        started = time.monotonic()
        for page in (guest, host):
            page.wait_for("meetingStatus().mediaBlockedNotice", timeout=BLOCKED_NOTICE_LIMIT)
        assert time.monotonic() - started < BLOCKED_NOTICE_LIMIT
        text = guest.evaluate("document.querySelector('#media-blocked').innerText")
        assert "can't get through" in text and "administrator" in text, text
        guest.screenshot(SHOTS / "relay-off-media-blocked.png")
        expected = {
            "fr": "administrateur",
            "de": "Administration",
            "it": "amministratore",
            "es": "administrador",
        }
        for language, word in expected.items():
            guest.evaluate(f"meeting.setLanguage('{language}')")
            text = guest.evaluate("document.querySelector('#media-blocked').innerText")
            assert word in text, (language, text)
        (peer,) = guest.status()["peers"]
        assert peer["connectionState"] != "connected"
        # The other person's tile no longer says "Connecting…" (in Spanish by now).
        tile_status = f"document.querySelector('.tile[data-id=\"{peer['id']}\"] .tile-status')"
        guest.wait_for(f"{tile_status}.innerText === 'Bloqueada'", timeout=5)
    finally:
        guest.leave()
        host.leave()
        guest.close()
        host.close()
