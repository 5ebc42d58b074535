"""Recordings, all of them: the API's recording resources, their files and links,
the recorder signalling drives, and the upload from the host's page.

API (authenticated, routed by ``make_app``): ``GET`` and ``DELETE
/v1/meetings/recordings/{id}``, ``GET /v1/meetings/sessions/{id}/recordings``.
Files: ``GET /v1/recording-files/{id}?expires=&signature=`` serves
``<data dir>/recordings/<id>.<ext>`` through a signed link that lasts
:data:`RECORDING_LINK_LIFETIME` seconds (:func:`recording_file_link`).

The host's page records (MediaRecorder, WebM) and tells the server over the
signalling socket when it starts and stops (:class:`StoreRecorder` stores the
recording and queues its webhooks). On stop the page uploads the file:

``POST /meeting-api/recordings/{recording_id}``
    ``Authorization: Bearer <the host URL's participant_token>``, the WebM file
    as the raw body, at most ``ServerConfig.max_recording_bytes`` (512 MB by
    default). The body is streamed to a hidden temporary file,
    ``<data dir>/recordings/.<id>.webm.part``, never held in memory; only once
    it is complete, checked and fsynced is it renamed to ``<id>.webm``, and
    only then is the recording ``uploaded``. Until then its download link
    answers 404 (it serves nothing but an ``uploaded`` recording's final
    file), and a start of the server deletes the parts a killed one left.
    201 ``{id, status: "uploaded", size}``; 400 empty body (the
    recorder wrote nothing), 403 without the room's host token (guests have
    none), 404 unknown recording, 409 already uploaded, 413 too large, 415 not
    WebM.

    Whether it is WebM is read from the file (its EBML header), not from the
    ``Content-Type``: the page sends its recorder's type (``video/webm``,
    ``video/webm;codecs=vp8,opus``, ...), and any of these, another spelling
    or none at all, is accepted for a WebM file and refused for anything else.

The page's own recorder instead streams while it records (same host token):

``POST /meeting-api/recordings/{recording_id}/chunks/{seq}``
    Each chunk as the MediaRecorder makes it (one a second), ``seq`` counting from 0;
    written aside, fsynced and renamed to
    ``<data dir>/recordings/.<id>.chunks/<seq>.webm`` before the 201 (a retried chunk
    replaces its first copy). Chunk 0 must begin the EBML magic (it may be a single
    byte: QtWebEngine's recorder hands that over first). 400 bad number or empty,
    409 already uploaded or being assembled, 413 over :data:`MAX_CHUNK_BYTES` or the
    recording's limit in total, 415 not WebM.
``POST /meeting-api/recordings/{recording_id}/finish?chunks=N``
    Chunks 0 to N-1 are joined into ``<id>.webm`` (through a ``.part`` as above), the
    recording becomes ``uploaded`` and the chunks are deleted. 201 ``{id, status,
    size}``; 400 a chunk is missing, 415 the joined file is not WebM.

A page that dies never says "finish": once its recording stopped (its host's socket
closed) and no chunk came for :data:`ORPHANED_CHUNKS_GRACE` seconds, the server
assembles the chunks from 0 up to the first gap itself; chunks a stopped server left
are treated the same way after its next start. "No chunk came" is read from the chunk
files too: with several processes on one data directory (``serve --redis``) the chunks
may be reaching another one, and a process starting again leaves alone the partial
uploads other processes are still writing (those untouched for
:data:`STALE_PART_SECONDS` are removed).

After the upload the API lists the recording as ``uploaded`` with a signed
download link, and ``recording:uploaded`` is sent with that link (valid for
an hour, like the API's).
"""

from __future__ import annotations

import asyncio
import contextlib
import glob
import hashlib
import hmac
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from aiohttp import web

