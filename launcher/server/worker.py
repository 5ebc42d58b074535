"""Runs storage work off the event loop, on one dedicated thread."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from launcher.server.store import Store

T = TypeVar("T")


class StoreWorker:
    """One SQLite connection on one thread; ``await worker.run(fn)`` calls
    ``fn(store)`` there. A single thread serialises writers, which SQLite
    wants anyway, and keeps fsync waits off the event loop."""

    def __init__(self, data_dir: Path) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="meetings-store")
        # Open on the worker thread (and fail here, in the caller, if we cannot).
        self._store: Store = self._executor.submit(Store, data_dir).result()

    async def run(self, fn: Callable[[Store], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, fn, self._store)

    def call(self, fn: Callable[[Store], T]) -> T:
        """Blocking variant for code outside the event loop (tests, tools)."""
        return self._executor.submit(fn, self._store).result()

    def close(self) -> None:
        self._executor.submit(self._store.close).result()
        self._executor.shutdown(wait=True)
