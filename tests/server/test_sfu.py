"""Janus as the media engine (issue 18), with a real Janus and a real server in one
network namespace and synthetic pages in another (tests/helpers/sfu_rig.py): the room
switches to the SFU at its 3rd participant, the Janus room lives as long as the session,
pages reach Janus only through their own checked messages, a removed participant's
handles go at once, and bad input gets ``sfu-error bad_request``."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from av import VideoFrame

from tests.helpers.janus import Janus
from tests.helpers.sfu_rig import Page, SfuRig, offer_sdp, publish_media, receive_media


@pytest.fixture(scope="module")
def rig(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SfuRig]:
    with SfuRig(tmp_path_factory.mktemp("sfu")) as started:
        yield started


async def eventually(check: Any, timeout: float = 20.0) -> None:
    """Wait until ``check()`` (sync) is true."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not check():
        assert loop.time() < deadline, "condition not met in time"
        await asyncio.sleep(0.2)


async def three(
    rig: SfuRig, code: str, token: str, first: tuple[Page, Page] | None = None
) -> tuple[Page, Page, Page]:
    """Three people in a room (``first``: the two already in): it switches to Janus."""
    if first is None:
        first = (await rig.page(code, "Hana", token), await rig.page(code, "Gus"))
    host, gus = first
    ida = await rig.page(code, "Ida")
    for page in (host, gus, ida):
        switched = await page.next("media-mode")
        assert switched == {"type": "media-mode", "mode": "sfu", "reason": "third_participant"}
        assert (await page.next("sfu-feeds"))["feeds"] == []
    return host, gus, ida


async def publish(page: Page, *, video: bool = True, simulcast: bool = False) -> dict[str, Any]:
    sdp = offer_sdp(video=video, simulcast=simulcast)
    await page.send(
        {
            "type": "sfu-publish",
            "jsep": {"type": "offer", "sdp": sdp},
            "audio": True,
            "video": video,
        }
    )
    return await page.next("sfu-answer")


def test_third_participant_moves_the_room_to_janus_and_back_out(rig: SfuRig) -> None:
    code, token = rig.new_room()

    async def scenario() -> str:
        host = await rig.page(code, "Hana", token)
        gus = await rig.page(code, "Gus")
        for page in (host, gus):
            assert page.joined["media_mode"] == "mesh"
            assert page.joined["sfu"] == "ok"
            assert page.joined["video_senders_max"] == 25
            assert page.joined["video_full"] is False
        assert rig.janus_room(code) is None  # two people: a mesh, no Janus room
        _host, _gus, ida = await three(rig, code, token, (host, gus))
        janus_id = rig.janus_room(code)
        assert janus_id is not None and janus_id in rig.janus.rooms()
        # No leave/join notes for the switch.
        assert "peer-left" not in host.kinds() and "peer-left" not in gus.kinds()
        # A 4th is told at once.
        ann = await rig.page(code, "Ann")
        assert ann.joined["media_mode"] == "sfu"

        sender = await publish_media(host)
        for page in (host, gus, ida, ann):  # announced once Janus has the feed up
            feeds = await page.next("sfu-feeds", lambda m: bool(m["feeds"]), timeout=40)
            assert feeds["feeds"] == [
                {"peer": host.id, "audio": True, "video": True, "simulcast": False}
            ]
        # Janus knows the host's feed by the host's peer id.
        listed = rig.janus.request({"request": "listparticipants", "room": janus_id})
        assert [p["id"] for p in listed["participants"]] == [host.id]

        # Gus receives the host's audio and video through Janus (a feed of no one in
        # this room is left out).
        receiver, tracks, offer = await receive_media(gus, [host.id, "not-in-this-room"])
        assert {s["peer"] for s in offer["streams"]} == {host.id}
        assert {s["kind"] for s in offer["streams"]} == {"audio", "video"}
        await eventually(lambda: {t.kind for t in tracks} == {"audio", "video"})
        video = next(t for t in tracks if t.kind == "video")
        frame = await asyncio.wait_for(video.recv(), 40)
        assert isinstance(frame, VideoFrame) and frame.width > 0  # a decoded picture
        await gus.send({"type": "sfu-quality", "peer": host.id, "substream": 0})
        await gus.send({"type": "sfu-trickle", "pc": "sub", "candidate": None})
        await asyncio.sleep(1.0)
        assert "sfu-error" not in gus.kinds(), gus.inbox
        await receiver.close()
        await sender.close()

        for page in (ann, ida, gus, host):
            await page.send({"type": "leave"})
            await page.close()
        return janus_id

    janus_id = rig.run(scenario())

    async def gone() -> None:
        await eventually(lambda: janus_id not in rig.janus.rooms())

    rig.run(gone())  # the session ended: the Janus room is destroyed


