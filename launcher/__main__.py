"""Composition root: the command line.

The exact forms of the sub-commands are relied on by other tools; change them
only together with the README. Each handler is imported lazily so that
``serve`` and ``account`` never load Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from launcher import __version__
from launcher.cli_i18n import (
    QT_TRANSLATE_NOOP,
    HelpFormatter,
    RawDescriptionHelpFormatter,
    Translator,
    translate_argparse_messages,
)

if TYPE_CHECKING:
    from launcher.core.meeting_links import InvalidLink

Handler = Callable[[argparse.Namespace], int]

#: The sentences of the plain start (a link), in the system's language.
cli_start = Translator("cli_start")


def _lazy(module: str, func: str) -> Handler:
    def run(args: argparse.Namespace) -> int:
        import importlib

        handler: Handler = getattr(importlib.import_module(module), func)
        return handler(args)

    return run


def _database_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database",
        metavar="URL",
        help="PostgreSQL for rooms, sessions and webhooks, shared by several servers: "
        "postgresql://USER@HOST:PORT/NAME (default: SQLite in the data directory). No "
        "password in the URL: use --database-password-file, or libpq's PGPASSFILE "
        "(~/.pgpass) or PGPASSWORD",
    )
    parser.add_argument(
        "--database-password-file",
        metavar="FILE",
        help="file holding the PostgreSQL password (one line)",
    )


def _link_problem(error: InvalidLink) -> str:
    """Why a link given on the command line is not opened, for a terminal."""
    if error.reason == "empty":
        return cli_start.tr("no link given")
    if error.reason == "too_long":
        return cli_start.tr("the link is too long to be a meeting link")
    if error.reason == "not_web":
        return cli_start.tr("only http and https meeting links are opened")
    return cli_start.tr("the link is not a meeting link Meeting Launcher can open")


#: ``--help``'s list of commands: the people's first, the server operator's apart.
#: Looked up in the system's language when printed (launcher.cli_i18n).
COMMANDS = QT_TRANSLATE_NOOP(
    "cli",
    """Start, schedule and share video meetings.

