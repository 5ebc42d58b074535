"""Who is in which meeting, shared through Redis (``serve --redis``), for the videos
uploaded to watch together.

With several processes behind one address, a host's upload and the participants'
downloads (:mod:`launcher.server.watch_files`) may reach a process that does not run
the meeting, and so does not know who is in it. The process running it keeps, per
meeting, one Redis hash (``meeting-launcher:watch:<meeting code>``): one field per
admitted participant, ``p:<participant id>`` -> ``<1 for a host, else 0>:<device id>``,
set when they are admitted and deleted when they leave; the whole key when the meeting
empties. Any process answers "is this browser admitted here now", "is a host in" from
it. Its TTL (:data:`TTL`, renewed at each admission) ends the key of a meeting whose
process was killed. The videos themselves are files in the data directory, which
processes behind one address share (as for recordings).

Redis not answering: admission is not held up (logged); a check answers "no" (a 404 or
403, never a video to a browser that cannot be checked), and "is the meeting running"
answers yes (no video is deleted on a guess). Loaded only with ``--redis``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

import redis.asyncio as aioredis
from aiohttp import web
from redis.exceptions import RedisError

from launcher.server.config import RedisSetting
from launcher.server.relay import PREFIX, async_client
from launcher.server.signalling import MeetingRoom, Participant, PresenceListener

log = logging.getLogger(__name__)

KEY_PREFIX = PREFIX + "watch:"
#: A meeting's key ends this long after its last admission unless it empties before.
TTL = 24 * 3600

_FAILURES = (TimeoutError, RedisError, OSError)


def _key(meeting_code: str) -> str:
    return KEY_PREFIX + meeting_code


def _text(raw: object) -> str:
    return raw.decode() if isinstance(raw, bytes) else str(raw)


class RedisAudience:
    """Admitted participants of every meeting, kept by the process running it."""

    def __init__(self, setting: RedisSetting) -> None:
        self.setting = setting
        self._redis: aioredis.Redis | None = None

    def _client(self) -> aioredis.Redis:
        if self._redis is None:
            self._redis = async_client(self.setting)
        return self._redis

    async def joined(self, meeting_code: str, participant: Participant) -> None:
        value = f"{int(participant.is_host)}:{participant.device or ''}"
        try:
            async with self._client().pipeline(transaction=True) as pipe:
                pipe.hset(_key(meeting_code), f"p:{participant.id}", value)
                pipe.expire(_key(meeting_code), TTL)
                await pipe.execute()
        except _FAILURES as exc:
            log.warning("watch together: Redis did not keep who joined: %s", type(exc).__name__)

    async def left(self, meeting_code: str, participant: Participant) -> None:
        try:
            await self._client().hdel(_key(meeting_code), f"p:{participant.id}")
        except _FAILURES as exc:
            log.warning("watch together: Redis did not keep who left: %s", type(exc).__name__)

    async def forget(self, meeting_code: str) -> None:
        try:
            await self._client().delete(_key(meeting_code))
        except _FAILURES as exc:
            log.warning("watch together: Redis did not forget a meeting: %s", type(exc).__name__)

    async def _members(self, meeting_code: str) -> list[tuple[bool, str]] | None:
        try:
            raw: Mapping[Any, Any] = await self._client().hgetall(_key(meeting_code))
        except _FAILURES as exc:
            log.warning("watch together: Redis did not answer: %s", type(exc).__name__)
            return None
        members = []
        for value in raw.values():
            host, _, device = _text(value).partition(":")
            members.append((host == "1", device))
        return members

    async def is_admitted(self, meeting_code: str, device: str) -> bool:
        members = await self._members(meeting_code)
        return bool(device) and any(d == device for _host, d in members or ())

    async def has_host(self, meeting_code: str) -> bool:
        return any(host for host, _device in await self._members(meeting_code) or ())

    async def running(self, meeting_code: str) -> bool:
        try:
            return bool(await self._client().exists(_key(meeting_code)))
        except _FAILURES:
            return True

    async def close(self) -> None:
        if self._redis is not None:
            await self._redis.aclose()
            self._redis = None


class AudiencePresence:
    """The hub's presence listener: ``inner`` (the session tracker), then the audience."""

    def __init__(self, inner: PresenceListener, audience: RedisAudience) -> None:
        self._inner = inner
        self._audience = audience

    async def participant_joined(self, room: MeetingRoom, participant: Participant) -> None:
        try:
            await self._inner.participant_joined(room, participant)
        finally:  # storage trouble there changes nothing about who is in
            await self._audience.joined(room.meeting_code, participant)

    async def participant_left(self, room: MeetingRoom, participant: Participant) -> None:
        try:
            await self._inner.participant_left(room, participant)
        finally:
            await self._audience.left(room.meeting_code, participant)

    async def board_saved(self, room: MeetingRoom, strokes: Sequence[Mapping[str, Any]]) -> None:
        await self._inner.board_saved(room, strokes)


def install(app: web.Application, setting: RedisSetting) -> RedisAudience:
    """The shared audience, closed at cleanup."""
    audience = RedisAudience(setting)

    async def stop(_app: web.Application) -> None:
        await audience.close()

    app.on_cleanup.append(stop)
    return audience
