"""Memory of idle TLS connections to the built-in server: RSS growth per connection.

    .venv/bin/python -m tests.benchmarks.bench_tls_idle_memory [N] [VARIANT ...]

VARIANT: ``default`` (the server as it is), ``nocompat`` (OP_ENABLE_MIDDLEBOX_COMPAT
off), ``nocomp`` (OP_NO_COMPRESSION), ``notickets`` (no session tickets), ``bufNN``
(asyncio's SSLProtocol read buffer of NN KiB instead of its 256 KiB). Each variant runs
a fresh server process; N clients connect over TLS, make one GET, and stay idle
(keep-alive) while the server's RSS is read from /proc.
"""

from __future__ import annotations

import asyncio
import os
import ssl
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r"""
import asyncio.sslproto, ssl, sys, time
from pathlib import Path
import launcher.server.runner as runner
from launcher.server import BuiltinServer, ServerConfig
variant = sys.argv[2]
made = runner.server_context
def server_context(cert, key):
    context = made(cert, key)
    if variant == "nocompat":
        context.options &= ~ssl.OP_ENABLE_MIDDLEBOX_COMPAT
    if variant == "nocomp":
        context.options |= ssl.OP_NO_COMPRESSION
    if variant == "notickets":
        context.options |= ssl.OP_NO_TICKET
        context.num_tickets = 0
    return context
runner.server_context = server_context
if variant.startswith("buf"):
    asyncio.sslproto.SSLProtocol.max_size = int(variant[3:]) * 1024
config = ServerConfig(data_dir=Path(sys.argv[1]), tls="self-signed", meeting_pages=False)
server = BuiltinServer(config)
server.start()
print(server.origin, flush=True)
time.sleep(3600)
"""


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS"):
            return int(line.split()[1])
    return 0


async def hold(origin: str, ca: str, n: int) -> list[asyncio.StreamWriter]:
    host, port = origin.split("//")[1].split(":")
    context = ssl.create_default_context(cafile=ca)
    writers = []
    for _ in range(n):
        reader, writer = await asyncio.open_connection(host, int(port), ssl=context)
        writer.write(f"GET /v1/meetings/rooms HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
        await writer.drain()
        await reader.readuntil(b"\r\n\r\n")
        writers.append(writer)
    return writers


async def measure(n: int, variant: str) -> None:
    data = tempfile.mkdtemp()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, data, variant], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        origin = proc.stdout.readline().strip()
        ca = os.path.join(data, "tls", "cert.pem")
        for writer in await hold(origin, ca, 20):  # warm the allocator and code paths
            writer.close()
        await asyncio.sleep(1)
        before = rss_kib(proc.pid)
        writers = await hold(origin, ca, n)
        await asyncio.sleep(1)
        after = rss_kib(proc.pid)
        per = (after - before) / n
        print(
            f"{variant:10s} N={n}: RSS {before} -> {after} KiB: {per:.1f} KiB per idle connection"
        )
        for writer in writers:
            writer.close()
    finally:
        proc.kill()
        proc.wait()


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    for variant in sys.argv[2:] or ["default", "nocompat", "nocomp", "notickets", "buf64", "buf32"]:
        asyncio.run(measure(n, variant))


if __name__ == "__main__":
    main()
