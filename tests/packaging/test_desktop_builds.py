"""The Windows and macOS build files, checked here on Linux as far as Linux can.

The builds themselves run on GitHub Actions' Windows and macOS runners
(.github/workflows/desktop-builds.yml); nothing here runs Inno Setup, WiX,
PyInstaller on Windows/macOS, codesign or hdiutil. What is checked:

- the workflow parses, names only files and scripts that exist, runs the frozen
  ``selftest`` of every artefact and uploads the names the build files produce;
  its bash steps parse (``bash -n``);
- the WiX source: built into a real .msi by Debian's ``wixl`` (msitools) together
  with the fragment packaging/windows/wix_files.py writes for a folder shaped like
  the Windows build, then read back with ``msiinfo`` and ``msiextract``. wixl speaks
  WiX v3 and the source is WiX v4, so the test builds from a translated copy
  (:func:`to_wix3`: namespace, ``Package`` -> ``Product``, ``StandardDirectory`` ->
  ``Directory``, ``Bitness`` -> ``Win64``...). wixl drops what it does not know (a
  component's condition, ``Secure``); those are checked in the v4 source itself;
- Info.plist as the spec hands it to PyInstaller (plistlib);
- the Inno Setup script: what it includes exists, its names match the spec's.
"""

from __future__ import annotations

import fnmatch
import importlib.util
import os
import plistlib
import re
import shutil
import subprocess
from pathlib import Path, PurePosixPath, PureWindowsPath
from types import ModuleType
from typing import Any
from xml.etree import ElementTree as ET

import pytest
import yaml

from launcher import __version__

REPO = Path(__file__).resolve().parents[2]


