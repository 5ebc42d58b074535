"""The Info.plist of "Meeting Launcher.app": packaging/macos/Info.plist, versions filled in.

The spec passes :func:`info_plist` to PyInstaller's ``BUNDLE``, which writes it
over its own defaults; tests/packaging/test_desktop_builds.py checks the result
(plistlib, on Linux) for the keys macOS needs.
"""

from __future__ import annotations

import plistlib
from pathlib import Path
from typing import Any

SOURCE = Path(__file__).resolve().with_name("Info.plist")


def info_plist(version: str) -> dict[str, Any]:
    """The keys of Info.plist with ``version`` as both version strings."""
    with SOURCE.open("rb") as fh:
        info: dict[str, Any] = plistlib.load(fh)
    info["CFBundleShortVersionString"] = version
    info["CFBundleVersion"] = version
    return info
