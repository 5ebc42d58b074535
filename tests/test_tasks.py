"""The task bridge: work off the GUI thread, results back on it, stale ones dropped."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QObject, QThreadPool, QTimer
from pytestqt.qtbot import QtBot

from launcher.tasks import Cancelled, CancelToken, Progress, TaskRunner


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    pool = QThreadPool()
    pool.setMaxThreadCount(4)
    r = TaskRunner(pool)
    yield r
    r.cancel_all()
    pool.waitForDone(5000)


def test_result_runs_off_gui_thread_and_arrives_on_it(qtbot: QtBot, runner: TaskRunner) -> None:
    seen: dict[str, object] = {}

    def work(token: CancelToken) -> int:
        seen["worker"] = threading.current_thread()
        return 42

    def done(result: int) -> None:
        seen["callback"] = threading.current_thread()
        seen["result"] = result

    runner.submit(work, on_done=done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["callback"] is threading.main_thread()
    assert seen["worker"] is not threading.main_thread()
    assert runner.pending_count() == 0


def test_error_is_delivered_and_settled(qtbot: QtBot, runner: TaskRunner) -> None:
    errors: list[BaseException] = []
    settled: list[bool] = []

    def work(token: CancelToken) -> None:
        raise ValueError("bad input")

    runner.submit(work, on_error=errors.append, on_settled=lambda: settled.append(True))
    qtbot.waitUntil(lambda: bool(settled), timeout=5000)
    assert isinstance(errors[0], ValueError)
    assert str(errors[0]) == "bad input"


def test_newer_task_with_same_key_supersedes(qtbot: QtBot, runner: TaskRunner) -> None:
    results: list[str] = []
    release = threading.Event()
    settled: list[str] = []

    def slow(token: CancelToken) -> str:
        release.wait(5)
        return "old"

    first = runner.submit(
        slow, on_done=results.append, key="rooms", on_settled=lambda: settled.append("old")
    )
    runner.submit(
        lambda token: "new",
        on_done=results.append,
        key="rooms",
        on_settled=lambda: settled.append("new"),
    )
    qtbot.waitUntil(lambda: results == ["new"], timeout=5000)
    assert first.cancelled
    release.set()
    qtbot.waitUntil(lambda: len(settled) == 2, timeout=5000)
    assert results == ["new"]


def test_result_for_destroyed_owner_is_dropped(qtbot: QtBot, runner: TaskRunner) -> None:
    results: list[int] = []
    release = threading.Event()
    owner = QObject()

    runner.submit(lambda token: release.wait(5) and 1, on_done=results.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(owner), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: runner.pending_count() == 0, timeout=5000)
    assert results == []


def test_cancel_runs_callbacks_and_drops_result(qtbot: QtBot, runner: TaskRunner) -> None:
    results: list[object] = []
    closed = threading.Event()

    def work(token: CancelToken) -> str:
        token.on_cancel(closed.set)  # e.g. closing the HTTP client
        while not token.cancelled:
            time.sleep(0.01)
        token.raise_if_cancelled()
        return "finished"

    task = runner.submit(work, on_done=results.append, on_error=results.append)
    time.sleep(0.05)
    task.cancel()
    assert closed.wait(2)
    qtbot.waitUntil(lambda: runner.pending_count() == 0, timeout=5000)
    assert results == []


def test_cancelled_exception_type() -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        token.raise_if_cancelled()
    called: list[int] = []
    token.on_cancel(lambda: called.append(1))  # already cancelled: runs at once
    assert called == [1]


def test_gui_keeps_running_while_work_blocks(qtbot: QtBot, runner: TaskRunner) -> None:
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    done: list[object] = []
    runner.submit(lambda token: time.sleep(0.5), on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 20
    assert max(gaps) < 0.2


def test_work_outliving_its_runner_is_dropped_quietly(qtbot: QtBot) -> None:
    pool = QThreadPool()
    owner = QObject()
    runner = TaskRunner(pool, parent=owner)
    release = threading.Event()
    finished = threading.Event()
    results: list[object] = []

    def work(token: CancelToken) -> str:
        release.wait(5)
        finished.set()
        return "late"

    runner.submit(work, on_done=results.append)
    owner.deleteLater()  # the window goes away, taking its runner along
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner), timeout=5000)
    # An exception raised in QRunnable.run() fails this test (pytest-qt
    # reports exceptions from Qt virtual overrides).
    release.set()
    assert finished.wait(5)
    assert pool.waitForDone(5000)
    assert results == []


def test_progress_from_a_worker_arrives_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    parent = QObject()
    progress = Progress(parent)
    heard: list[tuple[int, int, threading.Thread]] = []
    progress.advanced.connect(
        lambda done, total: heard.append((done, total, threading.current_thread()))
    )

    def work(token: CancelToken) -> None:
        for done in range(3):
            progress.report(done, 3)

    runner.submit(work)
    qtbot.waitUntil(lambda: len(heard) == 3, timeout=5000)
    assert [(done, total) for done, total, _ in heard] == [(0, 3), (1, 3), (2, 3)]
    assert all(thread is threading.main_thread() for _, _, thread in heard)


def test_progress_of_a_deleted_dialog_goes_nowhere(qtbot: QtBot) -> None:
    parent = QObject()
    progress = Progress(parent)
    shiboken6.delete(parent)
    assert not shiboken6.isValid(progress)
    progress.report(1, 2)  # a worker still running after its dialog closed: no error
