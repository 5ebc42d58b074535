"""Separate networks for reach tests: Linux network namespaces joined by a veth pair.

    with netns_pair() as (a, b):          # root only; names unique to this run
        a.address, b.address              # 198.18.0.1 and 198.18.0.2 (RFC 2544 benchmark range)
        a.run(["python", "-m", ...])      # a process in namespace a (``ip netns exec``)
        ChromiumBrowser(netns=b.name)     # a browser in namespace b (tests/helpers/browsers.py)

Addresses come from 198.18.0.0/15 and exist only inside the two namespaces; the root
namespace gets none and no route to them, so nothing a test does can reach any other
network. Each namespace's default route points at the other one: "which interface
leads outwards" (how the app finds its network address) answers the veth, as on an
office network. Both namespaces (and with them the veth pair) are deleted on exit,
also when the test failed.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pytest

SUBNET_PREFIX = 30


def require_root() -> None:
    """Fail (never skip) with a clear message when not root: namespaces need it."""
    if os.geteuid() != 0:
        pytest.fail(
            "network namespace tests need root (ip netns, veth pairs): run them as root, "
            "as CI does",
            pytrace=False,
        )


def ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, text=True, timeout=30)


@dataclass(frozen=True)
class Netns:
    """One network namespace with one end of the veth pair."""

    name: str
    device: str
    address: str

    def command(self, argv: Sequence[str]) -> list[str]:
        """``argv`` run inside this namespace."""
        return ["ip", "netns", "exec", self.name, *argv]

    def run(self, argv: Sequence[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self.command(argv), text=True, check=False, **kwargs)

    def popen(self, argv: Sequence[str], **kwargs: Any) -> subprocess.Popen[str]:
        return subprocess.Popen(self.command(argv), text=True, **kwargs)


@contextmanager
def netns_pair(
    first: str = "198.18.0.1", second: str = "198.18.0.2"
) -> Iterator[tuple[Netns, Netns]]:
    """Two fresh namespaces joined by a veth pair, ``first``/``second`` on its ends."""
    require_root()
    tag = uuid.uuid4().hex[:8]
    a = Netns(f"ml-{tag}-a", f"ml{tag}a", first)  # device names: at most 15 characters
    b = Netns(f"ml-{tag}-b", f"ml{tag}b", second)
    made: list[Netns] = []
    try:
        for ns in (a, b):
            ip("netns", "add", ns.name)
            made.append(ns)
        ip("link", "add", a.device, "netns", a.name, "type", "veth",
           "peer", "name", b.device, "netns", b.name)  # fmt: skip
        for ns, peer in ((a, b), (b, a)):
            ip("-n", ns.name, "addr", "add", f"{ns.address}/{SUBNET_PREFIX}", "dev", ns.device)
            ip("-n", ns.name, "link", "set", "lo", "up")
            ip("-n", ns.name, "link", "set", ns.device, "up")
            ip("-n", ns.name, "route", "add", "default", "via", peer.address)
        yield a, b
    finally:
        for ns in made:
            subprocess.run(["ip", "netns", "del", ns.name], check=False, capture_output=True)
