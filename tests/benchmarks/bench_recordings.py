"""Recording uploads and webhook delivery of the built-in server; prints a table.

- a recording upload of ``--upload-mb`` MB streamed to the server (time, MB/s, and the
  process's RSS before and after: the server must not hold the file in memory)
- a recording streamed as the page does it: ``--chunks`` chunks of ``--chunk-kb`` KB
  (one a second in a meeting) posted one after another, then "finish" assembling them;
  per-chunk time (median, 95th percentile) and the total against one upload of the same
  bytes in the same run (the baseline)
- ``--visits`` join+leave visits over signalling, each giving four session webhooks,
  until a real receiver on 127.0.0.1 has them all

Run from the repository root: ``.venv/bin/python tests/benchmarks/bench_recordings.py``
(a few seconds).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from launcher.api import MeetingsClient
from launcher.server import BuiltinServer, ServerConfig, create_application
from tests.helpers.receiver import Receiver

MB = 1024 * 1024


def rss_mb() -> float:
    status = Path("/proc/self/status").read_text()
    return int(status.split("VmRSS:")[1].split()[0]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--upload-mb", type=int, default=300)
    parser.add_argument("--visits", type=int, default=50)
    parser.add_argument("--chunks", type=int, default=120)
    parser.add_argument("--chunk-kb", type=int, default=200)
    args = parser.parse_args()
    rows: list[tuple[str, str]] = []
    data = Path(tempfile.mkdtemp(prefix="bench-recordings-"))
    # The receiver is on loopback, which webhooks reach only when allowed.
    server = BuiltinServer(ServerConfig(data_dir=data, webhook_allow_private=["127.0.0.0/8"]))
    server.start()
    assert server.store is not None
    application_id, key = create_application(data, "bench")
    try:
        with Receiver() as receiver, MeetingsClient(server.api_url, application_id, key) as api:
            urls = {"sessions_callback_url": receiver.url + "/sessions"}
            room = api.create_room("Bench", callback_urls=urls)
            assert room.host_url is not None
            token = room.host_url.split("participant_token=")[1]
            recording = server.store.call(
                lambda s: s.start_recording(application_id, "bench-session", room.id)
            )
            chunk = b"\x1a\x45\xdf\xa3" + b"\0" * (MB - 4)

            async def body() -> AsyncIterator[bytes]:
                for _ in range(args.upload_mb):
                    yield chunk

            async def upload() -> int:
                url = f"{server.origin}/meeting-api/recordings/{recording['id']}"
                headers = {"Authorization": f"Bearer {token}"}
                async with (
                    aiohttp.ClientSession() as http,
                    http.post(url, data=body(), headers=headers) as reply,
                ):
                    return reply.status

            before = rss_mb()
            start = time.perf_counter()
            status = asyncio.run(upload())
            took = time.perf_counter() - start
            assert status == 201, status
            rows.append(
                (f"upload {args.upload_mb} MB", f"{took:.2f} s, {args.upload_mb / took:.0f} MB/s")
            )
            rows.append(("RSS before -> after upload", f"{before:.0f} -> {rss_mb():.0f} MB"))

            rows += streamed(server, application_id, room.id, token, args.chunks, args.chunk_kb)

            async def visits() -> None:
                async with aiohttp.ClientSession() as http:
                    for _ in range(args.visits):
                        ws = await http.ws_connect(server.origin + "/meeting-ws")
                        hello = {"type": "hello", "meeting_code": room.meeting_code}
                        await ws.send_str(json.dumps({**hello, "participant_token": token}))
                        while json.loads((await ws.receive()).data)["type"] != "joined":
                            pass
                        await ws.send_str(json.dumps({"type": "leave"}))
                        await ws.receive()
                        await ws.close()

            expected = 4 * args.visits
            start = time.perf_counter()
            asyncio.run(visits())
            receiver.wait_for(lambda got: len(got) >= expected, timeout=120)
            took = time.perf_counter() - start
            rows.append(
                (
                    f"{args.visits} visits -> {expected} webhooks",
                    f"{took:.2f} s, {expected / took:.0f} deliveries/s (visits included)",
                )
            )
    finally:
        server.stop()
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


def streamed(
    server: BuiltinServer, application_id: str, room_id: str, token: str, count: int, kb: int
) -> list[tuple[str, str]]:
    """Chunks one after another then finish, vs one upload of the same bytes."""
    assert server.store is not None
    store = server.store
    chunk = b"\x1a\x45\xdf\xa3" + b"\0" * (kb * 1024 - 4)
    headers = {"Authorization": f"Bearer {token}"}

    def new_recording() -> str:
        row = store.call(lambda s: s.start_recording(application_id, "bench-session", room_id))
        return str(row["id"])

    async def stream(recording_id: str) -> tuple[list[float], float]:
        base = f"{server.origin}/meeting-api/recordings/{recording_id}"
        times = []
        async with aiohttp.ClientSession() as http:
            for seq in range(count):
                start = time.perf_counter()
                async with http.post(f"{base}/chunks/{seq}", data=chunk, headers=headers) as r:
                    assert r.status == 201, r.status
                times.append(time.perf_counter() - start)
            start = time.perf_counter()
            async with http.post(f"{base}/finish?chunks={count}", headers=headers) as r:
                assert r.status == 201, r.status
            return times, time.perf_counter() - start

    async def whole(recording_id: str) -> float:
        start = time.perf_counter()
        async with (
            aiohttp.ClientSession() as http,
            http.post(
                f"{server.origin}/meeting-api/recordings/{recording_id}",
                data=chunk * count,
                headers=headers,
            ) as r,
        ):
            assert r.status == 201, r.status
        return time.perf_counter() - start

    baseline = asyncio.run(whole(new_recording()))
    started = time.perf_counter()
    times, finish = asyncio.run(stream(new_recording()))
    total = time.perf_counter() - started
    times.sort()
    mb = count * kb / 1024
    return [
        (f"one upload of {mb:.0f} MB (baseline)", f"{baseline:.2f} s"),
        (
            f"{count} chunks of {kb} KB, each",
            f"median {times[len(times) // 2] * 1000:.1f} ms,"
            f" 95th percentile {times[int(len(times) * 0.95)] * 1000:.1f} ms",
        ),
        (f"finish: assemble {mb:.0f} MB", f"{finish * 1000:.0f} ms"),
        (
            "streamed total / baseline",
            f"{total:.2f} s / {baseline:.2f} s = {total / baseline:.1f}x",
        ),
    ]


if __name__ == "__main__":
    main()
