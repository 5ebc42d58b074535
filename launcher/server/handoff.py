"""One-time links that hand a host link to the system browser.

A host link carries a participant token. Opening it in the browser means
passing it to the desktop's URL opener, i.e. on a command line where any local
process can read it. Instead the launcher posts the host link here and opens
the short-lived, single-use link it gets back:

- ``POST /meeting-handoff`` with ``{"url": "<host link>"}``: the link must be a
  host link of a room on this server, exactly as the API wrote it (same origin,
  canonical path and query: :func:`canonical_host_link`; 400 otherwise) with a
  valid token (403 otherwise); answers 201 ``{"url": ...}``.
- ``GET /meeting-handoff/{code}``: once, within a minute, redirects (303) to
  the host link; afterwards the code is gone (404 page). A browser blocked from the
  room's session gets the blocked page (403) instead, and the code is gone too.

Codes live under ``keys.CODES``: in this process's memory
(:class:`launcher.server.tokens.HandoffCodes`; a restart forgets them, which costs
nothing but a second click), or with ``serve --redis`` in Redis
(:mod:`launcher.server.handoff_redis`), so a code issued by one process is redeemed
through any other behind the same address, still once.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable

from aiohttp import web

from launcher.server import jsonsafe
from launcher.server.config import SetupHook
from launcher.server.keys import CODES, HANDOFF_PATH, ORIGIN
from launcher.server.tokens import HandoffCodes, HandoffStore, HandoffUnavailable

MAX_BODY = 8 * 1024
# A host link's path and query as rooms.render_room writes them: an optional short
# company URL (validation's characters), then the two parameters, nothing else.
_HOST_LINK = re.compile(
    r"(?P<path>(?:/[A-Za-z0-9_~-]{1,128})?/)"
    r"\?room_token=(?P<code>[A-Za-z0-9_-]{1,64})"
    r"&participant_token=(?P<token>[A-Za-z0-9._-]{1,4096})"
)

# (meeting_code, participant_token) -> True when it is a host link of an available room.
HostCheck = Callable[[web.Request, str, str], Awaitable[bool]]


_NO_LEAK_HEADERS = {"Referrer-Policy": "no-referrer", "Cache-Control": "no-store"}


def handoff_routes(
    is_host_link: HostCheck,
    unavailable: Callable[[], web.Response],
    *,
    blocked: Callable[[web.Request, str], bool] = lambda _request, _code: False,
    blocked_page: Callable[[], web.Response] | None = None,
    codes: HandoffStore | None = None,
) -> SetupHook:
    """The setup hook adding both routes.

    ``is_host_link`` checks a (meeting_code, participant_token) pair against the
    store; ``unavailable`` renders the page shown for a used or unknown code;
    ``blocked(request, meeting_code)`` says the requesting browser may not enter that
    room, which gets ``blocked_page``. ``codes`` keeps the pending codes (this
    process's memory unless given).
    """

    async def create(request: web.Request) -> web.Response:
        if request.content_length is not None and request.content_length > MAX_BODY:
            return _error(413, "body too large")
        try:
            body = jsonsafe.loads(await request.read(), max_bytes=MAX_BODY)
        except (ValueError, web.HTTPRequestEntityTooLarge):
            return _error(400, "body must be JSON")
        url = body.get("url") if isinstance(body, dict) else None
        if not isinstance(url, str):
            return _error(400, "url is required")
        link = canonical_host_link(url, request.app[ORIGIN])
        if link is None:
            return _error(400, "not a host link of this server in its canonical form")
        target, code, token = link
        if not await is_host_link(request, code, token):
            return _error(403, "not a valid host link of this server")
        try:
            handoff = await request.app[CODES].issue_code(target)
        except HandoffUnavailable:
            return _error(503, "one-time links cannot be made right now; try again")
        return web.json_response(
            {"url": f"{request.app[ORIGIN]}{HANDOFF_PATH}/{handoff}"},
            status=201,
            headers=_NO_LEAK_HEADERS,
        )

    async def redeem(request: web.Request) -> web.StreamResponse:
        try:
            target = await request.app[CODES].redeem_code(request.match_info["code"])
        except HandoffUnavailable:
            target = None
        if target is None:
            return unavailable()
        link = _HOST_LINK.fullmatch(target)
        if link is not None and blocked(request, link.group("code")):
            return (blocked_page or unavailable)()
        raise web.HTTPSeeOther(location=target, headers=_NO_LEAK_HEADERS)

    def setup(app: web.Application) -> None:
        app[CODES] = codes if codes is not None else HandoffCodes()
        app.router.add_post(HANDOFF_PATH, create)
        app.router.add_get(HANDOFF_PATH + "/{code}", redeem)

    return setup


def canonical_host_link(url: str, origin: str) -> tuple[str, str, str] | None:
    """``(path and query, meeting code, participant token)`` of a host link in
    exactly the form this server writes (``{origin}[/{short_company_url}]/?room_token=
    {code}&participant_token={token}``); None for anything else: another
    scheme, host, port or user info, a protocol-relative or backslashed path,
    escapes, extra parameters or a fragment. The redirect is then rebuilt
    from the checked parts only."""
    if not url.startswith(origin + "/"):
        return None
    match = _HOST_LINK.fullmatch(url[len(origin) :])
    if match is None:
        return None
    path, code, token = match.group("path"), match.group("code"), match.group("token")
    return f"{path}?room_token={code}&participant_token={token}", code, token


def _error(status: int, message: str) -> web.Response:
    return web.json_response({"message": message, "status": status}, status=status)
