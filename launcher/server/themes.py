"""Themes and the application of the Meetings API.

``/v1/meetings/themes`` (list, create), ``/themes/{theme_id}`` (read, update,
delete), ``/themes/{theme_id}/finalizeLogos`` (uploaded logos become the
theme's, after the checks of :mod:`launcher.server.logos`) and
``/v1/meetings/applications`` (the default theme; GET, an extension, reads it).
The logo files themselves (upload forms, uploads, serving) are
:mod:`launcher.server.logo_files`.
"""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

from aiohttp import web

from launcher.server import logos, validation
from launcher.server.errors import BadRequest, Conflict, Forbidden, InputValidation, NotFound
from launcher.server.keys import CONFIG, ORIGIN
from launcher.server.rest import application_id, read_json, run_store, write_store
from launcher.server.store import (
    Application,
    LogoUpload,
    Store,
    StoreConflict,
    format_time,
    utc_now,
)


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
    return web.json_response(render_application(app))


async def get_application(request: web.Request) -> web.Response:
    """``GET /applications`` (an extension of the contract): the calling application."""
    app_id = application_id(request)
    app = await run_store(request, lambda s: s.get_application(app_id))
    if app is None:  # deleted from the data dir since its token was checked
        raise NotFound(f"Application {app_id} not found")
    return web.json_response(render_application(app))


def render_application(app: Application) -> dict[str, Any]:
    """The Application resource; ``embed_domains`` (an extension) lists the origins
    whose pages may show this application's meetings in a frame."""
    return {
        "application_id": app.application_id,
        "account_id": app.account_id,
        "default_theme_id": app.default_theme_id,
        "embed_domains": list(app.embed_domains),
    }


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
                error = {
                    "logoKey": key,
                    "code": "invalid_logo_properties",
                    "invalidProperty": problem,
                }
                reason = logos.png_problem(upload.data) if problem == "type" else None
                if reason is not None:
                    error["message"] = f"The file is not a PNG image the server accepts: {reason}"
                errors.append(error)
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
