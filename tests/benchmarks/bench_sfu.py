"""Mesh vs the Janus SFU: upload per participant, CPU, and the largest room (a script).

Rerun from the repository root, as root (network namespaces), after ``./run tests`` made
``.venv`` (aiortc is in the dev extra); the defaults take about 6 minutes on 2 cores:

    .venv/bin/python tests/benchmarks/bench_sfu.py [--sizes 2,4,6,8] [--seconds 10]
        [--senders 25] [--step 2] [--max-receivers 40] [--decode]
        [--skip mesh,relay,sfu] [--skip-sizes] [--skip-room]

Topology (tests/helpers/netns.py ``netns_pair``; addresses from 198.18.0.0/15 only inside
the namespaces): the "server" namespace (198.18.0.1) runs Janus as shipped
(tests/helpers/janus.py: packaging/server/janus/, API on that namespace's loopback, media
on 198.18.0.1; Janus offers no loopback ICE candidates, hence the namespaces) and two
meeting servers (built-in, HTTPS): one without Janus, one with it (``sfu``, as
``--sfu-url``). The "clients" namespace (198.18.0.2) runs the synthetic participants, each
a process of this script (``--worker``) made of aiortc peer connections. Every camera is
a synthetic VP8 video, 160x120 at 10 frames a second (a moving textured pattern), its
encoder pinned to 150 kbit/s (``--kbps``) so that every stream costs the same, as a
browser's camera at a fixed size does; no audio. Everything, Janus and the participants,
runs on this one 2-core machine, shared with other sessions.

(a) N = 2, 4, 6, 8 participants, each sending its camera and receiving everybody else's:
    - mesh: the meeting server's own signalling WebSocket (launcher/server/signalling.py:
      hello, joined, the newcomer offers to everyone already in; offers and answers in
      ``signal``), one aiortc peer connection per other participant, as the meeting page
      does: N-1 encoded uploads each;
    - relay: the same pages in a room of the server with Janus: at its third person the
      room moves to Janus (``media-mode sfu``); each page publishes once (``sfu-publish``)
      and subscribes to the N-1 others (``sfu-subscribe``, ``sfu-offer``/``sfu-start``),
      one multistream connection, all over the meeting WebSocket (SFU-PROTOCOL); rooms
      of two stay a mesh, so there is no N=2 relay row and relay's "vs N=2" is the mesh's;
    - sfu: the same media with the participants on Janus' own API (through a Unix-socket
      bridge to its loopback port; rooms made with the admin key): Janus alone, no
      meeting server in the path.
    Over ``--seconds``: upload per participant (getStats outbound-rtp bytesSent, kbit/s),
    download per participant (getStats transport bytesReceived: aiortc's inbound-rtp
    stats have no byte count, so RTCP and STUN are in it too), decoded frames per second
    per received stream, CPU per participant process and Janus' CPU (utime+stime from
    /proc/PID/stat; 100% = one core).
(b) The largest room through Janus: ``--senders`` publishers (publish only, five to a
    process) on Janus' own API, then receivers (each subscribes to every sender, one
    process each) added ``--step`` at a time. Receivers count the whole frames aiortc
    assembles from RTP without decoding them (``--decode`` decodes: a browser would, but
    here decoding 25 streams per receiver would measure the synthetic clients, not
    Janus). A step holds while the median receiver gets at least 80% of the frames sent
    (8 of 10 fps per stream) and every receiver gets every stream; the ceiling is the
    last step that held. Each step shows Janus' CPU, the clients' CPU and the whole
    machine's busy CPU, so the table shows what ran out first.

One run of the defaults (2026-12-05, the 2-core machine shared with other sessions, load
average 15-20 meanwhile):

    (a) N  media  up kbit/s  vs N=2  vs mesh  down kbit/s fps/stream  CPU/part.  Janus CPU  machine
        2  mesh         150   1.00x    1.00x          158       10.0       2.4%       0.3%      62%
        2  sfu          150   1.00x    1.00x          157       10.0       2.7%       1.1%      59%
        4  mesh         449   3.00x    1.00x          473       10.0       6.3%       0.2%      93%
        4  relay        149   0.99x    0.33x          468       10.0       4.4%       2.4%      87%
        4  sfu          150   1.00x    0.33x          471       10.0       4.7%       2.5%      73%
        6  mesh         750   5.01x    1.00x          789        9.9      11.9%       0.3%      85%
        6  relay        149   1.00x    0.20x          781       10.0       6.8%       5.2%      94%
        6  sfu          149   0.99x    0.20x          777        9.9       6.5%       4.5%      79%
        8  mesh        1058   7.07x    1.00x         1118       10.1      13.8%       0.2%      84%
        8  relay        150   1.00x    0.14x         1093       10.0       8.2%       7.4%      76%
        8  sfu          151   1.01x    0.14x         1100       10.0       8.4%       7.6%      99%

    (b) receivers fps med worst  streams  Janus out  Janus CPU  senders  receivers  machine
                2    10.0  10.0      2/2  7.8 Mbit/s         9%      36%        30%      96%
                4     9.9   9.9      4/4 15.7 Mbit/s        12%      36%        55%      86%
                6    10.1  10.0      6/6 24.0 Mbit/s        16%      36%        80%     100%
                8     6.0   3.6      7/8 30.9 Mbit/s        21%      38%        91%     100% LIMIT
        ceiling: 6 receivers + 25 senders (31 participants); Janus 16% of a core for 150
        forwarded streams (24 Mbit/s), the synthetic clients 116%, the machine 100%.

The ceiling is this machine's CPU spent by the synthetic clients (and other sessions),
not Janus: Janus used about 0.1% of a core per forwarded 160 kbit/s stream, so on two
cores of its own it would forward on the order of 1,900 such streams (a linear estimate,
about 75 receivers of 25 cameras; larger cameras cost more per stream). Network: all on
one machine's veth pair, so bandwidth was never the limit here.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import fractions
import json
import os
import random
import secrets
import shutil
import signal
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.helpers.janus import Janus

REPO = Path(__file__).resolve().parents[2]
TICKS = os.sysconf("SC_CLK_TCK")
WIDTH, HEIGHT = 160, 120
#: A receiver "holds" a stream while it gets at least this share of the frames sent.
HOLD_SHARE = 0.8


# ----------------------------------------------------------------- measuring


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process (all its threads), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def machine_cpu() -> tuple[int, int]:
    """(busy, total) clock ticks of all CPUs so far (/proc/stat)."""
    ticks = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:9]]
    return sum(ticks) - ticks[3] - ticks[4], sum(ticks)


# ------------------------------------------------------------ the participants


def worker_main() -> None:
    """One process of synthetic participants (in the clients' namespace): its settings
    as the first JSON line on stdin, then commands, one JSON line each; answers on stdout."""
    asyncio.run(Worker().run())


class Worker:
    def __init__(self) -> None:
        self.config: dict[str, Any] = {}
        self.participants: list[Any] = []

    def say(self, **message: Any) -> None:
        print(json.dumps(message), flush=True)

    async def run(self) -> None:
        from aiortc.codecs import vpx

        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader()
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
        self.config = json.loads(await reader.readline())  # read here: stdin is not buffered
        bitrate = int(self.config["kbps"]) * 1000
        vpx.DEFAULT_BITRATE = vpx.MIN_BITRATE = vpx.MAX_BITRATE = bitrate  # pinned
        if not self.config.get("decode", True):
            count_frames_only()
        try:
            while line := await reader.readline():
                command = json.loads(line)
                try:
                    await self.handle(command)
                except Exception as error:  # reported to the controller, which stops
                    self.say(error=f"{type(error).__name__}: {error}")
        finally:
            for participant in self.participants:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(participant.close(), 10)

    async def handle(self, command: dict[str, Any]) -> None:
        action = command["action"]
        if action == "mesh":
            participant: Any = MeshParticipant(command, self.config)
            self.participants.append(participant)
            await participant.start()
            self.say(ok="mesh", id=participant.my_id)
        elif action == "relay":
            participant = RelayParticipant(command, self.config)
            self.participants.append(participant)
            await participant.start()
            self.say(ok="relay", id=participant.my_id)
        elif action == "publish":
            participant = SfuParticipant(command, self.config)
            self.participants.append(participant)
            await participant.publish()
            self.say(ok="publish", feed=command["feed"])
        elif action == "subscribe":
            participant = next(
                (p for p in self.participants if p.name == command["name"]), None
            ) or SfuParticipant(command, self.config)
            if participant not in self.participants:
                self.participants.append(participant)
            await participant.subscribe(command["feeds"])
            self.say(ok="subscribe", name=command["name"])
        elif action == "wait_frames":
            deadline = time.monotonic() + float(command.get("timeout", 60))
            while not all(p.receiving(command["streams"]) for p in self.participants):
                if time.monotonic() > deadline:
                    raise RuntimeError("not every stream arrived: " + self.describe())
                await asyncio.sleep(0.2)
            self.say(ok="wait_frames")
        elif action == "snapshot":
            self.say(ok="snapshot", participants=[await p.snapshot() for p in self.participants])

    def describe(self) -> str:
        return "; ".join(f"{p.name}: {p.frames}" for p in self.participants)


class _CountOnly:
    """Stands in for aiortc's video decoder: every whole frame the jitter buffer
    assembled from RTP comes out undecoded, to be counted."""

    def decode(self, encoded_frame: Any) -> list[Any]:
        return [encoded_frame]


def count_frames_only() -> None:
    """Receivers of this process count frames without decoding them (``--no-decode``)."""
    from aiortc import rtcrtpreceiver

    setattr(rtcrtpreceiver, "get_decoder", lambda codec: _CountOnly())  # noqa: B010


class SyntheticCamera:
    """A VP8-encodable video track: a moving textured pattern, WIDTHxHEIGHT at ``fps``."""

    frames_cache: ClassVar[list[tuple[bytes, bytes, bytes]]] = []

    def __new__(cls, fps: float) -> Any:
        from aiortc import VideoStreamTrack
        from av import VideoFrame

        if not cls.frames_cache:
            rng = random.Random(7)
            noise = bytes(rng.randrange(0, 24) for _ in range(WIDTH * HEIGHT * 2))
            for i in range(30):
                y = bytes(
                    ((x * 3 + row * 2 + i * 8) & 0xFF)
                    ^ noise[(row * WIDTH + x + i * 97) % len(noise)]
                    for row in range(HEIGHT)
                    for x in range(WIDTH)
                )
                u = bytes(
                    ((x + i * 4) & 0x7F) + 64 for _ in range(HEIGHT // 2) for x in range(WIDTH // 2)
                )
                v = bytes(
                    ((row + i * 2) & 0x7F) + 64
                    for row in range(HEIGHT // 2)
                    for _ in range(WIDTH // 2)
                )
                cls.frames_cache.append((y, u, v))

        class Camera(VideoStreamTrack):
            def __init__(self) -> None:
                super().__init__()
                self.count = 0
                self.started = 0.0

            async def recv(self) -> VideoFrame:
                if not self.started:
                    self.started = time.monotonic()
                due = self.started + self.count / fps
                delay = due - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                frame = VideoFrame(WIDTH, HEIGHT, "yuv420p")
                planes = SyntheticCamera.frames_cache[
                    self.count % len(SyntheticCamera.frames_cache)
                ]
                for plane, data, width in zip(
                    frame.planes, planes, (WIDTH, WIDTH // 2, WIDTH // 2), strict=True
                ):
                    stride = plane.line_size
                    if stride == width:
                        plane.update(data)
                    else:
                        rows = len(data) // width
                        padded = b"".join(
                            data[r * width : (r + 1) * width] + bytes(stride - width)
                            for r in range(rows)
                        )
                        plane.update(padded)
                frame.pts = int(self.count * 90000 / fps)
                frame.time_base = fractions.Fraction(1, 90000)
                self.count += 1
                return frame

        return Camera()


@dataclass
class Counted:
    """Frames decoded per received stream."""

    frames: dict[str, int] = field(default_factory=dict)

    def consume(self, key: str, track: Any) -> asyncio.Task[None]:
        self.frames.setdefault(key, 0)

        async def loop() -> None:
            with contextlib.suppress(Exception):
                while True:
                    await track.recv()
                    self.frames[key] += 1

        return asyncio.create_task(loop())


def configuration() -> Any:
    from aiortc import RTCConfiguration

    return RTCConfiguration(iceServers=[])  # none: aiortc would add a public STUN server


async def pc_bytes(pcs: list[Any]) -> tuple[int, int]:
    """(bytesSent over outbound-rtp, bytesReceived over transport) of these connections:
    aiortc's inbound-rtp stats count packets, not bytes."""
    sent = received = 0
    for pc in pcs:
        report = await pc.getStats()
        for stats in report.values():
            if stats.type == "outbound-rtp":
                sent += stats.bytesSent
            elif stats.type == "transport":
                received += stats.bytesReceived
    return sent, received


class MeshParticipant:
    """A meeting page's mesh, in aiortc: one peer connection per other participant, all
    signalling through the meeting server's WebSocket."""

    def __init__(self, command: dict[str, Any], config: dict[str, Any]) -> None:
        self.command = command
        self.config = config
        self.name = command["name"]
        self.my_id = ""
        self.pcs: dict[str, Any] = {}
        self.counted = Counted()
        self.tasks: list[asyncio.Task[Any]] = []

    @property
    def frames(self) -> dict[str, int]:
        return self.counted.frames

    async def start(self) -> None:
        import aiohttp

        context = ssl.create_default_context(cafile=self.command["ca_file"])
        self.http = aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=context))
        self.ws = await self.http.ws_connect(self.command["ws_url"], heartbeat=20)
        hello = {"type": "hello", "meeting_code": self.command["meeting_code"], "name": self.name}
        if self.command.get("token"):
            hello["participant_token"] = self.command["token"]
        await self.ws.send_str(json.dumps(hello))
        while True:
            message = json.loads((await self.ws.receive()).data)
            if message["type"] == "welcome":
                self.my_id = message["id"]
            elif message["type"] == "joined":
                break
            elif message["type"] in ("error", "waiting", "denied"):
                raise RuntimeError(f"not admitted: {message}")
        for peer in message["peers"]:  # the newcomer offers to everyone already in
            pc = self.connection(peer["id"])
            await pc.setLocalDescription(await pc.createOffer())
            await self.signal(peer["id"], pc.localDescription)
        self.tasks.append(asyncio.create_task(self.read()))

    def connection(self, peer: str) -> Any:
        from aiortc import RTCPeerConnection

        pc = RTCPeerConnection(configuration())
        pc.addTrack(SyntheticCamera(self.config["fps"]))

        @pc.on("track")
        def on_track(track: Any) -> None:
            self.tasks.append(self.counted.consume(peer, track))

        self.pcs[peer] = pc
        return pc

    async def signal(self, to: str, description: Any) -> None:
        data = {"type": description.type, "sdp": description.sdp}
        await self.ws.send_str(json.dumps({"type": "signal", "to": to, "data": data}))

    async def read(self) -> None:
        from aiortc import RTCSessionDescription

        async for frame in self.ws:
            message = json.loads(frame.data)
            if message["type"] == "signal":
                peer, data = message["from"], message["data"]
                if data["type"] == "offer":
                    pc = self.connection(peer)
                    await pc.setRemoteDescription(RTCSessionDescription(data["sdp"], "offer"))
                    await pc.setLocalDescription(await pc.createAnswer())
                    await self.signal(peer, pc.localDescription)
                else:
                    await self.pcs[peer].setRemoteDescription(
                        RTCSessionDescription(data["sdp"], "answer")
                    )
            elif message["type"] == "peer-left":
                pc = self.pcs.pop(message["id"], None)
                if pc is not None:
                    await pc.close()

    def receiving(self, streams: int) -> bool:
        return sum(1 for n in self.frames.values() if n > 0) >= streams

    async def snapshot(self) -> dict[str, Any]:
        sent, received = await pc_bytes(list(self.pcs.values()))
        return {
            "name": self.name,
            "t": time.monotonic(),
            "sent": sent,
            "received": received,
            "frames": dict(self.frames),
        }

    async def close(self) -> None:
        for task in self.tasks:
            task.cancel()
        with contextlib.suppress(Exception):
            await self.ws.send_str(json.dumps({"type": "leave"}))
        for pc in self.pcs.values():
            await pc.close()
        await self.ws.close()
        await self.http.close()


