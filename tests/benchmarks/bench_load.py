"""Load benchmark of the built-in server against a bare aiohttp floor (a script).

    .venv/bin/python tests/benchmarks/bench_load.py [--rounds 3] [--seconds 30] \\
        [--clients 50] [--sockets 1000]

(a) ``--clients`` concurrent keep-alive HTTPS clients, each alternating
    ``POST /v1/meetings/rooms`` and ``GET /v1/meetings/rooms?page_size=20`` for
    ``--seconds``, against ``meeting-launcher serve --self-signed`` (a fresh data dir each
    round), and the same clients against the floor: a bare aiohttp app over TLS (same
    certificate, same SSL context) answering those two requests with JSON bodies of the
    same size (the real server's answers, captured first, dumped per request). Requests
    per second, latency p50/p99, errors (anything but 200/201 or a broken connection),
    the server's RSS before and after, and the CPU each process used (server and clients:
    when the clients use a whole core they are the bottleneck).
(b) ``--sockets`` signalling WebSockets over TLS (``/meeting-ws``), each sending a hello
    into one of ``--sockets``/10 rooms and then idle; the server's RSS before and after,
    per socket, beside the floor's bare TLS WebSocket endpoint that reads one frame and
    waits.

The servers run in their own processes, the clients in this one, on a raw asyncio HTTP/1.1
client (pre-built requests, Content-Length bodies) so that they cost less than a server.
Rounds alternate which of the two goes first; the table gives medians and the ratio
server/floor of each round's pair. The machine may be shared: ratios measured in the same
run matter, absolute numbers do not.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from launcher.server import create_application  # noqa: E402

API = "/v1/meetings"
CLK_TCK = os.sysconf("SC_CLK_TCK")


# ------------------------------------------------------------------ the floor server


def floor_server(data_dir: Path, bodies_path: Path) -> None:
    """A bare aiohttp app over TLS: the two API requests answered with captured bodies,
    and a WebSocket that reads one frame and waits. Prints its origin, runs until killed."""
    from aiohttp import web

    from launcher.server.tls import server_context

    bodies = json.loads(bodies_path.read_text())
    created, page = bodies["created"], bodies["page"]

    async def create(request: web.Request) -> web.Response:
        await request.json()
        return web.json_response(created, status=201)

    async def listing(request: web.Request) -> web.Response:
        return web.json_response(page)

    async def socket(request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(heartbeat=20.0)
        await ws.prepare(request)
        async for _ in ws:
            pass
        return ws

    app = web.Application()
    app.router.add_post(f"{API}/rooms", create)
    app.router.add_get(f"{API}/rooms", listing)
    app.router.add_get("/meeting-ws", socket)
    context = server_context(data_dir / "tls" / "cert.pem", data_dir / "tls" / "key.pem")

    async def main() -> None:
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=context)
        await site.start()
        port = runner.addresses[0][1]
        print(f"https://127.0.0.1:{port}", flush=True)
        await asyncio.Event().wait()

    asyncio.run(main())


# ------------------------------------------------------------------ processes


@dataclass
class Server:
    name: str
    proc: subprocess.Popen[str]
    origin: str

    def rss_kb(self) -> int:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise RuntimeError("no VmRSS")

    def cpu_seconds(self) -> float:
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime + stime

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def start_serve(data_dir: Path) -> Server:
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "launcher", "serve", "--host", "127.0.0.1", "--port", "0"),
            *("--data-dir", str(data_dir), "--self-signed"),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    api_url = proc.stdout.readline().strip()
    if not api_url:
        raise RuntimeError("serve did not start")
    return Server("server", proc, api_url.removesuffix(API))


def start_floor(data_dir: Path, bodies: Path) -> Server:
    proc = subprocess.Popen(
        [sys.executable, __file__, "--floor-server", str(data_dir), str(bodies)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    origin = proc.stdout.readline().strip()
    if not origin:
        raise RuntimeError("floor server did not start")
    return Server("floor", proc, origin)


def api_token(data_dir: Path) -> str:
    import jwt

    app_id, pem = create_application(data_dir, "bench")
    now = int(time.time())
    claims = {"application_id": app_id, "iat": now, "exp": now + 3600, "jti": str(uuid.uuid4())}
    return jwt.encode(claims, pem, algorithm="RS256")


# ------------------------------------------------------------------ the clients


class Client:
    """One keep-alive HTTPS connection sending pre-built requests."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, origin: str, context: ssl.SSLContext) -> Client:
        host, port = origin.removeprefix("https://").rsplit(":", 1)
        reader, writer = await asyncio.open_connection(host, int(port), ssl=context)
        return cls(reader, writer)

    async def request(self, raw: bytes) -> tuple[int, bytes]:
        self.writer.write(raw)
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        start = head.lower().find(b"\r\ncontent-length:")
        if start < 0:
            raise RuntimeError("no Content-Length")
        end = head.index(b"\r\n", start + 2)
        body = await self.reader.readexactly(int(head[start + 17 : end]))
        return status, body

    def close(self) -> None:
        self.writer.close()


