"""Connection limits of the listening socket: per client address, in total, idle time.

Every accepted connection (HTTP or WebSocket, after its TLS handshake) counts against
its client address and against the total while it is open. One over a limit is
answered ``503 Service Unavailable`` with ``Retry-After`` and closed before aiohttp
sees it. Addresses in ``exempt`` (loopback by default: the app's own pages and web
views, and a reverse proxy on the same machine, whose clients all share its address)
count only against the total.

Idle keep-alive connections are closed after ``keepalive_timeout`` (aiohttp's own
default is an hour, and each idle TLS connection holds its buffers), and a TLS
handshake must finish within ``tls_handshake_timeout``.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass

from aiohttp import web

log = logging.getLogger(__name__)

_REFUSAL = (
    b"HTTP/1.1 503 Service Unavailable\r\n"
    b"Retry-After: 5\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"Content-Length: 25\r\n"
    b"Connection: close\r\n\r\n"
    b"Too many open connections"
)


def in_networks(
    address: str, networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network]
) -> bool:
    """True when ``address`` (a client address as text) is in one of ``networks``;
    False for anything that is not an IP address."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in net for net in networks)


@dataclass(frozen=True)
class ConnectionLimits:
    """The listening socket's limits; see ServerConfig."""

    per_address: int = 64  # open connections of one client address
    total: int = 4096  # open connections of all clients together
    exempt: tuple[str, ...] = ("127.0.0.0/8", "::1/128")  # no per-address limit
    keepalive_timeout: float = 15.0  # seconds an idle keep-alive connection stays open
    tls_handshake_timeout: float = 10.0  # seconds a TLS handshake may take


class ConnectionGate:
    """A protocol factory counting connections around aiohttp's own."""

    def __init__(self, factory: Callable[[], asyncio.Protocol], limits: ConnectionLimits) -> None:
        self._factory = factory
        self._limits = limits
        self._exempt = [ipaddress.ip_network(net) for net in limits.exempt]
        self._open: dict[str, int] = {}
        self.total = 0

    def __call__(self) -> asyncio.Protocol:
        return _Gated(self)

    def open_from(self, address: str) -> int:
        """How many connections ``address`` has open."""
        return self._open.get(address, 0)

    def _admit(self, address: str) -> bool:
        if self.total >= self._limits.total:
            log.warning("connection from %s refused: %d open in all", address, self.total)
            return False
        count = self._open.get(address, 0)
        if count >= self._limits.per_address and not self._is_exempt(address):
            log.warning("connection from %s refused: %d open from there", address, count)
            return False
        self._open[address] = count + 1
        self.total += 1
        return True

    def _release(self, address: str) -> None:
        self.total -= 1
        left = self._open.get(address, 1) - 1
        if left > 0:
            self._open[address] = left
        else:
            self._open.pop(address, None)

    def _is_exempt(self, address: str) -> bool:
        return in_networks(address, self._exempt)


class _Gated(asyncio.Protocol):
    """aiohttp's protocol for an admitted connection; a refusal for the others."""

    def __init__(self, gate: ConnectionGate) -> None:
        self._gate = gate
        self._inner: asyncio.Protocol | None = None
        self._address = ""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        peer = transport.get_extra_info("peername")
        self._address = str(peer[0]) if isinstance(peer, tuple) and peer else "unknown"
        if not self._gate._admit(self._address):
            assert isinstance(transport, asyncio.WriteTransport)
            transport.write(_REFUSAL)
            transport.close()
            return
        self._inner = self._gate._factory()
        self._inner.connection_made(transport)

    def data_received(self, data: bytes) -> None:
        if self._inner is not None:
            self._inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self._inner.eof_received() if self._inner is not None else None

    def connection_lost(self, exc: Exception | None) -> None:
        if self._inner is not None:
            self._gate._release(self._address)
            self._inner.connection_lost(exc)

    def pause_writing(self) -> None:
        if self._inner is not None:
            self._inner.pause_writing()

    def resume_writing(self) -> None:
        if self._inner is not None:
            self._inner.resume_writing()


async def listen(
    runner: web.BaseRunner,
    sock: socket.socket,
    context: ssl.SSLContext | None,
    limits: ConnectionLimits,
) -> tuple[asyncio.Server, ConnectionGate]:
    """Serve ``runner`` (set up) on the listening ``sock`` behind a ConnectionGate."""
    assert runner.server is not None, "runner.setup() first"
    gate = ConnectionGate(runner.server, limits)
    server = await asyncio.get_running_loop().create_server(
        gate,
        sock=sock,
        ssl=context,
        ssl_handshake_timeout=limits.tls_handshake_timeout if context else None,
    )
    return server, gate