class RelayParticipant:
    """A meeting page in a room the meeting server forwards through Janus (the SFU
    protocol of launcher/server/signalling.py): it publishes its camera with
    ``sfu-publish`` once the room is in SFU mode and subscribes to everybody else's with
    ``sfu-subscribe`` once all ``expect`` of them publish; Janus' answers and offers come
    back over the same socket. No mesh connection is made meanwhile."""

    def __init__(self, command: dict[str, Any], config: dict[str, Any]) -> None:
        self.command = command
        self.config = config
        self.name = command["name"]
        self.my_id = ""
        self.pub: Any = None
        self.sub: Any = None
        self.counted = Counted()
        self.tasks: list[asyncio.Task[Any]] = []
        self.published = False
        self.subscribed = False
        self.by_mid: dict[str, str] = {}

    @property
    def frames(self) -> dict[str, int]:
        return self.counted.frames

    async def start(self) -> None:
        import aiohttp

        context = ssl.create_default_context(cafile=self.command["ca_file"])
        self.http = aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=context))
        self.ws = await self.http.ws_connect(self.command["ws_url"], heartbeat=20, max_msg_size=0)
        hello = {"type": "hello", "meeting_code": self.command["meeting_code"], "name": self.name}
        if self.command.get("token"):
            hello["participant_token"] = self.command["token"]
        await self.ws.send_str(json.dumps(hello))
        while True:
            message = json.loads((await self.ws.receive()).data)
            if message["type"] == "welcome":
                self.my_id = message["id"]
            elif message["type"] == "joined":
                break
            elif message["type"] in ("error", "waiting", "denied"):
                raise RuntimeError(f"not admitted: {message}")
        if message.get("media_mode") == "sfu":
            await self.publish()
        self.tasks.append(asyncio.create_task(self.read()))

    async def send(self, **message: Any) -> None:
        await self.ws.send_str(json.dumps(message))

    async def publish(self) -> None:
        from aiortc import RTCPeerConnection

        if self.published:
            return
        self.published = True
        self.pub = RTCPeerConnection(configuration())
        self.pub.addTransceiver(SyntheticCamera(self.config["fps"]), direction="sendonly")
        await self.pub.setLocalDescription(await self.pub.createOffer())
        offer = {"type": "offer", "sdp": self.pub.localDescription.sdp}
        await self.send(type="sfu-publish", jsep=offer, audio=False, video=True)

    async def read(self) -> None:
        from aiortc import RTCPeerConnection, RTCSessionDescription

        async for frame in self.ws:
            message = json.loads(frame.data)
            kind = message["type"]
            if kind == "media-mode" and message["mode"] == "sfu":
                await self.publish()
            elif kind == "sfu-answer":
                await self.pub.setRemoteDescription(
                    RTCSessionDescription(message["jsep"]["sdp"], "answer")
                )
            elif kind == "sfu-feeds" and not self.subscribed:
                feeds = [
                    f["peer"] for f in message["feeds"] if f["video"] and f["peer"] != self.my_id
                ]
                if len(feeds) >= self.command["expect"]:
                    self.subscribed = True
                    await self.send(type="sfu-subscribe", feeds=feeds)
            elif kind == "sfu-offer" and self.sub is None:
                self.by_mid = {st["mid"]: st["peer"] for st in message.get("streams", [])}
                self.sub = pc = RTCPeerConnection(configuration())

                @pc.on("track")
                def on_track(track: Any) -> None:
                    transceivers = self.sub.getTransceivers()
                    transceiver = next(t for t in transceivers if t.receiver.track is track)
                    key = self.by_mid.get(transceiver.mid or "", "?")
                    self.tasks.append(self.counted.consume(key, track))

                await pc.setRemoteDescription(
                    RTCSessionDescription(message["jsep"]["sdp"], "offer")
                )
                await pc.setLocalDescription(await pc.createAnswer())
                answer = {"type": "answer", "sdp": pc.localDescription.sdp}
                await self.send(type="sfu-start", jsep=answer)
            elif kind == "sfu-error":
                print(f"{self.name}: {message}", file=sys.stderr, flush=True)

    def receiving(self, streams: int) -> bool:
        return sum(1 for n in self.frames.values() if n > 0) >= streams

    async def snapshot(self) -> dict[str, Any]:
        sent, received = await pc_bytes([pc for pc in (self.pub, self.sub) if pc is not None])
        return {
            "name": self.name,
            "t": time.monotonic(),
            "sent": sent,
            "received": received,
            "frames": dict(self.frames),
        }

    async def close(self) -> None:
        for task in self.tasks:
            task.cancel()
        with contextlib.suppress(Exception):
            await self.send(type="leave")
        for pc in (self.pub, self.sub):
            if pc is not None:
                await pc.close()
        await self.ws.close()
        await self.http.close()


