"""Command-line handlers: ``serve``, ``backup``, ``app create``, ``app list``,
``app embed-domains``.

Exit codes: 0 on success or a clean stop, 2 on bad input (one line on stderr).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
import threading
from pathlib import Path

from launcher.server import (
    backup,
    create_application,
    embed_domains,
    janus,
    list_applications,
    logs,
    serve_settings,
)
from launcher.server.embedding import InvalidOrigin, parse_origins
from launcher.server.runner import BuiltinServer, ServerStartError
from launcher.server.store import Database, DatabaseUnavailable, SchemaTooNew

DEBUG_LATENCY_ENV = "LAUNCHER_DEBUG_LATENCY"


def _fail(message: str) -> int:
    print(f"meeting-launcher: {message}", file=sys.stderr, flush=True)
    return 2


def _serve_until_signal(server: BuiltinServer, announce: str) -> int:
    stop = threading.Event()

    def on_signal(signum: int, frame: object) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        try:
            server.start()
        except ServerStartError as exc:
            return _fail(str(exc))
        print(announce.format(api_url=server.api_url, origin=server.origin), flush=True)
        # wait() with a timeout keeps the main thread responsive to signals.
        while not stop.wait(1.0):
            pass
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """``meeting-launcher serve``: run the API until SIGTERM/SIGINT (``--check``: only
    validate the settings and print what guests will get).

    Settings come from the command line, over ``--config FILE`` (TOML), over the
    defaults (:mod:`launcher.server.serve_settings`). On a problem: one line on
    stderr per problem with ``--check``, else the first one; exit 2; nothing started.
    """
    problems: list[str] = []
    values = serve_settings.merge(args, problems)
    latency = 0.0
    if os.environ.get(DEBUG_LATENCY_ENV):
        try:
            latency = float(os.environ[DEBUG_LATENCY_ENV])
        except ValueError:
            problems.append(f"{DEBUG_LATENCY_ENV} must be a number of seconds")
    resolved = serve_settings.resolve(values, debug_latency=latency)
    problems += resolved.problems
    config = resolved.config
    if args.check and config is not None:
        port_problem = serve_settings.probe_port(config.host, config.port)
        if port_problem:
            problems.append(port_problem)
        database_problem, resolved.database_line = serve_settings.probe_database(
            config.data_dir, config.database
        )
        if database_problem:
            problems.append(database_problem)
        if config.redis is not None:
            # Only with --redis: the client library is not loaded otherwise.
            from launcher.server import relay

            redis_problem = relay.probe(config.redis)
            if redis_problem:
                problems.append(redis_problem)
        if config.sfu is not None:
            sfu_problem, resolved.sfu_line = asyncio.run(
                janus.probe(config.sfu.url, config.sfu.admin_key)
            )
            if sfu_problem:
                problems.append(sfu_problem)
    if problems or config is None:
        for problem in problems if args.check else problems[:1]:
            _fail(problem)
        return 2
    if args.check:
        print("\n".join(serve_settings.describe(resolved)), flush=True)
        return 0
    logs.configure(resolved.log_format, resolved.log_level, resolved.secrets)
    for note in resolved.notes:
        logging.getLogger(__name__).warning("%s", note)
    return _serve_until_signal(BuiltinServer(config), "{api_url}")


def cmd_backup(args: argparse.Namespace) -> int:
    """``meeting-launcher backup``: a consistent copy of a data dir, also while it serves."""
    try:
        copied = backup.backup_data_dir(Path(args.data_dir), Path(args.to))
    except backup.BackupError as exc:
        return _fail(str(exc))
    print(copied, flush=True)
    return 0


def _storage(args: argparse.Namespace) -> tuple[Path, Database] | str:
    """The data dir and database of ``app`` commands, or the problem with them."""
    problems: list[str] = []
    database = serve_settings.database_setting(
        args.database, args.database_password_file, problems, []
    )
    if not problems and args.data_dir is None and database.url is None:
        problems.append("give --data-dir (SQLite) or --database (PostgreSQL)")
    if problems:
        return problems[0]
    return Path(args.data_dir or "."), database


def cmd_app_create(args: argparse.Namespace) -> int:
    """``meeting-launcher app create``: register an app, write its private key."""
    storage = _storage(args)
    if isinstance(storage, str):
        return _fail(storage)
    data_dir, database = storage
    where = database.describe(data_dir) if database.url else str(data_dir)
    key_path = Path(args.private_key_out)
    try:
        # O_EXCL: never overwrite; mode 0600 from the first byte on.
        fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _fail(f"{key_path} already exists; choose a new file for the private key")
    except OSError as exc:
        return _fail(f"cannot create {key_path}: {exc.strerror}")
    try:
        application_id, private_pem = create_application(data_dir, args.name, database)
    except (DatabaseUnavailable, SchemaTooNew) as exc:
        os.close(fd)
        key_path.unlink(missing_ok=True)
        return _fail(str(exc))
    except Exception as exc:  # sqlite3 or OS errors: the data dir is unusable
        os.close(fd)
        key_path.unlink(missing_ok=True)
        return _fail(f"cannot register the application in {where}: {exc}")
    with os.fdopen(fd, "wb") as out:
        out.write(private_pem)
        out.flush()
        os.fsync(out.fileno())
    print(application_id, flush=True)
    return 0


def cmd_app_list(args: argparse.Namespace) -> int:
    """``meeting-launcher app list``: one ``<id> <name>`` line per application."""
    storage = _storage(args)
    if isinstance(storage, str):
        return _fail(storage)
    data_dir, database = storage
    if database.url is None and not data_dir.is_dir():
        return _fail(f"no such data directory: {data_dir}")
    try:
        apps = list_applications(data_dir, database)
    except (DatabaseUnavailable, SchemaTooNew) as exc:
        return _fail(str(exc))
    except Exception as exc:
        return _fail(
            f"cannot read {database.describe(data_dir) if database.url else data_dir}: {exc}"
        )
    for app in apps:
        print(f"{app.application_id}\t{app.name}")
    sys.stdout.flush()
    return 0


def cmd_app_embed_domains(args: argparse.Namespace) -> int:
    """``meeting-launcher app embed-domains``: replace (``ORIGIN ...``), clear
    (``--clear``) or show the origins whose pages may embed an application's meetings;
    prints the list that holds afterwards, one origin a line."""
    storage = _storage(args)
    if isinstance(storage, str):
        return _fail(storage)
    data_dir, database = storage
    where = database.describe(data_dir) if database.url else str(data_dir)
    if database.url is None and not data_dir.is_dir():
        return _fail(f"no such data directory: {data_dir}")
    if args.clear and args.origins:
        return _fail("give origins or --clear, not both")
    origins: list[str] | None = None
    if args.clear:
        origins = []
    elif args.origins:
        try:
            origins = parse_origins(args.origins)
        except InvalidOrigin as exc:
            return _fail(str(exc))
    try:
        current = embed_domains(data_dir, args.application_id, origins, database)
    except KeyError:
        return _fail(
            f"no application {args.application_id} in {where}"
            " (meeting-launcher app list shows them)"
        )
    except (DatabaseUnavailable, SchemaTooNew) as exc:
        return _fail(str(exc))
    except Exception as exc:
        return _fail(f"cannot update {where}: {exc}")
    for origin in current:
        print(origin)
    if not current:
        print("no website may embed this application's meetings", file=sys.stderr)
    sys.stdout.flush()
    return 0