from launcher.server.errors import (
    ApiError,
    BadRequest,
    Conflict,
    Forbidden,
    NotFound,
    PayloadTooLarge,
)
from launcher.server.keys import (
    CONFIG,
    ORIGIN,
    PARTICIPANT_TOKENS,
    RECORDING_CHUNK_PATH,
    RECORDING_CHUNKS,
    RECORDING_FILE_PATH,
    RECORDING_FINISH_PATH,
    RECORDING_UPLOAD_PATH,
    RECORDING_UPLOADS,
    RECORDINGS_DIR,
    SENDER,
    SERVER_SECRET,
    STORE,
)
from launcher.server.rest import application_id, run_store, write_store
from launcher.server.sessions import SessionTracker
from launcher.server.signalling import MeetingRoom, Participant
from launcher.server.tokens import InvalidParticipantToken, derive_key
from launcher.server.worker import StoreWorker

log = logging.getLogger(__name__)

#: Seconds a recording's download link stays valid.
RECORDING_LINK_LIFETIME = 3600
#: Every WebM (Matroska) file starts with the EBML header magic.
EBML_MAGIC = b"\x1a\x45\xdf\xa3"
CHUNK = 256 * 1024
#: The suffix of an upload still being received (a hidden ``.<id>.webm.part``).
PARTIAL_SUFFIX = ".part"
#: The hidden folder of a recording streamed while it records: ``.<id>.chunks/``.
CHUNKS_SUFFIX = ".chunks"
#: The largest chunk (the page sends one a second).
MAX_CHUNK_BYTES = 32 * 1024 * 1024
#: Seconds without a chunk after which a stopped recording that its page never finished
#: is assembled from what came.
ORPHANED_CHUNKS_GRACE = 20.0
#: With other processes on the data directory, a start removes only the partial uploads
#: untouched this long (another process may be writing the others).
STALE_PART_SECONDS = 600.0


# ------------------------------------------------------------ API and files


def recording_file_link(request: web.Request, recording_id: str) -> str:
    return _file_link(request.app, recording_id)


def _file_link(app: web.Application, recording_id: str) -> str:
    expires = int(time.time()) + RECORDING_LINK_LIFETIME
    signature = _recording_signature(app, recording_id, expires)
    return (
        f"{app[ORIGIN]}{RECORDING_FILE_PATH}/{quote(recording_id, safe='')}"
        f"?expires={expires}&signature={signature}"
    )


def _recording_signature(app: web.Application, recording_id: str, expires: int) -> str:
    key = derive_key(app[SERVER_SECRET], "recording-file")
    return hmac.new(key, f"{recording_id}:{expires}".encode(), hashlib.sha256).hexdigest()


def _recording_files(request: web.Request, recording_id: str) -> list[Path]:
    """The stored files of a recording: ``<data dir>/recordings/<id>.<ext>``,
    never an upload's part."""
    folder = request.app[CONFIG].data_dir / RECORDINGS_DIR
    files = folder.glob(f"{glob.escape(recording_id)}.*")
    return sorted(path for path in files if not path.name.endswith(PARTIAL_SUFFIX))


def render_recording(request: web.Request, row: dict[str, Any]) -> dict[str, Any]:
    href = row.get("url") or recording_file_link(request, row["id"])
    return {
        "id": row["id"],
        "session_id": row["session_id"],
        "started_at": row["started_at"],
        "ended_at": row["ended_at"],
        "status": row["status"],
        "_links": {"url": {"href": href}},
    }


async def get_recording(request: web.Request) -> web.Response:
    app_id = application_id(request)
    rec_id = request.match_info["recording_id"]
    row = await run_store(request, lambda s: s.get_recording(app_id, rec_id))
    if row is None:
        raise NotFound(f"Recording {rec_id} was not found")
    return web.json_response(render_recording(request, row))


