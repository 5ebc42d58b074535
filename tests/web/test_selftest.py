"""``meeting-launcher selftest``, run the way a support person would ask for it."""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from launcher.server import BuiltinServer, ServerConfig, create_application
from launcher.server.turn import TurnRelay
from launcher.web.profile import FLAGS_VARIABLE
from tests.helpers.caddy import free_port
from tests.helpers.coturn import Coturn, free_port_pair

CHECK_NAMES = [
    "server",
    "room",
    "web engine",
    "camera and microphone",
    "host join",
    "relay",
    "other origin denied",
    "keyring",
]


def _selftest(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """``python -m launcher selftest ARGS``; a hang fails with what it printed so far."""
    # A crash in the child then prints its Python stack on stderr.
    env = {**env, "PYTHONFAULTHANDLER": "1"}
    command = [sys.executable, "-m", "launcher", "selftest", *args]
    try:
        return subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=120, check=False
        )
    except subprocess.TimeoutExpired as exc:

        def text(value: Any) -> str:
            return value.decode(errors="replace") if isinstance(value, bytes) else value or ""

        pytest.fail(
            f"selftest {' '.join(args)} did not finish in 120 s\n"
            f"--- stdout ---\n{text(exc.stdout)[-2000:]}\n"
            f"--- stderr (tail) ---\n{text(exc.stderr)[-3000:]}"
        )


def _explain(result: subprocess.CompletedProcess[str]) -> str:
    """Exit status, stdout and the tail of stderr: why a run did not report as expected."""
    status = f"exit status {result.returncode}"
    if result.returncode < 0:
        with contextlib.suppress(ValueError):
            status += f" (killed by {signal.Signals(-result.returncode).name})"
    return (
        f"{status}\n--- stdout ---\n{result.stdout[-2000:]}\n"
        f"--- stderr (tail) ---\n{result.stderr[-3000:]}"
    )


def test_selftest_passes_and_keeps_the_users_flags() -> None:
    env = dict(os.environ)
    # The self-test adds the fake camera itself; a flag the user set must survive.
    env[FLAGS_VARIABLE] = "--disable-gpu"
    env.pop("QT_QPA_PLATFORM", None)  # headless: it must pick offscreen by itself
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    result = _selftest("--json", env=env)
    try:
        report = json.loads(result.stdout)
    except ValueError:
        pytest.fail(f"no JSON report on stdout; {_explain(result)}")
    failed = [c for c in report["checks"] if not c["ok"]]
    assert failed == [], _explain(result)
    assert result.returncode == 0 and report["ok"] is True, _explain(result)
    names = [c["name"] for c in report["checks"]]
    assert names == CHECK_NAMES
    engine = next(c for c in report["checks"] if c["name"] == "web engine")
    assert "flags: --disable-gpu --use-fake-device-for-media-stream" in engine["detail"]
    assert "--use-fake-ui-for-media-stream" not in engine["detail"]
    camera = next(c for c in report["checks"] if c["name"] == "camera and microphone")
    assert "audio" in camera["detail"] and "video" in camera["detail"]
    assert "participant_token" not in result.stdout
    relay = next(c for c in report["checks"] if c["name"] == "relay")
    assert relay["detail"].startswith("the built-in test server has no TURN relay"), relay
    # Only the results: the web engine's (Chromium, Vulkan, D-Bus) chatter stays out.
    assert result.stderr == "", _explain(result)
    assert "log" not in report


