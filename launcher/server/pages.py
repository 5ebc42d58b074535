"""The meeting pages of the built-in server, plus their signalling socket.

Routes (everything outside ``/v1/...``):

- ``GET /{meeting_code}`` and ``GET /{short_company_url}/{meeting_code}``: guest page
- ``GET /?room_token={meeting_code}&participant_token={JWT}`` (optionally under
  ``/{short_company_url}/``): host page; the token is verified here and again
  by the signalling socket
- ``GET /meeting-assets/...``: the page's JS/CSS from ``resources/meeting``
- ``GET /meeting-ws``: the signalling WebSocket (:mod:`launcher.server.signalling`)
- ``POST /meeting-api/recordings/{id}``: the host's page uploads a recording, or
  streams it (``.../chunks/{seq}``, then ``.../finish``) (:mod:`launcher.server.recordings`)
- ``POST /meeting-handoff``, ``GET /meeting-handoff/{code}``: one-time links that hand a
  host link to the system browser (:mod:`launcher.server.handoff`)
- ``GET /v1/meetings/events``, ``POST /v1/meetings/rooms/{id}/waiting/{id}/admit``: the
  hosts' apps hear who waits at the door (:mod:`launcher.server.host_events`)
- ``GET /meeting-preview?...``: this page in preview mode with a given theme, for the
  launcher's theme preview (:mod:`launcher.server.theme_preview`)

An unknown, expired or unavailable room gets the same page showing a clear
message, with status 404. A browser a host blocked from the room's running session
(:mod:`launcher.server.devices`) gets one saying so, with status 403, from these pages
and from handoff links alike. ``make_app`` installs them unless
``ServerConfig.meeting_pages`` is False (ICE servers from ``ServerConfig.ice_servers``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from aiohttp import web

from launcher.resources import resource_path
from launcher.server import host_events, recordings, watch_files
from launcher.server.config import MAX_VIDEO_SENDERS, MESH_VIDEO_SENDERS, SetupHook
from launcher.server.devices import device_of, remember_device
from launcher.server.errors import ServiceUnavailable
from launcher.server.handoff import handoff_routes
from launcher.server.keys import (
    ASSETS_PATH,
    CONFIG,
    HUB,
    ORIGIN,
    PARTICIPANT_TOKENS,
    PREVIEW_PATH,
    SENDER,
    SESSION_STORE,
    SESSIONS,
    SFU,
    STORE,
    WS_PATH,
)
from launcher.server.meeting_page import render_page, theme_from_doc
from launcher.server.sessions import SessionStore, SessionTracker
from launcher.server.sfu import SfuRooms
from launcher.server.signalling import (
    DirectoryUnavailable,
    MeetingHub,
    MeetingRoom,
    PresenceListener,
)
from launcher.server.store import DB_NAME, DatabaseUnavailable, Store, utc_now
from launcher.server.theme_preview import preview_page
from launcher.server.tokens import HandoffStore, InvalidParticipantToken
from launcher.server.turn import TurnRelay
from launcher.server.watch import WatchAudience
from launcher.server.worker import StoreWorker

CODE_PATTERN = r"\d{9,}"
SHORT_URL_PATTERN = r"[A-Za-z0-9_~-]+"


def meeting_pages(
    *, ice_servers: Sequence[Mapping[str, Any]] = (), relay: TurnRelay | None = None
) -> SetupHook:
    """The ``extra_setup`` hook adding pages, assets and signalling.

    ``ice_servers`` are handed to every page's RTCPeerConnection (STUN without
    credentials); ``relay`` adds a TURN relay whose credentials each participant gets
    when admitted (:mod:`launcher.server.turn`). The default, neither, works on one
    machine or LAN.
    """

    def setup(app: web.Application) -> None:
        if HUB in app:
            return  # already installed (ServerConfig.meeting_pages is on by default)
        store: StoreWorker = app[STORE]
        directory = StoreDirectory(app)
        data_dir, database = store.call(lambda s: (s.data_dir, s.database))
        session_store = SessionStore(Path(data_dir) / DB_NAME, database)

        async def run_blocking(fn: Any) -> Any:
            return await store.run(lambda _store: fn())

        # The Store itself counts presence; it is only ever called on its own thread
        # (inside run_blocking), never from here.
        lifecycle: Store = store.call(lambda s: s)
        tracker = SessionTracker(session_store, lifecycle=lifecycle, run_blocking=run_blocking)
        wake: Callable[[], None] = _nothing_to_wake
        if SENDER in app:
            # The tracker queues its webhook rows itself; the sender just sends them now.
            tracker.add_listener(app[SENDER].on_event)
            wake = app[SENDER].wake
        recorder = recordings.install(app, tracker, wake)
        door = host_events.install(app)
        config = app.get(CONFIG)
        max_video = config.max_video_senders if config is not None else MAX_VIDEO_SENDERS
        if config is not None and config.sfu is not None:
            app[SFU] = SfuRooms(config.sfu.url, config.sfu.admin_key, max_video_senders=max_video)
            app.on_startup.append(_start_sfu)
            app.on_cleanup.append(_stop_sfu)
        app[SESSION_STORE] = session_store
        app[SESSIONS] = tracker
        redis = app[CONFIG].redis if CONFIG in app else None
        presence: PresenceListener = tracker
        audience: WatchAudience | None = None
        if redis is not None:
            # Only with --redis: the client library is not loaded otherwise.
            from launcher.server import watch_shared

            # Who is in which meeting, for watch together's videos on every process.
            shared_audience = watch_shared.install(app, redis)
            presence = watch_shared.AudiencePresence(tracker, shared_audience)
            audience = shared_audience
        app[HUB] = MeetingHub(
            directory,
            ice_servers=ice_servers,
            presence=presence,
            recorder=recorder,
            pacing=app[CONFIG].pacing if CONFIG in app else None,
            relay=relay.ice_servers if relay is not None else None,
            door=door,
            mesh_video_senders=(
                app[CONFIG].mesh_video_senders if CONFIG in app else MESH_VIDEO_SENDERS
            ),
            max_video_senders=max_video,
            media=app.get(SFU),
        )
        watch_files.install(app, audience)
        shared_codes: HandoffStore | None = None
        if redis is not None:
            # Only with --redis: the client library is not loaded otherwise.
            from launcher.server import failover, handoff_redis
            from launcher.server import relay as redis_relay

            relayed = redis_relay.install(app, app[HUB], redis)
            # A room outlives the process running it: keys, whiteboard, session.
            failover.install(app, app[HUB], tracker, relayed)
            # One-time links issued by one process are redeemed through any other.
            shared_codes = handoff_redis.install(app, redis)
        else:
            # Alone on its database: sessions left open were a killed run's. With other
            # processes on the database they may be running meetings: left open.
            app.on_startup.append(_close_stale_sessions)
        app.on_shutdown.append(_close_sockets)
        app.on_cleanup.append(_close_session_store)
        app.router.add_static(ASSETS_PATH, resource_path("meeting"), append_version=False)
        app.router.add_get(WS_PATH, app[HUB].handle)
        app.router.add_get("/", _busy_while_down(root_page))
        app.router.add_get(f"/{{code:{CODE_PATTERN}}}", _busy_while_down(guest_page))
        app.router.add_get(f"/{{short:{SHORT_URL_PATTERN}}}/", _busy_while_down(root_page))
        app.router.add_get(
            f"/{{short:{SHORT_URL_PATTERN}}}/{{code:{CODE_PATTERN}}}", _busy_while_down(guest_page)
        )
        # The launcher's theme preview renders this same page.
        app.router.add_get(PREVIEW_PATH, preview_page)
        # "Open in browser" for host links goes through a one-time link (never argv).
        handoff_routes(
            _is_host_link,
            lambda: render_page(view="unavailable", status=404),
            blocked=lambda request, code: app[HUB].is_blocked(code, device_of(request)),
            blocked_page=lambda: render_page(view="blocked", status=403),
            codes=shared_codes,
        )(app)

    return setup


def _nothing_to_wake() -> None:
    """The recorder's wake-up when the app has no webhook sender."""


