"""The settings file: non-secret preferences and account descriptions, as JSON.

``<config dir>/settings.json``, written atomically (a temporary file in the
same directory, flushed and fsynced, then ``os.replace``) with mode 0600 so a
crash never leaves half a file. It never holds an application id, a key or a
token: those live in the keyring (:mod:`launcher.core.credentials`).

Shape (version 1)::

    {"version": 1,
     "default_account": "<account key>" | null,
     "accounts": [{"key", "name", "server_url", "ca_file", "meeting_origin", "is_local"}],
     "local_server": {"port": 0, "lan": false}}

Unknown keys are kept when the file is rewritten (a newer launcher's fields
survive an older one). A file that cannot be parsed is renamed aside to
``settings.json.broken`` and treated as empty, with a warning in the log.
"""

from __future__ import annotations

import contextlib
import copy
import json
import logging
import os
import tempfile
import threading
from pathlib import Path
from typing import Any

from launcher.core.paths import APP_NAME, default_config_dir, default_data_dir

__all__ = ["APP_NAME", "SettingsFile", "default_config_dir", "default_data_dir"]

log = logging.getLogger(__name__)

VERSION = 1


def _empty() -> dict[str, Any]:
    return {
        "version": VERSION,
        "default_account": None,
        "accounts": [],
        "local_server": {"port": 0, "lan": False},
    }


class SettingsFile:
    """Load-modify-save access to ``settings.json``; thread-safe within a process.

    Every :meth:`load` reads the file again, so a command-line change made by
    another process is seen by the next operation.
    """

    def __init__(self, config_dir: Path) -> None:
        self.config_dir = config_dir
        self.path = config_dir / "settings.json"
        self.lock = threading.RLock()

    def load(self) -> dict[str, Any]:
        """The current contents (a fresh copy, defaults filled in)."""
        with self.lock:
            try:
                raw = self.path.read_text(encoding="utf-8")
            except FileNotFoundError:
                return _empty()
            try:
                data = json.loads(raw)
                if not isinstance(data, dict):
                    raise ValueError("not an object")
            except ValueError as exc:
                aside = self.path.with_name(self.path.name + ".broken")
                log.warning("settings file unreadable (%s); moved to %s", exc, aside)
                os.replace(self.path, aside)
                return _empty()
        merged = _empty()
        merged.update(data)
        if not isinstance(merged.get("accounts"), list):
            merged["accounts"] = []
        if not isinstance(merged.get("local_server"), dict):
            merged["local_server"] = _empty()["local_server"]
        return copy.deepcopy(merged)

    def save(self, data: dict[str, Any]) -> None:
        """Write ``data`` atomically with mode 0600."""
        text = json.dumps(data, indent=2, sort_keys=True) + "\n"
        with self.lock:
            self.config_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=self.config_dir)
            try:
                # mkstemp already creates 0600; say it again for filesystems that differ.
                if hasattr(os, "fchmod"):  # not on Windows before 3.13
                    os.fchmod(fd, 0o600)
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(text)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(tmp, self.path)
            except BaseException:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp)
                raise