async def delete_recording(request: web.Request) -> web.Response:
    app_id = application_id(request)
    rec_id = request.match_info["recording_id"]
    status = await write_store(request, lambda s: s.delete_recording(app_id, rec_id))
    if status is None:
        raise NotFound("Could not find recording")
    if status != "uploaded":
        raise Forbidden("Can only delete recordings in 'uploaded' status")
    for path in _recording_files(request, rec_id):
        path.unlink(missing_ok=True)
    return web.Response(status=204)


async def session_recordings(request: web.Request) -> web.Response:
    app_id = application_id(request)
    session_id = request.match_info["session_id"]
    rows = await run_store(request, lambda s: s.session_recordings(app_id, session_id))
    if not rows:
        raise NotFound(f"Failed to find session recordings by id: {session_id}")
    return web.json_response(
        {"_embedded": {"recordings": [render_recording(request, r) for r in rows]}}
    )


async def get_recording_file(request: web.Request) -> web.StreamResponse:
    """Serve ``data_dir/recordings/<id>.*`` through a signed, expiring link."""
    rec_id = request.match_info["recording_id"]
    try:
        expires = int(request.query.get("expires", ""))
    except ValueError:
        raise web.HTTPForbidden() from None
    expected = _recording_signature(request.app, rec_id, expires)
    if expires < time.time() or not hmac.compare_digest(
        expected, request.query.get("signature", "")
    ):
        raise web.HTTPForbidden()
    row = await run_store(request, lambda s: s.find_recording(rec_id))
    if row is None or row["status"] != "uploaded":
        raise web.HTTPNotFound()  # deleted, or its file is not complete yet
    files = _recording_files(request, rec_id)
    if not files:
        raise web.HTTPNotFound()
    return web.FileResponse(
        files[0],
        headers={
            "Content-Disposition": f'attachment; filename="{files[0].name}"',
            "Content-Type": _FILE_TYPES.get(files[0].suffix.lower(), "application/octet-stream"),
        },
    )


#: What a recording file is served as, by its extension (anything else: bytes).
_FILE_TYPES = {".webm": "video/webm", ".mp4": "video/mp4", ".mkv": "video/x-matroska"}


# ---------------------------------------------------------------- recorder


class StoreRecorder:
    """``RecordingControl`` of the signalling hub, backed by the server's store."""

    def __init__(
        self,
        store: StoreWorker,
        sessions: SessionTracker,
        wake: Callable[[], None],
        app: web.Application | None = None,
    ) -> None:
        self._store = store
        self._sessions = sessions
        self._wake = wake
        self._app = app
        self._tasks: set[asyncio.Task[None]] = set()

    async def recording_started(self, room: MeetingRoom, host: Participant) -> str | None:
        session = self._sessions.running_session(room.room_id)
        if session is None or room.application_id is None:
            return None
        app_id, session_id = room.application_id, session.session_id
        recording = await self._store.write(
            lambda s: s.start_recording(app_id, session_id, room.room_id)
        )
        self._wake()
        return str(recording["id"])

    async def recording_stopped(self, room: MeetingRoom, recording_id: str) -> None:
        await self._store.write(lambda s: s.stop_recording(recording_id))
        self._wake()
        if self._app is not None:
            # The page sends its last chunks and "finish" now; if it never does (it
            # crashed, its window was killed), what it streamed is assembled anyway.
            self.assemble_later(recording_id)

    async def session_taken_over(self, room_id: str, session_id: str) -> None:
        """A process that died ran this session: its running recordings ended with it
        (the page that recorded ends it too, and uploads or finishes what it streamed
        through any process); chunks it streamed and never finished are assembled."""
        stopped = await self._store.write(lambda s: s.stop_session_recordings(session_id))
        if not stopped:
            return
        log.warning(
            "%d recording(s) of room %s ended with the process running it",
            len(stopped),
            room_id,
        )
        self._wake()
        if self._app is not None:
            for recording_id in stopped:
                self.assemble_later(recording_id)

    def assemble_later(self, recording_id: str) -> None:
        """Assemble ``recording_id``'s streamed chunks once none came for
        :data:`ORPHANED_CHUNKS_GRACE` seconds, unless its page finishes it first."""
        assert self._app is not None
        task = asyncio.get_running_loop().create_task(_assemble_orphan(self._app, recording_id))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def recording_paused(self, room: MeetingRoom, recording_id: str, paused: bool) -> None:
        await self._store.write(lambda s: s.pause_recording(recording_id, paused))


