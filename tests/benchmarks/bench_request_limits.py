"""What the API's rate limit counted in Redis costs a request (``serve --redis``).

Starts Debian's redis-server, a throwaway PostgreSQL and two pairs of ``meeting-launcher
serve`` processes on them (as tests/server/test_redis_limits.py does): one pair without
limits (the baseline), one with ``--api-requests-per-minute`` set too high to be reached,
so every request runs the Redis script and none is refused. Sequential ``GET rooms``
alternating between the pair's two processes, in blocks taking turns between the pairs
(so the machine's load falls on both alike); latency per request and its ratio to the
baseline. Run from the repository root:
``.venv/bin/python tests/benchmarks/bench_request_limits.py`` (about 40 s;
``--requests``, ``--block``).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.helpers.api import raw_client
from tests.helpers.postgres import PostgresCluster
from tests.helpers.redis_server import RedisServer
from tests.server.test_redis_signalling import Cluster, two_processes


def timed_block(clients: tuple[httpx.Client, httpx.Client], count: int) -> list[float]:
    samples = []
    for n in range(count):
        started = time.perf_counter()
        answer = clients[n % 2].get("rooms")
        samples.append((time.perf_counter() - started) * 1000)
        assert answer.status_code == 200, answer.text
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000, help="per pair (default 2000)")
    parser.add_argument("--block", type=int, default=100, help="requests per turn (100)")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bench-limits-"))
    for part in ("plain", "limited"):
        (root / part).mkdir(mode=0o700)
    postgres = PostgresCluster()
    redis = RedisServer()
    try:
        with ExitStack() as stack:
            pairs: dict[str, Cluster] = {
                "no limit": stack.enter_context(two_processes(root / "plain", postgres, redis)),
                "limit in Redis": stack.enter_context(
                    two_processes(
                        root / "limited",
                        postgres,
                        redis,
                        ("--api-requests-per-minute", str(10 * args.requests + 1000)),
                    )
                ),
            }
            clients = {
                name: (
                    stack.enter_context(raw_client(pair.first.credentials(pair.app_id, pair.key))),
                    stack.enter_context(raw_client(pair.second.credentials(pair.app_id, pair.key))),
                )
                for name, pair in pairs.items()
            }
            for name in pairs:  # warm up: connections, key caches
                timed_block(clients[name], 50)
            samples: dict[str, list[float]] = {name: [] for name in pairs}
            while len(samples["no limit"]) < args.requests:
                for name in pairs:
                    samples[name] += timed_block(clients[name], args.block)
            base = statistics.median(samples["no limit"])
            print(f"GET rooms, {args.requests} requests per pair, alternating processes")
            print(f"{'':16} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'p50 ratio':>10}")
            for name, values in samples.items():
                cuts = statistics.quantiles(values, n=100)
                p50 = statistics.median(values)
                print(f"{name:16} {p50:8.2f} {cuts[89]:8.2f} {cuts[98]:8.2f} {p50 / base:10.2f}")
    finally:
        redis.stop()
        postgres.stop()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
