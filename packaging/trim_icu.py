"""Trim the ICU data library Qt links (libicudata.so.NN) to the languages the app ships.

PySide6's wheels bring ICU for QtCore with all of ICU's data: 32 MB, more than any
other piece of the build but QtWebEngine. Qt uses it for collation, case mapping
and legacy text codecs; Chromium inside QtWebEngine has its own ICU data
(icudtl.dat), which is left alone. This keeps, as browsers do with their ICU:

- every item that is not per-locale (properties, normalization, time zones,
  supplemental data, break rules and their dictionaries);
- the per-locale resources of ``root`` and of the kept languages with all their
  regional variants (de_CH, es_419, en_GB, ...);

and drops the per-locale resources of every other language, all legacy charset
converters (``*.cnv``: Qt decodes UTF-8/16/32 and Latin-1 without ICU, and the
app uses nothing else) and the transliterators (never used by Qt).

The result is a new ``libicudata.so.NN``: the same soname and the one exported
symbol (``icudtNN_dat``) over the trimmed package, assembled with binutils' ``as``
and ``ld``. ``icupkg`` (Debian: icu-devtools) edits the package; it checks that
no kept item depends on a dropped one.
"""

# A build tool: it runs binutils and icupkg by name, on the build's own files.
# ruff: noqa: S603, S607
from __future__ import annotations

import re
import subprocess
from pathlib import Path

KEEP_NAMES = frozenset({"root", "pool", "res_index"})
_LOCALE = re.compile(r"^([a-z]{2,3})(?:_[A-Za-z0-9]+)*$")


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, file offset and size in ``library`` (ELF, via objdump)."""
    symbols = subprocess.run(
        ["objdump", "-T", str(library)], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(r"^([0-9a-f]+)\s.*\.rodata\s+([0-9a-f]+)\s+(icudt\d+_dat)$", symbols, re.M)
    if match is None:
        raise ValueError(f"{library}: no icudtNN_dat symbol; not an ICU data library")
    address, size, name = int(match.group(1), 16), int(match.group(2), 16), match.group(3)
    sections = subprocess.run(
        ["objdump", "-h", str(library)], capture_output=True, text=True, check=True
    ).stdout
    rodata = re.search(r"\.rodata\s+[0-9a-f]+\s+([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)", sections)
    if rodata is None:
        raise ValueError(f"{library}: no .rodata section")
    vma, file_offset = int(rodata.group(1), 16), int(rodata.group(2), 16)
    return name, address - vma + file_offset, size


def drops(item: str, languages: frozenset[str]) -> bool:
    """Whether package item ``tree/name.ext`` goes (see the module docstring)."""
    tree, _, filename = item.rpartition("/")
    base, _, ext = filename.rpartition(".")
    if ext == "cnv" or tree == "translit":
        return True
    if ext == "res" and base not in KEEP_NAMES:
        locale = _LOCALE.match(base)
        return locale is not None and locale.group(1) not in languages
    return False


def trim_icudata(library: Path, workdir: Path, languages: tuple[str, ...]) -> Path:
    """A trimmed copy of ICU data ``library``, written under ``workdir``; returns its path."""
    symbol, offset, size = _data_symbol(library)
    version = re.sub(r"\D", "", symbol)
    package = f"icudt{version}l"  # icupkg names items after the file: keep the name
    src_dir, out_dir = workdir / "icu-in", workdir / "icu-out"
    src_dir.mkdir(parents=True, exist_ok=True)
    out_dir.mkdir(parents=True, exist_ok=True)
    with library.open("rb") as fh:
        fh.seek(offset)
        (src_dir / f"{package}.dat").write_bytes(fh.read(size))

    listing = subprocess.run(
        ["icupkg", "-l", f"{package}.dat"],
        cwd=src_dir,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    keep = frozenset(languages)
    (workdir / "icu-remove.txt").write_text(
        "".join(f"{item}\n" for item in listing if drops(item, keep)), encoding="utf-8"
    )
    trimmed = out_dir / f"{package}.dat"
    trimmed.unlink(missing_ok=True)
    subprocess.run(
        ["icupkg", "-r", str(workdir / "icu-remove.txt"), f"{package}.dat", str(trimmed)],
        cwd=src_dir,
        capture_output=True,
        text=True,
        check=True,
    )

    assembly = workdir / "icudata.s"
    assembly.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, @object\n"
        "\t.balign 16\n"
        f"{symbol}:\n"
        f'\t.incbin "{trimmed}"\n'
        f"\t.size {symbol}, . - {symbol}\n"
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="utf-8",
    )
    soname = library.name
    out = workdir / "icu-lib" / soname
    out.parent.mkdir(exist_ok=True)
    subprocess.run(["as", "--64", "-o", str(workdir / "icudata.o"), str(assembly)], check=True)
    subprocess.run(
        ["ld", "-shared", "-soname", soname, "--hash-style=gnu", "-z", "noexecstack",
         "-o", str(out), str(workdir / "icudata.o")],
        check=True,
    )  # fmt: skip
    return out