def test_tokens_keep_intruders_out_and_a_removed_guest_goes_at_once(rig: SfuRig) -> None:
    code, token = rig.new_room()

    async def scenario() -> None:
        host, gus, ida = await three(rig, code, token)
        janus_id = rig.janus_room(code)
        assert janus_id is not None
        sender = await publish_media(gus, video=False)
        await host.next("sfu-feeds", lambda m: bool(m["feeds"]), timeout=40)
        receiver, _tracks, _offer = await receive_media(host, [gus.id])
        # Without one of the room's tokens, Janus itself lets nobody in.
        for intruder_token in ("wrong", ""):
            refused = rig.janus.request(
                {"request": "join", "ptype": "publisher", "room": janus_id, "id": "intruder",
                 "token": intruder_token},
                with_admin_key=False,
            )  # fmt: skip
            assert refused.get("error_code") == 433, refused  # unauthorized
        # The host removes Gus: his publisher leaves Janus at once.
        await host.send({"type": "remove", "id": gus.id})
        await gus.next("removed")

        def gus_gone() -> bool:
            listed = rig.janus.request({"request": "listparticipants", "room": janus_id})
            return gus.id not in [p["id"] for p in listed["participants"]]

        await eventually(gus_gone, timeout=10)
        feeds = await host.next("sfu-feeds", lambda m: m["feeds"] == [])
        assert feeds["feeds"] == []
        await sender.close()
        await receiver.close()
        # The host ends the meeting for everyone: the Janus room goes with the session.
        await host.send({"type": "moderate", "action": "end"})
        await ida.next("ended")
        await eventually(lambda: janus_id not in rig.janus.rooms())
        for page in (ida, host):
            await page.close()

    rig.run(scenario())


BAD: list[dict[str, Any]] = [
    {"type": "sfu-publish"},
    {"type": "sfu-publish", "jsep": {"type": "answer", "sdp": "v=0\r\n"}, "audio": True,
     "video": False},
    {"type": "sfu-publish", "jsep": {"type": "offer", "sdp": "hello"}, "audio": True,
     "video": False},
    {"type": "sfu-publish", "jsep": {"type": "offer", "sdp": "v=0"}, "audio": "yes",
     "video": False},
    {"type": "sfu-publish", "jsep": {"type": "offer", "sdp": "v=0" + "x" * 60_000},
     "audio": True, "video": False},
    {"type": "sfu-publish", "jsep": [], "audio": True, "video": True},
    {"type": "sfu-subscribe", "feeds": "everyone"},
    {"type": "sfu-subscribe", "feeds": [1, 2]},
    {"type": "sfu-subscribe", "feeds": ["x"] * 500},
    {"type": "sfu-subscribe"},
    {"type": "sfu-start", "jsep": {"type": "offer", "sdp": "v=0"}},
    {"type": "sfu-start", "jsep": None},
    {"type": "sfu-trickle", "pc": "both", "candidate": None},
    {"type": "sfu-trickle", "pc": "pub"},
    {"type": "sfu-trickle", "pc": "pub", "candidate": "candidate:1 1 udp"},
    {"type": "sfu-trickle", "pc": "sub", "candidate": {"candidate": 5}},
    {"type": "sfu-trickle", "pc": "sub", "candidate": {"candidate": "c", "sdpMLineIndex": -1}},
    {"type": "sfu-quality", "peer": "x", "substream": 3},
    {"type": "sfu-quality", "peer": "x", "substream": True},
    {"type": "sfu-quality", "peer": 7, "substream": 1},
    {"type": "sfu-everything"},
]  # fmt: skip


def test_bad_input_to_every_sfu_message_is_a_bad_request(rig: SfuRig) -> None:
    code, token = rig.new_room(join_approval_level="explicit_approval")

    async def scenario() -> None:
        # Before the switch: a mesh room answers well-formed SFU frames with not_sfu.
        host = await rig.page(code, "Hana", token)
        await host.send({"type": "sfu-unpublish"})
        assert (await host.next("sfu-error"))["code"] == "not_sfu"
        for bad in BAD:
            await host.send(bad)
            error = await host.next("sfu-error")
            assert error["code"] == "bad_request", (bad, error)
        # A page at the door is not heard at all.
        knocking = await rig.page(code, "Kim", admitted=False)
        await knocking.send({"type": "sfu-publish", "jsep": {"type": "offer",
                             "sdp": offer_sdp()}, "audio": True, "video": True})  # fmt: skip
        await host.next("knock")
        # In SFU mode too, and the room keeps working afterwards.
        await host.send({"type": "admit", "id": knocking.id})
        await knocking.next("joined")
        ida = await rig.page(code, "Ida", admitted=False)
        await host.next("knock")
        await host.send({"type": "admit", "id": ida.id})
        await ida.next("joined")
        await host.next("media-mode")
        for bad in BAD:
            await host.send(bad)
            error = await host.next("sfu-error")
            assert error["code"] == "bad_request", (bad, error)
        assert "sfu-error" not in knocking.kinds() and "sfu-answer" not in knocking.kinds()
        assert (await publish(host))["jsep"]["type"] == "answer"
        await host.send({"type": "sfu-unpublish"})
        await host.next("sfu-feeds", lambda m: m["feeds"] == [])
        for page in (host, knocking, ida):
            await page.close()

    rig.run(scenario())


