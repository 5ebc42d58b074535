"""``meeting-launcher account add|list|remove`` in subprocesses, on the real keyring."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from jeepney.io.blocking import DBusConnection

from launcher.core.accounts import AccountStore
from launcher.core.credentials import SERVICE
from tests.core.conftest import keyring_items
from tests.core.leaks import assert_no_secret_in
from tests.helpers.servers import AppCredentials


@dataclass
class Home:
    root: Path
    env: dict[str, str]

    @property
    def config_dir(self) -> Path:
        return self.root / "config" / "meeting-launcher"

    @property
    def data_dir(self) -> Path:
        return self.root / "data" / "meeting-launcher"

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "launcher", "account", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
            stdin=subprocess.DEVNULL,
            check=False,
        )


@pytest.fixture
def home(tmp_path: Path, secret_service: DBusConnection) -> Home:
    root = tmp_path / "home"
    env = dict(os.environ)
    env.update(
        HOME=str(root),
        XDG_CONFIG_HOME=str(root / "config"),
        XDG_DATA_HOME=str(root / "data"),
        XDG_CACHE_HOME=str(root / "cache"),
    )
    for sub in ("config", "data", "cache"):
        (root / sub).mkdir(parents=True)
    return Home(root, env)


@pytest.fixture
def key_file(tmp_path: Path, app_credentials: AppCredentials) -> Path:
    path = tmp_path / "app.key"
    path.write_bytes(app_credentials.private_key_pem)
    return path


def _add_args(creds: AppCredentials, key: Path, name: str = "Front desk") -> list[str]:
    origin = creds.api_url.removesuffix("/v1/meetings")
    return [
        "add",
        "--name",
        name,
        "--server",
        origin,
        "--application-id",
        creds.application_id,
        "--private-key",
        str(key),
        "--ca-cert",
        str(creds.ca_cert_path),
    ]


def test_add_use_list_remove_leaves_no_trace(
    home: Home,
    app_credentials: AppCredentials,
    key_file: Path,
    secret_service: DBusConnection,
) -> None:
    added = home.run(*_add_args(app_credentials, key_file), "--default")
    assert (added.returncode, added.stderr) == (0, "")
    assert "Front desk" in added.stdout
    # The launcher never reads the key file again.
    key_file.unlink()

    store = AccountStore(home.config_dir, home.data_dir)
    account = store.get("Front desk")
    assert store.default() == account
    assert account.ca_file == str(app_credentials.ca_cert_path)
    with store.client_for(account) as client:
        room = client.create_room("Used once")
    assert room.id

    listed = home.run("list")
    assert listed.returncode == 0
    lines = listed.stdout.splitlines()
    assert lines == [f"* Front desk  {account.server_url}"]
    pem = app_credentials.private_key_pem.decode()
    for secret in (app_credentials.application_id, pem.splitlines()[1]):
        assert secret not in listed.stdout + listed.stderr + added.stdout

    roots = [home.root / "config", home.root / "data", home.root / "cache"]
    assert_no_secret_in(roots, pem)
    assert_no_secret_in(roots, app_credentials.application_id)

    removed = home.run("remove", "front desk")
    assert (removed.returncode, removed.stderr) == (0, "")
    assert not [n for n in keyring_items(secret_service, SERVICE) if n.startswith(account.key)]
    assert home.run("list").stdout.startswith("No accounts")
    assert_no_secret_in(roots, pem)
    assert_no_secret_in(roots, app_credentials.application_id)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _encrypted(pem: bytes) -> bytes:
    key = serialization.load_pem_private_key(pem, None)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"secret phrase"),
    )


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("malformed_pem", "not a PEM file"),
        ("damaged_pem", "could not be read"),
        ("encrypted_pem", "protected by a passphrase"),
        ("non_uuid", "must be a UUID"),
        ("missing_file", "no such file"),
        ("bad_url", "not a web address"),
        ("unreachable", "cannot be reached"),
        ("wrong_key", "401"),
        ("wrong_url", "404"),
        ("untrusted", "certificate is not trusted"),
        ("bad_ca", "holds no PEM certificate"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    home: Home,
    app_credentials: AppCredentials,
    key_file: Path,
    tmp_path: Path,
    rsa_2048_pem: str,
    case: str,
    expected: str,
) -> None:
    args = _add_args(app_credentials, key_file)

    def put(flag: str, value: str) -> None:
        args[args.index(flag) + 1] = value

    other = tmp_path / "other.pem"
    if case == "malformed_pem":
        other.write_text("hello, I am not a key\n")
        put("--private-key", str(other))
    elif case == "damaged_pem":
        lines = app_credentials.private_key_pem.decode().splitlines()
        lines[3] = "!!!!"
        other.write_text("\n".join(lines))
        put("--private-key", str(other))
    elif case == "encrypted_pem":
        other.write_bytes(_encrypted(app_credentials.private_key_pem))
        put("--private-key", str(other))
    elif case == "non_uuid":
        put("--application-id", "front-desk-app")
    elif case == "missing_file":
        put("--private-key", str(tmp_path / "absent.pem"))
    elif case == "bad_url":
        put("--server", "meet.office.lan")
    elif case == "unreachable":
        put("--server", f"https://127.0.0.1:{_closed_port()}")
    elif case == "wrong_key":
        other.write_text(rsa_2048_pem)
        put("--private-key", str(other))
    elif case == "wrong_url":
        put("--server", app_credentials.api_url.removesuffix("/v1/meetings") + "/meetings-api")
    elif case == "untrusted":
        ca = args.index("--ca-cert")
        del args[ca : ca + 2]
    elif case == "bad_ca":
        other.write_text("not a certificate")
        put("--ca-cert", str(other))

    result = home.run(*args)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert expected in result.stderr
    assert app_credentials.application_id not in result.stderr
    assert home.run("list").stdout.startswith("No accounts")


def test_duplicate_name_and_unknown_remove(
    home: Home, app_credentials: AppCredentials, key_file: Path
) -> None:
    assert home.run(*_add_args(app_credentials, key_file)).returncode == 0
    again = home.run(*_add_args(app_credentials, key_file, name="FRONT DESK"))
    assert again.returncode == 2
    assert "already exists" in again.stderr
    missing = home.run("remove", f"nobody-{uuid.uuid4()}")
    assert missing.returncode == 2
    assert len(missing.stderr.splitlines()) == 1
    assert home.run("remove", "Front desk").returncode == 0


def test_encrypted_key_asks_for_the_passphrase_in_a_terminal(
    home: Home, app_credentials: AppCredentials, tmp_path: Path
) -> None:
    import pty

    key = tmp_path / "protected.pem"
    key.write_bytes(_encrypted(app_credentials.private_key_pem))
    argv = [sys.executable, "-m", "launcher", "account", *_add_args(app_credentials, key)]
    pid, fd = pty.fork()
    if pid == 0:  # the child: its terminal is the pty, as for a person at a shell
        os.execve(sys.executable, argv, home.env)
    output = b""
    try:
        while b"Passphrase for" not in output:
            output += os.read(fd, 1024)
        os.write(fd, b"secret phrase\n")
        while True:
            try:
                chunk = os.read(fd, 1024)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0, output
    assert b"secret phrase" not in output  # no echo
    assert b"Added account" in output
    assert home.run("remove", "Front desk").returncode == 0
