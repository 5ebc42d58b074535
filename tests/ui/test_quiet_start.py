"""``./run app`` says nothing on the terminal: the real app on the session's Xvfb, a
meeting's host link opened in its meeting window (the page with the host's fake camera
before "Join"), and its stderr empty; what the web engine logged is in web-engine.log
of the app's data folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def command(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "launcher", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def window_titles(display: str) -> str:
    """The titles of the X windows on ``display`` (xwininfo, from x11-utils)."""
    done = subprocess.run(
        ["xwininfo", "-root", "-tree", "-display", display],
        capture_output=True,
        text=True,
        timeout=30,
    )
    return done.stdout


def test_a_meeting_window_leaves_the_terminal_quiet(tmp_path: Path) -> None:
    display = os.environ.get("LAUNCHER_TEST_DISPLAY")
    if not display:
        pytest.fail("needs the test session's Xvfb display: run through ./run tests", pytrace=False)
    home = tmp_path / "home"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "QTWEBENGINE_CHROMIUM_FLAGS": "--use-fake-device-for-media-stream",
    }
    if os.geteuid() == 0:
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"  # Chromium cannot sandbox as root
    stderr_path = tmp_path / "app.err"
    with stderr_path.open("w") as stderr:
        app = subprocess.Popen(
            [sys.executable, "-m", "launcher"], cwd=ROOT, env=env, stdout=stderr, stderr=stderr
        )
    try:
        deadline = time.monotonic() + 120
        while "this computer" not in command(env, "account", "list").stdout:
            assert app.poll() is None and time.monotonic() < deadline, stderr_path.read_text()
            time.sleep(1)
        made = command(env, "new", "--json", "--name", "Quiet")
        assert made.returncode == 0, made.stderr
        room = json.loads(made.stdout)
        # The host link handed to the running app, as a desktop link does: it joins as host.
        handed = command(env, room["_links"]["host_url"]["href"])
        assert handed.returncode == 0, handed.stderr
        deadline = time.monotonic() + 120
        while "– Meeting" not in (titles := window_titles(display)):
            assert app.poll() is None and time.monotonic() < deadline, titles
            time.sleep(1)
        # The meeting page a moment on screen: the host's camera preview (fake device)
        # in the web engine, its GPU process, the media stack.
        time.sleep(15)
    finally:
        app.terminate()
        try:
            app.wait(timeout=30)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
    lines = [line for line in stderr_path.read_text().splitlines() if line.strip()]
    assert lines == [], lines  # allowed on the terminal: none
    log = next(home.rglob("web-engine.log"))
    assert oct(log.stat().st_mode & 0o777) == "0o600"
    assert room["_links"]["host_url"]["href"] not in log.read_text()
