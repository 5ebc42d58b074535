"""One instance per user: the lock, the local socket, and a real second start."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from launcher.ui import single_instance

REPO = Path(__file__).resolve().parents[2]


def test_lock_is_exclusive_and_released(tmp_path: Path) -> None:
    path = tmp_path / "data" / "instance.lock"
    first = single_instance.acquire(path)
    assert first is not None
    assert single_instance.acquire(path) is None
    first.unlock()
    again = single_instance.acquire(path)
    assert again is not None
    again.unlock()


def test_second_start_activates_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    name = single_instance.socket_name(tmp_path / "instance.lock")
    assert single_instance.activate_running(name, timeout_ms=200) is False  # nobody listens
    owner = QObject()
    server = single_instance.InstanceServer(name, owner)
    assert server.listening
    with qtbot.waitSignal(server.activated, timeout=5_000):
        assert single_instance.activate_running(name)
    server.close()
    owner.deleteLater()


def test_the_app_runs_once(tmp_path: Path) -> None:
    """Start the real app, then start it again: the second start ends at once."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    env.pop("LAUNCHER_EXIT_WHEN_SHOWN", None)
    lock = tmp_path / "data" / "meeting-launcher" / "instance.lock"
    name = single_instance.socket_name(lock)
    first = subprocess.Popen(
        [sys.executable, "-m", "launcher"], env=env, cwd=REPO, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 30
        while not single_instance.activate_running(name, timeout_ms=100):
            assert first.poll() is None, first.stderr.read() if first.stderr else ""
            assert time.monotonic() < deadline, "the first instance never listened"
            time.sleep(0.1)
        second = subprocess.run(
            [sys.executable, "-m", "launcher"], env=env, cwd=REPO, timeout=30, capture_output=True
        )
        assert second.returncode == 0, second.stderr
        assert first.poll() is None  # the first keeps running
    finally:
        first.terminate()
        first.wait(timeout=30)
