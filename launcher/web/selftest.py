"""``meeting-launcher selftest [--json]``: is this computer ready for meetings?

Runs with no window on screen and a throwaway data directory: the built-in
server, a room made through the API client, the host link in the real meeting
window with Chromium's fake camera and microphone (granted by the window's own
policy, not by a flag), a second origin refused, and the OS keyring. One line
per check (``PASS name: detail`` / ``FAIL name: detail``), or JSON with
``--json``; exit status 0 only when every check passed.

Nothing secret is printed: no host link, token or key.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

FAKE_MEDIA_FLAG = "--use-fake-device-for-media-stream"
CHECK_TIMEOUT = 30.0


@dataclass
class Check:
    """One line of the report."""

    name: str
    ok: bool
    detail: str


class _Failed(Exception):
    """A check failed; the message is its detail line."""


def _prepare_environment() -> list[str]:
    """Flags and platform before Qt starts; returns notes for the report."""
    from launcher.web.profile import add_chromium_flags

    notes = []
    add_chromium_flags(FAKE_MEDIA_FLAG)
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        notes.append("no display: offscreen")
    if (
        hasattr(os, "geteuid")
        and os.geteuid() == 0
        and not os.environ.get("QTWEBENGINE_DISABLE_SANDBOX")
    ):
        # Chromium cannot sandbox its renderers when run as root.
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
        notes.append("running as root: web sandbox off")
    return notes


class _Runner:
    """Runs the checks in order; a check whose prerequisite failed is reported as such."""

    def __init__(self) -> None:
        self.checks: list[Check] = []

    def run(self, name: str, fn: Callable[[], str], *, needs: tuple[str, ...] = ()) -> bool:
        missing = [n for n in needs if not any(c.name == n and c.ok for c in self.checks)]
        if missing:
            self.checks.append(Check(name, False, f"not run: {', '.join(missing)} failed"))
            return False
        try:
            detail = fn()
        except _Failed as exc:
            self.checks.append(Check(name, False, str(exc)))
            return False
        except Exception as exc:
            self.checks.append(Check(name, False, f"{type(exc).__name__}: {exc}"))
            return False
        self.checks.append(Check(name, True, detail))
        return True


def _wait_js(page: Any, expression: str, timeout: float = CHECK_TIMEOUT) -> Any:
    """Poll a JS expression in ``page`` until truthy; its JSON value, or _Failed."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout
    script = (
        f"(() => {{ try {{ return JSON.stringify({expression}); }} catch {{ return 'null'; }} }})()"
    )
    while time.monotonic() < deadline:
        loop = QEventLoop()
        box: list[Any] = []

        def got(value: Any, box: list[Any] = box, loop: QEventLoop = loop) -> None:
            box.append(value)
            loop.quit()

        page.runJavaScript(script, 0, got)
        QTimer.singleShot(2000, loop.quit)
        loop.exec()
        if box and isinstance(box[0], str) and box[0]:
            value = json.loads(box[0])
            if value:
                return value
        pause = QEventLoop()
        QTimer.singleShot(150, pause.quit)
        pause.exec()
    raise _Failed(f"timed out after {timeout:.0f} s")


def run_checks() -> list[Check]:
    """Every check, in order (starts Qt if needed)."""
    notes = _prepare_environment()
    runner = _Runner()
    state: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="meeting-launcher-selftest-") as tmp:
        root = Path(tmp)
        try:
            _run_all(runner, state, root, notes)
        finally:
            window = state.get("window")
            if window is not None:
                _close_window(window)
            for view in state.get("pages", []):
                view.deleteLater()
            if "app" in state:
                from launcher.web.profile import shutdown

                shutdown()
            server = state.get("server")
            if server is not None:
                server.stop()
    return runner.checks


