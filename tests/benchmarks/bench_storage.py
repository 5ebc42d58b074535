"""Create-room throughput and latency on SQLite vs PostgreSQL (a script, not a test).

    .venv/bin/python tests/benchmarks/bench_storage.py [--rounds 3] [--threads 8] [--per-thread 50]

Starts a throwaway PostgreSQL cluster (Debian ``postgresql``: ``initdb``/``pg_ctl`` in a
temporary directory on a free 127.0.0.1 port, commits fsynced as on a real server) and,
for each back-end, one ``meeting-launcher serve --self-signed`` process on 127.0.0.1:
SQLite in its data directory (WAL, ``synchronous=FULL``), or ``--database
postgresql://...``. Each round runs both back-ends one after the other (alternating
which goes first): one client creating rooms alone, then ``--threads`` clients together.
Every call's latency is kept; the table shows rooms per second (median round), p50 and
p99 latency over all rounds, and PostgreSQL's ratio to SQLite measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from launcher.api import MeetingsClient
from launcher.server import Database, create_application
from tests.helpers.postgres import PASSWORD, PostgresCluster


class ServerProcess:
    """``meeting-launcher serve`` in a child process, stopped with SIGTERM."""

    def __init__(self, data_dir: Path, *extra: str) -> None:
        self._process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "launcher",
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--data-dir",
                str(data_dir),
                "--self-signed",
                *extra,
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        line = self._process.stdout.readline().strip()  # printed once it listens
        if not line.startswith("https://"):
            self.stop()
            raise SystemExit(f"the server did not start (said {line!r})")
        self.api_url = line
        self.ca_file = data_dir / "tls" / "cert.pem"

    def stop(self) -> None:
        if self._process.poll() is None:
            self._process.send_signal(signal.SIGTERM)
            self._process.wait(30)


@dataclass
class Backend:
    name: str
    server: ServerProcess
    app_id: str
    pem: bytes
    #: (clients) -> seconds per round, and every call's latency in seconds.
    rounds: dict[int, list[float]] = field(default_factory=dict)
    latencies: dict[int, list[float]] = field(default_factory=dict)


def create_rooms_together(
    clients: list[MeetingsClient], per_thread: int, where: str
) -> tuple[float, list[float]]:
    """Each client on its own thread makes ``per_thread`` rooms, all starting together
    (each client warmed up first); the seconds it took and every call's latency."""
    for client in clients:
        client.create_room("warm-up")  # connect before the clock starts
    barrier = threading.Barrier(len(clients) + 1)
    failures: list[BaseException] = []
    latencies: list[float] = []
    lock = threading.Lock()

    def work(client: MeetingsClient) -> None:
        mine = []
        barrier.wait()
        try:
            for n in range(per_thread):
                started = time.perf_counter()
                client.create_room(f"load {n}")
                mine.append(time.perf_counter() - started)
        except BaseException as exc:
            failures.append(exc)
        with lock:
            latencies.extend(mine)

    workers = [threading.Thread(target=work, args=(client,)) for client in clients]
    for worker in workers:
        worker.start()
    barrier.wait()
    started = time.perf_counter()
    for worker in workers:
        worker.join()
    elapsed = time.perf_counter() - started
    for client in clients:
        client.close()
    if failures:
        raise SystemExit(f"a load thread on {where} failed: {failures[0]!r}")
    return elapsed, latencies


def run_round(backend: Backend, threads: int, per_thread: int) -> None:
    clients = [
        MeetingsClient(
            backend.server.api_url, backend.app_id, backend.pem, ca_file=backend.server.ca_file
        )
        for _ in range(threads)
    ]
    elapsed, latencies = create_rooms_together(clients, per_thread, backend.name)
    backend.rounds.setdefault(threads, []).append(elapsed)
    backend.latencies.setdefault(threads, []).extend(latencies)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=8, help="concurrent clients")
    parser.add_argument("--per-thread", type=int, default=50, help="rooms per client a round")
    args = parser.parse_args()

    cluster = PostgresCluster(durable=True)
    backends: list[Backend] = []
    try:
        with tempfile.TemporaryDirectory(prefix="bench-storage-") as tmp:
            root = Path(tmp)
            password_file = root / "db-password"
            password_file.write_text(PASSWORD + "\n")
            password_file.chmod(0o600)
            database = cluster.new_database()
            assert database.url is not None
            for name, extra, db in (
                ("SQLite", (), Database()),
                (
                    "PostgreSQL",
                    ("--database", database.url, "--database-password-file", str(password_file)),
                    Database(database.url, password=PASSWORD),
                ),
            ):
                data_dir = root / name
                data_dir.mkdir(mode=0o700)
                server = ServerProcess(data_dir, *extra)
                app_id, pem = create_application(data_dir, "benchmark", db)
                backends.append(Backend(name, server, app_id, pem))
            for n in range(args.rounds):
                for backend in backends if n % 2 == 0 else backends[::-1]:
                    run_round(backend, 1, args.per_thread * 2)
                    run_round(backend, args.threads, args.per_thread)
    finally:
        for backend in backends:
            backend.server.stop()
        cluster.stop()

    print("Create-room calls on each storage back-end: serve over HTTPS on 127.0.0.1")
    print(
        f"CPUs: {os.cpu_count()}, Python {sys.version.split()[0]}, PostgreSQL"
        f" {cluster.bin.parent.name} (fsync on), SQLite WAL synchronous=FULL;"
        f" {args.rounds} rounds"
    )
    print()
    header = f"{'back-end':12}{'clients':>8}{'rooms/s':>10}{'p50 ms':>9}{'p99 ms':>9}"
    print(header + f"{'rooms/s vs SQLite':>19}{'p99 vs SQLite':>15}")
    for clients, total in (
        (1, args.per_thread * 2),
        (args.threads, args.per_thread * args.threads),
    ):
        base_rate = base_p99 = 0.0
        for backend in backends:
            rate = total / statistics.median(backend.rounds[clients])
            p50 = percentile(backend.latencies[clients], 0.50) * 1000
            p99 = percentile(backend.latencies[clients], 0.99) * 1000
            if backend.name == "SQLite":
                base_rate, base_p99 = rate, p99
            print(
                f"{backend.name:12}{clients:8}{rate:10.1f}{p50:9.2f}{p99:9.2f}"
                f"{rate / base_rate:18.2f}x{p99 / base_p99:14.2f}x"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
