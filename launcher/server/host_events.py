"""The host event stream: who is waiting at the door of an application's rooms.

An extension of the Meetings API contract, authenticated like the rest of it (the
application's bearer token, checked by :mod:`launcher.server.app`'s middleware):

- ``GET /v1/meetings/events``: Server-Sent Events (``text/event-stream``) for the
  token's application. The first event, ``snapshot``, lists everybody waiting now;
  then ``knock`` (somebody started waiting), ``admitted`` (let in, by a host in the
  meeting or through the API) and ``left`` (gave up, or was turned away). A comment
  line every :data:`KEEPALIVE` seconds keeps proxies from closing an idle stream. The
  server ends the stream when the token expires: clients reconnect with a fresh one.
- ``POST /v1/meetings/rooms/{room_id}/waiting/{participant_id}/admit``: let a waiting
  guest in (204); 404 when nobody by that id waits at that room of the application.

Events carry the room (id, meeting code, display name) and the visitor's id, name and
since when they wait; never a link, a token or anything else secret. Data is one JSON
object per event (``snapshot``: ``{"waiting": [visitor, ...]}``; ``knock``: a visitor;
``admitted``/``left``: ``{"room_id", "participant_id"}``), where a visitor is
``{"room_id", "meeting_code", "room_name", "participant_id", "name", "since"}``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from launcher.server.errors import NotFound
from launcher.server.keys import API_PREFIX, HUB, TOKEN_VERIFIER
from launcher.server.rest import application_id
from launcher.server.signalling import MeetingRoom, Participant

log = logging.getLogger(__name__)

EVENTS_PATH = f"{API_PREFIX}/events"
ADMIT_PATH = f"{API_PREFIX}/rooms/{{room_id}}/waiting/{{participant_id}}/admit"
#: Seconds between keep-alive comments on an idle stream.
KEEPALIVE = 15.0
#: Events queued for one slow stream before it is dropped (its client reconnects).
MAX_QUEUED = 1000


@dataclass(frozen=True)
class Visitor:
    """Somebody waiting at the door of a room of ``application_id``."""

    application_id: str
    room_id: str
    meeting_code: str
    room_name: str
    participant_id: str
    name: str
    since: str

    def public(self) -> dict[str, Any]:
        return {
            "room_id": self.room_id,
            "meeting_code": self.meeting_code,
            "room_name": self.room_name,
            "participant_id": self.participant_id,
            "name": self.name,
            "since": self.since,
        }


@dataclass(eq=False)
class _Subscriber:
    application_id: str
    queue: asyncio.Queue[tuple[str, dict[str, Any]] | None] = field(
        default_factory=lambda: asyncio.Queue(MAX_QUEUED)
    )


class HostEvents:
    """The door of every room, per application; runs on the server's loop only.

    It is the signalling hub's waiting-room listener (:class:`WaitingRoomListener`).
    """

    def __init__(self) -> None:
        self._waiting: dict[str, Visitor] = {}  # participant id -> visitor
        self._subscribers: set[_Subscriber] = set()

    # -- told by the hub -----------------------------------------------------------

    async def knocked(self, room: MeetingRoom, participant: Participant) -> None:
        visitor = visitor_of(room, participant)
        if visitor is not None:
            self.add(visitor)

    async def left_door(
        self, room: MeetingRoom, participant: Participant, *, admitted: bool
    ) -> None:
        self.remove(participant.id, admitted=admitted)

    # -- told by the hub, or by the process running the room (launcher.server.relay) ---

    def add(self, visitor: Visitor) -> None:
        """``visitor`` started waiting."""
        self._waiting[visitor.participant_id] = visitor
        self._publish(visitor.application_id, "knock", visitor.public())

    def remove(self, participant_id: str, *, admitted: bool) -> None:
        """``participant_id`` no longer waits: let in (``admitted``), or gone or denied."""
        visitor = self._waiting.pop(participant_id, None)
        if visitor is None:
            return
        data = {"room_id": visitor.room_id, "participant_id": visitor.participant_id}
        self._publish(visitor.application_id, "admitted" if admitted else "left", data)

    # -- queries -------------------------------------------------------------------

    def waiting(self, application_id: str) -> list[dict[str, Any]]:
        """Everybody waiting at the application's rooms, oldest first."""
        return [v.public() for v in self._waiting.values() if v.application_id == application_id]

    def visitors(self) -> list[Visitor]:
        """Everybody waiting at any room's door."""
        return list(self._waiting.values())

    def find(self, application_id: str, room_id: str, participant_id: str) -> str | None:
        """The meeting code where this visitor waits (None: not waiting there)."""
        visitor = self._waiting.get(participant_id)
        if visitor is None or visitor.application_id != application_id:
            return None
        return visitor.meeting_code if visitor.room_id == room_id else None

    def close_all(self) -> None:
        """End every stream (server shutdown)."""
        for subscriber in list(self._subscribers):
            self._end(subscriber)

    # -- plumbing ------------------------------------------------------------------

    def _publish(self, application_id: str, kind: str, data: dict[str, Any]) -> None:
        for subscriber in list(self._subscribers):
            if subscriber.application_id != application_id:
                continue
            try:
                subscriber.queue.put_nowait((kind, data))
            except asyncio.QueueFull:
                log.info("host events: a stream fell behind; closing it")
                self._subscribers.discard(subscriber)
                self._end(subscriber)

    @staticmethod
    def _end(subscriber: _Subscriber) -> None:
        with contextlib.suppress(asyncio.QueueFull):
            subscriber.queue.put_nowait(None)
        # A full queue is not read any more: its handler finds the subscriber gone.

    def subscribe(self, application_id: str) -> _Subscriber:
        subscriber = _Subscriber(application_id)
        subscriber.queue.put_nowait(("snapshot", {"waiting": self.waiting(application_id)}))
        self._subscribers.add(subscriber)
        return subscriber

    def unsubscribe(self, subscriber: _Subscriber) -> None:
        self._subscribers.discard(subscriber)

    def is_subscribed(self, subscriber: _Subscriber) -> bool:
        return subscriber in self._subscribers


