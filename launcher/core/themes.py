"""Theme rules the launcher checks before it talks to the server. No Qt.

- Images: the API's logo rules (:mod:`launcher.images`), with every failed rule
  named and the measured values kept, so the window can say what to change.
- Colours: ``main_color`` as the API accepts it, and the WCAG 2.x contrast of the
  text the meeting page puts on the main colour (buttons, avatars). The page
  chooses that text colour itself (``resources/meeting/theme.js``);
  :func:`on_brand_color` mirrors its rule so the warning matches what guests see.
- Short company URL: the API's pattern and length, and the guest link it makes.

Codes, not sentences: user-facing text lives in the UI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from launcher.images import MAX_LOGO_BYTES, PNG_SIGNATURE, NotPng, logo_problems, read_png

__all__ = [
    "AA_NON_TEXT",
    "AA_NORMAL_TEXT",
    "LOGO_KINDS",
    "MAX_BRAND_TEXT",
    "MAX_SHORT_URL",
    "MAX_THEME_NAME",
    "PAGE_BACKGROUND",
    "ContrastCheck",
    "ImageCheck",
    "brand_contrast",
    "check_image",
    "check_image_file",
    "contrast_ratio",
    "example_guest_link",
    "normalize_color",
    "on_brand_color",
    "parse_color",
    "relative_luminance",
    "short_url_problem",
]

#: The three theme images, in the order the form shows them.
LOGO_KINDS = ("colored", "white", "favicon")
MAX_THEME_NAME = 200
MAX_BRAND_TEXT = 200
MAX_SHORT_URL = 128
#: WCAG 2.x level AA for normal-size text.
AA_NORMAL_TEXT = 4.5
#: WCAG 2.x 1.4.11: buttons and other controls against what surrounds them.
AA_NON_TEXT = 3.0
#: Read at most this much of a chosen file: enough to see it is too large.
_READ_LIMIT = MAX_LOGO_BYTES * 8

_COLOR_RE = re.compile(r"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
# The API's pattern (API-NOTES.md): allowed characters, and at least one that is
# not a digit (an all-digit path would read as a meeting code).
_SHORT_URL_CHARS = re.compile(r"^[a-zA-Z0-9_~-]+$")
_SHORT_URL_NON_DIGIT = re.compile(r"[a-zA-Z_~-]")

# theme.js: text on the brand colour is near-black above this luminance, else white.
_PAGE_DARK_TEXT = "#111318"
_PAGE_LIGHT_TEXT = "#ffffff"
_PAGE_LUMINANCE_SWITCH = 0.45
# meeting.css --bg: the dark page the brand-coloured buttons sit on.
PAGE_BACKGROUND = "#0f1115"


# ------------------------------------------------------------------ images


@dataclass(frozen=True)
class ImageCheck:
    """The result of checking one image against the API's rules for ``kind``.

    ``problems`` holds finalizeLogos ``invalidProperty`` codes: ``exceeds_size``,
    ``type``, ``dimensions``, ``transparent_bg``; empty when the image is fine.
    ``width``/``height`` are None when the file is not a readable PNG.
    """

    kind: str
    size: int
    width: int | None
    height: int | None
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_image(data: bytes, kind: str) -> ImageCheck:
    """Check ``data`` as the ``kind`` image (``colored``, ``white`` or ``favicon``)."""
    if kind not in LOGO_KINDS:
        raise ValueError(f"unknown image kind {kind!r}")
    width: int | None = None
    height: int | None = None
    try:
        info = read_png(data)
    except NotPng:
        pass
    else:
        width, height = info.width, info.height
    return ImageCheck(kind, len(data), width, height, tuple(logo_problems(data, kind)))


def check_image_file(path: Path, kind: str) -> tuple[bytes, ImageCheck]:
    """Read ``path`` (blocking: call it off the GUI thread) and check it.

    A huge file is not read whole: the first bytes past the limit are enough to
    name the size problem (and to tell whether it is a PNG at all).
    """
    with path.open("rb") as handle:
        data = handle.read(_READ_LIMIT + 1)
    if len(data) > _READ_LIMIT:
        size = path.stat().st_size
        png = data.startswith(PNG_SIGNATURE)
        problems = ("exceeds_size",) + (() if png else ("type",))
        return b"", ImageCheck(kind, size, None, None, problems)
    return data, check_image(data, kind)


# ------------------------------------------------------------------ colours


def parse_color(value: str) -> tuple[int, int, int] | None:
    """``#RGB`` or ``#RRGGBB`` (the API's forms) as an RGB triple; None otherwise."""
    match = _COLOR_RE.match(value.strip())
    if match is None:
        return None
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def normalize_color(text: str) -> str | None:
    """What a person typed in the hex field as the API's ``#rrggbb``; None if unreadable.

    The leading ``#`` may be left out; ``#RGB`` is expanded.
    """
    value = text.strip()
    if value and not value.startswith("#"):
        value = "#" + value
    rgb = parse_color(value)
    return None if rgb is None else "#{:02x}{:02x}{:02x}".format(*rgb)