class JanusSession:
    """One Janus API session over its WebSocket (``janus-protocol``): requests by
    transaction, the plugin's asynchronous answers matched to them, a keepalive."""

    def __init__(self, url: str, socket_path: str) -> None:
        self.url = url
        self.socket_path = socket_path
        self.waiting: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self.session_id = 0
        self.up: dict[int, asyncio.Event] = {}  # per handle: Janus' "webrtcup"

    async def open(self) -> None:
        import aiohttp

        self.http = aiohttp.ClientSession(connector=aiohttp.UnixConnector(self.socket_path))
        self.ws = await self.http.ws_connect(self.url, protocols=("janus-protocol",))
        self.reader = asyncio.create_task(self.read())
        self.session_id = (await self.request({"janus": "create"}))["data"]["id"]
        self.keepalive = asyncio.create_task(self.keep_alive())

    async def read(self) -> None:
        async for frame in self.ws:
            message = json.loads(frame.data)
            if message.get("janus") == "ack":
                continue  # the plugin's answer follows as an event
            if message.get("janus") == "webrtcup":
                self.up.setdefault(message["sender"], asyncio.Event()).set()
                continue
            future = self.waiting.pop(message.get("transaction", ""), None)
            if future is not None and not future.done():
                future.set_result(message)

    async def request(self, body: dict[str, Any], timeout: float = 30) -> dict[str, Any]:
        transaction = secrets.token_hex(8)
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self.waiting[transaction] = future
        if self.session_id:
            body = {"session_id": self.session_id, **body}
        await self.ws.send_str(json.dumps({**body, "transaction": transaction}))
        answer = await asyncio.wait_for(future, timeout)
        if answer.get("janus") == "error":
            raise RuntimeError(f"Janus: {answer['error']}")
        return answer

    async def keep_alive(self) -> None:
        while True:
            await asyncio.sleep(25)
            await self.request({"janus": "keepalive"})

    async def attach(self) -> int:
        answer = await self.request({"janus": "attach", "plugin": "janus.plugin.videoroom"})
        return int(answer["data"]["id"])

    async def message(
        self, handle: int, body: dict[str, Any], jsep: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        request: dict[str, Any] = {"janus": "message", "handle_id": handle, "body": body}
        if jsep is not None:
            request["jsep"] = jsep
        answer = await self.request(request)
        data = answer["plugindata"]["data"]
        if "error" in data:
            raise RuntimeError(f"VideoRoom: {data['error']}")
        return answer

    async def close(self) -> None:
        self.keepalive.cancel()
        with contextlib.suppress(Exception):
            await self.request({"janus": "destroy"}, timeout=5)
        self.reader.cancel()
        await self.ws.close()
        await self.http.close()


class SfuParticipant:
    """A participant of a Janus VideoRoom: publishes its camera once (one peer connection)
    and receives the others on one multistream subscriber connection."""

    def __init__(self, command: dict[str, Any], config: dict[str, Any]) -> None:
        self.command = command
        self.config = config
        self.name = command["name"]
        self.room = command["room"]
        self.janus: JanusSession | None = None
        self.pcs: list[Any] = []
        self.counted = Counted()
        self.tasks: list[asyncio.Task[Any]] = []

    @property
    def frames(self) -> dict[str, int]:
        return self.counted.frames

    async def session(self) -> JanusSession:
        if self.janus is None:
            self.janus = JanusSession(self.command["janus_url"], self.command["janus_socket"])
            await self.janus.open()
        return self.janus

    async def publish(self) -> None:
        from aiortc import RTCPeerConnection, RTCSessionDescription

        janus = await self.session()
        handle = await janus.attach()
        await janus.message(
            handle,
            {"request": "join", "ptype": "publisher", "room": self.room,
             "id": self.command["feed"], "display": self.name},
        )  # fmt: skip
        pc = RTCPeerConnection(configuration())
        pc.addTransceiver(SyntheticCamera(self.config["fps"]), direction="sendonly")
        await pc.setLocalDescription(await pc.createOffer())
        offer = {"type": "offer", "sdp": pc.localDescription.sdp}
        answer = await janus.message(handle, {"request": "publish", "video": True}, offer)
        await pc.setRemoteDescription(RTCSessionDescription(answer["jsep"]["sdp"], "answer"))
        self.pcs.append(pc)
        # Subscribers can join this feed once Janus has its media connection up.
        await asyncio.wait_for(janus.up.setdefault(handle, asyncio.Event()).wait(), 30)

    async def subscribe(self, feeds: list[str]) -> None:
        from aiortc import RTCPeerConnection, RTCSessionDescription

        janus = await self.session()
        handle = await janus.attach()
        attached = await janus.message(
            handle,
            {"request": "join", "ptype": "subscriber", "room": self.room,
             "streams": [{"feed": feed} for feed in feeds]},
        )  # fmt: skip
        by_mid = {
            stream["mid"]: str(stream.get("feed_id"))
            for stream in attached["plugindata"]["data"].get("streams", [])
        }
        pc = RTCPeerConnection(configuration())

        @pc.on("track")
        def on_track(track: Any) -> None:
            transceiver = next(t for t in pc.getTransceivers() if t.receiver.track is track)
            self.tasks.append(self.counted.consume(by_mid.get(transceiver.mid, "?"), track))

        await pc.setRemoteDescription(RTCSessionDescription(attached["jsep"]["sdp"], "offer"))
        await pc.setLocalDescription(await pc.createAnswer())
        answer = {"type": "answer", "sdp": pc.localDescription.sdp}
        await janus.message(handle, {"request": "start"}, answer)
        self.pcs.append(pc)

    def receiving(self, streams: int) -> bool:
        if not self.command.get("expect_streams", True):
            return True
        return sum(1 for n in self.frames.values() if n > 0) >= streams

    async def snapshot(self) -> dict[str, Any]:
        sent, received = await pc_bytes(self.pcs)
        return {
            "name": self.name,
            "t": time.monotonic(),
            "sent": sent,
            "received": received,
            "frames": dict(self.frames),
        }

    async def close(self) -> None:
        for task in self.tasks:
            task.cancel()
        for pc in self.pcs:
            await pc.close()
        if self.janus is not None:
            await self.janus.close()


# --------------------------------------------------------------- the controller


class WorkerProcess:
    """A ``--worker`` process in the clients' namespace, driven line by line."""

    def __init__(self, ns: Any, config: dict[str, Any]) -> None:
        self.proc = ns.popen(
            [sys.executable, str(Path(__file__).resolve()), "--worker"],
            cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        )  # fmt: skip
        self.send(config)

    @property
    def pid(self) -> int:
        return int(self.proc.pid)

    def send(self, message: dict[str, Any]) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(message) + "\n")
        self.proc.stdin.flush()

    def answer(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"worker {self.pid} ended (exit {self.proc.wait()})")
        message: dict[str, Any] = json.loads(line)
        if "error" in message:
            raise RuntimeError(f"worker {self.pid}: {message['error']}")
        return message

    def ask(self, **message: Any) -> dict[str, Any]:
        self.send(message)
        return self.answer()

    def stop(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            with contextlib.suppress(BrokenPipeError):
                self.proc.stdin.close()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


def api_bridge_main(socket_path: str, port: int) -> None:
    """In the server namespace: a Unix socket (a file, seen from every namespace) carried
    to Janus' API on that namespace's 127.0.0.1:``port``, where the shipped
    configuration keeps it. The synthetic participants reach Janus' API through it."""

    async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError):
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        writer.close()

    async def connected(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        api_reader, api_writer = await asyncio.open_connection("127.0.0.1", port)
        await asyncio.gather(pipe(reader, api_writer), pipe(api_reader, writer))

    async def serve() -> None:
        server = await asyncio.start_unix_server(connected, socket_path)
        print("ready", flush=True)
        loop = asyncio.get_running_loop()
        stdin = asyncio.StreamReader()
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(stdin), sys.stdin)
        await stdin.read()  # until the controller closes our stdin
        server.close()

    asyncio.run(serve())


