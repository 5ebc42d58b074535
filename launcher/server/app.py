"""The aiohttp application: Meetings API routes under ``/v1/meetings``.

Other paths of the origin:

- ``POST /v1/uploads/logos``: logo upload forms (no API auth; signed fields).
- ``GET /v1/logos/{type}/{id}``: finalized theme logos (no auth).
- ``GET /v1/recording-files/{id}``: recording downloads (signed, expiring links).
- everything else (``/``, ``/{meeting_code}``, ``/{short_company_url}/...``)
  belongs to the meeting pages (:mod:`launcher.server.pages`, installed unless
  ``ServerConfig.meeting_pages`` is False) and ``ServerConfig.extra_setup`` hooks.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote

from aiohttp import BodyPartReader, web
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from launcher.server import logos, validation, webhooks
from launcher.server.auth import AuthFailed, TokenVerifier, load_public_key
from launcher.server.config import ServerConfig
from launcher.server.errors import (
    ApiError,
    BadRequest,
    Conflict,
    Forbidden,
    InputValidation,
    MethodNotAllowed,
    NotFound,
    unauthorized,
)
from launcher.server.keys import (
    API_PREFIX,
    APPLICATION_ID,
    CONFIG,
    KEY_CACHE,
    LOGO_PATH,
    LOGO_UPLOAD_PATH,
    ORIGIN,
    PARTICIPANT_TOKENS,
    RECORDING_FILE_PATH,
    SENDER,
    SERVER_SECRET,
    STORE,
    TOKEN_VERIFIER,
    UPLOAD_SIGNER,
)
from launcher.server.pages import meeting_pages
from launcher.server.recordings import (
    delete_recording,
    get_recording,
    get_recording_file,
    session_recordings,
)
from launcher.server.rest import MAX_BODY, application_id, read_json, run_store, write_store
from launcher.server.store import (
    LogoUpload,
    RoomPage,
    RoomRecord,
    Store,
    StoreConflict,
    format_time,
    parse_time,
    utc_now,
)
from launcher.server.tokens import ParticipantTokens, UploadSigner
from launcher.server.worker import StoreWorker

log = logging.getLogger(__name__)

#: A logo upload may carry the 1 MB file plus the form fields and some slack,
#: so a file slightly over 1 MB reaches finalizeLogos (``exceeds_size``).
MAX_LOGO_UPLOAD_BODY = MAX_BODY + 128 * 1024
UPLOAD_FORM_LIFETIME = timedelta(minutes=5)
UPLOADED_LOGO_LIFETIME = timedelta(hours=1)
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 1000
MAX_SERIAL = 2**63 - 1  # SQLite's largest integer

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def make_app(
    config: ServerConfig, *, origin: str, store: StoreWorker, secret: bytes
) -> web.Application:
    """Build the application. ``config.extra_setup`` hooks run last and may add
    routes, startup/cleanup hooks and state (read ``app[STORE]``,
    ``app[ORIGIN]``, ``app[PARTICIPANT_TOKENS]``)."""
    app = web.Application(middlewares=[_api_middleware], client_max_size=MAX_BODY)
    app[CONFIG] = config
    app[ORIGIN] = origin.rstrip("/")
    app[STORE] = store
    app[SERVER_SECRET] = secret
    app[PARTICIPANT_TOKENS] = ParticipantTokens(secret)
    app[UPLOAD_SIGNER] = UploadSigner(secret)
    app[KEY_CACHE] = {}
    app[TOKEN_VERIFIER] = TokenVerifier(lambda app_id: _public_key(app, app_id))
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
    app.router.add_patch(f"{p}/applications", update_application)
    app.router.add_post(LOGO_UPLOAD_PATH, upload_logo)
    app.router.add_get(f"{LOGO_PATH}/{{logo_type}}/{{logo_id}}", get_logo)
    app.router.add_get(f"{RECORDING_FILE_PATH}/{{recording_id}}", get_recording_file)
    # Before the webhook sender's first sweep: nobody is in a room after a start.
    app.on_startup.append(_reset_presence)
    app[SENDER] = webhooks.install(
        app,
        store,
        callback_urls=config.callback_urls,
        retry_delays=tuple(config.webhook_retry_delays),
        sweep_interval=config.room_sweep_interval,
        secret=config.webhook_secret,
    )
    if config.meeting_pages:
        meeting_pages(ice_servers=config.ice_servers)(app)
    for setup in config.extra_setup:
        setup(app)
    return app


# ------------------------------------------------------------------ plumbing


async def _reset_presence(app: web.Application) -> None:
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
        return await handler(request)
    except ApiError as exc:
        return exc.response()
    except web.HTTPMethodNotAllowed:
        return MethodNotAllowed(f"Method {request.method} is not allowed here").response()
    except web.HTTPNotFound:
        return NotFound(f"Resource {request.path} was not found").response()
    except web.HTTPException:
        raise
    except Exception:
        log.exception("internal error in %s %s", request.method, request.path)
        return ApiError("Internal server error").response()


async def _public_key(app: web.Application, application_id: str) -> RSAPublicKey | None:
    cache = app[KEY_CACHE]
    key = cache.get(application_id)
    if key is None:
        found = await app[STORE].run(lambda s: s.get_application(application_id))
        if found is None:
            return None  # not cached: it may be registered later by `app create`
        key = cache[application_id] = load_public_key(found.public_key_pem)
    return key


# --------------------------------------------------------------------- rooms


def render_room(request: web.Request, record: RoomRecord, now: datetime) -> dict[str, Any]:
    """A room as the API shows it, with fresh host and guest links."""
    doc = record.doc
    origin = request.app[ORIGIN]
    prefix = f"/{quote(record.short_company_url)}" if record.short_company_url else ""
    code = doc["meeting_code"]
    token = request.app[PARTICIPANT_TOKENS].issue(doc["id"], code)
    room: dict[str, Any] = {
        "id": doc["id"],
        "display_name": doc["display_name"],
        "metadata": doc.get("metadata"),
        "type": doc["type"],
        "expires_at": doc["expires_at"],
        "recording_options": doc["recording_options"],
        "meeting_code": code,
        "_links": {
            "host_url": {"href": f"{origin}{prefix}/?room_token={code}&participant_token={token}"},
            "guest_url": {"href": f"{origin}{prefix}/{code}"},
        },
        "created_at": doc["created_at"],
        "is_available": record.is_available(now),
        "expire_after_use": doc["expire_after_use"],
        "theme_id": doc.get("theme_id"),
        "initial_join_options": doc["initial_join_options"],
        "join_approval_level": doc["join_approval_level"],
        "ui_settings": doc["ui_settings"],
        "available_features": doc["available_features"],
    }
    if doc.get("callback_urls"):
        room["callback_urls"] = doc["callback_urls"]
    return room


def _room_not_found(room_id: str) -> NotFound:
    return NotFound(f"Room {room_id} was not found")


async def create_room(request: web.Request) -> web.Response:
    body = await read_json(request)
    app_id = application_id(request)
    now = utc_now()
    doc = validation.validate_new_room(body, now)
    max_rooms = request.app[CONFIG].max_rooms_per_application

    def insert(store: Store) -> RoomRecord:
        if doc["theme_id"] is None:
            app = store.get_application(app_id)
            if app is not None and app.default_theme_id:
                doc["theme_id"] = app.default_theme_id
        return store.insert_room(app_id, doc, max_rooms=max_rooms)

    try:
        record: RoomRecord = await write_store(request, insert)
    except KeyError:
        raise BadRequest(
            f"Failed to create room because theme id {doc['theme_id']} not found"
        ) from None
    except OverflowError:
        raise Forbidden("Maximum number of rooms for owner exceeded") from None
    return web.json_response(render_room(request, record, now), status=201)


async def get_room(request: web.Request) -> web.Response:
    room_id = request.match_info["room_id"]
    app_id = application_id(request)
    record = await run_store(request, lambda s: s.get_room(app_id, room_id))
    if record is None:
        raise _room_not_found(room_id)
    return web.json_response(render_room(request, record, utc_now()))


async def update_room(request: web.Request) -> web.Response:
    room_id = request.match_info["room_id"]
    app_id = application_id(request)
    body = await read_json(request)
    current: RoomRecord | None = await run_store(request, lambda s: s.get_room(app_id, room_id))
    if current is None:
        raise _room_not_found(room_id)
    now = utc_now()
    changes = validation.validate_room_update(body, room_id, current.doc["type"], now)
    try:
        record = await write_store(request, lambda s: s.update_room(app_id, room_id, changes))
    except KeyError:
        raise BadRequest(
            f"Failed to update room because theme id {changes.get('theme_id')} not found"
        ) from None
    if record is None:
        raise _room_not_found(room_id)
    return web.json_response(render_room(request, record, now))


def _paging(request: web.Request) -> tuple[int, int | None, int | None]:
    def number(name: str, low: int, high: int) -> int | None:
        raw = request.query.get(name)
        if raw is None or raw == "":
            return None
        try:
            value = int(raw)
        except ValueError:
            raise InputValidation(name, f'"{name}" must be a number') from None
        if not low <= value <= high:
            raise InputValidation(name, f'"{name}" must be between {low} and {high}')
        return value

    page_size = number("page_size", 1, MAX_PAGE_SIZE) or DEFAULT_PAGE_SIZE
    return page_size, number("start_id", 0, MAX_SERIAL), number("end_id", 0, MAX_SERIAL)


def render_page(
    request: web.Request,
    page: RoomPage,
    path: str,
    page_size: int,
    start: int | None,
    end: int | None,
) -> dict[str, Any]:
    now = utc_now()
    base = f"{request.app[ORIGIN]}{API_PREFIX}{path}?page_size={page_size}"
    if page.rooms:
        self_href = f"{base}&start_id={page.rooms[0].serial}"
    elif start is not None:
        self_href = f"{base}&start_id={start}"
    elif end is not None:
        self_href = f"{base}&end_id={end}"
    else:
        self_href = base
    links: dict[str, Any] = {"first": {"href": base}, "self": {"href": self_href}}
    if page.has_before:
        before = page.rooms[0].serial if page.rooms else (start if start is not None else end)
        links["prev"] = {"href": f"{base}&end_id={before}"}
    if page.has_after:
        after = page.rooms[-1].serial + 1 if page.rooms else (start if start is not None else end)
        links["next"] = {"href": f"{base}&start_id={after}"}
    return {
        "page_size": page_size,
        "_embedded": [render_room(request, record, now) for record in page.rooms],
        "_links": links,
        "total_items": page.total_items,
    }


async def list_rooms(request: web.Request) -> web.Response:
    app_id = application_id(request)
    page_size, start, end = _paging(request)
    page = await run_store(
        request,
        lambda s: s.list_rooms(app_id, page_size=page_size, start_id=start, end_id=end),
    )
    return web.json_response(render_page(request, page, "/rooms", page_size, start, end))


async def theme_rooms(request: web.Request) -> web.Response:
    app_id = application_id(request)
    theme_id = request.match_info["theme_id"]
    page_size, start, end = _paging(request)

    def query(store: Store) -> RoomPage | None:
        if store.get_theme(app_id, theme_id) is None:
            return None
        return store.list_rooms(
            app_id, page_size=page_size, start_id=start, end_id=end, theme_id=theme_id
        )

    page = await run_store(request, query)
    if page is None:
        raise NotFound(f"Failed to get rooms because theme id {theme_id} not found")
    return web.json_response(
        render_page(request, page, f"/themes/{theme_id}/rooms", page_size, start, end)
    )


# -------------------------------------------------------------------- themes


def render_theme(request: web.Request, doc: dict[str, Any]) -> dict[str, Any]:
    origin = request.app[ORIGIN]

    def url(key: str | None) -> str | None:
        return f"{origin}/v1/{key}" if key else None

    return {
        "theme_id": doc["theme_id"],
        "theme_name": doc["theme_name"],
        "domain": doc.get("domain", "VCP"),
        "account_id": doc["account_id"],
        "application_id": doc["application_id"],
        "main_color": doc["main_color"],
        "short_company_url": doc.get("short_company_url"),
        "brand_text": doc["brand_text"],
        "brand_image_colored": doc.get("brand_image_colored"),
        "brand_image_white": doc.get("brand_image_white"),
        "branded_favicon": doc.get("branded_favicon"),
        "brand_image_white_url": url(doc.get("brand_image_white")),
        "brand_image_colored_url": url(doc.get("brand_image_colored")),
        "branded_favicon_url": url(doc.get("branded_favicon")),
    }


def _theme_not_found(theme_id: str) -> NotFound:
    return NotFound(f"could not find theme {theme_id}")


def _conflict(field: str) -> Conflict:
    if field == "theme_name":
        return Conflict("theme_name already exists in application")
    return Conflict("short_company_url already exists")


def _check_reserved(fields: dict[str, Any]) -> None:
    url = fields.get("short_company_url")
    if url is not None and url.lower() in validation.RESERVED_SHORT_URLS:
        raise _conflict("short_company_url")


async def list_themes(request: web.Request) -> web.Response:
    app_id = application_id(request)
    themes = await run_store(request, lambda s: s.list_themes(app_id))
    # The hosted API answered an empty list with {}; clients expect that shape.
    return web.json_response([render_theme(request, t) for t in themes] if themes else {})


async def create_theme(request: web.Request) -> web.Response:
    app_id = application_id(request)
    fields = validation.validate_new_theme(await read_json(request))
    _check_reserved(fields)
    max_themes = request.app[CONFIG].max_themes_per_application

    def insert(store: Store) -> dict[str, Any]:
        app = store.get_application(app_id)
        assert app is not None
        doc = {
            "theme_id": str(uuid.uuid4()),
            "domain": "VCP",
            "account_id": app.account_id,
            "application_id": app_id,
            **fields,
            "brand_image_colored": None,
            "brand_image_white": None,
            "branded_favicon": None,
        }
        return store.insert_theme(app_id, doc, max_themes=max_themes)

    try:
        doc = await write_store(request, insert)
    except StoreConflict as exc:
        raise _conflict(exc.field) from None
    except OverflowError:
        raise Forbidden("exceeded maximum theme limit") from None
    return web.json_response(render_theme(request, doc), status=201)


async def get_theme(request: web.Request) -> web.Response:
    app_id = application_id(request)
    theme_id = request.match_info["theme_id"]
    doc = await run_store(request, lambda s: s.get_theme(app_id, theme_id))
    if doc is None:
        raise _theme_not_found(theme_id)
    return web.json_response(render_theme(request, doc))


async def update_theme(request: web.Request) -> web.Response:
    app_id = application_id(request)
    theme_id = request.match_info["theme_id"]
    body = await read_json(request)
    if await run_store(request, lambda s: s.get_theme(app_id, theme_id)) is None:
        raise _theme_not_found(theme_id)
    changes = validation.validate_theme_update(body)
    _check_reserved(changes)
    try:
        doc = await write_store(request, lambda s: s.update_theme(app_id, theme_id, changes))
    except StoreConflict as exc:
        raise _conflict(exc.field) from None
    if doc is None:
        raise _theme_not_found(theme_id)
    return web.json_response(render_theme(request, doc))


async def delete_theme(request: web.Request) -> web.Response:
    app_id = application_id(request)
    theme_id = request.match_info["theme_id"]
    raw_force = request.query.get("force", "false").lower()
    if raw_force not in ("true", "false"):
        raise InputValidation("force", '"force" must be a boolean')
    force = raw_force == "true"
    reasons = await write_store(request, lambda s: s.delete_theme(app_id, theme_id, force=force))
    if reasons is None:
        raise _theme_not_found(theme_id)
    if reasons:
        raise BadRequest("could not delete theme", reasons)
    return web.Response(status=204)


async def update_application(request: web.Request) -> web.Response:
    app_id = application_id(request)
    theme_id = validation.validate_application_update(await read_json(request))
    try:
        app = await write_store(request, lambda s: s.set_default_theme(app_id, theme_id))
    except KeyError:
        raise BadRequest(
            f"Failed to update application because theme id {theme_id} not found"
        ) from None
    return web.json_response(
        {
            "application_id": app.application_id,
            "account_id": app.account_id,
            "default_theme_id": app.default_theme_id,
        }
    )


# --------------------------------------------------------------------- logos


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


async def logo_upload_urls(request: web.Request) -> web.Response:
    """One signed, short-lived upload form per logo type, posting to this server."""
    app_id = application_id(request)
    now = utc_now()
    form_expiry = now + UPLOAD_FORM_LIFETIME
    url = f"{request.app[ORIGIN]}{LOGO_UPLOAD_PATH}"
    signer = request.app[UPLOAD_SIGNER]
    forms = []
    pending = []
    for kind in logos.LOGO_TYPES:
        key = f"auto-expiring-temp/logos/{kind}/{uuid.uuid4()}"
        policy = _b64(
            json.dumps(
                {"key": key, "logoType": kind, "expiration": format_time(form_expiry)},
                separators=(",", ":"),
            ).encode()
        )
        forms.append(
            {
                "url": url,
                "fields": {
                    "Content-Type": "image/png",
                    "key": key,
                    "logoType": kind,
                    "bucket": "meeting-launcher-logos",
                    "X-Amz-Algorithm": "HMAC-SHA256",
                    "X-Amz-Date": now.strftime("%Y%m%dT%H%M%SZ"),
                    "Policy": policy,
                    "X-Amz-Signature": signer.sign(policy),
                },
            }
        )
        pending.append((key, kind, format_time(now + UPLOADED_LOGO_LIFETIME)))
    await write_store(request, lambda s: s.add_logo_uploads(app_id, pending))
    return web.json_response(forms)


def _s3_error(status: int, code: str, message: str) -> web.Response:
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<Error><Code>{code}</Code><Message>{message}</Message>"
        f"<RequestId>{uuid.uuid4().hex[:16].upper()}</RequestId></Error>"
    )
    return web.Response(status=status, text=body, content_type="application/xml")


def _too_big() -> web.Response:
    return _s3_error(400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size")


async def upload_logo(request: web.Request) -> web.StreamResponse:
    """S3-style POST form upload: the signed fields, then ``file`` (last)."""
    if request.content_length is not None and request.content_length > MAX_LOGO_UPLOAD_BODY:
        return _too_big()
    try:
        reader = await request.multipart()
    except (ValueError, AssertionError, KeyError):
        return _s3_error(
            400, "MalformedPOSTRequest", "The body of your POST request is not well-formed"
        )
    fields: dict[str, str] = {}
    data: bytes | None = None
    received = 0
    try:
        while (part := await reader.next()) is not None:
            if not isinstance(part, BodyPartReader):
                continue
            name = part.name or ""
            chunks = []
            while chunk := await part.read_chunk(64 * 1024):
                received += len(chunk)
                if received > MAX_LOGO_UPLOAD_BODY:
                    return _too_big()
                chunks.append(chunk)
            value = b"".join(chunks)
            if name == "file":
                data = value
                break  # like S3: fields after the file are ignored
            fields[name] = value.decode("utf-8", "replace")
    except ValueError:
        return _s3_error(
            400, "MalformedPOSTRequest", "The body of your POST request is not well-formed"
        )
    policy = fields.get("Policy") or fields.get("policy")
    signature = fields.get("X-Amz-Signature")
    if data is None:
        return _s3_error(
            400, "InvalidArgument", "POST requires exactly one file upload per request."
        )
    if not policy or not signature:
        return _s3_error(
            403, "AccessDenied", "Bucket POST must contain a field named 'Policy' and its signature"
        )
    if not request.app[UPLOAD_SIGNER].check(policy, signature):
        return _s3_error(
            403,
            "SignatureDoesNotMatch",
            "The request signature we calculated does not match the signature you provided.",
        )
    terms = json.loads(_unb64(policy))
    if parse_time(terms["expiration"]) < utc_now():
        return _s3_error(403, "AccessDenied", "Invalid according to Policy: Policy expired.")
    if fields.get("key") != terms["key"]:
        return _s3_error(
            403, "AccessDenied", "Invalid according to Policy: Policy Condition failed: key"
        )
    key = terms["key"]
    stored = await request.app[STORE].write(lambda s: s.store_logo_upload(key, data))
    if not stored:
        return _s3_error(403, "AccessDenied", "Upload form is no longer valid.")
    return web.Response(status=204)


def _logo_keys(body: dict[str, Any]) -> list[str]:
    raw = body.get("keys")
    if not isinstance(raw, list) or not raw:
        raise InputValidation("keys", '"keys" must be a non-empty array')
    keys = []
    for item in raw:
        if isinstance(item, dict):
            item = item.get("key")
        if not isinstance(item, str) or not item:
            raise InputValidation("keys", '"keys" must contain logo keys')
        keys.append(item)
    return keys


async def finalize_logos(request: web.Request) -> web.Response:
    app_id = application_id(request)
    theme_id = request.match_info["theme_id"]
    body = await read_json(request)
    if await run_store(request, lambda s: s.get_theme(app_id, theme_id)) is None:
        raise _theme_not_found(theme_id)
    keys = _logo_keys(body)
    now_text = format_time(utc_now())
    uploads: list[LogoUpload | None] = await run_store(
        request, lambda s: [s.get_logo_upload(app_id, key) for key in keys]
    )

    def check() -> tuple[list[dict[str, str]], list[tuple[str, str, str]]]:
        errors: list[dict[str, str]] = []
        ready: list[tuple[str, str, str]] = []
        for key, upload in zip(keys, uploads, strict=True):
            if upload is None or upload.data is None or upload.expires_at < now_text:
                errors.append({"logoKey": key, "code": "key_not_found"})
                continue
            problem = logos.logo_problem(upload.data, upload.logo_type)
            if problem is not None:
                errors.append(
                    {"logoKey": key, "code": "invalid_logo_properties", "invalidProperty": problem}
                )
                continue
            final = f"logos/{upload.logo_type}/{key.rsplit('/', 1)[-1]}"
            ready.append((key, upload.logo_type, final))
        return errors, ready

    # PNG decoding is CPU work: neither on the loop nor on the storage thread.
    errors, ready = await asyncio.to_thread(check)
    if errors:
        raise BadRequest("could not finalize logos", errors)
    try:
        doc = await write_store(request, lambda s: s.finalize_logos(app_id, theme_id, ready))
    except KeyError as exc:  # finalized by a concurrent request meanwhile
        raise BadRequest(
            "could not finalize logos", [{"logoKey": str(exc.args[0]), "code": "key_not_found"}]
        ) from None
    if doc is None:
        raise _theme_not_found(theme_id)
    return web.json_response(render_theme(request, doc))


async def get_logo(request: web.Request) -> web.StreamResponse:
    kind, logo_id = request.match_info["logo_type"], request.match_info["logo_id"]
    key = f"logos/{kind}/{logo_id}"
    data = await request.app[STORE].run(lambda s: s.get_logo(key))
    if data is None:
        raise web.HTTPNotFound()
    return web.Response(
        body=data,
        content_type="image/png",
        headers={"Cache-Control": "public, max-age=86400, immutable"},
    )


# ------------------------------------------------------------------- dial-in


async def dial_in_numbers(request: web.Request) -> web.Response:
    return web.json_response(list(request.app[CONFIG].dial_in_numbers))