def _run_all(runner: _Runner, state: dict[str, Any], root: Path, notes: list[str]) -> None:
    from launcher.api import MeetingsClient
    from launcher.server import BuiltinServer, ServerConfig, create_application

    def server_up() -> str:
        server = BuiltinServer(ServerConfig(data_dir=root / "server"))
        server.start()
        state["server"] = server
        return f"built-in server at {server.origin}"

    def room_created() -> str:
        server = state["server"]
        application_id, key = create_application(server.config.data_dir, "Self-test")
        with MeetingsClient(server.api_url, application_id, key) as client:
            room = client.create_room("Self-test")
        if not room.host_url or not room.meeting_code:
            raise _Failed("the room has no host link")
        state["room"] = room
        return f"room {room.meeting_code} created through the API client"

    def engine_started() -> str:
        from launcher import web

        web.before_qapplication()
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([sys.argv[0] or "meeting-launcher"])
        state["app"] = app
        web.set_data_dir(root / "app")
        from PySide6 import QtWebEngineCore

        def text(value: object) -> str:
            return bytes(value).decode() if isinstance(value, bytes | bytearray) else str(value)

        version = text(QtWebEngineCore.qWebEngineVersion())
        chromium = text(QtWebEngineCore.qWebEngineChromiumVersion())
        from launcher.web.profile import FLAGS_VARIABLE

        extra = "".join(f"; {note}" for note in notes)
        flags = os.environ.get(FLAGS_VARIABLE, "")
        return f"QtWebEngine {version} (Chromium {chromium}); flags: {flags}{extra}"

    def camera_and_microphone() -> str:
        from PySide6.QtCore import Qt

        from launcher.web.window import MeetingWindow

        server, room = state["server"], state["room"]
        window = MeetingWindow(room.host_url, meeting_origin=server.origin, title="Self-test")
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        window.show()
        window.start()
        state["window"] = window
        if window.fallback_shown or window.page is None:
            raise _Failed("the meeting window could not start the web engine")
        tracks = _wait_js(
            window.page,
            "meetingStatus().localTracks.filter(t => t.readyState === 'live').length >= 2"
            " && meetingStatus().localTracks",
        )
        if window.fallback_shown:
            raise _Failed("the meeting page did not load")
        return ", ".join(f"{t['kind']} '{t['label']}' {t['readyState']}" for t in tracks)

    def joined_as_host() -> str:
        window = state["window"]
        window.run_js("document.querySelector('#join-btn').click()")
        status = _wait_js(window.page, "meetingStatus().view === 'meeting' && meetingStatus()")
        if not status.get("isHost"):
            raise _Failed("joined, but not as host: the host link was refused")
        return "joined the meeting as host over the signalling socket"

    def other_origin_denied() -> str:
        from PySide6.QtCore import QUrl
        from PySide6.QtWebEngineWidgets import QWebEngineView

        from launcher.web.page import MeetingPage
        from launcher.web.profile import meeting_profile

        server = state["server"]
        foreign = server.origin.replace("127.0.0.1", "localhost")
        view = QWebEngineView()
        page = MeetingPage(meeting_profile(), meeting_origin=server.origin, parent=view)
        view.setPage(page)
        state.setdefault("pages", []).append(view)
        probe = "/meeting-assets/probe.html"
        view.load(QUrl(f"{server.origin}{probe}?frame={foreign}{probe}"))
        result = _wait_js(page, "window.probeResult")
        if result.get("ok"):
            raise _Failed(f"{foreign} was given the camera")
        return f"{foreign} refused ({result.get('error')})"

    def keyring_reachable() -> str:
        from launcher.core.credentials import CredentialStore, SecretNotFound

        store = CredentialStore(service="meeting-launcher-selftest")
        account = f"selftest-{uuid.uuid4().hex[:8]}"
        secret = uuid.uuid4().hex
        store.save(account, "selftest-application", secret)
        try:
            if store.load(account) != ("selftest-application", secret):
                raise _Failed("the keyring returned something else than was stored")
        finally:
            store.delete(account)
        try:
            store.load(account)
        except SecretNotFound:
            pass
        else:
            raise _Failed("the throwaway entry could not be deleted")
        return "set, read and deleted a throwaway entry in the OS keyring"

    runner.run("server", server_up)
    runner.run("room", room_created, needs=("server",))
    runner.run("web engine", engine_started)
    runner.run("camera and microphone", camera_and_microphone, needs=("room", "web engine"))
    runner.run("host join", joined_as_host, needs=("camera and microphone",))
    runner.run("other origin denied", other_origin_denied, needs=("server", "web engine"))
    runner.run("keyring", keyring_reachable)


def _close_window(window: Any) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    window.closed.connect(loop.quit)
    QTimer.singleShot(3000, loop.quit)
    window.close()
    loop.exec()


def cmd_selftest(args: argparse.Namespace) -> int:
    """The ``selftest`` sub-command."""
    checks = run_checks()
    ok = bool(checks) and all(c.ok for c in checks)
    if getattr(args, "json", False):
        print(json.dumps({"ok": ok, "checks": [asdict(c) for c in checks]}, indent=2))
    else:
        for check in checks:
            print(f"{'PASS' if check.ok else 'FAIL'} {check.name}: {check.detail}")
    return 0 if ok else 1
