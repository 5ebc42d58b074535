"""Real processes for reach tests: ``meeting-launcher serve`` behind Caddy, on loopback.

``ServeProcess`` runs the server without TLS on 127.0.0.1 with a public URL given;
``CaddyProcess`` runs Debian's ``caddy`` with ``packaging/server/Caddyfile`` in front of
it, with Caddy's own CA (``tls internal``) and everything Caddy writes (CA, certificates,
autosaved config, admin socket) under one temporary folder. Both listen on 127.0.0.1 only
and are stopped by their ``stop()`` (or as context managers).
"""

from __future__ import annotations

import os
import selectors
import signal
import socket
import ssl
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import Self

REPO = Path(__file__).resolve().parents[2]
CADDYFILE = REPO / "packaging" / "server" / "Caddyfile"
START_TIMEOUT = 30.0


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _stop(proc: subprocess.Popen[bytes] | subprocess.Popen[str]) -> int:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return proc.returncode


class ServeProcess:
    """``meeting-launcher serve`` on 127.0.0.1 over plain HTTP, links on ``public_url``."""

    def __init__(self, data_dir: Path, public_url: str, *extra: str) -> None:
        self.data_dir = data_dir
        self.port = free_port()
        self.upstream = f"127.0.0.1:{self.port}"
        self.public_url = public_url.rstrip("/")
        self.proc = subprocess.Popen(
            [
                *(sys.executable, "-m", "launcher", "serve", "--host", "127.0.0.1"),
                *("--port", str(self.port), "--data-dir", str(data_dir)),
                *("--public-url", self.public_url, *extra),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        assert self.proc.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(self.proc.stdout, selectors.EVENT_READ)
            ready = selector.select(START_TIMEOUT)
        line = self.proc.stdout.readline().strip() if ready else ""
        if line != self.public_url + "/v1/meetings":
            _stop(self.proc)
            raise AssertionError(f"serve did not start: {line!r}")

    def stop(self) -> int:
        code = _stop(self.proc)
        assert self.proc.stdout is not None
        self.proc.stdout.close()
        return code

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


class CaddyProcess:
    """Caddy running the project's Caddyfile in front of ``upstream`` (host:port).

    ``origin`` is ``https://127.0.0.1:<port>`` (``port``: a free one unless given, so that
    the server can be told its public URL first); ``root_ca`` and ``intermediate_ca`` are
    the PEM files of Caddy's own CA, made at its first start. The certificate is checked
    against ``root_ca`` before the constructor returns.
    """

    def __init__(
        self, workdir: Path, upstream: str, *, port: int = 0, caddyfile: Path = CADDYFILE
    ) -> None:
        self.workdir = workdir
        workdir.mkdir(parents=True, exist_ok=True)
        self.port = port or free_port()
        self.origin = f"https://127.0.0.1:{self.port}"
        self.log_path = workdir / "caddy.log"
        global_options = "\n".join(
            [
                f"admin unix/{workdir}/admin.sock",
                # Never touch the system's trust store; no redirect listener on port 80.
                "skip_install_trust",
                "auto_https disable_redirects",
                f"http_port {free_port()}",
                f"https_port {self.port}",
                # No HTTP/3: its UDP listener and Alt-Svc would only add a path to flake.
                "servers {\n protocols h1 h2\n}",
            ]
        )
        env = {
            **os.environ,
            # Caddy keeps its CA, certificates and autosaved config under these.
            "HOME": str(workdir),
            "XDG_DATA_HOME": str(workdir / "data"),
            "XDG_CONFIG_HOME": str(workdir / "config"),
            "MEETINGS_DOMAIN": self.origin,
            "MEETINGS_UPSTREAM": upstream,
            "MEETINGS_CADDY_GLOBAL": global_options,
            "MEETINGS_CADDY_SITE": "tls internal\nbind 127.0.0.1",
        }
        self._log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            ["caddy", "run", "--config", str(caddyfile), "--adapter", "caddyfile"],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=workdir,
        )
        pki = workdir / "data" / "caddy" / "pki" / "authorities" / "local"
        self.root_ca = pki / "root.crt"
        self.intermediate_ca = pki / "intermediate.crt"
        self._wait_ready()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        last: Exception | None = None
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                break
            if self.root_ca.exists():
                try:
                    context = ssl.create_default_context(cafile=str(self.root_ca))
                    with (
                        socket.create_connection(("127.0.0.1", self.port), timeout=2) as raw,
                        context.wrap_socket(raw, server_hostname="127.0.0.1"),
                    ):
                        return
                except (OSError, ssl.SSLError) as exc:
                    last = exc
            time.sleep(0.1)
        self.stop()
        raise AssertionError(f"caddy did not start ({last}): {self.log()[-2000:]}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> int:
        code = _stop(self.proc)
        self._log.close()
        return code

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
