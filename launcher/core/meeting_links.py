"""Meeting links someone sent: what the app agrees to open, and how.

Accepted, and nothing else (no Qt; the UI words the refusals from ``reason``):

- a guest link ``http(s)://host[:port][/{short_company_url}]/{meeting_code}``;
- a host link ``http(s)://host[:port][/{short_company_url}]/?room_token={meeting_code}
  &participant_token={token}`` (the token makes it a secret: never log it);
- either of them behind the app's URL scheme, ``meeting-launcher:{link}`` (the link
  as it is) or ``meeting-launcher://open?url={link, percent-encoded}``;
- in the window only, a bare meeting code (9 or more digits; spaces and dashes are
  ignored), which means a guest link on the chosen account's server.

These are the shapes the Meetings API contract gives rooms' links (and the built-in
server serves); a link of any other shape, scheme or length is refused before
anything is opened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import parse_qs, urlsplit

__all__ = [
    "SCHEME",
    "InvalidLink",
    "MeetingLink",
    "looks_like_link",
    "parse_code",
    "parse_link",
]

SCHEME = "meeting-launcher"
MAX_LINK_LENGTH = 2048
_CODE = re.compile(r"\d{9,32}")
_SHORT = re.compile(r"[A-Za-z0-9_~-]{1,64}")
_TOKEN = re.compile(r"[A-Za-z0-9._~+/=-]{1,1024}")
#: Reasons of :class:`InvalidLink` (the UI has a sentence for each).
Reason = Literal["empty", "too_long", "not_web", "not_meeting"]


class InvalidLink(ValueError):
    """A link the app does not open; ``reason`` is one of :data:`Reason`."""

    def __init__(self, reason: Reason, message: str) -> None:
        super().__init__(message)
        self.reason: Reason = reason


@dataclass(frozen=True)
class MeetingLink:
    """A checked meeting link. ``url`` may be a host link: a secret, never logged."""

    url: str
    origin: str  # scheme://host:port, as launcher.web.policy.origin_of gives it
    code: str
    is_host: bool

    def __repr__(self) -> str:  # the url may hold a participant token
        kind = "host" if self.is_host else "guest"
        return f"MeetingLink({kind}, {self.origin}, {self.code})"


def looks_like_link(text: str) -> bool:
    """True for an argument meant as a link (the command line hands those to the app,
    which checks them), rather than a sub-command."""
    lowered = text.strip().lower()
    return lowered.startswith(f"{SCHEME}:") or "://" in lowered


def parse_link(text: str) -> MeetingLink:
    """The meeting link in ``text`` (see the module docstring), or :class:`InvalidLink`."""
    text = text.strip()
    if not text:
        raise InvalidLink("empty", "no link given")
    if len(text) > MAX_LINK_LENGTH:
        raise InvalidLink("too_long", f"the link is longer than {MAX_LINK_LENGTH} characters")
    url = _unwrap_scheme(text)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise InvalidLink("not_meeting", "the link is not a valid web address") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise InvalidLink("not_web", "only http and https meeting links are opened")
    host = (parts.hostname or "").lower()
    if not host or parts.username is not None or parts.password is not None or parts.fragment:
        raise InvalidLink("not_meeting", "the link is not a meeting link")
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        raise InvalidLink("not_meeting", "the link is not a meeting link")
    shown_host = f"[{host}]" if ":" in host else host
    origin = f"{scheme}://{shown_host}:{port or (443 if scheme == 'https' else 80)}"
    segments = parts.path.split("/")[1:]  # the path starts with "/"
    if parts.query:
        return _host_link(url, origin, segments, parts.query)
    if len(segments) == 2 and _SHORT.fullmatch(segments[0]) and _CODE.fullmatch(segments[1]):
        return MeetingLink(url, origin, segments[1], is_host=False)
    if len(segments) == 1 and _CODE.fullmatch(segments[0]):
        return MeetingLink(url, origin, segments[0], is_host=False)
    raise InvalidLink("not_meeting", "the link is not a meeting link")


def _host_link(url: str, origin: str, segments: list[str], query: str) -> MeetingLink:
    path_ok = segments == [""] or (
        len(segments) == 2 and _SHORT.fullmatch(segments[0]) is not None and segments[1] == ""
    )
    try:
        fields = parse_qs(query, keep_blank_values=True, strict_parsing=True)
    except ValueError:
        raise InvalidLink("not_meeting", "the link is not a meeting link") from None
    codes = fields.get("room_token", [])
    tokens = fields.get("participant_token", [])
    if (
        not path_ok
        or set(fields) != {"room_token", "participant_token"}
        or len(codes) != 1
        or len(tokens) != 1
        or not _CODE.fullmatch(codes[0])
        or not _TOKEN.fullmatch(tokens[0])
    ):
        raise InvalidLink("not_meeting", "the link is not a meeting link")
    return MeetingLink(url, origin, codes[0], is_host=True)


def _unwrap_scheme(text: str) -> str:
    """The http(s) link inside a ``meeting-launcher:`` URL (``text`` itself otherwise)."""
    prefix = f"{SCHEME}:"
    if not text.lower().startswith(prefix):
        return text
    rest = text[len(prefix) :]
    if rest.startswith("//"):
        parts = urlsplit(text)
        if parts.netloc.lower() != "open" or parts.path not in ("", "/") or parts.fragment:
            raise InvalidLink("not_meeting", f"use {SCHEME}:LINK or {SCHEME}://open?url=LINK")
        urls = parse_qs(parts.query).get("url", [])
        if len(urls) != 1:
            raise InvalidLink("not_meeting", f"use {SCHEME}://open?url=LINK")
        return urls[0].strip()
    return rest.strip()


def parse_code(text: str) -> str | None:
    """A meeting code typed by a person ("123 456 789", "123-456-789"), or None."""
    digits = re.sub(r"[\s-]", "", text)
    return digits if _CODE.fullmatch(digits) else None
