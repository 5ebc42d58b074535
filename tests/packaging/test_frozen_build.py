"""The packaged Linux build: built by packaging/build, unpacked with tar, installed, run.

Everything here runs the frozen executable, never the source tree's Python: the
built-in server over real HTTPS, an account stored in the session's real Secret
Service, a room created through the frozen API client, the meeting page served
from the bundle's resources, and the built-in self-test.

``packaging/build --quick`` (fast compression, the same folder and tar stream as a
release) reuses an existing build when nothing it reads has changed, so a second
run of this module costs seconds; a fresh checkout (CI) builds once.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import ssl
import subprocess
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from launcher import __version__

BUILD_TIMEOUT = 1500  # seconds; a fresh quick build takes about 2 minutes on 2 cores
pytestmark = [pytest.mark.slow, pytest.mark.timeout(BUILD_TIMEOUT + 300)]

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.meetinglauncher.MeetingLauncher"


@dataclass(frozen=True)
class Build:
    folder: Path
    archive: Path


@dataclass(frozen=True)
class Installed:
    exe: Path
    env: dict[str, str]


@pytest.fixture(scope="module")
def build() -> Build:
    proc = subprocess.run(
        [str(ROOT / "packaging" / "build"), "--quick"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    assert proc.returncode == 0, (
        f"packaging/build failed:\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"
    )
    archives = sorted((ROOT / "dist").glob(f"meeting-launcher-{__version__}-linux-*.tar.*"))
    assert len(archives) == 1, archives
    return Build(folder=ROOT / "dist" / "meeting-launcher", archive=archives[0])


@pytest.fixture(scope="module")
def installed(build: Build, tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """The archive unpacked with tar and installed for a throwaway user with install.sh."""
    base = tmp_path_factory.mktemp("frozen")
    subprocess.run(["tar", "-xf", str(build.archive), "-C", str(base)], check=True)
    home = base / "home"
    # The app's settings and data go to this user's folders, not the suite's; the
    # D-Bus session (and so the Secret Service) is the suite's own.
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
    }
    subprocess.run([str(base / "meeting-launcher" / "install.sh")], env=env, check=True)
    return Installed(exe=home / ".local" / "bin" / "meeting-launcher", env=env)


def run(installed: Installed, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(installed.exe), *args],
        env=installed.env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_archive_is_reproducible_in_shape(build: Build) -> None:
    """Sorted members, owner root, one mtime: what makes two builds' archives equal."""
    with tarfile.open(build.archive) as tar:
        members = tar.getmembers()
    names = [m.name for m in members]
    assert names[0] == "meeting-launcher"
    assert names == sorted(names, key=lambda n: n.split("/"))
    assert {(m.uid, m.gid, m.uname, m.gname) for m in members} == {(0, 0, "", "")}
    assert len({m.mtime for m in members}) == 1
    executable = next(m for m in members if m.name == "meeting-launcher/meeting-launcher")
    assert executable.mode & 0o755 == 0o755


def test_folder_holds_what_runs_frozen(build: Build) -> None:
    internal = build.folder / "_internal"
    qt = internal / "PySide6" / "Qt"
    for path in (
        qt / "libexec" / "QtWebEngineProcess",
        qt / "libexec" / "qt.conf",
        qt / "resources" / "icudtl.dat",
        qt / "resources" / "qtwebengine_resources.pak",
        qt / "resources" / "v8_context_snapshot.bin",
        internal / "certifi" / "cacert.pem",
        internal / "resources" / "icons" / "meeting-launcher.svg",
        internal / "resources" / "meeting" / "room.html",
        # The window's languages (English: its plural forms) beside Qt's qtbase_ ones.
        *(
            internal / "resources" / "translations" / f"meeting-launcher_{lang}.qm"
            for lang in ("en", "fr", "de", "it", "es")
        ),
    ):
        assert path.is_file(), path
    # The page's ES modules: each is fetched by the browser at run time (no bundler).
    page = {p.name for p in (ROOT / "resources" / "meeting").glob("*.js")}
    assert page <= {p.name for p in (internal / "resources" / "meeting").glob("*.js")}
    locales = {p.stem for p in (qt / "translations" / "qtwebengine_locales").glob("*.pak")}
    assert (
        {"en-US", "fr", "de", "it", "es"}
        <= locales
        <= {"en-US", "en-GB", "fr", "de", "it", "es", "es-419"}
    )
    catalogues = {p.name for p in (qt / "translations").glob("*.qm")}
    assert {"qtbase_de.qm", "qtbase_fr.qm", "qtbase_it.qm", "qtbase_es.qm"} <= catalogues
    assert not [
        c
        for c in catalogues
        if not re.fullmatch(r"qt(base|multimedia|webengine)?_(en|fr|de|it|es)\.qm", c)
    ]
    assert not (qt / "qml").exists()
    assert not list((qt / "lib").glob("libQt6Quick3D*")) and not list(
        (qt / "lib").glob("libQt6Multimedia*")
    )
    # Debug symbols stripped (the wheels of cryptography ship them).
    rust = next((internal / "cryptography").rglob("_rust*.so"))
    sections = subprocess.run(
        ["objdump", "-h", str(rust)], capture_output=True, text=True, check=True
    )
    assert ".debug_info" not in sections.stdout and ".symtab" not in sections.stdout


