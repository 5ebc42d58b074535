"""A throwaway Redis: Debian's ``redis-server`` on a free 127.0.0.1 port, nothing saved,
its working directory a temporary one; stopped (and the directory removed) after."""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from tests.helpers.postgres import free_port

REDIS_SERVER = "/usr/bin/redis-server"


class RedisServer:
    """One running ``redis-server``; ``url`` is what ``serve --redis`` takes.

    ``password``: clients must log in with it (it goes in the server's config file,
    never on its command line). ``port``: this one (a Redis coming back where it was)
    instead of a free one."""

    def __init__(self, password: str | None = None, *, port: int | None = None) -> None:
        if not Path(REDIS_SERVER).exists():
            raise RuntimeError("redis-server is not installed (Debian package redis-server)")
        self.root = Path(tempfile.mkdtemp(prefix="meetings-redis-"))
        self.root.chmod(0o700)
        self.port = port or free_port()
        self.password = password
        self.log = self.root / "redis.log"
        settings = [
            "bind 127.0.0.1",
            f"port {self.port}",
            f"dir {self.root}",
            'save ""',
            "appendonly no",
            "daemonize no",
            f"logfile {self.log}",
        ]
        if password is not None:
            settings.append(f"requirepass {password}")
        conf = self.root / "redis.conf"
        conf.write_text("\n".join(settings) + "\n")
        self.proc = subprocess.Popen(
            [REDIS_SERVER, str(conf)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._wait_ready()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}"

    def _wait_ready(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"redis-server exited: {self.log.read_text(errors='replace')}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1.0) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(64).startswith((b"+PONG", b"-NOAUTH")):
                        return
            except OSError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("redis-server did not answer in time")

    def command(self, *args: str) -> bytes:
        """One command in Redis' inline protocol; its raw reply (tests peek at keys)."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=5.0) as conn:
            if self.password is not None:
                conn.sendall(f"AUTH {self.password}\r\n".encode())
                assert conn.recv(64).startswith(b"+OK")
            conn.sendall(" ".join(args).encode() + b"\r\n")
            return conn.recv(4096)

    def stop(self) -> None:
        try:
            if self.proc.poll() is None:
                self.proc.terminate()
                try:
                    self.proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait(timeout=15)
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
