"""Separate networks for reach tests: Linux network namespaces joined by a veth pair.

    with netns_pair() as (a, b):          # root only; names unique to this run
        a.address, b.address              # 198.18.0.1 and 198.18.0.2 (RFC 2544 benchmark range)
        a.run(["python", "-m", ...])      # a process in namespace a (``ip netns exec``)
        ChromiumBrowser(netns=b.name)     # a browser in namespace b (tests/helpers/browsers.py)
        call_in(a.name, server.start)     # a thread of this process in a (its threads too)
        with NetnsLoop(b.name) as loop:   # an asyncio loop whose sockets live in b
            loop.run(client())

Addresses come from 198.18.0.0/15 and exist only inside the two namespaces; the root
namespace gets none and no route to them, so nothing a test does can reach any other
network. Each namespace's default route points at the other one: "which interface
leads outwards" (how the app finds its network address) answers the veth, as on an
office network. Both namespaces (and with them the veth pair) are deleted on exit,
also when the test failed.
"""

from __future__ import annotations

import asyncio
import ctypes
import os
import subprocess
import threading
import uuid
from collections.abc import Callable, Coroutine, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar, cast

import pytest

SUBNET_PREFIX = 30
T = TypeVar("T")


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


def ipv4_only(name: str) -> None:
    """IPv6 off in a fresh namespace, before any device joins it.

    IPv4 only, so the only addresses are the test's own from 198.18.0.0/15; and a
    veth's IPv6 link-local address would finish duplicate address detection a second
    or two after the link comes up, an address change that makes a browser already
    running in the namespace abort its page loads with ERR_NETWORK_CHANGED (seen in CI).
    """
    if Path("/proc/sys/net/ipv6").is_dir():
        ip("netns", "exec", name, "sysctl", "-q", "-w",
           "net.ipv6.conf.all.disable_ipv6=1", "net.ipv6.conf.default.disable_ipv6=1")  # fmt: skip


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
            ipv4_only(ns.name)
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


@dataclass(frozen=True)
class Star:
    """A "public" namespace with a host and a guest namespace on veths of their own.

    Each side reaches the public namespace's addresses (delivered there locally); the
    public namespace forwards nothing, so host and guest cannot reach each other, as two
    home networks behind NAT, with only the internet's servers (meeting server, relay)
    in common.
    """

    public: Netns  # its address on the host's side; the server and coturn listen here
    public_guest_side: str
    host: Netns
    guest: Netns


@contextmanager
def netns_star() -> Iterator[Star]:
    """Three fresh namespaces: public 198.18.1.1 / 198.18.2.1, host 198.18.1.2, guest
    198.18.2.2 (/30 each); forwarding off in public; all deleted on exit."""
    require_root()
    tag = uuid.uuid4().hex[:8]
    public = Netns(f"ml-{tag}-p", f"ml{tag}ph", "198.18.1.1")
    host = Netns(f"ml-{tag}-h", f"ml{tag}h", "198.18.1.2")
    guest = Netns(f"ml-{tag}-g", f"ml{tag}g", "198.18.2.2")
    public_to_guest = f"ml{tag}pg"
    made: list[Netns] = []
    try:
        for ns in (public, host, guest):
            ip("netns", "add", ns.name)
            made.append(ns)
            ipv4_only(ns.name)
            ip("-n", ns.name, "link", "set", "lo", "up")
        ip("netns", "exec", public.name, "sysctl", "-q", "-w", "net.ipv4.ip_forward=0")
        for side, public_device, public_address in (
            (host, public.device, public.address),
            (guest, public_to_guest, "198.18.2.1"),
        ):
            ip("link", "add", public_device, "netns", public.name, "type", "veth",
               "peer", "name", side.device, "netns", side.name)  # fmt: skip
            ip("-n", public.name, "addr", "add", f"{public_address}/{SUBNET_PREFIX}",
               "dev", public_device)  # fmt: skip
            ip(
                "-n",
                side.name,
                "addr",
                "add",
                f"{side.address}/{SUBNET_PREFIX}",
                "dev",
                side.device,
            )
            ip("-n", public.name, "link", "set", public_device, "up")
            ip("-n", side.name, "link", "set", side.device, "up")
            ip("-n", side.name, "route", "add", "default", "via", public_address)
        yield Star(public, "198.18.2.1", host, guest)
    finally:
        for ns in made:
            subprocess.run(["ip", "netns", "del", ns.name], check=False, capture_output=True)


_CLONE_NEWNET = 0x40000000
_libc = ctypes.CDLL(None, use_errno=True)


def enter(name: str) -> None:
    """Move the calling thread (only it) into namespace ``name``; threads it starts
    afterwards are born there too (a BuiltinServer started from it listens there)."""
    fd = os.open(f"/run/netns/{name}", os.O_RDONLY | os.O_CLOEXEC)
    try:
        if _libc.setns(fd, _CLONE_NEWNET) != 0:
            error = ctypes.get_errno()
            raise OSError(error, f"setns into {name}: {os.strerror(error)}")
    finally:
        os.close(fd)


def call_in(name: str, fn: Callable[[], T], timeout: float = 120) -> T:
    """``fn()`` run in a fresh thread inside namespace ``name``; its result or exception."""
    box: list[Any] = []

    def target() -> None:
        try:
            enter(name)
            box.append((True, fn()))
        except BaseException as exc:  # handed to the caller
            box.append((False, exc))

    thread = threading.Thread(target=target, name=f"netns-{name}", daemon=True)
    thread.start()
    thread.join(timeout)
    if not box:
        raise TimeoutError(f"call in namespace {name} did not finish within {timeout} s")
    ok, value = box[0]
    if not ok:
        raise value
    return cast(T, value)


class NetnsLoop:
    """An asyncio loop in its own thread inside namespace ``name``: tests write async
    clients (aiohttp, aiortc) whose sockets live in that namespace.

        with NetnsLoop(b.name) as loop:
            result = loop.run(some_coroutine(), timeout=60)
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.loop = asyncio.new_event_loop()
        ready = threading.Event()
        failure: list[BaseException] = []

        def target() -> None:
            try:
                enter(name)
            except BaseException as exc:  # raised in __init__
                failure.append(exc)
                ready.set()
                return
            asyncio.set_event_loop(self.loop)
            ready.set()
            self.loop.run_forever()

        self.thread = threading.Thread(target=target, name=f"netns-loop-{name}", daemon=True)
        self.thread.start()
        ready.wait(30)
        if failure:
            raise failure[0]

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = 120) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def close(self) -> None:
        if self.loop.is_running():
            self.run(self._cancel_tasks(), timeout=30)
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(30)
        if not self.loop.is_running():
            self.loop.close()

    @staticmethod
    async def _cancel_tasks() -> None:
        """What the test left running (a client's background tasks) ends quietly."""
        current = asyncio.current_task()
        tasks = [task for task in asyncio.all_tasks() if task is not current]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def __enter__(self) -> NetnsLoop:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
