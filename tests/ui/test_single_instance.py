"""One instance per user: the lock, the local socket, and a real second start."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
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


def _in_thread(call: Callable[[], bool]) -> Callable[[], bool | None]:
    """Run a blocking client call beside the event loop the server needs; the result."""
    results: list[bool] = []
    thread = threading.Thread(target=lambda: results.append(call()), daemon=True)
    thread.start()
    return lambda: results[0] if results else None


def test_second_start_activates_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    name = single_instance.socket_name(tmp_path / "instance.lock")
    assert single_instance.activate_running(name, timeout_ms=200) is False  # nobody listens
    owner = QObject()
    server = single_instance.InstanceServer(name, owner)
    assert server.listening
    with qtbot.waitSignal(server.activated, timeout=5_000):
        answer = _in_thread(lambda: single_instance.activate_running(name))
    qtbot.waitUntil(lambda: answer() is not None, timeout=10_000)
    assert answer() is True
    server.close()
    owner.deleteLater()


def test_the_socket_is_private_and_takes_only_its_requests(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    name = single_instance.socket_name(tmp_path / "instance.lock")
    assert name.startswith(str(runtime))  # in the user's own 0700 folder
    owner = QObject()
    server = single_instance.InstanceServer(name, owner)
    assert server.listening
    mode = os.stat(server.name).st_mode
    assert stat.S_ISSOCK(mode) and not mode & 0o077, oct(mode)
    links: list[str] = []
    server.link_received.connect(links.append)

    def send(request: bytes) -> bytes:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(10)
            client.connect(server.name)
            client.sendall(request)
            answer = b""
            try:
                while chunk := client.recv(64):
                    answer += chunk
            except OSError:
                pass
            return answer

    for request in (b"hello\n", b"open \xff\xfe\n", b"x" * 20_000):
        refused = _in_thread(partial(lambda sent: send(sent) == b"ok\n", request))
        qtbot.waitUntil(partial(lambda result: result() is not None, refused), timeout=15_000)
        assert refused() is False, request[:20]
    assert links == []
    answer = _in_thread(lambda: send(b"open https://meet.example.test/123456789\n") == b"ok\n")
    qtbot.waitUntil(lambda: answer() is not None, timeout=15_000)
    assert answer() is True
    assert links == ["https://meet.example.test/123456789"]
    server.close()
    owner.deleteLater()


def test_a_second_start_hands_its_link_to_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    """A real second process, started with a host link (as the desktop's URL handler
    runs it), gives the link to the instance holding the lock, and ends with 0."""
    env = _app_env(tmp_path)
    lock_path = tmp_path / "data" / "meeting-launcher" / "instance.lock"
    lock = single_instance.acquire(lock_path)
    assert lock is not None
    owner = QObject()
    server = single_instance.InstanceServer(single_instance.socket_name(lock_path), owner)
    links: list[str] = []
    server.link_received.connect(links.append)
    link = "https://meet.example.test/?room_token=123456789&participant_token=secret"
    try:
        with qtbot.waitSignal(server.link_received, timeout=60_000):
            second = subprocess.Popen(
                [sys.executable, "-m", "launcher", f"meeting-launcher:{link}"],
                env=env,
                cwd=REPO,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
        out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert links == [f"meeting-launcher:{link}"]
        assert b"secret" not in out + err  # the host link is not printed
    finally:
        server.close()
        owner.deleteLater()
        lock.unlock()


def test_a_refused_link_is_said_on_the_command_line(qtbot: QtBot, tmp_path: Path) -> None:
    """The second start says why in the terminal, and still hands the link over: the
    running app shows it in its window (from a desktop link nobody sees the terminal)."""
    env = _app_env(tmp_path)
    lock_path = tmp_path / "data" / "meeting-launcher" / "instance.lock"
    lock = single_instance.acquire(lock_path)
    assert lock is not None
    owner = QObject()
    server = single_instance.InstanceServer(single_instance.socket_name(lock_path), owner)
    try:
        with qtbot.waitSignal(server.link_received, timeout=60_000) as received:
            second = subprocess.Popen(
                [sys.executable, "-m", "launcher", "ftp://meet.example.test/123456789"],
                env=env,
                cwd=REPO,
                stderr=subprocess.PIPE,
            )
        _out, err = second.communicate(timeout=60)
        assert second.returncode == 0
        assert received.args == ["ftp://meet.example.test/123456789"]
        assert b"link not opened: only http and https meeting links are opened" in err
    finally:
        server.close()
        owner.deleteLater()
        lock.unlock()


def _app_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    env.pop("LAUNCHER_EXIT_WHEN_SHOWN", None)
    return env


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


def test_a_link_the_system_hands_over_as_an_event_is_taken() -> None:
    """macOS gives the running app a ``meeting-launcher:`` link as a file-open event to
    the application object; the app's QApplication passes it on (a fresh interpreter:
    the tests' own QApplication is a plain one)."""
    code = textwrap.dedent(
        """
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QFileOpenEvent
        from launcher.ui import style
        from launcher.ui.app import LauncherApplication
        app = style.create_application([], LauncherApplication)
        got = []
        app.link_opened.connect(got.append)
        app.sendEvent(app, QFileOpenEvent(QUrl("meeting-launcher:https://m.test/123456789")))
        app.sendEvent(app, QFileOpenEvent("/tmp/some file.ics"))  # a file: not a link
        print(got)
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "['meeting-launcher:https://m.test/123456789']", result.stderr
