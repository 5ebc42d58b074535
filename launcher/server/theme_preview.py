"""The theme preview: the real meeting page, in preview mode, with a given theme.

``GET /meeting-preview?main_color=%2314213d&brand_text=Acme&brand_image_white=logos/white/<id>
&brand_image_colored=...&branded_favicon=...&view=lobby|meeting&room_name=...``

The launcher shows this page before a theme is applied, so staff see what guests
will see. It is the same template, script and stylesheet as a guest page
(:func:`launcher.server.meeting_page.render_page`), filled with a placeholder room;
the page script (``resources/meeting/preview.js``) then shows the lobby or a
meeting with a few placeholder tiles, without camera, microphone or signalling.

Nothing is looked up: every value comes from the query, so unsaved edits can be
previewed, and the page needs no credentials. Logos are named by their storage
keys (as in the Theme object) and must look like the server's own keys, so the
page can only show images this server serves. The route is installed with the
meeting pages (:func:`launcher.server.pages.meeting_pages`). The page marks itself as a preview
(``data-preview`` on its root element) and never joins anything.
"""

from __future__ import annotations

import re

from aiohttp import web

from launcher.server.keys import PREVIEW_PATH
from launcher.server.meeting_page import render_page, theme_from_doc
from launcher.server.signalling import MeetingRoom, MeetingTheme

__all__ = ["PREVIEW_PATH", "preview_page"]

PREVIEW_VIEWS = ("lobby", "meeting")
LANGUAGES = ("default", "en", "fr", "de", "it", "es", "he", "ar", "ca", "pt-br", "zh-tw", "zh-cn")

_COLOR_RE = re.compile(r"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_LOGO_KEY_RE = {
    "brand_image_white": re.compile(r"^logos/white/[A-Za-z0-9-]{1,64}$"),
    "brand_image_colored": re.compile(r"^logos/colored/[A-Za-z0-9-]{1,64}$"),
    "branded_favicon": re.compile(r"^logos/favicon/[A-Za-z0-9-]{1,64}$"),
}
_MAX_TEXT = 200
# A meeting code no real room has (codes are random digits): the page never uses it.
_PLACEHOLDER_CODE = "000000000"


async def preview_page(request: web.Request) -> web.Response:
    """The meeting page in preview mode for the theme in the query; 400 for bad values."""
    query = request.query
    main_color = query.get("main_color", MeetingTheme.main_color)
    if not _COLOR_RE.match(main_color):
        raise web.HTTPBadRequest(text="main_color must be #RGB or #RRGGBB")
    brand_text = query.get("brand_text", "")
    room_name = query.get("room_name", "")
    if len(brand_text) > _MAX_TEXT or len(room_name) > _MAX_TEXT:
        raise web.HTTPBadRequest(text="brand_text and room_name are at most 200 characters")
    view = query.get("view", "lobby")
    language = query.get("language", "default")
    if view not in PREVIEW_VIEWS or language not in LANGUAGES:
        raise web.HTTPBadRequest(text="unknown view or language")
    doc: dict[str, str] = {"main_color": main_color, "brand_text": brand_text}
    for name, pattern in _LOGO_KEY_RE.items():
        key = query.get(name)
        if key:
            if not pattern.match(key):
                raise web.HTTPBadRequest(text=f"{name} is not a logo key of this server")
            doc[name] = key
    room = MeetingRoom(
        room_id="preview",
        meeting_code=_PLACEHOLDER_CODE,
        display_name=room_name,
        language=language,
        # The guest page's own mapping from theme to page (which logo, favicon URL).
        theme=theme_from_doc(doc),
    )
    response = render_page(view=f"preview-{view}", room=room)
    response.headers["X-Robots-Tag"] = "noindex"
    return response
