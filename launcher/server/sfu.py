"""Janus' VideoRoom as the media engine of rooms with three or more people (issue 18).

The protocol with the pages is /work/shared/SFU-PROTOCOL.md, summed up in
:mod:`launcher.server.signalling`'s docstring. Pages never reach Janus' API: they send
``sfu-*`` frames on their meeting socket, this module checks each one (only the
sender's own publisher and subscriber handles, only feeds of its own room, only when
admitted) and makes the Janus requests itself, with the admin key, the room's secret and
the participant's token, none of which any page ever sees.

- One Janus session for this process (:class:`~launcher.server.janus.JanusClient`).
- A room switches from the mesh to Janus when its 3rd participant is admitted: the
  VideoRoom is created (string id, random secret, ``allowed`` = one random token per
  admitted participant) and every page is told ``media-mode sfu``. It stays there
  until Janus is lost; the Janus room is destroyed when the meeting's last page leaves.
- A participant's publisher and subscriber handles are attached when its page first
  publishes or subscribes; they are detached, the publisher kicked and the token
  dropped from ``allowed`` when it leaves or is removed.
- Janus lost (the socket closed, or a request unanswered for 10 s): every SFU room is
  told ``media-mode mesh sfu_lost``; the client reconnects with backoff (1, 2, 4 ... 30 s)
  and rooms of three or more are created again (``media-mode sfu sfu_back``).
- Janus unreachable when the server starts: one log line, meetings stay in the mesh
  (``joined.sfu = "unavailable"``) and the same reconnection runs in the background.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from launcher.server.janus import JanusClient, JanusError, JanusHandle, JanusLost
from launcher.server.sfu_frames import (
    PC_OF,
    BadRequest,
    clean_candidate,
    clean_jsep,
    parse_frame,
    trickle_pc,
)
from launcher.server.signalling import Participant

log = logging.getLogger(__name__)

#: The room switches to Janus when this many people are admitted.
SFU_FROM = 3
#: VideoRoom ``publishers`` (audio-only publishers count too): at least a room's cap.
PUBLISHERS = 256
#: Reconnection waits (seconds), doubling up to the last.
BACKOFF = (1.0, 2.0, 4.0, 8.0, 16.0, 30.0)

Members = Callable[[], list[Participant]]


@dataclass(eq=False)
class _Seat:
    """One admitted participant of a room, as Janus knows it."""

    participant: Participant
    token: str = field(default_factory=lambda: secrets.token_urlsafe(18), repr=False)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    allowed: bool = False  # the token is in the Janus room's ``allowed`` list
    pub: JanusHandle | None = None
    sub: JanusHandle | None = None
    joined: bool = False  # joined the room as a publisher
    publishing: dict[str, bool] | None = None  # {audio, video, simulcast}
    live: bool = False  # Janus has the publisher's PeerConnection up (a feed others can get)
    subscribed: set[str] = field(default_factory=set)
    streams: list[dict[str, Any]] = field(default_factory=list)  # the subscriber's m-lines

    def reset(self) -> None:
        """Janus is gone: nothing of it is left."""
        self.allowed = self.joined = False
        self.pub = self.sub = None
        self.publishing = None
        self.live = False
        self.subscribed = set()
        self.streams = []
        self.participant.sending_video = False


@dataclass(eq=False)
class _Room:
    code: str
    members: Members
    seats: dict[str, _Seat] = field(default_factory=dict)
    mode: Literal["mesh", "sfu"] = "mesh"
    janus_id: str | None = None
    secret: str = field(default="", repr=False)
    generation: int = 0  # bumped at every switch: late Janus answers are dropped
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    switching: bool = False
    closed: bool = False


class SfuRooms:
    """Every SFU room of this process; the MeetingHub's media engine (runs on its loop)."""

    def __init__(
        self,
        url: str,
        admin_key: str,
        *,
        max_video_senders: int,
        client_factory: Callable[[str], JanusClient] = JanusClient,
    ) -> None:
        self.url = url
        self._admin_key = admin_key
        self._max_video = max_video_senders
        self._factory = client_factory
        self._client: JanusClient | None = None
        self._control: JanusHandle | None = None
        self._rooms: dict[str, _Room] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._supervisor: asyncio.Task[None] | None = None
        self._lost = asyncio.Event()
        # Janus rooms made before a loss, (id, secret): a Janus that only stopped answering
        # for a while still has them, so they are destroyed once it answers again.
        self._orphans: list[tuple[str, str]] = []
        self._stopping = False

    # -- the hub's questions ------------------------------------------------

    def status(self) -> str:
        """``ok`` when Janus answers now, else ``unavailable``."""
        return "ok" if self._ready() else "unavailable"

    def mode(self, meeting_code: str) -> str:
        room = self._rooms.get(meeting_code)
        return room.mode if room is not None else "mesh"

    def janus_room(self, meeting_code: str) -> str | None:
        """The Janus room id of a meeting in SFU mode (tests ask Janus about it)."""
        room = self._rooms.get(meeting_code)
        return room.janus_id if room is not None and room.mode == "sfu" else None

    # -- start and stop -----------------------------------------------------

    async def start(self) -> None:
        """Connect once (a failure is one log line) and keep reconnecting in the background."""
        try:
            await self._connect()
        except JanusLost as exc:
            log.warning(
                "SFU: %s; meetings stay peer to peer (mesh) until Janus answers "
                "(retrying in the background)",
                exc,
            )
            self._lost.set()
        self._supervisor = asyncio.create_task(self._supervise(), name="sfu-supervisor")

    async def stop(self) -> None:
        self._stopping = True
        if self._supervisor is not None:
            self._supervisor.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._supervisor
        for code in list(self._rooms):
            await self.ended(code)
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=5.0)
        if self._client is not None:
            await self._client.close()

    def _ready(self) -> bool:
        return self._client is not None and self._client.connected and self._control is not None

    async def _connect(self) -> None:
        client = self._factory(self.url)
        await client.connect()
        try:
            control = await client.attach()
        except (JanusError, JanusLost) as exc:
            await client.close()
            raise JanusLost(f"Janus at {self.url} refused the VideoRoom plugin: {exc}") from None
        client.on_lost = self._on_lost
        self._client, self._control = client, control
        self._lost.clear()

    async def _supervise(self) -> None:
        attempt = 0
        while not self._stopping:
            await self._lost.wait()
            if self._ready():  # lost meanwhile flagged but a fresh client is up
                self._lost.clear()
                continue
            await asyncio.sleep(BACKOFF[min(attempt, len(BACKOFF) - 1)])
            try:
                await self._connect()
            except JanusLost as exc:
                attempt += 1
                log.debug("SFU: still no Janus: %s", exc)
                continue
            attempt = 0
            log.warning("SFU: Janus at %s answers: rooms of three or more use it", self.url)
            orphans, self._orphans = self._orphans, []
            for janus_id, secret in orphans:  # gone already after a restart of Janus
                with contextlib.suppress(JanusError, JanusLost):
                    await self._admin({"request": "destroy", "room": janus_id, "secret": secret})
            for room in list(self._rooms.values()):
                if len(room.members()) >= SFU_FROM:
                    self._spawn(self._switch(room, "sfu_back"))

    def _on_lost(self) -> None:
        if self._stopping:
            return
        log.warning(
            "SFU: lost Janus at %s; its rooms fall back to peer to peer (reconnecting)", self.url
        )
        self._control = None
        self._lost.set()
        self._spawn(self._fall_back())

    async def _fall_back(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            await client.close()
        for room in list(self._rooms.values()):
            was_sfu = room.mode == "sfu"
            if room.janus_id is not None:
                self._orphans.append((room.janus_id, room.secret))
            room.mode, room.janus_id = "mesh", None
            room.generation += 1
            for seat in room.seats.values():
                seat.reset()
            if was_sfu:
                await _broadcast(room, {"type": "media-mode", "mode": "mesh", "reason": "sfu_lost"})

    # -- the hub's events ---------------------------------------------------

    async def admitted(self, meeting_code: str, me: Participant, members: Members) -> None:
        room = self._rooms.get(meeting_code)
        if room is None:
            room = self._rooms[meeting_code] = _Room(meeting_code, members)
        room.members = members
        seat = room.seats[me.id] = _Seat(me)
        if room.mode == "sfu":
            self._on_seat(room, seat, self._allow(room, seat, room.generation))
        elif len(members()) >= SFU_FROM and self._ready():
            self._spawn(self._switch(room, "third_participant"))

    async def left(self, meeting_code: str, me: Participant) -> None:
        """``me`` left or was removed: its handles go now (idempotent)."""
        room = self._rooms.get(meeting_code)
        seat = room.seats.pop(me.id, None) if room is not None else None
        if room is None or seat is None:
            return
        me.sending_video = False
        if room.mode != "sfu":
            return
        was_publishing = seat.publishing is not None and seat.live
        self._spawn(self._release(room, seat))
        if was_publishing:
            await self._feeds_changed(room)

    async def ended(self, meeting_code: str) -> None:
        """The meeting's last page left: its Janus room is destroyed."""
        room = self._rooms.pop(meeting_code, None)
        if room is None:
            return
        room.closed = True
        self._spawn(self._destroy(room))

    async def frame(self, meeting_code: str, me: Participant, message: Mapping[str, Any]) -> None:
        """One ``sfu-*`` frame of an admitted page."""
        kind = str(message.get("type"))
        try:
            op = parse_frame(kind, message)
        except BadRequest as exc:
            log.debug("sfu: refused a %s frame: %s", kind, exc)
            error: dict[str, Any] = {"type": "sfu-error", "code": "bad_request"}
            pc = PC_OF.get(kind) or trickle_pc(message)
            if pc is not None:
                error["pc"] = pc
            await me.send(error)
            return
        room = self._rooms.get(meeting_code)
        seat = room.seats.get(me.id) if room is not None else None
        if room is None or seat is None or room.mode != "sfu":
            await me.send({"type": "sfu-error", "code": "not_sfu"})
            return
        self._on_seat(room, seat, self._op(room, seat, kind, op, room.generation))

    # -- steps --------------------------------------------------------------

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _on_seat(self, room: _Room, seat: _Seat, coro: Coroutine[Any, Any, Any]) -> None:
        """Run ``coro`` after the seat's earlier steps (a page's frames keep their order)."""

        async def serially() -> None:
            async with seat.lock:
                await coro

        self._spawn(serially())

    async def _admin(self, body: dict[str, Any]) -> dict[str, Any]:
        if self._control is None:
            raise JanusLost("not connected to Janus")
        data, _jsep = await self._control.message(body)
        return data

    async def _switch(self, room: _Room, reason: str) -> None:
        """Create the Janus room for everyone admitted and move the pages to it."""
        if room.switching or room.mode == "sfu" or room.closed:
            return
        room.switching = True
        try:
            async with room.lock:
                if room.janus_id is not None or room.closed or not self._ready():
                    return
                seats = list(room.seats.values())
                janus_id = f"{room.code}-{secrets.token_hex(6)}"
                secret = secrets.token_urlsafe(24)
                try:
                    await self._admin(
                        {
                            "request": "create",
                            "room": janus_id,
                            "admin_key": self._admin_key,
                            "secret": secret,
                            "allowed": [s.token for s in seats],
                            "publishers": PUBLISHERS,
                            "is_private": True,
                            "permanent": False,
                            "videocodec": "vp8",
                            "audiocodec": "opus",
                        }
                    )
                except JanusError as exc:
                    log.warning("SFU: Janus refused to create a room (%s); it stays mesh", exc)
                    return
                except JanusLost:
                    return
                room.janus_id, room.secret = janus_id, secret
                room.generation += 1
                for seat in seats:
                    seat.allowed = True
                if room.closed:
                    return  # _destroy (waiting for the lock) removes it
                room.mode = "sfu"
            generation = room.generation
            for seat in list(room.seats.values()):
                if not seat.allowed:  # admitted while the room was being created
                    self._on_seat(room, seat, self._allow(room, seat, generation))
            await _broadcast(room, {"type": "media-mode", "mode": "sfu", "reason": reason})
            await self._feeds_changed(room)
        finally:
            room.switching = False

    async def _allow(self, room: _Room, seat: _Seat, generation: int) -> None:
        if seat.allowed or room.generation != generation or room.janus_id is None:
            return
        try:
            await self._admin(
                {
                    "request": "allowed",
                    "secret": room.secret,
                    "action": "add",
                    "room": room.janus_id,
                    "allowed": [seat.token],
                }
            )
            seat.allowed = True
        except JanusError as exc:
            log.warning("SFU: Janus refused a participant's token (%s)", exc)
        except JanusLost:
            pass

    async def _release(self, room: _Room, seat: _Seat) -> None:
        """A participant's handles go, its publisher is kicked, its token dropped."""
        janus_id, generation = room.janus_id, room.generation
        pub, sub, seat.pub, seat.sub = seat.pub, seat.sub, None, None
        with contextlib.suppress(JanusLost, JanusError):
            if seat.joined and janus_id is not None:
                seat.joined = False
                await self._admin(
                    {
                        "request": "kick",
                        "secret": room.secret,
                        "room": janus_id,
                        "id": seat.participant.id,
                    }
                )
        for handle in (pub, sub):
            if handle is not None:
                await handle.detach()
        if seat.allowed and janus_id is not None and room.generation == generation:
            seat.allowed = False
            with contextlib.suppress(JanusLost, JanusError):
                await self._admin(
                    {
                        "request": "allowed",
                        "secret": room.secret,
                        "action": "remove",
                        "room": janus_id,
                        "allowed": [seat.token],
                    }
                )

    async def _destroy(self, room: _Room) -> None:
        async with room.lock:
            seats = list(room.seats.values())
            room.seats.clear()
            for seat in seats:
                for handle in (seat.pub, seat.sub):
                    if handle is not None:
                        await handle.detach()
                seat.reset()
            janus_id, room.janus_id, room.mode = room.janus_id, None, "mesh"
            if janus_id is not None and self._ready():
                try:
                    await self._admin(
                        {"request": "destroy", "room": janus_id, "secret": room.secret}
                    )
                except JanusError as exc:
                    log.warning("SFU: Janus refused to destroy a room (%s)", exc)
                except JanusLost:
                    pass

    async def _op(
        self, room: _Room, seat: _Seat, kind: str, op: dict[str, Any], generation: int
    ) -> None:
        me = seat.participant
        if room.generation != generation or room.mode != "sfu" or room.janus_id is None:
            await me.send({"type": "sfu-error", "code": "not_sfu"})
            return
        try:
            if kind == "sfu-publish":
                await self._publish(room, seat, op)
            elif kind == "sfu-unpublish":
                await self._unpublish(room, seat)
            elif kind == "sfu-subscribe":
                await self._subscribe(room, seat, op["feeds"])
            elif kind == "sfu-start":
                if seat.sub is not None:
                    await seat.sub.message({"request": "start"}, op["jsep"])
            elif kind == "sfu-trickle":
                handle = seat.pub if op["pc"] == "pub" else seat.sub
                if handle is not None:
                    await handle.trickle(op["candidate"])
            elif kind == "sfu-quality":
                mids = [s["mid"] for s in seat.streams
                        if s["peer"] == op["peer"] and s["kind"] == "video"]  # fmt: skip
                if seat.sub is not None and mids:
                    await seat.sub.message(
                        {
                            "request": "configure",
                            "streams": [{"mid": mid, "substream": op["substream"]} for mid in mids],
                        }
                    )
        except JanusError as exc:
            log.warning("SFU: Janus refused a participant's %s (%s)", kind, exc)
            error: dict[str, Any] = {"type": "sfu-error", "code": "sfu_failed"}
            pc = PC_OF.get(kind) or op.get("pc")
            if pc is not None:
                error["pc"] = pc
            await me.send(error)
        except JanusLost:
            pass  # every page hears media-mode mesh from _fall_back

    async def _publish(self, room: _Room, seat: _Seat, op: dict[str, Any]) -> None:
        me = seat.participant
        if op["video"] and self._video_senders(room, me) >= self._max_video:
            await me.send({"type": "sfu-error", "code": "video_full", "pc": "pub"})
            return
        if not seat.allowed:
            await self._allow(room, seat, room.generation)
        generation = room.generation
        if seat.pub is None:
            seat.pub = await self._attach(room, seat, "pub", generation)
        if not seat.joined:
            await seat.pub.message(
                {
                    "request": "join",
                    "ptype": "publisher",
                    "room": room.janus_id,
                    "id": me.id,
                    "display": me.name,
                    "token": seat.token,
                }
            )
            seat.joined = True
        request = "configure" if seat.publishing is not None else "publish"
        _data, answer = await seat.pub.message({"request": request}, op["jsep"])
        if answer is None:
            raise JanusError(0, "no answer to the publisher's offer")
        if room.generation != generation:
            return
        await me.send({"type": "sfu-answer", "jsep": clean_jsep(answer)})
        seat.publishing = {"audio": op["audio"], "video": op["video"], "simulcast": op["simulcast"]}
        me.sending_video = op["video"]
        if seat.live:  # a renegotiation; a new feed is announced once Janus has it up
            await self._feeds_changed(room)

    async def _unpublish(self, room: _Room, seat: _Seat) -> None:
        if seat.pub is None or seat.publishing is None:
            return
        seat.publishing, seat.live = None, False
        seat.participant.sending_video = False
        await seat.pub.message({"request": "unpublish"})
        await self._feeds_changed(room)

    async def _subscribe(self, room: _Room, seat: _Seat, feeds: list[str]) -> None:
        me = seat.participant
        published = {s.participant.id for s in room.seats.values() if _is_feed(s)}
        wanted = (set(feeds) & published) - {me.id}
        generation = room.generation
        if seat.sub is None:
            if not wanted:
                return
            if not seat.allowed:
                await self._allow(room, seat, generation)
            seat.sub = await self._attach(room, seat, "sub", generation)
            data, offer = await seat.sub.message(
                {
                    "request": "join",
                    "ptype": "subscriber",
                    "room": room.janus_id,
                    "streams": [{"feed": feed} for feed in sorted(wanted)],
                    "token": seat.token,
                }
            )
        else:
            add, drop = sorted(wanted - seat.subscribed), sorted(seat.subscribed - wanted)
            if not add and not drop:
                return
            body: dict[str, Any] = {"request": "update"}
            if add:
                body["subscribe"] = [{"feed": feed} for feed in add]
            if drop:
                body["unsubscribe"] = [{"feed": feed} for feed in drop]
            data, offer = await seat.sub.message(body)
        seat.subscribed = wanted
        if room.generation == generation:
            await self._offer(seat, data, offer)

    async def _offer(
        self, seat: _Seat, data: Mapping[str, Any], offer: Mapping[str, Any] | None
    ) -> None:
        streams = data.get("streams")
        if isinstance(streams, list):
            seat.streams = [
                {"mid": str(s.get("mid")), "peer": str(s.get("feed_id")), "kind": s.get("type")}
                for s in streams
                if isinstance(s, dict)
                and s.get("type") in ("audio", "video")
                and s.get("active", True)
                and s.get("feed_id") is not None
            ]
        if offer is not None:
            await seat.participant.send(
                {"type": "sfu-offer", "jsep": clean_jsep(offer), "streams": seat.streams}
            )

    async def _attach(self, room: _Room, seat: _Seat, pc: str, generation: int) -> JanusHandle:
        client = self._client
        if client is None or not self._ready():
            raise JanusLost("not connected to Janus")

        async def on_event(event: Mapping[str, Any]) -> None:
            if room.generation != generation or room.seats.get(seat.participant.id) is not seat:
                return
            await self._event(room, seat, pc, event)

        return await client.attach(on_event=on_event)

    async def _event(self, room: _Room, seat: _Seat, pc: str, event: Mapping[str, Any]) -> None:
        """Something Janus says on its own about one of the participant's handles."""
        me = seat.participant
        if pc == "pub" and event.get("janus") in ("webrtcup", "hangup"):
            live = event.get("janus") == "webrtcup"
            if seat.live != live:
                seat.live = live
                if seat.publishing is not None:
                    await self._feeds_changed(room)
            return
        if event.get("janus") == "trickle":
            candidate = event.get("candidate")
            if isinstance(candidate, dict):
                out = None if candidate.get("completed") else clean_candidate(candidate)
                await me.send({"type": "sfu-trickle", "pc": pc, "candidate": out})
            return
        if event.get("janus") != "event" or pc != "sub":
            return
        data = (event.get("plugindata") or {}).get("data") or {}
        jsep = event.get("jsep")
        if isinstance(data, dict) and (isinstance(jsep, dict) or "streams" in data):
            await self._offer(seat, data, jsep if isinstance(jsep, dict) else None)

    async def _feeds_changed(self, room: _Room) -> None:
        published = {s.participant.id for s in room.seats.values() if _is_feed(s)}
        for seat in room.seats.values():
            seat.subscribed &= published  # Janus drops a gone feed's streams by itself
        feeds = [
            {"peer": seat.participant.id, **seat.publishing}
            for seat in room.seats.values()
            if seat.publishing is not None and seat.live
        ]
        await _broadcast(room, {"type": "sfu-feeds", "feeds": feeds})

    def _video_senders(self, room: _Room, me: Participant) -> int:
        return sum(1 for p in room.members() if p is not me and (p.video or p.sending_video))


def _is_feed(seat: _Seat) -> bool:
    """Others can subscribe to this participant (Janus refuses a feed not up yet)."""
    return seat.publishing is not None and seat.live


async def _broadcast(room: _Room, message: Mapping[str, Any]) -> None:
    for member in room.members():
        await member.send(message)
