"""Benchmark of guests in real browsers and of Caddy in front of the server (a script).

    dbus-run-session -- bash tests/helpers/session.sh \\
        .venv/bin/python tests/benchmarks/bench_guests.py [--runs 5] [--requests 400]

Starts ``meeting-launcher serve`` (plain HTTP on 127.0.0.1) and Caddy in front of it with
the project's Caddyfile (TLS from Caddy's own CA), then:

(a) A guest opens the link, joins (types a name, presses Join) and sees the first video
    frame of a person already in the room: Chromium (Playwright) and Firefox (Selenium),
    straight to the server (``http://127.0.0.1:<port>``: loopback may use the camera
    without TLS) and through Caddy (``https``). Median and best of ``--runs``.
(b) create-room calls with ``--threads`` concurrent clients (one keep-alive httpx client
    each, a pre-built token), straight to the server and through Caddy: requests per
    second and latency p50/p99, medians of ``--rounds`` rounds (alternating which goes first).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx
import jwt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from launcher.api import MeetingsClient
from launcher.server import create_application
from tests.helpers.browsers import ChromiumBrowser, FirefoxGuest, Participant
from tests.helpers.caddy import CaddyProcess, ServeProcess, free_port

FIRST_FRAME = "meetingStatus().peers.find(p => p.name === 'Sam' && p.framesDecoded > 0)"


def first_frame_seconds(guest: Participant, url: str) -> float:
    """From opening ``url`` to the first decoded frame of Sam's video."""
    start = time.monotonic()
    guest.open(url)
    guest.join()
    deadline = start + 60
    while not guest.evaluate(FIRST_FRAME):
        if time.monotonic() > deadline:
            raise RuntimeError(f"no frame from Sam: {guest.status()}")
        time.sleep(0.02)
    return time.monotonic() - start


def guest_rows(
    origins: dict[str, str], client: MeetingsClient, chromium: ChromiumBrowser, runs: int
) -> list[tuple[str, str, list[float]]]:
    rows = []
    firefox = FirefoxGuest("Fred")
    try:
        for path, origin in origins.items():
            room = client.create_room(f"bench {path}")
            assert room.guest_url is not None
            url = origin + "/" + room.guest_url.rsplit("/", 1)[1]
            sam = chromium.guest("Sam")  # already in the room, camera on
            sam.open(url)
            sam.join()
            sam.wait_admitted()
            chromium_times, firefox_times = [], []
            for _ in range(runs):
                guest = chromium.guest("Chris")
                chromium_times.append(first_frame_seconds(guest, url))
                guest.close()
                firefox_times.append(first_frame_seconds(firefox, url))
                firefox.leave()
                sam.wait_for("meetingStatus().peers.length === 0")
            sam.close()
            rows.append(("Chromium", path, chromium_times))
            rows.append(("Firefox", path, firefox_times))
    finally:
        firefox.close()
    return rows


def create_rooms(
    base_url: str, token: str, verify: str | bool, threads: int, requests: int
) -> tuple[float, list[float]]:
    """(requests per second, latencies) of ``requests`` create-room calls over ``threads``."""
    latencies: list[float] = []
    lock = threading.Lock()
    per_thread = requests // threads

    def work() -> None:
        mine = []
        with httpx.Client(
            base_url=base_url + "/v1/meetings/",
            headers={"Authorization": f"Bearer {token}"},
            verify=verify,
            timeout=30,
        ) as http:
            http.post("rooms", json={"display_name": "warm-up"}).raise_for_status()
            barrier.wait()
            for n in range(per_thread):
                t = time.perf_counter()
                http.post("rooms", json={"display_name": f"bench {n}"}).raise_for_status()
                mine.append(time.perf_counter() - t)
        with lock:
            latencies.extend(mine)

    barrier = threading.Barrier(threads + 1)
    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    barrier.wait()
    start = time.perf_counter()
    for worker in workers:
        worker.join()
    elapsed = time.perf_counter() - start
    return len(latencies) / elapsed, sorted(latencies)


def percentile(values: list[float], fraction: float) -> float:
    return values[min(len(values) - 1, int(len(values) * fraction))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--skip-browsers", action="store_true")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="bench-guests-"))
    caddy_port = free_port()
    with (
        ServeProcess(root / "server", f"https://127.0.0.1:{caddy_port}") as serve,
        CaddyProcess(root / "caddy", serve.upstream, port=caddy_port) as caddy,
    ):
        origins = {"direct": f"http://{serve.upstream}", "Caddy": caddy.origin}
        application_id, key = create_application(serve.data_dir, "bench")
        print(f"{'guest opens link to first remote frame':<40} {'median':>8} {'best':>8}")
        if not args.skip_browsers:
            with MeetingsClient(
                caddy.origin + "/v1/meetings", application_id, key, ca_file=str(caddy.root_ca)
            ) as client:
                chromium = ChromiumBrowser(trusted_ca=caddy.intermediate_ca)
                try:
                    for browser, path, times in guest_rows(origins, client, chromium, args.runs):
                        label = f"{browser}, {path}"
                        print(f"{label:<40} {statistics.median(times):>7.2f}s {min(times):>7.2f}s")
                finally:
                    chromium.close()

        now = int(time.time())
        claims = {"application_id": application_id, "iat": now, "exp": now + 3600}
        token = jwt.encode({**claims, "jti": str(uuid.uuid4())}, key, algorithm="RS256")
        verify: dict[str, str | bool] = {"direct": False, "Caddy": str(caddy.root_ca)}
        print()
        print(f"{'create-room, ' + str(args.threads) + ' clients':<40} {'req/s':>8}", end="")
        print(f" {'p50':>8} {'p99':>8}")
        results: dict[str, list[tuple[float, float, float]]] = {"direct": [], "Caddy": []}
        for round_ in range(args.rounds):
            # Alternate which goes first: the server's database grows as rooms are made.
            for path in ("direct", "Caddy") if round_ % 2 == 0 else ("Caddy", "direct"):
                rate, latencies = create_rooms(
                    origins[path], token, verify[path], args.threads, args.requests
                )
                results[path].append(
                    (rate, percentile(latencies, 0.5), percentile(latencies, 0.99))
                )
        for path, rounds in results.items():
            rate, p50, p99 = (statistics.median(column) for column in zip(*rounds, strict=True))
            print(f"{path:<40} {rate:>8.0f} {p50 * 1000:>6.1f}ms {p99 * 1000:>6.1f}ms")


if __name__ == "__main__":
    main()