def visitor_of(room: MeetingRoom, participant: Participant) -> Visitor | None:
    """What the application's hosts are told of ``participant`` waiting at ``room``."""
    if not room.application_id:
        return None
    since = participant.waiting_since
    return Visitor(
        application_id=room.application_id,
        room_id=room.room_id,
        meeting_code=room.meeting_code,
        room_name=room.display_name,
        participant_id=participant.id,
        name=participant.name,
        since=(since.isoformat(timespec="seconds") if since else "").replace("+00:00", "Z"),
    )


def _frame(kind: str, data: dict[str, Any]) -> bytes:
    return f"event: {kind}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n".encode()


def install(app: web.Application) -> HostEvents:
    """Add the stream and the admit action; the hub (``app[HUB]``, made by the meeting
    pages) is to be given the returned object as its waiting-room listener."""
    door = HostEvents()

    async def events(request: web.Request) -> web.StreamResponse:
        """``GET /v1/meetings/events``: the application's waiting-room events (SSE)."""
        app_id = application_id(request)
        expires = request.app[TOKEN_VERIFIER].expiry(request.headers.get("Authorization"))
        response = web.StreamResponse(
            headers={
                "Content-Type": "text/event-stream; charset=utf-8",
                "Cache-Control": "no-store",
                "X-Accel-Buffering": "no",  # proxies: pass each event on at once
            }
        )
        await response.prepare(request)
        subscriber = door.subscribe(app_id)
        try:
            while door.is_subscribed(subscriber):
                left = KEEPALIVE if expires is None else min(KEEPALIVE, expires - time.time())
                if left <= 0:
                    break  # the token expired: the client comes back with a fresh one
                try:
                    item = await asyncio.wait_for(subscriber.queue.get(), left)
                except TimeoutError:
                    await response.write(b": keep-alive\n\n")
                    continue
                if item is None:
                    break
                await response.write(_frame(*item))
            await response.write_eof()
        except ConnectionResetError:
            pass  # the client went away
        finally:
            door.unsubscribe(subscriber)
        return response

    async def admit(request: web.Request) -> web.Response:
        """``POST .../rooms/{room_id}/waiting/{participant_id}/admit``: let a visitor in."""
        room_id = request.match_info["room_id"]
        participant_id = request.match_info["participant_id"]
        code = door.find(application_id(request), room_id, participant_id)
        if code is None or not await request.app[HUB].admit_waiting(code, participant_id):
            raise NotFound(f"Nobody with id {participant_id} is waiting to join room {room_id}")
        return web.Response(status=204)

    async def close_streams(_app: web.Application) -> None:
        door.close_all()

    app.router.add_get(EVENTS_PATH, events)
    app.router.add_post(ADMIT_PATH, admit)
    app.on_shutdown.append(close_streams)
    return door
