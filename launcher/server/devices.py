"""Which browser a meeting page runs in: a random id in a cookie of the meeting origin.

The guest and host pages set it when a browser has none (``HttpOnly``, a year long);
the signalling socket's handshake carries it back. A host's block
(:mod:`launcher.server.signalling`) is kept against it, so the blocked browser is
refused by the pages, the socket and handoff links of that room's session. It names a
browser profile, not a person: another browser or a private window is another device.
"""

from __future__ import annotations

import re
import secrets

from aiohttp import web

DEVICE_COOKIE = "meeting_device"
_DEVICE = re.compile(r"[A-Za-z0-9_-]{22,64}")
_YEAR = 365 * 24 * 3600


def device_of(request: web.BaseRequest) -> str | None:
    """The browser's device id, or None when it sent none (or a malformed one)."""
    value = request.cookies.get(DEVICE_COOKIE, "")
    return value if _DEVICE.fullmatch(value) else None


def remember_device(
    request: web.BaseRequest, response: web.StreamResponse, *, secure: bool
) -> None:
    """Give the browser a device id unless it has one."""
    if device_of(request) is not None:
        return
    response.set_cookie(
        DEVICE_COOKIE,
        secrets.token_urlsafe(18),
        max_age=_YEAR,
        path="/",
        httponly=True,
        secure=secure,
        samesite="Lax",
    )
