"""Videos a host uploads to watch together (launcher.server.watch holds the player).

``POST /meeting-api/watch/{meeting_code}``
    ``Authorization: Bearer <the host URL's participant_token>``, the video as the raw
    body with ``Content-Type: video/mp4`` or ``video/webm`` (the file's first bytes must
    agree), at most ``ServerConfig.max_watch_bytes``, and only while the host is in the
    meeting. Stored as ``<data dir>/watch/<meeting code>/<random>.<mp4|webm>``; 201
    ``{url}``, the path the host's page then shares (``watch {action: "share", url}``).
    400 empty, 403 not the host (or not in the meeting), 413 too large, 415 another type.
``GET /meeting-watch/{meeting_code}/{name}``
    Served (with ranges, for seeking) only to a browser admitted in that meeting now
    (its device cookie); 404 to anybody else.

A meeting's videos are deleted when its last page leaves (its session ends), and any
left by a stopped server when the next one starts.

With ``serve --redis`` the upload and the downloads may reach any process: the videos
are in the data directory the processes share (as recordings are), and who is in the
meeting is asked of the process running it through Redis
(:mod:`launcher.server.watch_shared`) when this one does not know. A process starting
then deletes only the videos of meetings running nowhere.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import shutil
from pathlib import Path
from typing import IO

from aiohttp import web

from launcher.server.devices import device_of
from launcher.server.errors import ApiError, BadRequest, Forbidden, PayloadTooLarge
from launcher.server.keys import CONFIG, HUB, PARTICIPANT_TOKENS, WATCH_AUDIENCE
from launcher.server.tokens import InvalidParticipantToken
from launcher.server.watch import UPLOAD_NAME, UPLOADS_PATH, WatchAudience

log = logging.getLogger(__name__)

WATCH_DIR = "watch"
UPLOAD_PATH = "/meeting-api/watch/{meeting_code}"
CHUNK = 256 * 1024
#: Content types taken, and how their files begin (checked on the first 12 bytes).
TYPES = {"video/mp4": "mp4", "video/webm": "webm"}
CODE = r"\d{9,}"


def _looks_like(kind: str, head: bytes) -> bool:
    if kind == "webm":
        return head.startswith(b"\x1a\x45\xdf\xa3")
    return len(head) >= 8 and head[4:8] == b"ftyp"


class _WrongType(ApiError):
    status = 415
    name = "UnsupportedMediaType"

    def __init__(self) -> None:
        super().__init__("A video to watch together must be an MP4 or WebM file")


def _folder(app: web.Application, meeting_code: str) -> Path:
    return app[CONFIG].data_dir / WATCH_DIR / meeting_code


def _listed(folder: Path) -> list[str]:
    try:
        return [entry.name for entry in folder.iterdir()]
    except OSError:
        return []


def _bearer(request: web.Request) -> str:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


async def upload(request: web.Request) -> web.StreamResponse:
    try:
        return await _upload(request)
    except ApiError as exc:
        return exc.response()


async def _upload(request: web.Request) -> web.Response:
    code = request.match_info["meeting_code"]
    token = _bearer(request)
    try:
        if not token:
            raise InvalidParticipantToken("no host token")
        request.app[PARTICIPANT_TOKENS].verify(token, code)
    except InvalidParticipantToken:
        raise Forbidden("Only the meeting's host can upload a video to watch") from None
    audience = request.app.get(WATCH_AUDIENCE)
    if not any(p["is_host"] for p in request.app[HUB].participants(code)) and not (
        audience is not None and await audience.has_host(code)
    ):
        raise Forbidden("Upload a video from inside the meeting")
    kind = TYPES.get(request.content_type)
    if kind is None:
        raise _WrongType()
    limit = request.app[CONFIG].max_watch_bytes
    if request.content_length is not None and request.content_length > limit:
        raise PayloadTooLarge(f"A video may be at most {limit} bytes")
    folder = _folder(request.app, code)
    name = f"{secrets.token_urlsafe(24)}.{kind}"

    def open_file() -> IO[bytes]:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return os.fdopen(os.open(folder / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")

    out = await asyncio.to_thread(open_file)
    size = 0
    head = b""
    try:
        async for chunk in request.content.iter_chunked(CHUNK):
            size += len(chunk)
            if size > limit:
                raise PayloadTooLarge(f"A video may be at most {limit} bytes")
            if len(head) < 12:
                head += chunk[: 12 - len(head)]
                if len(head) == 12 and not _looks_like(kind, head):
                    raise _WrongType()
            await asyncio.to_thread(out.write, chunk)
        if size == 0:
            raise BadRequest("The video is empty")
        if not _looks_like(kind, head):
            raise _WrongType()
        await asyncio.to_thread(out.close)
    except BaseException:
        out.close()
        with contextlib.suppress(OSError):
            (folder / name).unlink()
        raise
    log.info("watch together: a %d-byte video uploaded for a meeting", size)
    return web.json_response({"url": f"{UPLOADS_PATH}/{code}/{name}", "size": size}, status=201)


async def serve(request: web.Request) -> web.StreamResponse:
    code, name = request.match_info["meeting_code"], request.match_info["name"]
    if not UPLOAD_NAME.fullmatch(name) or not await _admitted(request, code):
        raise web.HTTPNotFound()
    path = _folder(request.app, code) / name
    if not path.is_file():
        raise web.HTTPNotFound()
    content_type = "video/mp4" if name.endswith(".mp4") else "video/webm"
    return web.FileResponse(
        path, headers={"Content-Type": content_type, "Cache-Control": "private, no-store"}
    )


async def _admitted(request: web.Request, code: str) -> bool:
    """The browser is admitted in the meeting now (this process runs it, or says
    the process that does)."""
    device = device_of(request)
    if request.app[HUB].is_admitted_device(code, device):
        return True
    audience = request.app.get(WATCH_AUDIENCE)
    return device is not None and audience is not None and await audience.is_admitted(code, device)


def install(app: web.Application, audience: WatchAudience | None = None) -> None:
    """Add the upload and file routes; delete a meeting's videos when it empties.
    ``audience``: who is in which meeting on every process (``serve --redis``)."""
    app.router.add_post(UPLOAD_PATH, upload)
    app.router.add_get(f"{UPLOADS_PATH}/{{meeting_code:{CODE}}}/{{name}}", serve)
    if audience is not None:
        app[WATCH_AUDIENCE] = audience

    async def emptied(meeting_code: str) -> None:
        if audience is not None:
            await audience.forget(meeting_code)
        await asyncio.to_thread(shutil.rmtree, _folder(app, meeting_code), True)

    async def clean(app: web.Application) -> None:
        folder = app[CONFIG].data_dir / WATCH_DIR
        if audience is None:  # alone: no meeting runs yet
            await asyncio.to_thread(shutil.rmtree, folder, True)
            return
        # Other processes on this data directory may be running meetings.
        codes = await asyncio.to_thread(_listed, folder)
        for code in codes:
            if not await audience.running(code):
                await asyncio.to_thread(shutil.rmtree, folder / code, True)

    app[HUB].emptied.append(emptied)
    app.on_startup.append(clean)
