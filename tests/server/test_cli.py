"""`meeting-launcher serve` and `app create/list` as real processes; persistence."""

from __future__ import annotations

import json
import os
import selectors
import signal
import socket
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from cryptography import x509

from launcher.server import create_application
from tests.helpers.api import raw_client
from tests.helpers.servers import AppCredentials, register_app, start_server
from tests.server.test_rooms import create, iso

START_TIMEOUT = 30.0


def launcher(
    *args: str,
    preexec_fn: Callable[[], object] | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "launcher", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=None if env is None else {**os.environ, **env},
        preexec_fn=preexec_fn,  # only ever sets the umask
    )


def first_line(proc: subprocess.Popen[str], timeout: float = START_TIMEOUT) -> str:
    """The first stdout line, waiting at most ``timeout`` for it."""
    assert proc.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            proc.kill()
            raise AssertionError(f"no output within {timeout} s")
    return proc.stdout.readline().strip()


class Served:
    """A running `meeting-launcher serve --self-signed` process."""

    def __init__(
        self, data_dir: Path, *extra: str, port: int = 0, env: dict[str, str] | None = None
    ) -> None:
        self.data_dir = data_dir
        self.proc = launcher(
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--data-dir",
            str(data_dir),
            "--self-signed",
            *extra,
            env=env,
        )
        self.printed_url = first_line(self.proc)
        assert self.printed_url.endswith("/v1/meetings")
        self.api_url = self.printed_url
        if port:
            self.api_url = f"https://127.0.0.1:{port}/v1/meetings"
        assert self.api_url.startswith("https://127.0.0.1:")

    def credentials(self, app_id: str, key: bytes) -> AppCredentials:
        return AppCredentials(
            app_id, key, self.api_url, self.data_dir / "tls" / "cert.pem", self.data_dir
        )

    def stop(self, sig: int = signal.SIGTERM) -> int:
        self.proc.send_signal(sig)
        code = self.proc.wait(timeout=30)
        assert self.proc.stdout is not None and self.proc.stderr is not None
        self.proc.stdout.close()
        self.proc.stderr.close()
        return code


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def served(data_dir: Path) -> Iterator[Served]:
    process = Served(data_dir)
    yield process
    if process.proc.poll() is None:
        process.stop(signal.SIGKILL)


def test_rooms_survive_a_clean_restart(tmp_path: Path) -> None:
    server = start_server(tmp_path)
    creds = register_app(server)
    with raw_client(creds) as client:
        room = create(client, type="long_term", expires_at=iso(timedelta(days=2)))
    server.stop()
    server.stop()  # idempotent
    again = start_server(tmp_path)
    try:
        creds = AppCredentials(
            creds.application_id, creds.private_key_pem, again.api_url, creds.ca_cert_path, tmp_path
        )
        with raw_client(creds) as client:
            fetched = client.get(f"rooms/{room['id']}").json()
        assert fetched["meeting_code"] == room["meeting_code"]
        assert fetched["expires_at"] == room["expires_at"]
    finally:
        again.stop()


def test_rooms_survive_sigkill(data_dir: Path, served: Served) -> None:
    app_id, key = create_application(data_dir, "kill test")
    with raw_client(served.credentials(app_id, key)) as client:
        ids = []
        for i in range(10):
            response = client.post("rooms", json={"display_name": f"acknowledged {i}"})
            assert response.status_code == 201
            ids.append(response.json()["id"])
        # SIGKILL right after the last 201 came back: no chance to flush anything.
        served.proc.kill()
        served.proc.wait(timeout=30)
    assert served.stop(signal.SIGKILL) == -signal.SIGKILL
    restarted = Served(data_dir)
    try:
        with raw_client(restarted.credentials(app_id, key)) as client:
            for room_id in ids:
                assert client.get(f"rooms/{room_id}").status_code == 200
            assert client.get("rooms").json()["total_items"] == 10
    finally:
        assert restarted.stop() == 0


def test_self_signed_certificate_is_created_once(data_dir: Path, served: Served) -> None:
    cert_path, key_path = data_dir / "tls" / "cert.pem", data_dir / "tls" / "key.pem"
    cert_bytes = cert_path.read_bytes()
    assert stat.S_IMODE(key_path.stat().st_mode) == 0o600
    cert = x509.load_pem_x509_certificate(cert_bytes)
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    names = [str(n) for n in san.get_values_for_type(x509.IPAddress)]
    assert "127.0.0.1" in names and "localhost" in san.get_values_for_type(x509.DNSName)
    assert served.stop(signal.SIGTERM) == 0
    again = Served(data_dir)
    assert cert_path.read_bytes() == cert_bytes
    # The reused certificate still verifies the new process's TLS.
    app_id, key = create_application(data_dir, "cert test")
    with raw_client(again.credentials(app_id, key)) as client:
        assert client.get("rooms").status_code == 200
    assert again.stop(signal.SIGINT) == 0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_public_url_is_printed_and_used_in_links(data_dir: Path) -> None:
    process = Served(data_dir, "--public-url", "https://meet.example.org/", port=_free_port())
    try:
        assert process.printed_url == "https://meet.example.org/v1/meetings"
        app_id, key = create_application(data_dir, "public url")
        with raw_client(process.credentials(app_id, key)) as client:
            room = create(client)
        assert room["_links"]["guest_url"]["href"] == (
            f"https://meet.example.org/{room['meeting_code']}"
        )
    finally:
        assert process.stop() == 0