def meeting_server_main(data_dir: Path, host: str, janus_url: str, key_file: str) -> None:
    """The meeting servers (in the server namespace): ``mesh`` without Janus and ``sfu``
    with it (``--sfu-url``; the admin key read from ``key_file``), one certificate. Prints
    {ca_file, mesh, sfu} (their signalling URLs), then one room {meeting_code, token} on
    the server named by each line read from stdin; stops at EOF."""
    from launcher.api import MeetingsClient
    from launcher.server import BuiltinServer, ServerConfig, create_application
    from launcher.server.config import SfuSetting

    sfu = SfuSetting(janus_url, Path(key_file).read_text().strip())
    servers = {
        "mesh": BuiltinServer(ServerConfig(data_dir / "mesh", host=host, tls="self-signed")),
        "sfu": BuiltinServer(ServerConfig(data_dir / "sfu", host=host, tls="self-signed", sfu=sfu)),
    }
    clients: dict[str, MeetingsClient] = {}
    try:
        for kind, server in servers.items():
            if kind == "sfu":  # one certificate for both
                shutil.copytree(data_dir / "mesh" / "tls", data_dir / "sfu" / "tls")
            server.start()
            app_id, key = create_application(server.config.data_dir, "bench-sfu")
            ca = str(server.ca_cert_path)
            clients[kind] = MeetingsClient(server.api_url, app_id, key, ca_file=ca)
        urls = {
            kind: "wss"
            + server.api_url.removesuffix("/v1/meetings").removeprefix("https")
            + "/meeting-ws"
            for kind, server in servers.items()
        }
        print(json.dumps({"ca_file": str(servers["mesh"].ca_cert_path), **urls}), flush=True)
        for line in sys.stdin:
            room = clients[line.strip()].create_room("Bench", join_approval_level="none")
            assert room.host_url is not None
            token = room.host_url.split("participant_token=")[1]
            print(json.dumps({"meeting_code": room.meeting_code, "token": token}), flush=True)
    finally:
        for client in clients.values():
            client.close()
        for server in servers.values():
            server.stop()