def requests_for(origin: str, token: str) -> tuple[bytes, bytes]:
    host = origin.removeprefix("https://")
    common = f"Host: {host}\r\nAuthorization: Bearer {token}\r\n"
    body = b'{"display_name":"bench room"}'
    post = (
        f"POST {API}/rooms HTTP/1.1\r\n{common}Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    get = f"GET {API}/rooms?page_size=20 HTTP/1.1\r\n{common}\r\n".encode()
    return post, get


@dataclass
class LoadResult:
    requests: int = 0
    errors: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    rss_before_kb: int = 0
    rss_after_kb: int = 0
    server_cpu: float = 0.0  # share of one core
    client_cpu: float = 0.0

    @property
    def rps(self) -> float:
        return self.requests / self.seconds

    @property
    def cpu_ms(self) -> float:
        """Server CPU time per request (threads included), in ms."""
        return self.server_cpu / self.rps * 1000

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(len(ordered) * q))] * 1000


async def load(
    server: Server,
    context: ssl.SSLContext,
    token: str,
    clients: int,
    seconds: float,
    profile: Path | None = None,
) -> LoadResult:
    post, get = requests_for(server.origin, token)
    result = LoadResult(rss_before_kb=server.rss_kb())
    measuring = False

    async def one(deadline: float) -> None:
        try:
            client = await Client.open(server.origin, context)
        except OSError:
            result.errors += 1
            return
        n = 0
        try:
            while time.perf_counter() < deadline:
                start = time.perf_counter()
                try:
                    status, _ = await client.request(post if n % 2 == 0 else get)
                except (OSError, asyncio.IncompleteReadError, RuntimeError):
                    result.errors += measuring
                    client.close()
                    client = await Client.open(server.origin, context)
                    continue
                if measuring:
                    result.latencies.append(time.perf_counter() - start)
                    result.requests += 1
                    result.errors += status not in (200, 201)
                n += 1
        finally:
            client.close()

    # Warm-up: connections open, code paths hot; then the measured run.
    await asyncio.gather(*(one(time.perf_counter() + 2) for _ in range(clients)))
    measuring = True
    spy = None
    if profile is not None:  # py-spy's collapsed stacks of the measured run, threads apart
        spy = subprocess.Popen(
            [
                *(str(Path(sys.executable).with_name("py-spy")), "record", "--format", "raw"),
                *("--threads", "-r", "200", "-d", str(int(seconds)), "-o", str(profile)),
                *("-p", str(server.proc.pid)),
            ],
            stdout=subprocess.DEVNULL,
        )
        await asyncio.sleep(0.5)
    cpu_server, cpu_client = server.cpu_seconds(), time.process_time()
    start = time.perf_counter()
    await asyncio.gather(*(one(start + seconds) for _ in range(clients)))
    result.seconds = time.perf_counter() - start
    result.server_cpu = (server.cpu_seconds() - cpu_server) / result.seconds
    result.client_cpu = (time.process_time() - cpu_client) / result.seconds
    await asyncio.sleep(0.5)
    result.rss_after_kb = server.rss_kb()
    if spy is not None:
        spy.wait()
    return result


