"""Website embed: which web origins may show an application's meeting pages in a frame.

The operator sets the list per application (``meeting-launcher app embed-domains``);
the meeting pages of that application's rooms then send ``Content-Security-Policy:
frame-ancestors`` with exactly those origins, and every other page (and every
application without a list) ``frame-ancestors 'none'``. No ``X-Frame-Options`` is
sent: it cannot name several origins, and a browser that knows CSP ignores it anyway.

An entry is an origin: ``https://`` and a host name (``*.`` allowed as its first
label), optionally a port; plain ``http://`` only for this computer (``localhost``,
``127.0.0.1``, ``[::1]``), for trying it out. No path, query, user name or
wildcards elsewhere: the value goes verbatim into a header.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

#: The most origins one application may list (the header stays small).
MAX_ORIGINS = 50

_HOST_LABEL = r"(?!-)[a-z0-9-]{1,63}(?<!-)"
_HOST = rf"(?:\*\.)?{_HOST_LABEL}(?:\.{_HOST_LABEL})*"
_ORIGIN = re.compile(rf"(?P<scheme>https?)://(?P<host>{_HOST}|\[::1\])(?::(?P<port>\d{{1,5}}))?")
_LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "[::1]"})


class InvalidOrigin(ValueError):
    """An entry that is not an allowed origin; the message says why, in one sentence."""


def parse_origin(text: str) -> str:
    """``text`` as an origin for ``frame-ancestors`` (lower case, no trailing slash).

    InvalidOrigin with a one-sentence reason otherwise."""
    value = text.strip()
    shown = repr(text)
    if not value:
        raise InvalidOrigin("an empty origin was given; write it as https://intranet.example.com")
    if "://" not in value:
        raise InvalidOrigin(
            f"{shown} is not an origin; write it with its scheme, as https://{value.rstrip('/')}"
        )
    lowered = value.lower()
    if lowered.endswith("/"):
        lowered = lowered[:-1]
    match = _ORIGIN.fullmatch(lowered)
    if match is None:
        raise InvalidOrigin(
            f"{shown} is not an origin: give only scheme, host and optional port"
            " (no path, query, user name or spaces), as https://intranet.example.com"
        )
    scheme, host, port = match["scheme"], match["host"], match["port"]
    if port is not None and not 1 <= int(port) <= 65535:
        raise InvalidOrigin(f"{shown} has port {port}; a port is 1 to 65535")
    if scheme == "http" and host not in _LOOPBACK_HOSTS:
        raise InvalidOrigin(
            f"{shown} uses http; websites that embed meetings need https"
            " (http only for localhost or 127.0.0.1, for testing)"
        )
    if host.startswith("*.") and host.count(".") < 2:
        raise InvalidOrigin(f"{shown} allows a whole top-level domain; name the site's domain")
    return f"{scheme}://{host}" + (f":{int(port)}" if port is not None else "")


def parse_origins(texts: Iterable[str]) -> list[str]:
    """Each of ``texts`` parsed (duplicates dropped, order kept); InvalidOrigin on the first
    bad one or when there are more than :data:`MAX_ORIGINS`."""
    origins: list[str] = []
    for text in texts:
        origin = parse_origin(text)
        if origin not in origins:
            origins.append(origin)
    if len(origins) > MAX_ORIGINS:
        raise InvalidOrigin(f"{len(origins)} origins given; at most {MAX_ORIGINS} are allowed")
    return origins


def frame_ancestors(origins: Sequence[str]) -> str:
    """The ``frame-ancestors`` directive for these (already parsed) origins."""
    return "frame-ancestors " + (" ".join(origins) if origins else "'none'")
