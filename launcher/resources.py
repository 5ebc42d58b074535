"""Where the app's resources/ folder is, from source and in a packaged build.

Every module that loads an icon, a translation or a meeting page asset goes
through :func:`resource_path`, so that the one place knowing about PyInstaller
is here. No Qt: the server uses it too.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """The folder holding icons/, meeting/ and translations/.

    In a PyInstaller build the spec copies resources/ into the bundle's data
    folder, which the bootloader publishes as ``sys._MEIPASS`` (``_internal/``
    beside the executable; ``Contents/Frameworks`` in a macOS app bundle, whose
    data files PyInstaller links there). From a checkout it is the repository's
    resources/ next to the launcher package.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a file or folder under resources/, e.g. ``resource_path("icons", "x.svg")``.

    The path is not checked for existence: callers decide whether a missing
    optional resource (a translation, say) is an error.
    """
    return resources_root().joinpath(*parts)
