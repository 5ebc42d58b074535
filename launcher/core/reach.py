"""Who can open a guest link: only this computer, this network, or anyone.

One decision for every place that shows or copies a guest link (the result card,
the rooms list, the invite dialog and its text, the tray, ``meeting-launcher new``)::

    from launcher.core.reach import Audience, reach_of, reach_of_account
    reach = reach_of_account(account)        # or reach_of(url, local=...)
    reach.audience                           # Audience.COMPUTER / NETWORK / ANYONE
    reach.needs_https                        # http:// on a host other than this computer
    reach.outside                            # True: anyone on the internet can open it

From the link's scheme and host name, nothing looked up on the network:

- a loopback host (``127.0.0.0/8``, ``::1``, ``localhost``): this computer;
- a private, link-local or shared address (``10/8``, ``192.168/16``, ``fe80::/10``,
  ...), a name ending in ``.local``, ``.lan``, ``.home.arpa``, ``.internal`` or
  without any dot, or the built-in server of this computer in "guests on my
  network" mode: this network;
- any other name or address: anyone.

Browsers give camera and microphone only to secure pages: ``https://`` or this
computer's own loopback address. An ``http://`` link to another host opens, but
the guest's browser refuses the camera: ``needs_https``. No Qt, no wording here:
the UI and the command line say it in their own words.
"""

from __future__ import annotations

import enum
import ipaddress
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urlsplit

__all__ = ["Audience", "Reach", "reach_of", "reach_of_account"]

#: Name endings that only resolve inside a home or office network.
LOCAL_SUFFIXES = (".local", ".lan", ".home.arpa", ".internal", ".intranet", ".localdomain")


class Audience(enum.Enum):
    """Who can open a link, from the narrowest to the widest."""

    COMPUTER = "computer"
    NETWORK = "network"
    ANYONE = "anyone"


@dataclass(frozen=True)
class Reach:
    """Who can open a link, and whether their camera works there."""

    audience: Audience
    needs_https: bool = False

    @property
    def outside(self) -> bool:
        """True when people anywhere can open the link and use their camera."""
        return self.audience is Audience.ANYONE and not self.needs_https

    @property
    def shareable(self) -> bool:
        """True when sending the link to someone else can help at all (not loopback)."""
        return self.audience is not Audience.COMPUTER


class AccountLike(Protocol):
    """What :func:`reach_of_account` needs of an account (``core.accounts.Account`` fits)."""

    @property
    def meeting_origin(self) -> str: ...
    @property
    def is_local(self) -> bool: ...


def _host_audience(host: str) -> Audience:
    name = host.strip("[]").rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return Audience.COMPUTER
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        if "." not in name or name.endswith(LOCAL_SUFFIXES):
            return Audience.NETWORK
        return Audience.ANYONE
    if address.is_loopback:
        return Audience.COMPUTER
    if address.is_unspecified:
        return Audience.COMPUTER  # 0.0.0.0 in a link: only this computer can use it
    if address.is_global:
        return Audience.ANYONE
    # Private, link-local, carrier-grade NAT, benchmark and other non-global ranges.
    return Audience.NETWORK


def reach_of(url: str, *, local: bool = False) -> Reach:
    """Who can open ``url``.

    ``local``: the link is served by this computer's built-in server ("guests on
    my network" gives it this computer's network address and a certificate of its
    own that no browser knows): at most this network, even on a public address.
    """
    parts = urlsplit(url.strip())
    host = parts.hostname or ""
    if not host:
        return Reach(Audience.COMPUTER)
    audience = _host_audience(host)
    if local and audience is Audience.ANYONE:
        audience = Audience.NETWORK
    needs_https = parts.scheme != "https" and audience is not Audience.COMPUTER
    return Reach(audience, needs_https)


def reach_of_account(account: AccountLike) -> Reach:
    """Who can open the guest links of rooms made with ``account`` (its meeting origin)."""
    return reach_of(account.meeting_origin, local=account.is_local)
