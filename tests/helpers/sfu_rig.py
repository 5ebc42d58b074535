"""The SFU test rig: a real Janus and a real meeting server in one network namespace,
synthetic meeting pages (real WebSocket clients of the server speaking the protocol of
launcher.server.signalling) in another.

    with SfuRig(tmp_path) as rig:               # root only (namespaces)
        code, host_token = rig.new_room()
        async def scenario():
            host = await rig.page(code, "Hana", host_token)
            ...
        rig.run(scenario())                     # runs in the clients' namespace

Janus' API listens on the server namespace's 127.0.0.1 only (tests/helpers/janus.py);
the server listens on that namespace's veth address (198.18.0.1), which the clients'
namespace (198.18.0.2) reaches. ``publish_media``/``receive_media`` are real WebRTC
clients (aiortc) sending and receiving through Janus; ``offer_sdp`` is a browser-like
offer (Opus, VP8 with optional simulcast rids) that Janus answers, with no media.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import sys
from collections.abc import Callable, Coroutine, Iterator
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path
from typing import Any, TypeVar

import aiohttp
from aiortc import (
    MediaStreamTrack,
    RTCConfiguration,
    RTCPeerConnection,
    RTCSessionDescription,
    VideoStreamTrack,
)
from aiortc.mediastreams import AudioStreamTrack

from launcher.api import MeetingsClient
from launcher.server import BuiltinServer, ServerConfig, create_application
from launcher.server.config import SfuSetting
from launcher.server.keys import SFU
from tests.helpers.janus import Janus
from tests.helpers.netns import Netns, NetnsLoop, call_in, netns_pair

T = TypeVar("T")
TIMEOUT = 20.0


class Page:
    """One synthetic meeting page: its socket and everything it was sent, in order."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse, name: str) -> None:
        self.ws = ws
        self.name = name
        self.id = ""
        self.joined: dict[str, Any] = {}
        self.inbox: list[dict[str, Any]] = []
        self._seen = 0
        self._arrived = asyncio.Event()
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        async for frame in self.ws:
            if frame.type != aiohttp.WSMsgType.TEXT:
                break
            self.inbox.append(json.loads(frame.data))
            self._arrived.set()
        self._arrived.set()

    async def send(self, message: dict[str, Any]) -> None:
        await self.ws.send_str(json.dumps(message))

    async def next(
        self, kind: str, test: Callable[[dict[str, Any]], bool] = lambda m: True,
        timeout: float = TIMEOUT,
    ) -> dict[str, Any]:  # fmt: skip
        """The first message of type ``kind`` (passing ``test``) not taken yet; messages
        before it stay for later calls only when of another type."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            for index in range(self._seen, len(self.inbox)):
                message = self.inbox[index]
                if message.get("type") == kind and test(message):
                    self.inbox.pop(index)
                    return message
            if self.ws.closed and self._reader.done():
                raise AssertionError(f"{self.name}: socket closed waiting for {kind}: {self.inbox}")
            left = deadline - loop.time()
            if left <= 0:
                raise AssertionError(f"{self.name}: no {kind} within {timeout} s: {self.inbox}")
            self._arrived.clear()
            with suppress(TimeoutError):
                await asyncio.wait_for(self._arrived.wait(), left)

    def kinds(self) -> list[str]:
        return [str(m.get("type")) for m in self.inbox]

    async def close(self) -> None:
        await self.ws.close()
        self._reader.cancel()


class SfuRig:
    """Janus + meeting server in namespace ``server``, clients in ``clients``."""

    def __init__(
        self,
        workdir: Path,
        *,
        janus_up: bool = True,
        max_video_senders: int = 25,
        ws_port: int = 8188,
    ) -> None:
        self.workdir = workdir
        self.janus_up = janus_up
        self.max_video_senders = max_video_senders
        self.ws_port = ws_port
        self._stack = ExitStack()
        self.server_ns: Netns
        self.client_ns: Netns
        self.janus: Janus
        self.server: BuiltinServer
        self.loop: NetnsLoop
        self._http: aiohttp.ClientSession | None = None
        self._app: tuple[str, bytes] | None = None

    def __enter__(self) -> SfuRig:
        try:
            self.server_ns, self.client_ns = self._stack.enter_context(netns_pair())
            self.janus = Janus(
                self.server_ns, self.workdir / "janus", ws_port=self.ws_port, start=self.janus_up
            )
            self._stack.callback(self.janus.close)
            config = ServerConfig(
                data_dir=self.workdir / "data",
                host=self.server_ns.address,
                max_video_senders=self.max_video_senders,
                sfu=SfuSetting(self.janus.url, self.janus.admin_key),
            )
            self.server = BuiltinServer(config)
            call_in(self.server_ns.name, self.server.start)
            self._stack.callback(self.server.stop)
            self.loop = self._stack.enter_context(NetnsLoop(self.client_ns.name))
            self._stack.callback(self.run, self._close_http())
            self._app = create_application(config.data_dir, "sfu tests")
        except BaseException:
            self._stack.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self._stack.close()

    @property
    def origin(self) -> str:
        return self.server.origin

    def new_room(self, **options: Any) -> tuple[str, str]:
        """A new room's meeting code and host token (made through the real API)."""
        assert self._app is not None
        app_id, key = self._app

        def make() -> tuple[str, str]:
            with MeetingsClient(self.server.api_url, app_id, key) as client:
                room = client.create_room("SFU", **options)
            assert room.host_url is not None and room.meeting_code is not None
            return room.meeting_code, room.host_url.split("participant_token=")[1]

        return call_in(self.server_ns.name, make)

    @staticmethod
    def cli() -> list[str]:
        """``meeting-launcher`` as a command (run it with ``rig.server_ns.run``)."""
        return [sys.executable, "-m", "launcher"]

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = 180) -> T:
        """``coro`` on the clients' loop (its sockets in the clients' namespace)."""
        return self.loop.run(coro, timeout)

    async def _close_http(self) -> None:
        if self._http is not None:
            await self._http.close()

    async def page(
        self, code: str, name: str, token: str | None = None, *, admitted: bool = True,
        media: dict[str, bool] | None = None,
    ) -> Page:  # fmt: skip
        """A page that said hello (and, with ``admitted``, got ``joined``)."""
        if self._http is None:
            self._http = aiohttp.ClientSession()
        ws = await self._http.ws_connect(self.origin + "/meeting-ws", max_msg_size=0)
        page = Page(ws, name)
        hello: dict[str, Any] = {"type": "hello", "meeting_code": code, "name": name}
        if token:
            hello["participant_token"] = token
        if media is not None:
            hello["media"] = media
        await page.send(hello)
        page.id = (await page.next("welcome"))["id"]
        if admitted:
            page.joined = await page.next("joined")
        return page

    def janus_room(self, code: str) -> str | None:
        """The Janus room id the server made for a meeting (None while it is a mesh)."""
        app = self.server._runner.app if self.server._runner is not None else None
        return app[SFU].janus_room(code) if app is not None else None


