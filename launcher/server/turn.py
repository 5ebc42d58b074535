"""TURN relay credentials for the meeting pages (coturn's shared-secret scheme).

coturn runs with ``use-auth-secret`` and ``static-auth-secret=<secret>``; this server
knows the same secret and hands each admitted participant its own short-lived
credentials, never the secret (coturn's "TURN REST API"):

    username = "<expiry unix time>:<participant id>"
    password = base64(HMAC-SHA1(secret, username))

coturn accepts them until the expiry. They are minted when a participant is admitted
(signalling's ``joined`` message, :mod:`launcher.server.signalling`), so nobody waiting
at the door, nor any page's HTML, ever holds one; a page that reconnects is admitted
again and gets fresh ones. Stdlib only.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

__all__ = [
    "MARGIN",
    "MAX_VALIDITY",
    "MIN_SECRET",
    "TurnRelay",
    "check_uri",
    "credentials",
]

#: Credentials outlive the meeting by this much (seconds): a meeting running late.
MARGIN = 3600
#: ... and never last longer than this from the moment they are minted (long-term rooms
#: live for months; a reconnect or the next meeting mints new ones).
MAX_VALIDITY = 12 * 3600
#: Shorter shared secrets are refused (guessable, and too short to redact from logs).
MIN_SECRET = 16

# RFC 7065: turn:host[:port][?transport=udp|tcp], turns: likewise; host a name, an IPv4
# address or a bracketed IPv6 address. Nothing else (no user info, path or fragment).
_URI = re.compile(
    r"(?P<scheme>turns?):(?P<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)"
    r"(?::(?P<port>\d{1,5}))?(?:\?transport=(?P<transport>udp|tcp))?"
)


def check_uri(uri: str) -> str | None:
    """None when ``uri`` is a TURN URI a browser takes, else why not (one sentence)."""
    match = _URI.fullmatch(uri)
    if match is None:
        return (
            f"turn_uri {uri!r} is not a TURN URI: write turn:HOST:PORT?transport=udp "
            "or turns:HOST:PORT?transport=tcp"
        )
    port = match["port"]
    if port is not None and not 1 <= int(port) <= 65535:
        return f"turn_uri {uri!r}: the port must be between 1 and 65535"
    if match["scheme"] == "turns" and match["transport"] == "udp":
        return f"turn_uri {uri!r}: turns: (TLS) runs over TCP, not udp"
    return None


def credentials(secret: str, participant_id: str, expires: int) -> tuple[str, str]:
    """coturn's ``use-auth-secret`` username and password, valid until ``expires``."""
    username = f"{expires}:{participant_id}"
    digest = hmac.new(secret.encode(), username.encode(), hashlib.sha1).digest()
    return username, base64.b64encode(digest).decode("ascii")


@dataclass(frozen=True)
class TurnRelay:
    """The relay this server's meetings use: its URIs and the secret shared with coturn."""

    uris: tuple[str, ...]
    secret: str = field(repr=False)
    clock: Callable[[], float] = field(default=time.time, repr=False, compare=False)

    def expiry(self, meeting_expires_at: str | None) -> int:
        """Unix time the credentials stop working: the meeting's end plus MARGIN, at most
        MAX_VALIDITY from now (and at least MARGIN, for a room already past its end)."""
        now = int(self.clock())
        latest = now + MAX_VALIDITY
        if not meeting_expires_at:
            return latest
        try:
            end = datetime.fromisoformat(meeting_expires_at.replace("Z", "+00:00"))
            end_unix = int(end.timestamp())
        except ValueError:
            return latest
        return max(now + MARGIN, min(latest, end_unix + MARGIN))

    def ice_servers(
        self, participant_id: str, meeting_expires_at: str | None = None
    ) -> list[dict[str, Any]]:
        """RTCPeerConnection ``iceServers`` for one admitted participant."""
        username, password = credentials(
            self.secret, participant_id, self.expiry(meeting_expires_at)
        )
        return [{"urls": list(self.uris), "username": username, "credential": password}]
