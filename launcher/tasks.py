"""The one bridge from worker threads to the GUI.

Blocking work (API calls, keyring, file I/O) runs on a ``QThreadPool``; its
result or error comes back to the GUI thread through a queued signal and is
handed to the callbacks given at submission.

Every task carries a generation id. A result is dropped, never delivered, when
the task was cancelled, when a newer task with the same ``key`` superseded it,
or when the ``owner`` QObject (a dialog, say) has been destroyed meanwhile.
Cancellation is cooperative: the work function receives a :class:`CancelToken`
it may poll, and callbacks registered on the token run on cancel (closing an
HTTP client, for instance). Threads are never terminated.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

_ids = itertools.count(1)


class Cancelled(Exception):
    """Raised by :meth:`CancelToken.raise_if_cancelled` inside work functions."""


class CancelToken:
    """A flag shared between the GUI and one piece of work."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], object]] = []

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def on_cancel(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` when cancelled (at once if that already happened)."""
        with self._lock:
            if not self._event.is_set():
                self._callbacks.append(callback)
                return
        callback()

    def cancel(self) -> None:
        with self._lock:
            if self._event.is_set():
                return
            self._event.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            try:
                callback()
            except Exception:
                log.exception("cancel callback failed")

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled


@dataclass(eq=False)
class Task:
    """A handle on submitted work; ``cancel()`` drops its result."""

    id: int
    key: str | None
    token: CancelToken = field(default_factory=CancelToken)
    done: bool = False

    def cancel(self) -> None:
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled


class _Relay(QObject):
    # Lives on the GUI thread; emitting from a worker queues delivery there.
    finished = Signal(int, object)
    failed = Signal(int, object)


class _Runnable(QRunnable):
    def __init__(self, relay: _Relay, task: Task, fn: Callable[[CancelToken], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._relay = relay
        self._task = task
        self._fn = fn

    def run(self) -> None:
        try:
            self._task.token.raise_if_cancelled()
            result = self._fn(self._task.token)
        except BaseException as exc:  # delivered to the GUI, never lost in a thread
            self._deliver(self._relay.failed, exc)
        else:
            self._deliver(self._relay.finished, result)

    def _deliver(self, signal: Any, payload: object) -> None:
        # The runner (and its relay) may have been deleted with the window that
        # owned it while this work ran: then there is nobody to tell.
        if not shiboken6.isValid(self._relay):
            return
        try:
            signal.emit(self._task.id, payload)
        except RuntimeError:
            # Deleted between the check and the emit.
            log.debug("task %d finished after its runner was deleted", self._task.id)


class Progress(QObject):
    """Progress that work reports from its thread: ``advanced(done, total)`` on the GUI thread.

    Create it on the GUI thread with the dialog as parent, connect ``advanced``, and
    hand ``report`` to the work function. Once the dialog is closed and deleted, its
    reports go nowhere.
    """

    advanced = Signal(int, int)

    def report(self, done: int, total: int) -> None:
        """Called on the worker thread; the emit is queued to the GUI thread."""
        if shiboken6.isValid(self):
            self.advanced.emit(done, total)


@dataclass
class _Pending:
    task: Task
    owner: QObject | None
    on_done: Callable[[Any], object] | None
    on_error: Callable[[BaseException], object] | None
    on_settled: Callable[[], object] | None


class TaskRunner(QObject):
    """Runs blocking callables off the GUI thread and delivers results on it.

    Create it on the GUI thread. ``submit`` must be called on the GUI thread;
    callbacks always run there.
    """

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_relay_finished)
        self._relay.failed.connect(self._on_relay_failed)
        self._pending: dict[int, _Pending] = {}
        self._latest_by_key: dict[str, int] = {}

    def submit(
        self,
        fn: Callable[[CancelToken], Any],
        *,
        on_done: Callable[[Any], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        on_settled: Callable[[], object] | None = None,
        owner: QObject | None = None,
        key: str | None = None,
    ) -> Task:
        """Run ``fn(token)`` on the pool.

        ``on_done(result)`` or ``on_error(exception)`` runs on the GUI thread,
        then ``on_settled()`` (for hiding a busy indicator) whenever the task is
        over, delivered or dropped. A newer submission with the same ``key``
        supersedes this one: its result is dropped and its token cancelled.
        """
        task = Task(id=next(_ids), key=key)
        if key is not None:
            previous = self._latest_by_key.get(key)
            if previous is not None and previous in self._pending:
                self._pending[previous].task.cancel()
            self._latest_by_key[key] = task.id
        self._pending[task.id] = _Pending(task, owner, on_done, on_error, on_settled)
        self._pool.start(_Runnable(self._relay, task, fn))
        return task

    def pending_count(self) -> int:
        return len(self._pending)

    def cancel_all(self) -> None:
        for pending in list(self._pending.values()):
            pending.task.cancel()

    def _take(self, task_id: int) -> _Pending | None:
        pending = self._pending.pop(task_id, None)
        if pending is None:
            return None
        pending.task.done = True
        key = pending.task.key
        if key is not None and self._latest_by_key.get(key) == task_id:
            del self._latest_by_key[key]
        deliver = not pending.task.cancelled and (
            pending.owner is None or shiboken6.isValid(pending.owner)
        )
        if not deliver:
            self._settle(pending)
            return None
        return pending

    def _settle(self, pending: _Pending) -> None:
        if pending.on_settled is not None and (
            pending.owner is None or shiboken6.isValid(pending.owner)
        ):
            pending.on_settled()

    @Slot(int, object)
    def _on_relay_finished(self, task_id: int, result: object) -> None:
        pending = self._take(task_id)
        if pending is None:
            return
        try:
            if pending.on_done is not None:
                pending.on_done(result)
        finally:
            self._settle(pending)

    @Slot(int, object)
    def _on_relay_failed(self, task_id: int, error: BaseException) -> None:
        pending = self._take(task_id)
        if pending is None:
            return
        try:
            if pending.on_error is not None:
                pending.on_error(error)
            elif not isinstance(error, Cancelled):
                log.error("background task failed: %s", type(error).__name__)
        finally:
            self._settle(pending)
