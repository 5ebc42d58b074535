"""Request rate limits: API requests per application, joins per client address.

- ``api``: requests to the Meetings API (``/v1/meetings/...``) per application, counted
  once the token is verified.
- ``join``: meeting pages opening their signalling socket (``/meeting-ws``) and one-time
  links made or used (``/meeting-handoff``) per client address (the one a trusted proxy
  names); addresses in ``exempt`` (loopback by default, as for
  :class:`~launcher.server.connections.ConnectionLimits`) are not counted.

Each is a fixed window of :attr:`RequestLimits.window` seconds starting at a subject's
first request: the ``limit + 1``-th request in it is answered ``429`` with
``Retry-After`` (the seconds until the window ends) and the contract's error body. A
limit of 0 is no limit (the default: the in-app server's user owns the machine).

Without ``--redis`` the windows are counted in this process (:class:`LocalWindows`);
with it, in Redis (:mod:`launcher.server.limits_redis`), so that several processes
behind one address allow together what one would. A fixed window lets a client that
waits for its end send up to twice the limit across the boundary; that is the price of
one atomic ``INCR`` per request.
"""

from __future__ import annotations

import ipaddress
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol

from aiohttp import web

from launcher.server.connections import in_networks
from launcher.server.errors import ApiError

Kind = Literal["api", "join"]


@dataclass(frozen=True)
class RequestLimits:
    """How many requests a subject may make in one window; 0 is no limit."""

    api_per_application: int = 0  # Meetings API requests of one application
    joins_per_address: int = 0  # signalling sockets and one-time links of one address
    window: float = 60.0  # seconds
    exempt: tuple[str, ...] = ("127.0.0.0/8", "::1/128")  # addresses never counted (join)

    def limit(self, kind: Kind) -> int:
        return self.api_per_application if kind == "api" else self.joins_per_address


class TooManyRequests(ApiError):
    """Over a rate limit: try again after ``retry_after`` seconds."""

    status = 429
    name = "TooManyRequestsError"

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after

    def response(self) -> web.Response:
        answer = super().response()
        answer.headers["Retry-After"] = str(self.retry_after)
        answer.headers["Cache-Control"] = "no-store"
        return answer


class WindowCounter(Protocol):
    """Counts requests in fixed windows."""

    async def hit(self, key: str, window: float) -> tuple[int, float]:
        """Count one request for ``key``: how many its window holds now (this one
        included) and the seconds until that window ends."""
        ...

    async def close(self) -> None: ...


class LocalWindows:
    """Windows counted in this process's memory."""

    #: Ended windows are swept once this many keys are held.
    SWEEP_AT = 10_000

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._windows: dict[str, tuple[int, float]] = {}

    def hit_now(self, key: str, window: float) -> tuple[int, float]:
        now = self._clock()
        count, ends = self._windows.get(key, (0, 0.0))
        if ends <= now:
            if len(self._windows) >= self.SWEEP_AT:
                self._windows = {k: v for k, v in self._windows.items() if v[1] > now}
            count, ends = 0, now + window
        count += 1
        self._windows[key] = (count, ends)
        return count, ends - now

    async def hit(self, key: str, window: float) -> tuple[int, float]:
        return self.hit_now(key, window)

    async def close(self) -> None:
        self._windows.clear()


class RequestLimiter:
    """The server's limits, counted by ``counter``."""

    def __init__(self, limits: RequestLimits, counter: WindowCounter) -> None:
        self.limits = limits
        self.counter = counter
        self._exempt = [ipaddress.ip_network(net) for net in limits.exempt]

    def applies(self, kind: Kind, subject: str) -> bool:
        if self.limits.limit(kind) <= 0:
            return False
        return kind == "api" or not self._is_exempt(subject)

    async def check(self, kind: Kind, subject: str) -> None:
        """Count one request of ``subject``; :class:`TooManyRequests` when over."""
        if not self.applies(kind, subject):
            return
        limit = self.limits.limit(kind)
        count, left = await self.counter.hit(f"{kind}:{subject}", self.limits.window)
        if count > limit:
            what = "API requests" if kind == "api" else "meeting joins and one-time links"
            raise TooManyRequests(
                f"Too many {what}: at most {limit} in {self.limits.window:g} seconds; "
                "try again later",
                max(1, math.ceil(left)),
            )

    def _is_exempt(self, address: str) -> bool:
        return in_networks(address, self._exempt)
