"""Rate-limit windows in Redis (``serve --redis``): limits that hold across processes.

Each window is one Redis key (``meeting-launcher:limit:<kind>:<subject>``) counted
with one small script: ``INCR``, and on the window's first request ``PEXPIRE`` (Redis
drops the key when the window ends, so nothing is left to clean). Every process
behind one address counts in the same key, so two processes allow together what one
would.

Redis not answering fails *towards the per-process limit*: the request is counted in
this process's own windows (:class:`~launcher.server.request_limits.LocalWindows`), as
without ``--redis``, and Redis is asked again after :data:`RETRY_AFTER` seconds. So
the server stays protected (each process still applies the limit; together they allow
at most the number of processes times it) and a Redis outage never turns into refused
or failed API requests: the API itself does not need Redis. Logged once per outage, and
once when Redis answers again. Loaded only with ``--redis``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import redis.asyncio as aioredis
from redis.exceptions import RedisError

from launcher.server.config import RedisSetting
from launcher.server.relay import PREFIX, async_client
from launcher.server.request_limits import LocalWindows

log = logging.getLogger(__name__)

KEY_PREFIX = PREFIX + "limit:"
#: A limit is checked on the request's path: Redis gets this long to answer.
TIMEOUT = 2.0
#: After Redis failed to answer, windows are counted here this long before asking again.
RETRY_AFTER = 5.0

# The window's count after this request and the milliseconds until it ends. A key
# somehow left without an expiry is given one (it would otherwise never end).
_HIT = """
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local left = redis.call('PTTL', KEYS[1])
if left < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  left = tonumber(ARGV[1])
end
return {count, left}
"""


class RedisWindows:
    """Fixed windows shared by every process on one Redis, or counted in this
    process while Redis does not answer."""

    def __init__(self, setting: RedisSetting, clock: Callable[[], float] = time.monotonic) -> None:
        self.setting = setting
        self.local = LocalWindows(clock)
        self._clock = clock
        self._redis: aioredis.Redis | None = None
        self._down_until = 0.0
        self._down = False

    def _client(self) -> aioredis.Redis:
        if self._redis is None:
            self._redis = async_client(self.setting, TIMEOUT)
        return self._redis

    async def hit(self, key: str, window: float) -> tuple[int, float]:
        if self._down and self._clock() < self._down_until:
            return self.local.hit_now(key, window)
        try:
            client = self._client()
            count, left_ms = await client.eval(_HIT, 1, KEY_PREFIX + key, int(window * 1000))
        except (TimeoutError, RedisError, OSError) as exc:
            if not self._down:
                log.warning(
                    "rate limits: Redis at %s does not answer (%s); counting in this "
                    "process until it does",
                    self.setting.describe(),
                    type(exc).__name__,
                )
            self._down = True
            self._down_until = self._clock() + RETRY_AFTER
            return self.local.hit_now(key, window)
        if self._down:
            log.warning("rate limits: Redis answers again; counting there")
            self._down = False
        return int(count), int(left_ms) / 1000

    async def close(self) -> None:
        if self._redis is not None:
            await self._redis.aclose()
            self._redis = None
