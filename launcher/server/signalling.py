"""WebSocket signalling for the meeting pages: a peer-to-peer WebRTC mesh, or Janus.

The server never touches media. It tells every page who else is in the room,
relays SDP offers/answers and ICE candidates between two pages, carries chat,
and runs the waiting room (``join_approval_level``). With Janus configured
(``ServerConfig.sfu``, launcher.server.sfu) a room's media goes through Janus' VideoRoom
from its 3rd participant on; pages reach Janus only through the ``sfu-*`` frames below,
which the server checks and turns into Janus requests itself.

Protocol (JSON text frames; ``type`` names the message):

page -> server
  ``hello {meeting_code, name, participant_token?, rejoin?}``  first frame, once;
                               ``rejoin`` is the key of a ``joined`` whose socket dropped
  ``signal {to, data}``        opaque WebRTC data for one other participant
  ``chat {text}``              to everyone admitted (when chat is available)
  ``media {audio, video, screen, hand?}``  this page's own media state (``hand``: a
                               raised hand)
  ``admit {id}`` / ``deny {id}``    host only: answer a waiting guest
  ``remove {id}``              host only: send a guest out of the meeting
  ``record {action}``          host only: ``start`` or ``stop`` recording (the
                               host's page records and uploads the file itself);
                               ``pause`` and ``resume`` from the page that records
  ``board {action, ...}``      the live whiteboard (when available): strokes sent
                               while drawn, undo of one's own, ``clear`` (hosts only);
                               checked and kept by launcher.server.whiteboard
  ``moderate {action, id?}``   host only: ``mute`` or ``camera_off`` one person (``id``),
                               ``mute_all`` (everyone else), ``lock`` / ``unlock`` the
                               meeting, ``end`` it for everyone, ``block`` a guest (``id``,
                               in the meeting or at the door)
  ``react {emoji}``            one of REACTIONS, to everyone admitted (own budget)
  ``round {action, seconds?}`` the speaking round: ``start`` (hosts; ``seconds`` per
                               speaker), ``next`` (hosts and the speaker), ``stop`` (hosts)
  ``watch {action, url?, position?, id?}``  watch together (launcher.server.watch):
                               ``share`` a video ``url`` (hosts), ``play`` / ``pause`` /
                               ``seek`` (``position`` in seconds; the one in control or a
                               host), ``control`` hands control to ``id`` (hosts), ``stop``
                               (hosts)
  ``leave {}``                 leaving on purpose (closing the socket also leaves;
                               a page whose socket dropped says hello again)
  ``sfu-publish {jsep, audio, video}``  an offer to publish (or re-publish) this page's
                               media to Janus (``video`` with simulcast rids h/m/l)
  ``sfu-unpublish {}``         stop publishing
  ``sfu-subscribe {feeds}``    the peer ids whose media this page wants (the whole set;
                               feeds not publishing in this room are left out)
  ``sfu-start {jsep}``         the answer to the latest ``sfu-offer``
  ``sfu-trickle {pc, candidate}``  an ICE candidate for ``pub`` or ``sub`` (null: done)
  ``sfu-quality {peer, substream}``  simulcast layer 0-2 (0 lowest) of one received feed
                               (a bad ``sfu-*`` frame: ``sfu-error bad_request``)

server -> page
  ``welcome {id, is_host, ice_servers}``   after a valid hello
  ``waiting {reason}``         ``host_absent``, ``approval`` or ``locked`` (held at the
                               door, unseen by hosts, until the meeting is unlocked; then
                               placed again: admitted, knocking or waiting for a host)
  ``joined {peers, recording, rejoin, board, locked, round, mesh_video_senders,
  ice_servers?}``              admitted;
                               ``peers`` are the others already in, ``recording`` the
                               running recording or null, ``board`` the whiteboard's
                               strokes so far, ``locked`` the lock, ``round`` the
                               speaking round (as in ``round``) or null,
                               ``rejoin`` a one-use key: after a dropped socket (not a
                               ``leave``), a hello with it within REJOIN_WINDOW seconds is
                               admitted again without the waiting room (while the room
                               still has somebody connected, or with ``serve --redis``
                               when the process running it died: launcher.server.
                               failover); ``ice_servers`` (with
                               a TURN relay) replace welcome's, with this participant's
                               own short-lived relay credentials (launcher.server.turn);
                               ``mesh_video_senders`` how many cameras this mesh
                               handles well (ServerConfig): above it, hosts' pages
                               warn that video may stutter; ``video_senders_max``
                               how many may have their camera on at all, ``video_full``
                               (that many others do: join with the camera off and say
                               why); ``media_mode`` ``mesh`` or ``sfu``; ``sfu``
                               ``ok``, ``unconfigured`` or ``unavailable`` (Janus
                               configured but not answering: hosts' pages say why a
                               big room stays a mesh)
  ``video-refused {reason, max}``  ``media {video: true}`` while ``max`` others have
                               their camera on (``reason`` ``full``): not recorded as on
  ``media-mode {mode, reason}``  to everyone admitted: ``sfu`` (``third_participant``,
                               ``sfu_back``: publish and subscribe, keep the tiles) or
                               ``mesh`` (``sfu_lost``: Janus is gone, rebuild the mesh)
  ``sfu-feeds {feeds}``        to everyone admitted when the feeds Janus has up change:
                               ``[{peer, audio, video, simulcast}]``
  ``sfu-answer {jsep}``        Janus' answer to this page's ``sfu-publish``
  ``sfu-offer {jsep, streams}``  the subscription's offer (``streams``: ``[{mid, peer,
                               kind}]``), first and after each change; answer ``sfu-start``
  ``sfu-trickle {pc, candidate}``  a candidate of Janus' (null: done)
  ``sfu-error {code, pc?}``    ``video_full`` (publish audio only), ``not_sfu`` (the room
                               is a mesh), ``bad_request``, ``sfu_failed`` (Janus refused;
                               details in the server log)
  ``recording {active, id, by, by_name, only_owner, paused}``  to everyone admitted
                               when a recording starts, stops, pauses or resumes
                               (``error`` when it could not start)
  ``denied {}``                the host said no; the socket closes
  ``removed {blocked?}``       a host sent this page out (``blocked``: and its browser
                               may not come back in this session: launcher.server.devices);
                               the socket closes (no rejoin)
  ``ended {by_name}``          a host ended the meeting for everyone; the socket closes
  ``moderated {action, by_name}``  a host turned this page's ``mute`` microphone or
                               ``camera_off`` camera off (the page does it, and only it
                               turns them on again)
  ``room {locked, by_name}``   to everyone admitted: the meeting was locked or unlocked
  ``reaction {from, emoji}``   to everyone admitted, the sender too
  ``round {active, order, current, seconds, elapsed_ms}``  to everyone admitted when the
                               speaking round starts, passes, changes or ends
                               (launcher.server.roundtable)
  ``watch {active, source, playing, position, at, controller, controller_name, shared_by}``
                               to everyone admitted when the shared video changes
                               (``position`` seconds at server time ``at``, Unix ms);
                               ``{active: false}`` when it stops; also in ``joined``
  ``watch-refused {code}``     to the sender only: ``not_allowed``, ``bad_source``,
                               ``bad_position``, ``no_video`` (nothing changed)
  ``peer-joined {peer}`` / ``peer-left {id}`` / ``peer-media {id, audio, video, screen, hand}``
  ``signal {from, data}`` / ``chat {from, name, text, at}``
  ``board {action, ...}``      the whiteboard's changes (launcher.server.whiteboard)
  ``knock {peer}`` / ``knock-cancelled {id}``   to hosts: the waiting room
  ``error {code}``             ``room_unavailable``, ``bad_token``, ``blocked``,
                               ``bad_request``, ``server_unavailable`` (the rooms'
                               storage is unreachable: try later); the socket closes
  ``notice {code}``            ``slow_down``: frames sent over the page's budget
                               (launcher.server.pacing) were dropped; sent once until a
                               frame passes again. Close code 4429: the page kept on;
                               4408: the page stopped reading what it was sent

The newcomer makes the first WebRTC offers to everyone already in the room. Later
offers (a screen share added or stopped) may come from either side and may cross:
the pages settle that themselves ("perfect negotiation", resources/meeting/peers.js);
the server relays ``offer``/``answer``/``candidate`` as they come.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import secrets
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from aiohttp import WSCloseCode, WSMsgType, web

from launcher.server import jsonsafe
from launcher.server.config import MAX_VIDEO_SENDERS, MESH_VIDEO_SENDERS
from launcher.server.devices import device_of
from launcher.server.pacing import (
    CLOSE_GRACE,
    CLOSE_TOO_MANY,
    CLOSE_TOO_SLOW,
    FrameLimiter,
    PacingLimits,
    SendQueue,
    Verdict,
)
from launcher.server.roundtable import DEFAULT_SECONDS, SPEAKER_SECONDS, Roundtable, speaking_order
from launcher.server.watch import WatchError, WatchParty, clean_position, clean_url
from launcher.server.whiteboard import Board, BoardError

log = logging.getLogger(__name__)

MAX_NAME = 60
MAX_CHAT = 2000
MAX_FRAME = 64 * 1024
HELLO_TIMEOUT = 20.0
#: How long a participant whose socket dropped may come back without the waiting room
#: (the pages retry for about a minute).
REJOIN_WINDOW = 120.0
#: The emoji reactions a page may send.
REACTIONS = ("\U0001f44d", "\U0001f44f", "\u2764\ufe0f", "\U0001f602", "\U0001f62e", "\U0001f389")


@dataclass(frozen=True)
class MeetingTheme:
    """What a meeting page shows of a theme."""

    main_color: str = "#3b5bdb"
    brand_text: str = ""
    logo_url: str | None = None
    favicon_url: str | None = None


@dataclass(frozen=True)
class MeetingRoom:
    """The room fields the meeting pages and signalling act on."""

    room_id: str
    meeting_code: str
    display_name: str
    type: str = "instant"
    available: bool = True
    join_approval_level: str = "none"
    microphone_state: str = "default"
    features: Mapping[str, bool] = field(default_factory=dict)
    language: str = "default"
    theme: MeetingTheme | None = None
    expires_at: str | None = None
    application_id: str | None = None
    short_company_url: str | None = None
    auto_record: bool = False
    record_only_owner: bool = False


class DirectoryUnavailable(Exception):
    """The rooms' storage cannot be reached for now (its database is down)."""