@dataclass
class Setup:
    server_ns: Any
    clients_ns: Any
    janus: Janus
    bridge_socket: Path
    meeting: subprocess.Popen[str]
    meeting_info: dict[str, str]
    args: argparse.Namespace
    rooms_made: int = 0

    def worker(self, *, decode: bool = True) -> WorkerProcess:
        config = {"fps": self.args.fps, "kbps": self.args.kbps, "decode": decode}
        return WorkerProcess(self.clients_ns, config)

    def meeting_room(self, kind: str = "mesh") -> dict[str, str]:
        """A room on the meeting server without Janus (``mesh``) or with it (``sfu``)."""
        assert self.meeting.stdin is not None and self.meeting.stdout is not None
        self.meeting.stdin.write(kind + "\n")
        self.meeting.stdin.flush()
        return dict(json.loads(self.meeting.stdout.readline()))

    @property
    def janus_pid(self) -> int:
        assert self.janus.proc is not None
        return int(self.janus.proc.pid)

    def janus_room(self, publishers: int) -> str:
        """A new VideoRoom, made with the admin key as the meeting server makes them."""
        self.rooms_made += 1
        room = f"bench-{self.rooms_made}"
        self.janus.request(
            {"request": "create", "room": room, "publishers": publishers, "bitrate": 0,
             "videocodec": "vp8", "audiocodec": "opus", "notify_joining": False}
        )  # fmt: skip
        return room

    def janus_api(self) -> dict[str, str]:
        """How a participant reaches Janus' API: the bridge's socket, the API's URL."""
        return {"janus_socket": str(self.bridge_socket), "janus_url": self.janus.url}


