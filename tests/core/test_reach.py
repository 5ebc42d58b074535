"""Who can open a guest link: decided from the link alone, the same everywhere."""

from __future__ import annotations

import pytest

from launcher.core.accounts import Account
from launcher.core.reach import Audience, Reach, reach_of, reach_of_account

COMPUTER = Reach(Audience.COMPUTER)
NETWORK = Reach(Audience.NETWORK)
ANYONE = Reach(Audience.ANYONE)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:8123/123456789", COMPUTER),
        ("http://127.8.0.1:80/x", COMPUTER),
        ("https://localhost:8443/x", COMPUTER),
        ("http://meet.localhost/x", COMPUTER),
        ("http://[::1]:9000/x", COMPUTER),
        ("http://0.0.0.0:9000/x", COMPUTER),
        ("", COMPUTER),
        ("https://192.168.1.20:8443/1", NETWORK),
        ("https://10.1.2.3/1", NETWORK),
        ("https://172.16.0.9/1", NETWORK),
        ("https://198.18.0.1:8443/1", NETWORK),
        ("https://100.64.3.4/1", NETWORK),
        ("https://[fe80::1]:8443/1", NETWORK),
        ("https://[fd00::5]/1", NETWORK),
        ("https://meet.office.lan/1", NETWORK),
        ("https://printer.local./1", NETWORK),
        ("https://intranet/1", NETWORK),
        ("https://meet.corp.internal/1", NETWORK),
        ("https://box.home.arpa/1", NETWORK),
        ("https://meet.example.org/1", ANYONE),
        ("https://MEET.Example.org:8443/1", ANYONE),
        ("https://8.8.8.8/1", ANYONE),
        ("https://[2a00:1450::1]/1", ANYONE),
        # Browsers give cameras only to https or loopback pages.
        ("http://meet.example.org/1", Reach(Audience.ANYONE, needs_https=True)),
        ("http://192.168.1.20:8080/1", Reach(Audience.NETWORK, needs_https=True)),
    ],
)
def test_reach_of_a_link(url: str, expected: Reach) -> None:
    assert reach_of(url) == expected


def test_only_a_public_https_link_reaches_outside() -> None:
    assert reach_of("https://meet.example.org/1").outside
    assert not reach_of("http://meet.example.org/1").outside
    assert not reach_of("https://192.168.1.2/1").outside
    assert not reach_of("http://127.0.0.1:5/1").outside
    assert not reach_of("http://127.0.0.1:5/1").shareable
    assert reach_of("https://192.168.1.2/1").shareable


def test_this_computers_server_reaches_at_most_the_network() -> None:
    # "Guests on my network" on a computer with a public address: its own certificate
    # is meant for the office, not for the internet.
    assert reach_of("https://8.8.8.8:8443/1", local=True) == NETWORK
    assert reach_of("http://127.0.0.1:8443/1", local=True) == COMPUTER


def test_reach_of_an_account_uses_its_meeting_origin() -> None:
    loopback = Account(name="This computer", server_url="http://127.0.0.1:9", is_local=True)
    lan = Account(
        name="This computer",
        server_url="https://127.0.0.1:9",
        meeting_origin="https://192.168.1.20:9",
        is_local=True,
    )
    office = Account(name="Office", server_url="https://api.example.org")
    proxied = Account(
        name="Office", server_url="http://10.0.0.2:8080", meeting_origin="https://meet.example.org"
    )
    assert reach_of_account(loopback) == COMPUTER
    assert reach_of_account(lan) == NETWORK
    assert reach_of_account(office) == ANYONE
    assert reach_of_account(proxied) == ANYONE
