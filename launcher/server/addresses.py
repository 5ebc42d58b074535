"""Which addresses the server's own requests (webhook deliveries) may reach.

A callback URL is chosen by whoever holds an application key; on a shared
server it must not turn the server into a way into its own network (server-side
request forgery). So a delivery goes only to public addresses, unless the
operator allows a range (``ServerConfig.webhook_allow_private``, CIDR strings).

The check is made on the addresses the delivery actually connects to: a host
name is resolved at delivery time through :class:`GuardedResolver` (so a name
that resolves to a public address when the room is made and to 127.0.0.1 later
gains nothing), and a literal IP in the URL is checked by :func:`check_url`
(aiohttp does not ask the resolver for those).
"""

from __future__ import annotations

import errno
import ipaddress
import socket
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address

#: What the in-app "This computer" server allows: its user owns the machine,
#: and a receiver on it is theirs.
LOOPBACK = ("127.0.0.0/8", "::1/128")


class AddressRefused(OSError):
    """A delivery would reach an address that is not allowed."""

    def __init__(self, message: str) -> None:
        # errno and strerror: aiohttp's connection errors show the strerror.
        super().__init__(errno.EACCES, message)


def parse_networks(values: Iterable[str]) -> tuple[Network, ...]:
    """Addresses or networks (``127.0.0.1``, ``10.0.0.0/8``, ``::1``).

    ValueError names the first bad one.
    """
    networks = []
    for value in values:
        try:
            networks.append(ipaddress.ip_network(value.strip(), strict=False))
        except ValueError:
            raise ValueError(f"not an IP address or network: {value!r}") from None
    return tuple(networks)


def is_allowed(address: str, allowed: Sequence[Network]) -> bool:
    """True for a public unicast address, or one inside an allowed range.

    Refused otherwise: loopback, private, link-local (cloud metadata at
    169.254.169.254), shared (100.64/10), multicast, unspecified, reserved and
    documentation ranges; IPv4-mapped IPv6 addresses count as their IPv4 one.
    """
    try:
        ip: Address = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if any(ip.version == net.version and ip in net for net in allowed):
        return True
    return ip.is_global and not ip.is_multicast


def check_url(url: str, allowed: Sequence[Network]) -> None:
    """AddressRefused for a URL whose host is a literal IP that is not allowed."""
    host = urlsplit(url).hostname or ""
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return  # a name: GuardedResolver checks what it resolves to
    if not is_allowed(host, allowed):
        raise AddressRefused(f"address {host} is not allowed for callbacks")


class GuardedResolver(AbstractResolver):
    """aiohttp's resolver, keeping only the addresses :func:`is_allowed` accepts."""

    def __init__(self, allowed: Sequence[Network]) -> None:
        self._allowed = tuple(allowed)
        self._inner = DefaultResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        found = await self._inner.resolve(host, port, family)
        kept = [result for result in found if is_allowed(result["host"], self._allowed)]
        if not kept:
            raise AddressRefused(f"{host} resolves to no address allowed for callbacks")
        return kept

    async def close(self) -> None:
        await self._inner.close()