@contextmanager
def setup(args: argparse.Namespace) -> Iterator[Setup]:
    from tests.helpers.netns import netns_pair

    work = Path(tempfile.mkdtemp(prefix="bench-sfu-"))
    with netns_pair() as (server_ns, clients_ns):
        janus = Janus(server_ns, work / "janus")  # packaging/server/janus/, as shipped
        bridge_socket = work / "janus-api.sock"
        bridge = server_ns.popen(
            [sys.executable, str(Path(__file__).resolve()), "--api-bridge",
             str(bridge_socket), str(janus.ws_port)],
            cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        )  # fmt: skip
        assert bridge.stdout is not None and bridge.stdout.readline().strip() == "ready"
        key_file = work / "sfu-admin-key"
        key_file.touch(mode=0o600)
        key_file.write_text(janus.admin_key)
        meeting = server_ns.popen(
            [sys.executable, str(Path(__file__).resolve()), "--meeting-server",
             str(work / "data"), server_ns.address, janus.url, str(key_file)],
            cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        )  # fmt: skip
        try:
            assert meeting.stdout is not None
            info = json.loads(meeting.stdout.readline())
            yield Setup(server_ns, clients_ns, janus, bridge_socket, meeting, info, args)
        finally:
            for process in (meeting, bridge):
                assert process.stdin is not None
                process.stdin.close()
                process.wait(timeout=30)
            janus.close()
            shutil.rmtree(work, ignore_errors=True)


@dataclass
class Window:
    """What happened over one measured window."""

    seconds: float
    participants: list[dict[str, Any]]  # per participant: sent/received bytes, frames
    cpu: dict[int, float]  # per worker pid: CPU seconds
    janus_cpu: float
    machine: float  # busy share of all CPUs


def measure(s: Setup, workers: list[WorkerProcess], seconds: float) -> Window:
    def snap() -> tuple[list[dict[str, Any]], dict[int, float], float, tuple[int, int]]:
        for w in workers:
            w.send({"action": "snapshot"})
        parts = [p for w in workers for p in w.answer()["participants"]]
        return (
            parts,
            {w.pid: cpu_seconds(w.pid) for w in workers},
            cpu_seconds(s.janus_pid),
            machine_cpu(),
        )

    before, cpu0, janus0, machine0 = snap()
    start = time.monotonic()
    time.sleep(seconds)
    after, cpu1, janus1, machine1 = snap()
    took = time.monotonic() - start
    first = {p["name"]: p for p in before}
    participants = []
    for p in after:
        b = first[p["name"]]
        participants.append({
            "name": p["name"],
            "sent": p["sent"] - b["sent"],
            "received": p["received"] - b["received"],
            "frames": {k: n - b["frames"].get(k, 0) for k, n in p["frames"].items()},
        })  # fmt: skip
    busy = machine1[0] - machine0[0]
    total = machine1[1] - machine0[1]
    return Window(
        took,
        participants,
        {pid: cpu1[pid] - cpu0[pid] for pid in cpu1},
        janus1 - janus0,
        busy / total if total else 0.0,
    )


@dataclass
class Row:
    n: int
    kind: str
    up_kbps: float
    down_kbps: float
    fps: float  # median frames per second per received stream
    cpu: float  # median participant process CPU, % of one core
    janus: float
    machine: float


def summarise(n: int, kind: str, window: Window) -> Row:
    secs = window.seconds
    ups = [p["sent"] * 8 / secs / 1000 for p in window.participants]
    downs = [p["received"] * 8 / secs / 1000 for p in window.participants]
    rates = [f / secs for p in window.participants for f in p["frames"].values()]
    cpus = [c / secs * 100 for c in window.cpu.values()]
    return Row(
        n,
        kind,
        statistics.median(ups),
        statistics.median(downs),
        statistics.median(rates) if rates else 0.0,
        statistics.median(cpus),
        window.janus_cpu / secs * 100,
        window.machine * 100,
    )


