"""The meeting page itself: one HTML template filled for a view, a room and its theme.

Owns what every meeting page looks like to a browser: the template
(``resources/meeting/room.html``), the JSON config its script reads, the security
headers, and how a stored theme becomes the page's colours and logos. The guest
and host pages (:mod:`launcher.server.pages`), the handoff's "unavailable" page
and the theme preview (:mod:`launcher.server.theme_preview`) all render through
:func:`render_page`.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from aiohttp import web

from launcher.resources import resource_path
from launcher.server.embedding import frame_ancestors
from launcher.server.keys import ASSETS_PATH, WS_PATH
from launcher.server.signalling import MeetingRoom, MeetingTheme

#: Sent with every page; ``frame-ancestors`` is added per page (:func:`render_page`).
#: No X-Frame-Options: it cannot name several origins, and CSP's directive replaces it.
_SECURITY_HEADERS = {
    # The host URL carries a participant token: it must never leak as a Referer.
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; "
        # media-src https: http: : videos shared to watch together (launcher.server.watch).
        "img-src 'self' data: blob:; media-src 'self' blob: mediastream: https: http:; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'"
    ),
    "Permissions-Policy": "camera=(self), microphone=(self), display-capture=(self)",
}

#: Room features the contract has and the pages do not offer: accepted and stored by the
#: API, never handed to a page (README: captions).
NO_EFFECT_FEATURES = frozenset({"is_captions_available"})


def theme_from_doc(doc: Mapping[str, Any]) -> MeetingTheme:
    """How a stored theme (the API's Theme object) looks on the page."""

    def url(key: object) -> str | None:
        # Same-origin, relative: the page's CSP allows only 'self' images.
        return f"/v1/{key}" if isinstance(key, str) and key else None

    # The bar is dark: the white logo reads best, the coloured one otherwise.
    logo = url(doc.get("brand_image_white")) or url(doc.get("brand_image_colored"))
    return MeetingTheme(
        main_color=str(doc.get("main_color") or MeetingTheme.main_color),
        brand_text=str(doc.get("brand_text") or ""),
        logo_url=logo,
        favicon_url=url(doc.get("branded_favicon")),
    )


def page_config(view: str, room: MeetingRoom | None, *, is_host: bool) -> dict[str, Any]:
    """What the page script reads from its embedded JSON."""
    config: dict[str, Any] = {"view": view, "ws_path": WS_PATH, "is_host": is_host}
    if room is not None and view != "unavailable":
        theme = room.theme or MeetingTheme()
        config.update(
            meeting_code=room.meeting_code,
            room_name=room.display_name,
            language=room.language,
            # Captions: the contract's flag is kept on the room, but the pages have no
            # captions (no local recogniser ships with its models), so they never see it.
            features={k: v for k, v in room.features.items() if k not in NO_EFFECT_FEATURES},
            join_approval_level=room.join_approval_level,
            microphone_state=room.microphone_state,
            recording_options={
                "auto_record": room.auto_record,
                "record_only_owner": room.record_only_owner,
            },
            theme={
                "main_color": theme.main_color,
                "brand_text": theme.brand_text,
                "logo_url": theme.logo_url,
                "favicon_url": theme.favicon_url,
            },
        )
    return config


def render_page(
    *,
    view: str,
    room: MeetingRoom | None = None,
    is_host: bool = False,
    status: int = 200,
    embed_domains: Sequence[str] = (),
) -> web.Response:
    """The one meeting page template filled for ``view``; only ``embed_domains``
    (origins, :mod:`launcher.server.embedding`) may show it in a frame."""
    config = page_config(view, room, is_host=is_host)
    title = room.display_name if room is not None and view == "lobby" else "Meeting"
    # JSON inside <script>: escape what could end the element or start markup.
    data = json.dumps(config, ensure_ascii=False)
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    body = (
        _template()
        .replace(
            "{{lang}}", html.escape(room.language if room and room.language != "default" else "en")
        )
        .replace("{{title}}", html.escape(title))
        .replace("{{assets}}", ASSETS_PATH)
        .replace("{{config}}", data)
    )
    headers = dict(_SECURITY_HEADERS)
    headers["Content-Security-Policy"] += "; " + frame_ancestors(embed_domains)
    return web.Response(text=body, status=status, content_type="text/html", headers=headers)


@cache
def _template() -> str:
    return resource_path("meeting", "room.html").read_text(encoding="utf-8")
