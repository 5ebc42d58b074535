"""Janus going away (issue 18, bad input): unreachable when the server starts (one log
line, meetings stay a mesh, hosts' pages are told why, the SFU is used once Janus
answers), killed and restarted mid-meeting (``sfu_lost`` then ``sfu_back``), frozen
(requests time out: nothing hangs). A real Janus and server in one namespace, pages in
another (tests/helpers/sfu_rig.py)."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from pathlib import Path

import pytest

from tests.helpers.sfu_rig import Page, SfuRig, offer_sdp, publish_media

SFU_LOGGER = "launcher.server.sfu"


async def three(rig: SfuRig, code: str, token: str) -> list[Page]:
    return [
        await rig.page(code, "Hana", token),
        await rig.page(code, "Gus"),
        await rig.page(code, "Ida"),
    ]


async def all_told(pages: list[Page], mode: str, reason: str, timeout: float) -> None:
    for page in pages:
        told = await page.next("media-mode", timeout=timeout)
        assert told == {"type": "media-mode", "mode": mode, "reason": reason}, told


def test_janus_unreachable_at_start_means_mesh_then_sfu_once_it_answers(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger=SFU_LOGGER)
    with SfuRig(tmp_path, janus_up=False) as rig:
        code, token = rig.new_room()

        async def scenario() -> list[Page]:
            pages = await three(rig, code, token)
            for page in pages:
                assert page.joined["sfu"] == "unavailable"
                assert page.joined["media_mode"] == "mesh"
            await asyncio.sleep(3.0)  # a few reconnection attempts meanwhile
            assert "media-mode" not in pages[0].kinds()
            await pages[0].send({"type": "sfu-unpublish"})
            assert (await pages[0].next("sfu-error"))["code"] == "not_sfu"
            return pages

        pages = rig.run(scenario())
        lines = [r.getMessage() for r in caplog.records if r.name == SFU_LOGGER]
        assert len(lines) == 1, lines  # one plain line, not one per attempt
        assert f"cannot connect to Janus at {rig.janus.url}: connection refused" in lines[0]
        assert "meetings stay peer to peer (mesh)" in lines[0]
        assert rig.janus.admin_key not in caplog.text

        rig.janus.start()

        async def back() -> None:
            await all_told(pages, "sfu", "sfu_back", timeout=60)
            assert rig.janus_room(code) in rig.janus.rooms()
            late = await rig.page(code, "Late", token)
            assert late.joined["sfu"] == "ok" and late.joined["media_mode"] == "sfu"
            for page in [*pages, late]:
                await page.close()

        rig.run(back())


def test_janus_killed_and_restarted_mid_meeting(tmp_path: Path) -> None:
    with SfuRig(tmp_path) as rig:
        code, token = rig.new_room()

        async def before() -> list[Page]:
            pages = await three(rig, code, token)
            await all_told(pages, "sfu", "third_participant", timeout=20)
            sender = await publish_media(pages[0])
            await pages[1].next("sfu-feeds", lambda m: bool(m["feeds"]), timeout=40)
            await sender.close()
            return pages

        pages = rig.run(before())
        first_room = rig.janus_room(code)
        rig.janus.stop(kill=True)

        async def lost() -> None:
            await all_told(pages, "mesh", "sfu_lost", timeout=20)
            await pages[0].send({"type": "sfu-unpublish"})
            assert (await pages[0].next("sfu-error"))["code"] == "not_sfu"
            # The mesh keeps working meanwhile.
            await pages[1].send({"type": "signal", "to": pages[2].id, "data": {"x": 1}})
            assert (await pages[2].next("signal"))["from"] == pages[1].id

        rig.run(lost())
        rig.janus.start()

        async def back() -> None:
            await all_told(pages, "sfu", "sfu_back", timeout=60)
            second_room = rig.janus_room(code)
            assert second_room is not None and second_room != first_room
            assert second_room in rig.janus.rooms()
            sender = await publish_media(pages[2])
            feeds = await pages[0].next(
                "sfu-feeds", lambda m: [f["peer"] for f in m["feeds"]] == [pages[2].id], timeout=40
            )
            assert feeds["feeds"][0]["video"] is True
            await sender.close()
            assert "peer-left" not in pages[0].kinds()  # nobody "left" for all this
            for page in pages:
                await page.close()

        rig.run(back())


def test_a_frozen_janus_times_out_instead_of_hanging(tmp_path: Path) -> None:
    with SfuRig(tmp_path) as rig:
        code, token = rig.new_room()

        async def before() -> list[Page]:
            pages = await three(rig, code, token)
            await all_told(pages, "sfu", "third_participant", timeout=20)
            return pages

        pages = rig.run(before())
        first_room = rig.janus_room(code)
        assert rig.janus.proc is not None
        pid = rig.janus.proc.pid
        os.kill(pid, signal.SIGSTOP)
        try:

            async def frozen() -> None:
                # A request to a Janus that does not answer: 10 s, then the mesh.
                await pages[0].send(
                    {"type": "sfu-publish", "jsep": {"type": "offer", "sdp": offer_sdp()},
                     "audio": True, "video": True}
                )  # fmt: skip
                await all_told(pages, "mesh", "sfu_lost", timeout=30)
                # Signalling never stopped meanwhile.
                await pages[1].send({"type": "chat", "text": "still here"})
                assert (await pages[2].next("chat"))["text"] == "still here"

            rig.run(frozen())
        finally:
            os.kill(pid, signal.SIGCONT)

        async def back() -> None:
            await all_told(pages, "sfu", "sfu_back", timeout=60)
            # The Janus room made before the freeze is not left behind in Janus.
            assert rig.janus.rooms() == [rig.janus_room(code)] != [first_room]
            for page in pages:
                await page.close()

        rig.run(back())
