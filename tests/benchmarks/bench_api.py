"""Benchmark of the Meetings API client and the built-in server (a script, not a test).

    .venv/bin/python tests/benchmarks/bench_api.py [--rooms 200] [--rounds 5] [--threads 8]

Starts one built-in server for the run (``meeting-launcher serve --self-signed`` on
127.0.0.1 in its own process, so client threads and the server do not share a GIL), then:

(a) ``--rooms`` sequential create-room calls through ``MeetingsClient`` against the same
    number of raw ``httpx`` POSTs with a pre-built token on one ``httpx.Client``. Rounds
    alternate which goes first; the table shows the median round (target: client <= 1.15x).
(b) Server create-room throughput with ``--threads`` concurrent clients (one thread and one
    ``MeetingsClient`` each) against one client alone, in rooms per second (median round).
"""

from __future__ import annotations

import argparse
import os
import signal
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import jwt

from launcher.api import MeetingsClient
from launcher.server import create_application


class ServerProcess:
    """``meeting-launcher serve`` in a child process, stopped with SIGTERM."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
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
            self._process.wait(10)


def timed(func: Callable[[], None]) -> float:
    started = time.perf_counter()
    func()
    return time.perf_counter() - started


@dataclass
class Sequential:
    """Per round: total seconds of each method; per block pair: client/raw ratio."""

    raw_rounds: list[float] = field(default_factory=list)
    client_rounds: list[float] = field(default_factory=list)
    pair_ratios: list[float] = field(default_factory=list)


def bench_sequential(
    server: ServerProcess, app_id: str, pem: bytes, rooms: int, rounds: int, block: int
) -> Sequential:
    """Rounds of ``rooms`` creates per method, run as alternating blocks of ``block`` calls.

    Interleaving small blocks (and alternating which goes first) spreads background load on
    the machine evenly over both methods; each adjacent block pair gives one ratio.
    """
    now = int(time.time())
    claims = {"application_id": app_id, "iat": now, "jti": str(uuid.uuid4()), "exp": now + 3600}
    token = jwt.encode(claims, pem, algorithm="RS256")
    raw = httpx.Client(
        base_url=server.api_url + "/",
        headers={"Authorization": f"Bearer {token}"},
        verify=ssl.create_default_context(cafile=str(server.ca_file)),
        timeout=10.0,
    )
    client = MeetingsClient(server.api_url, app_id, pem, ca_file=server.ca_file)

    def raw_block() -> None:
        for n in range(block):
            response = raw.post("rooms", json={"display_name": f"raw {n}"})
            if response.status_code != 201:
                raise SystemExit(f"raw POST failed: {response.status_code} {response.text}")

    def client_block() -> None:
        for n in range(block):
            client.create_room(f"client {n}")

    result = Sequential()
    try:
        for _ in range(20):  # warm up: connections, token, server caches
            raw.post("rooms", json={"display_name": "warm-up"}).raise_for_status()
            client.create_room("warm-up")
        pair = 0
        for _ in range(rounds):
            raw_total = client_total = 0.0
            for _ in range(rooms // block):
                if pair % 2 == 0:
                    raw_time, client_time = timed(raw_block), timed(client_block)
                else:
                    client_time, raw_time = timed(client_block), timed(raw_block)
                pair += 1
                raw_total += raw_time
                client_total += client_time
                result.pair_ratios.append(client_time / raw_time)
            result.raw_rounds.append(raw_total)
            result.client_rounds.append(client_total)
    finally:
        raw.close()
        client.close()
    return result


def bench_throughput(
    server: ServerProcess, app_id: str, pem: bytes, threads: int, per_thread: int
) -> float:
    """Seconds for ``threads`` clients to create ``per_thread`` rooms each, started together."""
    clients = [
        MeetingsClient(server.api_url, app_id, pem, ca_file=server.ca_file) for _ in range(threads)
    ]
    for client in clients:
        client.create_room("warm-up")  # connect before the clock starts
    barrier = threading.Barrier(threads + 1)
    failures: list[BaseException] = []

    def work(client: MeetingsClient) -> None:
        barrier.wait()
        try:
            for n in range(per_thread):
                client.create_room(f"load {n}")
        except BaseException as exc:
            failures.append(exc)

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
        raise SystemExit(f"a load thread failed: {failures[0]!r}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rooms", type=int, default=200, help="create calls per round in (a)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds of (a) and (b)")
    parser.add_argument("--block", type=int, default=20, help="calls per interleaved block")
    parser.add_argument("--threads", type=int, default=8, help="concurrent clients in (b)")
    parser.add_argument("--per-thread", type=int, default=100, help="rooms per client in (b)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-api-") as tmp:
        data_dir = Path(tmp) / "server"
        data_dir.mkdir(mode=0o700)
        server = ServerProcess(data_dir)
        try:
            app_id, pem = create_application(data_dir, "benchmark")
            if args.rooms % args.block:
                parser.error("--rooms must be a multiple of --block")
            sequential = bench_sequential(server, app_id, pem, args.rooms, args.rounds, args.block)
            single = [
                bench_throughput(server, app_id, pem, 1, args.per_thread * 2)
                for _ in range(args.rounds)
            ]
            many = [
                bench_throughput(server, app_id, pem, args.threads, args.per_thread)
                for _ in range(args.rounds)
            ]
        finally:
            server.stop()

    raw_times, client_times = sequential.raw_rounds, sequential.client_rounds
    ratio = statistics.median(client_times) / statistics.median(raw_times)
    pair_ratio = statistics.median(sequential.pair_ratios)
    print(f"Meetings API benchmark: built-in server over HTTPS on 127.0.0.1 (pid {os.getpid()})")
    print(f"CPUs: {os.cpu_count()}, Python {sys.version.split()[0]}, httpx {httpx.__version__}")
    print()
    print(
        f"(a) {args.rooms} sequential create-room calls per method, median of {args.rounds}"
        f" rounds (blocks of {args.block} interleaved)"
    )
    print(f"{'':32}{'median s':>10}{'ms/call':>10}{'min s':>9}{'max s':>9}{'ratio':>8}")
    for label, times, shown in (
        ("raw httpx POST, pre-built token", raw_times, 1.0),
        ("MeetingsClient.create_room", client_times, ratio),
    ):
        median = statistics.median(times)
        print(
            f"{label:32}{median:10.3f}{median / args.rooms * 1000:10.2f}"
            f"{min(times):9.3f}{max(times):9.3f}{shown:7.2f}x"
        )
    print(
        f"median of {len(sequential.pair_ratios)} paired block ratios (client/raw):"
        f" {pair_ratio:.3f}x"
    )
    verdict = "met" if max(ratio, pair_ratio) <= 1.15 else "NOT met"
    print(f"target client <= 1.15x raw: {verdict}")
    print()
    single_total, many_total = args.per_thread * 2, args.per_thread * args.threads
    single_rate = single_total / statistics.median(single)
    many_rate = many_total / statistics.median(many)
    print(f"(b) create-room throughput, median of {args.rounds} rounds")
    print(f"{'clients':>8}{'rooms':>8}{'median s':>10}{'rooms/s':>10}{'vs 1':>8}")
    print(f"{1:8}{single_total:8}{statistics.median(single):10.3f}{single_rate:10.1f}{1:7.2f}x")
    print(
        f"{args.threads:8}{many_total:8}{statistics.median(many):10.3f}"
        f"{many_rate:10.1f}{many_rate / single_rate:7.2f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
