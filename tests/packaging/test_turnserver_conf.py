"""packaging/server/turnserver.conf is safe on the internet (parsed here; started for
real, with a test-only override, by tests/e2e/test_relay.py), and compose runs coturn."""

from __future__ import annotations

import ipaddress

import yaml

from tests.helpers.caddy import REPO

CONF = REPO / "packaging" / "server" / "turnserver.conf"
COMPOSE = REPO / "packaging" / "server" / "compose.yaml"


def settings() -> list[tuple[str, str]]:
    out = []
    for line in CONF.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, _, value = line.partition("=")
            out.append((name, value))
    return out


def test_no_open_relay_no_cli_tls_12_and_quotas() -> None:
    names = {name for name, _ in settings()}
    required = ("use-auth-secret", "no-cli", "fingerprint", "no-tlsv1", "no-tlsv1_1",
                "no-multicast-peers", "realm", "user-quota", "total-quota", "max-bps")  # fmt: skip
    for flag in required:
        assert flag in names, flag
    # Never shipped: a secret, a way around the denials, loopback peers, a CLI password.
    for absent in ("static-auth-secret", "allowed-peer-ip", "allow-loopback-peers",
                   "cli-password", "no-auth", "lt-cred-mech"):  # fmt: skip
        assert absent not in names, absent
    denied = []
    for name, value in settings():
        if name == "denied-peer-ip":
            low, _, high = value.partition("-")
            first, last = ipaddress.ip_address(low), ipaddress.ip_address(high or low)
            denied.append((first.version, int(first), int(last)))

    def refused(address: str) -> bool:
        ip = ipaddress.ip_address(address)
        return any(v == ip.version and low <= int(ip) <= high for v, low, high in denied)

    for private in ("10.1.2.3", "172.16.0.1", "172.31.255.254", "192.168.1.1", "127.0.0.1",
                    "169.254.169.254", "100.64.0.1", "0.0.0.0", "198.18.0.1", "224.0.0.1",
                    "::1", "fe80::1", "fd00::1", "::ffff:10.0.0.1"):  # fmt: skip
        assert refused(private), private
    for public in ("8.8.8.8", "1.1.1.1", "2001:4860:4860::8888"):
        assert not refused(public), public


def test_compose_runs_coturn_with_the_secret_from_a_file() -> None:
    compose = yaml.safe_load(COMPOSE.read_text())
    coturn = compose["services"]["coturn"]
    assert coturn["network_mode"] == "host"
    assert "turn_secret" in coturn["secrets"]
    assert "static-auth-secret" not in " ".join(coturn.get("command", []))
    server = compose["services"]["server"]
    command = server["command"]
    assert command[command.index("--turn-secret-file") + 1] == "/run/secrets/turn_secret"
    assert compose["secrets"]["turn_secret"] == {"file": "./turn-secret"}
