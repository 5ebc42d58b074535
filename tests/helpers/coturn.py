"""Real coturn for tests: the shipped packaging/server/turnserver.conf plus a test-only
override (listen on a namespace's address, a test secret and certificate, and relaying
allowed to the test range 198.18.0.0/15, which the shipped file denies)."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from launcher.server.tls import ensure_self_signed
from tests.helpers.caddy import REPO
from tests.helpers.netns import Netns

SHIPPED = REPO / "packaging" / "server" / "turnserver.conf"
TURNSERVER = "/usr/bin/turnserver"
#: Test-only: let the relay reach the namespaces' addresses (the shipped file denies them).
TEST_PEERS = "allowed-peer-ip=198.18.0.0-198.19.255.255"


def test_config(workdir: Path, *, listen: str, secret: str, test_peers: bool = True) -> Path:
    """The shipped config with the test override appended; its path (mode 0600)."""
    cert, key = ensure_self_signed(workdir / "tls", listen)
    kept = [
        line
        for line in SHIPPED.read_text().splitlines()
        if not line.startswith(("cert=", "pkey=", "syslog", "no-stdout-log", "simple-log"))
    ]
    override = [
        "# --- test-only override ---",
        f"listening-ip={listen}",
        f"relay-ip={listen}",
        f"static-auth-secret={secret}",
        f"cert={cert}",
        f"pkey={key}",
        f"userdb={workdir / 'turndb'}",
        f"pidfile={workdir / 'turnserver.pid'}",
        f"log-file={workdir / 'turn.log'}",
        "simple-log",
        "min-port=40000",
        "max-port=40999",
    ]
    if test_peers:
        override.append(TEST_PEERS)
    path = workdir / "turnserver.conf"
    path.touch(mode=0o600)
    path.write_text("\n".join(kept + override) + "\n")
    return path


class Coturn:
    """turnserver inside ``netns`` on ``listen`` (3478 UDP/TCP, 5349 TLS)."""

    def __init__(self, netns: Netns, workdir: Path, *, listen: str, secret: str) -> None:
        workdir.mkdir(parents=True, exist_ok=True)
        self.config = test_config(workdir, listen=listen, secret=secret)
        self.log_path = workdir / "turn.log"
        self.proc = netns.popen(
            [TURNSERVER, "-c", str(self.config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"coturn exited {self.proc.returncode}: {self.log()}")
            if "Total General servers" in self.log():
                time.sleep(0.5)  # the listeners open right after
                return
            time.sleep(0.2)
        self.stop()
        raise AssertionError(f"coturn did not start: {self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
