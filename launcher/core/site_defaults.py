"""Defaults an administrator sets at install time: the office's Meetings server.

Read in this order, the first value found wins (packaging/README.md, "Default
server"):

- Windows: ``DefaultServer`` (REG_SZ) under ``HKLM\\SOFTWARE\\Policies\\MeetingLauncher``
  (the MSI's ``DEFAULTSERVER=``), ``HKCU\\SOFTWARE\\Policies\\MeetingLauncher``, then
  ``HKCU\\SOFTWARE\\MeetingLauncher`` (the per-user installer's ``/SERVER=``).
- Linux and other XDG systems: ``server`` in ``[defaults]`` of
  ``meeting-launcher/defaults.ini`` in ``$XDG_CONFIG_DIRS`` (default ``/etc/xdg``).
- macOS: the same file at ``/Library/Application Support/Meeting Launcher/defaults.ini``.

The value only pre-fills the server address when someone adds an account: the
application id and key still come from IT, and nothing is trusted silently.
"""

from __future__ import annotations

import configparser
import logging
import os
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

log = logging.getLogger(__name__)

_REGISTRY_KEYS = (
    ("HKEY_LOCAL_MACHINE", r"SOFTWARE\Policies\MeetingLauncher"),
    ("HKEY_CURRENT_USER", r"SOFTWARE\Policies\MeetingLauncher"),
    ("HKEY_CURRENT_USER", r"SOFTWARE\MeetingLauncher"),
)
_MACOS_FILE = Path("/Library/Application Support/Meeting Launcher/defaults.ini")


def defaults_files(environ: Mapping[str, str] | None = None) -> list[Path]:
    """The ``defaults.ini`` files consulted on this platform, first wins."""
    env = os.environ if environ is None else environ
    if sys.platform == "darwin":
        return [_MACOS_FILE]
    dirs = env.get("XDG_CONFIG_DIRS") or "/etc/xdg"
    return [Path(d) / "meeting-launcher" / "defaults.ini" for d in dirs.split(os.pathsep) if d]


def _from_files(paths: Iterable[Path]) -> str | None:
    for path in paths:
        parser = configparser.ConfigParser()
        try:
            if not parser.read(path, encoding="utf-8"):
                continue
        except (OSError, configparser.Error, UnicodeDecodeError) as exc:
            log.warning("ignoring unreadable %s: %s", path, exc)
            continue
        value = parser.get("defaults", "server", fallback="").strip()
        if value:
            return value
    return None


def _from_registry() -> str | None:
    if sys.platform != "win32":  # mypy checks the Windows branch only on Windows
        return None
    import winreg

    for hive_name, subkey in _REGISTRY_KEYS:
        try:
            with winreg.OpenKey(getattr(winreg, hive_name), subkey) as key:
                value, kind = winreg.QueryValueEx(key, "DefaultServer")
        except OSError:
            continue
        if kind == winreg.REG_SZ and str(value).strip():
            return str(value).strip()
    return None


def default_server(environ: Mapping[str, str] | None = None) -> str | None:
    """The administrator's default server URL, or None."""
    if sys.platform == "win32":
        return _from_registry()
    return _from_files(defaults_files(environ))
