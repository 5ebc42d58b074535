"""Rooms of the Meetings API: create, read, update, list (also by theme), and the
dial-in numbers rooms' invitations show.

``/v1/meetings/rooms``, ``/rooms/{room_id}``, ``/themes/{theme_id}/rooms``,
``/dial-in-numbers``. A room is shown with fresh host and guest links
(:func:`render_room`); lists page by the room's serial number.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import quote

from aiohttp import web

from launcher.server import validation
from launcher.server.errors import BadRequest, Forbidden, InputValidation, NotFound
from launcher.server.keys import API_PREFIX, CONFIG, ORIGIN, PARTICIPANT_TOKENS, SESSIONS
from launcher.server.rest import application_id, read_json, run_store, write_store
from launcher.server.store import RoomPage, RoomRecord, Store, utc_now

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 1000
MAX_SERIAL = 2**63 - 1  # SQLite's largest integer


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
    sessions = request.app.get(SESSIONS)
    if sessions is not None:
        # An extension of the contract (clients that do not know it ignore it): how
        # many people are in the room's meeting now, for the launcher's rooms list.
        room["participant_count"] = sessions.present(doc["id"])
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


def render_room_page(
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
    return web.json_response(render_room_page(request, page, "/rooms", page_size, start, end))


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
        render_room_page(request, page, f"/themes/{theme_id}/rooms", page_size, start, end)
    )


async def dial_in_numbers(request: web.Request) -> web.Response:
    return web.json_response(list(request.app[CONFIG].dial_in_numbers))
