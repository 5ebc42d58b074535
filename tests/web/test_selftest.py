"""``meeting-launcher selftest``, run the way a support person would ask for it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from launcher.web.profile import FLAGS_VARIABLE


def test_selftest_passes_and_keeps_the_users_flags() -> None:
    env = dict(os.environ)
    # The self-test adds the fake camera itself; a flag the user set must survive.
    env[FLAGS_VARIABLE] = "--disable-gpu"
    env.pop("QT_QPA_PLATFORM", None)  # headless: it must pick offscreen by itself
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "launcher", "selftest", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    report = json.loads(result.stdout)
    failed = [c for c in report["checks"] if not c["ok"]]
    assert failed == [], result.stderr[-2000:]
    assert result.returncode == 0 and report["ok"] is True
    names = [c["name"] for c in report["checks"]]
    assert names == [
        "server",
        "room",
        "web engine",
        "camera and microphone",
        "host join",
        "other origin denied",
        "keyring",
    ]
    engine = next(c for c in report["checks"] if c["name"] == "web engine")
    assert "flags: --disable-gpu --use-fake-device-for-media-stream" in engine["detail"]
    assert "--use-fake-ui-for-media-stream" not in engine["detail"]
    camera = next(c for c in report["checks"] if c["name"] == "camera and microphone")
    assert "audio" in camera["detail"] and "video" in camera["detail"]
    assert "participant_token" not in result.stdout


def test_selftest_lines_and_exit_status_when_a_check_fails() -> None:
    env = dict(os.environ)
    # No session bus: the keyring cannot be reached, so the run must fail (exit 1).
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/bus"
    result = subprocess.run(
        [sys.executable, "-m", "launcher", "selftest"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = result.stdout.splitlines()
    assert result.returncode == 1, result.stdout
    assert any(line.startswith("FAIL keyring: ") for line in lines)
    assert any(line.startswith("PASS camera and microphone: ") for line in lines)
    assert all(line.startswith(("PASS ", "FAIL ")) for line in lines)
