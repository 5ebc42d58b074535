"""Write the WiX fragment that lists every file of the PyInstaller folder.

    python packaging/windows/wix_files.py dist/meeting-launcher build/AppFiles.wxs

The fragment (WiX v4 namespace; WiX v5 and v6 read it too) has one component per
file, each in its ``Directory`` under ``INSTALLFOLDER``, and the component group
``AppFiles`` that packaging/windows/meeting-launcher.wxs puts in its feature. File
sources are ``$(var.SourceDir)\\<relative path>``, so ``wix build -d SourceDir=...``
says where the folder is. Ids are derived from the relative path, so the same file
keeps its component (and its generated component GUID) from one version to the
next. This replaces WiX's ``heat``, which is deprecated and not part of the
``wix`` .NET tool; being plain Python it is also checked on Linux (with ``wixl``,
tests/packaging/test_desktop_builds.py).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree as ET

NAMESPACE = "http://wixtoolset.org/schemas/v4/wxs"
ROOT_DIRECTORY = "INSTALLFOLDER"
GROUP = "AppFiles"


def _id(prefix: str, relative: PurePosixPath) -> str:
    """A WiX identifier (at most 72 characters) that depends only on the path."""
    digest = hashlib.sha256(relative.as_posix().encode("utf-8")).hexdigest()[:24]
    return f"{prefix}{digest}"


def fragment(folder: Path) -> ET.Element:
    """The ``<Wix>`` element listing every file under ``folder``."""
    if not folder.is_dir():
        raise SystemExit(f"wix_files.py: {folder} is not a folder (run PyInstaller first)")
    ET.register_namespace("", NAMESPACE)

    def tag(name: str) -> str:
        return f"{{{NAMESPACE}}}{name}"

    wix = ET.Element(tag("Wix"))
    frag = ET.SubElement(wix, tag("Fragment"))
    root = ET.SubElement(frag, tag("DirectoryRef"), Id=ROOT_DIRECTORY)
    group = ET.SubElement(frag, tag("ComponentGroup"), Id=GROUP)
    directories: dict[PurePosixPath, ET.Element] = {PurePosixPath("."): root}

    def directory(relative: PurePosixPath) -> ET.Element:
        if relative not in directories:
            parent = directory(relative.parent)
            directories[relative] = ET.SubElement(
                parent, tag("Directory"), Id=_id("d", relative), Name=relative.name
            )
        return directories[relative]

    files = sorted(
        (PurePosixPath(path.relative_to(folder).as_posix()) for path in folder.rglob("*")
         if path.is_file()),
        key=lambda p: p.parts,
    )  # fmt: skip
    if not files:
        raise SystemExit(f"wix_files.py: {folder} holds no files")
    for relative in files:
        component = ET.SubElement(
            directory(relative.parent), tag("Component"), Id=_id("c", relative), Guid="*"
        )
        source = "$(var.SourceDir)\\" + "\\".join(relative.parts)
        ET.SubElement(component, tag("File"), Id=_id("f", relative), Source=source, KeyPath="yes")
        ET.SubElement(group, tag("ComponentRef"), Id=_id("c", relative))
    return wix


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the PyInstaller folder (dist/meeting-launcher)")
    parser.add_argument("output", type=Path, help="the .wxs fragment to write")
    args = parser.parse_args(argv)
    tree = ET.ElementTree(fragment(args.folder))
    ET.indent(tree)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    tree.write(args.output, encoding="utf-8", xml_declaration=True)
    count = sum(1 for _ in tree.iter(f"{{{NAMESPACE}}}File"))
    print(f"wix_files.py: {count} files -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
