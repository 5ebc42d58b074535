"""launcher.ui.startup: PySide6's per-import check without reading sources."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

from launcher.ui.startup import lighten_pyside_imports, module_uses_pyside


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