# ------------------------------------------------------ upload from the page


def _bearer(request: web.Request) -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


async def upload_recording(request: web.Request) -> web.StreamResponse:
    """Receive a recording's file from the host's page (see the module doc)."""
    try:
        return await _upload(request)
    except ApiError as exc:
        return exc.response()
    except ConnectionResetError:
        return _cut_off(request)


def _cut_off(request: web.Request) -> web.Response:
    """The body stopped coming (the page, or a proxy in between, dropped the
    connection): nothing was kept, and the page sends it again."""
    log.info("recordings: an upload was cut off before its end (%s)", request.method)
    return web.Response(status=400)


async def _upload(request: web.Request) -> web.Response:
    recording_id, row = await _host_recording(request)
    if row["status"] == "uploaded":
        raise Conflict(f"Recording {recording_id} is already uploaded")
    uploading = request.app[RECORDING_UPLOADS]
    if recording_id in uploading:  # a second tab or a retry while the first still runs
        raise Conflict(f"Recording {recording_id} is being uploaded")
    uploading.add(recording_id)
    try:
        return await _store_file(request, recording_id)
    finally:
        uploading.discard(recording_id)


async def _host_recording(request: web.Request) -> tuple[str, dict[str, Any]]:
    """The recording of the request's path and its row, if the request carries its
    room's host token: 404 unknown, 403 not the host."""
    store = request.app[STORE]
    recording_id = request.match_info["recording_id"]
    row = await store.run(lambda s: s.find_recording(recording_id))
    if row is None or not row.get("room_id"):
        raise NotFound(f"Recording {recording_id} was not found")
    app_id, room_id = str(row["application_id"]), str(row["room_id"])
    room = await store.run(lambda s: s.get_room(app_id, room_id))
    token = _bearer(request)
    try:
        if room is None or not token:
            raise InvalidParticipantToken("no host token")
        claims = request.app[PARTICIPANT_TOKENS].verify(token, str(room.doc["meeting_code"]))
        if claims.room_id != room_id:
            raise InvalidParticipantToken("token of another room")
    except InvalidParticipantToken:
        raise Forbidden("Only the meeting's host can upload its recordings") from None
    return recording_id, row


async def _store_file(request: web.Request, recording_id: str) -> web.Response:
    store = request.app[STORE]
    limit = request.app[CONFIG].max_recording_bytes
    if request.content_length is not None and request.content_length > limit:
        raise PayloadTooLarge(f"A recording may be at most {limit} bytes")

    folder = request.app[CONFIG].data_dir / RECORDINGS_DIR
    final = folder / f"{recording_id}.webm"
    part = folder / f".{recording_id}.webm{PARTIAL_SUFFIX}"
    size = await _receive(request, folder, part, limit)
    await asyncio.to_thread(_publish, part, final)
    url = recording_file_link(request, recording_id)
    await store.write(lambda s: s.recording_uploaded(recording_id, url))
    if SENDER in request.app:
        request.app[SENDER].wake()
    log.info("recording %s uploaded (%d bytes)", recording_id, size)
    return web.json_response({"id": recording_id, "status": "uploaded", "size": size}, status=201)