class StoreDirectory:
    """Rooms for the pages and signalling, read from the server's store."""

    def __init__(self, app: web.Application) -> None:
        self._app = app

    async def find_room(self, meeting_code: str) -> MeetingRoom | None:
        try:
            return await self._app[STORE].run(lambda store: _lookup(store, meeting_code))
        except DatabaseUnavailable as exc:
            raise DirectoryUnavailable(str(exc)) from None

    async def is_host_token(self, room: MeetingRoom, participant_token: str) -> bool:
        try:
            claims = self._app[PARTICIPANT_TOKENS].verify(participant_token, room.meeting_code)
        except InvalidParticipantToken:
            return False
        return claims.room_id == room.room_id


def _lookup(store: Store, meeting_code: str) -> MeetingRoom | None:
    found = store.get_room_by_meeting_code(meeting_code)
    if found is None:
        return None
    application_id, record = found
    doc = record.doc
    theme_doc = None
    theme_id = doc.get("theme_id")
    if not theme_id:
        application = store.get_application(application_id)
        theme_id = application.default_theme_id if application else None
    if theme_id:
        theme_doc = store.get_theme(application_id, str(theme_id))
    return MeetingRoom(
        room_id=record.id,
        meeting_code=str(doc["meeting_code"]),
        display_name=str(doc.get("display_name", "")),
        type=str(doc.get("type", "instant")),
        available=record.is_available(utc_now()),
        join_approval_level=str(doc.get("join_approval_level") or "none"),
        microphone_state=str(
            (doc.get("initial_join_options") or {}).get("microphone_state") or "default"
        ),
        features=dict(doc.get("available_features") or {}),
        language=str((doc.get("ui_settings") or {}).get("language") or "default"),
        theme=theme_from_doc(theme_doc) if theme_doc else None,
        expires_at=doc.get("expires_at"),
        application_id=application_id,
        short_company_url=record.short_company_url,
        auto_record=bool((doc.get("recording_options") or {}).get("auto_record")),
        record_only_owner=bool((doc.get("recording_options") or {}).get("record_only_owner")),
    )


