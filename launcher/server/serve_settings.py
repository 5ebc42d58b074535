"""``meeting-launcher serve``'s settings: command line over config file over defaults.

Every setting has one name, used as the TOML key of ``--config FILE`` and, with
``-`` for ``_``, as the long option (``trusted_proxies`` is ``--trusted-proxy``,
given once per address, ``turn_uris`` is ``--turn-uri``). Paths in the config file
are relative to the file.
:func:`resolve` checks them all and returns a ``ServerConfig`` or the list of
problems, one plain sentence each; it reads files but writes nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlsplit

from launcher.server import turn
from launcher.server.addresses import parse_networks
from launcher.server.config import (
    MAX_MESH_VIDEO_SENDERS,
    MAX_VIDEO_SENDERS,
    MESH_VIDEO_SENDERS,
    RedisSetting,
    ServerConfig,
    SfuSetting,
)
from launcher.server.keys import API_PREFIX, HEALTH_PATH
from launcher.server.logs import LEVELS, LogFormat
from launcher.server.request_limits import RequestLimits
from launcher.server.runner import probe_port
from launcher.server.store import SCHEMA_VERSION, Database, DatabaseUnavailable, SchemaTooNew
from launcher.server.store.connection import inspect_database, redact_url
from launcher.server.tls import is_loopback_host, server_context
from launcher.server.turn import TurnRelay

__all__ = [
    "Resolved",
    "database_setting",
    "describe",
    "load_dial_in_numbers",
    "merge",
    "probe_database",
    "probe_port",
    "resolve",
]

#: Optional file in the data dir: the dial-in numbers the API lists.
DIAL_IN_FILE = "dial-in-numbers.json"
#: Shorter webhook secrets are refused (and could not be redacted from logs).
MIN_WEBHOOK_SECRET = 16
CALLBACK_KINDS = ("rooms", "sessions", "recordings")

#: name -> (TOML type, default). Paths are strings in TOML.
SETTINGS: dict[str, tuple[type, Any]] = {
    "host": (str, "127.0.0.1"),
    "port": (int, 8443),
    "data_dir": (str, None),
    "database": (str, None),
    "database_password_file": (str, None),
    "redis": (str, None),
    "redis_password_file": (str, None),
    "public_url": (str, None),
    "self_signed": (bool, False),
    "tls_cert": (str, None),
    "tls_key": (str, None),
    "behind_proxy": (bool, False),
    "trusted_proxies": (list, []),
    "webhook_allow_private": (list, []),
    "webhook_secret_file": (str, None),
    "turn_uris": (list, []),
    "turn_secret_file": (str, None),
    "rooms_callback_url": (str, None),
    "sessions_callback_url": (str, None),
    "recordings_callback_url": (str, None),
    "dial_in_numbers_file": (str, None),
    "mesh_video_senders": (int, MESH_VIDEO_SENDERS),
    "max_video_senders": (int, MAX_VIDEO_SENDERS),
    "sfu_url": (str, None),
    "sfu_admin_key_file": (str, None),
    "api_requests_per_minute": (int, 0),
    "joins_per_minute": (int, 0),
    "log_format": (str, "text"),
    "log_level": (str, "warning"),
}
_PATHS = {
    "data_dir",
    "database_password_file",
    "redis_password_file",
    "tls_cert",
    "tls_key",
    "webhook_secret_file",
    "turn_secret_file",
    "sfu_admin_key_file",
    "dial_in_numbers_file",
}
_LOOPBACK_PROXIES = ("127.0.0.1", "::1")


@dataclass
class Resolved:
    """What :func:`resolve` found: a config to run, or problems."""

    config: ServerConfig | None
    problems: list[str]
    log_format: LogFormat = "text"
    log_level: str = "warning"
    secrets: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    webhook_secret_file: Path | None = None
    turn_secret_file: Path | None = None
    sfu_admin_key_file: Path | None = None
    #: What ``--check`` found in Janus (sfu.probe).
    sfu_line: str = ""
    #: What ``--check`` found in the database (:func:`probe_database`).
    database_line: str = ""


def _read_config_file(path: Path, problems: list[str]) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            raw = tomllib.load(f)
    except FileNotFoundError:
        problems.append(f"config file not found: {path}")
        return {}
    except OSError as exc:
        problems.append(f"cannot read config file {path}: {exc.strerror}")
        return {}
    except tomllib.TOMLDecodeError as exc:
        problems.append(f"{path}: not valid TOML: {exc}")
        return {}
    values: dict[str, Any] = {}
    value: Any
    for key, value in raw.items():
        if key not in SETTINGS:
            problems.append(f"{path}: unknown setting {key!r}")
            continue
        kind = SETTINGS[key][0]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            problems.append(f"{path}: {key} must be {_kind_name(kind)}")
            continue
        if kind is list and not all(isinstance(item, str) for item in cast(list[Any], value)):
            problems.append(f"{path}: {key} must be a list of strings")
            continue
        if key in _PATHS:
            value = str(path.parent / Path(cast(str, value)).expanduser())
        values[key] = value
    return values


def _kind_name(kind: type) -> str:
    return {str: "a string", int: "an integer", bool: "true or false", list: "a list"}[kind]


def merge(args: argparse.Namespace, problems: list[str]) -> dict[str, Any]:
    """Defaults, then the config file (``args.config``), then the command line."""
    values = {name: default for name, (_kind, default) in SETTINGS.items()}
    if getattr(args, "config", None):
        values.update(_read_config_file(Path(args.config), problems))
    for name in SETTINGS:
        given = getattr(args, name, None)
        if given is not None and given is not False and given != []:
            values[name] = given
    return values


def _check_url(name: str, url: str, problems: list[str], *, origin_only: bool) -> bool:
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises on a port that is not a number or out of range
    except ValueError:
        problems.append(f"{name} is not a valid URL: {url!r}")
        return False
    if parts.scheme not in ("http", "https") or not parts.hostname:
        problems.append(f"{name} must be an http:// or https:// URL with a host name, not {url!r}")
        return False
    if parts.username or parts.password:
        problems.append(f"{name} must not contain a user name or password")
        return False
    if origin_only and (parts.path not in ("", "/") or parts.query or parts.fragment):
        problems.append(
            f"{name} must be the site's address without a path (the server serves from /), "
            f"not {url!r}"
        )
        return False
    return True


def _read_secret(
    path: Path, problems: list[str], *, what: str = "webhook", minimum: int = MIN_WEBHOOK_SECRET
) -> str | None:
    try:
        secret = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        problems.append(f"{what} secret file not found: {path}")
        return None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        problems.append(f"cannot read {what} secret file {path}: {reason}")
        return None
    if len(secret) < minimum:
        problems.append(f"{what} secret in {path} is too short: use at least {minimum} characters")
        return None
    return secret


def _turn_relay(
    values: dict[str, Any], problems: list[str], secrets: list[str]
) -> tuple[TurnRelay | None, Path | None]:
    """The TURN relay: both turn_uris and turn_secret_file, or neither."""
    uris: list[str] = list(values["turn_uris"])
    secret_file = values["turn_secret_file"]
    for uri in uris:
        problem = turn.check_uri(uri)
        if problem:
            problems.append(problem)
    if not uris and secret_file is None:
        return None, None
    if not uris:
        problems.append("turn_secret_file needs at least one turn_uri (--turn-uri)")
        return None, None
    if secret_file is None:
        problems.append("turn_uri needs turn_secret_file: the secret shared with coturn")
        return None, None
    path = Path(secret_file)
    secret = _read_secret(path, problems, what="TURN", minimum=turn.MIN_SECRET)
    if secret is None:
        return None, path
    secrets.append(secret)
    return TurnRelay(tuple(uris), secret), path


def load_dial_in_numbers(path: Path, *, required: bool) -> list[dict[str, str]]:
    """``[{number, locale, display_name}]`` from ``path``; [] when it is absent and optional.

    ValueError with a plain reason when the file is missing (and required) or not such a list.
    """
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError):
        if required:
            raise ValueError(f"dial-in numbers file not found: {path}") from None
        return []
    except (OSError, ValueError) as exc:
        raise ValueError(f"cannot read {path}: {exc}") from None
    keys = {"number", "locale", "display_name"}
    if not isinstance(raw, list) or not all(
        isinstance(item, dict)
        and set(item) == keys
        and all(isinstance(value, str) for value in item.values())
        for item in raw
    ):
        raise ValueError(f"{path} must be a list of {{number, locale, display_name}} strings")
    return cast(list[dict[str, str]], raw)


def database_setting(
    url: str | None, password_file: str | None, problems: list[str], secrets: list[str]
) -> Database:
    """The ``database`` and ``database_password_file`` settings as a :class:`Database`.

    A password is never taken from the URL (it would show in the process list, shell
    history and logs): it comes from the password file, else libpq's environment
    (``PGPASSWORD``, ``PGPASSFILE``, ``~/.pgpass``)."""
    if url is None:
        if password_file is not None:
            problems.append("database_password_file needs database (a postgresql:// URL)")
        return Database()
    try:
        parts = urlsplit(url)
        query = parts.query.lower()
    except ValueError:
        problems.append("database is not a valid URL")
        return Database()
    if parts.scheme not in ("postgresql", "postgres"):
        problems.append(
            "database must be a postgresql://USER@HOST:PORT/NAME URL (leave it out for SQLite "
            f"in the data directory), not {redact_url(url)!r}"
        )
        return Database()
    if parts.password is not None or "password=" in query:
        problems.append(
            "database: put no password in the URL (it would show in the process list and "
            "logs); use database_password_file, PGPASSFILE or PGPASSWORD"
        )
        return Database()
    password = None
    if password_file is not None:
        path = Path(password_file)
        try:
            password = path.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            problems.append(f"database password file not found: {path}")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
            problems.append(f"cannot read database password file {path}: {reason}")
        else:
            if not password:
                problems.append(f"database password file {path} is empty")
            else:
                secrets.append(password)
    return Database(url, password)


def redis_setting(
    url: str | None,
    password_file: str | None,
    database: Database,
    problems: list[str],
    secrets: list[str],
) -> RedisSetting | None:
    """The ``redis`` and ``redis_password_file`` settings (the password never in the URL)."""
    if url is None:
        if password_file is not None:
            problems.append("redis_password_file needs redis (a redis:// URL)")
        return None
    try:
        parts = urlsplit(url)
        _ = parts.port
    except ValueError:
        problems.append("redis is not a valid URL")
        return None
    if parts.scheme not in ("redis", "rediss") or not parts.hostname:
        problems.append(
            f"redis must be a redis://HOST:PORT URL (rediss:// for TLS), not {redact_url(url)!r}"
        )
        return None
    if parts.password is not None or "password=" in parts.query.lower():
        problems.append(
            "redis: put no password in the URL (it would show in the process list and "
            "logs); use redis_password_file"
        )
        return None
    if database.url is None:
        problems.append(
            "redis needs database (a postgresql:// URL): the processes it connects "
            "share one database"
        )
        return None
    password = None
    if password_file is not None:
        password = _read_secret(Path(password_file), problems, what="Redis", minimum=1)
        if password is not None:
            secrets.append(password)
    return RedisSetting(url, password)


def probe_database(data_dir: Path, database: Database) -> tuple[str | None, str]:
    """(problem or None, what ``--check`` prints): connects and reads the schema
    version without writing anything."""
    try:
        found = inspect_database(data_dir, database)
    except (DatabaseUnavailable, SchemaTooNew) as exc:
        return str(exc), ""
    except Exception as exc:  # sqlite3 or OS errors reading the data dir's file
        return f"cannot use the database {database.describe(data_dir)}: {exc}", ""
    kind = "SQLite" if database.url is None else "PostgreSQL"
    if found == 0:
        state = "new: the schema is created at start"
    elif found < SCHEMA_VERSION:
        state = f"schema version {found}, upgraded to {SCHEMA_VERSION} at start"
    else:
        state = f"schema version {found}, up to date"
    return None, f"{database.describe(data_dir)} ({kind}, {state})"


def _video_senders(
    value: object, problems: list[str], *, name: str, meaning: str, default: int
) -> int:
    """A ``mesh_video_senders``/``max_video_senders`` setting: a whole number from 1 to
    MAX_MESH_VIDEO_SENDERS (a string from the command line, an integer from the file)."""
    number = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.strip().isdecimal():
        number = int(value.strip())
    if number is None or not 1 <= number <= MAX_MESH_VIDEO_SENDERS:
        problems.append(
            f"{name} must be a whole number from 1 to {MAX_MESH_VIDEO_SENDERS} ({meaning}), "
            f"not {value!r}"
        )
        return default
    return number


def _mesh_video_senders(value: object, problems: list[str]) -> int:
    return _video_senders(
        value,
        problems,
        name="mesh_video_senders",
        meaning="people sending video before hosts are warned",
        default=MESH_VIDEO_SENDERS,
    )


def sfu_setting(
    url: str | None, key_file: str | None, problems: list[str], secrets: list[str]
) -> SfuSetting | None:
    """The ``sfu_url`` and ``sfu_admin_key_file`` settings: both or neither."""
    if url is None and key_file is None:
        return None
    if url is None:
        problems.append("sfu_admin_key_file needs sfu_url (Janus' ws://HOST:PORT)")
        return None
    if key_file is None:
        problems.append("sfu_url needs sfu_admin_key_file: the VideoRoom admin_key, in a file")
        return None
    try:
        parts = urlsplit(url)
        _ = parts.port
    except ValueError:
        problems.append("sfu_url is not a valid URL")
        return None
    if parts.scheme not in ("ws", "wss") or not parts.hostname or parts.password is not None:
        problems.append(
            f"sfu_url must be Janus' WebSocket API, ws://HOST:PORT (wss:// for TLS), "
            f"not {redact_url(url)!r}"
        )
        return None
    key = _read_secret(Path(key_file), problems, what="SFU admin key", minimum=8)
    if key is None:
        return None
    secrets.append(key)
    return SfuSetting(url, key)


def _per_minute(name: str, value: object, problems: list[str]) -> int:
    """A rate limit setting: a whole number, 0 for none (a string from the command
    line, an integer from the config file)."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if isinstance(value, str) and value.strip().isdecimal():
        return int(value.strip())
    problems.append(f"{name} must be a whole number, 0 for no limit, not {value!r}")
    return 0


