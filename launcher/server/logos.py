"""Theme logos: the checks finalizeLogos applies.

Rules: PNG, at most 1 MB, transparent background (all four corner pixels
fully transparent), logos 1-300 px each side, favicon square 16-32 px. The PNG
reading lives in :mod:`launcher.images`, shared with the launcher's own checks
before upload, so both sides apply the same reading of the rules.
"""

from __future__ import annotations

from launcher.images import (
    LOGO_TYPES,
    MAX_LOGO_BYTES,
    PNG_SIGNATURE,
    NotPng,
    PngInfo,
    logo_problem,
    png_problem,
    read_png,
)

__all__ = [
    "LOGO_TYPES",
    "MAX_LOGO_BYTES",
    "PNG_SIGNATURE",
    "NotPng",
    "PngInfo",
    "logo_problem",
    "png_problem",
    "read_png",
]