def relative_luminance(rgb: tuple[int, int, int]) -> float:
    """WCAG 2.x relative luminance of an sRGB colour (0 black .. 1 white)."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: tuple[int, int, int], second: tuple[int, int, int]) -> float:
    """WCAG contrast ratio of two colours, 1.0 .. 21.0."""
    a, b = relative_luminance(first), relative_luminance(second)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def on_brand_color(main_color: str) -> str:
    """The text colour the meeting page puts on ``main_color`` (as theme.js does)."""
    rgb = parse_color(main_color)
    if rgb is None:
        raise ValueError(f"not a colour: {main_color!r}")
    dark = relative_luminance(rgb) > _PAGE_LUMINANCE_SWITCH
    return _PAGE_DARK_TEXT if dark else _PAGE_LIGHT_TEXT


@dataclass(frozen=True)
class ContrastCheck:
    """The main colour on the meeting page.

    ``ratio``: the page's text on the main colour (buttons, initials), against
    AA for text (4.5:1). ``background_ratio``: the main colour against the dark
    page, against AA for controls (3:1), or a button hardly stands out.
    """

    text_color: str
    ratio: float
    background_ratio: float

    @property
    def meets_aa(self) -> bool:
        return self.ratio >= AA_NORMAL_TEXT

    @property
    def stands_out(self) -> bool:
        return self.background_ratio >= AA_NON_TEXT


def brand_contrast(main_color: str) -> ContrastCheck:
    """Contrast of the page's text on ``main_color`` (buttons, avatars, badges)."""
    rgb = parse_color(main_color)
    if rgb is None:
        raise ValueError(f"not a colour: {main_color!r}")
    text = on_brand_color(main_color)
    text_rgb = parse_color(text)
    page_rgb = parse_color(PAGE_BACKGROUND)
    assert text_rgb is not None and page_rgb is not None
    return ContrastCheck(text, contrast_ratio(rgb, text_rgb), contrast_ratio(rgb, page_rgb))


# ------------------------------------------------------------------ short company URL


def short_url_problem(value: str) -> str | None:
    """Why the API would refuse ``value`` as ``short_company_url``, or None.

    Codes: ``too_long`` (over 128), ``characters`` (only letters, digits, ``_``,
    ``~`` and ``-``), ``needs_letter`` (digits alone). The empty string means
    "no short URL" and is fine.
    """
    if not value:
        return None
    if len(value) > MAX_SHORT_URL:
        return "too_long"
    if not _SHORT_URL_CHARS.match(value):
        return "characters"
    if not _SHORT_URL_NON_DIGIT.search(value):
        return "needs_letter"
    return None


def example_guest_link(
    meeting_origin: str, short_company_url: str | None, meeting_code: str = "123456789"
) -> str:
    """A guest link of a room with this theme: ``{origin}[/{short}]/{meeting_code}``."""
    origin = meeting_origin.rstrip("/")
    if short_company_url:
        return f"{origin}/{short_company_url}/{meeting_code}"
    return f"{origin}/{meeting_code}"