def _check_data_dir(data_dir: Path, problems: list[str]) -> None:
    """The data dir exists and is writable, or can be created (nothing is created here)."""
    probe = data_dir
    while not probe.exists():
        if probe.parent == probe:
            break
        probe = probe.parent
    if not probe.is_dir():
        problems.append(f"cannot use data directory {data_dir}: {probe} is not a directory")
    elif not os.access(probe, os.W_OK | os.X_OK):
        problems.append(f"cannot use data directory {data_dir}: {probe} is not writable")


def resolve(values: dict[str, Any], *, debug_latency: float = 0.0) -> Resolved:
    """Check merged settings; a ``ServerConfig`` when there is no problem."""
    problems: list[str] = []
    notes: list[str] = []
    host, port = values["host"], values["port"]
    if not 0 <= port <= 65535:
        problems.append(f"port must be between 0 and 65535, not {port}")
    if values["data_dir"] is None:
        problems.append("no data directory: give --data-dir or data_dir in the config file")
        data_dir = Path()
    else:
        data_dir = Path(values["data_dir"])
        _check_data_dir(data_dir, problems)
    secrets: list[str] = []
    database = database_setting(
        values["database"], values["database_password_file"], problems, secrets
    )
    redis = redis_setting(
        values["redis"], values["redis_password_file"], database, problems, secrets
    )
    log_format = values["log_format"]
    if log_format not in ("text", "json"):
        problems.append(f"log_format must be text or json, not {log_format!r}")
    if values["log_level"] not in LEVELS:
        levels = ", ".join(LEVELS)
        problems.append(f"log_level must be one of {levels}, not {values['log_level']!r}")

    cert, key = values["tls_cert"], values["tls_key"]
    tls = "none"
    if values["self_signed"] and (cert or key):
        problems.append("self_signed and tls_cert/tls_key exclude each other: choose one")
    elif values["self_signed"]:
        tls = "self-signed"
    elif cert or key:
        if not cert:
            problems.append("--tls-key needs --tls-cert")
        elif not key:
            problems.append("--tls-cert needs --tls-key")
        else:
            tls = "files"
            try:
                server_context(Path(cert), Path(key))
            except ValueError as exc:
                problems.append(str(exc))
    public_url = values["public_url"]
    if public_url is not None and not _check_url(
        "public_url", public_url, problems, origin_only=True
    ):
        public_url = None
    trusted = list(values["trusted_proxies"])
    if values["behind_proxy"]:
        if tls != "none":
            problems.append("behind_proxy serves plain HTTP: leave out self_signed and tls_cert")
        if values["public_url"] is None:
            problems.append("behind_proxy needs public_url: the address guests open at the proxy")
        if not trusted:
            trusted = list(_LOOPBACK_PROXIES)
        if not is_loopback_host(host):
            notes.append(
                f"plain HTTP on {host}: make sure only the proxy can reach port {port} "
                "(a firewall, or a network only the proxy shares)"
            )
    try:
        parse_networks(trusted)
    except ValueError as exc:
        problems.append(f"trusted proxy {exc}")

    allow_private = list(values["webhook_allow_private"])
    try:
        parse_networks(allow_private)
    except ValueError as exc:
        problems.append(f"webhook_allow_private: {exc}")

    callback_urls: dict[str, str] = {}
    for kind in CALLBACK_KINDS:
        name = f"{kind}_callback_url"
        url = values[name]
        if url is not None and _check_url(name, url, problems, origin_only=False):
            callback_urls[name] = url

    webhook_secret = None
    secret_file = None
    if values["webhook_secret_file"] is not None:
        secret_file = Path(values["webhook_secret_file"])
        webhook_secret = _read_secret(secret_file, problems)
        if webhook_secret is not None:
            secrets.append(webhook_secret)

    relay, turn_secret_file = _turn_relay(values, problems, secrets)
    mesh_video_senders = _mesh_video_senders(values["mesh_video_senders"], problems)
    max_video_senders = _video_senders(
        values["max_video_senders"],
        problems,
        name="max_video_senders",
        meaning="people with their camera on in one room",
        default=MAX_VIDEO_SENDERS,
    )
    sfu = sfu_setting(values["sfu_url"], values["sfu_admin_key_file"], problems, secrets)
    requests = RequestLimits(
        api_per_application=_per_minute(
            "api_requests_per_minute", values["api_requests_per_minute"], problems
        ),
        joins_per_address=_per_minute("joins_per_minute", values["joins_per_minute"], problems),
    )

    dial_in: list[dict[str, str]] = []
    if values["dial_in_numbers_file"] is not None:
        dial_in_path, required = Path(values["dial_in_numbers_file"]), True
    else:
        dial_in_path, required = data_dir / DIAL_IN_FILE, False
    if values["data_dir"] is not None or required:
        try:
            dial_in = load_dial_in_numbers(dial_in_path, required=required)
        except ValueError as exc:
            problems.append(str(exc))

    resolved = Resolved(
        None,
        problems,
        log_format=log_format if log_format in ("text", "json") else "text",
        log_level=values["log_level"],
        secrets=secrets,
        notes=notes,
        webhook_secret_file=secret_file,
        turn_secret_file=turn_secret_file,
        sfu_admin_key_file=Path(values["sfu_admin_key_file"]) if sfu is not None else None,
    )
    if problems:
        return resolved
    resolved.config = ServerConfig(
        data_dir=data_dir,
        database=database,
        redis=redis,
        host=host,
        port=port,
        tls=tls,  # type: ignore[arg-type]
        tls_cert=Path(cert) if tls == "files" else None,
        tls_key=Path(key) if tls == "files" else None,
        public_url=public_url,
        dial_in_numbers=dial_in,
        debug_latency=debug_latency,
        callback_urls=callback_urls,
        webhook_secret=webhook_secret,
        trusted_proxies=tuple(trusted),
        webhook_allow_private=allow_private,
        access_log=True,
        turn_relay=relay,
        mesh_video_senders=mesh_video_senders,
        max_video_senders=max_video_senders,
        sfu=sfu,
        requests=requests,
    )
    if public_url is None and not is_loopback_host(host):
        notes.append(
            "no public_url: links name 127.0.0.1 and only open on this computer; "
            "give the address guests use"
        )
    return resolved


