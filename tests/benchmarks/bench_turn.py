"""Benchmark of the TURN relay (coturn) against direct media, in the same run (a script).

Rerun from the repository root, as root (network namespaces), after ``./run tests`` made
``.venv``; the defaults take about 2-3 minutes on 2 cores:

    .venv/bin/python tests/benchmarks/bench_turn.py [--runs 3] [--sizes 2,4,6] [--seconds 10]

The topology of tests/e2e/test_relay.py (tests/helpers/netns.py ``netns_star``, addresses
from 198.18.0.0/15 only inside the namespaces): the meeting server (tests/e2e/relay_server.py,
handing out TURN credentials) and coturn (tests/helpers/coturn.py: the shipped
turnserver.conf plus the test override) in the "public" namespace, every browser (one
headless Chromium with fake camera and microphone, a context per person, 640x480) in the
"host" namespace. "Direct" is the page as shipped: the two ends find each other's host
candidates. "Relayed" is the same page with ``iceTransportPolicy: "relay"`` forced into
every RTCPeerConnection (a Playwright init script): only relay candidates, so every byte
of media goes through coturn. The "reported" column is the path the page itself reports
(getStats' selected candidate pair), so a relayed row that says "direct" would show it.

(a) Time to the first remote frame: a guest presses Join in a room where the host
    already is, until the host's tile on the guest's page shows a video frame (the video
    element's size). Median and best of ``--runs``, direct and relayed alternating.
(b) 2, 4 and 6 people in one meeting (a full mesh: n(n-1) media streams), direct and
    relayed: once every page decodes everybody's video, 3 s of ramp-up, then over
    ``--seconds``: the media bitrate all pages receive together (getStats bytesReceived),
    the path the pages report, coturn's CPU (utime+stime of its process, /proc/PID/stat;
    100% = one core), CPU per relayed Mbit/s, the whole machine's busy CPU (/proc/stat,
    100% = every core) and its 1-minute load average.

Limits: every browser runs on this one machine, so the machine's CPU (Chromium encoding
and decoding video) caps the bitrate long before coturn does; the numbers say what the
relay costs next to that, not what coturn can carry. Other sessions share the cores.

One run of the defaults (2026-12-05, the 2-core CI machine shared with other sessions):

    TURN relay vs direct (coturn 4.6.1; 2 CPUs, shared with other work)

    (a) time to first remote frame, from Join (s)
    path      reported    median    best   ratio
    direct    direct        0.41    0.41   1.00x
    relayed   relay         0.42    0.36   1.03x

    (b) a meeting of n people (full mesh, n(n-1) streams), over 10 s
      n  path      reported       Mbit/s rx vs direct  coturn CPU  CPU/Mbit  machine  load1
      2  direct    direct              0.54     1.00x        0.0%     0.00%      27%    1.1
      2  relayed   relay               0.71     1.32x        1.1%     1.55%      27%    2.2
      4  direct    direct              4.06     1.00x        0.0%     0.00%      77%    4.7
      4  relayed   relay               4.06     1.00x        4.9%     1.20%      80%    4.6
      6  direct    direct              4.59     1.00x        0.1%     0.02%     100%   18.3
      6  relayed   relay               4.12     0.90x        6.2%     1.50%     100%   22.1

    (total 159 s)
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.helpers.browsers import ChromiumBrowser, ChromiumGuest
from tests.helpers.caddy import REPO
from tests.helpers.coturn import TURNSERVER, Coturn
from tests.helpers.netns import netns_star

#: Every RTCPeerConnection of the page gets iceTransportPolicy "relay".
RELAY_ONLY = """
(() => {
  const Native = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends Native {
    constructor(config, ...rest) {
      super({ ...(config || {}), iceTransportPolicy: "relay" }, ...rest);
    }
  };
})();
"""
TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Setup:
    server: subprocess.Popen[str]
    coturn: Coturn
    browser: ChromiumBrowser

    def rooms(self) -> dict[str, Any]:
        """A fresh room on the server that hands out relay credentials."""
        assert self.server.stdin is not None and self.server.stdout is not None
        self.server.stdin.write("rooms\n")
        self.server.stdin.flush()
        return dict(json.loads(self.server.stdout.readline())["relay"])

    def person(self, name: str, relayed: bool) -> ChromiumGuest:
        person = self.browser.guest(name, width=640, height=480)
        if relayed:
            person.context.add_init_script(RELAY_ONLY)
        return person


@contextmanager
def setup() -> Iterator[Setup]:
    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="bench-turn-"))
    secret_file = work / "turn-secret"
    secret_file.touch(mode=0o600)
    secret = secrets.token_hex(24)
    secret_file.write_text(secret)
    with netns_star() as star:
        listen = star.public.address
        coturn = Coturn(star.public, work / "coturn", listen=listen, secret=secret)
        server = star.public.popen(
            [sys.executable, "-m", "tests.e2e.relay_server", str(work / "data"), listen,
             f"turn:{listen}:3478?transport=udp", str(secret_file)],
            cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        )  # fmt: skip
        playwright = None
        try:
            assert server.stdout is not None
            info = json.loads(server.stdout.readline())
            playwright = sync_playwright().start()
            browser = ChromiumBrowser(
                Path(info["ca_file"]), netns=star.host.name, playwright=playwright
            )
            try:
                yield Setup(server, coturn, browser)
            finally:
                browser.close()
        finally:
            if playwright is not None:
                playwright.stop()
            assert server.stdin is not None
            server.stdin.close()
            server.wait(timeout=30)
            coturn.stop()


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process (all its threads), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def machine_cpu() -> tuple[int, int]:
    """(busy, total) clock ticks of all CPUs so far (/proc/stat)."""
    ticks = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:9]]
    return sum(ticks) - ticks[3] - ticks[4], sum(ticks)  # idle and iowait are not busy


def seen(name: str) -> str:
    """Truthy once video from ``name`` was decoded (getStats, refreshed twice a second)."""
    return f"meetingStatus().peers.find(p => p.name === {json.dumps(name)} && p.framesDecoded > 0)"


def shown(name: str) -> str:
    """Truthy once ``name``'s tile shows a video frame (its element's size: no polling lag)."""
    return f"meetingStatus().peers.find(p => p.name === {json.dumps(name)} && p.videoWidth > 0)"


def path_of(name: str) -> str:
    """The path the page reports for ``name`` ("direct", "relay"), once known."""
    return f"meetingStatus().peers.find(p => p.name === {json.dumps(name)} && p.path)?.path"


def first_frame(s: Setup, relayed: bool) -> tuple[float, str]:
    """Seconds from a guest's Join to the host's first decoded frame; the path used."""
    room = s.rooms()
    host = s.person("Host", relayed)
    guest = s.person("Guest", relayed)
    try:
        host.open(room["host_url"])
        host.join()
        host.wait_admitted()
        guest.open(room["guest_url"])
        guest.wait_for("meetingStatus().view === 'lobby' && meetingStatus().firstLocalFrameAt")
        guest.type_text("#name", guest.name)
        start = time.monotonic()
        guest.click("#join-btn")
        deadline = start + 60
        while not guest.evaluate(shown("Host")):
            if time.monotonic() > deadline:
                raise RuntimeError(f"no frame from the host: {guest.status()}")
            time.sleep(0.02)
        took = time.monotonic() - start
        return took, str(guest.wait_for(path_of("Host"), timeout=30))
    finally:
        for person in (guest, host):
            person.close()


def received_bytes(people: list[ChromiumGuest]) -> int:
    return sum(
        int(p.evaluate("meetingStatus().peers.reduce((a, q) => a + (q.bytesReceived || 0), 0)"))
        for p in people
    )


def meeting_load(s: Setup, size: int, relayed: bool, seconds: float) -> dict[str, Any]:
    """``size`` people in one meeting: bitrate received, paths, coturn CPU."""
    room = s.rooms()
    people = [s.person(f"P{i}", relayed) for i in range(size)]
    try:
        for i, person in enumerate(people):
            person.open(room["host_url"] if i == 0 else room["guest_url"])
            person.join()
            person.wait_admitted()
        for person in people:
            for other in people:
                if other is not person:
                    person.wait_for(seen(other.name), timeout=90)
        time.sleep(3)  # past the start: bitrates ramp up in the first seconds
        pid = s.coturn.proc.pid
        busy0, total0 = machine_cpu()
        cpu0, bytes0, wall0 = cpu_seconds(pid), received_bytes(people), time.monotonic()
        time.sleep(seconds)
        cpu1, bytes1, wall1 = cpu_seconds(pid), received_bytes(people), time.monotonic()
        busy1, total1 = machine_cpu()
        paths = {
            str(peer.get("path")) for person in people for peer in person.status().get("peers", [])
        }
        elapsed = wall1 - wall0
        mbps = (bytes1 - bytes0) * 8 / elapsed / 1e6
        return {
            "mbps": mbps,
            "cpu": (cpu1 - cpu0) / elapsed * 100,
            "paths": "/".join(sorted(paths)),
            "machine": (busy1 - busy0) / max(1, total1 - total0) * 100,
            "load": os.getloadavg()[0],
        }
    finally:
        for person in reversed(people):
            person.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="2,4,6")
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    if os.geteuid() != 0:
        sys.exit("bench_turn: network namespaces need root")
    sizes = [int(n) for n in args.sizes.split(",")]
    started = time.monotonic()
    with setup() as s:
        comm = Path(f"/proc/{s.coturn.proc.pid}/comm").read_text().strip()
        assert comm == "turnserver", comm  # ip netns exec execs it: the same process
        version = subprocess.run(
            [TURNSERVER, "--version"], capture_output=True, text=True, check=False
        ).stdout.strip()
        version = f"coturn {version}" if version else "coturn"
        frames: dict[bool, list[float]] = {False: [], True: []}
        paths: dict[bool, set[str]] = {False: set(), True: set()}
        for _run in range(args.runs):
            for relayed in (False, True):  # alternating, so that drift hits both alike
                took, path = first_frame(s, relayed)
                frames[relayed].append(took)
                paths[relayed].add(path)
        loads: dict[tuple[int, bool], dict[str, Any]] = {}
        for size in sizes:
            for relayed in (False, True):
                loads[size, relayed] = meeting_load(s, size, relayed, args.seconds)

    print(f"\nTURN relay vs direct ({version}; {os.cpu_count()} CPUs, shared with other work)")
    print("\n(a) time to first remote frame, from Join (s)")
    print(f"{'path':<10}{'reported':<10}{'median':>8}{'best':>8}{'ratio':>8}")
    base = statistics.median(frames[False])
    for relayed in (False, True):
        median = statistics.median(frames[relayed])
        label = "relayed" if relayed else "direct"
        reported = "/".join(sorted(paths[relayed]))
        print(
            f"{label:<10}{reported:<10}{median:>8.2f}{min(frames[relayed]):>8.2f}"
            f"{median / base:>7.2f}x"
        )
    print(f"\n(b) a meeting of n people (full mesh, n(n-1) streams), over {args.seconds:.0f} s")
    print(
        f"{'n':>3}  {'path':<10}{'reported':<14}{'Mbit/s rx':>10}{'vs direct':>10}"
        f"{'coturn CPU':>12}{'CPU/Mbit':>10}{'machine':>9}{'load1':>7}"
    )
    for size in sizes:
        direct = loads[size, False]
        for relayed in (False, True):
            row = loads[size, relayed]
            label = "relayed" if relayed else "direct"
            ratio = row["mbps"] / direct["mbps"] if direct["mbps"] else float("nan")
            per_mbit = row["cpu"] / row["mbps"] if row["mbps"] else float("nan")
            print(
                f"{size:>3}  {label:<10}{row['paths']:<14}{row['mbps']:>10.2f}{ratio:>9.2f}x"
                f"{row['cpu']:>11.1f}%{per_mbit:>9.2f}%{row['machine']:>8.0f}%{row['load']:>7.1f}"
            )
    print(f"\n(total {time.monotonic() - started:.0f} s)")


if __name__ == "__main__":
    main()
