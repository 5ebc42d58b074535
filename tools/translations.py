"""The window's translation catalogues, with Qt's own tools from the PySide6 wheel.

    python tools/translations.py update    # sources -> resources/translations/*.ts
    python tools/translations.py release   # *.ts -> *.qm (those older than their .ts)

``update`` runs pyside6-lupdate over every module of launcher/ (the window's and the
command line's sentences, launcher.cli_i18n): sentences found for
the first time come in as unfinished (for a translator, e.g. in pyside6-linguist),
translations of unchanged sentences stay, sentences no longer in the code go.
English is the source language; its catalogue holds only the plural forms ("%n
room(s)" -> "1 room", "2 rooms"). ``release`` compiles them with pyside6-lrelease;
``./run app``, ``./run tests`` and packaging/build call it, and the .qm files are
not tracked. ``./run translations`` does both.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
CATALOGUE = "meeting-launcher"
LANGUAGES = ("en", "fr", "de", "it", "es")  # launcher.ui.i18n.LANGUAGES (no Qt here)


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def ts_path(language: str) -> Path:
    return FOLDER / f"{CATALOGUE}_{language}.ts"


_USES_TR = re.compile(r"(?<![\w])tr\(|\.tr\(|\btranslate\(|\bQT_TRANSLATE_NOOP\(")


def sources() -> list[str]:
    """The modules of launcher/ that look sentences up (tr() or translate())."""
    return sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "launcher").rglob("*.py")
        if _USES_TR.search(path.read_text(encoding="utf-8"))
    )


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    files = sources()
    for language in LANGUAGES:
        options = ["-pluralonly"] if language == "en" else []
        subprocess.run(  # noqa: S603  Qt's tools from this venv, no shell
            [
                _tool("pyside6-lupdate"),
                *files,
                "-no-obsolete",
                "-locations",
                "relative",
                "-source-language",
                "en",
                "-target-language",
                language,
                *options,
                "-ts",
                str(ts_path(language).relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )


def release(*, force: bool = False) -> list[Path]:
    """Compile each .ts whose .qm is missing or older; the .qm files written."""
    written = []
    for language in LANGUAGES:
        ts = ts_path(language)
        qm = ts.with_suffix(".qm")
        if not ts.exists():
            continue
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run(  # noqa: S603  Qt's tools from this venv, no shell
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True,
        )
        written.append(qm)
    return written


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        update()
        release(force=True)
    elif command == "release":
        release(force="--force" in argv)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