def run_mesh(s: Setup, n: int) -> Row:
    room = s.meeting_room()
    workers: list[WorkerProcess] = []
    try:
        for i in range(n):
            worker = s.worker()
            workers.append(worker)
            command = {
                "action": "mesh",
                "name": f"P{i}",
                "ws_url": s.meeting_info["mesh"],
                "ca_file": s.meeting_info["ca_file"],
                "meeting_code": room["meeting_code"],
                "token": room["token"] if i == 0 else None,
            }
            worker.ask(**command)
        for worker in workers:
            worker.ask(action="wait_frames", streams=n - 1, timeout=90)
        time.sleep(3)  # ramp-up
        return summarise(n, "mesh", measure(s, workers, s.args.seconds))
    finally:
        for worker in workers:
            worker.stop()


def run_relay(s: Setup, n: int) -> Row:
    room = s.meeting_room("sfu")
    workers: list[WorkerProcess] = []
    try:
        for i in range(n):
            worker = s.worker()
            workers.append(worker)
            worker.ask(
                action="relay", name=f"P{i}", ws_url=s.meeting_info["sfu"],
                ca_file=s.meeting_info["ca_file"], meeting_code=room["meeting_code"],
                token=room["token"] if i == 0 else None, expect=n - 1,
            )  # fmt: skip
        for worker in workers:
            worker.ask(action="wait_frames", streams=n - 1, timeout=90)
        time.sleep(3)
        return summarise(n, "relay", measure(s, workers, s.args.seconds))
    finally:
        for worker in workers:
            worker.stop()


def run_sfu(s: Setup, n: int) -> Row:
    room = s.janus_room(publishers=max(n, 4))
    workers: list[WorkerProcess] = []
    try:
        for i in range(n):
            worker = s.worker()
            workers.append(worker)
            worker.ask(action="publish", name=f"P{i}", **s.janus_api(), room=room, feed=f"F{i + 1}")
        for i, worker in enumerate(workers):
            feeds = [f"F{j + 1}" for j in range(n) if j != i]
            worker.ask(action="subscribe", name=f"P{i}", **s.janus_api(), room=room, feeds=feeds)
        for worker in workers:
            worker.ask(action="wait_frames", streams=n - 1, timeout=90)
        time.sleep(3)
        return summarise(n, "sfu", measure(s, workers, s.args.seconds))
    finally:
        for worker in workers:
            worker.stop()


@dataclass
class Step:
    receivers: int
    fps_median: float  # per receiver: mean frames/s per stream; median over receivers
    fps_worst: float
    complete: int  # receivers that got every stream
    janus: float
    senders_cpu: float  # all sender processes together, % of one core
    receivers_cpu: float
    machine: float
    holds: bool
    janus_out_mbps: float


def run_room(s: Setup, senders: int, step: int, max_receivers: int) -> list[Step]:
    room = s.janus_room(publishers=senders + 5)
    sender_workers: list[WorkerProcess] = []
    receiver_workers: list[WorkerProcess] = []
    steps: list[Step] = []
    per_sender_process = 5
    try:
        for i in range(senders):
            if i % per_sender_process == 0:
                sender_workers.append(s.worker())
            sender_workers[-1].ask(
                action="publish", name=f"S{i}", **s.janus_api(), room=room, feed=f"F{i + 1}",
                expect_streams=False,
            )  # fmt: skip
        feeds = [f"F{j + 1}" for j in range(senders)]
        receivers = 0
        while receivers < max_receivers:
            for _ in range(step):
                worker = s.worker(decode=s.args.decode)
                receiver_workers.append(worker)
                receivers += 1
                worker.ask(action="subscribe", name=f"R{receivers}", **s.janus_api(),
                           room=room, feeds=feeds)  # fmt: skip
            for worker in receiver_workers:
                try:
                    worker.ask(action="wait_frames", streams=senders, timeout=30)
                except RuntimeError as error:  # measured all the same: the table says so
                    print(f"    ({error})", file=sys.stderr, flush=True)
            time.sleep(3)
            window = measure(s, sender_workers + receiver_workers, s.args.seconds)
            secs = window.seconds
            per_receiver = [p for p in window.participants if p["name"].startswith("R")]
            means = []
            complete = 0
            for p in per_receiver:
                rates = [f / secs for f in p["frames"].values()]
                got = sum(1 for r in rates if r > 0)
                complete += got >= senders
                means.append(sum(rates) / senders)
            sender_pids = {w.pid for w in sender_workers}
            senders_cpu = sum(c for pid, c in window.cpu.items() if pid in sender_pids)
            receivers_cpu = sum(c for pid, c in window.cpu.items() if pid not in sender_pids)
            fps_median = statistics.median(means)
            out_bits = sum(p["received"] for p in per_receiver) * 8 / secs / 1e6
            holds = fps_median >= HOLD_SHARE * s.args.fps and complete == len(per_receiver)
            steps.append(
                Step(
                    receivers,
                    fps_median,
                    min(means),
                    complete,
                    window.janus_cpu / secs * 100,
                    senders_cpu / secs * 100,
                    receivers_cpu / secs * 100,
                    window.machine * 100,
                    holds,
                    out_bits,
                )
            )
            print_step(steps[-1])
            if not holds:
                break
        return steps
    finally:
        for worker in receiver_workers + sender_workers:
            worker.stop()


STEP_HEADER = (
    f"  {'receivers':>9} {'fps med':>8} {'worst':>6} {'all streams':>11} {'Janus out':>12} "
    f"{'Janus CPU':>10} {'senders CPU':>12} {'receivers CPU':>14} {'machine':>8}"
)


def print_step(st: Step) -> None:
    print(
        f"  {st.receivers:>9} {st.fps_median:>8.1f} {st.fps_worst:>6.1f} "
        f"{f'{st.complete}/{st.receivers}':>11} {st.janus_out_mbps:>5.1f} Mbit/s "
        f"{st.janus:>9.0f}% {st.senders_cpu:>11.0f}% {st.receivers_cpu:>13.0f}% "
        f"{st.machine:>7.0f}%  {'holds' if st.holds else 'LIMIT'}",
        flush=True,
    )


