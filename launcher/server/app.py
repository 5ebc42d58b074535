"""The aiohttp application: :func:`make_app`, the API's route table and middleware.

Who owns what:

- :mod:`~launcher.server.keys`: every app key and served path.
- :mod:`~launcher.server.rooms`, :mod:`~launcher.server.themes` (and the
  application), :mod:`~launcher.server.logo_files`,
  :mod:`~launcher.server.recordings`: the REST handlers, by resource, sharing
  :mod:`~launcher.server.rest`. Routes are added here, in one table, because
  their order matters (``themes/logos-upload-urls`` before ``themes/{theme_id}``).
- this module: the middleware (in front of everything: an unexpected error
  becomes the contract's 500 body with a request id, logged once; the database
  unreachable, a 503 with ``Retry-After`` (logged once per outage by the store's
  worker); in front of
  ``/v1/meetings``: API auth, its rate limit per application, error shape, debug
  latency; in front of the signalling socket and one-time links: their rate limit
  per client address), the
  ``X-Content-Type-Options: nosniff`` on every response, and the start-up hooks.

Paths outside ``/v1/meetings``:

- ``POST /v1/uploads/logos``: logo upload forms (no API auth; signed fields).
- ``GET /v1/logos/{type}/{id}``: finalized theme logos (no auth).
- ``GET /v1/recording-files/{id}``: recording downloads (signed, expiring links).
- ``GET /healthz``: readiness (:mod:`launcher.server.health`).
- everything else (``/``, ``/{meeting_code}``, ``/{short_company_url}/...``)
  belongs to the meeting pages (:mod:`launcher.server.pages`, installed unless
  ``ServerConfig.meeting_pages`` is False) and ``ServerConfig.extra_setup`` hooks.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Awaitable, Callable

from aiohttp import web
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from launcher.server import forwarded, health, webhooks
from launcher.server.addresses import parse_networks
from launcher.server.auth import AuthFailed, TokenVerifier, load_public_key
from launcher.server.config import ServerConfig
from launcher.server.errors import (
    ApiError,
    MethodNotAllowed,
    NotFound,
    ServiceUnavailable,
    unauthorized,
)
from launcher.server.forwarded import client_address
from launcher.server.keys import (
    API_PREFIX,
    APPLICATION_ID,
    CONFIG,
    HANDOFF_PATH,
    KEY_CACHE,
    LOGO_PATH,
    LOGO_UPLOAD_PATH,
    ORIGIN,
    PARTICIPANT_TOKENS,
    RECORDING_FILE_PATH,
    REQUEST_LIMITER,
    RESPONSE_STARTED,
    SENDER,
    SERVER_SECRET,
    STORE,
    TOKEN_VERIFIER,
    UPLOAD_SIGNER,
    WS_PATH,
)
from launcher.server.logo_files import get_logo, logo_upload_urls, upload_logo
from launcher.server.pages import meeting_pages
from launcher.server.recordings import (
    delete_recording,
    get_recording,
    get_recording_file,
    session_recordings,
)
from launcher.server.request_limits import LocalWindows, RequestLimiter, WindowCounter
from launcher.server.rest import MAX_BODY
from launcher.server.rooms import (
    create_room,
    dial_in_numbers,
    get_room,
    list_rooms,
    theme_rooms,
    update_room,
)
from launcher.server.signalling import DirectoryUnavailable
from launcher.server.store import DatabaseUnavailable
from launcher.server.themes import (
    create_theme,
    delete_theme,
    finalize_logos,
    get_application,
    get_theme,
    list_themes,
    update_application,
    update_theme,
)
from launcher.server.tokens import ParticipantTokens, UploadSigner
from launcher.server.worker import StoreWorker

log = logging.getLogger(__name__)


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

#: The 503's message while PostgreSQL is unreachable (the details go to the log).
DATABASE_DOWN = "the server's database is unreachable; try again shortly"


def make_app(
    config: ServerConfig, *, origin: str, store: StoreWorker, secret: bytes
) -> web.Application:
    """Build the application. ``config.extra_setup`` hooks run last and may add
    routes, startup/cleanup hooks and state (read ``app[STORE]``,
    ``app[ORIGIN]``, ``app[PARTICIPANT_TOKENS]``)."""
    app = web.Application(
        middlewares=[_error_middleware, _api_middleware, _join_middleware],
        client_max_size=MAX_BODY,
    )
    app.on_response_prepare.append(_on_response_prepare)
    app[CONFIG] = config
    app[ORIGIN] = origin.rstrip("/")
    app[STORE] = store
    app[SERVER_SECRET] = secret
    app[PARTICIPANT_TOKENS] = ParticipantTokens(secret)
    app[UPLOAD_SIGNER] = UploadSigner(secret)
    app[KEY_CACHE] = {}
    app[TOKEN_VERIFIER] = TokenVerifier(lambda app_id: _public_key(app, app_id))
    app[REQUEST_LIMITER] = _request_limiter(app, config)
    p = API_PREFIX
    app.router.add_get(f"{p}/rooms", list_rooms)
    app.router.add_post(f"{p}/rooms", create_room)
    app.router.add_get(f"{p}/rooms/{{room_id}}", get_room)
    app.router.add_patch(f"{p}/rooms/{{room_id}}", update_room)
    app.router.add_get(f"{p}/recordings/{{recording_id}}", get_recording)
    app.router.add_delete(f"{p}/recordings/{{recording_id}}", delete_recording)
    app.router.add_get(f"{p}/sessions/{{session_id}}/recordings", session_recordings)
    app.router.add_get(f"{p}/dial-in-numbers", dial_in_numbers)
    app.router.add_get(f"{p}/themes", list_themes)
    app.router.add_post(f"{p}/themes", create_theme)
    app.router.add_get(f"{p}/themes/logos-upload-urls", logo_upload_urls)
    app.router.add_get(f"{p}/themes/{{theme_id}}", get_theme)
    app.router.add_patch(f"{p}/themes/{{theme_id}}", update_theme)
    app.router.add_delete(f"{p}/themes/{{theme_id}}", delete_theme)
    app.router.add_get(f"{p}/themes/{{theme_id}}/rooms", theme_rooms)
    app.router.add_put(f"{p}/themes/{{theme_id}}/finalizeLogos", finalize_logos)
    app.router.add_get(f"{p}/applications", get_application)
    app.router.add_patch(f"{p}/applications", update_application)
    app.router.add_post(LOGO_UPLOAD_PATH, upload_logo)
    app.router.add_get(f"{LOGO_PATH}/{{logo_type}}/{{logo_id}}", get_logo)
    app.router.add_get(f"{RECORDING_FILE_PATH}/{{recording_id}}", get_recording_file)
    health.install(app)
    forwarded.install(app, parse_networks(config.trusted_proxies))
    # Before the webhook sender's first sweep: nobody is in a room after a start.
    app.on_startup.append(_reset_presence)
    app[SENDER] = webhooks.install(
        app,
        store,
        callback_urls=config.callback_urls,
        retry_delays=tuple(config.webhook_retry_delays),
        sweep_interval=config.room_sweep_interval,
        secret=config.webhook_secret,
        allow_private=parse_networks(config.webhook_allow_private),
    )
    if config.meeting_pages:
        meeting_pages(ice_servers=config.ice_servers, relay=config.turn_relay)(app)
    for setup in config.extra_setup:
        setup(app)
    return app


# ------------------------------------------------------------------ plumbing


def _request_limiter(app: web.Application, config: ServerConfig) -> RequestLimiter:
    """The rate limits, counted in Redis with ``--redis`` (every process together),
    else in this process; the counter is closed at cleanup."""
    counter: WindowCounter = LocalWindows()
    limits = config.requests
    if config.redis is not None and (limits.api_per_application or limits.joins_per_address):
        # Only with --redis: the client library is not loaded otherwise.
        from launcher.server import limits_redis

        counter = limits_redis.RedisWindows(config.redis)

    async def close(_app: web.Application) -> None:
        await counter.close()

    app.on_cleanup.append(close)
    return RequestLimiter(limits, counter)


async def _reset_presence(app: web.Application) -> None:
    if app[CONFIG].redis is not None:
        # Other processes may be running meetings on this database: what a dead one
        # left is taken over or ended room by room (launcher.server.failover).
        return
    # A killed server leaves rooms counted as occupied; they would never expire.
    reset = await app[STORE].write(lambda s: s.reset_presence())
    if reset:
        log.info("%d room(s) were occupied when the server last stopped", reset)
    # Their pages lost the signalling socket: the recordings ended (files may follow).
    stopped = await app[STORE].write(lambda s: s.stop_open_recordings())
    if stopped:
        log.info("%d recording(s) were running when the server last stopped", stopped)


@web.middleware
async def _api_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    if not request.path.startswith(API_PREFIX + "/") and request.path != API_PREFIX:
        return await handler(request)
    latency = request.app[CONFIG].debug_latency
    if latency > 0:
        await asyncio.sleep(latency)
    try:
        request[APPLICATION_ID] = await request.app[TOKEN_VERIFIER].verify(
            request.headers.get("Authorization")
        )
    except AuthFailed as exc:
        log.info("401 for %s %s: %s", request.method, request.path, exc)
        return unauthorized()
    try:
        await request.app[REQUEST_LIMITER].check("api", request[APPLICATION_ID])
        return await handler(request)
    except ApiError as exc:
        return exc.response()
    except web.HTTPMethodNotAllowed:
        return MethodNotAllowed(f"Method {request.method} is not allowed here").response()
    except web.HTTPNotFound:
        return NotFound(f"Resource {request.path} was not found").response()


@web.middleware
async def _join_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Signalling sockets opened and one-time links made or used, per client address
    (a 429 raised here becomes the contract's body in ``_error_middleware``)."""
    path = request.path
    if path in (WS_PATH, HANDOFF_PATH) or path.startswith(HANDOFF_PATH + "/"):
        await request.app[REQUEST_LIMITER].check("join", client_address(request))
    return await handler(request)


