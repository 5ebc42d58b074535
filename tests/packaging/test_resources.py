"""The one resource-path helper: from source here, frozen in test_frozen_build."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from launcher.resources import resource_path


def test_from_source_points_at_the_checkout() -> None:
    svg = resource_path("icons", "meeting-launcher.svg")
    assert svg.is_file()
    assert svg.parent.parent == Path(__file__).resolve().parents[2] / "resources"


def test_frozen_uses_the_bundle_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("meeting", "room.html") == tmp_path / "resources" / "meeting" / "room.html"


def test_does_not_load_qt() -> None:
    code = (
        "import sys, launcher.resources; print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