class RoomDirectory(Protocol):
    """What signalling and pages need from the server's storage."""

    async def find_room(self, meeting_code: str) -> MeetingRoom | None:
        """The room with this meeting code, or None when there is none;
        DirectoryUnavailable when the storage cannot be reached."""
        ...

    async def is_host_token(self, room: MeetingRoom, participant_token: str) -> bool:
        """True when ``participant_token`` is a valid host token for ``room``."""
        ...


class PresenceListener(Protocol):
    """Told when somebody is admitted into a room and when they leave it."""

    async def participant_joined(self, room: MeetingRoom, participant: Participant) -> None: ...

    async def participant_left(self, room: MeetingRoom, participant: Participant) -> None: ...

    async def board_saved(self, room: MeetingRoom, strokes: Sequence[Mapping[str, Any]]) -> None:
        """The session's last person is leaving: keep its whiteboard with it."""


class WaitingRoomListener(Protocol):
    """Told who is at the door of a room (the hosts' apps are told: launcher.server.host_events)."""

    async def knocked(self, room: MeetingRoom, participant: Participant) -> None: ...

    async def left_door(
        self, room: MeetingRoom, participant: Participant, *, admitted: bool
    ) -> None:
        """``participant`` is no longer waiting: let in (``admitted``), or gone/denied."""
        ...


class RecordingControl(Protocol):
    """Stores recordings started and stopped from a meeting (and their webhooks)."""

    async def recording_started(self, room: MeetingRoom, host: Participant) -> str | None:
        """A new recording's id, or None when the room has no running session."""
        ...

    async def recording_stopped(self, room: MeetingRoom, recording_id: str) -> None:
        """The recording ended (its file may follow by upload)."""
        ...

    async def recording_paused(self, room: MeetingRoom, recording_id: str, paused: bool) -> None:
        """The recording was paused (True) or resumed (False)."""
        ...


