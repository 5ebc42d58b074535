"""Watch together: one video that every page in a meeting plays, pauses and seeks in
step. Pure state; the signalling hub (:mod:`launcher.server.signalling`) checks who may
change it and tells every page (``watch`` messages).

The server keeps the source, whether it plays, the position at a server timestamp and who
controls it (the host who shared it, or the person the host handed control to). Pages
compute the current position from that and correct their own player's drift.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlsplit

#: The longest video URL a page may share.
MAX_URL = 2000
#: Media file endings a shared URL's path must have.
MEDIA_SUFFIXES = (".mp4", ".webm", ".m4v", ".ogv", ".ogg", ".mov")
#: Where a meeting's uploaded videos are served (launcher.server.watch_files):
#: ``/meeting-watch/<meeting code>/<name>``.
UPLOADS_PATH = "/meeting-watch"
#: An uploaded video's name: random, with the extension of its type.
UPLOAD_NAME = re.compile(r"[A-Za-z0-9_-]{22,64}\.(?:mp4|webm)")
#: Positions (seconds) a page may seek to.
MAX_POSITION = 24 * 3600.0


class WatchAudience(Protocol):
    """Who is in which meeting, as every server process sees it (``serve --redis``:
    launcher.server.watch_shared), for the uploaded videos' checks on processes that do
    not run the meeting."""

    async def is_admitted(self, meeting_code: str, device: str) -> bool:
        """True when a browser with this device id is admitted in the meeting now."""
        ...

    async def has_host(self, meeting_code: str) -> bool:
        """True when a host is admitted in the meeting now."""
        ...

    async def running(self, meeting_code: str) -> bool:
        """True when the meeting has people in it (or that cannot be known now)."""
        ...

    async def forget(self, meeting_code: str) -> None:
        """The meeting's last page left."""
        ...


class WatchError(ValueError):
    """A shared source or a position the server does not take."""


def clean_url(raw: object, meeting_code: str = "") -> str:
    """An http(s) URL of a media file, or the path of a video uploaded to this meeting
    (``meeting_code``); else WatchError."""
    if not isinstance(raw, str) or not raw.strip():
        raise WatchError("no video URL")
    url = raw.strip()
    if len(url) > MAX_URL:
        raise WatchError("the video URL is too long")
    own = f"{UPLOADS_PATH}/{meeting_code}/"
    if meeting_code and url.startswith(own) and UPLOAD_NAME.fullmatch(url[len(own) :]):
        return url
    if any(ord(c) < 33 or c == "\x7f" for c in url):
        raise WatchError("the video URL has spaces or control characters")
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise WatchError("only http and https video URLs")
    if parts.username or parts.password:
        raise WatchError("no credentials in a video URL")
    if not parts.path.lower().endswith(MEDIA_SUFFIXES):
        raise WatchError("the URL is not a video file (.mp4, .webm, ...)")
    return url


def clean_position(raw: object) -> float:
    if not isinstance(raw, int | float) or isinstance(raw, bool):
        raise WatchError("the position is not a number")
    if not 0 <= raw <= MAX_POSITION:  # NaN fails too
        raise WatchError("the position is out of range")
    return float(raw)


def server_ms() -> int:
    """The server's clock (Unix milliseconds), which pages measure their offset against."""
    return int(time.time() * 1000)


@dataclass
class WatchParty:
    """The shared player of one meeting."""

    source: str
    shared_by: str
    controller: str
    controller_name: str
    playing: bool = False
    position: float = 0.0  # seconds, at ``since`` (server milliseconds)
    since: int = 0
    clock: Callable[[], int] = server_ms

    def __post_init__(self) -> None:
        self.since = self.clock()

    def position_now(self, now: int | None = None) -> float:
        if not self.playing:
            return self.position
        now = self.clock() if now is None else now
        return self.position + max(0, now - self.since) / 1000

    def play(self, position: float | None = None) -> None:
        self.position = self.position_now() if position is None else position
        self.since = self.clock()
        self.playing = True

    def pause(self, position: float | None = None) -> None:
        self.position = self.position_now() if position is None else position
        self.since = self.clock()
        self.playing = False

    def seek(self, position: float) -> None:
        self.position = position
        self.since = self.clock()

    def public(self) -> dict[str, Any]:
        """What pages are told: the position ``position`` at server time ``at``."""
        now = self.clock()
        return {
            "active": True,
            "source": self.source,
            "playing": self.playing,
            "position": round(self.position_now(now), 3),
            "at": now,
            "controller": self.controller,
            "controller_name": self.controller_name,
            "shared_by": self.shared_by,
        }
