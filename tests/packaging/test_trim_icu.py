"""packaging/trim_icu.py: Qt keeps working on the trimmed ICU data, which is much smaller."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from trim_icu import drops, trim_icudata  # noqa: E402

LANGUAGES = ("en", "fr", "de", "it", "es")
QT_LIB = Path(PySide6.__file__).parent / "Qt" / "lib"

PROBE = """
import sys
from PySide6.QtCore import QCollator, QCoreApplication, QLocale
app = QCoreApplication(sys.argv)
words = ["Zebra", "Äpfel", "apfel", "Ofen", "Öl", "oeuf", "œuvre", "Ñu", "nube"]
for name in ("de_DE", "fr_FR", "es_ES", "it_IT", "en_GB", "sv_SE"):
    print(name, sorted(words, key=QCollator(QLocale(name)).sortKey))
de, tr, fr = QLocale("de_DE"), QLocale("tr_TR"), QLocale("fr")
print(de.toUpper("straße"), tr.toUpper("i"), fr.toLower("ÉTÉ"))
"""


def run_probe(library_dir: Path | None) -> str:
    env = dict(os.environ)
    if library_dir is not None:
        env["LD_LIBRARY_PATH"] = str(library_dir)  # found before the wheel's own (RUNPATH)
    proc = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    return proc.stdout


def test_item_choice() -> None:
    keep = frozenset(LANGUAGES)
    assert drops("ibm-943_P15A-2003.cnv", keep)
    assert drops("translit/de_ASCII.res", keep)
    assert drops("ja.res", keep) and drops("coll/zh_Hant.res", keep)
    assert drops("sr_Latn_BA.res", keep)
    kept = ["root.res", "pool.res", "res_index.res", "de_CH.res", "coll/es_419.res", "en_001.res"]
    assert not [item for item in kept if drops(item, keep)]
    assert not drops("zoneinfo64.res", keep) and not drops("supplementalData.res", keep)
    assert not drops("brkitr/thaidict.dict", keep) and not drops("uprops.icu", keep)


def test_qt_collates_and_maps_case_the_same_on_trimmed_data(tmp_path: Path) -> None:
    (original,) = QT_LIB.glob("libicudata.so.[0-9]*")
    trimmed = trim_icudata(original, tmp_path, LANGUAGES)
    assert trimmed.name == original.name
    assert trimmed.stat().st_size < original.stat().st_size // 3
    soname = subprocess.run(["objdump", "-p", str(trimmed)], capture_output=True, text=True)
    assert f"SONAME               {original.name}" in soname.stdout
    before, after = run_probe(None), run_probe(trimmed.parent)
    # The kept languages collate exactly as before; a dropped one (Swedish) falls
    # back to the root collation, which still sorts.
    kept_lines = [line for line in before.splitlines() if not line.startswith("sv_SE")]
    assert kept_lines == [line for line in after.splitlines() if not line.startswith("sv_SE")]
    assert "STRASSE İ été" in after