def test_selftest_lines_and_exit_status_when_a_check_fails() -> None:
    env = dict(os.environ)
    # No session bus: the keyring cannot be reached, so the run must fail (exit 1).
    env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/bus"
    result = _selftest(env=env)
    lines = result.stdout.splitlines()
    assert result.returncode == 1, _explain(result)
    names = [line.partition(" ")[2].partition(":")[0] for line in lines]
    assert names == CHECK_NAMES, _explain(result)
    assert any(line.startswith("FAIL keyring: ") for line in lines), _explain(result)
    assert any(line.startswith("PASS camera and microphone: ") for line in lines), _explain(result)
    assert all(line.startswith(("PASS ", "FAIL ")) for line in lines), _explain(result)
    # A failed run keeps what was logged, after the report, on stderr.
    assert result.stderr.startswith("--- the last "), _explain(result)


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def test_selftest_reports_a_crashed_check_as_failed() -> None:
    """The web engine is native code: a crash in a check is a FAIL line, not silence."""
    env = {**os.environ, "PYTHONFAULTHANDLER": "1"}
    selftest = subprocess.Popen(
        [sys.executable, "-m", "launcher", "selftest"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # The worker process runs the checks; once it has started the web engine's
        # processes, it is in the middle of a check that uses the engine.
        deadline = time.monotonic() + 60
        worker = None
        while time.monotonic() < deadline and selftest.poll() is None:
            workers = _children(selftest.pid)
            if workers and _children(workers[0]):
                worker = workers[0]
                break
            time.sleep(0.02)
        assert worker is not None, "the self-test's worker never started the web engine"
        os.kill(worker, signal.SIGSEGV)
        stdout, stderr = selftest.communicate(timeout=120)
    finally:
        if selftest.poll() is None:
            selftest.kill()
            selftest.communicate()
    result = subprocess.CompletedProcess(selftest.args, selftest.returncode, stdout, stderr)
    lines = stdout.splitlines()
    assert result.returncode == 1, _explain(result)
    names = [line.partition(" ")[2].partition(":")[0] for line in lines]
    assert names[: len(CHECK_NAMES)] == CHECK_NAMES, _explain(result)
    crashed = [i for i, line in enumerate(lines) if "process crashed (SIGSEGV)" in line]
    assert len(crashed) == 1 and lines[crashed[0]].startswith("FAIL "), _explain(result)
    assert all(line.startswith("PASS ") for line in lines[: crashed[0]]), _explain(result)
    after = lines[crashed[0] + 1 :]
    assert all(": not run: the self-test stopped at " in line for line in after), _explain(result)
    # The crash's own words (the Python stack faulthandler wrote) are in the report.
    assert "Segmentation fault" in stderr, _explain(result)


# ------------------------------------------------------------------ the relay


def _account_home(tmp: Path, server: BuiltinServer, name: str) -> dict[str, str]:
    """An environment whose settings hold one account ``name`` for ``server`` (its
    secrets in the session's keyring, through ``account add``)."""
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp / "config"), "XDG_DATA_HOME": str(tmp)}
    application_id, key = create_application(server.config.data_dir, name)
    key_file = tmp / "app.key"
    key_file.write_bytes(key)
    added = subprocess.run(
        [sys.executable, "-m", "launcher", "account", "add", "--name", name,
         "--server", server.origin, "--application-id", application_id,
         "--private-key", str(key_file), "--ca-cert", str(server.ca_cert_path)],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    key_file.unlink()
    return env


def _remove_account(env: dict[str, str], name: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "launcher", "account", "remove", name],
        env=env, capture_output=True, timeout=60, check=False,
    )  # fmt: skip


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """Real coturn on 127.0.0.1 and two office servers (HTTPS, self-signed) whose
    meetings use it: one knowing coturn's secret, one with another secret. Their TURN
    URIs: UDP, TLS (coturn's certificate is the server's own, so the account's CA file
    covers it) and TLS on a port where nothing listens."""
    work = tmp_path_factory.mktemp("office")
    secret = secrets.token_hex(24)
    turn, tls = free_port_pair(), free_port_pair()
    while tls in (turn - 1, turn, turn + 1):
        tls = free_port_pair()
    closed = free_port()
    uris = {
        "relay (UDP)": f"turn:127.0.0.1:{turn}?transport=udp",
        "relay (TLS)": f"turns:127.0.0.1:{tls}?transport=tcp",
        "relay (TLS, 2)": f"turns:127.0.0.1:{closed}?transport=tcp",
    }
    servers = {}
    for kind, server_secret in (("good", secret), ("wrong", secrets.token_hex(24))):
        relay = TurnRelay(tuple(uris.values()), server_secret)
        config = ServerConfig(data_dir=work / kind, tls="self-signed", turn_relay=relay)
        servers[kind] = BuiltinServer(config)
    coturn = None
    try:
        servers["good"].start()
        # One certificate for both servers and coturn: the accounts' CA file covers it.
        shutil.copytree(work / "good" / "tls", work / "wrong" / "tls")
        servers["wrong"].start()
        coturn = Coturn(
            None, work / "coturn", listen="127.0.0.1", secret=secret, ports=(turn, tls),
            tls_dir=work / "good" / "tls",
        )  # fmt: skip
        yield {"servers": servers, "uris": uris, "secrets": (secret,)}
    finally:
        if coturn is not None:
            coturn.stop()
        for server in servers.values():
            server.stop()


