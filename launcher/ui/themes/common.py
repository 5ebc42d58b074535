"""What the themes window, the editor and the apply dialog share: names and contrast notes."""

from __future__ import annotations

import re
from typing import Any

from launcher.core import themes as rules
from launcher.ui.i18n import themes

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)


def theme_title(theme: Any) -> str:
    """How a theme is named in lists: a theme created elsewhere without a name got a
    uuid from the API, and its brand text says more."""
    name = theme.theme_name or ""
    if not name or _UUID.match(name):
        return str(theme.brand_text or name or theme.theme_id)
    return str(name)


def contrast_notes(main_color: str) -> list[str]:
    """Warnings about how readable the main colour is on the meeting page (may be empty)."""
    check = rules.brand_contrast(main_color)
    notes = []
    if not check.meets_aa:
        notes.append(
            themes.tr(
                "Text on this colour is hard to read: contrast {ratio:.1f}:1, below the 4.5:1 "
                "that WCAG AA asks for (buttons and initials use it)."
            ).format(ratio=check.ratio)
        )
    if not check.stands_out:
        notes.append(
            themes.tr(
                "Buttons in this colour hardly stand out from the meeting page's dark "
                "background ({ratio:.1f}:1, at least 3:1 recommended)."
            ).format(ratio=check.background_ratio)
        )
    return notes