def test_installs_with_a_menu_entry_and_icons(installed: Installed) -> None:
    share = Path(installed.env["XDG_DATA_HOME"])
    desktop = (share / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    exec_line = re.search(r"^Exec=(.+)$", desktop, re.M)
    assert exec_line is not None
    # The program, then %u: a meeting-launcher: link the desktop hands over (test_link_scheme).
    *program, field_code = shlex.split(exec_line.group(1))
    assert field_code == "%u" and len(program) == 1
    target = Path(program[0])
    assert target.is_absolute() and target.is_file() and os.access(target, os.X_OK)
    assert installed.exe.resolve() == target.resolve()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    subprocess.run(
        ["desktop-file-validate", str(share / "applications" / f"{APP_ID}.desktop")], check=True
    )


def test_uninstall_removes_what_install_added(build: Build, tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / ".local" / "share")}
    script = build.folder / "install.sh"
    subprocess.run([str(script)], env=env, check=True, capture_output=True)
    assert (home / ".local" / "bin" / "meeting-launcher").is_symlink()
    subprocess.run([str(script), "--uninstall"], env=env, check=True, capture_output=True)
    left = [p for p in home.rglob("*") if p.is_file() or p.is_symlink()]
    assert left == []


def test_version(installed: Installed) -> None:
    proc = run(installed, "--version")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"meeting-launcher {__version__}"


def test_pyside_support_code_is_kept_between_starts(installed: Installed) -> None:
    """The run-time hook (packaging/rthooks) caches PySide6's compiled support code
    at the first start, whatever the command, and later starts read it unchanged."""
    cache = Path(installed.env["XDG_CACHE_HOME"]) / "meeting-launcher" / "pyside-bootstrap.marshal"
    cache.unlink(missing_ok=True)
    assert run(installed, "--version").returncode == 0
    assert cache.is_file()
    written = cache.stat().st_mtime_ns, cache.read_bytes()
    assert run(installed, "--version").returncode == 0
    assert (cache.stat().st_mtime_ns, cache.read_bytes()) == written  # all hits: not rewritten


@pytest.fixture
def frozen_server(installed: Installed, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """``meeting-launcher serve --self-signed`` of the frozen build: (API URL, data dir)."""
    data = tmp_path / "server"
    proc = subprocess.Popen(
        [str(installed.exe), "serve", "--port", "0", "--self-signed", "--data-dir", str(data)],
        env=installed.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()  # the server prints its URL once it listens
        assert line.startswith("https://127.0.0.1:"), (line, proc.stderr and proc.stderr.read())
        yield line, data
    finally:
        proc.terminate()
        assert proc.wait(timeout=30) == 0


def secret_labels() -> set[str]:
    import secretstorage

    connection = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(connection)
        return {item.get_label() for item in collection.get_all_items()}
    finally:
        connection.close()


def test_server_accounts_keyring_and_rooms_frozen(
    installed: Installed, frozen_server: tuple[str, Path], tmp_path: Path
) -> None:
    """app create, account add (keyring), new (API client over HTTPS), the meeting page."""
    api_url, data = frozen_server
    key = tmp_path / "office.pem"
    created = run(
        installed,
        "app",
        "create",
        "--data-dir",
        str(data),
        "--name",
        "Frozen",
        "--private-key-out",
        str(key),
    )
    assert created.returncode == 0, created.stderr
    application_id = created.stdout.strip()
    cert = data / "tls" / "cert.pem"

    before = secret_labels()
    added = run(
        installed,
        "account", "add", "--name", "frozen-office", "--server", api_url,
        "--application-id", application_id, "--private-key", str(key), "--ca-cert", str(cert),
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    try:
        # keyring found its SecretService backend in the bundle: the key is in the
        # session's gnome-keyring, written by the frozen process.
        assert secret_labels() - before

        made = run(
            installed, "new", "--account", "frozen-office", "--name", "Frozen check", "--json"
        )
        assert made.returncode == 0, made.stderr
        room = json.loads(made.stdout)
        guest_url = room["_links"]["guest_url"]["href"]
        trust = ssl.create_default_context(cafile=str(cert))
        page = httpx.get(guest_url, verify=trust, timeout=10)
        assert page.status_code == 200
        assert "<html" in page.text.lower()
    finally:
        removed = run(installed, "account", "remove", "frozen-office")
        assert removed.returncode == 0, removed.stderr
    assert secret_labels() == before


def test_selftest_passes_frozen(installed: Installed) -> None:
    """Server, a room, the meeting page in a hidden web view with a fake camera, keyring."""
    proc = run(installed, "selftest", "--json", timeout=240)
    assert proc.returncode == 0, f"{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    report = json.loads(proc.stdout)
    checks = {check["name"]: check["ok"] for check in report["checks"]}
    assert report["ok"] and all(checks.values()), report
    assert {"server", "room", "web engine", "camera and microphone", "keyring"} <= set(checks)
