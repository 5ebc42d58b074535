"""packaging/server/: the systemd unit, the container files and the compose files.

No container engine here: the container and compose files are parsed and checked
against the repository (files they copy exist, ports, volumes and the proxy network
agree with the server's settings), and the command each one runs is run with
``serve --check``; the cluster's Janus entrypoint runs Janus for real (as ``nobody``, its
API on a free 127.0.0.1 port) and the servers' checks reach it with the shared admin
key. The systemd unit goes through ``systemd-analyze verify`` and ``security``, and its
command lines through ``serve --check`` too.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import secrets
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlsplit

import aiohttp
import pytest
import yaml

from launcher.__main__ import build_parser
from tests.helpers.caddy import free_port
from tests.helpers.postgres import PostgresCluster
from tests.helpers.redis_server import RedisServer

REPO = Path(__file__).resolve().parents[2]
SERVER = REPO / "packaging" / "server"
UNIT = SERVER / "meeting-launcher.service"
CONTAINERFILE = SERVER / "Containerfile"
COMPOSE = SERVER / "compose.yaml"
COMPOSE_POSTGRES = SERVER / "compose.postgres.yaml"
COMPOSE_CLUSTER = SERVER / "compose.cluster.yaml"
BINARY = "/opt/meeting-launcher/.venv/bin/meeting-launcher"
ETC_CONFIG = "/etc/meeting-launcher/serve.toml"


def unit_entries(path: Path) -> list[tuple[str, str, str]]:
    """(section, key, value) in file order; keys may repeat, as systemd allows."""
    entries, section = [], ""
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        key, _, value = line.partition("=")
        entries.append((section, key.strip(), value.strip()))
    return entries


def check(command: list[str], replacements: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run ``command`` (a deployment's ``meeting-launcher serve ...``) with ``--check``,
    paths of the target system replaced by this checkout's, on a free port."""
    args = [replacements.get(arg, arg) for arg in command]
    assert args[0] == "meeting-launcher" and args[1] == "serve", args
    if "--check" not in args:
        args.append("--check")
    # The file's port may be taken on this machine; the command line overrides it.
    args += ["--port", str(free_port())]
    return subprocess.run(
        [sys.executable, "-m", "launcher", *args[1:]],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


# ------------------------------------------------------------------ systemd


def test_systemd_unit_is_hardened_and_runs_its_own_user() -> None:
    entries = unit_entries(UNIT)
    service = {key: value for section, key, value in entries if section == "Service"}
    assert service["User"] == service["Group"] == "meeting-launcher"
    assert service["StateDirectory"] == "meeting-launcher"
    assert service["ProtectSystem"] == "strict"
    assert service["NoNewPrivileges"] == "yes"
    for key in ("ProtectHome", "PrivateTmp", "PrivateDevices", "RestrictNamespaces"):
        assert service[key] == "yes", key
    assert service["CapabilityBoundingSet"] == ""
    assert service["RestartPreventExitStatus"] == "2"  # a bad config does not loop
    # The user the unit runs as is the one sysusers.d creates.
    (user_line,) = [
        line
        for line in (SERVER / "meeting-launcher.sysusers").read_text().splitlines()
        if line and not line.startswith("#")
    ]
    kind, name, *_ = shlex.split(user_line)
    assert (kind, name) == ("u", "meeting-launcher")


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_systemd_analyze_verifies_the_unit_and_rates_it_safe(tmp_path: Path) -> None:
    # verify checks that ExecStart's program exists: point it at this checkout's.
    program = Path(sys.executable).parent / "meeting-launcher"
    assert program.exists()
    copy = tmp_path / UNIT.name
    copy.write_text(UNIT.read_text().replace(BINARY, str(program)))
    result = subprocess.run(
        ["systemd-analyze", "verify", str(copy)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0 and result.stderr.strip() == "", result.stderr
    security = subprocess.run(
        ["systemd-analyze", "security", "--offline=yes", "--no-pager", str(copy)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    found = re.search(r"Overall exposure level for \S+: ([0-9.]+) (\w+)", security.stdout)
    assert found, security.stdout[-2000:] + security.stderr
    # systemd's scale: 0 (locked down) to 10 (UNSAFE); up to 2 is rated OK.
    assert float(found.group(1)) <= 2.0, security.stdout


def test_systemd_command_lines_pass_serve_check(tmp_path: Path) -> None:
    service = [(key, value) for section, key, value in unit_entries(UNIT) if section == "Service"]
    commands = [value for key, value in service if key in ("ExecStart", "ExecStartPre")]
    assert len(commands) == 2
    state = tmp_path / "state"
    for command in commands:
        args = shlex.split(command)
        assert args[0] == BINARY
        result = check(
            ["meeting-launcher", *args[1:]],
            {"${STATE_DIRECTORY}": str(state), ETC_CONFIG: str(SERVER / "serve.toml")},
        )
        assert result.returncode == 0, result.stderr
        assert "guest links:     https://meet.example.org/<meeting code>" in result.stdout
        assert "X-Forwarded-* from: 127.0.0.1, ::1" in result.stdout
    assert not state.exists()


# ---------------------------------------------------------------- container


def containerfile_instructions() -> list[tuple[str, str]]:
    text = CONTAINERFILE.read_text().replace("\\\n", " ")
    instructions = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            instructions.append((word.upper(), rest.strip()))
    return instructions


def container_settings() -> dict[str, object]:
    return tomllib.loads((SERVER / "container.toml").read_text())


def test_containerfile_copies_files_that_exist_and_matches_the_server_settings() -> None:
    instructions = containerfile_instructions()
    copies = [shlex.split(rest) for word, rest in instructions if word == "COPY"]
    assert copies
    for *sources, _destination in copies:
        for source in sources:
            assert (REPO / source).exists(), source  # the build context is the repo root
    assert ["packaging/server/container.toml", ETC_CONFIG] in copies
    settings = container_settings()
    single = {word: rest for word, rest in instructions}
    assert single["USER"] == "meeting-launcher"
    assert single["VOLUME"] == settings["data_dir"]
    assert single["EXPOSE"] == str(settings["port"])
    assert f"127.0.0.1:{settings['port']}/healthz" in single["HEALTHCHECK"]
    assert json.loads(single["ENTRYPOINT"])[:2] == ["meeting-launcher", "serve"]


def test_compose_file_runs_the_server_behind_caddy(tmp_path: Path) -> None:
    compose = yaml.safe_load(COMPOSE.read_text())
    services = compose["services"]
    assert set(services) == {"server", "caddy", "coturn"}  # coturn: test_turnserver_conf
    server, caddy = services["server"], services["caddy"]
    settings = container_settings()
    # The image is built from the repository with the Containerfile.
    context = (COMPOSE.parent / server["build"]["context"]).resolve()
    assert context == REPO
    assert (context / server["build"]["dockerfile"]).resolve() == CONTAINERFILE
    # Only Caddy is published; it reaches the server on the compose network.
    assert "ports" not in server
    assert caddy["ports"] == ["80:80", "443:443"]
    assert caddy["environment"]["MEETINGS_UPSTREAM"] == f"server:{settings['port']}"
    assert caddy["depends_on"]["server"]["condition"] == "service_healthy"
    caddyfile_mount = next(v for v in caddy["volumes"] if v.endswith(":/etc/caddy/Caddyfile:ro"))
    assert (COMPOSE.parent / caddyfile_mount.split(":")[0]).resolve() == SERVER / "Caddyfile"
    assert f"meetings-data:{settings['data_dir']}" in server["volumes"]
    assert set(compose["volumes"]) == {"meetings-data", "caddy-data", "caddy-config"}
    # The server trusts the proxy headers of exactly the compose network.
    (subnet,) = [c["subnet"] for c in compose["networks"]["meetings"]["ipam"]["config"]]
    command = server["command"]
    assert command[command.index("--trusted-proxy") + 1] == subnet

    # What the container runs: the image's entrypoint plus compose's command.
    entrypoint = next(
        json.loads(rest) for word, rest in containerfile_instructions() if word == "ENTRYPOINT"
    )
    domain = re.compile(r"\$\{MEETINGS_DOMAIN[^}]*\}")
    turn_domain = re.compile(r"\$\{TURN_DOMAIN[^}]*\}")
    secret = tmp_path / "turn-secret"  # compose's /run/secrets/turn_secret
    secret.write_text("0123456789abcdef0123456789abcdef")
    args = [
        turn_domain.sub("turn.example.org", domain.sub("meet.example.org", arg))
        for arg in [*entrypoint, *command]
    ]
    args[args.index("/run/secrets/turn_secret")] = str(secret)
    data = tmp_path / "data"
    result = check([*args, "--data-dir", str(data)], {ETC_CONFIG: str(SERVER / "container.toml")})
    assert result.returncode == 0, result.stderr
    assert "guest links:     https://meet.example.org/<meeting code>" in result.stdout
    assert f"X-Forwarded-* from: {subnet} (" in result.stdout
    assert "listens on:      http://0.0.0.0:" in result.stdout
    assert "TURN relay:      turn:turn.example.org:3478?transport=udp, turns:" in result.stdout
    assert not data.exists()


def test_compose_postgres_overlay_gives_the_server_its_database(
    tmp_path: Path, postgres_cluster: PostgresCluster
) -> None:
    compose = yaml.safe_load(COMPOSE.read_text())
    overlay = yaml.safe_load(COMPOSE_POSTGRES.read_text())
    server, postgres = overlay["services"]["server"], overlay["services"]["postgres"]
    image_entrypoint = next(
        json.loads(rest) for word, rest in containerfile_instructions() if word == "ENTRYPOINT"
    )
    entrypoint = server["entrypoint"]
    assert entrypoint[: len(image_entrypoint)] == image_entrypoint
    url = entrypoint[entrypoint.index("--database") + 1]
    secret_path = entrypoint[entrypoint.index("--database-password-file") + 1]
    # The server logs in as the user and database the postgres image creates, on the
    # compose network, with the password both read from the same secret.
    env = postgres["environment"]
    parts = urlsplit(url)
    assert (parts.hostname, parts.username, parts.password) == (
        "postgres",
        env["POSTGRES_USER"],
        None,
    )
    assert parts.path == "/" + env["POSTGRES_DB"]
    assert secret_path == env["POSTGRES_PASSWORD_FILE"] == "/run/secrets/db_password"
    assert server["secrets"] == postgres["secrets"] == ["db_password"]
    assert "ports" not in postgres and postgres["networks"] == ["meetings"]
    assert server["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert "postgres-data" in overlay["volumes"]

    # What the container runs: the overlay's entrypoint plus compose.yaml's command, with
    # the database and its password file replaced by a throwaway cluster's.
    database = postgres_cluster.new_database()
    assert database.url is not None and database.password is not None
    password = tmp_path / "db-password"
    password.write_text(database.password + "\n")
    turn_secret = tmp_path / "turn-secret"
    turn_secret.write_text("0123456789abcdef0123456789abcdef")
    domain = re.compile(r"\$\{(MEETINGS|TURN)_DOMAIN[^}]*\}")
    args = [
        domain.sub("meet.example.org", arg)
        for arg in [*entrypoint, *compose["services"]["server"]["command"]]
    ]
    result = check(
        [*args, "--data-dir", str(tmp_path / "data")],
        {
            ETC_CONFIG: str(SERVER / "container.toml"),
            url: database.url,
            secret_path: str(password),
            "/run/secrets/turn_secret": str(turn_secret),
        },
    )
    assert result.returncode == 0, result.stderr
    assert f"database:        {database.url} (PostgreSQL, new" in result.stdout
    assert database.password not in result.stdout + result.stderr


# ------------------------------------------------------------ several servers


def cluster_compose() -> dict[str, Any]:
    return cast(dict[str, Any], yaml.safe_load(COMPOSE_CLUSTER.read_text()))


def image_entrypoint() -> list[str]:
    return next(
        json.loads(rest) for word, rest in containerfile_instructions() if word == "ENTRYPOINT"
    )


def option(args: list[str], name: str) -> str:
    return args[args.index(name) + 1]


def test_compose_cluster_runs_two_servers_sharing_database_redis_secret_and_recordings() -> None:
    compose = cluster_compose()
    services = compose["services"]
    assert set(services) == {
        "server-1",
        "server-2",
        "caddy",
        "postgres",
        "redis",
        "coturn",
        "janus",
    }
    one, two = services["server-1"], services["server-2"]
    settings = container_settings()
    # The same image, built from the repository with the Containerfile.
    for server in (one, two):
        assert (COMPOSE_CLUSTER.parent / server["build"]["context"]).resolve() == REPO
        assert "ports" not in server and server["networks"] == ["meetings"]
        for dependency in ("postgres", "redis"):
            assert server["depends_on"][dependency]["condition"] == "service_healthy"
    assert one["image"] == two["image"]

    # What each container runs, parsed by the real `meeting-launcher` parser (an option
    # serve does not know fails here).
    parser = build_parser()
    parsed = []
    for server in (one, two):
        # All in the entrypoint: `docker compose run --rm server-1 --check` appends --check.
        args = server["entrypoint"]
        assert args[: len(image_entrypoint())] == image_entrypoint()
        assert "command" not in server
        parsed.append(parser.parse_args(args[1:]))
    first, second = parsed
    assert first.command == "serve"
    # Everything the processes must share (README "Several server processes").
    for name in ("database", "database_password_file", "redis", "redis_password_file",
                 "sfu_url", "sfu_admin_key_file"):  # fmt: skip
        assert getattr(first, name) == getattr(second, name), name
        assert getattr(first, name), name
    assert urlsplit(first.database).hostname == "postgres"
    assert urlsplit(first.redis).hostname == "redis"
    # One data volume: the same server-secret.key (host links) and the same recordings.
    data = f"meetings-data:{settings['data_dir']}"
    assert data in one["volumes"] and data in two["volumes"]
    # The secrets are files compose mounts, read by the services from /run/secrets.
    for name, path in (
        ("db_password", first.database_password_file),
        ("redis_password", first.redis_password_file),
        ("turn_secret", first.turn_secret_file),
        ("sfu_admin_key", first.sfu_admin_key_file),
    ):
        assert path == f"/run/secrets/{name}"
        assert name in one["secrets"] and name in two["secrets"]
        assert set(compose["secrets"][name]) == {"file"}
    postgres = services["postgres"]
    assert postgres["environment"]["POSTGRES_PASSWORD_FILE"] == first.database_password_file
    assert urlsplit(first.database).username == postgres["environment"]["POSTGRES_USER"]
    assert "redis_password" in services["redis"]["secrets"]
    # Only Caddy is published; the servers trust exactly the compose network's headers.
    assert all("ports" not in s for name, s in services.items() if name != "caddy")
    (subnet,) = [c["subnet"] for c in compose["networks"]["meetings"]["ipam"]["config"]]
    assert first.trusted_proxies == second.trusted_proxies == [subnet]
    # Janus' API where the janus service listens: the network's gateway, the shipped port.
    sfu = urlsplit(first.sfu_url)
    ws_config = (SERVER / "janus" / "janus.transport.websockets.jcfg").read_text()
    shipped_port = re.search(r"^\s*ws_port = (\d+)", ws_config, re.MULTILINE)
    assert shipped_port is not None
    assert sfu.scheme == "ws" and sfu.port == int(shipped_port.group(1))
    assert sfu.hostname == services["janus"]["environment"]["JANUS_API_ADDRESS"]
    assert one["depends_on"]["janus"]["condition"] == "service_started"


def test_compose_cluster_puts_no_secret_in_the_file() -> None:
    compose = cluster_compose()
    text = json.dumps(compose)  # what compose reads, without the comments
    # No option carrying a secret's value, no password in a URL or an environment value.
    for flag in ("--requirepass", "--static-auth-secret", "--password", "--turn-secret "):
        assert flag not in text, flag
    for name, service in compose["services"].items():
        environment = service.get("environment", {})
        for key, value in environment.items():
            assert not re.search(r"PASSWORD$|SECRET$|AUTH$", key), (name, key)
            assert "/run/secrets/" in value or not re.search(r"(?i)pass|secret", key)
        for arg in [*service.get("entrypoint", []), *service.get("command", [])]:
            parts = urlsplit(arg)
            assert parts.password is None, (name, arg)
    # Redis reads its password from the secret file into a config file in memory.
    redis_entry = " ".join(compose["services"]["redis"]["entrypoint"])
    assert "$$(cat /run/secrets/redis_password)" in redis_entry
    assert "requirepass %s" in redis_entry and "/tmp" in compose["services"]["redis"]["tmpfs"]


def caddy_env(tmp_path: Path, upstream: str) -> dict[str, str]:
    return {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "MEETINGS_DOMAIN": "meet.example.org",
        "MEETINGS_UPSTREAM": upstream,
    }


def test_compose_cluster_caddy_proxies_to_both_servers(tmp_path: Path) -> None:
    compose = cluster_compose()
    caddy = compose["services"]["caddy"]
    settings = container_settings()
    upstream = caddy["environment"]["MEETINGS_UPSTREAM"]
    assert upstream.split() == [f"server-1:{settings['port']}", f"server-2:{settings['port']}"]
    assert {name for name in caddy["depends_on"]} == {"server-1", "server-2"}
    mount = next(v for v in caddy["volumes"] if v.endswith(":/etc/caddy/Caddyfile:ro"))
    caddyfile = (COMPOSE_CLUSTER.parent / mount.split(":")[0]).resolve()
    assert caddyfile == SERVER / "Caddyfile"
    env = caddy_env(tmp_path, upstream)
    # Caddy's own parser: the Caddyfile as the compose file configures it.
    command = ["caddy", "validate", "--config", str(caddyfile), "--adapter", "caddyfile"]
    result = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    adapted = subprocess.run(
        ["caddy", "adapt", "--config", str(caddyfile), "--adapter", "caddyfile"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    config = json.loads(adapted.stdout)
    dials = re.findall(r'"dial":\s*"([^"]+)"', json.dumps(config))
    assert dials == upstream.split()
    assert '"policy": "round_robin"' in json.dumps(config) or "round_robin" in adapted.stdout


def test_compose_cluster_servers_pass_serve_check(
    tmp_path: Path, postgres_cluster: PostgresCluster
) -> None:
    """Each server's command, with the compose network's names replaced by a throwaway
    PostgreSQL, a password-protected Redis and Janus as the janus service starts it:
    ``serve --check`` reaches all three (Janus takes the shared admin key)."""
    compose = cluster_compose()
    database = postgres_cluster.new_database()
    assert database.url is not None and database.password is not None
    secrets_dir = tmp_path / "secrets"
    secrets_dir.mkdir(mode=0o700)
    redis_password = "redis-" + "ab12" * 8
    files = {
        "db_password": database.password,
        "redis_password": redis_password,
        "turn_secret": "0123456789abcdef0123456789abcdef",
        "sfu_admin_key": secrets.token_hex(32),
    }
    for name, value in files.items():
        (secrets_dir / name).write_text(value + "\n")
    redis = RedisServer(password=redis_password)
    stack = contextlib.ExitStack()
    stack.callback(redis.stop)
    with stack:
        janus = stack.enter_context(compose_janus(tmp_path, secrets_dir / "sfu_admin_key"))
        domain = re.compile(r"\$\{(MEETINGS|TURN)_DOMAIN[^}]*\}")
        for name in ("server-1", "server-2"):
            args = [
                domain.sub("meet.example.org", arg)
                for arg in compose["services"][name]["entrypoint"]
            ]
            replacements = {
                ETC_CONFIG: str(SERVER / "container.toml"),
                option(args, "--database"): database.url,
                option(args, "--redis"): redis.url,
                option(args, "--sfu-url"): f"ws://127.0.0.1:{janus.port}",
                **{f"/run/secrets/{n}": str(secrets_dir / n) for n in files},
            }
            data = tmp_path / name
            result = check([*args, "--data-dir", str(data)], replacements)
            assert result.returncode == 0, result.stderr
            out = result.stdout
            assert f"database:        {database.url} (PostgreSQL, new" in out
            assert f"through Redis at {redis.url} (it answers)" in out
            assert "guest links:     https://meet.example.org/<meeting code>" in out
            assert database.password not in out + result.stderr
            assert redis_password not in out + result.stderr
            sfu_line = rf"Janus [\d.]+ at ws://127\.0\.0\.1:{janus.port} \(admin key accepted\)"
            assert re.search(sfu_line, out), out
            assert files["sfu_admin_key"] not in out + result.stderr
            assert not data.exists()
        # A wrong Redis password: the check says so and fails, without the password.
        (secrets_dir / "redis_password").write_text("wrong\n")
        result = check([*args, "--data-dir", str(tmp_path / "data")], replacements)
        assert result.returncode == 2, result.stdout + result.stderr
        assert "redis" in result.stderr.lower()
        assert redis_password not in result.stdout + result.stderr
        # A key Janus does not have: the check says so and fails, without either key.
        (secrets_dir / "redis_password").write_text(redis_password + "\n")
        (secrets_dir / "sfu_admin_key").write_text("f" * 64 + "\n")
        result = check([*args, "--data-dir", str(tmp_path / "data")], replacements)
        assert result.returncode == 2, result.stdout + result.stderr
        assert "refused the admin key" in result.stderr
        assert files["sfu_admin_key"] not in result.stdout + result.stderr
        assert "f" * 64 not in result.stdout + result.stderr


# ------------------------------------------------------------------ Janus


def containerfile_copies(path: Path) -> list[str]:
    """The sources of every COPY in a container file (continuation lines joined)."""
    text = path.read_text().replace("\\\n", " ")
    return [
        source
        for line in text.splitlines()
        if line.startswith("COPY ")
        for source in shlex.split(line)[1:-1]
        if not source.startswith("--")
    ]


def test_compose_cluster_janus_service_uses_the_shipped_config_and_host_network() -> None:
    compose = cluster_compose()
    janus = compose["services"]["janus"]
    # Media straight to the machine's addresses; nothing published, no compose network.
    assert janus["network_mode"] == "host"
    assert "ports" not in janus and "networks" not in janus
    # The image: Debian's janus and the three shipped files of packaging/server/janus/.
    context = (COMPOSE_CLUSTER.parent / janus["build"]["context"]).resolve()
    containerfile = context / janus["build"]["dockerfile"]
    assert containerfile == SERVER / "Containerfile.janus"
    assert "apt-get install -y --no-install-recommends janus" in containerfile.read_text()
    copies = containerfile_copies(containerfile)
    assert sorted(copies) == sorted(f"janus/{p.name}" for p in (SERVER / "janus").glob("*.jcfg")), (
        copies
    )
    assert all((context / source).is_file() for source in copies)
    # The API on the meetings network's gateway: the servers reach it, nothing else.
    (network,) = compose["networks"]["meetings"]["ipam"]["config"]
    address = janus["environment"]["JANUS_API_ADDRESS"]
    assert network["gateway"] == address
    assert address.rsplit(".", 1)[0] == network["subnet"].rsplit(".", 1)[0]
    # The admin key: a secret file, read into memory (tmpfs), never a value here.
    assert janus["secrets"] == ["sfu_admin_key"]
    assert set(compose["secrets"]["sfu_admin_key"]) == {"file"}
    assert "/tmp" in janus["tmpfs"]
    script = janus["entrypoint"][2]
    assert "$$(cat /run/secrets/sfu_admin_key)" in script
    assert "admin_key" not in script.split("exec ", 1)[1]


@dataclass(frozen=True)
class ComposeJanus:
    port: int
    proc: subprocess.Popen[bytes]
    log: Path
    work: Path


async def janus_api(port: int, *bodies: dict[str, Any]) -> list[dict[str, Any]]:
    """VideoRoom requests on one throwaway Janus session; each answer's plugin data."""
    async with (
        aiohttp.ClientSession() as http,
        http.ws_connect(f"ws://127.0.0.1:{port}", protocols=("janus-protocol",)) as ws,
    ):

        async def call(message: dict[str, Any]) -> dict[str, Any]:
            message["transaction"] = secrets.token_hex(8)
            await ws.send_json(message)
            while True:
                reply = await ws.receive_json(timeout=30)
                if reply.get("transaction") == message["transaction"]:
                    return dict(reply)

        session = (await call({"janus": "create"}))["data"]["id"]
        handle = (
            await call({"janus": "attach", "session_id": session,
                        "plugin": "janus.plugin.videoroom"})
        )["data"]["id"]  # fmt: skip
        answers = []
        for body in bodies:
            reply = await call(
                {"janus": "message", "session_id": session, "handle_id": handle, "body": body}
            )
            answers.append(dict(reply["plugindata"]["data"]))
        await call({"janus": "destroy", "session_id": session})
        return answers


@contextmanager
def compose_janus(tmp_path: Path, admin_key_file: Path) -> Iterator[ComposeJanus]:
    """The janus service's entrypoint, run for real on this machine: the image's files
    are the shipped ones (the API port a free one on 127.0.0.1, its address the
    service's JANUS_API_ADDRESS), compose's paths under a temporary folder, the
    unprivileged user ``nobody``; stopped on exit."""
    compose = cluster_compose()
    janus = compose["services"]["janus"]
    port = free_port()
    etc = tmp_path / "etc-janus"
    shutil.copytree(SERVER / "janus", etc)
    ws_config = etc / "janus.transport.websockets.jcfg"
    ws_text, count = re.subn(r"ws_port = \d+", f"ws_port = {port}", ws_config.read_text())
    assert count == 1
    ws_config.write_text(ws_text)
    base = Path(tempfile.mkdtemp(prefix="compose-janus-"))  # nobody passes through it
    base.chmod(0o711)
    work = base / "janus"
    script = janus["entrypoint"][2].replace("$$", "$")  # compose's escaping
    for old, new in (
        ("/etc/janus/", f"{etc}/"),
        ("/tmp/janus", str(work)),
        ("/run/secrets/sfu_admin_key", str(admin_key_file)),
        ("janus:janus", "nobody:nogroup"),
        ("--reuid=janus --regid=janus", "--reuid=nobody --regid=nogroup"),
    ):
        assert old in script, old
        script = script.replace(old, new)
    env = {**os.environ, "JANUS_API_ADDRESS": "127.0.0.1", "JANUS_PUBLIC_IP": "198.18.0.9"}
    log_path = tmp_path / "janus.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [*janus["entrypoint"][:2], script], stdout=log, stderr=subprocess.STDOUT, env=env
        )
    try:
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(OSError):
                if asyncio.run(janus_api(port)) == []:
                    break
            assert proc.poll() is None, log_path.read_text()
            assert time.monotonic() < deadline, log_path.read_text()
            time.sleep(0.3)
        yield ComposeJanus(port, proc, log_path, work)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        shutil.rmtree(base, ignore_errors=True)


def test_compose_cluster_janus_entrypoint_runs_janus_with_the_admin_key(tmp_path: Path) -> None:
    """Janus, as the janus service starts it, refuses to create a room without the
    admin key and creates one with it; it runs unprivileged, the key in a 0600 file."""
    admin_key = secrets.token_hex(32)
    key_file = tmp_path / "sfu_admin_key"
    key_file.write_text(admin_key + "\n")
    with compose_janus(tmp_path, key_file) as janus:
        refused, created, listed = asyncio.run(
            janus_api(
                janus.port,
                {"request": "create", "room": "no-key"},
                {"request": "create", "room": "with-key", "admin_key": admin_key},
                {"request": "list", "admin_key": admin_key},
            )
        )
        assert refused.get("error_code") is not None, refused
        assert created.get("videoroom") == "created", created
        assert created["room"] == "with-key"  # string ids
        assert [room["room"] for room in listed["list"]] == ["with-key"]
        status = Path(f"/proc/{janus.proc.pid}/status").read_text()
        uid = re.search(r"^Uid:\s+(\d+)", status, re.MULTILINE)
        assert uid is not None and int(uid.group(1)) == 65534  # nobody
        assert admin_key not in Path(f"/proc/{janus.proc.pid}/cmdline").read_text()
        assert (janus.work / "videoroom-admin-key.jcfg").stat().st_mode & 0o777 == 0o600
        ws_text = (janus.work / "janus.transport.websockets.jcfg").read_text()
        assert 'ws_ip = "127.0.0.1"' in ws_text and 'ws_acl = "127.0.0."' in ws_text
        assert "198.18.0.9" in janus.log.read_text()  # JANUS_PUBLIC_IP: --nat-1-1
    assert admin_key not in janus.log.read_text()