def offer_sdp(*, audio: bool = True, video: bool = True, simulcast: bool = False) -> str:
    """A browser-like publisher offer Janus answers (sendonly Opus and VP8)."""
    fingerprint = ":".join(f"{b:02X}" for b in secrets.token_bytes(32))
    ufrag, pwd = secrets.token_hex(4), secrets.token_hex(12)
    kinds = [k for k, on in (("audio", audio), ("video", video)) if on]
    mids = " ".join(str(i) for i in range(len(kinds)))
    lines = [
        "v=0",
        f"o=- {secrets.randbelow(10**12)} 2 IN IP4 127.0.0.1",
        "s=-",
        "t=0 0",
        f"a=group:BUNDLE {mids}",
        "a=msid-semantic: WMS stream",
    ]
    for mid, kind in enumerate(kinds):
        pt = 111 if kind == "audio" else 96
        lines += [
            f"m={kind} 9 UDP/TLS/RTP/SAVPF {pt}",
            "c=IN IP4 0.0.0.0",
            "a=rtcp:9 IN IP4 0.0.0.0",
            f"a=ice-ufrag:{ufrag}",
            f"a=ice-pwd:{pwd}",
            "a=ice-options:trickle",
            f"a=fingerprint:sha-256 {fingerprint}",
            "a=setup:actpass",
            f"a=mid:{mid}",
            "a=sendonly",
            f"a=msid:stream {kind}-track",
            "a=rtcp-mux",
        ]
        if kind == "audio":
            lines += ["a=rtpmap:111 opus/48000/2", "a=fmtp:111 minptime=10;useinbandfec=1",
                      f"a=ssrc:{1000 + mid} cname:rig"]  # fmt: skip
        else:
            lines += ["a=rtpmap:96 VP8/90000", "a=rtcp-fb:96 nack", "a=rtcp-fb:96 nack pli",
                      "a=rtcp-fb:96 ccm fir", "a=rtcp-fb:96 goog-remb"]  # fmt: skip
            if simulcast:
                lines += ["a=rid:h send", "a=rid:m send", "a=rid:l send",
                          "a=simulcast:send h;m;l"]  # fmt: skip
            else:
                lines.append(f"a=ssrc:{2000 + mid} cname:rig")
    return "\r\n".join(lines) + "\r\n"


async def publish_media(page: Page, *, video: bool = True) -> RTCPeerConnection:
    """A real WebRTC publisher (aiortc: silence, and generated frames with ``video``)
    published through ``page``'s ``sfu-publish``; Janus' answer applied."""
    pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))  # no STUN: nothing outside
    pc.addTrack(AudioStreamTrack())
    if video:
        pc.addTrack(VideoStreamTrack())
    await pc.setLocalDescription(await pc.createOffer())
    await page.send(
        {"type": "sfu-publish", "jsep": {"type": "offer", "sdp": pc.localDescription.sdp},
         "audio": True, "video": video}
    )  # fmt: skip
    answer = await page.next("sfu-answer")
    await pc.setRemoteDescription(RTCSessionDescription(**answer["jsep"]))
    return pc


async def receive_media(
    page: Page, feeds: list[str]
) -> tuple[RTCPeerConnection, list[MediaStreamTrack], dict[str, Any]]:
    """A real WebRTC subscriber for ``feeds`` through ``page`` (``sfu-subscribe``, then
    the answer as ``sfu-start``): its PeerConnection, the tracks as they come, the offer."""
    pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
    tracks: list[MediaStreamTrack] = []
    pc.on("track", tracks.append)
    await page.send({"type": "sfu-subscribe", "feeds": feeds})
    offer = await page.next("sfu-offer")
    await pc.setRemoteDescription(RTCSessionDescription(**offer["jsep"]))
    await pc.setLocalDescription(await pc.createAnswer())
    await page.send(
        {"type": "sfu-start", "jsep": {"type": "answer", "sdp": pc.localDescription.sdp}}
    )
    return pc, tracks, offer


@contextmanager
def sfu_rig(workdir: Path, **options: Any) -> Iterator[SfuRig]:
    with SfuRig(workdir, **options) as rig:
        yield rig
