"""`serve` for the internet, as real processes over real HTTP: --check, the config file,
bad input (exit 2, one line, nothing written), trusted and untrusted X-Forwarded-*,
/healthz, JSON logs without secrets, and `backup`."""

from __future__ import annotations

import json
import selectors
import shutil
import signal
import socket
import sqlite3
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from aiohttp import web

from launcher.server import BuiltinServer, ServerConfig, create_application
from launcher.server.forwarded import client_address
from tests.helpers.api import make_token
from tests.helpers.caddy import CaddyProcess, free_port
from tests.helpers.servers import AppCredentials

START_TIMEOUT = 30.0
SECRET = "whsec-0123456789abcdef-not-for-logs"


def api_client(api_url: str, app_id: str, key: bytes) -> tuple[httpx.Client, str]:
    """A plain-HTTP API client for ``app_id`` and the bearer token it sends."""
    token = make_token(AppCredentials(app_id, key, api_url, Path(), Path()))
    client = httpx.Client(
        base_url=api_url + "/", headers={"Authorization": f"Bearer {token}"}, timeout=10
    )
    return client, token


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "launcher", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def fails(*args: str) -> list[str]:
    """stderr lines of a command that must exit 2 and print nothing on stdout."""
    result = run(*args)
    assert result.returncode == 2, result
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert all(line.startswith("meeting-launcher: ") for line in lines), lines
    return lines


class Serve:
    """`meeting-launcher serve` over plain HTTP on 127.0.0.1, logs (stderr) kept in a file."""

    def __init__(self, tmp: Path, *extra: str) -> None:
        self.port = free_port()
        self.origin = f"http://127.0.0.1:{self.port}"
        self.log_path = tmp / f"serve-{self.port}.log"
        self._log = self.log_path.open("w")
        self.proc = subprocess.Popen(
            [
                *(sys.executable, "-m", "launcher", "serve", "--host", "127.0.0.1"),
                *("--port", str(self.port), *extra),
            ],
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
        )
        assert self.proc.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(self.proc.stdout, selectors.EVENT_READ)
            ready = selector.select(START_TIMEOUT)
        self.printed = self.proc.stdout.readline().strip() if ready else ""
        if not self.printed.endswith("/v1/meetings"):
            self.stop()
            raise AssertionError(f"serve did not start: {self.printed!r} {self.log()}")

    def log(self) -> str:
        return self.log_path.read_text()

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait(timeout=30)
        assert self.proc.stdout is not None
        self.proc.stdout.close()
        self._log.close()
        return self.proc.returncode


# ------------------------------------------------------------------ --check


