"""Composition root: the command line.

The exact forms of the sub-commands are relied on by other tools; change them
only together with the README. Each handler is imported lazily so that
``serve`` and ``account`` never load Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from launcher import __version__

Handler = Callable[[argparse.Namespace], int]


def _lazy(module: str, func: str) -> Handler:
    def run(args: argparse.Namespace) -> int:
        import importlib

        handler: Handler = getattr(importlib.import_module(module), func)
        return handler(args)

    return run


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="meeting-launcher",
        description="Start, schedule and share video meetings.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    serve = sub.add_parser("serve", help="run the Meetings API server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--data-dir", required=True)
    tls = serve.add_mutually_exclusive_group()
    tls.add_argument("--self-signed", action="store_true")
    tls.add_argument("--tls-cert")
    serve.add_argument("--tls-key")
    serve.add_argument("--public-url")
    serve.set_defaults(handler=_lazy("launcher.server.cli", "cmd_serve"))

    app = sub.add_parser("app", help="register applications on a server's data directory")
    app_sub = app.add_subparsers(dest="app_command", metavar="ACTION", required=True)
    app_create = app_sub.add_parser("create", help="register an application")
    app_create.add_argument("--data-dir", required=True)
    app_create.add_argument("--name", required=True)
    app_create.add_argument("--private-key-out", required=True)
    app_create.set_defaults(handler=_lazy("launcher.server.cli", "cmd_app_create"))
    app_list = app_sub.add_parser("list", help="list registered applications")
    app_list.add_argument("--data-dir", required=True)
    app_list.set_defaults(handler=_lazy("launcher.server.cli", "cmd_app_list"))

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        # No sub-command: the desktop app. Until the window lands, run the
        # built-in server in the foreground.
        return _lazy("launcher.server.cli", "cmd_default")(args)
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