For everyone:
  meeting-launcher          open the app (as the menu entry does)
  meeting-launcher LINK     join the meeting of a link someone sent you
                            (https://... or meeting-launcher:https://...)
  new                       create a room and print its guest link
  selftest                  check this computer: server, keyring, web engine, camera
  account                   add, list or remove accounts (credentials go to the OS keyring)

For whoever runs an office server:
  serve                     run the Meetings API server and the meeting pages
  app                       register applications on a server's data directory
                            (for 'account add'; it does not start the app)
  backup                    copy a server's data directory consistently, also while it runs

Each command has its own --help (meeting-launcher new --help).""",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="meeting-launcher",
        usage="%(prog)s [-h] [--version] [LINK | COMMAND ...]",
        description=COMMANDS,
        formatter_class=RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # The commands are listed, grouped, in the description; argparse's own list would
    # mix the people's with the operator's.
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", help=argparse.SUPPRESS, prog="meeting-launcher"
    )

    serve = sub.add_parser(
        "serve",
        help="run the Meetings API server",
        description="Run the Meetings API server and the meeting pages. Every option can "
        "also be set in the --config file (TOML, the option's name with _ for -); "
        "options given here override it.",
    )
    serve.add_argument("--config", metavar="FILE", help="TOML file with any of these settings")
    serve.add_argument(
        "--check",
        action="store_true",
        help="only validate the settings and print what guests will get (exit 2 on problems)",
    )
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port to listen on (default 8443)")
    serve.add_argument(
        "--data-dir",
        metavar="DIR",
        help="recordings, the TLS certificate, and the rooms' SQLite database unless "
        "--database is given",
    )
    _database_options(serve)
    serve.add_argument(
        "--redis",
        metavar="URL",
        help="Redis carrying the meetings' signalling between several serve processes on "
        "one --database: redis://HOST:PORT[/DB] (rediss:// for TLS). No password in the "
        "URL: use --redis-password-file",
    )
    serve.add_argument(
        "--redis-password-file", metavar="FILE", help="file holding the Redis password"
    )
    serve.add_argument("--public-url", metavar="URL", help="the origin put in every link")
    tls = serve.add_mutually_exclusive_group()
    tls.add_argument("--self-signed", action="store_true", default=None)
    tls.add_argument("--tls-cert", metavar="FILE")
    tls.add_argument(
        "--behind-proxy",
        action="store_true",
        default=None,
        help="plain HTTP for a reverse proxy (needs --public-url; trusts 127.0.0.1 and ::1 "
        "unless --trusted-proxy is given)",
    )
    serve.add_argument("--tls-key", metavar="FILE")
    serve.add_argument(
        "--trusted-proxy",
        dest="trusted_proxies",
        action="append",
        metavar="ADDR",
        help="address or network whose X-Forwarded-For/-Proto/-Host count (repeatable)",
    )
    serve.add_argument(
        "--webhook-secret-file", metavar="FILE", help="HMAC key signing webhook deliveries"
    )
    serve.add_argument(
        "--turn-uri",
        dest="turn_uris",
        action="append",
        metavar="URI",
        help="TURN relay for guests behind NAT (repeatable): turn:HOST:3478?transport=udp, "
        "turns:HOST:5349?transport=tcp",
    )
    serve.add_argument(
        "--turn-secret-file",
        metavar="FILE",
        help="the static-auth-secret shared with coturn (per-participant credentials are "
        "minted from it)",
    )
    for kind in ("rooms", "sessions", "recordings"):
        serve.add_argument(
            f"--{kind}-callback-url",
            metavar="URL",
            help=f"{kind} webhooks for rooms without their own",
        )
    serve.add_argument(
        "--dial-in-numbers-file",
        metavar="FILE",
        help="JSON list of {number, locale, display_name} "
        "(default: <data dir>/dial-in-numbers.json when present)",
    )
    serve.add_argument(
        "--mesh-video-senders",
        metavar="N",
        help="how many people may have their camera on before hosts see a warning that "
        "video may stutter: every page sends its video to every other one, so each camera "
        "adds upload and CPU for everyone (1 to 100, default 4)",
    )
    serve.add_argument(
        "--max-video-senders",
        metavar="N",
        help="how many people may have their camera on in one room at once; the next one "
        "joins with the camera off and is told why (1 to 100, default 25)",
    )
    serve.add_argument(
        "--sfu-url",
        metavar="URL",
        help="Janus' API (VideoRoom) for rooms of three or more people, on loopback or an "
        "internal network: ws://127.0.0.1:8188",
    )
    serve.add_argument(
        "--sfu-admin-key-file",
        metavar="FILE",
        help="file holding the VideoRoom admin_key (never on the command line)",
    )
    serve.add_argument(
        "--api-requests-per-minute",
        metavar="N",
        help="Meetings API requests one application may make a minute; more are answered "
        "429 with Retry-After (default 0: no limit; with --redis, for all processes together)",
    )
    serve.add_argument(
        "--joins-per-minute",
        metavar="N",
        help="meeting pages joining and one-time links one client address (not loopback) may "
        "open a minute; more are answered 429 (default 0: no limit; with --redis, for all "
        "processes together)",
    )
    serve.add_argument("--log-format", choices=("text", "json"), help="default text")
    serve.add_argument(
        "--log-level", choices=("debug", "info", "warning", "error"), help="default warning"
    )
    serve.add_argument(
        "--webhook-allow-private",
        dest="webhook_allow_private",
        action="append",
        metavar="CIDR",
        help="let webhooks reach this private address range (repeatable; default: public only)",
    )
    serve.set_defaults(handler=_lazy("launcher.server.cli", "cmd_serve"))

    backup = sub.add_parser(
        "backup", help="copy a server's data directory consistently, also while it runs"
    )
    backup.add_argument("--data-dir", required=True, metavar="DIR")
    backup.add_argument("--to", required=True, metavar="DIR", help="a new folder for the copy")
    backup.set_defaults(handler=_lazy("launcher.server.cli", "cmd_backup"))

    app = sub.add_parser(
        "app",
        help="register applications on a server's data directory",
        description="Registers applications on a Meetings server's data directory: each gets "
        "an application id and a private key, which 'meeting-launcher account add' takes. "
        "This does not start the desktop app (run meeting-launcher without a command).",
    )
    app_sub = app.add_subparsers(dest="app_command", metavar="ACTION", required=True)
    app_create = app_sub.add_parser("create", help="register an application")
    app_create.add_argument("--data-dir", help="the server's data directory (SQLite)")
    _database_options(app_create)
    app_create.add_argument("--name", required=True)
    app_create.add_argument("--private-key-out", required=True)
    app_create.set_defaults(handler=_lazy("launcher.server.cli", "cmd_app_create"))
    app_list = app_sub.add_parser("list", help="list registered applications")
    app_list.add_argument("--data-dir", help="the server's data directory (SQLite)")
    _database_options(app_list)
    app_list.set_defaults(handler=_lazy("launcher.server.cli", "cmd_app_list"))
    app_embed = app_sub.add_parser(
        "embed-domains",
        help="set or show the websites (origins) that may embed an application's meetings",
    )
    app_embed.add_argument("--data-dir", help="the server's data directory (SQLite)")
    _database_options(app_embed)
    app_embed.add_argument("application_id", metavar="APP_ID")
    app_embed.add_argument(
        "origins",
        nargs="*",
        metavar="ORIGIN",
        help="e.g. https://intranet.example.com; replaces the list (none given: show it)",
    )
    app_embed.add_argument(
        "--clear", action="store_true", help="no website may embed the meetings (the default)"
    )
    app_embed.set_defaults(handler=_lazy("launcher.server.cli", "cmd_app_embed_domains"))

    _add_people_commands(sub)
    return parser


def _add_people_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``account``, ``new`` and ``selftest``: their help in the system's language."""
    account = sub.add_parser(
        "account",
        help="manage accounts (credentials go to the OS keyring)",
        description=QT_TRANSLATE_NOOP(
            "cli", "Add, list or remove accounts; credentials go to the OS keyring."
        ),
        formatter_class=HelpFormatter,
    )
    acc_sub = account.add_subparsers(
        dest="account_command",
        metavar="ACTION",
        required=True,
        title=QT_TRANSLATE_NOOP("cli", "actions"),
    )
    acc_add = acc_sub.add_parser(
        "add",
        help=QT_TRANSLATE_NOOP("cli", "add an account for a Meetings server"),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Add an account for a Meetings server: the key, the id and the address are "
            "checked, and one room is listed on the server, before it is saved.",
        ),
        formatter_class=HelpFormatter,
    )
    acc_add.add_argument(
        "--name",
        required=True,
        help=QT_TRANSLATE_NOOP("cli", 'the account\'s name, e.g. "Front desk"'),
    )
    acc_add.add_argument(
        "--server",
        required=True,
        metavar="URL",
        help=QT_TRANSLATE_NOOP("cli", "the server's address, e.g. https://meet.office.lan:8443"),
    )
    acc_add.add_argument(
        "--application-id",
        required=True,
        metavar="ID",
        help=QT_TRANSLATE_NOOP("cli", "the application id (a UUID) from the server's operator"),
    )
    acc_add.add_argument(
        "--private-key",
        required=True,
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("cli", "the application's private key file (PEM)"),
    )
    acc_add.add_argument(
        "--ca-cert",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("cli", "the server's certificate, when it is not a public one"),
    )
    acc_add.add_argument(
        "--default",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "make it the default account"),
    )
    acc_add.set_defaults(handler=_lazy("launcher.core.account_cli", "cmd_account_add"))
    acc_list = acc_sub.add_parser(
        "list",
        help=QT_TRANSLATE_NOOP("cli", "list accounts (never prints secrets)"),
        description=QT_TRANSLATE_NOOP(
            "cli", "List the accounts: * marks the default one; never prints a secret."
        ),
        formatter_class=HelpFormatter,
    )
    acc_list.set_defaults(handler=_lazy("launcher.core.account_cli", "cmd_account_list"))
    acc_remove = acc_sub.add_parser(
        "remove",
        help=QT_TRANSLATE_NOOP("cli", "remove an account and its keyring entries"),
        description=QT_TRANSLATE_NOOP("cli", "Remove an account and its keyring entries."),
        formatter_class=HelpFormatter,
    )
    acc_remove.add_argument("name", help=QT_TRANSLATE_NOOP("cli", "the account's name"))
    acc_remove.set_defaults(handler=_lazy("launcher.core.account_cli", "cmd_account_remove"))

    new = sub.add_parser(
        "new",
        help="create a room and print its guest link",
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Create a room with a stored account and print its guest link (with --json, "
            "the room as the server returned it, host link included: keep it secret).",
        ),
        formatter_class=HelpFormatter,
    )
    new.add_argument(
        "--account",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("cli", "the account to use (default: the default account)"),
    )
    new.add_argument("--name", metavar="TEXT", help=QT_TRANSLATE_NOOP("cli", "the meeting's name"))
    new.add_argument(
        "--long-term",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "a long-term room, kept until --expires"),
    )
    new.add_argument(
        "--expires",
        metavar="ISO8601",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "when a long-term room stops working, e.g. 2031-03-14T09:30 (local time "
            "without an offset); 10 minutes to one year ahead",
        ),
    )
    new.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "print the room as JSON (it holds the host link)"),
    )
    new.set_defaults(handler=_lazy("launcher.core.room_cli", "cmd_new"))

    selftest = sub.add_parser(
        "selftest",
        help="check server, keyring, web engine, camera",
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Check this computer: the built-in server, the keyring, the web engine, the "
            "camera and the microphone. Shows no window and touches none of your data.",
        ),
        formatter_class=HelpFormatter,
    )
    selftest.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "print the results as JSON")
    )
    selftest.add_argument(
        "--account",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("cli", "check the TURN relay of this account's server"),
    )
    selftest.set_defaults(handler=_lazy("launcher.web.selftest", "cmd_selftest"))


