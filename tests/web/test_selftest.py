"""``meeting-launcher selftest``, run the way a support person would ask for it."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from launcher.web.profile import FLAGS_VARIABLE

CHECK_NAMES = [
    "server",
    "room",
    "web engine",
    "camera and microphone",
    "host join",
    "other origin denied",
    "keyring",
]


def _selftest(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """``python -m launcher selftest ARGS``; a hang fails with what it printed so far."""
    # A crash in the child then prints its Python stack on stderr.
    env = {**env, "PYTHONFAULTHANDLER": "1"}
    command = [sys.executable, "-m", "launcher", "selftest", *args]
    try:
        return subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=120, check=False
        )
    except subprocess.TimeoutExpired as exc:

        def text(value: Any) -> str:
            return value.decode(errors="replace") if isinstance(value, bytes) else value or ""

        pytest.fail(
            f"selftest {' '.join(args)} did not finish in 120 s\n"
            f"--- stdout ---\n{text(exc.stdout)[-2000:]}\n"
            f"--- stderr (tail) ---\n{text(exc.stderr)[-3000:]}"
        )


def _explain(result: subprocess.CompletedProcess[str]) -> str:
    """Exit status, stdout and the tail of stderr: why a run did not report as expected."""
    status = f"exit status {result.returncode}"
    if result.returncode < 0:
        with contextlib.suppress(ValueError):
            status += f" (killed by {signal.Signals(-result.returncode).name})"
    return (
        f"{status}\n--- stdout ---\n{result.stdout[-2000:]}\n"
        f"--- stderr (tail) ---\n{result.stderr[-3000:]}"
    )


def test_selftest_passes_and_keeps_the_users_flags() -> None:
    env = dict(os.environ)
    # The self-test adds the fake camera itself; a flag the user set must survive.
    env[FLAGS_VARIABLE] = "--disable-gpu"
    env.pop("QT_QPA_PLATFORM", None)  # headless: it must pick offscreen by itself
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    result = _selftest("--json", env=env)
    try:
        report = json.loads(result.stdout)
    except ValueError:
        pytest.fail(f"no JSON report on stdout; {_explain(result)}")
    failed = [c for c in report["checks"] if not c["ok"]]
    assert failed == [], _explain(result)
    assert result.returncode == 0 and report["ok"] is True, _explain(result)
    names = [c["name"] for c in report["checks"]]
    assert names == CHECK_NAMES
    engine = next(c for c in report["checks"] if c["name"] == "web engine")
    assert "flags: --disable-gpu --use-fake-device-for-media-stream" in engine["detail"]
    assert "--use-fake-ui-for-media-stream" not in engine["detail"]
    camera = next(c for c in report["checks"] if c["name"] == "camera and microphone")
    assert "audio" in camera["detail"] and "video" in camera["detail"]
    assert "participant_token" not in result.stdout
    # Only the results: the web engine's (Chromium, Vulkan, D-Bus) chatter stays out.
    assert result.stderr == "", _explain(result)
    assert "log" not in report


def test_selftest_lines_and_exit_status_when_a_check_fails() -> None:
    env = dict(os.environ)
    # No session bus: the keyring cannot be reached, so the run must fail (exit 1).
    env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/bus"
    result = _selftest(env=env)
    lines = result.stdout.splitlines()
    assert result.returncode == 1, _explain(result)
    names = [line.partition(" ")[2].partition(":")[0] for line in lines]
    assert names == CHECK_NAMES, _explain(result)
    assert any(line.startswith("FAIL keyring: ") for line in lines), _explain(result)
    assert any(line.startswith("PASS camera and microphone: ") for line in lines), _explain(result)
    assert all(line.startswith(("PASS ", "FAIL ")) for line in lines), _explain(result)
    # A failed run keeps what was logged, after the report, on stderr.
    assert result.stderr.startswith("--- the last "), _explain(result)


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def test_selftest_reports_a_crashed_check_as_failed() -> None:
    """The web engine is native code: a crash in a check is a FAIL line, not silence."""
    env = {**os.environ, "PYTHONFAULTHANDLER": "1"}
    selftest = subprocess.Popen(
        [sys.executable, "-m", "launcher", "selftest"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # The worker process runs the checks; once it has started the web engine's
        # processes, it is in the middle of a check that uses the engine.
        deadline = time.monotonic() + 60
        worker = None
        while time.monotonic() < deadline and selftest.poll() is None:
            workers = _children(selftest.pid)
            if workers and _children(workers[0]):
                worker = workers[0]
                break
            time.sleep(0.02)
        assert worker is not None, "the self-test's worker never started the web engine"
        os.kill(worker, signal.SIGSEGV)
        stdout, stderr = selftest.communicate(timeout=120)
    finally:
        if selftest.poll() is None:
            selftest.kill()
            selftest.communicate()
    result = subprocess.CompletedProcess(selftest.args, selftest.returncode, stdout, stderr)
    lines = stdout.splitlines()
    assert result.returncode == 1, _explain(result)
    names = [line.partition(" ")[2].partition(":")[0] for line in lines]
    assert names[: len(CHECK_NAMES)] == CHECK_NAMES, _explain(result)
    crashed = [i for i, line in enumerate(lines) if "process crashed (SIGSEGV)" in line]
    assert len(crashed) == 1 and lines[crashed[0]].startswith("FAIL "), _explain(result)
    assert all(line.startswith("PASS ") for line in lines[: crashed[0]]), _explain(result)
    after = lines[crashed[0] + 1 :]
    assert all(": not run: the self-test stopped at " in line for line in after), _explain(result)
    # The crash's own words (the Python stack faulthandler wrote) are in the report.
    assert "Segmentation fault" in stderr, _explain(result)