@pytest.mark.parametrize("kind", ["good", "wrong"])
def test_selftest_checks_the_accounts_relay(
    office: dict[str, Any], kind: str, tmp_path: Path
) -> None:
    server: BuiltinServer = office["servers"][kind]
    name = f"Office {kind} {secrets.token_hex(3)}"
    env = _account_home(tmp_path, server, name)
    try:
        result = _selftest("--json", "--account", name, env=env)
    finally:
        _remove_account(env, name)
    try:
        report = json.loads(result.stdout)
    except ValueError:
        pytest.fail(f"no JSON report on stdout; {_explain(result)}")
    checks = {c["name"]: c for c in report["checks"]}
    names = [c["name"] for c in report["checks"]]
    relay_names = list(office["uris"])
    at = CHECK_NAMES.index("relay")
    assert names == [*CHECK_NAMES[:at], *relay_names, *CHECK_NAMES[at + 1 :]], _explain(result)
    uris = office["uris"]
    if kind == "good":
        for check in ("relay (UDP)", "relay (TLS)"):
            assert checks[check]["ok"], _explain(result)
            over = check.removeprefix("relay (").removesuffix(")")
            assert checks[check]["detail"].startswith(
                f"{uris[check]}: allocated relay address 127.0.0.1:"
            ), checks[check]
            assert f" over {over} in " in checks[check]["detail"]
    else:
        for check in ("relay (UDP)", "relay (TLS)"):
            assert not checks[check]["ok"], _explain(result)
            assert checks[check]["detail"] == (
                f"relay {uris[check]} refused the credentials: the server's TURN secret and"
                " coturn's static-auth-secret differ (or the clocks of the two machines do)"
            )
    closed = checks["relay (TLS, 2)"]
    assert not closed["ok"] and closed["detail"] == f"nothing answers at {uris['relay (TLS, 2)']}"
    others = [c for c in report["checks"] if not c["name"].startswith("relay")]
    assert all(c["ok"] for c in others), _explain(result)
    assert result.returncode == 1 and report["ok"] is False
    # Never a credential: no "<expiry>:<participant id>" user name, no password.
    assert not re.search(r"\d{10}:[0-9a-f]{16}", result.stdout + result.stderr)
    for secret in office["secrets"]:
        assert secret not in result.stdout + result.stderr


def test_selftest_names_an_unknown_account(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = _selftest("--account", "Nobody here", env=env)
    lines = result.stdout.splitlines()
    assert "FAIL relay: no account named 'Nobody here' (accounts: none)" in lines, _explain(result)
    assert result.returncode == 1


@pytest.mark.parametrize("damage", ["missing", "wrong key"])
def test_selftest_names_unusable_account_credentials(
    office: dict[str, Any], damage: str, tmp_path: Path
) -> None:
    server: BuiltinServer = office["servers"]["good"]
    name = f"Office {damage} {secrets.token_hex(3)}"
    env = _account_home(tmp_path, server, name)
    try:
        # The account stays in the settings; its keyring items go (as after a keyring
        # reset), or its private key becomes one the server does not know.
        damage_it = (
            "import sys\n"
            "from cryptography.hazmat.primitives import serialization\n"
            "from cryptography.hazmat.primitives.asymmetric import rsa\n"
            "from launcher.core.accounts import AccountStore\n"
            "store = AccountStore()\n"
            "account = store.get(sys.argv[1])\n"
            "if sys.argv[2] == 'missing':\n"
            "    store.credentials.delete(account.key)\n"
            "else:\n"
            "    application_id, _ = store.secrets(account)\n"
            "    pem = rsa.generate_private_key(public_exponent=65537, key_size=2048)"
            ".private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,"
            " serialization.NoEncryption()).decode()\n"
            "    store.credentials.save(account.key, application_id, pem)\n"
        )
        damaged = subprocess.run(
            [sys.executable, "-c", damage_it, name, damage],
            env=env, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert damaged.returncode == 0, damaged.stderr
        result = _selftest("--account", name, env=env)
    finally:
        _remove_account(env, name)
    lines = result.stdout.splitlines()
    relay = [line for line in lines if line.startswith("FAIL relay:")]
    if damage == "missing":
        expected = (
            f"FAIL relay: the keyring holds no credentials for {name}'s server"
            " (remove the account and add it again)"
        )
        assert relay == [expected], _explain(result)
    else:
        prefix = f"FAIL relay: could not make a room on {name}'s server: 401 "
        assert len(relay) == 1 and relay[0].startswith(prefix), _explain(result)
    assert "Traceback" not in result.stdout + result.stderr, _explain(result)
    others = [line for line in lines if not line.startswith("FAIL relay:")]
    assert others and all(line.startswith("PASS ") for line in others), _explain(result)
    assert result.returncode == 1


def test_a_crash_with_a_deep_stack_keeps_its_first_line() -> None:
    """What a failed run shows of the worker's stderr: the last lines, but a crash's
    stack from its "Fatal Python error" line on when the stack is longer than that
    (a crash during an import has dozens of frames: the cause must not be cut off)."""
    import io

    from launcher.web.selftest import LOG_LINES, _tail

    frames = [f'  File "x{i}.py", line {i} in <module>' for i in range(60)]
    crash = io.StringIO(
        "\n".join(["noise"] * 10 + ["Fatal Python error: Segmentation fault", "", *frames])
    )
    shown = _tail(crash)
    assert shown[0] == "Fatal Python error: Segmentation fault" and shown[-1] == frames[-1]
    quiet = io.StringIO("\n".join(f"line {i}" for i in range(100)))
    assert _tail(quiet) == [f"line {i}" for i in range(100 - LOG_LINES, 100)]