def test_check_prints_what_guests_get_and_starts_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    secret = tmp_path / "webhook-secret"
    secret.write_text(SECRET + "\n")
    result = run(
        *("serve", "--check", "--data-dir", str(data), "--port", str(free_port())),
        *("--behind-proxy", "--public-url", "https://meet.example.org/"),
        *("--webhook-secret-file", str(secret)),
        *("--rooms-callback-url", "https://hooks.example.org/rooms"),
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "configuration OK" in out
    assert "guest links:     https://meet.example.org/<meeting code>" in out
    assert "API:             https://meet.example.org/v1/meetings" in out
    assert "X-Forwarded-* from: 127.0.0.1, ::1" in out
    assert "rooms_callback_url: https://hooks.example.org/rooms" in out
    assert f"signed with the secret in {secret}" in out
    assert SECRET not in out and SECRET not in result.stderr
    assert not data.exists()  # validated, not created


def test_config_file_with_command_line_overrides(tmp_path: Path) -> None:
    etc = tmp_path / "etc"
    etc.mkdir()
    (etc / "webhook-secret").write_text(SECRET)
    (etc / "numbers.json").write_text(
        json.dumps([{"number": "4420", "locale": "en-GB", "display_name": "UK"}])
    )
    config = etc / "serve.toml"
    config.write_text(
        f"""
host = "127.0.0.1"
port = {free_port()}
data_dir = "../data"
public_url = "https://meet.example.org"
behind_proxy = true
trusted_proxies = ["127.0.0.1", "10.0.0.0/8"]
webhook_secret_file = "webhook-secret"
sessions_callback_url = "https://hooks.example.org/sessions"
dial_in_numbers_file = "numbers.json"
log_format = "json"
log_level = "info"
"""
    )
    result = run("serve", "--check", "--config", str(config))
    assert result.returncode == 0, result.stderr
    assert f"data directory:  {etc / '..' / 'data'}" in result.stdout  # relative to the file
    assert "127.0.0.1, 10.0.0.0/8" in result.stdout
    assert "dial-in numbers: 1" in result.stdout
    assert "logs:            json on stderr, info" in result.stdout
    # The command line wins over the file.
    result = run(
        *("serve", "--check", "--config", str(config), "--public-url", "https://other.example"),
        *("--trusted-proxy", "192.0.2.1", "--log-format", "text"),
    )
    assert result.returncode == 0, result.stderr
    assert "guest links:     https://other.example/<meeting code>" in result.stdout
    assert "X-Forwarded-* from: 192.0.2.1 (" in result.stdout
    assert "logs:            text" in result.stdout


def test_check_lists_every_problem_one_line_each(tmp_path: Path) -> None:
    config = tmp_path / "serve.toml"
    config.write_text('port = "eighty"\ncolour = "blue"\nlog_format = "xml"\n')
    lines = fails(
        *("serve", "--check", "--config", str(config), "--data-dir", str(tmp_path / "d")),
        *("--behind-proxy", "--public-url", "https://meet.example.org/app"),
        *("--webhook-secret-file", str(tmp_path / "missing")),
        *("--recordings-callback-url", "ftp://files.example.org"),
        *("--trusted-proxy", "not-an-address"),
    )
    joined = "\n".join(lines)
    assert len(lines) == 7, joined
    for expected in (
        "port must be an integer",
        "unknown setting 'colour'",
        "log_format must be text or json",
        "public_url must be the site's address without a path",
        "webhook secret file not found",
        "recordings_callback_url must be an http:// or https:// URL",
        "not an IP address or network: 'not-an-address'",
    ):
        assert expected in joined
    assert not (tmp_path / "d").exists()
    assert "config file not found" in fails("serve", "--check", "--config", str(tmp_path / "x"))[0]
    config.write_text("port = [")
    assert "not valid TOML" in fails("serve", "--check", "--config", str(config))[0]
    assert "no data directory" in fails("serve", "--check")[0]
    # behind a proxy: no TLS, a public URL required
    lines = fails("serve", "--check", "--data-dir", str(tmp_path / "d"), "--behind-proxy")
    assert lines == [
        "meeting-launcher: behind_proxy needs public_url: the address guests open at the proxy"
    ]


def test_check_reports_a_port_in_use(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        lines = fails("serve", "--check", "--data-dir", str(tmp_path / "d"), "--port", port)
    assert lines == [f"meeting-launcher: port {port} on 127.0.0.1 is already in use"]


# ------------------------------------------------- bad input when starting


@pytest.mark.parametrize("case", ["missing secret", "unreadable secret", "bad url", "port in use"])
def test_bad_input_exits_2_with_one_line_and_nothing_half_started(
    tmp_path: Path, case: str
) -> None:
    data = tmp_path / "data"
    args = ["serve", "--data-dir", str(data), "--port", str(free_port())]
    with socket.socket() as taken:
        if case == "missing secret":
            args += ["--webhook-secret-file", str(tmp_path / "nope")]
            expected = "webhook secret file not found"
        elif case == "unreadable secret":
            unreadable = tmp_path / "secret-dir"
            unreadable.mkdir()  # root reads any file: a folder is unreadable as a file
            args += ["--webhook-secret-file", str(unreadable)]
            expected = "cannot read webhook secret file"
        elif case == "bad url":
            args += ["--public-url", "meet.example.org"]
            expected = "public_url must be an http:// or https:// URL"
        else:
            taken.bind(("127.0.0.1", 0))
            taken.listen()
            args[-1] = str(taken.getsockname()[1])
            expected = "is already in use"
        lines = fails(*args)
    assert len(lines) == 1 and expected in lines[0], lines
    assert not data.exists()  # nothing written: no secret, no database, no certificate
    # And nothing left running on the port.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", int(args[args.index("--port") + 1])))


# ------------------------------------------------------- X-Forwarded-*


def _who(app: web.Application) -> None:
    async def who(request: web.Request) -> web.Response:
        return web.json_response(
            {
                "client": client_address(request),
                "remote": request.remote,
                "scheme": request.scheme,
                "host": request.host,
            }
        )

    app.router.add_get("/test-who", who)


FORGED = {
    "X-Forwarded-For": "203.0.113.9, 198.51.100.7",
    "X-Forwarded-Proto": "https",
    "X-Forwarded-Host": "meet.example.org",
}


def test_forwarded_headers_only_from_trusted_proxies(tmp_path: Path) -> None:
    def who(trusted: tuple[str, ...], headers: dict[str, str]) -> dict[str, str]:
        config = ServerConfig(data_dir=tmp_path / "d", trusted_proxies=trusted, extra_setup=[_who])
        with BuiltinServer(config) as server:
            answer = httpx.get(f"{server.origin}/test-who", headers=headers, timeout=10)
            port = server.origin.rsplit(":", 1)[1]
        seen: dict[str, str] = answer.json()
        seen["host"] = seen["host"].replace(port, "PORT")
        return seen

    # Not trusted: the headers are ignored; the peer is the client.
    assert who((), FORGED) == {
        "client": "127.0.0.1",
        "remote": "127.0.0.1",
        "scheme": "http",
        "host": "127.0.0.1:PORT",
    }
    assert who(("10.0.0.0/8",), FORGED)["client"] == "127.0.0.1"
    # Trusted: the rightmost address that is not a trusted proxy is the client.
    assert who(("127.0.0.1",), FORGED) == {
        "client": "198.51.100.7",
        "remote": "198.51.100.7",
        "scheme": "https",
        "host": "meet.example.org",
    }
    assert who(("127.0.0.1", "198.51.100.0/24"), FORGED)["client"] == "203.0.113.9"
    # Garbage in the headers is ignored, never passed on.
    junk = {"X-Forwarded-For": "bogus", "X-Forwarded-Proto": "gopher", "X-Forwarded-Host": "a b/c"}
    assert who(("127.0.0.1",), junk) == {
        "client": "127.0.0.1",
        "remote": "127.0.0.1",
        "scheme": "http",
        "host": "127.0.0.1:PORT",
    }


def _access_lines(log: str) -> list[dict[str, object]]:
    lines = [json.loads(line) for line in log.splitlines() if line.strip()]
    return [line for line in lines if line["logger"] == "launcher.server.access"]


def test_served_logs_name_the_forwarded_client_only_behind_a_trusted_proxy(
    tmp_path: Path,
) -> None:
    for trusted, expected in (
        (["--trusted-proxy", "127.0.0.1"], "198.51.100.7"),
        ([], "127.0.0.1"),
    ):
        server = Serve(
            tmp_path,
            *("--data-dir", str(tmp_path / "data"), "--public-url", "https://meet.example.org"),
            *("--log-format", "json", "--log-level", "info", *trusted),
        )
        try:
            assert httpx.get(f"{server.origin}/healthz", headers=FORGED).status_code == 200
        finally:
            assert server.stop() == 0
        (access,) = [a for a in _access_lines(server.log()) if a["path"] == "/healthz"]
        assert access["client"] == expected
        assert access["method"] == "GET" and access["status"] == 200


# ---------------------------------------------------------------- /healthz


def test_healthz_200_while_the_store_works_503_when_it_does_not(tmp_path: Path) -> None:
    data = tmp_path / "data"
    server = Serve(tmp_path, "--data-dir", str(data), "--log-format", "json")
    try:
        health = f"{server.origin}/healthz"
        answer = httpx.get(health)
        assert (answer.status_code, answer.json()) == (200, {"status": "ok"})
        assert httpx.head(health).status_code == 200
        database = data / "meetings.sqlite3"
        # The database file gone (a lost volume): the open connection would carry on
        # writing to a deleted file; readiness must say no.
        database.rename(data / "moved-away")
        answer = httpx.get(health)
        assert (answer.status_code, answer.json()) == (503, {"status": "unavailable"})
        (data / "moved-away").rename(database)
        assert httpx.get(health).status_code == 200
    finally:
        assert server.stop() == 0
    warnings = [json.loads(line) for line in server.log().splitlines()]
    assert any("health check failed" in str(w["message"]) for w in warnings)


# ------------------------------------------------------------------ logs


def test_json_logs_parse_and_carry_no_secret(tmp_path: Path) -> None:
    data = tmp_path / "data"
    secret_file = tmp_path / "webhook-secret"
    secret_file.write_text(SECRET)
    server = Serve(
        tmp_path,
        *("--data-dir", str(data), "--public-url", "https://meet.example.org"),
        *("--webhook-secret-file", str(secret_file)),
        *("--rooms-callback-url", f"http://127.0.0.1:{free_port()}/hooks"),
        *("--log-format", "json", "--log-level", "debug"),
    )
    try:
        app_id, key = create_application(data, "logs")
        client, bearer = api_client(f"{server.origin}/v1/meetings", app_id, key)
        with client:
            room = client.post("rooms", json={"display_name": "log test"}).json()
            client.get("rooms", headers={"Authorization": "Bearer not-a-valid-token-xyz"})
        host_url = room["_links"]["host_url"]["href"]
        token = host_url.split("participant_token=")[1]
        # The host link, as a browser would open it (query string and all).
        local = host_url.replace("https://meet.example.org", server.origin)
        assert httpx.get(local).status_code == 200
        time.sleep(0.5)
    finally:
        assert server.stop() == 0
    log = server.log()
    lines = [json.loads(line) for line in log.splitlines()]  # every line is JSON
    assert lines and all({"time", "level", "logger", "message"} <= set(line) for line in lines)
    paths = [line["path"] for line in _access_lines(log)]
    assert "/" in paths and "/v1/meetings/rooms" in paths
    for leak in (SECRET, token, bearer, "not-a-valid-token-xyz", key.decode().splitlines()[1]):
        assert leak not in log


# ------------------------------------------------------------------ backup


def test_backup_while_serving_is_consistent_and_restores(tmp_path: Path) -> None:
    data = tmp_path / "data"
    server = Serve(tmp_path, "--data-dir", str(data))
    try:
        app_id, key = create_application(data, "backup")
        client, _token = api_client(f"{server.origin}/v1/meetings", app_id, key)
        with client:
            ids = [
                client.post("rooms", json={"display_name": f"room {i}"}).json()["id"]
                for i in range(5)
            ]
        # Still in the WAL file, not yet in meetings.sqlite3 itself: a plain copy
        # of the database file alone would miss them.
        assert (data / "meetings.sqlite3-wal").stat().st_size > 0
        result = run("backup", "--data-dir", str(data), "--to", str(tmp_path / "copy"))
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == str(tmp_path / "copy")
        again = fails("backup", "--data-dir", str(data), "--to", str(tmp_path / "copy"))
        assert "already exists" in again[0]
    finally:
        assert server.stop() == 0
    copy = tmp_path / "copy"
    assert oct(copy.stat().st_mode & 0o777) == "0o700"
    assert (copy / "server-secret.key").read_bytes() == (data / "server-secret.key").read_bytes()
    assert not [p.name for p in tmp_path.iterdir() if ".partial-" in p.name]
    with sqlite3.connect(copy / "meetings.sqlite3") as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # Restore: a server on the copy has the rooms, and the applications' keys still work.
    restored = Serve(tmp_path, "--data-dir", str(copy))
    try:
        client, _token = api_client(f"{restored.origin}/v1/meetings", app_id, key)
        with client:
            for room_id in ids:
                assert client.get(f"rooms/{room_id}").status_code == 200
    finally:
        assert restored.stop() == 0
    lines = fails("backup", "--data-dir", str(tmp_path / "none"), "--to", str(tmp_path / "c2"))
    assert "no server data" in lines[0]
    assert not (tmp_path / "c2").exists()


@pytest.mark.skipif(shutil.which("caddy") is None, reason="no caddy")
def test_behind_caddy_the_client_cannot_forge_its_address(tmp_path: Path) -> None:
    caddy_port = free_port()
    server = Serve(
        tmp_path,
        *("--data-dir", str(tmp_path / "data"), "--behind-proxy"),
        *("--public-url", f"https://127.0.0.1:{caddy_port}"),
        *("--log-format", "json", "--log-level", "info"),
    )
    try:
        with CaddyProcess(tmp_path / "caddy", f"127.0.0.1:{server.port}", port=caddy_port) as caddy:
            context = ssl.create_default_context(cafile=str(caddy.root_ca))
            # A client claiming to be someone else, through the proxy the server trusts.
            answer = httpx.get(f"{caddy.origin}/healthz", headers=FORGED, verify=context)
            assert answer.status_code == 200
    finally:
        assert server.stop() == 0
    (access,) = [a for a in _access_lines(server.log()) if a["path"] == "/healthz"]
    assert access["client"] == "127.0.0.1"  # Caddy's view of the client, not the forged one