def _fails(*args: str) -> str:
    proc = launcher(*args)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2, (out, err)
    assert out == ""
    assert len(err.strip().splitlines()) == 1, err
    return err


def test_serve_bad_input_exits_2(tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    assert "--tls-cert" in _fails("serve", "--port", "0", "--data-dir", data, "--tls-key", "k")
    assert "not found" in _fails(
        "serve",
        "--port",
        "0",
        "--data-dir",
        data,
        "--tls-cert",
        str(tmp_path / "c.pem"),
        "--tls-key",
        str(tmp_path / "k.pem"),
    )
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert "data directory" in _fails(
        "serve", "--port", "0", "--data-dir", str(blocker / "sub"), "--self-signed"
    )
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        assert "in use" in _fails("serve", "--port", port, "--data-dir", data)


def test_app_create_writes_a_private_key_0600(data_dir: Path, served: Served) -> None:
    key_file = data_dir.parent / "app-key.pem"
    proc = launcher(
        "app",
        "create",
        "--data-dir",
        str(data_dir),
        "--name",
        "Front desk",
        "--private-key-out",
        str(key_file),
    )
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    app_id = out.strip()
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    key = key_file.read_bytes()
    assert key.startswith(b"-----BEGIN PRIVATE KEY-----")
    # The running server accepts the new application at once.
    with raw_client(served.credentials(app_id, key)) as client:
        assert client.get("rooms").status_code == 200
    # Never overwrites: the key stays as it was.
    assert "exists" in _fails(
        "app",
        "create",
        "--data-dir",
        str(data_dir),
        "--name",
        "again",
        "--private-key-out",
        str(key_file),
    )
    assert key_file.read_bytes() == key
    listing = launcher("app", "list", "--data-dir", str(data_dir))
    out, err = listing.communicate(timeout=60)
    assert listing.returncode == 0, err
    assert out.splitlines() == [f"{app_id}\tFront desk"]
    assert app_id not in err and b"PRIVATE" not in err.encode()


def test_app_create_respects_no_world_readable_moment(tmp_path: Path) -> None:
    # Even with a permissive umask the key file never has group/other bits.
    key_file = tmp_path / "k.pem"
    proc = launcher(
        "app",
        "create",
        "--data-dir",
        str(tmp_path / "d"),
        "--name",
        "x",
        "--private-key-out",
        str(key_file),
        preexec_fn=lambda: os.umask(0),
    )
    proc.communicate(timeout=60)
    assert proc.returncode == 0
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600


def test_server_and_client_packages_load_no_qt(tmp_path: Path) -> None:
    code = f"""
import importlib.util, sys
from pathlib import Path
import launcher.server, launcher.server.cli
if importlib.util.find_spec("launcher.api") is not None:
    import launcher.api
from launcher.server import BuiltinServer, ServerConfig, create_application
with BuiltinServer(ServerConfig(data_dir=Path({str(tmp_path)!r}), tls="self-signed")):
    create_application(Path({str(tmp_path)!r}), "x")
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(qt)
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_debug_latency_from_the_environment(data_dir: Path) -> None:
    import time

    process = Served(data_dir, env={"LAUNCHER_DEBUG_LATENCY": "0.25"})
    try:
        app_id, key = create_application(data_dir, "latency")
        with raw_client(process.credentials(app_id, key)) as client:
            client.get("dial-in-numbers")  # TLS set-up outside the timing
            started = time.monotonic()
            assert client.get("dial-in-numbers").status_code == 200
            assert time.monotonic() - started >= 0.25
    finally:
        assert process.stop() == 0
    proc = launcher(
        "serve", "--port", "0", "--data-dir", str(data_dir), env={"LAUNCHER_DEBUG_LATENCY": "x"}
    )
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2 and "LAUNCHER_DEBUG_LATENCY" in err


def test_dial_in_numbers_file(data_dir: Path) -> None:
    data_dir.mkdir()
    numbers = [{"number": "442381924626", "locale": "en-GB", "display_name": "United Kingdom"}]
    (data_dir / "dial-in-numbers.json").write_text(json.dumps(numbers))
    process = Served(data_dir)
    try:
        app_id, key = create_application(data_dir, "dial-in")
        with raw_client(process.credentials(app_id, key)) as client:
            assert client.get("dial-in-numbers").json() == numbers
    finally:
        assert process.stop() == 0
    (data_dir / "dial-in-numbers.json").write_text('[{"number": 1}]')
    assert "dial-in-numbers.json" in _fails("serve", "--port", "0", "--data-dir", str(data_dir))
