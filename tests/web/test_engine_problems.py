"""When the web engine cannot start, the app says why and offers the browser instead of
vanishing. As root without QTWEBENGINE_DISABLE_SANDBOX, Chromium's zygote aborts the
whole process; the meeting window now sees that case before starting the engine.

Each case runs in a fresh interpreter (the tests' own one already has the engine
running without the sandbox). The test process is root on the project's machines;
elsewhere the child is told it is (``os.geteuid``): what is checked is that the app
never starts Chromium then, so no real Chromium can be aborted either way.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from launcher.api import MeetingsClient
from launcher.server import BuiltinServer
from launcher.web import profile

REPO = Path(__file__).resolve().parents[2]
CHILD = textwrap.dedent(
    """
    import json, os, sys
    if os.geteuid() != 0:
        os.geteuid = lambda: 0  # see the module docstring
    from PySide6.QtCore import QObject, QTimer, QUrl, Slot
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QApplication
    from launcher import web
    web.before_qapplication()
    app = QApplication([])
    web.set_data_dir(sys.argv[1])
    opened = []

    class Browser(QObject):
        @Slot(QUrl)
        def open(self, url):
            opened.append(url.toString())
            app.quit()

    browser = Browser()
    QDesktopServices.setUrlHandler("http", browser, "open")
    window = web.open_meeting(sys.argv[2], meeting_origin=sys.argv[3], title="Front desk")
    window.resize(900, 560)
    shown = window.fallback_shown
    message = window._fallback.message.text()
    retry = window._fallback.retry.isVisible()
    if len(sys.argv) > 4:
        app.processEvents()
        window.grab().save(sys.argv[4])
    window._fallback.open_browser.click()
    QTimer.singleShot(20_000, app.quit)
    app.exec()
    print(json.dumps({"fallback": shown, "message": message, "retry": retry, "opened": opened}))
    """
)


def test_as_root_without_the_sandbox_flag_the_window_offers_the_browser(
    server: BuiltinServer, client: MeetingsClient, tmp_path: Path
) -> None:
    room = client.create_room("Front desk")
    assert room.host_url is not None
    env = dict(os.environ)
    env.pop("QTWEBENGINE_DISABLE_SANDBOX", None)
    env["QTWEBENGINE_CHROMIUM_FLAGS"] = ""
    shots = Path("/tmp/di-shots")
    shots.mkdir(exist_ok=True)
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            CHILD,
            str(tmp_path),
            room.host_url,
            server.origin,
            str(shots / "root-fallback.png"),
        ],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]  # alive, and ended normally
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["fallback"] is True
    assert "administrator (root)" in seen["message"]
    assert seen["retry"] is False  # trying again cannot help
    # The host link reached the browser as a one-time link, never itself.
    assert len(seen["opened"]) == 1
    assert seen["opened"][0].startswith(f"{server.origin}/meeting-handoff/")
    assert "participant_token" not in seen["opened"][0]
    assert "the web engine was not started: root" in result.stderr
    assert room.host_url not in result.stderr


def test_the_sandbox_is_off_only_when_the_person_said_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    monkeypatch.delenv("QTWEBENGINE_DISABLE_SANDBOX", raising=False)
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "--use-fake-device-for-media-stream")
    assert profile.start_problem() == "root"
    monkeypatch.setenv("QTWEBENGINE_DISABLE_SANDBOX", "0")
    assert profile.start_problem() == "root"
    monkeypatch.setenv("QTWEBENGINE_DISABLE_SANDBOX", "1")
    assert profile.start_problem() is None
    monkeypatch.delenv("QTWEBENGINE_DISABLE_SANDBOX")
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
    assert profile.start_problem() is None


def test_user_namespaces_turned_off_are_seen(tmp_path: Path) -> None:
    (tmp_path / "kernel").mkdir()
    (tmp_path / "user").mkdir()
    assert profile.user_namespaces_allowed(tmp_path)  # neither setting: allowed
    (tmp_path / "user" / "max_user_namespaces").write_text("63000\n")
    (tmp_path / "kernel" / "unprivileged_userns_clone").write_text("1\n")
    assert profile.user_namespaces_allowed(tmp_path)
    (tmp_path / "kernel" / "unprivileged_userns_clone").write_text("0\n")
    assert not profile.user_namespaces_allowed(tmp_path)
    (tmp_path / "kernel" / "unprivileged_userns_clone").write_text("1\n")
    (tmp_path / "user" / "max_user_namespaces").write_text("0\n")
    assert not profile.user_namespaces_allowed(tmp_path)
    assert profile.user_namespaces_allowed()  # this machine runs the tests' Chromium
