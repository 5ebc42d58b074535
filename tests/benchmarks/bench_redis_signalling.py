"""Signalling latency within one serve process vs across two through Redis (--redis).

Starts Debian's redis-server, a throwaway PostgreSQL and two ``meeting-launcher serve``
processes on them (as tests/server/test_redis_signalling.py does), then, in one room run
by the first process, times ``signal`` frames from one page to another (send to receive,
both sockets in this script's loop) for three placements:

- both pages on the first process (the room's own: no Redis; the baseline),
- the sender on the second process, the receiver on the first (relayed in),
- both pages on the second process (relayed in and out again).

Frames go at a steady pace under the pages' frame budget. Run from the repository root:
``.venv/bin/python tests/benchmarks/bench_redis_signalling.py`` (about 30 s;
``--frames``, ``--rate``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.helpers.postgres import PostgresCluster
from tests.helpers.redis_server import RedisServer
from tests.server.test_redis_signalling import Cluster, pages, two_processes


async def measure(
    cluster: Cluster, room: dict[str, Any], placement: str, frames: int, rate: float
) -> list[float]:
    """Milliseconds from send to receive of each frame."""
    first, second = cluster.first, cluster.second
    # The host on the first process first: that process runs the room.
    sender_at, receiver_at = {
        "same process": (first, first),
        "relayed in": (second, first),
        "relayed in and out": (second, second),
    }[placement]
    async with pages(cluster) as connect:
        host = await connect(first, room, "Host", host=True)
        await host.next("joined")
        receiver = await connect(receiver_at, room, "Receiver")
        await receiver.next("joined")
        sender = await connect(sender_at, room, "Sender")
        await sender.next("joined")
        receiver_id = (await _peers(host, ("Receiver", "Sender")))["Receiver"]["id"]
        samples: list[float] = []

        async def receive() -> None:
            while len(samples) < frames:
                message = await receiver.next("signal")
                sent = message["data"]["t"]
                samples.append((time.perf_counter() - sent) * 1000)

        reader = asyncio.create_task(receive())
        for _ in range(frames):
            await sender.send(type="signal", to=receiver_id, data={"t": time.perf_counter()})
            await asyncio.sleep(1 / rate)
        await asyncio.wait_for(reader, 30)
        for page in (sender, receiver, host):
            await page.send(type="leave")
            await page.ws.close()
    return samples


async def _peers(host: Any, names: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    while len(found) < len(names):
        peer = (await host.next("peer-joined"))["peer"]
        found[peer["name"]] = peer
    return found


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=300, help="frames per placement")
    parser.add_argument("--rate", type=float, default=40.0, help="frames a second")
    args = parser.parse_args()
    postgres = PostgresCluster()
    redis = RedisServer()
    try:
        with (
            tempfile.TemporaryDirectory(prefix="bench-redis-") as root,
            two_processes(Path(root), postgres, redis) as cluster,
        ):
            rows = []
            for placement in ("same process", "relayed in", "relayed in and out"):
                room = cluster.room()
                samples = asyncio.run(measure(cluster, room, placement, args.frames, args.rate))
                rows.append((placement, statistics.median(samples), percentile(samples, 0.99)))
    finally:
        redis.stop()
        postgres.stop()
    base_p50, base_p99 = rows[0][1], rows[0][2]
    print(f"signal frame latency, {args.frames} frames at {args.rate:g}/s per placement")
    print(f"{'placement':<22}{'p50 ms':>9}{'p99 ms':>9}{'p50 x':>8}{'p99 x':>8}")
    for placement, p50, p99 in rows:
        print(f"{placement:<22}{p50:>9.2f}{p99:>9.2f}{p50 / base_p50:>8.2f}{p99 / base_p99:>8.2f}")
    print(json.dumps({"rows": rows}))


if __name__ == "__main__":
    main()
