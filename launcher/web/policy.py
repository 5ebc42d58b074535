"""Pure rules of the web view (no Qt): origins and which URLs may open where."""

from __future__ import annotations

from urllib.parse import urlsplit

_DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443}
#: Schemes handed to the system when a link leaves the meeting.
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})


def origin_of(url: str) -> str:
    """``scheme://host:port`` of a URL, lower-cased, with the default port made explicit.

    Returns "" for URLs without a network origin (about:, data:, file:).
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return ""
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if scheme not in _DEFAULT_PORTS or not host:
        return ""
    if ":" in host:
        host = f"[{host}]"
    return f"{scheme}://{host}:{port or _DEFAULT_PORTS[scheme]}"


def same_origin(url: str, meeting_origin: str) -> bool:
    """True when ``url`` is on ``meeting_origin`` (both compared as :func:`origin_of`)."""
    mine = origin_of(meeting_origin)
    return bool(mine) and origin_of(url) == mine


def opens_externally(url: str) -> bool:
    """True for links the system may open (web pages, mail, phone); never file: or js:."""
    scheme = urlsplit(url).scheme.lower()
    return scheme in EXTERNAL_SCHEMES