def main(argv: Sequence[str] | None = None) -> int:
    if not (sys.argv[1:] if argv is None else argv):
        # No arguments: the desktop app, without building the whole parser (about
        # 8 ms of the window's start-up). The collector is paused until the window
        # is shown (launcher.ui.app resumes it): start-up makes tens of thousands
        # of long-lived objects (Qt enums, classes) and collecting them repeatedly
        # buys nothing.
        import gc

        gc.disable()
        from launcher.bootstrap import (
            bootstrap_code_cache,
            default_bootstrap_cache,
            lighten_pyside_imports,
        )

        # PySide6's first import (unless a packaged build's run-time hook did it), with
        # its support code cached, before the app's own modules.
        with bootstrap_code_cache(default_bootstrap_cache()):
            lighten_pyside_imports()
        from launcher.ui.app import run_desktop_app

        return run_desktop_app()
    arguments = list(sys.argv[1:] if argv is None else argv)
    from launcher.core.meeting_links import InvalidLink, looks_like_link, parse_link

    if len(arguments) == 1 and looks_like_link(arguments[0]):
        # ``meeting-launcher LINK`` (also what the desktop's URL handler runs): the app
        # opens it, or hands it to the running app. A refused link is said here for a
        # terminal, and in the window (started from a desktop link, nobody sees stderr).
        try:
            parse_link(arguments[0])
        except InvalidLink as error:
            print(
                cli_start.tr("meeting-launcher: link not opened: {reason}").format(
                    reason=_link_problem(error)
                ),
                file=sys.stderr,
            )
        from launcher.ui.app import run_desktop_app

        return run_desktop_app(arguments[0])
    parser = build_parser()
    translate_argparse_messages()  # argparse's errors; the help's texts are its formatters'
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        # No sub-command: the desktop app.
        return _lazy("launcher.ui.app", "cmd_gui")(args)
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
