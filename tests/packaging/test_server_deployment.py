"""packaging/server/: the systemd unit, the container file and the compose file.

No container engine here: the container and compose files are parsed and checked
against the repository (files they copy exist, ports, volumes and the proxy network
agree with the server's settings), and the command each one runs is run with
``serve --check``. The systemd unit goes through ``systemd-analyze verify`` and
``security``, and its command lines through ``serve --check`` too.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from tests.helpers.caddy import free_port
from tests.helpers.postgres import PostgresCluster

REPO = Path(__file__).resolve().parents[2]
SERVER = REPO / "packaging" / "server"
UNIT = SERVER / "meeting-launcher.service"
CONTAINERFILE = SERVER / "Containerfile"
COMPOSE = SERVER / "compose.yaml"
COMPOSE_POSTGRES = SERVER / "compose.postgres.yaml"
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