class RoomKeeper(Protocol):
    """Keeps what a room must not lose with the process running it where the next
    process to run it finds it: rejoin keys and the whiteboard's finished strokes
    (launcher.server.failover keeps them in Redis). Without one, both live in the hub."""

    async def take_rejoin(self, meeting_code: str, key: str) -> bool:
        """True, once, for a rejoin key issued in this room and still good."""
        ...

    def rejoin_issued(self, meeting_code: str, key: str) -> None:
        """Somebody was admitted with ``key``: good while they are in, and for
        REJOIN_WINDOW after their socket dropped (or their process died)."""

    def rejoin_dropped(self, meeting_code: str, key: str) -> None:
        """The socket of ``key``'s holder dropped: good for REJOIN_WINDOW from now."""

    def rejoin_revoked(self, meeting_code: str, key: str) -> None:
        """``key`` is no good any more (left on purpose, sent out, meeting over)."""

    async def board(self, meeting_code: str) -> Board | None:
        """The whiteboard kept for this room (finished strokes), or None."""
        ...

    def board_changed(self, meeting_code: str, change: str, value: Any) -> None:
        """The room's finished strokes changed (whiteboard.BoardListener)."""

    def room_emptied(self, meeting_code: str, *, keep_board: bool) -> None:
        """The room's last page left here: its board is kept for REJOIN_WINDOW when
        ``keep_board`` (its last pages dropped out), else forgotten."""


Sender = Callable[[Mapping[str, Any]], Awaitable[None]]
#: Closes one page's socket once what was sent to it is out.
Closer = Callable[[], Awaitable[object]]
#: ``(participant id, meeting expires_at) -> iceServers`` with relay credentials for
#: somebody just admitted (launcher.server.turn.TurnRelay.ice_servers).
RelayCredentials = Callable[[str, str | None], list[dict[str, Any]]]


class Attachment(Protocol):
    """One page in a room after its hello: where its next frames go."""

    async def frame(self, message: Mapping[str, Any]) -> bool:
        """Handle one frame (ProtocolError when not allowed); True: close the socket."""
        ...

    async def leave(self, *, dropped: bool) -> None:
        """The socket is gone (``dropped``: not by a ``leave`` frame)."""
        ...


#: ``(hello, send, close, device) -> Attachment | None``: takes a page's hello; None when
#: the page was turned away (it was told why; its socket closes).
Joiner = Callable[[Mapping[str, Any], Sender, Closer, str | None], Awaitable["Attachment | None"]]


@dataclass(eq=False)
class Participant:
    """One connected page."""

    id: str
    name: str
    is_host: bool
    send: Sender
    close: Closer | None = None
    admitted: bool = False
    audio: bool = False
    video: bool = False
    screen: bool = False
    hand: bool = False
    joined_at: datetime | None = None
    rejoin_key: str = ""
    removed: bool = False
    #: When this guest started waiting at the door (UTC), or None when not waiting.
    waiting_since: datetime | None = None
    device: str | None = None  # the browser's id (launcher.server.devices)
    held: bool = False  # at the door of a locked meeting
    hand_at: float | None = None  # when the hand went up (monotonic)
    sending_video: bool = False  # publishes video to the SFU (launcher.server.sfu)

    def public(self) -> dict[str, Any]:
        """What other pages see of this participant."""
        return {
            "id": self.id,
            "name": self.name,
            "is_host": self.is_host,
            "audio": self.audio,
            "video": self.video,
            "screen": self.screen,
            "hand": self.hand,
        }


class MediaEngine(Protocol):
    """Where rooms of three or more send their media (launcher.server.sfu: Janus)."""

    def status(self) -> str:
        """``ok`` when the engine answers now, else ``unavailable``."""
        ...

    def mode(self, meeting_code: str) -> str:
        """``mesh`` or ``sfu``: how the room's pages send media now."""
        ...

    async def admitted(
        self, meeting_code: str, me: Participant, members: Callable[[], list[Participant]]
    ) -> None:
        """``me`` was admitted (after its ``joined``); ``members()``: everyone admitted."""
        ...

    async def left(self, meeting_code: str, me: Participant) -> None:
        """An admitted ``me`` left or was removed (may be told twice)."""
        ...

    async def ended(self, meeting_code: str) -> None:
        """The room's last page left: the session ends."""
        ...

    async def frame(self, meeting_code: str, me: Participant, message: Mapping[str, Any]) -> None:
        """One ``sfu-*`` frame of an admitted page (checked there)."""
        ...


@dataclass(eq=False)
class _Channel:
    room: MeetingRoom
    members: dict[str, Participant] = field(default_factory=dict)
    # The running recording as pages see it: {active, id, by, by_name, only_owner}.
    recording: dict[str, Any] | None = None
    # Rejoin keys of admitted participants whose socket dropped -> until (monotonic).
    returning: dict[str, float] = field(default_factory=dict)
    board: Board = field(default_factory=Board)
    # Moderation: nobody new comes in while locked; blocked browsers never do.
    locked: bool = False
    blocked: set[str] = field(default_factory=set)
    round: Roundtable | None = None
    watch: WatchParty | None = None

    def take_rejoin(self, key: object) -> bool:
        """True (once) for the key of somebody who dropped out less than REJOIN_WINDOW ago."""
        now = time.monotonic()
        for stale in [k for k, until in self.returning.items() if until <= now]:
            del self.returning[stale]
        return isinstance(key, str) and self.returning.pop(key, None) is not None

    def admitted(self) -> list[Participant]:
        return [p for p in self.members.values() if p.admitted]

    def waiting(self) -> list[Participant]:
        return [p for p in self.members.values() if not p.admitted and not p.held]

    def held(self) -> list[Participant]:
        return [p for p in self.members.values() if not p.admitted and p.held]

    def hosts(self) -> list[Participant]:
        return [p for p in self.members.values() if p.admitted and p.is_host]


class ProtocolError(Exception):
    """A page sent something this protocol does not allow."""


def clean_name(raw: object) -> str:
    """A display name: printable, single line, at most MAX_NAME characters."""
    if not isinstance(raw, str):
        return ""
    text = "".join(ch for ch in raw if ch.isprintable()).strip()
    return " ".join(text.split())[:MAX_NAME]