async def _receive(request: web.Request, folder: Path, part: Path, limit: int) -> int:
    """Stream the body into ``part``; its size. The part file is gone on error."""

    def open_part() -> IO[bytes]:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        return os.fdopen(fd, "wb")

    out = await asyncio.to_thread(open_part)
    size = 0
    try:
        head = b""
        async for chunk in request.content.iter_chunked(CHUNK):
            size += len(chunk)
            if size > limit:
                raise PayloadTooLarge(f"A recording may be at most {limit} bytes")
            if len(head) < len(EBML_MAGIC):
                head += chunk[: len(EBML_MAGIC) - len(head)]
                if len(head) == len(EBML_MAGIC) and head != EBML_MAGIC:
                    raise _NotWebm()
            await asyncio.to_thread(out.write, chunk)
        if size == 0:
            raise BadRequest("The recording is empty: no data was recorded")
        if head != EBML_MAGIC:
            raise _NotWebm()
        await asyncio.to_thread(_finish, out)
    except BaseException:
        out.close()
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    return size


def _publish(part: Path, final: Path) -> None:
    """Rename the complete part to its final name, durably (the directory too)."""
    os.replace(part, final)
    fd = os.open(final.parent, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_partial_uploads(folder: Path, untouched_for: float = 0.0) -> int:
    """Delete the parts of uploads a stopped or killed server left (those not written
    to for ``untouched_for`` seconds); how many."""
    removed = 0
    before = time.time() - untouched_for
    for path in folder.glob(f"*{PARTIAL_SUFFIX}"):  # hidden ones too (pathlib's glob)
        with contextlib.suppress(FileNotFoundError):
            if untouched_for and path.stat().st_mtime > before:
                continue
            path.unlink()
            removed += 1
    return removed


def _quiet_on_disk(folder: Path) -> float:
    """Seconds since the newest chunk in ``folder`` was written (by any process)."""
    newest = 0.0
    for path in folder.glob("*"):
        with contextlib.suppress(FileNotFoundError):
            newest = max(newest, path.stat().st_mtime)
    return time.time() - newest


def _finish(out: IO[bytes]) -> None:
    # On disk before the API says "uploaded": a crash must not leave a torn file.
    out.flush()
    os.fsync(out.fileno())
    out.close()


async def _clean_partial_uploads(app: web.Application) -> None:
    folder = app[CONFIG].data_dir / RECORDINGS_DIR
    shared = app[CONFIG].redis is not None  # other processes may be uploading
    untouched = STALE_PART_SECONDS if shared else 0.0
    removed = await asyncio.to_thread(remove_partial_uploads, folder, untouched)
    if removed:
        log.info("%d unfinished recording upload(s) removed", removed)


# ------------------------------------------ streamed while it records


def _chunk_dir(app: web.Application, recording_id: str) -> Path:
    return app[CONFIG].data_dir / RECORDINGS_DIR / f".{recording_id}{CHUNKS_SUFFIX}"


def _chunk_name(seq: int) -> str:
    return f"{seq:06d}.webm"


async def upload_chunk(request: web.Request) -> web.StreamResponse:
    """One chunk of a recording, as the host's recorder made it (see the module doc)."""
    try:
        return await _chunk(request)
    except ApiError as exc:
        return exc.response()
    except ConnectionResetError:
        return _cut_off(request)


async def _chunk(request: web.Request) -> web.Response:
    recording_id, row = await _host_recording(request)
    text = request.match_info["seq"]
    if not (text.isdigit() and len(text) <= 6):
        raise BadRequest("A chunk's number is 0 to 999999")
    seq = int(text)
    if row["status"] == "uploaded":
        raise Conflict(f"Recording {recording_id} is already uploaded")
    if recording_id in request.app[RECORDING_UPLOADS]:
        raise Conflict(f"Recording {recording_id} is being assembled")
    limit = request.app[CONFIG].max_recording_bytes
    most = min(limit, MAX_CHUNK_BYTES)
    if request.content_length is not None and request.content_length > most:
        raise PayloadTooLarge(f"A recording's chunk may be at most {most} bytes")
    body = bytearray()
    async for piece in request.content.iter_chunked(CHUNK):
        body += piece
        if len(body) > most:
            raise PayloadTooLarge(f"A recording's chunk may be at most {most} bytes")
    if not body:
        raise BadRequest("The chunk is empty")
    # A recorder's first chunk may be a single byte: it must begin the magic, and the
    # assembled file must start with all of it.
    if seq == 0 and not _starts_webm(bytes(body)):
        raise _NotWebm()
    folder = _chunk_dir(request.app, recording_id)
    request.app[RECORDING_CHUNKS][recording_id] = time.monotonic()
    if await asyncio.to_thread(_stored_bytes, folder, seq) + len(body) > limit:
        raise PayloadTooLarge(f"A recording may be at most {limit} bytes")
    await asyncio.to_thread(_write_chunk, folder, seq, bytes(body))
    request.app[RECORDING_CHUNKS][recording_id] = time.monotonic()
    return web.json_response({"id": recording_id, "chunk": seq, "size": len(body)}, status=201)


def _starts_webm(head: bytes) -> bool:
    """True when ``head`` begins a WebM file (or, shorter than the magic, its start)."""
    n = min(len(head), len(EBML_MAGIC))
    return n > 0 and head[:n] == EBML_MAGIC[:n]


def _stored_bytes(folder: Path, besides: int) -> int:
    """Bytes of the chunks in ``folder`` but chunk ``besides`` (about to be replaced)."""
    if not folder.is_dir():
        return 0
    skip = _chunk_name(besides)
    return sum(p.stat().st_size for p in folder.glob("*.webm") if p.name != skip)


def _write_chunk(folder: Path, seq: int, data: bytes) -> None:
    """``data`` as chunk ``seq``, durably: written aside, fsynced, renamed into place (a
    retried chunk replaces its first copy whole)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    aside = folder / f"{_chunk_name(seq)}{PARTIAL_SUFFIX}"
    fd = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    _publish(aside, folder / _chunk_name(seq))


async def finish_recording(request: web.Request) -> web.StreamResponse:
    """``?chunks=N``: the page sent chunks 0 to N-1 and stopped; assemble the file."""
    try:
        recording_id, row = await _host_recording(request)
        text = request.query.get("chunks", "")
        if not (text.isdigit() and 0 < int(text) <= 1_000_000):
            raise BadRequest("chunks must be the number of chunks sent (1 or more)")
        if row["status"] == "uploaded":
            raise Conflict(f"Recording {recording_id} is already uploaded")
        size = await _assemble(request.app, recording_id, int(text))
        if size is None:
            raise Conflict(f"Recording {recording_id} is being assembled")
        return web.json_response(
            {"id": recording_id, "status": "uploaded", "size": size}, status=201
        )
    except ApiError as exc:
        return exc.response()


async def _assemble(app: web.Application, recording_id: str, count: int | None) -> int | None:
    """Join chunks 0..count-1 (None: as many as there are from 0 on, without a gap) into
    the recording's file and mark it uploaded; its size. None while another assembly or
    upload of it runs. BadRequest when a chunk is missing."""
    uploading = app[RECORDING_UPLOADS]
    if recording_id in uploading:
        return None
    uploading.add(recording_id)
    try:
        folder = _chunk_dir(app, recording_id)
        recordings = folder.parent
        part = recordings / f".{recording_id}.webm{PARTIAL_SUFFIX}"
        size = await asyncio.to_thread(_join_chunks, folder, count, part)
        await asyncio.to_thread(_publish, part, recordings / f"{recording_id}.webm")
        url = _file_link(app, recording_id)
        await app[STORE].write(lambda s: s.recording_uploaded(recording_id, url))
        await asyncio.to_thread(_remove_chunks, folder)
        app[RECORDING_CHUNKS].pop(recording_id, None)
        if SENDER in app:
            app[SENDER].wake()
        log.info("recording %s assembled (%d bytes)", recording_id, size)
        return size
    finally:
        uploading.discard(recording_id)


def _join_chunks(folder: Path, count: int | None, part: Path) -> int:
    names = []
    seq = 0
    while count is None or seq < count:
        if not (folder / _chunk_name(seq)).is_file():
            if count is None:
                break
            raise BadRequest(f"Chunk {seq} of the recording never arrived")
        names.append(_chunk_name(seq))
        seq += 1
    if not names:
        raise BadRequest("No chunk of the recording arrived")
    size = 0
    head = b""
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            for name in names:
                with (folder / name).open("rb") as chunk:
                    while data := chunk.read(CHUNK):
                        head += data[: len(EBML_MAGIC) - len(head)]
                        out.write(data)
                        size += len(data)
            if head != EBML_MAGIC:
                raise _NotWebm()
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return size


def _remove_chunks(folder: Path) -> None:
    for path in folder.glob("*"):
        path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        folder.rmdir()


async def _assemble_orphan(app: web.Application, recording_id: str) -> None:
    """What a page streamed and never finished, once no chunk came for a while."""
    chunks = app[RECORDING_CHUNKS]
    folder = _chunk_dir(app, recording_id)
    while True:
        await asyncio.sleep(ORPHANED_CHUNKS_GRACE)
        quiet = time.monotonic() - chunks.get(recording_id, 0.0)
        if quiet >= ORPHANED_CHUNKS_GRACE:  # here; and on disk, from any process
            quiet = await asyncio.to_thread(_quiet_on_disk, folder)
        if quiet >= ORPHANED_CHUNKS_GRACE and recording_id not in app[RECORDING_UPLOADS]:
            break
    row = await app[STORE].run(lambda s: s.find_recording(recording_id))
    if row is None or row["status"] == "uploaded" or not folder.is_dir():
        chunks.pop(recording_id, None)
        return
    try:
        size = await _assemble(app, recording_id, None)
    except ApiError:  # not even the first chunk, or not WebM: nothing to keep
        await asyncio.to_thread(_remove_chunks, folder)
        chunks.pop(recording_id, None)
        return
    except Exception:
        log.exception("recording %s: assembling its chunks failed", recording_id)
        return
    if size is not None:
        log.warning("recording %s: its page stopped sending; kept what came", recording_id)


async def _resume_orphans(app: web.Application, recorder: StoreRecorder) -> None:
    """Chunks a killed server (or a page that died with it) left: assembled soon."""
    folder = app[CONFIG].data_dir / RECORDINGS_DIR
    found = await asyncio.to_thread(lambda: sorted(folder.glob(f".*{CHUNKS_SUFFIX}")))
    for path in found:
        recording_id = path.name[1 : -len(CHUNKS_SUFFIX)]
        app[RECORDING_CHUNKS][recording_id] = time.monotonic()
        recorder.assemble_later(recording_id)


class _NotWebm(ApiError):
    status = 415
    name = "UnsupportedMediaType"

    def __init__(self) -> None:
        super().__init__("A recording must be a WebM file")


def install(
    app: web.Application, sessions: SessionTracker, wake: Callable[[], None]
) -> StoreRecorder:
    """Add the upload routes; returns the hub's recorder."""
    app.router.add_post(RECORDING_UPLOAD_PATH, upload_recording)
    app.router.add_post(RECORDING_CHUNK_PATH, upload_chunk)
    app.router.add_post(RECORDING_FINISH_PATH, finish_recording)
    app[RECORDING_UPLOADS] = set()
    app[RECORDING_CHUNKS] = {}
    app.on_startup.append(_clean_partial_uploads)
    store: StoreWorker = app[STORE]
    recorder = StoreRecorder(store, sessions, wake, app)
    sessions.taken_over.append(recorder.session_taken_over)

    async def resume(app: web.Application) -> None:
        await _resume_orphans(app, recorder)

    async def close(_app: web.Application) -> None:
        await recorder.close()

    app.on_startup.append(resume)
    app.on_shutdown.append(close)
    return recorder
