"""The launcher's per-user folders (platformdirs), apart from the settings file code:
the desktop app needs the data folder (its instance lock) before its first frame."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "meeting-launcher"


def default_config_dir() -> Path:
    """platformdirs' per-user config directory for the launcher."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_data_dir() -> Path:
    """platformdirs' per-user data directory for the launcher."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_cache_dir() -> Path:
    """platformdirs' per-user cache directory for the launcher: what may be deleted."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