async def idle_sockets(
    server: Server, context: ssl.SSLContext, codes: list[str], sockets: int
) -> tuple[float, int]:
    """(kB of server RSS per idle socket, sockets that failed)."""
    import aiohttp

    before = server.rss_kb()
    failed = 0
    connector = aiohttp.TCPConnector(ssl=context, limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        opened: list[aiohttp.ClientWebSocketResponse] = []

        async def one(i: int) -> None:
            nonlocal failed
            try:
                ws = await session.ws_connect(f"{server.origin}/meeting-ws", autoping=True)
            except (aiohttp.ClientError, OSError):
                failed += 1
                return
            opened.append(ws)
            await ws.send_str(
                json.dumps({"type": "hello", "meeting_code": codes[i % len(codes)], "name": "idle"})
            )

        for batch in range(0, sockets, 50):
            await asyncio.gather(*(one(i) for i in range(batch, min(sockets, batch + 50))))
        await asyncio.sleep(3)  # joins settle (presence writes, peer-joined frames)
        alive = sum(not ws.closed for ws in opened)
        failed += len(opened) - alive
        after = server.rss_kb()
        for ws in opened:
            await ws.close()
    return (after - before) / max(1, alive), failed


def create_rooms(origin: str, context: ssl.SSLContext, token: str, count: int) -> list[str]:
    async def run() -> list[str]:
        post, _ = requests_for(origin, token)
        client = await Client.open(origin, context)
        codes = []
        for _ in range(count):
            status, body = await client.request(post)
            if status != 201:
                raise RuntimeError(f"create room: {status} {body[:200]!r}")
            codes.append(json.loads(body)["meeting_code"])
        client.close()
        return codes

    return asyncio.run(run())


def capture_bodies(origin: str, context: ssl.SSLContext, token: str, path: Path) -> None:
    """The server's answers to the two requests, for the floor to send back."""

    async def run() -> None:
        post, get = requests_for(origin, token)
        client = await Client.open(origin, context)
        for _ in range(20):  # a full first page
            _, created = await client.request(post)
        _, page = await client.request(get)
        client.close()
        path.write_text(json.dumps({"created": json.loads(created), "page": json.loads(page)}))

    asyncio.run(run())


# ------------------------------------------------------------------ the run


def median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--floor-server":
        floor_server(Path(sys.argv[2]), Path(sys.argv[3]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--sockets", type=int, default=1000)
    parser.add_argument("--skip-sockets", action="store_true")
    parser.add_argument(
        "--profile",
        type=Path,
        help="py-spy (in the venv) records the server in each measured run: PROFILE.N.txt",
    )
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-load-"))
    # The floor's certificate and bodies come from a first server.
    first = work / "first"
    server = start_serve(first)
    context = ssl.create_default_context(cafile=str(first / "tls" / "cert.pem"))
    bodies = work / "bodies.json"
    try:
        capture_bodies(server.origin, context, api_token(first), bodies)
    finally:
        server.stop()
    sizes = json.loads(bodies.read_text())
    print(
        f"bodies: created room {len(json.dumps(sizes['created']))} B, "
        f"page of 20 {len(json.dumps(sizes['page']))} B",
        flush=True,
    )
    floor = start_floor(first, bodies)

    runs: dict[str, list[LoadResult]] = {"server": [], "floor": []}
    sockets: dict[str, list[float]] = {"server": [], "floor": []}
    socket_failures = 0
    try:
        for round_no in range(args.rounds):
            data_dir = work / f"round{round_no}"
            # Same certificate as the floor: clients trust one CA.
            (data_dir / "tls").mkdir(parents=True)
            for name in ("cert.pem", "key.pem"):
                (data_dir / "tls" / name).write_bytes((first / "tls" / name).read_bytes())
            server = start_serve(data_dir)
            try:
                token = api_token(data_dir)
                order = ["server", "floor"] if round_no % 2 == 0 else ["floor", "server"]
                for name in order:
                    target = server if name == "server" else floor
                    profile = None
                    if args.profile and name == "server":
                        profile = args.profile.with_suffix(f".{round_no + 1}.txt")
                    result = asyncio.run(
                        load(target, context, token, args.clients, args.seconds, profile)
                    )
                    runs[name].append(result)
                    print(
                        f"round {round_no + 1} {name:6}: {result.rps:7.0f} rps"
                        f" p50 {result.percentile(0.5):6.1f} ms"
                        f" p99 {result.percentile(0.99):6.1f} ms errors {result.errors}"
                        f" cpu server {result.server_cpu:.0%} clients {result.client_cpu:.0%}"
                        f" server {result.cpu_ms:.2f} ms/request",
                        flush=True,
                    )
                if not args.skip_sockets:
                    codes = create_rooms(server.origin, context, token, max(1, args.sockets // 10))
                    for name in order:
                        # A fresh floor: one that served a round reuses memory it freed.
                        target = server if name == "server" else start_floor(first, bodies)
                        try:
                            per_socket, failed = asyncio.run(
                                idle_sockets(target, context, codes, args.sockets)
                            )
                        finally:
                            if target is not server:
                                target.stop()
                        sockets[name].append(per_socket)
                        socket_failures += failed
                        print(
                            f"round {round_no + 1} {name:6}: {per_socket:6.1f} kB per idle socket"
                            f" ({failed} failed)",
                            flush=True,
                        )
            finally:
                server.stop()
    finally:
        floor.stop()

    print_table(args, runs, sockets, socket_failures)
    shutil.rmtree(work, ignore_errors=True)
    return 0


def print_table(
    args: argparse.Namespace,
    runs: dict[str, list[LoadResult]],
    sockets: dict[str, list[float]],
    socket_failures: int,
) -> None:
    print()
    print(
        f"{args.clients} clients, POST /rooms and GET /rooms?page_size=20 alternating,"
        f" {args.seconds:.0f} s, medians of {args.rounds} rounds"
    )
    header = (
        f"{'':8}{'rps':>8}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}"
        f"{'RSS before':>12}{'RSS after':>11}{'cpu srv':>9}{'cpu cli':>9}{'ms cpu/req':>11}"
    )
    print(header)
    for name in ("server", "floor"):
        rs = runs[name]
        print(
            f"{name:8}{median([r.rps for r in rs]):8.0f}"
            f"{median([r.percentile(0.5) for r in rs]):9.1f}"
            f"{median([r.percentile(0.99) for r in rs]):9.1f}"
            f"{sum(r.errors for r in rs):8d}"
            f"{median([r.rss_before_kb / 1024 for r in rs]):9.1f} MB"
            f"{median([r.rss_after_kb / 1024 for r in rs]):8.1f} MB"
            f"{median([r.server_cpu for r in rs]):9.0%}{median([r.client_cpu for r in rs]):9.0%}"
            f"{median([r.cpu_ms for r in rs]):11.2f}"
        )
    ratios = [s.rps / f.rps for s, f in zip(runs["server"], runs["floor"], strict=True)]
    p99 = [
        s.percentile(0.99) / f.percentile(0.99)
        for s, f in zip(runs["server"], runs["floor"], strict=True)
    ]
    cpu = [f.cpu_ms / s.cpu_ms for s, f in zip(runs["server"], runs["floor"], strict=True)]
    print(
        f"server/floor: throughput {median(ratios):.2f}x (target >= 0.5x;"
        f" rounds {', '.join(f'{r:.2f}' for r in ratios)}), p99 {median(p99):.2f}x,"
        f" requests per CPU second {median(cpu):.2f}x"
    )
    if sockets["server"]:
        print(
            f"idle signalling sockets ({args.sockets}, TLS): server"
            f" {median(sockets['server']):.0f} kB each, floor {median(sockets['floor']):.0f} kB"
            f" each (target < 150 kB; {socket_failures} failed)"
        )


if __name__ == "__main__":
    sys.exit(main())
