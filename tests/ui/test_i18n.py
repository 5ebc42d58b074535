"""The window's sentences reach a translation catalogue under the context the app
looks them up in: pyside6-lupdate over launcher/ui, compared with launcher.ui.i18n."""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from launcher import cli_i18n
from launcher.ui import i18n

UI = Path(__file__).resolve().parents[2] / "launcher" / "ui"


def _catalogue(tmp_path: Path) -> dict[str, set[str]]:
    """context -> the files its messages came from, as pyside6-lupdate collects them."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    ts = tmp_path / "launcher.ts"
    sources = sorted(str(path) for path in UI.rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(ts)], check=True, capture_output=True, timeout=120
    )
    found: dict[str, set[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for location in context.iter("location"):
            found.setdefault(name, set()).add(Path(location.get("filename", "")).name)
    return found


def _classes() -> set[str]:
    return {
        node.name
        for path in UI.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef)
    }


def test_each_translator_is_named_after_its_context() -> None:
    translators = {
        name: value for name, value in vars(i18n).items() if isinstance(value, i18n.Translator)
    }
    assert translators
    assert all(value.context == name for name, value in translators.items())


def test_lupdate_collects_every_sentence_under_a_context_the_app_uses(tmp_path: Path) -> None:
    catalogue = _catalogue(tmp_path)
    assert "" not in catalogue, f"sentences without a context in {sorted(catalogue[''])}"
    translators = {
        value.context for value in vars(i18n).values() if isinstance(value, i18n.Translator)
    }
    # Every context is a translator of launcher.ui.i18n, a widget class (self.tr()), one
    # named in a literal QCoreApplication.translate("window", …) call, or one of the
    # command line's (launcher.cli_i18n: "Meeting Launcher is already running.").
    known = translators | _classes() | {"window", "errors"} | set(cli_i18n.CONTEXTS)
    unknown = set(catalogue) - known
    assert not unknown, unknown
    assert {"editor.py", "apply.py", "common.py"} <= catalogue["themes"]
    assert "errors.py" in catalogue["errors"]
    assert "form.py" in catalogue["accounts"]
