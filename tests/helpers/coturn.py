"""Real coturn for tests: the shipped packaging/server/turnserver.conf plus a test-only
override (listen on a namespace's address, a test secret and certificate, and relaying
allowed to the test range 198.18.0.0/15, which the shipped file denies).

``Coturn(None, ...)`` runs it in this network namespace on 127.0.0.1 and free ports
(``ports=``): enough for allocations (the self-test's relay check), not for media
between browsers (coturn offers no loopback candidates)."""

from __future__ import annotations

import socket
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


def free_port_pair() -> int:
    """A free port whose next one is free too, for UDP and TCP (coturn also listens on
    port + 1, its "alternative" port)."""
    for _attempt in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
        if port >= 65535:
            continue
        held: list[socket.socket] = []
        try:
            for candidate in (port, port + 1):
                for kind in (socket.SOCK_STREAM, socket.SOCK_DGRAM):
                    sock = socket.socket(socket.AF_INET, kind)
                    held.append(sock)
                    sock.bind(("127.0.0.1", candidate))
        except OSError:
            continue
        finally:
            for sock in held:
                sock.close()
        return port
    raise AssertionError("no two free ports in a row on 127.0.0.1")


def test_config(
    workdir: Path,
    *,
    listen: str,
    secret: str,
    test_peers: bool = True,
    ports: tuple[int, int] | None = None,
    tls_dir: Path | None = None,
) -> Path:
    """The shipped config with the test override appended; its path (mode 0600).

    ``ports``: the TURN and TLS listening ports (else the shipped 3478 and 5349);
    ``tls_dir``: where the certificate is (made there if missing)."""
    cert, key = ensure_self_signed(tls_dir or workdir / "tls", listen)
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
    if ports is not None:
        override += [
            f"listening-port={ports[0]}",
            f"tls-listening-port={ports[1]}",
            f"alt-listening-port={ports[0] + 1}",
            f"alt-tls-listening-port={ports[1] + 1}",
        ]
    if test_peers:
        override.append(TEST_PEERS)
    path = workdir / "turnserver.conf"
    path.touch(mode=0o600)
    path.write_text("\n".join(kept + override) + "\n")
    return path


class Coturn:
    """turnserver inside ``netns`` on ``listen`` (3478 UDP/TCP, 5349 TLS, or ``ports``);
    without a namespace, in this one (``listen`` then 127.0.0.1, with ``ports``)."""

    def __init__(
        self,
        netns: Netns | None,
        workdir: Path,
        *,
        listen: str,
        secret: str,
        ports: tuple[int, int] | None = None,
        tls_dir: Path | None = None,
    ) -> None:
        workdir.mkdir(parents=True, exist_ok=True)
        self.config = test_config(
            workdir, listen=listen, secret=secret, ports=ports, tls_dir=tls_dir
        )
        self.log_path = workdir / "turn.log"
        argv = [TURNSERVER, "-c", str(self.config)]
        if netns is None:
            self.proc: subprocess.Popen[str] = subprocess.Popen(
                argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True
            )
        else:
            self.proc = netns.popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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
