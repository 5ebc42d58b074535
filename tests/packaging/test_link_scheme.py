"""Every package declares the ``meeting-launcher:`` URL scheme, and opens its links
with the app: the Linux menu entry (validated with desktop-file-validate, installed
by install.sh for a throwaway user), macOS' Info.plist (plistlib), the Windows
installer (Inno Setup) and MSI (WiX) registry entries."""

from __future__ import annotations

import configparser
import os
import plistlib
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from launcher.core.meeting_links import SCHEME

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
APP_ID = "org.meetinglauncher.MeetingLauncher"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_is_valid_and_opens_meeting_links() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    entry = _entry(DESKTOP)
    assert f"x-scheme-handler/{SCHEME}" in entry["MimeType"].split(";")
    assert entry["Exec"] == "meeting-launcher %u"  # one link, as a URL


def test_install_sh_registers_the_scheme_for_the_user(tmp_path: Path) -> None:
    """install.sh on a stand-in unpacked folder (the entry, an executable): the installed
    entry is valid, points at the installed program with %u, and is the scheme's default."""
    folder = tmp_path / "meeting-launcher"
    (folder / "share" / "applications").mkdir(parents=True)
    (folder / "share" / "metainfo").mkdir()
    (folder / "share" / "icons").mkdir()
    shutil.copy(PACKAGING / "linux" / "install.sh", folder / "install.sh")
    shutil.copy(DESKTOP, folder / "share" / "applications")
    shutil.copy(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml", folder / "share" / "metainfo")
    program = folder / "meeting-launcher"
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(0o755)
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "HOME": str(home),
        "PATH": os.environ["PATH"],
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CURRENT_DESKTOP": "X-Generic",
    }
    subprocess.run([str(folder / "install.sh")], env=env, check=True, capture_output=True)
    installed = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run(
        ["desktop-file-validate", str(installed)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    lib = home / ".local" / "lib" / "meeting-launcher"
    assert _entry(installed)["Exec"] == f"{lib}/meeting-launcher %u"
    query = subprocess.run(
        ["xdg-mime", "query", "default", f"x-scheme-handler/{SCHEME}"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert query.stdout.strip() == f"{APP_ID}.desktop"


def test_the_macos_bundle_declares_the_scheme() -> None:
    with (PACKAGING / "macos" / "Info.plist").open("rb") as plist_file:
        info = plistlib.load(plist_file)
    types = info["CFBundleURLTypes"]
    assert [scheme for kind in types for scheme in kind["CFBundleURLSchemes"]] == [SCHEME]
    assert all(kind["CFBundleURLName"].startswith(info["CFBundleIdentifier"]) for kind in types)
    assert all(kind["CFBundleTypeRole"] == "Viewer" for kind in types)


def test_the_windows_installer_registers_the_scheme_for_the_user() -> None:
    script = (PACKAGING / "windows" / "meeting-launcher.iss").read_text(encoding="utf-8")
    # Inno Setup continues a line that ends with a backslash.
    lines = script.replace("\\\n", "").splitlines()
    registry = lines[lines.index("[Registry]") + 1 :]
    registry = registry[: next(i for i, line in enumerate(registry) if line.startswith("["))]
    key = f"Software\\Classes\\{SCHEME}"
    entries = [line for line in registry if f'"{key}' in line]
    assert any('ValueName: "URL Protocol"' in line for line in entries)
    assert any("Flags: uninsdeletekey" in line and f'Subkey: "{key}";' in line for line in entries)
    command = [line for line in entries if "shell\\open\\command" in line]
    assert len(command) == 1 and 'ValueData: """{app}\\{#AppExe}"" ""%1"""' in command[0]
    assert all(line.startswith("Root: HKCU;") for line in entries)  # a per-user install


def test_the_msi_registers_the_scheme_for_the_machine() -> None:
    ns = {"w": "http://wixtoolset.org/schemas/v4/wxs"}
    root = ET.parse(PACKAGING / "windows" / "meeting-launcher.wxs").getroot()
    component = root.find(".//w:Component[@Id='MeetingLinkScheme']", ns)
    assert component is not None
    key = component.find("w:RegistryKey", ns)
    assert key is not None
    assert (key.get("Root"), key.get("Key")) == ("HKLM", f"SOFTWARE\\Classes\\{SCHEME}")
    values = {value.get("Name"): value.get("Value") for value in key.findall("w:RegistryValue", ns)}
    assert str(values[None]).startswith("URL:") and values["URL Protocol"] == ""
    command = key.find("w:RegistryKey[@Key='shell\\open\\command']/w:RegistryValue", ns)
    assert command is not None
    assert command.get("Value") == '"[INSTALLFOLDER]meeting-launcher.exe" "%1"'
    refs = [ref.get("Id") for ref in root.findall(".//w:Feature/w:ComponentRef", ns)]
    assert "MeetingLinkScheme" in refs