def _signalling_line(config: ServerConfig) -> str:
    if config.redis is None:
        return "within this process (no redis)"
    return f"across processes through Redis at {config.redis.describe()} (it answers)"


def _limits_line(config: ServerConfig) -> str:
    limits = config.requests
    parts = []
    if limits.api_per_application:
        parts.append(f"{limits.api_per_application} API requests a minute per application")
    if limits.joins_per_address:
        parts.append(
            f"{limits.joins_per_address} joins and one-time links a minute per address "
            "(not loopback)"
        )
    if not parts:
        return "none (api_requests_per_minute, joins_per_minute)"
    where = "in this process" if config.redis is None else "across processes in Redis"
    return f"{'; '.join(parts)}, counted {where}"


def describe(resolved: Resolved) -> list[str]:
    """What ``serve --check`` prints: where it listens and what guests will get."""
    config = resolved.config
    assert config is not None
    scheme = "http" if config.tls == "none" else "https"
    listen_host = f"[{config.host}]" if ":" in config.host else config.host
    origin = (config.public_url or f"{scheme}://{listen_host}:{config.port}").rstrip("/")
    tls = {
        "none": "plain HTTP",
        "self-signed": f"HTTPS, self-signed certificate in {config.data_dir / 'tls'}",
        "files": f"HTTPS, certificate {config.tls_cert}",
    }[config.tls]
    lines = [
        "configuration OK",
        f"listens on:      {scheme}://{listen_host}:{config.port} ({tls})",
        f"data directory:  {config.data_dir}",
        f"database:        {resolved.database_line or config.database.describe(config.data_dir)}",
        f"signalling:      {_signalling_line(config)}",
        f"API:             {origin}{API_PREFIX}",
        f"guest links:     {origin}/<meeting code>",
        f"host links:      {origin}/?room_token=<meeting code>&participant_token=<token>",
        f"health:          {scheme}://{listen_host}:{config.port}{HEALTH_PATH}",
    ]
    if config.trusted_proxies:
        proxies = ", ".join(config.trusted_proxies)
        lines.append(f"X-Forwarded-* from: {proxies} (ignored from anyone else)")
    if resolved.webhook_secret_file is not None:
        lines.append(f"webhooks:        signed with the secret in {resolved.webhook_secret_file}")
    else:
        lines.append("webhooks:        unsigned (no webhook_secret_file)")
    if config.turn_relay is not None:
        uris = ", ".join(config.turn_relay.uris)
        lines.append(
            f"TURN relay:      {uris} (credentials per admitted participant, "
            f"secret in {resolved.turn_secret_file})"
        )
    else:
        lines.append("TURN relay:      none (guests behind strict NAT or firewalls get no media)")
    if config.sfu is not None:
        line = resolved.sfu_line or f"Janus at {config.sfu.url}"
        lines.append(
            f"SFU:             {line}, for rooms of three or more "
            f"(admin key in {resolved.sfu_admin_key_file})"
        )
    else:
        lines.append("SFU:             none (every meeting is peer to peer: no sfu_url)")
    lines.append(
        f"video senders:   hosts are warned above {config.mesh_video_senders} cameras on "
        f"in a mesh; at most {config.max_video_senders} cameras on in a room"
    )
    lines.append(f"rate limits:     {_limits_line(config)}")
    for name, url in config.callback_urls.items():
        lines.append(f"{name}: {url} (for rooms without their own)")
    lines.append(f"dial-in numbers: {len(config.dial_in_numbers)}")
    level = resolved.log_level
    lines.append(f"logs:            {resolved.log_format} on stderr, {level} and above")
    lines.extend(f"note: {note}" for note in resolved.notes)
    return lines
