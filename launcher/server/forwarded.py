"""Who is really asking: ``X-Forwarded-For/-Proto/-Host``, honoured only from trusted proxies.

Behind a reverse proxy (Caddy) every connection comes from the proxy; it says
in ``X-Forwarded-*`` headers who the client was, with which scheme and host.
Anyone can send those headers, so they count only when the connection's peer
is one of ``ServerConfig.trusted_proxies`` (addresses or networks); from anyone
else they are ignored.

- :func:`client_address` is the one place that answers "which address is this
  request from" (logs, per-address limits). It looks at the connection itself,
  so it gives the same answer before or after the middleware.
- :func:`install` adds a middleware (outermost) that hands handlers a request
  whose ``remote``, ``scheme`` and ``host`` are the forwarded ones.

Links never come from the request's host or scheme: they are built on
``app[ORIGIN]`` (``--public-url``), so a forged ``Host`` cannot change them.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiohttp import hdrs, web

from launcher.server.keys import TRUSTED_PROXIES, Network

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

# host or host:port, IPv6 in brackets; nothing that could smuggle a path or a space.
_HOST = re.compile(r"^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::[0-9]{1,5})?$")


@dataclass(frozen=True)
class Forwarded:
    """The request as the client made it: address, scheme and host."""

    client: str
    scheme: str
    host: str | None


def _parse_ip(text: str) -> IPAddress | None:
    text = text.strip()
    if text.startswith("[") and "]" in text:  # [v6]:port
        text = text[1 : text.index("]")]
    elif text.count(":") == 1:  # v4:port
        text = text.split(":", 1)[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    # A dual-stack listener sees IPv4 clients as ::ffff:a.b.c.d.
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def _trusted(address: IPAddress, trusted: tuple[Network, ...]) -> bool:
    return any(address in network for network in trusted)


def _last(value: str | None) -> str | None:
    # The last entry is the one the nearest (trusted) proxy wrote.
    if not value:
        return None
    last = value.split(",")[-1].strip()
    return last or None


def _extra_info(request: web.BaseRequest, name: str) -> object:
    transport = request.transport
    if transport is None:
        return None
    try:
        return transport.get_extra_info(name)
    except AttributeError:  # a TLS transport closed twice (a WebSocket's end) has no TLS left
        return None


def forwarded(request: web.BaseRequest, trusted: tuple[Network, ...]) -> Forwarded:
    """The client's address, scheme and host, from the headers only if the peer is trusted."""
    peer_text = None
    peer = _extra_info(request, "peername")
    if isinstance(peer, (list, tuple)) and peer:
        peer_text = str(peer[0])
    if peer_text is None:
        peer_text = request.remote or ""
    scheme = "https" if _extra_info(request, "sslcontext") else "http"
    host = request.headers.get(hdrs.HOST)
    peer_ip = _parse_ip(peer_text)
    if peer_ip is None or not _trusted(peer_ip, trusted):
        return Forwarded(peer_text, scheme, host)
    # X-Forwarded-For lists every hop: walk from the right past trusted proxies;
    # the first address that is not one is the client.
    client = peer_ip
    for entry in reversed(request.headers.get("X-Forwarded-For", "").split(",")):
        address = _parse_ip(entry)
        if address is None:
            break
        client = address
        if not _trusted(address, trusted):
            break
    proto = (_last(request.headers.get("X-Forwarded-Proto")) or "").lower()
    forwarded_host = _last(request.headers.get("X-Forwarded-Host"))
    return Forwarded(
        str(client),
        proto if proto in ("http", "https") else scheme,
        forwarded_host if forwarded_host and _HOST.match(forwarded_host) else host,
    )


def client_address(request: web.Request) -> str:
    """The address this request comes from: the connection's peer, or what a
    trusted proxy says the client was. Use this, not ``request.remote``, for logs
    and per-address limits."""
    return forwarded(request, request.app.get(TRUSTED_PROXIES, ())).client


def install(app: web.Application, trusted: tuple[Network, ...]) -> None:
    """Trust ``trusted`` proxies and put the forwarded-headers middleware first."""
    app[TRUSTED_PROXIES] = trusted

    @web.middleware
    async def forwarded_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
        if trusted:
            seen = forwarded(request, trusted)
            if seen.host is not None and (seen.client, seen.scheme, seen.host) != (
                request.remote,
                request.scheme,
                request.host,
            ):
                request = request.clone(remote=seen.client, scheme=seen.scheme, host=seen.host)
            elif (seen.client, seen.scheme) != (request.remote, request.scheme):
                request = request.clone(remote=seen.client, scheme=seen.scheme)
        return await handler(request)

    app.middlewares.insert(0, forwarded_headers)
