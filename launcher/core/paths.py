"""The launcher's per-user folders, apart from the settings file code: the desktop app
needs the data folder (its instance lock) and the cache folder before its first frame.

The folders are platformdirs' (``user_config_dir`` and so on, app name only). On
Linux they are worked out here by the same XDG rules, because importing platformdirs
costs some 4 ms of every start; tests/core/test_paths.py holds the two to the same
answer for set, empty, relative and absolute variables and home folders. Elsewhere
platformdirs answers.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "meeting-launcher"


def default_config_dir() -> Path:
    """The per-user config directory for the launcher (platformdirs' user_config_dir)."""
    return _user_dir("XDG_CONFIG_HOME", ".config", "user_config_dir")


def default_data_dir() -> Path:
    """The per-user data directory for the launcher (platformdirs' user_data_dir)."""
    return _user_dir("XDG_DATA_HOME", ".local/share", "user_data_dir")


def default_cache_dir() -> Path:
    """The per-user cache directory for the launcher (platformdirs' user_cache_dir):
    what may be deleted."""
    return _user_dir("XDG_CACHE_HOME", ".cache", "user_cache_dir")


def _user_dir(variable: str, under_home: str, platformdirs_name: str) -> Path:
    if not sys.platform.startswith("linux"):
        import platformdirs

        return Path(getattr(platformdirs, platformdirs_name)(APP_NAME, appauthor=False))
    # The XDG variable when it is an absolute path; else under the home folder: HOME
    # when absolute, else the account's home from the password database.
    value = os.environ.get(variable, "")
    if value.startswith("/"):
        return Path(value, APP_NAME)
    home = os.environ.get("HOME", "")
    if not home.startswith("/"):
        import pwd

        home = pwd.getpwuid(os.getuid()).pw_dir
    folder = f"{home.rstrip('/')}/{under_home}"
    if not folder.startswith("/"):
        raise RuntimeError(
            f"could not determine the home directory for ~/{under_home}: "
            "set an absolute HOME or XDG variable"
        )
    return Path(folder, APP_NAME)
