"""A real webhook receiver: an aiohttp server on 127.0.0.1 in its own thread."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from aiohttp import web


@dataclass(frozen=True)
class Delivery:
    """One request the receiver got."""

    path: str
    headers: dict[str, str]
    raw: bytes
    status: int  # what the receiver answered

    @property
    def body(self) -> dict[str, Any]:
        value: dict[str, Any] = json.loads(self.raw)
        return value


class Receiver:
    """Answers each POST with the next status of ``statuses`` (then 204)."""

    def __init__(self, statuses: list[int] | None = None) -> None:
        self.statuses = list(statuses or [])
        self.deliveries: list[Delivery] = []
        self.url = ""
        self._cond = threading.Condition()
        self._loop = asyncio.new_event_loop()
        self._runner: web.AppRunner | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    def __enter__(self) -> Receiver:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(10)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_post("/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}"

    async def _handle(self, request: web.Request) -> web.Response:
        raw = await request.read()
        with self._cond:
            status = self.statuses.pop(0) if self.statuses else 204
            self.deliveries.append(Delivery(request.path, dict(request.headers), raw, status))
            self._cond.notify_all()
        return web.Response(status=status)

    def bodies(self, path: str | None = None) -> list[dict[str, Any]]:
        """Bodies received (on ``path``) and answered with a 2xx."""
        with self._cond:
            return [
                d.body
                for d in self.deliveries
                if 200 <= d.status < 300 and (path is None or d.path == path)
            ]

    def wait_for(self, check: Callable[[list[Delivery]], bool], timeout: float = 10.0) -> None:
        """Block until ``check(deliveries)`` is true."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while not check(self.deliveries):
                left = deadline - time.monotonic()
                if left <= 0:
                    got = [(d.path, d.status, d.raw[:200]) for d in self.deliveries]
                    raise AssertionError(f"webhooks not received in time; got {got}")
                self._cond.wait(left)

    def wait_events(self, path: str, events: list[str], timeout: float = 10.0) -> None:
        """Block until ``events`` (in order, among others) were delivered on ``path``."""

        def arrived(_: list[Delivery]) -> bool:
            seen = iter([b["event"] for b in self.bodies(path)])
            return all(event in seen for event in events)

        self.wait_for(arrived, timeout)