async def _on_response_prepare(request: web.Request, response: web.StreamResponse) -> None:
    # No browser guesses a type other than the one given (logos, recordings, pages).
    response.headers["X-Content-Type-Options"] = "nosniff"
    request[RESPONSE_STARTED] = response


@web.middleware
async def _error_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Any unexpected error: logged once with a request id, answered with the
    contract's 500 body carrying it (``X-Request-Id`` too)."""
    try:
        return await handler(request)
    except ApiError as exc:
        return exc.response()
    except web.HTTPException:
        raise
    except (DatabaseUnavailable, DirectoryUnavailable):  # logged once per outage
        begun: web.StreamResponse | None = request.get(RESPONSE_STARTED)
        if begun is not None:  # too late for an error body: end the connection
            begun.force_close()
            return begun
        return ServiceUnavailable(DATABASE_DOWN).response()
    except Exception:
        request_id = secrets.token_hex(8)
        # The route's pattern, not the path: a path may carry a one-time code.
        resource = request.match_info.route.resource
        where = resource.canonical if resource is not None else "(no route)"
        log.exception("internal error %s in %s %s", request_id, request.method, where)
        started: web.StreamResponse | None = request.get(RESPONSE_STARTED)
        if started is not None:  # too late for an error body: end the connection
            started.force_close()
            return started
        body = ApiError(f"Internal server error (request id {request_id})").body()
        body["request_id"] = request_id
        return web.json_response(body, status=500, headers={"X-Request-Id": request_id})


async def _public_key(app: web.Application, application_id: str) -> RSAPublicKey | None:
    cache = app[KEY_CACHE]
    key = cache.get(application_id)
    if key is None:
        found = await app[STORE].run(lambda s: s.get_application(application_id))
        if found is None:
            return None  # not cached: it may be registered later by `app create`
        key = cache[application_id] = load_public_key(found.public_key_pem)
    return key
