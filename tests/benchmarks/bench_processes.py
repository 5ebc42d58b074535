"""Create-room throughput and latency: ONE vs TWO serve processes on one PostgreSQL
(a script, not a test; issue 19 item 6).

    .venv/bin/python tests/benchmarks/bench_processes.py [--rounds 3] [--threads 8]
        [--per-thread 50]

Starts a throwaway PostgreSQL cluster (fsync on, as bench_storage.py) and Redis
(Debian ``redis-server``), and two ``meeting-launcher serve --self-signed`` processes on
127.0.0.1 sharing both (``--database``, ``--redis``) and the server secret, as processes
behind one address do. Each round runs both set-ups one after the other (alternating
which goes first): "one process" sends every client to the first process; "two
processes" spreads the clients over both (alternately), as Caddy's round robin does.
Each with 2 clients, then ``--threads`` clients. The table shows rooms per second
(median round), p50 and p99 latency over all rounds, and the two processes' ratio to
the one-process baseline measured in the same run. On a machine with few cores, two
processes compete for the same CPUs as the clients and the database.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from launcher.api import MeetingsClient
from launcher.server import Database, create_application
from tests.benchmarks.bench_storage import ServerProcess, create_rooms_together, percentile
from tests.helpers.postgres import PASSWORD, PostgresCluster
from tests.helpers.redis_server import RedisServer


@dataclass
class Setup:
    name: str
    #: The processes the clients are spread over (client n goes to n modulo their number).
    servers: list[ServerProcess]
    rounds: dict[int, list[float]] = field(default_factory=dict)
    latencies: dict[int, list[float]] = field(default_factory=dict)


def run_round(setup: Setup, app_id: str, pem: bytes, threads: int, per_thread: int) -> None:
    clients = []
    for n in range(threads):
        server = setup.servers[n % len(setup.servers)]
        clients.append(MeetingsClient(server.api_url, app_id, pem, ca_file=server.ca_file))
    elapsed, latencies = create_rooms_together(clients, per_thread, setup.name)
    setup.rounds.setdefault(threads, []).append(elapsed)
    setup.latencies.setdefault(threads, []).extend(latencies)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=8, help="concurrent clients")
    parser.add_argument("--per-thread", type=int, default=50, help="rooms per client a round")
    args = parser.parse_args()

    cluster = PostgresCluster(durable=True)
    redis = RedisServer()
    servers: list[ServerProcess] = []
    levels = (2, args.threads)
    try:
        with tempfile.TemporaryDirectory(prefix="bench-processes-") as tmp:
            root = Path(tmp)
            password_file = root / "db-password"
            password_file.write_text(PASSWORD + "\n")
            password_file.chmod(0o600)
            database = cluster.new_database()
            assert database.url is not None
            shared = (
                "--database",
                database.url,
                "--database-password-file",
                str(password_file),
                "--redis",
                redis.url,
            )
            first_dir, second_dir = root / "first", root / "second"
            first_dir.mkdir(mode=0o700)
            second_dir.mkdir(mode=0o700)
            servers.append(ServerProcess(first_dir, *shared))
            shutil.copy2(first_dir / "server-secret.key", second_dir)
            servers.append(ServerProcess(second_dir, *shared))
            app_id, pem = create_application(
                first_dir, "benchmark", Database(database.url, password=PASSWORD)
            )
            setups = [Setup("one process", servers[:1]), Setup("two processes", servers)]
            for n in range(args.rounds):
                for setup in setups if n % 2 == 0 else setups[::-1]:
                    for clients in levels:
                        per_thread = args.per_thread * args.threads // clients
                        run_round(setup, app_id, pem, clients, per_thread)
    finally:
        for server in servers:
            server.stop()
        redis.stop()
        cluster.stop()

    print("Create-room calls: one vs two serve processes on one PostgreSQL (HTTPS, 127.0.0.1)")
    print(
        f"CPUs: {os.cpu_count()}, Python {sys.version.split()[0]}, PostgreSQL"
        f" {cluster.bin.parent.name} (fsync on), Redis; {args.rounds} rounds,"
        f" {args.per_thread * args.threads} rooms a round"
    )
    print()
    header = f"{'set-up':15}{'clients':>8}{'rooms/s':>10}{'p50 ms':>9}{'p99 ms':>9}"
    print(header + f"{'rooms/s vs one':>16}{'p99 vs one':>12}")
    total = args.per_thread * args.threads
    for clients in levels:
        base_rate = base_p99 = 0.0
        for setup in setups:
            rate = total / statistics.median(setup.rounds[clients])
            p50 = percentile(setup.latencies[clients], 0.50) * 1000
            p99 = percentile(setup.latencies[clients], 0.99) * 1000
            if setup is setups[0]:
                base_rate, base_p99 = rate, p99
            print(
                f"{setup.name:15}{clients:8}{rate:10.1f}{p50:9.2f}{p99:9.2f}"
                f"{rate / base_rate:15.2f}x{p99 / base_p99:11.2f}x"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