class MeetingHub:
    """All live rooms of one server; runs on the server's asyncio loop only."""

    def __init__(
        self,
        directory: RoomDirectory,
        *,
        ice_servers: Sequence[Mapping[str, Any]] = (),
        presence: PresenceListener | None = None,
        recorder: RecordingControl | None = None,
        pacing: PacingLimits | None = None,
        relay: RelayCredentials | None = None,
        door: WaitingRoomListener | None = None,
        mesh_video_senders: int = MESH_VIDEO_SENDERS,
        max_video_senders: int = MAX_VIDEO_SENDERS,
        media: MediaEngine | None = None,
    ) -> None:
        self._directory = directory
        self._mesh_video_senders = mesh_video_senders
        self._max_video_senders = max_video_senders
        #: Janus for rooms of three or more (launcher.server.sfu); None: always a mesh.
        self.media = media
        #: Told who is at the door (launcher.server.relay shares it between processes).
        self.door = door
        self._pacing = pacing or PacingLimits()
        self._ice_servers = [dict(s) for s in ice_servers]
        self._relay = relay
        self._presence = presence
        self._recorder = recorder
        self._channels: dict[str, _Channel] = {}
        # Whiteboards of meetings whose last pages dropped out (not left) -> kept until
        # (monotonic): coming back within REJOIN_WINDOW finds the board again.
        self._boards: dict[str, tuple[Board, float]] = {}
        # Each open page's way to close its socket (cutting one that stopped reading),
        # and the handlers still running: shutdown waits for their goodbyes.
        self._sockets: dict[web.WebSocketResponse, Callable[[int, bytes], Awaitable[None]]] = {}
        self._handlers: set[asyncio.Task[Any]] = set()
        #: Called with a meeting code when its last page left (the session ends).
        self.emptied: list[Callable[[str], Awaitable[None]]] = []
        #: Where a page's hello goes: :meth:`join` (this process holds the room), or
        #: launcher.server.relay, which sends it to the process holding the room.
        self.joiner: Joiner = self.join
        #: Lets a guest in at a room another process runs (launcher.server.relay); the
        #: same answer as :meth:`admit_waiting`.
        self.admit_elsewhere: Callable[[str, str], Awaitable[bool]] | None = None
        #: Where rejoin keys and whiteboards live when they must outlive this process
        #: (launcher.server.failover); None: in this hub.
        self.keeper: RoomKeeper | None = None

    # -- queries (tests and pages) ---------------------------------------

    def participants(self, meeting_code: str) -> list[dict[str, Any]]:
        """Admitted participants of a room, as other pages see them."""
        channel = self._channels.get(meeting_code)
        return [p.public() for p in channel.admitted()] if channel else []

    def is_admitted_device(self, meeting_code: str, device: str | None) -> bool:
        """True when a browser with this device id is admitted in the room now."""
        channel = self._channels.get(meeting_code)
        if channel is None or device is None:
            return False
        return any(p.device == device for p in channel.admitted())

    def is_blocked(self, meeting_code: str, device: str | None) -> bool:
        """True when a host blocked this browser from the room's running session."""
        channel = self._channels.get(meeting_code)
        return device is not None and channel is not None and device in channel.blocked

    def room_codes(self) -> list[str]:
        """Meeting codes with at least one connected page."""
        return list(self._channels)

    def room(self, meeting_code: str) -> MeetingRoom | None:
        """The room of a meeting code with a connected page here, or None."""
        channel = self._channels.get(meeting_code)
        return channel.room if channel is not None else None

    def rejoin_keys(self, meeting_code: str) -> list[str]:
        """The rejoin keys of those admitted into a room here now."""
        channel = self._channels.get(meeting_code)
        members = channel.admitted() if channel is not None else []
        return [p.rejoin_key for p in members if p.rejoin_key]

    async def admit_waiting(self, meeting_code: str, participant_id: str) -> bool:
        """Let a guest waiting at the door in (a host's action from outside the meeting,
        checked by the caller); False when nobody by that id is waiting there."""
        channel = self._channels.get(meeting_code)
        if channel is None and self.admit_elsewhere is not None:
            return await self.admit_elsewhere(meeting_code, participant_id)
        guest = channel.members.get(participant_id) if channel is not None else None
        if channel is None or guest is None or guest.admitted:
            return False
        for host in channel.hosts():
            await host.send({"type": "knock-cancelled", "id": guest.id})
        await self._admit(channel, guest)
        return True

    async def join(
        self, hello: Mapping[str, Any], send: Sender, close: Closer, device: str | None
    ) -> Attachment | None:
        """Take a page's hello into this process's room; None when it was turned away."""
        joined = await self._hello(hello, send, close, device)
        return None if joined is None else _Member(self, *joined)

    # -- the aiohttp handler ---------------------------------------------

    async def handle(self, request: web.Request) -> web.StreamResponse:
        """``GET /meeting-ws``: one WebSocket per page."""
        ws = web.WebSocketResponse(heartbeat=20.0, max_msg_size=MAX_FRAME)
        await ws.prepare(request)
        handler = asyncio.current_task()
        if handler is not None:
            self._handlers.add(handler)

        async def disconnect(code: int, reason: bytes) -> None:
            # A page that does not read never answers the close handshake: cut it then.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(ws.close(code=code, message=reason), CLOSE_GRACE)
            # A closed transport still waits for its unread data to drain, for ever.
            transport = request.transport
            # (A TLS transport closed twice has dropped its protocol: nothing left to cut.)
            with contextlib.suppress(AttributeError):
                if (
                    isinstance(transport, asyncio.WriteTransport)
                    and transport.get_write_buffer_size()
                ):
                    transport.abort()

        self._sockets[ws] = disconnect

        # Everything for this page goes through its own queue: a broadcast never waits.
        queue = SendQueue(
            ws.send_str, lambda: disconnect(CLOSE_TOO_SLOW, b"too slow to read"), self._pacing
        )

        async def send(message: Mapping[str, Any]) -> None:
            if not ws.closed:
                queue.put(json.dumps(message, separators=(",", ":")))

        async def finish() -> None:
            await queue.drain(CLOSE_GRACE)  # the last words (denied, removed) first
            await disconnect(WSCloseCode.OK, b"")

        limiter = FrameLimiter(self._pacing)
        member: Attachment | None = None
        left_on_purpose = False
        try:
            first = await ws.receive(timeout=HELLO_TIMEOUT)
            if first.type != WSMsgType.TEXT:
                return ws
            hello = _parse(first.data)
            member = await self.joiner(hello, send, finish, device_of(request))
            if member is None:
                return ws
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    break
                try:
                    message = _parse(msg.data)
                    if message.get("type") == "leave":
                        left_on_purpose = True
                        break
                    verdict = limiter.check(message.get("type"))
                    if verdict is Verdict.CLOSE:
                        log.info("signalling: a page kept sending over its budget; closing it")
                        await disconnect(CLOSE_TOO_MANY, b"too many messages")
                        break
                    if verdict is Verdict.DROP_AND_TELL:
                        await send({"type": "notice", "code": "slow_down"})
                    if verdict is not Verdict.PASS:
                        continue
                    if await member.frame(message):
                        break
                except ProtocolError as exc:
                    log.debug("signalling: dropped a frame: %s", exc)
        except (ProtocolError, TimeoutError):
            await send({"type": "error", "code": "bad_request"})
        except DirectoryUnavailable:  # logged by the storage, once per outage
            await send({"type": "error", "code": "server_unavailable"})
        finally:
            if member is not None:
                await member.leave(dropped=not left_on_purpose)
            if not ws.closed and not queue.overflowed:
                await finish()
            await queue.close()
            self._sockets.pop(ws, None)
            if handler is not None:
                self._handlers.discard(handler)
        return ws

    async def close_all(self) -> None:
        """Close every page's socket (server shutdown) and wait a moment for their
        goodbyes (who left is stored while the store is still open). A page that stopped
        reading is cut. Pages in a meeting try to come back for about a minute (a new
        hello, as a newcomer), then show "connection lost"."""
        closing = [close(1001, b"server shutdown") for close in list(self._sockets.values())]
        await asyncio.gather(*closing)
        running = [task for task in self._handlers if not task.done()]
        if running:
            await asyncio.wait(running, timeout=CLOSE_GRACE)

    # -- steps -------------------------------------------------------------

    async def _hello(
        self,
        hello: Mapping[str, Any],
        send: Sender,
        close: Closer,
        device: str | None,
    ) -> tuple[_Channel, Participant] | None:
        if hello.get("type") != "hello":
            raise ProtocolError("expected hello")
        code = hello.get("meeting_code")
        room = await self._directory.find_room(code) if isinstance(code, str) else None
        if room is None or not room.available:
            await send({"type": "error", "code": "room_unavailable"})
            return None
        token = hello.get("participant_token")
        is_host = bool(token) and isinstance(token, str)
        is_host = is_host and await self._directory.is_host_token(room, str(token))
        if token and not is_host:
            await send({"type": "error", "code": "bad_token"})
            return None
        name = clean_name(hello.get("name")) or ("Host" if is_host else "Guest")
        if self.is_blocked(room.meeting_code, device):
            await send({"type": "error", "code": "blocked"})
            return None
        channel = await self._channel(room)
        me = Participant(
            id=secrets.token_hex(8),
            name=name,
            is_host=is_host,
            send=send,
            close=close,
            device=device,
        )
        media = hello.get("media")
        if isinstance(media, Mapping):
            self._set_media(me, media)
        channel.members[me.id] = me
        await send(
            {"type": "welcome", "id": me.id, "is_host": is_host, "ice_servers": self._ice_servers}
        )
        await self._place(channel, me, returning=await self._returning(channel, hello))
        return channel, me

    async def _channel(self, room: MeetingRoom) -> _Channel:
        """The room's channel here, made with the board kept for it when it has none."""
        code = room.meeting_code
        channel = self._channels.get(code)
        if channel is not None:
            channel.room = room  # settings may have changed since the first page came
            return channel
        board: Board | None = None
        if self.keeper is not None:
            try:
                board = await self.keeper.board(code)
            except Exception:
                log.exception("signalling: loading a kept whiteboard failed")
            channel = self._channels.get(code)  # another page may have come meanwhile
            if channel is not None:
                channel.room = room
                return channel
        else:
            now = time.monotonic()
            for stale in [c for c, (_b, until) in self._boards.items() if until <= now]:
                del self._boards[stale]
            kept = self._boards.pop(code, None)
            board = kept[0] if kept else None
        channel = self._channels[code] = _Channel(room, board=board or Board())
        keeper = self.keeper
        if keeper is not None:
            channel.board.listener = functools.partial(keeper.board_changed, code)
        return channel

    async def _returning(self, channel: _Channel, hello: Mapping[str, Any]) -> bool:
        """True (once) when the hello carries the rejoin key of somebody coming back."""
        key = hello.get("rejoin")
        if self.keeper is None:
            return channel.take_rejoin(key)
        if not isinstance(key, str) or not key:
            return False
        channel.returning.pop(key, None)
        try:
            return await self.keeper.take_rejoin(channel.room.meeting_code, key)
        except Exception:
            log.exception("signalling: checking a rejoin key failed")
            return False

    async def _place(self, channel: _Channel, me: Participant, *, returning: bool) -> None:
        """Admit the newcomer or put them in the waiting room (not somebody coming back)."""
        level = channel.room.join_approval_level
        if returning and not me.is_host:
            await self._admit(channel, me)
            return
        if channel.locked and not me.is_host:
            me.held = True
            await me.send({"type": "waiting", "reason": "locked"})
            return
        if me.is_host:
            await self._admit(channel, me)
            if level == "after_owner_only":
                for guest in channel.waiting():
                    await self._admit(channel, guest)
            elif level == "explicit_approval":
                for guest in channel.waiting():
                    await guest.send({"type": "waiting", "reason": "approval"})
                    await me.send({"type": "knock", "peer": guest.public()})
            return
        hosts_here = bool(channel.hosts())
        if level == "none" or (level == "after_owner_only" and hosts_here):
            await self._admit(channel, me)
        elif level == "explicit_approval" and hosts_here:
            await me.send({"type": "waiting", "reason": "approval"})
            for host in channel.hosts():
                await host.send({"type": "knock", "peer": me.public()})
            await self._knocked(channel, me)
        else:
            await me.send({"type": "waiting", "reason": "host_absent"})
            await self._knocked(channel, me)

    async def _knocked(self, channel: _Channel, me: Participant) -> None:
        me.waiting_since = datetime.now(UTC)
        if self.door is not None:
            try:
                await self.door.knocked(channel.room, me)
            except Exception:
                log.exception("signalling: waiting-room listener failed")

    async def _left_door(self, channel: _Channel, me: Participant, *, admitted: bool) -> None:
        if me.waiting_since is None:
            return
        me.waiting_since = None
        if self.door is not None:
            try:
                await self.door.left_door(channel.room, me, admitted=admitted)
            except Exception:
                log.exception("signalling: waiting-room listener failed")

    async def _admit(self, channel: _Channel, me: Participant) -> None:
        others = channel.admitted()
        video_full = self._video_senders(channel, me) >= self._max_video_senders
        if video_full:
            me.video = False  # the page joins with its camera off and says why
        me.admitted = True
        await self._left_door(channel, me, admitted=True)
        me.joined_at = datetime.now(UTC)
        me.rejoin_key = secrets.token_urlsafe(18)
        if self.keeper is not None:
            self.keeper.rejoin_issued(channel.room.meeting_code, me.rejoin_key)
        # Stored first (the session, its webhooks): "joined" tells the page it is in the
        # session, and a server killed right after must still know it.
        await self._tell_presence("participant_joined", channel.room, me)
        joined: dict[str, Any] = {
            "type": "joined",
            "peers": [p.public() for p in others],
            "recording": channel.recording,
            "rejoin": me.rejoin_key,
            "board": channel.board.public(),
            "locked": channel.locked,
            "round": channel.round.public() if channel.round else None,
            "watch": channel.watch.public() if channel.watch else None,
            "mesh_video_senders": self._mesh_video_senders,
            "video_senders_max": self._max_video_senders,
            "video_full": video_full,
            "media_mode": self.media.mode(channel.room.meeting_code) if self.media else "mesh",
            "sfu": self.media.status() if self.media else "unconfigured",
        }
        if self._relay is not None:  # only now: nobody at the door holds relay credentials
            joined["ice_servers"] = self._ice_servers + self._relay(me.id, channel.room.expires_at)
        await me.send(joined)
        for other in others:
            await other.send({"type": "peer-joined", "peer": me.public()})
        if self.media is not None:
            try:
                await self.media.admitted(channel.room.meeting_code, me, channel.admitted)
            except Exception:
                log.exception("signalling: the media engine failed")

    def _video_senders(self, channel: _Channel, me: Participant) -> int:
        """How many others have their camera on (at most ``max_video_senders`` may)."""
        return sum(1 for p in channel.admitted() if p is not me and (p.video or p.sending_video))

    async def _media_left(self, channel: _Channel, me: Participant) -> None:
        if self.media is not None and me.admitted:
            try:
                await self.media.left(channel.room.meeting_code, me)
            except Exception:
                log.exception("signalling: the media engine failed")

    async def _remove(self, channel: _Channel, me: Participant, *, dropped: bool) -> None:
        was_member = channel.members.pop(me.id, None) is not None
        code = channel.room.meeting_code
        if dropped and me.admitted and me.rejoin_key and not me.removed:
            channel.returning[me.rejoin_key] = time.monotonic() + REJOIN_WINDOW
            if self.keeper is not None:
                self.keeper.rejoin_dropped(code, me.rejoin_key)
        elif me.rejoin_key and self.keeper is not None:
            self.keeper.rejoin_revoked(code, me.rejoin_key)
        if channel.recording is not None and channel.recording["by"] == me.id:
            # The host's page records: without it there is nothing more to record.
            await self._stop_recording(channel)
        if me.admitted:
            await self._media_left(channel, me)
            for finished in channel.board.forget(me.id):
                for other in channel.admitted():
                    await other.send({"type": "board", **finished})
            for other in channel.admitted():
                await other.send({"type": "peer-left", "id": me.id})
            if channel.round is not None and channel.round.drop(me.id):
                await self._round_changed(channel)
            if not channel.admitted() and self._presence is not None:
                try:
                    await self._presence.board_saved(channel.room, channel.board.public())
                except Exception:
                    log.exception("signalling: saving the whiteboard failed")
            await self._watcher_left(channel, me)
            await self._tell_presence("participant_left", channel.room, me)
        elif was_member:  # a denied guest was already taken off the hosts' lists
            for host in channel.hosts():
                await host.send({"type": "knock-cancelled", "id": me.id})
        await self._left_door(channel, me, admitted=False)
        if not channel.members and self._channels.get(code) is channel:
            del self._channels[code]
            keep_board = bool(channel.returning and channel.board.strokes)
            if self.keeper is not None:
                # Nobody is in: the keys die with the session, as they do in the hub.
                for key in channel.returning:
                    self.keeper.rejoin_revoked(code, key)
                self.keeper.room_emptied(code, keep_board=keep_board)
            elif keep_board:
                self._boards[code] = (channel.board, time.monotonic() + REJOIN_WINDOW)
            if self.media is not None:
                try:
                    await self.media.ended(code)
                except Exception:
                    log.exception("signalling: the media engine failed")
            for listener in self.emptied:
                try:
                    await listener(channel.room.meeting_code)
                except Exception:
                    log.exception("signalling: a room-emptied listener failed")

    async def _tell_presence(self, method: str, room: MeetingRoom, who: Participant) -> None:
        if self._presence is None:
            return
        # Storage trouble must not drop people from a running meeting.
        try:
            await getattr(self._presence, method)(room, who)
        except Exception:
            log.exception("signalling: presence listener failed")

    async def _dispatch(
        self, channel: _Channel, me: Participant, message: Mapping[str, Any]
    ) -> bool:
        """Handle one frame; True when the socket should close."""
        kind = message.get("type")
        if kind == "media":
            wanted_video = bool(message.get("video")) and not me.video
            self._set_media(me, message)
            if (
                me.admitted
                and wanted_video
                and self._video_senders(channel, me) >= self._max_video_senders
            ):
                me.video = False  # not recorded as on: the page turns it off again
                await me.send(
                    {"type": "video-refused", "reason": "full", "max": self._max_video_senders}
                )
            if me.admitted:
                update = {"type": "peer-media", **me.public()}
                update.pop("name", None)
                update.pop("is_host", None)
                for other in channel.admitted():
                    if other is not me:
                        await other.send(update)
            return False
        if not me.admitted:
            raise ProtocolError(f"{kind!r} before being admitted")
        if isinstance(kind, str) and kind.startswith("sfu-"):
            if self.media is None:
                await me.send({"type": "sfu-error", "code": "not_sfu"})
            else:
                await self.media.frame(channel.room.meeting_code, me, message)
            return False
        if kind == "signal":
            target = channel.members.get(str(message.get("to")))
            if target is None or not target.admitted or target is me:
                return False  # the peer left meanwhile: nothing to relay to
            await target.send({"type": "signal", "from": me.id, "data": message.get("data")})
        elif kind == "chat":
            if not channel.room.features.get("is_chat_available", True):
                raise ProtocolError("chat is not available in this room")
            text = message.get("text")
            if not isinstance(text, str) or not text.strip():
                raise ProtocolError("empty chat message")
            out = {
                "type": "chat",
                "from": me.id,
                "name": me.name,
                "text": text.strip()[:MAX_CHAT],
                "at": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
            }
            for other in channel.admitted():
                await other.send(out)
        elif kind == "record":
            await self._record(channel, me, message.get("action"))
        elif kind == "board":
            await self._board(channel, me, message)
        elif kind == "moderate":
            await self._moderate(channel, me, message)
        elif kind == "react":
            emoji = message.get("emoji")
            if emoji not in REACTIONS:
                raise ProtocolError("not one of the reactions")
            await self._broadcast(channel, {"type": "reaction", "from": me.id, "emoji": emoji})
        elif kind == "round":
            await self._round(channel, me, message)
        elif kind == "watch":
            await self._watch(channel, me, message)
        elif kind == "remove":
            if not me.is_host:
                raise ProtocolError("only hosts remove people")
            guest = channel.members.get(str(message.get("id")))
            if guest is None or not guest.admitted or guest.is_host:
                return False  # gone meanwhile, or a host: nothing to do
            guest.removed = True
            await self._media_left(channel, guest)  # its Janus handles go at once
            await guest.send({"type": "removed"})
            if guest.close is not None:
                await guest.close()
        elif kind in ("admit", "deny"):
            if not me.is_host:
                raise ProtocolError("only hosts answer the waiting room")
            guest = channel.members.get(str(message.get("id")))
            if guest is None or guest.admitted or guest.held:
                return False
            for host in channel.hosts():
                await host.send({"type": "knock-cancelled", "id": guest.id})
            if kind == "admit":
                await self._admit(channel, guest)
            else:
                channel.members.pop(guest.id, None)
                await self._left_door(channel, guest, admitted=False)
                await guest.send({"type": "denied"})
                if guest.close is not None:
                    await guest.close()
        else:
            raise ProtocolError(f"unknown message type {kind!r}")
        return False

    async def _record(self, channel: _Channel, me: Participant, action: object) -> None:
        if not me.is_host:
            raise ProtocolError("only hosts record")
        if self._recorder is None or not channel.room.features.get("is_recording_available", True):
            raise ProtocolError("recording is not available in this room")
        if action == "start":
            if channel.recording is not None:
                await me.send({"type": "recording", **channel.recording})
                return
            try:
                recording_id = await self._recorder.recording_started(channel.room, me)
            except Exception:
                log.exception("signalling: storing a new recording failed")
                recording_id = None
            if recording_id is None:
                await me.send({"type": "recording", "active": False, "error": "no_session"})
                return
            channel.recording = {
                "active": True,
                "id": recording_id,
                "by": me.id,
                "by_name": me.name,
                "only_owner": channel.room.record_only_owner,
                "paused": False,
            }
            await self._broadcast(channel, {"type": "recording", **channel.recording})
        elif action == "stop":
            if channel.recording is not None:
                await self._stop_recording(channel)
        elif action in ("pause", "resume"):
            recording = channel.recording
            if recording is None or recording["by"] != me.id:
                raise ProtocolError("only the page that records pauses or resumes it")
            paused = action == "pause"
            if recording["paused"] == paused:
                return
            recording["paused"] = paused
            try:
                await self._recorder.recording_paused(channel.room, str(recording["id"]), paused)
            except Exception:
                log.exception("signalling: storing a paused or resumed recording failed")
            await self._broadcast(channel, {"type": "recording", **recording})
        else:
            raise ProtocolError(f"unknown record action {action!r}")

    async def _board(self, channel: _Channel, me: Participant, message: Mapping[str, Any]) -> None:
        if not channel.room.features.get("is_whiteboard_available", True):
            raise ProtocolError("the whiteboard is not available in this room")
        try:
            out, to_me, answer = channel.board.handle(me.id, me.id, me.is_host, message)
        except BoardError as exc:
            log.debug("signalling: refused a board frame: %s", exc)
            await me.send({"type": "board", "action": "refused", "reason": exc.reason})
            return
        if answer is not None:
            await me.send({"type": "board", **answer})
        frame = {"type": "board", **out}
        for other in channel.admitted():
            if to_me or other is not me:
                await other.send(frame)

    async def _moderate(
        self, channel: _Channel, me: Participant, message: Mapping[str, Any]
    ) -> None:
        """A host's action on somebody else or on the whole meeting."""
        if not me.is_host:
            raise ProtocolError("only hosts moderate")
        action = message.get("action")
        target = channel.members.get(str(message.get("id")))
        if action in ("mute", "camera_off"):
            if target is None or not target.admitted or target is me:
                return  # gone meanwhile
            await target.send({"type": "moderated", "action": action, "by_name": me.name})
        elif action == "mute_all":
            for other in channel.admitted():
                if other is not me:
                    await other.send({"type": "moderated", "action": "mute", "by_name": me.name})
        elif action in ("lock", "unlock"):
            await self._set_lock(channel, me, locked=action == "lock")
        elif action == "end":
            await self._end(channel, me)
        elif action == "block":
            if target is None or target.is_host:
                return  # gone meanwhile, or a host: hosts are not blocked
            if target.device is not None:
                channel.blocked.add(target.device)
            await self._media_left(channel, target)
            await self._send_out(channel, target, {"type": "removed", "blocked": True})
        else:
            raise ProtocolError(f"unknown moderation action {action!r}")

    async def _set_lock(self, channel: _Channel, me: Participant, *, locked: bool) -> None:
        if channel.locked == locked:
            return
        channel.locked = locked
        await self._broadcast(channel, {"type": "room", "locked": locked, "by_name": me.name})
        if locked:
            # Those knocking now are told so and taken off the hosts' lists.
            for guest in channel.waiting():
                guest.held = True
                await guest.send({"type": "waiting", "reason": "locked"})
                for host in channel.hosts():
                    await host.send({"type": "knock-cancelled", "id": guest.id})
        else:
            for guest in channel.held():
                guest.held = False
                await self._place(channel, guest, returning=False)

    async def _end(self, channel: _Channel, me: Participant) -> None:
        """Send everybody out (the door, too); their sockets closing ends the session."""
        if self.keeper is not None:
            for key in channel.returning:
                self.keeper.rejoin_revoked(channel.room.meeting_code, key)
        channel.round = None
        channel.returning.clear()  # nobody comes back: the next session starts blank
        channel.watch = None
        message = {"type": "ended", "by_name": me.name}
        # The door first: hosts hear of those leaving it before they leave themselves.
        members = sorted(channel.members.values(), key=lambda p: p.admitted)
        for member in members:
            await self._send_out(channel, member, message, close=False)
        await asyncio.gather(*(m.close() for m in members if m.close is not None))

    @staticmethod
    async def _send_out(
        channel: _Channel, who: Participant, message: Mapping[str, Any], *, close: bool = True
    ) -> None:
        """Tell ``who`` ``message`` and close their socket (no rejoin key afterwards)."""
        who.removed = True
        if not who.admitted:
            channel.members.pop(who.id, None)  # not in anybody's list once gone
            if not who.held:
                for host in channel.hosts():
                    await host.send({"type": "knock-cancelled", "id": who.id})
        await who.send(message)
        if close and who.close is not None:
            await who.close()

    async def _round(self, channel: _Channel, me: Participant, message: Mapping[str, Any]) -> None:
        action = message.get("action")
        current = channel.round
        if action == "start":
            if not me.is_host:
                raise ProtocolError("only hosts start a round")
            seconds = message.get("seconds", DEFAULT_SECONDS)
            low, high = SPEAKER_SECONDS
            if type(seconds) is not int or not low <= seconds <= high:
                raise ProtocolError("a speaker's time is out of range")
            people = channel.admitted()
            order = speaking_order([(p.id, p.hand_at if p.hand else None) for p in people])
            names = {p.id: p.name for p in people}
            channel.round = Roundtable(order=order, names=names, seconds=seconds)
        elif action == "next":
            if current is None:
                return
            if not me.is_host and current.speaker != me.id:
                raise ProtocolError("only hosts and the speaker pass the turn")
            current.next()
        elif action == "stop":
            if not me.is_host:
                raise ProtocolError("only hosts stop a round")
            if current is None:
                return
            current.current = len(current.order)
        else:
            raise ProtocolError(f"unknown round action {action!r}")
        await self._round_changed(channel)

    async def _round_changed(self, channel: _Channel) -> None:
        current = channel.round
        if current is None:
            return
        await self._broadcast(channel, {"type": "round", **current.public()})
        if current.finished:
            channel.round = None

    async def _watch(self, channel: _Channel, me: Participant, message: Mapping[str, Any]) -> None:
        """Watch together: hosts share, stop and hand control; whoever controls (or a
        host) plays, pauses and seeks. A refusal is told to the sender only."""
        action = message.get("action")
        party = channel.watch
        try:
            if action == "share":
                if not me.is_host:
                    raise PermissionError
                channel.watch = WatchParty(
                    source=clean_url(message.get("url"), channel.room.meeting_code),
                    shared_by=me.id,
                    controller=me.id,
                    controller_name=me.name,
                )
            elif action in ("play", "pause", "seek", "control", "stop"):
                if party is None:
                    await me.send({"type": "watch-refused", "code": "no_video"})
                    return
                if action in ("control", "stop") and not me.is_host:
                    raise PermissionError
                if not me.is_host and party.controller != me.id:
                    raise PermissionError
                if action == "stop":
                    channel.watch = None
                    await self._broadcast(channel, {"type": "watch", "active": False})
                    return
                if action == "control":
                    target = channel.members.get(str(message.get("id")))
                    if target is None or not target.admitted:
                        return  # gone meanwhile
                    party.controller, party.controller_name = target.id, target.name
                else:
                    raw = message.get("position")
                    position = None if raw is None and action != "seek" else clean_position(raw)
                    if action == "play":
                        party.play(position)
                    elif action == "pause":
                        party.pause(position)
                    else:
                        assert position is not None
                        party.seek(position)
            else:
                raise ProtocolError(f"unknown watch action {action!r}")
        except PermissionError:
            await me.send({"type": "watch-refused", "code": "not_allowed"})
            return
        except WatchError:
            code = "bad_source" if action == "share" else "bad_position"
            await me.send({"type": "watch-refused", "code": code})
            return
        assert channel.watch is not None
        await self._broadcast(channel, {"type": "watch", **channel.watch.public()})

    async def _watcher_left(self, channel: _Channel, me: Participant) -> None:
        """Control goes back to a host when the one in control leaves."""
        party = channel.watch
        if party is None or party.controller != me.id:
            return
        hosts = [p for p in channel.hosts() if p is not me]
        if not hosts:
            return  # the sharer may come back; hosts can hand it on again
        back = next((h for h in hosts if h.id == party.shared_by), hosts[0])
        party.controller, party.controller_name = back.id, back.name
        await self._broadcast(channel, {"type": "watch", **party.public()})

    async def _stop_recording(self, channel: _Channel) -> None:
        recording, channel.recording = channel.recording, None
        if recording is None:
            return
        await self._broadcast(
            channel, {"type": "recording", "active": False, "id": recording["id"]}
        )
        if self._recorder is not None:
            try:
                await self._recorder.recording_stopped(channel.room, str(recording["id"]))
            except Exception:
                log.exception("signalling: storing the end of a recording failed")

    @staticmethod
    async def _broadcast(channel: _Channel, message: Mapping[str, Any]) -> None:
        for member in channel.admitted():
            await member.send(message)

    @staticmethod
    def _set_media(me: Participant, media: Mapping[str, Any]) -> None:
        me.audio = bool(media.get("audio"))
        me.video = bool(media.get("video"))
        me.screen = bool(media.get("screen"))
        hand = bool(media.get("hand"))
        if hand and not me.hand:
            me.hand_at = time.monotonic()
        me.hand = hand


@dataclass(eq=False)
class _Member:
    """A page in a room of this process."""

    hub: MeetingHub
    channel: _Channel
    me: Participant

    async def frame(self, message: Mapping[str, Any]) -> bool:
        return await self.hub._dispatch(self.channel, self.me, message)

    async def leave(self, *, dropped: bool) -> None:
        await self.hub._remove(self.channel, self.me, dropped=dropped)


def _parse(data: str) -> dict[str, Any]:
    try:
        value = jsonsafe.loads(data, max_bytes=MAX_FRAME)
    except ValueError as exc:
        raise ProtocolError("not JSON") from exc
    if not isinstance(value, dict):
        raise ProtocolError("not an object")
    return value