# ------------------------------------------------------------------ handlers

PageHandler = Callable[[web.Request], Awaitable[web.Response]]


def _busy_while_down(handler: PageHandler) -> PageHandler:
    """``handler``, answering the "busy" page (503, ``Retry-After``) while the
    database is unreachable (logged by the store, once per outage)."""

    @functools.wraps(handler)
    async def page(request: web.Request) -> web.Response:
        try:
            return await handler(request)
        except (DatabaseUnavailable, DirectoryUnavailable):
            response = render_page(view="busy", status=503)
            response.headers.update(ServiceUnavailable.headers)
            return response

    return page


async def guest_page(request: web.Request) -> web.Response:
    """The guest URL: name, preview, join."""
    room = await _room_for(request, request.match_info["code"])
    if room is None:
        return render_page(view="unavailable", status=404)
    return await _lobby(request, room, is_host=False)


async def _lobby(request: web.Request, room: MeetingRoom, *, is_host: bool) -> web.Response:
    """The lobby of ``room``, unless this browser was blocked from it; with a device id."""
    embed_domains = await _embed_domains(request, room)
    if request.app[HUB].is_blocked(room.meeting_code, device_of(request)):
        return render_page(view="blocked", room=room, status=403, embed_domains=embed_domains)
    response = render_page(view="lobby", room=room, is_host=is_host, embed_domains=embed_domains)
    remember_device(request, response, secure=request.app[ORIGIN].startswith("https:"))
    return response


async def root_page(request: web.Request) -> web.Response:
    """The host URL (``?room_token=&participant_token=``); otherwise a short note."""
    code = request.query.get("room_token", "")
    if not re.fullmatch(CODE_PATTERN, code):
        return render_page(view="home", status=200 if "short" not in request.match_info else 404)
    room = await _room_for(request, code)
    if room is None:
        return render_page(view="unavailable", status=404)
    token = request.query.get("participant_token", "")
    if not token:
        return await _lobby(request, room, is_host=False)
    if not await StoreDirectory(request.app).is_host_token(room, token):
        return render_page(view="bad_link", room=room, status=403)
    return await _lobby(request, room, is_host=True)


async def _is_host_link(request: web.Request, code: str, token: str) -> bool:
    if not re.fullmatch(CODE_PATTERN, code):
        return False
    directory = StoreDirectory(request.app)
    room = await directory.find_room(code)
    return room is not None and room.available and await directory.is_host_token(room, token)


async def _embed_domains(request: web.Request, room: MeetingRoom) -> tuple[str, ...]:
    """The origins that may show this room's pages in a frame (its application's list)."""
    app_id = room.application_id
    if app_id is None:
        return ()
    application = await request.app[STORE].run(lambda store: store.get_application(app_id))
    return application.embed_domains if application is not None else ()


async def _room_for(request: web.Request, code: str) -> MeetingRoom | None:
    room = await StoreDirectory(request.app).find_room(code)
    if room is None or not room.available:
        return None
    short = request.match_info.get("short")
    if short is not None and (room.short_company_url or "").lower() != short.lower():
        return None  # a short URL of another company: not this room's link
    return room


# ------------------------------------------------------------------ lifecycle


async def _close_stale_sessions(app: web.Application) -> None:
    # A killed server leaves sessions open; nobody is connected after a start.
    tracker_store = app[SESSION_STORE]
    await app[STORE].run(lambda _s: tracker_store.close_open_sessions(utc_now()))


async def _start_sfu(app: web.Application) -> None:
    await app[SFU].start()


async def _stop_sfu(app: web.Application) -> None:
    await app[SFU].stop()


async def _close_sockets(app: web.Application) -> None:
    await app[HUB].close_all()


async def _close_session_store(app: web.Application) -> None:
    session_store = app[SESSION_STORE]
    await app[STORE].run(lambda _s: session_store.close())
