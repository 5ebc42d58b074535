"""The server's shared names: every ``web.AppKey`` and every path it serves.

State lives on the aiohttp application under these typed keys; a feature module
takes what it needs from ``request.app[...]`` and imports this module, never a
handler module. This module depends only on the modules defining the state's
types, none of which import it back.

Who sets what: ``make_app`` (:mod:`launcher.server.app`) sets the first block,
the meeting pages (:mod:`launcher.server.pages`) the second.
"""

from __future__ import annotations

import ipaddress

from aiohttp import web
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from launcher.server.auth import TokenVerifier
from launcher.server.config import ServerConfig
from launcher.server.request_limits import RequestLimiter
from launcher.server.sessions import SessionStore, SessionTracker
from launcher.server.sfu import SfuRooms
from launcher.server.signalling import MeetingHub
from launcher.server.tokens import HandoffStore, ParticipantTokens, UploadSigner
from launcher.server.watch import WatchAudience
from launcher.server.webhooks import WebhookSender
from launcher.server.worker import StoreWorker

# ---------------------------------------------------------------- paths

#: The Meetings API (authenticated; everything else of the origin is not).
API_PREFIX = "/v1/meetings"
#: Logo upload forms post here (signed fields, no API auth).
LOGO_UPLOAD_PATH = "/v1/uploads/logos"
#: Finalized theme logos: ``/v1/logos/{type}/{id}`` (no auth).
LOGO_PATH = "/v1/logos"
#: Recording downloads: ``/v1/recording-files/{id}`` (signed, expiring links).
RECORDING_FILE_PATH = "/v1/recording-files"
#: The host's page uploads a recording's file here.
RECORDING_UPLOAD_PATH = "/meeting-api/recordings/{recording_id}"
#: ... or streams it while it records: each chunk (``seq`` from 0) as it is made,
RECORDING_CHUNK_PATH = RECORDING_UPLOAD_PATH + "/chunks/{seq}"
#: then the count of chunks once it stops, which assembles the file.
RECORDING_FINISH_PATH = RECORDING_UPLOAD_PATH + "/finish"
#: The meeting page's JS and CSS.
ASSETS_PATH = "/meeting-assets/"
#: The meeting pages' signalling WebSocket.
WS_PATH = "/meeting-ws"
#: One-time links handing a host link to the system browser.
HANDOFF_PATH = "/meeting-handoff"
#: The meeting page in preview mode, for the launcher's theme preview.
PREVIEW_PATH = "/meeting-preview"
#: Readiness for load balancers (launcher.server.health).
HEALTH_PATH = "/healthz"
#: Where the meeting pages put recording files (under the data dir), as
#: ``<recording id>.<ext>``.
RECORDINGS_DIR = "recordings"

#: A trusted proxy's address or network.
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

# ------------------------------------------------- set by make_app

STORE = web.AppKey("store", StoreWorker)
CONFIG = web.AppKey("config", ServerConfig)
#: The public origin (scheme, host, port) links are built on, without a trailing slash.
ORIGIN = web.AppKey("origin", str)
PARTICIPANT_TOKENS = web.AppKey("participant_tokens", ParticipantTokens)
UPLOAD_SIGNER = web.AppKey("upload_signer", UploadSigner)
#: The data dir's root secret (derive a key per use with ``tokens.derive_key``).
SERVER_SECRET = web.AppKey("server_secret", bytes)
#: Applications' public keys, loaded once (API auth).
KEY_CACHE = web.AppKey("key_cache", dict[str, RSAPublicKey])
TOKEN_VERIFIER = web.AppKey("token_verifier", TokenVerifier)
SENDER = web.AppKey("webhook_sender", WebhookSender)
#: Peers whose X-Forwarded-* headers count (launcher.server.forwarded).
TRUSTED_PROXIES = web.AppKey("trusted_proxies", tuple[Network, ...])
#: API requests per application, joins per address (launcher.server.request_limits).
REQUEST_LIMITER = web.AppKey("request_limiter", RequestLimiter)

# ------------------------------------------- set by the meeting pages

HUB = web.AppKey("meeting_hub", MeetingHub)
SESSIONS = web.AppKey("meeting_sessions", SessionTracker)
SESSION_STORE = web.AppKey("meeting_session_store", SessionStore)
#: Janus for rooms of three or more (only with ServerConfig.sfu).
SFU = web.AppKey("meeting_sfu", SfuRooms)
#: Pending handoff codes: this process's, or with --redis the shared ones.
CODES = web.AppKey("meeting_handoff_codes", HandoffStore)
#: Recording ids whose file is being uploaded right now.
RECORDING_UPLOADS = web.AppKey("recording_uploads", set[str])
#: Recording ids with streamed chunks on disk: when the last chunk came (monotonic).
RECORDING_CHUNKS = web.AppKey("recording_chunks", dict[str, float])
#: With --redis: who is in which meeting across processes (watch together's videos).
WATCH_AUDIENCE = web.AppKey("watch_audience", WatchAudience)

# ------------------------------------------------------ request keys

#: The authenticated application of an API request.
APPLICATION_ID = web.RequestKey("application_id", str)
#: The response of a request once it has started (its headers are sent).
RESPONSE_STARTED = web.RequestKey("response_started", web.StreamResponse)