def print_ceiling(steps: list[Step], senders: int) -> None:
    held = [st for st in steps if st.holds]
    if not held:
        print("  ceiling: not even the first step held")
        return
    last = held[-1]
    reached = "" if len(held) < len(steps) else " (limit not reached: raise --max-receivers)"
    print(f"  ceiling: {last.receivers} receivers + {senders} senders "
          f"({last.receivers + senders} participants){reached}")  # fmt: skip
    streams = last.receivers * senders
    per_stream = last.janus / streams
    clients = last.senders_cpu + last.receivers_cpu
    print(f"  at the ceiling: Janus {last.janus:.0f}% of a core for {streams} forwarded streams "
          f"({last.janus_out_mbps:.1f} Mbit/s out, {per_stream * 100:.2f}% per 100 streams); "
          f"the synthetic clients {clients:.0f}%")  # fmt: skip
    if per_stream > 0:
        print(f"  Janus alone on 2 cores at that rate: about {200 / per_stream:.0f} forwarded "
              f"streams, {200 / per_stream / senders:.0f} receivers of {senders} cameras "
              "(linear estimate)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2,4,6,8", help="participants per room in (a)")
    parser.add_argument("--seconds", type=float, default=10.0, help="each measured window")
    parser.add_argument("--fps", type=float, default=10.0, help="synthetic camera frame rate")
    parser.add_argument("--kbps", type=int, default=150, help="synthetic camera bitrate")
    parser.add_argument("--senders", type=int, default=25, help="publishers in (b)")
    parser.add_argument("--step", type=int, default=2, help="receivers added per step in (b)")
    parser.add_argument("--max-receivers", type=int, default=40)
    parser.add_argument(
        "--decode",
        action="store_true",
        help="receivers in (b) decode the video (default: they count whole frames)",
    )
    parser.add_argument(
        "--skip",
        dest="skip_kinds",
        default="",
        help="rows of (a) to leave out, comma-separated: mesh, relay, sfu",
    )
    parser.add_argument("--skip-sizes", action="store_true", help="leave (a) out")
    parser.add_argument("--skip-room", action="store_true", help="leave (b) out")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--meeting-server", nargs=4, help=argparse.SUPPRESS)
    parser.add_argument("--api-bridge", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker_main()
        return
    if args.api_bridge:
        api_bridge_main(args.api_bridge[0], int(args.api_bridge[1]))
        return
    if args.meeting_server:
        meeting_server_main(Path(args.meeting_server[0]), *args.meeting_server[1:])
        return
    # SIGTERM (e.g. `timeout`) unwinds like Ctrl+C: namespaces, Janus and workers go.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    began = time.monotonic()
    version = subprocess.run(["janus", "--version"], capture_output=True, text=True, check=False)
    janus_version = (version.stdout.split("(")[-1].split(")")[0]) if "(" in version.stdout else "?"
    print(
        f"Mesh vs Janus SFU (Janus {janus_version}; {os.cpu_count()} CPUs, shared with other work)"
    )
    print(f"synthetic cameras: VP8 {WIDTH}x{HEIGHT} at {args.fps:g} fps, {args.kbps} kbit/s; "
          "no audio; aiortc participants, one process each")  # fmt: skip
    with setup(args) as s:
        if not args.skip_sizes:
            print(f"\n(a) N participants, everybody sends and receives, over {args.seconds:g} s")
            print("    mesh:  one connection per other participant, signalled through the "
                  "meeting server's WebSocket")  # fmt: skip
            print("    relay: the meeting server with --sfu-url: the room moves to Janus at its "
                  "3rd person; pages speak sfu-* over the meeting WebSocket")  # fmt: skip
            print("    sfu:   the same media, the participants on Janus' own API "
                  "(no meeting server: Janus alone)")  # fmt: skip
            print("    CPU/part.: median participant process, % of one core; "
                  "machine: all CPUs, other sessions included")  # fmt: skip
            print(
                f"  {'N':>2}  {'media':<5} {'up kbit/s':>10} {'vs N=2':>7} {'vs mesh':>8} "
                f"{'down kbit/s':>12} {'fps/stream':>10} {'CPU/part.':>10} {'Janus CPU':>10} "
                f"{'machine':>8}"
            )
            rows: list[Row] = []
            for n in (int(v) for v in args.sizes.split(",")):
                kinds = [k for k in ("mesh", "relay", "sfu") if k not in args.skip_kinds]
                for kind in kinds:
                    if kind == "relay" and n < 3:
                        continue  # rooms of two stay a mesh
                    run = {"mesh": run_mesh, "relay": run_relay, "sfu": run_sfu}[kind]
                    row = run(s, n)
                    rows.append(row)
                    # A room of two through the server is a mesh: relay rows compare to it.
                    base_kind = "mesh" if kind == "relay" else kind
                    base = next((r for r in rows if r.kind == base_kind), row)
                    mesh = next((r for r in rows if r.kind == "mesh" and r.n == n), None)
                    vs_mesh = f"{row.up_kbps / mesh.up_kbps:>7.2f}x" if mesh else f"{'':>8}"
                    print(f"  {row.n:>2}  {row.kind:<5} {row.up_kbps:>10.0f} "
                          f"{row.up_kbps / base.up_kbps:>6.2f}x {vs_mesh} {row.down_kbps:>12.0f} "
                          f"{row.fps:>10.1f} {row.cpu:>9.1f}% {row.janus:>9.1f}% "
                          f"{row.machine:>7.0f}%", flush=True)  # fmt: skip
        if not args.skip_room:
            print(f"\n(b) the largest room through Janus: {args.senders} senders, receivers "
                  f"added {args.step} at a time, each receiving all {args.senders} streams, "
                  f"over {args.seconds:g} s;")  # fmt: skip
            print(f"    holds: median receiver >= {HOLD_SHARE * args.fps:g} fps per stream "
                  "and every receiver gets every stream")  # fmt: skip
            print("    CPU: % of one core (2 cores = 200%); machine: all CPUs busy, other "
                  "sessions' work included")  # fmt: skip
            print(STEP_HEADER)
            steps = run_room(s, args.senders, args.step, args.max_receivers)
            print_ceiling(steps, args.senders)
    print(f"\n(total {time.monotonic() - began:.0f} s)")


if __name__ == "__main__":
    main()
