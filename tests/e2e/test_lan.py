"""LAN mode for real: a guest on another computer joins a meeting hosted with
"guests on my network" on. Two network namespaces joined by a veth pair play the two
computers (tests/helpers/netns.py): the host's in ``a`` (the built-in server in LAN
mode, and the host's browser), the guest's in ``b``."""

from __future__ import annotations

import json
import selectors
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

from tests.e2e.conftest import SHOTS
from tests.helpers.browsers import ChromiumBrowser
from tests.helpers.caddy import REPO
from tests.helpers.netns import Netns, netns_pair


@pytest.fixture
def two_computers() -> Iterator[tuple[Netns, Netns]]:
    with netns_pair() as pair:
        yield pair


def start_lan_host(computer: Netns, data_dir: Path) -> tuple[subprocess.Popen[str], dict[str, str]]:
    """The app's built-in server in LAN mode inside ``computer``, with one room."""
    proc = computer.popen(
        [sys.executable, "-m", "tests.e2e.lan_host", str(data_dir)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert proc.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdout, selectors.EVENT_READ)
        ready = selector.select(60)
    line = proc.stdout.readline() if ready else ""
    if not line:
        proc.kill()
        raise AssertionError(f"the LAN host did not start (exit {proc.wait()})")
    return proc, json.loads(line)


def test_guest_on_another_computer_joins_a_lan_mode_meeting(
    two_computers: tuple[Netns, Netns], tmp_path: Path
) -> None:
    a, b = two_computers
    proc, info = start_lan_host(a, tmp_path / "server")
    try:
        # Links name the host computer's network address, over HTTPS, on all interfaces;
        # the launcher's own calls stayed on loopback.
        origin = info["meeting_origin"]
        assert origin.startswith(f"https://{a.address}:"), info
        assert info["guest_url"].startswith(origin + "/")
        assert info["api_url"].startswith("https://127.0.0.1:")
        # Its own certificate names that address (what the guest's browser checks).
        cert = x509.load_pem_x509_certificate(Path(info["ca_file"]).read_bytes())
        names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        assert a.address in {str(ip) for ip in names.get_values_for_type(x509.IPAddress)}

        ca = Path(info["ca_file"])
        # The guest "chooses to continue" past the certificate warning: their browser
        # accepts this one certificate (its key), nothing else.
        playwright = sync_playwright().start()
        host_browser = ChromiumBrowser(trusted_ca=ca, netns=a.name, playwright=playwright)
        guest_browser = ChromiumBrowser(trusted_ca=ca, netns=b.name, playwright=playwright)
        try:
            host = host_browser.guest("Hana")
            guest = guest_browser.guest("Gus")
            host.open(info["host_url"])
            host.join()
            host.wait_admitted()

            guest.open(info["guest_url"])
            assert guest.evaluate("location.hostname") == a.address
            guest.join()
            guest.wait_waiting_room()
            host.admit("Gus")
            guest.wait_admitted()

            # Media across the two computers: frames decoded rising both ways.
            for viewer, other in ((guest, host), (host, guest)):
                stats = viewer.wait_receiving(other.name, timeout=40)
                assert stats["connectionState"] == "connected", stats
            guest.screenshot(SHOTS / "lan-guest-on-another-computer.png")

            # What a guest sees first (the app tells the host so): a browser that does
            # not know this computer's certificate refuses until told to continue.
            wary = ChromiumBrowser(netns=b.name, playwright=playwright)
            try:
                with pytest.raises(PlaywrightError, match="ERR_CERT_AUTHORITY_INVALID"):
                    wary.guest("Una").open(info["guest_url"])
            finally:
                wary.close()
            guest.leave()
            host.wait_for("meetingStatus().peers.length === 0")
        finally:
            guest_browser.close()
            host_browser.close()
            playwright.stop()
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(timeout=20)


def test_the_two_computers_are_a_closed_pair(two_computers: tuple[Netns, Netns]) -> None:
    """Each namespace reaches the other over the veth and has no address but its own
    (IPv4 only: no IPv6 link-local address appears late); the root namespace has none
    of their addresses and no route to them."""
    a, b = two_computers
    for ns in (a, b):
        addresses = ns.run(["ip", "-o", "addr"], capture_output=True).stdout
        assert "inet6" not in addresses, addresses
        assert {line.split()[3] for line in addresses.splitlines()} == {
            "127.0.0.1/8",
            f"{ns.address}/30",
        }, addresses
    route = b.run(["ip", "route", "get", a.address], capture_output=True)
    assert f"dev {b.device}" in route.stdout, route
    root = subprocess.run(["ip", "-4", "addr"], capture_output=True, text=True, check=True)
    assert "198.18." not in root.stdout
    to_peer = subprocess.run(["ip", "route", "get", a.address], capture_output=True, text=True)
    assert a.device not in to_peer.stdout and b.device not in to_peer.stdout
