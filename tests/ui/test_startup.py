"""Start-up: PySide6's per-import check without reading sources; the first frame."""

from __future__ import annotations

import json
import linecache
import subprocess
import sys
from pathlib import Path

import pytest

from launcher.bootstrap import lighten_pyside_imports, module_uses_pyside
from tests.helpers.desktop import exit_when_shown_env


def _feature_dict() -> dict[str, int]:
    for name in ("shibokensupport.feature", "PySide6.support.feature"):
        module = sys.modules.get(name)
        if module is not None:
            return dict(module.pyside_feature_dict)
    raise AssertionError("PySide6's feature module is not loaded")


def test_imports_are_classified_from_the_namespace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert lighten_pyside_imports()
    (tmp_path / "startup_probe_qt.py").write_text(
        "from PySide6.QtCore import QObject\n\nclass Probe(QObject):\n    pass\n"
    )
    (tmp_path / "startup_probe_plain.py").write_text("import json\n\nVALUE = json.dumps(1)\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    # Through __import__ (the import statement), which PySide6 hooks; importlib's
    # import_module bypasses it.
    qt = __import__("startup_probe_qt")
    plain = __import__("startup_probe_plain")
    try:
        flags = _feature_dict()
        # 0: "uses PySide" (features apply), -1: not; what the source scan answered.
        assert flags["startup_probe_qt"] == 0
        assert flags["startup_probe_plain"] == -1
        # The sources were not read (nor kept) to find that out.
        assert str(tmp_path / "startup_probe_qt.py") not in linecache.cache
        assert str(tmp_path / "startup_probe_plain.py") not in linecache.cache
        assert module_uses_pyside(qt) and not module_uses_pyside(plain)
    finally:
        sys.modules.pop("startup_probe_qt", None)
        sys.modules.pop("startup_probe_plain", None)


def test_an_object_raising_on_attribute_access_is_not_pyside() -> None:
    class Odd:
        def __getattribute__(self, name: str) -> object:
            raise RuntimeError(name)

    module = type(sys)("startup_probe_odd")
    module.odd = Odd()  # type: ignore[attr-defined]
    assert not module_uses_pyside(module)


# -- the first frame -------------------------------------------------------------------------

FIRST_FRAME_PROBE = r"""
import enum, json, os, sys
created = []
original = enum.EnumType._create_

def record(cls, class_name, *args, **kwargs):
    created.append(class_name)
    return original(cls, class_name, *args, **kwargs)

enum.EnumType._create_ = record
import builtins
real_print = builtins.print

def probe_print(*args, **kwargs):
    if args and str(args[0]).startswith("shown"):
        real_print(json.dumps(created), flush=True)
    real_print(*args, **kwargs)

builtins.print = probe_print
from launcher.__main__ import main
main([])
"""


def test_the_first_frame_builds_no_qt_namespace(tmp_path: Path) -> None:
    """Nothing before the window's first paint uses ``Qt.*``: PySide6 would build that
    whole namespace (every enum in it, some 20 ms of start-up) at its first use."""
    result = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME_PROBE],
        env=exit_when_shown_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    lines = result.stdout.splitlines()
    shown = [n for n, line in enumerate(lines) if line.startswith("shown")]
    assert result.returncode == 0 and shown, result.stderr
    assert lines[-1].startswith("finished")
    created = json.loads(lines[shown[0] - 1])  # what existed when "shown" was printed
    assert "ItemDataRole" in QT_NAMESPACE_ENUMS  # the probe's names are Qt's
    assert len(created) > 20  # the probe saw PySide6 make enums (QEvent.Type, ...)
    built = sorted(set(created) & QT_NAMESPACE_ENUMS)
    assert built == [], f"the Qt namespace was built before the first frame: {built[:5]}"
    # PySide6's support code, compiled at this first start, is kept for the next one
    # (tests/test_bootstrap.py).
    assert (tmp_path / "cache" / "meeting-launcher" / "pyside-bootstrap.marshal").is_file()


QT_NAMESPACE_ENUMS = {
    "AlignmentFlag",
    "ApplicationAttribute",
    "CursorShape",
    "ItemDataRole",
    "Orientation",
    "ScrollBarPolicy",
    "ShortcutContext",
    "WidgetAttribute",
}


def test_item_roles_are_qt_values() -> None:
    from PySide6.QtCore import Qt

    from launcher.ui import rooms_model

    assert Qt.ItemDataRole.DisplayRole.value == rooms_model.DISPLAY_ROLE
    assert Qt.ItemDataRole.ToolTipRole.value == rooms_model.TOOLTIP_ROLE
    assert Qt.ItemDataRole.ForegroundRole.value == rooms_model.FOREGROUND_ROLE
    assert Qt.ItemDataRole.UserRole.value == rooms_model.USER_ROLE


def test_opengl_contexts_are_shared_before_the_application_exists() -> None:
    """web.before_qapplication sets Qt::AA_ShareOpenGLContexts (which QtWebEngine,
    imported later, needs) through QtCore's own function on Linux."""
    script = (
        "from launcher import web\n"
        "assert web._share_opengl_contexts_natively() is True\n"
        "web.before_qapplication()\n"
        "from PySide6.QtCore import QCoreApplication, Qt\n"
        "share = Qt.ApplicationAttribute.AA_ShareOpenGLContexts\n"
        "assert web.AA_SHARE_OPENGL_CONTEXTS == share.value\n"
        "print(QCoreApplication.testAttribute(share))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"
