"""Configuration of the built-in server."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from launcher.server.connections import ConnectionLimits
from launcher.server.pacing import PacingLimits
from launcher.server.request_limits import RequestLimits
from launcher.server.store.connection import Database, redact_url
from launcher.server.turn import TurnRelay

if TYPE_CHECKING:
    from aiohttp import web

#: How many people may send video in a mesh meeting (every page sends its camera to
#: every other, so upload and CPU grow with each one) before hosts see a warning that
#: video may stutter; ``serve --mesh-video-senders`` accepts 1 to MAX_MESH_VIDEO_SENDERS.
MESH_VIDEO_SENDERS = 4
MAX_MESH_VIDEO_SENDERS = 100
#: How many people may have their camera on in one room, mesh or SFU (the contract's 25
#: active video streams); the next one joins with the camera off and is told why.
MAX_VIDEO_SENDERS = 25

#: Called with the aiohttp application before it starts; may add routes,
#: ``on_startup``/``on_cleanup`` hooks and ``app[...]`` state.
SetupHook = Callable[["web.Application"], None]


class StartupRefused(RuntimeError):
    """A start-up step found a setting unusable (a service it needs does not answer);
    the message says so in one sentence for the operator."""


@dataclass(frozen=True)
class SfuSetting:
    """Janus (VideoRoom) as the media engine of rooms with three or more people
    (launcher.server.sfu). ``admin_key`` comes from the operator's file, never argv."""

    url: str
    admin_key: str = field(repr=False)


@dataclass(frozen=True)
class RedisSetting:
    """The Redis that carries signalling between server processes (launcher.server.relay).

    ``password`` comes from the operator's password file, never the URL."""

    url: str
    password: str | None = field(default=None, repr=False)

    def describe(self) -> str:
        """For logs and messages: the URL without any password."""
        return redact_url(self.url)


@dataclass
class ServerConfig:
    """Everything a BuiltinServer needs; only ``data_dir`` is required."""

    data_dir: Path
    # Where rooms, sessions and the webhook outbox live: SQLite in data_dir by default,
    # or a PostgreSQL database several servers share (recordings' files, the TLS
    # certificate and the server secret stay in data_dir).
    database: Database = field(default_factory=Database)
    # Signalling across several server processes sharing that database (Redis pub/sub);
    # None: every meeting's pages meet within this process.
    redis: RedisSetting | None = None
    host: str = "127.0.0.1"
    port: int = 0  # 0: the OS picks a free port
    tls: Literal["none", "self-signed", "files"] = "none"
    tls_cert: Path | None = None
    tls_key: Path | None = None
    public_url: str | None = None  # origin used in links; default from host/port/scheme
    dial_in_numbers: list[dict[str, str]] = field(default_factory=list)
    debug_latency: float = 0.0  # seconds added before each API response (benchmarks only)
    extra_setup: list[SetupHook] = field(default_factory=list)
    max_rooms_per_application: int = 100_000
    max_themes_per_application: int = 100
    # The meeting pages and their signalling (launcher.server.pages); off for API-only tests.
    meeting_pages: bool = True
    # Video senders a mesh meeting handles well: above it, hosts see a warning in the
    # page (handed to pages in signalling's "joined"; not a limit, nobody is refused).
    mesh_video_senders: int = MESH_VIDEO_SENDERS
    # People who may have their camera on in one room at once (mesh or SFU): the next
    # one is refused (signalling's ``video-refused``, ``joined.video_full``).
    max_video_senders: int = MAX_VIDEO_SENDERS
    # Janus for rooms of three or more (the API URL, on loopback, and the VideoRoom
    # admin key); None: every meeting is a mesh.
    sfu: SfuSetting | None = None
    # RTCPeerConnection iceServers handed to the pages (STUN/TURN); none works on loopback/LAN.
    ice_servers: list[dict[str, Any]] = field(default_factory=list)
    # The TURN relay (coturn, shared secret): admitted participants get their own
    # short-lived credentials for it over signalling, never in a page.
    turn_relay: TurnRelay | None = None
    # Webhooks (launcher.server.webhooks): server-wide ``callback_urls`` for rooms
    # without their own (keys rooms_/sessions_/recordings_callback_url), the
    # waits between delivery attempts, the room expiry sweep period, and the
    # HMAC key of the X-Meetings-Signature header (unsigned when None).
    callback_urls: dict[str, str] = field(default_factory=dict)
    webhook_retry_delays: tuple[float, ...] = (10.0, 30.0, 60.0, 180.0, 300.0)
    room_sweep_interval: float = 30.0
    webhook_secret: str | None = None
    # Address ranges (CIDR) webhooks may reach besides public addresses: by default
    # none, so no loopback, private, link-local, multicast or unspecified address.
    # Allow e.g. "10.0.0.0/8" for receivers on the office network.
    webhook_allow_private: list[str] = field(default_factory=list)
    # Largest recording a meeting page may upload.
    max_recording_bytes: int = 512 * 1024 * 1024
    # Largest video a host may upload to watch together (launcher.server.watch_files).
    max_watch_bytes: int = 256 * 1024 * 1024
    # Reverse proxies (addresses or networks) whose X-Forwarded-For/-Proto/-Host
    # count (launcher.server.forwarded); from anyone else they are ignored.
    trusted_proxies: tuple[str, ...] = ()
    # One INFO line per request on the "launcher.server.access" logger
    # (launcher.server.access_log): client address, method, path, status, time.
    access_log: bool = False
    # What one meeting page's signalling socket may send and have queued for it
    # (launcher.server.pacing: chat and frame rate limits, the send queue's bounds).
    pacing: PacingLimits = field(default_factory=PacingLimits)
    # Open connections per client address and in all, idle keep-alive and TLS
    # handshake timeouts (launcher.server.connections).
    connections: ConnectionLimits = field(default_factory=ConnectionLimits)
    # API requests per application and meeting joins per client address in a window
    # (launcher.server.request_limits; counted in Redis with ``redis``); none by default.
    requests: RequestLimits = field(default_factory=RequestLimits)
