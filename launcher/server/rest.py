"""What the REST handlers of the Meetings API share.

The request's authenticated application, the JSON body, storage calls from a
handler. Handler modules (:mod:`~launcher.server.rooms`,
:mod:`~launcher.server.themes`, :mod:`~launcher.server.logo_files`,
:mod:`~launcher.server.recordings`) import this and :mod:`~launcher.server.keys`,
never each other; :func:`launcher.server.app.make_app` routes to them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aiohttp import web

from launcher.server import jsonsafe, validation
from launcher.server.errors import BadRequest, PayloadTooLarge
from launcher.server.keys import APPLICATION_ID, STORE
from launcher.server.store import Store

#: The largest request body the API reads (logo uploads have their own limit).
MAX_BODY = 1024 * 1024


async def run_store(request: web.Request, fn: Callable[[Store], Any]) -> Any:
    """Storage work that only reads, on the reading thread (not behind writes)."""
    return await request.app[STORE].read(fn)


async def write_store(request: web.Request, fn: Callable[[Store], Any]) -> Any:
    """Storage work that writes: group-committed, durable when it returns."""
    return await request.app[STORE].write(fn)


async def read_json(request: web.Request) -> dict[str, Any]:
    """The request body as a JSON object: 413 over 1 MB, 400 if not JSON or
    nested deeper than :data:`jsonsafe.MAX_DEPTH` levels."""
    if request.content_length is not None and request.content_length > MAX_BODY:
        raise PayloadTooLarge("Request body is larger than 1 MB")
    try:
        raw = await request.read()
    except web.HTTPRequestEntityTooLarge:
        raise PayloadTooLarge("Request body is larger than 1 MB") from None
    try:
        body = jsonsafe.loads(raw, max_bytes=MAX_BODY)
    except ValueError as exc:
        raise BadRequest(f"Request body is not valid JSON: {exc}") from None
    return validation.require_object(body, "body")


def application_id(request: web.Request) -> str:
    """The application the request's API token belongs to."""
    return request[APPLICATION_ID]
