"""Signalling across server processes through Redis (``serve --redis redis://...``).

Several ``serve`` processes share one PostgreSQL database behind one load balancer; a
room's pages may land on any of them. Each room is run by one process, its *owner*,
with the same :class:`~launcher.server.signalling.MeetingHub` logic as on a single
server, so presence, the waiting room, host actions, recording state, the whiteboard,
the speaking round and watch together stay in one place and consistent.

- Ownership is a Redis key per room holding the owner's process id with a lease
  (:data:`LEASE`), taken by the first process a page of the room reaches, renewed
  while the room has pages and deleted when its last page leaves.
- A page whose socket landed on another process is *relayed*: that process publishes
  the page's hello and frames to the owner's channel, and the owner publishes what it
  sends the page (and "close the socket") back to the channel of the process holding
  the socket. Pacing and the socket's send queue stay where the socket is.
- Each process publishes through one ordered queue on one connection, so a page's
  frames, and what one room sends one page, arrive in the order sent.
- Who waits at the door of which room (the host apps' event stream,
  launcher.server.host_events) is kept in a Redis hash and announced to every process;
  an app's "admit" reaching another process is sent on to the room's owner.

Nothing else is shared here: no cluster logic of our own, Redis pub/sub carries it.
A process killed with its rooms leaves them owned until their leases run out; what the
next process to run them needs (rejoin keys, the whiteboard, the running session) is
kept by launcher.server.failover.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import secrets
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, cast

import redis
import redis.asyncio as aioredis
from aiohttp import web
from redis.exceptions import RedisError

from launcher.server.config import RedisSetting, StartupRefused
from launcher.server.host_events import HostEvents, Visitor, visitor_of
from launcher.server.signalling import (
    Attachment,
    Closer,
    MeetingHub,
    MeetingRoom,
    Participant,
    ProtocolError,
    Sender,
)

log = logging.getLogger(__name__)

#: How long a room stays with its owner without a renewal (seconds).
LEASE = 15.0
#: How often the owner renews the leases of its rooms.
RENEW_EVERY = LEASE / 3
#: How often a hello is sent on when its room changed owner meanwhile.
MAX_REDIRECTS = 5
PREFIX = "meeting-launcher:"
#: Every process hears who knocks and who leaves the door here.
DOOR_CHANNEL = PREFIX + "door"
#: participant id -> the visitor (JSON), for every room's door.
WAITING_KEY = PREFIX + "waiting"
CONNECT_TIMEOUT = 5.0

# The room's owner after the call: the caller when the room had none (or was its own,
# then extended), else the process holding it.
_CLAIM = """
local owner = redis.call('GET', KEYS[1])
if not owner then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return ARGV[1]
end
if owner == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return owner
"""
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


class RedisUnavailable(StartupRefused):
    """Redis could not be reached at start; the message says where, in one sentence."""


def _reason(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def probe(setting: RedisSetting) -> str | None:
    """Why Redis does not answer (one sentence, for ``serve --check``), or None."""
    client = redis.Redis.from_url(
        setting.url,
        password=setting.password,
        socket_connect_timeout=CONNECT_TIMEOUT,
        socket_timeout=CONNECT_TIMEOUT,
    )
    try:
        client.ping()
    except (RedisError, OSError) as exc:
        return f"cannot reach Redis at {setting.describe()}: {_reason(exc)}"
    finally:
        client.close()
    return None


def async_client(setting: RedisSetting, timeout: float = CONNECT_TIMEOUT) -> aioredis.Redis:
    """A client for the short requests of one feature (one-time codes, counters, shared
    state): a slow Redis fails a request after ``timeout`` instead of holding it, and an
    idle connection is checked before it is used again."""
    return aioredis.Redis.from_url(
        setting.url,
        password=setting.password,
        socket_connect_timeout=timeout,
        socket_timeout=timeout,
        health_check_interval=30,
    )


def _room_key(meeting_code: str) -> str:
    return f"{PREFIX}room:{meeting_code}"


def _process_channel(process: str) -> str:
    return f"{PREFIX}process:{process}"


@dataclass(eq=False)
class _Socket:
    """A page connected to this process whose room another process runs."""

    relay: RedisRelay
    conn: str
    hello: Mapping[str, Any]
    send: Sender
    close: Closer
    device: str | None
    owner: str
    redirects: int = 0
    #: Set when the room came to this process after a redirect.
    local: Attachment | None = None

    async def frame(self, message: Mapping[str, Any]) -> bool:
        if self.local is not None:
            return await self.local.frame(message)
        self.relay.publish(self.owner, {"op": "frame", "conn": self.conn, "msg": message})
        return False

    async def leave(self, *, dropped: bool) -> None:
        self.relay.sockets.pop(self.conn, None)
        if self.local is not None:
            await self.local.leave(dropped=dropped)
            return
        self.relay.publish(self.owner, {"op": "leave", "conn": self.conn, "dropped": dropped})


@dataclass(eq=False)
class _Guest:
    """On the owner: a page of one of its rooms whose socket is on another process."""

    origin: str
    inbox: asyncio.Queue[Mapping[str, Any]] = field(default_factory=asyncio.Queue)
    task: asyncio.Task[None] | None = None


@dataclass(eq=False)
class _SharedDoor:
    """The hub's waiting-room listener on the process running the room: every process's
    :class:`HostEvents` hears of it (through Redis)."""

    relay: RedisRelay

    async def knocked(self, room: MeetingRoom, participant: Participant) -> None:
        visitor = visitor_of(room, participant)
        if visitor is None:
            return
        payload = asdict(visitor)
        self.relay.command("HSET", WAITING_KEY, participant.id, json.dumps(payload))
        self.relay.command("PUBLISH", DOOR_CHANNEL, json.dumps({"op": "knock", **payload}))

    async def left_door(
        self, room: MeetingRoom, participant: Participant, *, admitted: bool
    ) -> None:
        if not room.application_id:
            return
        message = {"op": "left", "id": participant.id, "admitted": admitted}
        self.relay.command("HDEL", WAITING_KEY, participant.id)
        self.relay.command("PUBLISH", DOOR_CHANNEL, json.dumps(message))


class RedisRelay:
    """This process's side of the relay; see the module's docstring."""

    def __init__(self, hub: MeetingHub, setting: RedisSetting) -> None:
        self.hub = hub
        self.setting = setting
        #: This process's door lists (the host apps' streams), when it has them.
        self.door = hub.door if isinstance(hub.door, HostEvents) else None
        self.process = secrets.token_hex(8)
        #: Relayed pages connected here, by connection id.
        self.sockets: dict[str, _Socket] = {}
        #: Relayed pages of the rooms this process owns, by connection id.
        self.guests: dict[str, _Guest] = {}
        self._redis: aioredis.Redis | None = None
        self._pubsub: Any = None
        self._claim: Any = None
        self._release: Any = None
        self._outbox: asyncio.Queue[tuple[str, ...] | None] = asyncio.Queue()
        self._tasks: list[asyncio.Task[None]] = []
        self._background: set[asyncio.Task[Any]] = set()

    @property
    def client(self) -> aioredis.Redis:
        """The connection to Redis (after :meth:`start`), for answers waited for."""
        assert self._redis is not None
        return self._redis

    # -- lifecycle ---------------------------------------------------------

    async def start(self) -> None:
        """Connect and subscribe; RedisUnavailable when Redis does not answer."""
        client = aioredis.Redis.from_url(
            self.setting.url,
            password=self.setting.password,
            socket_connect_timeout=CONNECT_TIMEOUT,
            health_check_interval=30,
            # Redis' CLIENT LIST names the process (its id here, and its pid).
            client_name=f"{PREFIX}{self.process}:{os.getpid()}",
        )
        try:
            await asyncio.wait_for(client.ping(), CONNECT_TIMEOUT * 2)
            pubsub = client.pubsub(ignore_subscribe_messages=True)
            await pubsub.subscribe(_process_channel(self.process), DOOR_CHANNEL)
            waiting = await client.hgetall(WAITING_KEY) if self.door is not None else {}
        except (RedisError, OSError, TimeoutError) as exc:
            await client.aclose()
            raise RedisUnavailable(
                f"cannot reach Redis at {self.setting.describe()}: {_reason(exc)}"
            ) from None
        self._redis, self._pubsub = client, pubsub
        self._claim = client.register_script(_CLAIM)
        self._release = client.register_script(_RELEASE)
        self.hub.joiner = self.join
        self.hub.emptied.append(self._room_emptied)
        self.hub.admit_elsewhere = self._admit_elsewhere
        if self.door is not None:
            self.hub.door = _SharedDoor(self)
            for raw in waiting.values():  # those at the doors of other processes' rooms
                self.door.add(Visitor(**json.loads(raw)))
        self._tasks = [
            asyncio.create_task(self._read(), name="relay-read"),
            asyncio.create_task(self._write(), name="relay-write"),
            asyncio.create_task(self._renew(), name="relay-renew"),
        ]
        log.info("signalling: relaying through Redis as process %s", self.process)

    async def send_away(self) -> None:
        """Shutting down: relayed pages of this process's rooms are told to close their
        sockets (they come back through another process) and leave the rooms here, while
        the store still records who left."""
        for conn, guest in list(self.guests.items()):
            self.publish(guest.origin, {"op": "close", "conn": conn})
        serving = [g.task for g in self.guests.values() if g.task is not None]
        for task in serving:
            task.cancel()
        await asyncio.gather(*serving, return_exceptions=True)

    async def stop(self) -> None:
        """Give this process's rooms up, send what is queued, disconnect."""
        await self.send_away()
        if self._redis is not None:
            for code in self.hub.room_codes():
                with contextlib.suppress(RedisError, OSError):
                    await self._release(keys=[_room_key(code)], args=[self.process])
        self._outbox.put_nowait(None)
        writer = self._tasks[1] if len(self._tasks) > 1 else None
        if writer is not None:
            with contextlib.suppress(TimeoutError, asyncio.CancelledError):
                await asyncio.wait_for(asyncio.shield(writer), 5.0)
        for task in self._tasks + list(self._background):
            task.cancel()
        await asyncio.gather(*self._tasks, *self._background, return_exceptions=True)
        if self._pubsub is not None:
            with contextlib.suppress(RedisError, OSError):
                await self._pubsub.aclose()
        if self._redis is not None:
            with contextlib.suppress(RedisError, OSError):
                await self._redis.aclose()

    # -- the socket's side -------------------------------------------------

    async def join(
        self, hello: Mapping[str, Any], send: Sender, close: Closer, device: str | None
    ) -> Attachment | None:
        """The hub's joiner: into a room of this process, or relayed to its owner."""
        code = hello.get("meeting_code")
        if hello.get("type") != "hello" or not isinstance(code, str):
            return await self.hub.join(hello, send, close, device)  # refused there
        try:
            owner = await self._owner(code)
        except (RedisError, OSError) as exc:
            # Which process runs the room is unknown: nobody may run it here meanwhile.
            log.warning("signalling: Redis failed; a page was turned away: %s", _reason(exc))
            await send({"type": "error", "code": "server_unavailable"})  # "try again shortly"
            return None
        if owner == self.process:
            return await self._join_here(code, hello, send, close, device)
        conn = secrets.token_hex(12)
        socket = _Socket(self, conn, hello, send, close, device, owner)
        self.sockets[conn] = socket
        self._send_hello(socket)
        return socket

    def _send_hello(self, socket: _Socket) -> None:
        message = {
            "op": "hello",
            "conn": socket.conn,
            "from": self.process,
            "hello": socket.hello,
            "device": socket.device,
        }
        self.publish(socket.owner, message)

    async def _join_here(
        self,
        code: str,
        hello: Mapping[str, Any],
        send: Sender,
        close: Closer,
        device: str | None,
    ) -> Attachment | None:
        member = await self.hub.join(hello, send, close, device)
        if code not in self.hub.room_codes():  # turned away from a room nobody is in
            await self._give_up(code)
        return member

    async def _redirected(self, socket: _Socket) -> None:
        """The room changed owner before the hello arrived: send it on."""
        try:
            await self._send_on(socket)
        except (RedisError, OSError) as exc:
            log.warning("signalling: Redis failed for a relayed page: %s", _reason(exc))
            await socket.close()

    async def _send_on(self, socket: _Socket) -> None:
        code = str(socket.hello.get("meeting_code"))
        socket.redirects += 1
        if socket.redirects > MAX_REDIRECTS:
            log.warning("signalling: room %s keeps changing owner; closing a page", code)
            await socket.send({"type": "error", "code": "room_unavailable"})
            await socket.close()
            return
        owner = await self._owner(code)
        if owner == self.process:
            socket.local = await self._join_here(
                code, socket.hello, socket.send, socket.close, socket.device
            )
            if socket.local is None:
                await socket.close()
            return
        socket.owner = owner
        self._send_hello(socket)

    # -- the owner's side --------------------------------------------------

    async def _serve_guest(self, conn: str, guest: _Guest) -> None:
        """One relayed page of a room of this process: its hello, frames, leaving."""
        member: Attachment | None = None
        origin = guest.origin

        async def send(message: Mapping[str, Any]) -> None:
            self.publish(origin, {"op": "out", "conn": conn, "msg": message})

        async def close() -> None:
            self.publish(origin, {"op": "close", "conn": conn})

        try:
            while True:
                message = await guest.inbox.get()
                op = message.get("op")
                if op == "hello":
                    code = str(message["hello"].get("meeting_code"))
                    if await self._owner(code) != self.process:
                        self.publish(origin, {"op": "redirect", "conn": conn})
                        return
                    try:
                        member = await self._join_here(
                            code, message["hello"], send, close, message.get("device")
                        )
                    except ProtocolError:
                        await send({"type": "error", "code": "bad_request"})
                        member = None
                    if member is None:
                        await close()
                        return
                elif op == "frame" and member is not None:
                    try:
                        if await member.frame(message["msg"]):
                            await close()
                    except ProtocolError as exc:
                        log.debug("signalling: dropped a relayed frame: %s", exc)
                elif op == "leave":
                    if member is not None:
                        await member.leave(dropped=bool(message.get("dropped")))
                        member = None
                    return
        except asyncio.CancelledError:
            raise
        except (RedisError, OSError) as exc:
            log.warning("signalling: Redis failed for a relayed page: %s", _reason(exc))
            await close()  # the page comes back as after any drop
        except Exception:
            log.exception("signalling: a relayed page failed")
            await close()
        finally:
            if member is not None:  # shutting down: the page's socket is told to close
                with contextlib.suppress(Exception):
                    await member.leave(dropped=True)
            self.guests.pop(conn, None)

    # -- Redis -------------------------------------------------------------

    async def _owner(self, code: str) -> str:
        owner = await self._claim(keys=[_room_key(code)], args=[self.process, int(LEASE * 1000)])
        return owner.decode() if isinstance(owner, bytes) else str(owner)

    async def _give_up(self, code: str) -> None:
        try:
            await self._release(keys=[_room_key(code)], args=[self.process])
        except (RedisError, OSError):
            log.warning("signalling: could not give up room %s in Redis", code)

    async def _room_emptied(self, code: str) -> None:
        await self._give_up(code)

    def publish(self, process: str, message: Mapping[str, Any]) -> None:
        """Queue ``message`` for ``process`` (sent in order, never waited for)."""
        payload = json.dumps(message, separators=(",", ":"))
        self.command("PUBLISH", _process_channel(process), payload)

    def command(self, *args: str) -> None:
        """Queue a Redis command (sent in order with the messages, never waited for)."""
        self._outbox.put_nowait(args)

    async def _admit_elsewhere(self, code: str, participant_id: str) -> bool:
        """An app's admit for a room this process does not run: to the room's owner."""
        assert self._redis is not None
        try:
            owner = await self._redis.get(_room_key(code))
        except (RedisError, OSError):
            log.warning("signalling: could not find who runs room %s", code)
            return False
        if owner is None:
            return False
        owner = owner.decode() if isinstance(owner, bytes) else str(owner)
        if owner == self.process:
            return False
        self.publish(owner, {"op": "admit", "code": code, "id": participant_id})
        return True

    async def _write(self) -> None:
        assert self._redis is not None
        while True:
            item = await self._outbox.get()
            batch: list[tuple[str, ...]] = []
            stop = item is None
            if item is not None:
                batch.append(item)
            while not self._outbox.empty() and len(batch) < 256:
                more = self._outbox.get_nowait()
                if more is None:
                    stop = True
                    break
                batch.append(more)
            if batch:
                try:
                    # One connection, one pipeline: what was queued first is sent first.
                    async with self._redis.pipeline(transaction=False) as pipe:
                        for args in batch:
                            pipe.execute_command(*args)
                        await pipe.execute()
                except (RedisError, OSError) as exc:
                    log.warning(
                        "signalling: %d relayed messages were lost: %s", len(batch), _reason(exc)
                    )
            if stop:
                return

    async def _read(self) -> None:
        lost = False
        while True:
            try:
                message = await self._pubsub.get_message(timeout=30.0)
            except (RedisError, OSError) as exc:
                if not lost:  # once per outage; the client reconnects and subscribes again
                    log.warning("signalling: lost Redis (%s); retrying", _reason(exc))
                lost = True
                await asyncio.sleep(1.0)
                continue
            if lost:
                log.warning("signalling: Redis is back")
                lost = False
            if message is None or message.get("type") != "message":
                continue
            try:
                data = cast(dict[str, Any], json.loads(message["data"]))
                channel = message["channel"]
                if channel in (DOOR_CHANNEL, DOOR_CHANNEL.encode()):
                    self._door_changed(data)
                else:
                    self._received(data)
            except Exception:
                log.exception("signalling: a relayed message was dropped")

    def _received(self, data: dict[str, Any]) -> None:
        op, conn = data.get("op"), str(data.get("conn"))
        if op == "out":
            socket = self.sockets.get(conn)
            if socket is not None:
                self._spawn(socket.send(data["msg"]))
        elif op == "close":
            socket = self.sockets.get(conn)
            if socket is not None:
                self._spawn(socket.close())
        elif op == "redirect":
            socket = self.sockets.get(conn)
            if socket is not None:
                self._spawn(self._redirected(socket))
        elif op == "hello":
            if conn in self.guests:
                return
            guest = self.guests[conn] = _Guest(origin=str(data.get("from")))
            guest.inbox.put_nowait(data)
            guest.task = asyncio.create_task(self._serve_guest(conn, guest))
        elif op in ("frame", "leave"):
            found = self.guests.get(conn)
            if found is not None:
                found.inbox.put_nowait(data)
        elif op == "admit":
            code = str(data.get("code"))
            if code in self.hub.room_codes():  # never sent on again
                self._spawn(self.hub.admit_waiting(code, str(data.get("id"))))

    def _door_changed(self, data: dict[str, Any]) -> None:
        if self.door is None:
            return
        op = data.pop("op", None)
        if op == "knock":
            self.door.add(Visitor(**data))
        elif op == "left":
            self.door.remove(str(data.get("id")), admitted=bool(data.get("admitted")))

    def _spawn(self, coroutine: Any) -> None:
        task = asyncio.create_task(coroutine)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _renew(self) -> None:
        while True:
            await asyncio.sleep(RENEW_EVERY)
            for code in self.hub.room_codes():
                try:
                    owner = await self._owner(code)
                except (RedisError, OSError):
                    log.warning("signalling: could not renew room %s in Redis", code)
                    continue
                if owner != self.process:
                    log.warning("signalling: room %s is now run by another process", code)
            try:
                await self._forget_lost_rooms()
            except (RedisError, OSError):
                log.warning("signalling: could not check the rooms' owners in Redis")

    async def _forget_lost_rooms(self) -> None:
        """Rooms whose owner stopped renewing them (the process died): relayed pages
        here are sent away (a page whose socket closes says hello again, and a live
        process takes the room), and nobody is left waiting at their doors."""
        assert self._redis is not None
        owners: dict[str, str | None] = {}

        async def owner_of(code: str) -> str | None:
            if code not in owners:
                raw = await self._redis.get(_room_key(code)) if self._redis else None
                owners[code] = raw.decode() if isinstance(raw, bytes) else raw
            return owners[code]

        for socket in list(self.sockets.values()):
            code = str(socket.hello.get("meeting_code"))
            if socket.local is None and await owner_of(code) != socket.owner:
                log.info("signalling: room %s lost its process; its pages reconnect", code)
                self.sockets.pop(socket.conn, None)
                self._spawn(socket.close())
        if self.door is None:
            return
        for visitor in self.door.visitors():
            if await owner_of(visitor.meeting_code) is None:
                self.door.remove(visitor.participant_id, admitted=False)
                self.command("HDEL", WAITING_KEY, visitor.participant_id)


def install(app: web.Application, hub: MeetingHub, setting: RedisSetting) -> RedisRelay:
    """Relay the hub's pages through Redis from start to cleanup."""
    relay = RedisRelay(hub, setting)

    async def start(_app: web.Application) -> None:
        await relay.start()

    async def send_away(_app: web.Application) -> None:
        await relay.send_away()

    async def stop(_app: web.Application) -> None:
        await relay.stop()

    # First: when Redis does not answer, nothing else has started that would need stopping.
    app.on_startup.insert(0, start)
    app.on_shutdown.append(send_away)
    app.on_cleanup.append(stop)
    return relay
