"""Handoff codes in Redis (``serve --redis``): one-time links that hold across processes.

With several ``serve`` processes behind one address, the app's ``POST
/meeting-handoff`` and the browser's ``GET /meeting-handoff/{code}`` may reach
different processes. Each pending code is a Redis key with the same lifetime as
in memory (:data:`~launcher.server.tokens.HANDOFF_TTL_SECONDS`, set with the
value, so Redis drops it by itself); redeeming is one ``GETDEL``, so a code is
used once however many processes race for it.

The key is a SHA-256 of the code (a key listing shows no usable code); the value is
the host link's path and query, a secret: it is never logged and lives only until
redeemed or expired. Loaded only with ``--redis``.
"""

from __future__ import annotations

import hashlib
import logging
import secrets

import redis.asyncio as aioredis
from aiohttp import web
from redis.exceptions import RedisError

from launcher.server.config import RedisSetting
from launcher.server.relay import PREFIX, async_client
from launcher.server.tokens import HANDOFF_TTL_SECONDS, HandoffUnavailable

log = logging.getLogger(__name__)

KEY_PREFIX = PREFIX + "handoff:"


def handoff_key(code: str) -> str:
    return KEY_PREFIX + hashlib.sha256(code.encode()).hexdigest()


class RedisHandoffCodes:
    """Pending single-use codes shared by every process on one Redis."""

    def __init__(self, setting: RedisSetting, ttl: float = HANDOFF_TTL_SECONDS) -> None:
        self.setting = setting
        self.ttl = ttl
        self._redis: aioredis.Redis | None = None

    def _client(self) -> aioredis.Redis:
        if self._redis is None:
            self._redis = async_client(self.setting)
        return self._redis

    async def issue_code(self, target: str) -> str:
        code = secrets.token_urlsafe(24)
        try:
            await self._client().set(handoff_key(code), target, px=int(self.ttl * 1000), nx=True)
        except (TimeoutError, RedisError, OSError) as exc:
            log.warning("handoff: Redis did not keep a code: %s", type(exc).__name__)
            raise HandoffUnavailable from None
        return code

    async def redeem_code(self, code: str) -> str | None:
        try:
            raw = await self._client().getdel(handoff_key(code))
        except (TimeoutError, RedisError, OSError) as exc:
            log.warning("handoff: Redis did not answer for a code: %s", type(exc).__name__)
            raise HandoffUnavailable from None
        if raw is None:
            return None
        return raw.decode() if isinstance(raw, bytes) else str(raw)

    async def close(self) -> None:
        if self._redis is not None:
            await self._redis.aclose()
            self._redis = None


def install(app: web.Application, setting: RedisSetting) -> RedisHandoffCodes:
    """The shared codes for ``handoff_routes(codes=...)``, closed at cleanup."""
    codes = RedisHandoffCodes(setting)

    async def stop(_app: web.Application) -> None:
        await codes.close()

    app.on_cleanup.append(stop)
    return codes
