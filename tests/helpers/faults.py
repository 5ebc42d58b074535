"""A misbehaving HTTP(S) server on 127.0.0.1, for the client's fault matrix.

Each request gets the next behaviour queued for its method (``script``), else
``default``; every request is recorded (method, path) before it is answered.

Behaviours:
    ok          200 with an empty page of rooms (what ``list_rooms`` expects)
    500 502 503 504    that status with a JSON error body
    429         429 with ``Retry-After: 1``
    reset       the connection is reset (RST) after the request is read
    hang        the request is read and never answered
    malformed   200 whose body is cut-off JSON
    stall       200 with Content-Length 4096, then 20 bytes, then nothing
    not-tls     (on a plain server reached as https://) an HTTP answer to the TLS hello
"""

from __future__ import annotations

import asyncio
import json
import socket
import ssl
import struct
import threading
from collections import defaultdict
from pathlib import Path
from types import TracebackType

from launcher.server.tls import ensure_self_signed, server_context

_ROOMS_PAGE = json.dumps({"_embedded": [], "page_size": 20, "total_items": 0}).encode()


class FaultServer:
    """Started with ``with``; ``url`` is its origin, ``ca_file`` its certificate (TLS)."""

    def __init__(self, cert_dir: Path | None = None, default: str = "ok") -> None:
        self.default = default
        self.script: dict[str, list[str]] = defaultdict(list)
        self.requests: list[tuple[str, str]] = []
        self.ca_file: Path | None = None
        self._context: ssl.SSLContext | None = None
        if cert_dir is not None:
            cert, key = ensure_self_signed(cert_dir, "127.0.0.1", [])
            self.ca_file = cert
            self._context = server_context(cert, key)
        self.url = ""
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self._hanging: list[asyncio.StreamWriter] = []

    def __enter__(self) -> FaultServer:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(10)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    def count(self, method: str) -> int:
        """How many ``method`` requests arrived."""
        with self._lock:
            return sum(1 for m, _ in self.requests if m == method)

    async def _start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, ssl=self._context)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"{'https' if self._context else 'http'}://127.0.0.1:{port}"

    async def _stop(self) -> None:
        assert self._server is not None
        self._server.close()
        for writer in self._hanging:
            writer.transport.abort()
        others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in others:
            task.cancel()
        await asyncio.gather(*others, return_exceptions=True)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while await self._one(reader, writer):
                pass
        except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
            pass
        finally:
            if not writer.transport.is_closing():
                writer.transport.abort()

    async def _one(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        """Answer one request; False when the connection is done."""
        first = await reader.readline()
        if not first:
            return False
        if not first.isascii() or b"HTTP/" not in first:  # a TLS hello on a plain server
            writer.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
            await writer.drain()
            return False
        method, path, _ = first.decode().split(" ", 2)
        length = 0
        while (line := await reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode().partition(":")
            if name.strip().lower() == "content-length":
                length = int(value)
        if length:
            await reader.readexactly(length)
        with self._lock:
            self.requests.append((method, path))
            queued = self.script[method]
            behaviour = queued.pop(0) if queued else self.default
        return await self._answer(behaviour, writer)

    async def _answer(self, behaviour: str, writer: asyncio.StreamWriter) -> bool:
        if behaviour == "ok":
            self._write(writer, 200, _ROOMS_PAGE)
        elif behaviour in ("500", "502", "503", "504", "429"):
            body = json.dumps({"title": "Failure", "detail": f"fault {behaviour}"}).encode()
            extra = {"Retry-After": "1"} if behaviour == "429" else {}
            self._write(writer, int(behaviour), body, extra)
        elif behaviour == "malformed":
            self._write(writer, 200, b'{"id": "0f3c", "display_name": ')
        elif behaviour == "stall":
            head = (
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n"
            )
            writer.write(head.encode() + b'{"_embedded": [{"id"')
            self._hanging.append(writer)
            await asyncio.Event().wait()  # until the client gives up or the server stops
        elif behaviour == "hang":
            self._hanging.append(writer)
            await asyncio.Event().wait()
        elif behaviour == "reset":
            sock = writer.get_extra_info("socket")
            if sock is not None:  # SO_LINGER 0: close() sends RST
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()
            return False
        else:
            raise ValueError(f"unknown behaviour {behaviour!r}")
        await writer.drain()
        return True

    @staticmethod
    def _write(
        writer: asyncio.StreamWriter, status: int, body: bytes, extra: dict[str, str] | None = None
    ) -> None:
        headers = {
            "Content-Type": "application/json",
            "Content-Length": str(len(body)),
            **(extra or {}),
        }
        head = f"HTTP/1.1 {status} Fault\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        writer.write(head.encode() + b"\r\n" + body)
