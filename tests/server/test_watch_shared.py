"""Watch together's uploaded videos across two ``serve`` processes (--redis) on one
data directory: a host uploads through the process that does not run the meeting,
participants get the video through either, strangers through neither; it goes with
the meeting, and a process starting keeps the videos of meetings running elsewhere.

Real programs: Debian's ``redis-server``, a throwaway PostgreSQL, two (then three)
``meeting-launcher serve`` processes; pages are WebSocket clients with their browser's
device cookie.
"""

from __future__ import annotations

import asyncio
import json
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import aiohttp
import pytest

from launcher.server.devices import DEVICE_COOKIE
from tests.helpers.postgres import PostgresCluster
from tests.helpers.redis_server import RedisServer
from tests.server.test_cli import Served
from tests.server.test_redis_signalling import (
    TIMEOUT,
    Cluster,
    host_token,
    next_of,
    origin,
    two_processes,
    ws_url,
)
from tests.server.test_signalling import Page

WEBM = b"\x1a\x45\xdf\xa3" + b"\x00" * 60


@pytest.fixture
def pair(tmp_path: Path, postgres_cluster: PostgresCluster) -> Iterator[Cluster]:
    redis = RedisServer()
    try:
        with two_processes(tmp_path, postgres_cluster, redis, one_data_dir=True) as both:
            yield both
    finally:
        redis.stop()


def device() -> str:
    return secrets.token_urlsafe(18)


def watch_fields(pair: Cluster, code: str) -> int:
    reply = pair.redis.command("HLEN", f"meeting-launcher:watch:{code}").decode()
    return int(reply.strip().lstrip(":"))


async def eventually(check: Any) -> None:
    """``await check()`` becomes true within TIMEOUT (a relayed leave takes a moment)."""
    for _ in range(int(TIMEOUT / 0.1)):
        if await check():
            return
        await asyncio.sleep(0.1)
    raise AssertionError("never became true")


def test_an_uploaded_video_works_through_either_process(pair: Cluster, tmp_path: Path) -> None:
    room = pair.room()
    code = str(room["meeting_code"])
    first, second = origin(pair.first), origin(pair.second)
    host_device, guest_device, stranger = device(), device(), device()
    stored = pair.first.data_dir / "watch" / code

    async def scenario() -> None:
        connector = aiohttp.TCPConnector(ssl=pair.ssl)
        async with aiohttp.ClientSession(connector=connector) as http:

            async def connect(served: Served, name: str, who: str, *, host: bool) -> Page:
                cookie = {"Cookie": f"{DEVICE_COOKIE}={who}"}
                ws = await http.ws_connect(ws_url(served), headers=cookie)
                hello: dict[str, Any] = {"type": "hello", "meeting_code": code, "name": name}
                if host:
                    hello["participant_token"] = host_token(room)
                await ws.send_str(json.dumps(hello))
                return Page(ws)

            async def post(base: str, bearer: str) -> aiohttp.ClientResponse:
                headers = {"Content-Type": "video/webm", "Authorization": f"Bearer {bearer}"}
                async with http.post(
                    f"{base}/meeting-api/watch/{code}", data=WEBM, headers=headers
                ) as response:
                    await response.read()
                    return response

            async def get(base: str, url: str, who: str | None) -> int:
                cookies = {"Cookie": f"{DEVICE_COOKIE}={who}"} if who else {}
                async with http.get(base + url, headers=cookies) as response:
                    body = await response.read()
                    if response.status == 200:
                        assert body == WEBM and response.content_type == "video/webm"
                    return response.status

            # Nobody in the meeting yet: refused through either process.
            assert (await post(second, host_token(room))).status == 403
            host = await connect(pair.first, "Ann", host_device, host=True)  # runs the room
            await next_of(host, "joined")
            guest = await connect(pair.second, "Ben", guest_device, host=False)  # relayed
            await next_of(guest, "joined")
            assert watch_fields(pair, code) == 2

            # The process not running the meeting takes the host's upload, only the host's.
            assert (await post(second, "not-a-token")).status == 403
            headers = {"Content-Type": "video/webm", "Authorization": f"Bearer {host_token(room)}"}
            async with http.post(
                f"{second}/meeting-api/watch/{code}", data=WEBM, headers=headers
            ) as response:
                assert response.status == 201, await response.text()
                url = (await response.json())["url"]
            for base in (first, second):
                assert await get(base, url, guest_device) == 200
                assert await get(base, url, host_device) == 200
                assert await get(base, url, stranger) == 404
                assert await get(base, url, None) == 404
            await host.send(type="watch", action="share", url=url)
            assert (await next_of(guest, "watch"))["source"] == url

            # A process starting on the same data directory keeps this meeting's video
            # and deletes one of a meeting running nowhere.
            leftover = pair.first.data_dir / "watch" / "999999999"
            leftover.mkdir(mode=0o700)
            (leftover / "left.webm").write_bytes(WEBM)
            args = [str(arg) for arg in cast(list[str], pair.first.proc.args)]
            third = await asyncio.to_thread(
                Served, pair.first.data_dir, *args[args.index("--self-signed") + 1 :]
            )
            try:
                assert not leftover.exists()
                assert len(list(stored.iterdir())) == 1
                assert await get(origin(third), url, guest_device) == 200
            finally:
                await asyncio.to_thread(third.stop)

            await guest.send(type="leave")

            async def guest_refused() -> bool:
                return await get(second, url, guest_device) == 404

            await eventually(guest_refused)
            assert await get(first, url, guest_device) == 404
            assert await get(second, url, host_device) == 200
            await host.send(type="leave")

            async def gone() -> bool:
                return not stored.exists() and watch_fields(pair, code) == 0

            await eventually(gone)
            assert await get(second, url, host_device) == 404

    asyncio.run(scenario())
