"""The meeting window's policy in real QtWebEngine with the fake camera and microphone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from launcher.server import BuiltinServer
from tests.web.conftest import SHOTS, run_js, wait_js

PROBE = "/meeting-assets/probe.html"


def other_origin(server: BuiltinServer) -> str:
    # The same server under another host name is another origin to the browser.
    return server.origin.replace("127.0.0.1", "localhost")


class UrlCatcher(QObject):
    """Stands in for the system browser through Qt's own URL handler hook."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_meeting_origin_gets_live_camera_and_microphone(
    qtbot: Any, server: BuiltinServer, windows: Any
) -> None:
    window = windows(server.origin + PROBE)
    with qtbot.waitSignal(window.page.permission_decided, timeout=15000) as decided:
        pass
    assert decided.args == ["MediaAudioVideoCapture", server.origin, True]
    result = wait_js(qtbot, window.page, "window.probeResult")
    assert result["ok"] is True
    assert sorted((t["kind"], t["readyState"]) for t in result["tracks"]) == [
        ("audio", "live"),
        ("video", "live"),
    ]


def test_other_origin_is_denied(qtbot: Any, server: BuiltinServer, windows: Any) -> None:
    foreign = other_origin(server)
    window = windows(f"{server.origin}{PROBE}?frame={foreign}{PROBE}")
    decisions: list[list[Any]] = []
    window.page.permission_decided.connect(lambda *args: decisions.append(list(args)))
    result = wait_js(qtbot, window.page, "window.probeResult")
    assert result["ok"] is False
    assert result["origin"] == foreign
    assert result["error"] in ("NotAllowedError", "AbortError")
    assert ["MediaAudioVideoCapture", f"{foreign}", False] in decisions


def test_other_permissions_are_denied_even_for_the_meeting(
    qtbot: Any, server: BuiltinServer, windows: Any
) -> None:
    window = windows(server.origin + PROBE)
    wait_js(qtbot, window.page, "window.probeResult")
    run_js(
        qtbot,
        window.page,
        "Notification.requestPermission().then(r => window.notify = r); true",
    )
    assert wait_js(qtbot, window.page, "window.notify") == "denied"
    run_js(
        qtbot,
        window.page,
        "navigator.geolocation.getCurrentPosition(() => window.geo = 'granted',"
        " e => window.geo = 'error ' + e.code); true",
    )
    assert wait_js(qtbot, window.page, "window.geo") == "error 1"  # PERMISSION_DENIED


def test_links_leaving_the_meeting_open_in_the_system_browser(
    qtbot: Any, server: BuiltinServer, windows: Any
) -> None:
    catcher = UrlCatcher()
    # The stubs say bytes, but PySide6 6.12 accepts only the method name as str.
    QDesktopServices.setUrlHandler("http", catcher, "open")  # type: ignore[arg-type]
    try:
        window = windows(server.origin + PROBE)
        wait_js(qtbot, window.page, "window.probeResult")
        elsewhere = other_origin(server) + "/somewhere"
        run_js(qtbot, window.page, f"location.href = {elsewhere!r}; true")
        qtbot.waitUntil(lambda: elsewhere in catcher.urls, timeout=5000)
        run_js(qtbot, window.page, f"window.open({elsewhere + '?popup'!r}); true")
        qtbot.waitUntil(lambda: elsewhere + "?popup" in catcher.urls, timeout=5000)
        # The meeting page stayed where it was.
        assert window.page.url().toString().startswith(server.origin + PROBE)
        assert run_js(qtbot, window.page, "location.pathname") == PROBE
    finally:
        QDesktopServices.unsetUrlHandler("http")


def test_screen_share_picker_cancel_means_no_capture(
    qtbot: Any, server: BuiltinServer, windows: Any
) -> None:
    window = windows(server.origin + PROBE)
    wait_js(qtbot, window.page, "window.probeResult")
    pickers: list[Any] = []

    def decline(picker: Any) -> None:
        pickers.append(picker)
        # choose() runs the dialog modally right after this signal: decline from inside.
        QTimer.singleShot(0, picker, picker.reject)

    window.page.picker_opened.connect(decline)
    run_js(
        qtbot,
        window.page,
        "navigator.mediaDevices.getDisplayMedia({video: true})"
        ".then(s => window.share = 'captured ' + s.getVideoTracks().length)"
        ".catch(e => window.share = 'error ' + e.name); true",
    )
    outcome = wait_js(qtbot, window.page, "window.share")
    assert pickers, "the picker was never shown"
    assert outcome.startswith("error "), outcome


def test_screen_share_with_a_real_screen_on_x11(tmp_path: Any) -> None:
    # Offscreen Qt has no screens to offer; Xvfb (started by tests/helpers/session.sh) does.
    display = os.environ.get("LAUNCHER_TEST_DISPLAY")
    assert display, "run the suite through tests/helpers/session.sh (it starts Xvfb)"
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=display)
    shot = SHOTS / "screen-share-picker.png"
    SHOTS.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [sys.executable, "-m", "tests.web.share_on_x11", str(tmp_path), str(shot)],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stderr[-2000:]
    outcome = json.loads(lines[-1])
    assert outcome["screens"] >= 1
    assert outcome["share"] == "captured live"
