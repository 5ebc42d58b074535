"""Command-line handlers: ``serve``, ``app create``, ``app list`` and the default.

Exit codes: 0 on success or a clean stop, 2 on bad input (one line on stderr).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import threading
from pathlib import Path

from launcher.server import create_application, list_applications
from launcher.server.config import ServerConfig
from launcher.server.runner import BuiltinServer, ServerStartError

DEBUG_LATENCY_ENV = "LAUNCHER_DEBUG_LATENCY"
#: Optional file in the data dir: the dial-in numbers the API lists.
DIAL_IN_FILE = "dial-in-numbers.json"


def load_dial_in_numbers(data_dir: Path) -> list[dict[str, str]]:
    """``[{number, locale, display_name}]`` from the data dir's file; [] without one.

    ValueError with a plain reason when the file is not such a list.
    """
    path = data_dir / DIAL_IN_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError):
        return []  # no file (or no data dir yet: starting the server reports that)
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
    return raw


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
    """``meeting-launcher serve``: run the API until SIGTERM/SIGINT.

    Dial-in numbers come from ``<data dir>/dial-in-numbers.json`` when present.
    """
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.tls_key and not args.tls_cert:
        return _fail("--tls-key needs --tls-cert")
    if args.tls_cert and not args.tls_key:
        return _fail("--tls-cert needs --tls-key")
    if not 0 <= args.port <= 65535:
        return _fail(f"--port must be between 0 and 65535, not {args.port}")
    latency = 0.0
    if os.environ.get(DEBUG_LATENCY_ENV):
        try:
            latency = float(os.environ[DEBUG_LATENCY_ENV])
        except ValueError:
            return _fail(f"{DEBUG_LATENCY_ENV} must be a number of seconds")
    try:
        dial_in_numbers = load_dial_in_numbers(Path(args.data_dir))
    except ValueError as exc:
        return _fail(str(exc))
    tls = "self-signed" if args.self_signed else ("files" if args.tls_cert else "none")
    config = ServerConfig(
        data_dir=Path(args.data_dir),
        host=args.host,
        port=args.port,
        tls=tls,  # type: ignore[arg-type]
        tls_cert=Path(args.tls_cert) if args.tls_cert else None,
        tls_key=Path(args.tls_key) if args.tls_key else None,
        public_url=args.public_url,
        dial_in_numbers=dial_in_numbers,
        debug_latency=latency,
    )
    if config.tls == "files":
        for path in (config.tls_cert, config.tls_key):
            assert path is not None
            if not path.is_file():
                return _fail(f"TLS file not found: {path}")
    return _serve_until_signal(BuiltinServer(config), "{api_url}")


def cmd_app_create(args: argparse.Namespace) -> int:
    """``meeting-launcher app create``: register an app, write its private key."""
    key_path = Path(args.private_key_out)
    try:
        # O_EXCL: never overwrite; mode 0600 from the first byte on.
        fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _fail(f"{key_path} already exists; choose a new file for the private key")
    except OSError as exc:
        return _fail(f"cannot create {key_path}: {exc.strerror}")
    try:
        application_id, private_pem = create_application(Path(args.data_dir), args.name)
    except Exception as exc:  # sqlite3 or OS errors: the data dir is unusable
        os.close(fd)
        key_path.unlink(missing_ok=True)
        return _fail(f"cannot register the application in {args.data_dir}: {exc}")
    with os.fdopen(fd, "wb") as out:
        out.write(private_pem)
        out.flush()
        os.fsync(out.fileno())
    print(application_id, flush=True)
    return 0


def cmd_app_list(args: argparse.Namespace) -> int:
    """``meeting-launcher app list``: one ``<id> <name>`` line per application."""
    data_dir = Path(args.data_dir)
    if not data_dir.is_dir():
        return _fail(f"no such data directory: {data_dir}")
    try:
        apps = list_applications(data_dir)
    except Exception as exc:
        return _fail(f"cannot read {data_dir}: {exc}")
    for app in apps:
        print(f"{app.application_id}\t{app.name}")
    sys.stdout.flush()
    return 0
