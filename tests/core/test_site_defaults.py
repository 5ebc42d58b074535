"""The administrator's default server, as packaging/README.md documents it."""

from __future__ import annotations

from pathlib import Path

from launcher.core.site_defaults import default_server


def _write(directory: Path, text: str) -> None:
    (directory / "meeting-launcher").mkdir(parents=True)
    (directory / "meeting-launcher" / "defaults.ini").write_text(text, encoding="utf-8")


def test_first_xdg_config_dir_with_a_value_wins(tmp_path: Path) -> None:
    first, second, empty = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    _write(empty, "[defaults]\nserver =\n")
    _write(second, "[defaults]\nserver = https://meet.office.lan:8443\n")
    _write(first, "[other]\nserver = https://wrong.example\n")
    dirs = ":".join(str(d) for d in (empty, first, second))
    assert default_server({"XDG_CONFIG_DIRS": dirs}) == "https://meet.office.lan:8443"


def test_none_when_nothing_is_configured_or_the_file_is_broken(tmp_path: Path) -> None:
    assert default_server({"XDG_CONFIG_DIRS": str(tmp_path)}) is None
    _write(tmp_path, "this is not an ini file\n[defaults\n")
    assert default_server({"XDG_CONFIG_DIRS": str(tmp_path)}) is None