def _load(path: Path) -> ModuleType:
    """A module of packaging/ (not importable as a package: PyPI's ``packaging`` has the name)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


wix_files = _load(REPO / "packaging" / "windows" / "wix_files.py")
info_plist = _load(REPO / "packaging" / "macos" / "info_plist.py").info_plist
WORKFLOW = REPO / ".github" / "workflows" / "desktop-builds.yml"
SPEC = (REPO / "packaging" / "meeting-launcher.spec").read_text()
ISS = REPO / "packaging" / "windows" / "meeting-launcher.iss"
WXS = REPO / "packaging" / "windows" / "meeting-launcher.wxs"
V4 = "http://wixtoolset.org/schemas/v4/wxs"
V3 = "http://schemas.microsoft.com/wix/2006/wi"
UPGRADE_CODE = "{57FE79A8-F156-434B-B839-17B6522FF343}"
# PySide6 6.11's macOS wheels are tagged macosx_13_0 (pip install --dry-run
# --platform macosx_12_0_universal2 finds no 6.11 wheel; macosx_13_0 does).
PYSIDE6_MACOS_MINIMUM = (13, 0)


def _spec_string(name: str) -> str:
    match = re.search(rf'^{name} = "([^"]+)"', SPEC, re.M)
    assert match, name
    return match.group(1)


APP_NAME = _spec_string("APP_NAME")
BUNDLE_ID = _spec_string("BUNDLE_ID")
# The Windows branch of the spec: _exe("meeting-launcher", console=False), ...
WINDOWS_EXES = dict(re.findall(r'_exe\("([\w-]+)", console=(True|False)\)', SPEC))


def workflow() -> dict[str, Any]:
    data: dict[Any, Any] = yaml.safe_load(WORKFLOW.read_text())
    # YAML 1.1 reads the key "on" as true.
    data["on"] = data.pop(True, data.get("on"))
    return data


def steps(job: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = workflow()["jobs"][job]["steps"]
    return found


def scripts(job: str) -> str:
    return "\n".join(step.get("run", "") for step in steps(job))


# --- the workflow -----------------------------------------------------------------


def test_workflow_builds_on_windows_and_macos_runners() -> None:
    data = workflow()
    assert {"workflow_dispatch", "push", "pull_request"} <= set(data["on"])
    assert data["permissions"] == {"contents": "read"}
    jobs = data["jobs"]
    assert jobs["windows"]["runs-on"].startswith("windows-")
    assert jobs["macos"]["runs-on"].startswith("macos-")
    requires = re.search(
        r'requires-python = ">=(\d+)\.(\d+)"', (REPO / "pyproject.toml").read_text()
    )
    assert requires
    python = tuple(int(n) for n in data["env"]["PYTHON_VERSION"].split("."))
    assert python >= (int(requires.group(1)), int(requires.group(2)))
    # Actions pinned to a major version that exists and is not retired.
    allowed = {"actions/checkout@v4", "actions/setup-python@v5", "actions/upload-artifact@v4"}
    for job in jobs:
        for step in steps(job):
            assert "uses" in step or "run" in step, step
            if "uses" in step:
                assert step["uses"] in allowed, step["uses"]


def test_workflow_names_only_files_that_exist() -> None:
    text = scripts("windows") + "\n" + scripts("macos")
    paths = set(
        re.findall(r"(?<![\w.$-])((?:packaging|tools|launcher|resources)[\\/][\w./\\-]+)", text)
    )
    assert len(paths) >= 5, paths
    for path in paths:
        assert (REPO / PureWindowsPath(path).as_posix()).exists(), path
    assert re.search(r'pip install -e "\.\[dev\]"', text)
    # translations.py runs Qt's tools from beside the interpreter: on Windows only a
    # virtualenv has them there, so every Python the builds run is the venv's.
    commands = [line for line in text.splitlines() if re.search(r"\bpython\b", line)]
    assert len(commands) >= 7, commands
    for line in commands:
        assert re.search(r"\.venv[\\/](?:Scripts|bin)[\\/]python |python -m venv \.venv", line), (
            line
        )
    assert re.search(r"^dev = \[", (REPO / "pyproject.toml").read_text(), re.M)
    assert re.search(r'"pyinstaller==[\d.]+"', (REPO / "pyproject.toml").read_text())


def test_every_artefact_runs_the_frozen_selftest() -> None:
    windows = scripts("windows")
    assert WINDOWS_EXES == {"meeting-launcher": "False", "meeting-launcher-cli": "True"}
    # The folder, the per-user install and the MSI install: the console executable.
    selftests = re.findall(r"([^\s\"']*)meeting-launcher-cli\.exe\"? selftest", windows)
    assert selftests == [
        "dist\\meeting-launcher\\",
        "$app\\",
        "$app\\",
    ], selftests
    assert '$app = "$env:LOCALAPPDATA\\Programs\\Meeting Launcher"' in windows
    assert '$app = "$env:ProgramFiles\\Meeting Launcher"' in windows
    macos = scripts("macos")
    bundle = f"{APP_NAME}.app/Contents/MacOS/meeting-launcher"
    assert f'"dist/{bundle}" selftest' in macos
    assert f'"$mount/{bundle}" selftest' in macos


def test_uploaded_names_are_the_ones_the_build_files_produce() -> None:
    iss = ISS.read_text()
    base = re.search(r"^OutputBaseFilename=(.+)$", iss, re.M)
    assert base
    setup = base.group(1).replace("{#AppVersion}", __version__) + ".exe"
    msi_out = re.search(r'-o "dist\\(MeetingLauncher-\$env:VERSION-x64\.msi)"', scripts("windows"))
    assert msi_out
    msi = msi_out.group(1).replace("$env:VERSION", __version__)
    assert re.search(r"^OutputDir=\{#RepoDir\}\\dist$", iss, re.M)
    for job, produced in (
        ("windows", [f"dist/{setup}", f"dist/{msi}", "dist/SHA256SUMS"]),
        ("macos", [f"dist/MeetingLauncher-{__version__}-macos-arm64.dmg", "dist/SHA256SUMS"]),
    ):
        uploads = [s for s in steps(job) if s.get("uses", "").startswith("actions/upload-artifact")]
        main = [s for s in uploads if "if" not in s]
        assert len(main) == 1
        assert main[0]["with"]["if-no-files-found"] == "error"
        patterns = main[0]["with"]["path"].split()
        for name in produced:
            assert any(fnmatch.fnmatch(name, pattern) for pattern in patterns), (name, patterns)
        for pattern in patterns:
            assert any(fnmatch.fnmatch(name, pattern) for name in produced), pattern
    assert 'dmg="dist/MeetingLauncher-$VERSION-macos-$ARCH.dmg"' in scripts("macos")


def test_bash_steps_parse(tmp_path: Path) -> None:
    for number, step in enumerate(steps("macos")):
        if "run" not in step:
            continue
        script = tmp_path / f"step{number}.sh"
        script.write_text(re.sub(r"\$\{\{[^}]*\}\}", "x", step["run"]))
        result = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
        assert result.returncode == 0, (step.get("name"), result.stderr)


# --- WiX -------------------------------------------------------------------------


def to_wix3(source: Path, target: Path) -> None:
    """Write ``source`` (WiX v4) as the WiX v3 that wixl reads.

    Only what these two files use: the namespace; ``Package`` becomes ``Product``
    with an inner ``Package`` (scope, compression, the summary's description);
    ``StandardDirectory`` becomes a ``Directory`` under ``TARGETDIR``; a component's
    ``Directory`` attribute moves it into that directory; ``Bitness="always64"``
    becomes ``Win64="yes"``; ``AllowAbsent="no"`` becomes ``Absent="disallow"``;
    source paths get forward slashes. A component's ``Condition`` is dropped
    (wixl has no component conditions); ``Secure`` is ignored by wixl.
    """
    ET.register_namespace("", V3)
    tree = ET.parse(source)
    root = tree.getroot()
    for element in root.iter():
        element.tag = element.tag.replace(f"{{{V4}}}", f"{{{V3}}}")

    def q(name: str) -> str:
        return f"{{{V3}}}{name}"

    package = root.find(q("Package"))
    if package is not None:
        product = ET.Element(q("Product"), Id="*")
        for name in ("Name", "Manufacturer", "Version", "UpgradeCode", "Language"):
            product.set(name, package.attrib[name])
        summary = package.find(q("SummaryInformation"))
        ET.SubElement(
            product,
            q("Package"),
            InstallerVersion="500",
            Compressed=package.get("Compressed", "yes"),
            InstallScope=package.get("Scope", "perMachine"),
            Description=summary.get("Description", "") if summary is not None else "",
        )
        targetdir = ET.SubElement(product, q("Directory"), Id="TARGETDIR", Name="SourceDir")
        for child in list(package):
            if child.tag == q("SummaryInformation"):
                continue
            if child.tag == q("StandardDirectory"):
                child.tag = q("Directory")
                targetdir.append(child)
            else:
                product.append(child)
        root.remove(package)
        root.append(product)
    directories = {d.get("Id"): d for d in root.iter(q("Directory"))}
    parents = {child: parent for parent in root.iter() for child in parent}
    for element in list(root.iter()):
        if element.attrib.pop("Bitness", None) == "always64":
            element.set("Win64", "yes")
        if element.tag == q("Feature") and element.attrib.pop("AllowAbsent", None) == "no":
            element.set("Absent", "disallow")
        if element.tag == q("Component"):
            element.attrib.pop("Condition", None)
            directory = element.attrib.pop("Directory", None)
            if directory:
                parents[element].remove(element)
                directories[directory].append(element)
        for name in ("Source", "SourceFile"):
            if name in element.attrib:
                element.set(name, element.attrib[name].replace("\\", "/"))
    tree.write(target, encoding="utf-8", xml_declaration=True)


def msi_table(msi: Path, table: str) -> list[dict[str, str]]:
    # In the package's folder: a table with binary columns (Icon) writes them to files.
    out = subprocess.run(
        ["msiinfo", "export", str(msi), table],
        cwd=msi.parent, capture_output=True, text=True, check=True,
    ).stdout.splitlines()  # fmt: skip
    # Column names, column types, then the table name and its key columns.
    columns = out[0].split("\t")
    return [dict(zip(columns, line.split("\t"), strict=False)) for line in out[3:]]


def windows_folder(root: Path) -> Path:
    """A folder shaped like the Windows build: both executables, _internal/ with resources."""
    folder = root / "dist" / "meeting-launcher"
    internal = folder / "_internal"
    shutil.copytree(REPO / "resources", internal / "resources",
                    ignore=shutil.ignore_patterns("*.qm"))  # fmt: skip
    (internal / "PySide6" / "translations").mkdir(parents=True)
    (internal / "PySide6" / "translations" / "qtbase_de.qm").write_bytes(b"qm")
    (internal / "python311.dll").write_bytes(b"MZ dll")
    (internal / "a folder with spaces").mkdir()
    (internal / "a folder with spaces" / "Grüße.txt").write_text("hello")
    for name in WINDOWS_EXES:
        (folder / f"{name}.exe").write_bytes(b"MZ " + name.encode())
    return folder


@pytest.mark.timeout(300)
def test_wix_source_builds_an_msi(tmp_path: Path) -> None:
    folder = windows_folder(tmp_path)
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    assert wix_files.main([str(folder), str(tmp_path / "build" / "AppFiles.wxs")]) == 0
    to_wix3(WXS, tmp_path / "main3.wxs")
    to_wix3(tmp_path / "build" / "AppFiles.wxs", tmp_path / "files3.wxs")
    msi = tmp_path / f"MeetingLauncher-{__version__}-x64.msi"
    # wixl reads sources relative to its working directory (absolute ones trip it up).
    subprocess.run(
        ["wixl", "-a", "x64", "-D", f"Version={__version__}",
         "-D", "SourceDir=dist/meeting-launcher",
         "-D", f"RepoDir={os.path.relpath(REPO, tmp_path)}",
         "main3.wxs", "files3.wxs", "-o", msi.name],
        cwd=tmp_path, check=True, capture_output=True, text=True, timeout=240,
    )  # fmt: skip

    properties = {row["Property"]: row["Value"] for row in msi_table(msi, "Property")}
    assert properties["ProductName"] == APP_NAME
    assert properties["ProductVersion"] == __version__
    assert properties["Manufacturer"] == "Meeting Launcher developers"
    assert properties["UpgradeCode"] == UPGRADE_CODE
    assert properties["ALLUSERS"] == "1"  # per machine
    assert properties["ARPPRODUCTICON"] == "AppIcon"
    assert "WIX_DOWNGRADE_DETECTED" in properties["SecureCustomProperties"]  # MajorUpgrade

    (shortcut,) = msi_table(msi, "Shortcut")
    assert shortcut["Directory_"] == "ProgramMenuFolder"
    assert shortcut["Name"] == APP_NAME
    windowed = next(name for name, console in WINDOWS_EXES.items() if console == "False")
    assert shortcut["Target"] == f"[INSTALLFOLDER]{windowed}.exe"
    assert shortcut["WkDir"] == "INSTALLFOLDER"
    assert shortcut["Icon_"] == "AppIcon"
    assert [row["Name"] for row in msi_table(msi, "Icon")] == ["AppIcon"]

    # Every file of the folder, at its own path under Program Files\Meeting Launcher.
    directories = {row["Directory"]: row for row in msi_table(msi, "Directory")}

    def path_of(directory: str) -> PurePosixPath:
        row = directories[directory]
        name = row["DefaultDir"].split("|")[-1]
        if not row["Directory_Parent"]:
            return PurePosixPath()
        # A standard folder (ProgramFiles64Folder) has "." and is named by its id here.
        return path_of(row["Directory_Parent"]) / (directory if name == "." else name)

    assert path_of("INSTALLFOLDER") == PurePosixPath("ProgramFiles64Folder/Meeting Launcher")
    components = {row["Component"]: row for row in msi_table(msi, "Component")}
    installed = sorted(
        (path_of(components[row["Component_"]]["Directory_"]) / row["FileName"].split("|")[-1])
        .relative_to("ProgramFiles64Folder/Meeting Launcher")
        .as_posix()
        for row in msi_table(msi, "File")
    )
    assert installed == files
    featured = {row["Component_"] for row in msi_table(msi, "FeatureComponents")}
    assert set(components) == featured

    registry = {row["Name"]: row for row in msi_table(msi, "Registry")}
    policy = registry["DefaultServer"]
    assert (policy["Root"], policy["Key"], policy["Value"]) == (
        "2", "SOFTWARE\\Policies\\MeetingLauncher", "[DEFAULTSERVER]"
    )  # fmt: skip
    assert int(components[policy["Component_"]]["Attributes"]) & 256  # 64-bit registry view

    # The files in the embedded cabinet are the folder's own bytes.
    extracted = tmp_path / "extracted"
    extracted.mkdir()
    subprocess.run(["msiextract", "-C", str(extracted), str(msi)], check=True,
                   cwd=tmp_path, capture_output=True, timeout=120)  # fmt: skip
    (root,) = {p.parent for p in extracted.rglob("meeting-launcher-cli.exe")}
    for name in files:
        assert (root / name).read_bytes() == (folder / name).read_bytes(), name


def test_wix_v4_details_wixl_cannot_show() -> None:
    root = ET.parse(WXS).getroot()
    assert root.tag == f"{{{V4}}}Wix"

    def find(tag: str, **attributes: str) -> ET.Element:
        for element in root.iter(f"{{{V4}}}{tag}"):
            if all(element.get(k) == v for k, v in attributes.items()):
                return element
        raise AssertionError((tag, attributes))

    package = find("Package")
    assert package.get("Scope") == "perMachine"
    assert "{" + package.attrib["UpgradeCode"] + "}" == UPGRADE_CODE
    assert package.get("Version") == "$(var.Version)"
    # The default server reaches the elevated install (Secure), is written only when
    # given, and is read back on repair or upgrade, from the 64-bit registry view.
    assert find("Property", Id="DEFAULTSERVER").get("Secure") == "yes"
    assert find("RegistrySearch", Id="ExistingDefaultServer").get("Bitness") == "always64"
    policy = find("Component", Id="DefaultServerPolicy")
    assert policy.get("Condition") == "DEFAULTSERVER"
    assert policy.get("Bitness") == "always64"
    refs = {ref.get("Id") for ref in find("Feature", Id="Main")}
    assert refs == {"AppFiles", "StartMenuShortcut", "DefaultServerPolicy"}
    assert wix_files.GROUP == "AppFiles"
    assert find("Directory", Name=APP_NAME).get("Id") == wix_files.ROOT_DIRECTORY
    # wix_files.py's fragment speaks the same namespace.
    assert wix_files.NAMESPACE == V4


# --- macOS ------------------------------------------------------------------------


def test_info_plist_has_what_macos_needs() -> None:
    info = info_plist(__version__)
    plistlib.loads(plistlib.dumps(info))  # serialisable as PyInstaller writes it
    assert info["CFBundleIdentifier"] == BUNDLE_ID
    assert info["CFBundleName"] == APP_NAME
    assert info["CFBundleExecutable"] == "meeting-launcher"  # the spec's EXE name
    assert re.search(r'name=f"\{APP_NAME\}\.app"', SPEC)
    assert info["CFBundleIconFile"] == "meeting-launcher.icns"
    assert (REPO / "resources" / "icons" / info["CFBundleIconFile"]).is_file()
    assert info["CFBundlePackageType"] == "APPL"
    assert info["CFBundleShortVersionString"] == __version__
    assert re.fullmatch(r"\d+(\.\d+){0,2}", info["CFBundleVersion"])
    minimum = tuple(int(n) for n in info["LSMinimumSystemVersion"].split("."))
    assert minimum >= PYSIDE6_MACOS_MINIMUM
    assert re.search(r'"PySide6-Essentials==6\.11\.\d+"', (REPO / "pyproject.toml").read_text())
    # Without these macOS ends the app when the meeting window opens the camera.
    for key in ("NSCameraUsageDescription", "NSMicrophoneUsageDescription"):
        assert len(info[key]) > 20 and "Meeting Launcher" in info[key], key
    assert set(info["CFBundleLocalizations"]) == {"en", "fr", "de", "it", "es"}
    assert info["NSHighResolutionCapable"] is True
    for name in ("entitlements.plist", "QtWebEngineProcess.entitlements"):
        with (REPO / "packaging" / "macos" / name).open("rb") as fh:
            entitlements = plistlib.load(fh)
        assert entitlements["com.apple.security.device.camera"] is True, name
        assert entitlements["com.apple.security.device.audio-input"] is True, name


# --- Inno Setup -------------------------------------------------------------------


def test_inno_setup_script_includes_what_exists() -> None:
    iss = ISS.read_text()
    defines = dict(re.findall(r'^#define (\w+) "([^"]*)"$', iss, re.M))
    assert defines["AppName"] == APP_NAME
    windowed = next(name for name, console in WINDOWS_EXES.items() if console == "False")
    assert defines["AppExe"] == f"{windowed}.exe"
    # RepoDir is two folders up from the script: the repository.
    assert re.search(r'^#define RepoDir AddBackslash\(SourcePath\) \+ "\.\.\\\.\."$', iss, re.M)
    assert (ISS.parent / ".." / "..").resolve() == REPO
    referenced = re.findall(r"\{#RepoDir\}\\([^\";\s]+)", iss)
    assert len(referenced) >= 3, referenced
    for path in referenced:
        relative = PureWindowsPath(path).as_posix()
        if relative == "dist" or relative.startswith("dist/"):
            # PyInstaller's folder: COLLECT(name="meeting-launcher") into --distpath dist.
            assert relative in ("dist", "dist/meeting-launcher/*"), relative
            assert 'name="meeting-launcher",\n)' in SPEC
        else:
            assert (REPO / relative).exists(), relative
    languages = re.findall(r'^Name: "(\w+)"; MessagesFile: "compiler:([^"]+)"$', iss, re.M)
    assert dict(languages) == {
        "en": "Default.isl",
        "de": "Languages\\German.isl",
        "es": "Languages\\Spanish.isl",
        "fr": "Languages\\French.isl",
        "it": "Languages\\Italian.isl",
    }
    assert "PrivilegesRequired=lowest" in iss
    assert "{app}\\{#AppExe}" in iss
