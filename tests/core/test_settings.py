"""The settings file: atomic, private, tolerant of damage and of newer fields."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from launcher.core.settings import SettingsFile


def test_save_is_private_and_atomic(tmp_path: Path) -> None:
    settings = SettingsFile(tmp_path / "cfg")
    data = settings.load()
    data["local_server"]["port"] = 40123
    data["from_a_newer_version"] = {"kept": True}
    settings.save(data)
    assert stat.S_IMODE(settings.path.stat().st_mode) == 0o600
    assert [p.name for p in settings.config_dir.iterdir()] == ["settings.json"]  # no temp left
    again = settings.load()
    assert again["local_server"]["port"] == 40123
    assert again["from_a_newer_version"] == {"kept": True}
    assert again["accounts"] == []


def test_damaged_file_is_moved_aside(tmp_path: Path) -> None:
    settings = SettingsFile(tmp_path)
    settings.path.write_text("{ not json", encoding="utf-8")
    data = settings.load()
    assert data["accounts"] == [] and data["default_account"] is None
    assert (tmp_path / "settings.json.broken").read_text(encoding="utf-8") == "{ not json"
    settings.save(data)
    assert json.loads(settings.path.read_text(encoding="utf-8"))["version"] == 1
