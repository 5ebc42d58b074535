"""The desktop app started in a fresh process, as ``python -m launcher`` with no arguments."""

from __future__ import annotations

import os
from pathlib import Path


def exit_when_shown_env(home: Path, **extra: str) -> dict[str, str]:
    """An environment in which the app starts offscreen with ``home`` as its home and
    XDG folders (config, data, cache below it), prints ``shown``/``finished`` and quits;
    bytecode writing on and PySide6's bootstrap cache not switched off, as installed."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("MEETING_LAUNCHER_NO_CODE_CACHE", None)
    env.update(
        LAUNCHER_EXIT_WHEN_SHOWN="1",
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        **extra,
    )
    return env