def test_the_26th_camera_is_refused(rig: SfuRig) -> None:
    code, token = rig.new_room()

    async def scenario() -> None:
        pages = [await rig.page(code, "Host", token)]
        pages += [await rig.page(code, f"Guest {n}") for n in range(1, 26)]
        for page in pages[:25]:
            await page.send({"type": "media", "audio": True, "video": True})
        await asyncio.sleep(0.5)
        last = pages[25]
        await last.send({"type": "media", "audio": True, "video": True})
        refused = await last.next("video-refused")
        assert refused == {"type": "video-refused", "reason": "full", "max": 25}
        # Others see the 26th with the camera off.
        update = await pages[0].next("peer-media", lambda m: m["id"] == last.id)
        assert update["video"] is False and update["audio"] is True
        # Publishing video to Janus is refused too; audio only is fine.
        await last.send(
            {
                "type": "sfu-publish",
                "jsep": {"type": "offer", "sdp": offer_sdp()},
                "audio": True,
                "video": True,
            }
        )
        assert await last.next("sfu-error") == {
            "type": "sfu-error",
            "code": "video_full",
            "pc": "pub",
        }
        assert (await publish(last, video=False))["jsep"]["type"] == "answer"
        # A 27th joins knowing the cameras are full.
        late = await rig.page(code, "Late", media={"audio": True, "video": True})
        assert late.joined["video_full"] is True
        # One camera goes off: the next one may come on.
        await pages[3].send({"type": "media", "audio": True, "video": False})
        await asyncio.sleep(0.5)
        await last.send({"type": "media", "audio": True, "video": True})
        update = await pages[0].next("peer-media", lambda m: m["id"] == last.id and m["video"])
        assert update["video"] is True
        for page in [*pages, late]:
            await page.close()

    rig.run(scenario(), timeout=300)


def test_serve_check_asks_janus(rig: SfuRig, tmp_path: Path) -> None:
    key_file = tmp_path / "sfu-admin-key"
    key_file.write_text(rig.janus.admin_key + "\n")
    wrong_file = tmp_path / "wrong-key"
    wrong_file.write_text("not-the-admin-key\n")
    base = ["serve", "--check", "--data-dir", str(tmp_path / "d"), "--port", "0",
            "--sfu-url", rig.janus.url]  # fmt: skip
    ok = rig.server_ns.run(
        [*rig.cli(), *base, "--sfu-admin-key-file", str(key_file)], capture_output=True
    )
    assert ok.returncode == 0, ok.stderr
    assert f"Janus 1.1.2 at {rig.janus.url} (admin key accepted)" in ok.stdout
    assert rig.janus.admin_key not in ok.stdout + ok.stderr
    wrong = rig.server_ns.run(
        [*rig.cli(), *base, "--sfu-admin-key-file", str(wrong_file)], capture_output=True
    )
    assert wrong.returncode == 2
    assert "refused the admin key" in wrong.stderr, wrong.stderr
    closed = rig.server_ns.run(
        [*rig.cli(), *base[:-1], "ws://127.0.0.1:9", "--sfu-admin-key-file", str(key_file)],
        capture_output=True,
    )
    assert closed.returncode == 2
    assert closed.stderr == (
        "meeting-launcher: SFU: cannot connect to Janus at ws://127.0.0.1:9: connection refused\n"
    )
    # A Janus whose VideoRoom config was not loaded (its admin key include is missing).
    bare = Janus(rig.server_ns, tmp_path / "bare", ws_port=8189, rtp_ports=(21000, 21099),
                 key_file=False)  # fmt: skip
    try:
        unset = rig.server_ns.run(
            [*rig.cli(), *base[:-1], bare.url, "--sfu-admin-key-file", str(key_file)],
            capture_output=True,
        )
    finally:
        bare.close()
    assert unset.returncode == 2
    assert "did not load packaging/server/janus/janus.plugin.videoroom.jcfg" in unset.stderr, (
        unset.stderr
    )
