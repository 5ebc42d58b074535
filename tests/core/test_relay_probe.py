"""The relay probe against a real coturn (Debian's turnserver with the shipped config and
a test-only override) on 127.0.0.1: allocations over UDP, TCP and TLS with credentials
minted the way the meeting server mints them; a wrong secret, a closed port and an
untrusted certificate named plainly; the allocation freed again."""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from launcher.core.relay_probe import RelayProblem, parse_uri, probe
from launcher.server.tls import ensure_self_signed
from launcher.server.turn import credentials
from tests.helpers.caddy import free_port
from tests.helpers.coturn import Coturn, free_port_pair


@dataclass
class Relay:
    coturn: Coturn
    secret: str
    turn: int
    tls: int
    ca_file: str

    def login(self, secret: str | None = None) -> tuple[str, str]:
        return credentials(secret or self.secret, secrets.token_hex(4), int(time.time()) + 600)


@pytest.fixture(scope="module")
def relay(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Relay]:
    work = tmp_path_factory.mktemp("coturn")
    secret = secrets.token_hex(24)
    turn = free_port_pair()
    tls = free_port_pair()
    while tls in (turn - 1, turn, turn + 1):
        tls = free_port_pair()
    coturn = Coturn(None, work, listen="127.0.0.1", secret=secret, ports=(turn, tls))
    cert, _key = ensure_self_signed(work / "tls", "127.0.0.1")
    try:
        yield Relay(coturn, secret, turn, tls, str(cert))
    finally:
        coturn.stop()


def test_allocates_over_udp_tcp_and_tls(relay: Relay) -> None:
    username, password = relay.login()
    for uri, label in (
        (f"turn:127.0.0.1:{relay.turn}?transport=udp", "UDP"),
        (f"turn:127.0.0.1:{relay.turn}?transport=tcp", "TCP"),
        (f"turns:127.0.0.1:{relay.tls}?transport=tcp", "TLS"),
    ):
        line = probe(uri, username, password, ca_file=relay.ca_file)
        assert line.startswith("allocated relay address 127.0.0.1:"), line
        assert f" over {label} in " in line, line
        assert password not in line and username not in line


def test_the_allocation_is_freed(relay: Relay) -> None:
    """coturn allows 12 allocations per user name (user-quota); an allocation left alone
    lasts 10 minutes. The probe frees its own, so a 13th soon fits (coturn closes a freed
    session about a second later)."""
    username, password = relay.login()
    uri = f"turn:127.0.0.1:{relay.turn}"
    for _ in range(12):
        probe(uri, username, password)
    deadline = time.monotonic() + 20
    while True:
        try:
            probe(uri, username, password)
            break
        except RelayProblem as exc:
            assert "allocation quota reached" in str(exc)
            assert time.monotonic() < deadline, "the probes' allocations were not freed"
            time.sleep(0.5)


def test_a_wrong_secret_is_named(relay: Relay) -> None:
    username, password = relay.login(secret=secrets.token_hex(24))
    for uri in (f"turn:127.0.0.1:{relay.turn}", f"turns:127.0.0.1:{relay.tls}?transport=tcp"):
        with pytest.raises(RelayProblem) as caught:
            probe(uri, username, password, ca_file=relay.ca_file)
        message = str(caught.value)
        assert message.startswith(f"relay {uri} refused the credentials: "), message
        assert "the server's TURN secret and coturn's static-auth-secret differ" in message
        assert password not in message and username not in message


def test_a_closed_port_is_named() -> None:
    closed = free_port()
    for uri in (f"turn:127.0.0.1:{closed}", f"turns:127.0.0.1:{closed}?transport=tcp"):
        started = time.monotonic()
        with pytest.raises(RelayProblem) as caught:
            probe(uri, "1:user", "password", timeout=10)
        assert str(caught.value) == f"nothing answers at {uri}"
        assert time.monotonic() - started < 10


def test_an_untrusted_certificate_is_named(relay: Relay, tmp_path: Path) -> None:
    other, _key = ensure_self_signed(tmp_path / "tls", "127.0.0.1")
    username, password = relay.login()
    uri = f"turns:127.0.0.1:{relay.tls}?transport=tcp"
    with pytest.raises(RelayProblem) as caught:
        probe(uri, username, password, ca_file=str(other))
    assert str(caught.value).startswith(f"the certificate of {uri} is not trusted ("), caught.value


def test_uri_parts() -> None:
    assert parse_uri("turn:h.example.org").port == 3478
    assert parse_uri("turns:h.example.org").label == "TLS"
    assert parse_uri("turn:[2001:db8::1]:3479?transport=tcp").host == "2001:db8::1"
    with pytest.raises(RelayProblem, match="is not a TURN URI"):
        parse_uri("stun:h.example.org")
