"""Runs storage work off the event loop, on one dedicated thread.

Writes from API requests go through :meth:`StoreWorker.write`, which commits
concurrent requests together (group commit): each request's work runs in its
own savepoint inside one transaction, so a failing request rolls back alone,
and one fsync then makes the whole group durable before any of them is
answered. With ``synchronous=FULL`` that fsync is the cost of a write, so this
is what lets concurrent clients go faster than one.

Reads from API requests go through :meth:`StoreWorker.read`, on a second thread with
its own connection: WAL lets it read what was committed while the writer thread waits
for a group's fsync, which reads would otherwise queue behind.

PostgreSQL going away (stopped, restarted, unreachable): work fails with
:class:`~launcher.server.store.DatabaseUnavailable` (the API answers 503), logged
once per outage; each thread reopens its connection before its next job, so the
server works again by itself once the database is back.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from launcher.server.store import Database, DatabaseUnavailable, Store

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Most writes committed together (bounds the wait of the first one).
MAX_GROUP = 64


@dataclass
class _Job:
    fn: Callable[[Store], Any]
    group: bool
    future: Future[Any] = field(default_factory=Future)


class _Outage:
    """Logs the database going away once, and once again when it answers again."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._down = False

    def failed(self, exc: BaseException) -> BaseException:
        if isinstance(exc, DatabaseUnavailable):
            with self._lock:
                down, self._down = self._down, True
            if not down:
                log.warning("%s; answering 503 until it is back", exc)
        return exc

    def worked(self) -> None:
        if self._down:
            with self._lock:
                down, self._down = self._down, False
            if down:
                log.warning("the database answers again")


def _run_job(store: Store, job: _Job, outage: _Outage) -> None:
    """``job`` alone on ``store``'s thread, its connection reopened first if lost."""
    if not job.future.set_running_or_notify_cancel():
        return
    try:
        store.reopen_if_lost()
        result = job.fn(store)
    except BaseException as exc:
        job.future.set_exception(outage.failed(store.unavailable_or_same(exc)))
        return
    outage.worked()
    job.future.set_result(result)


class StoreWorker:
    """One SQLite connection on one thread; ``await worker.run(fn)`` calls
    ``fn(store)`` there. A single thread serialises writers, which SQLite
    wants anyway, and keeps fsync waits off the event loop."""

    def __init__(self, data_dir: Path, database: Database | None = None) -> None:
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._loop, name="meetings-store", daemon=True)
        self._store: Store | None = None
        self._closed = False
        self._outage = _Outage()
        opened: Future[None] = Future()
        self._thread.start()
        # Open on the worker thread (and fail here, in the caller, if we cannot).
        self._jobs.put(_Job(lambda _: self._open(data_dir, database), group=False, future=opened))
        try:
            opened.result()
        except BaseException:
            self.close()
            raise
        try:
            self._reader = _Reader(data_dir, database, self._outage)
        except BaseException:
            self.close()
            raise

    def _open(self, data_dir: Path, database: Database | None) -> None:
        self._store = Store(data_dir, database)

    async def run(self, fn: Callable[[Store], T]) -> T:
        """Run ``fn(store)`` on the storage thread, on its own."""
        return await asyncio.wrap_future(self._submit(fn, group=False))

    async def read(self, fn: Callable[[Store], T]) -> T:
        """Run ``fn(store)``, which only reads, on the reading thread: it sees every
        write that has returned, and does not wait for the writes in flight."""
        if self._closed:
            raise RuntimeError("storage is closed")
        return await asyncio.wrap_future(self._reader.submit(fn))

    async def write(self, fn: Callable[[Store], T]) -> T:
        """Run ``fn(store)`` in a group commit; returns once it is durable.

        ``fn`` must only use the Store (its connection): work on other
        connections would wait on the group's open transaction.
        """
        return await asyncio.wrap_future(self._submit(fn, group=True))

    def call(self, fn: Callable[[Store], T]) -> T:
        """Blocking variant for code outside the event loop (tests, tools)."""
        result: T = self._submit(fn, group=False).result()
        return result

    def _submit(self, fn: Callable[[Store], Any], *, group: bool) -> Future[Any]:
        if self._closed:
            raise RuntimeError("storage is closed")
        job = _Job(fn, group)
        self._jobs.put(job)
        return job.future

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._jobs.put(None)
        self._thread.join()
        reader = getattr(self, "_reader", None)
        if reader is not None:
            reader.close()

    def _loop(self) -> None:
        pending: _Job | None = None
        while True:
            job = pending if pending is not None else self._jobs.get()
            pending = None
            if job is None:
                break
            if not job.group:
                self._run_alone(job)
                continue
            group = [job]
            while len(group) < MAX_GROUP:
                try:
                    following = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if following is None or not following.group:
                    pending = following
                    break
                group.append(following)
            self._run_group(group)
            if pending is None and self._closed and self._jobs.empty():
                break
        if self._store is not None:
            self._store.close()

    def _run_alone(self, job: _Job) -> None:
        if self._store is None:  # opening the store (the first job)
            if job.future.set_running_or_notify_cancel():
                try:
                    job.future.set_result(job.fn(self._store))  # type: ignore[arg-type]
                except BaseException as exc:
                    job.future.set_exception(exc)
            return
        _run_job(self._store, job, self._outage)

    def _run_group(self, group: list[_Job]) -> None:
        store = self._store
        assert store is not None
        outcomes: list[tuple[bool, Any]] = []
        try:
            store.reopen_if_lost()
            with store.transaction():
                for job in group:
                    try:
                        with store.transaction():  # a savepoint: fails alone
                            outcomes.append((True, job.fn(store)))
                    except Exception as exc:
                        outcomes.append((False, exc))
        except BaseException as exc:  # the commit itself failed: nothing is durable
            failure = self._outage.failed(store.unavailable_or_same(exc))
            for job in group:
                if job.future.set_running_or_notify_cancel():
                    job.future.set_exception(failure)
            return
        self._outage.worked()
        for job, (ok, value) in zip(group, outcomes, strict=True):
            if job.future.set_running_or_notify_cancel():
                if ok:
                    job.future.set_result(value)
                else:
                    job.future.set_exception(value)


class _Reader:
    """A second connection on its own thread, for reads only."""

    def __init__(self, data_dir: Path, database: Database | None, outage: _Outage) -> None:
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._outage = outage
        self._store = Store(data_dir, database)  # used by the reading thread only from here on
        self._thread = threading.Thread(target=self._loop, name="meetings-reads", daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[[Store], Any]) -> Future[Any]:
        job = _Job(fn, group=False)
        self._jobs.put(job)
        return job.future

    def close(self) -> None:
        self._jobs.put(None)
        self._thread.join()

    def _loop(self) -> None:
        while (job := self._jobs.get()) is not None:
            _run_job(self._store, job, self._outage)
        self._store.close()
