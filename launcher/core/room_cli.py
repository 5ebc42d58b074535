"""``meeting-launcher new``: create a room with a stored account and print its guest link.

    meeting-launcher new [--account NAME] [--name TEXT] [--long-term --expires ISO8601] [--json]

Prints the guest link (one line), or with ``--json`` the room exactly as the API
returned it. Exit codes: 0 done; 2 bad input, one line on stderr (``--expires``
missing with ``--long-term`` or given without it, a date that does not parse or
is out of range, an unknown account, a name too long); 1 the server or the
keyring failed, one line on stderr.

``--expires`` takes ISO 8601 (``2031-03-14T09:30``, ``...Z``, ``...+01:00``); a
time without an offset is local time. For the "This computer" account the
built-in server must be running: when the app is not running it, this command
starts it in-process for the call and says that guests can join only while
Meeting Launcher runs. When the link cannot reach guests elsewhere (loopback: this
computer only; a private address: this network only; ``http://`` elsewhere: no
camera), a note on stderr says so and what to do. No Qt here, and nothing secret
is logged.
"""

from __future__ import annotations

import argparse
import json
import logging
import socket
import sys
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from launcher.cli_i18n import Translator
from launcher.core.reach import Audience, reach_of
from launcher.redaction import install_redaction

if TYPE_CHECKING:
    from launcher.api.models import Room
    from launcher.core.accounts import Account, AccountStore

__all__ = ["cmd_new", "parse_expiry"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
NAME_LIMIT = 200
MIN_AHEAD = timedelta(minutes=10)
MAX_AHEAD = timedelta(days=365)

#: The sentences of ``new``, in the system's language (launcher.cli_i18n).
cli_new = Translator("cli_new")


class BadInput(Exception):
    """One line saying what is wrong with the command line."""


def parse_expiry(text: str, now: datetime | None = None) -> datetime:
    """An aware datetime from ISO 8601 text; local time when no offset is given."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise BadInput(
            cli_new.tr(
                "--expires: cannot read {text} as a date and time; use ISO 8601, "
                "e.g. 2031-03-14T09:30 or 2031-03-14T09:30:00Z"
            ).format(text=repr(text))
        ) from None
    if value.tzinfo is None:
        value = value.astimezone()  # the computer's local time zone
    now = now or datetime.now(UTC)
    if value < now + MIN_AHEAD:
        raise BadInput(cli_new.tr("--expires must be at least 10 minutes from now"))
    if value > now + MAX_AHEAD:
        raise BadInput(cli_new.tr("--expires must be at most one year from now"))
    return value.astimezone(UTC)


def _check_args(args: argparse.Namespace) -> tuple[str, datetime | None]:
    if args.long_term and not args.expires:
        raise BadInput(
            cli_new.tr("--long-term needs --expires ISO8601 (when the room stops working)")
        )
    if args.expires and not args.long_term:
        raise BadInput(cli_new.tr("--expires applies to long-term rooms only: add --long-term"))
    expires = parse_expiry(args.expires) if args.long_term else None
    if args.name is not None:
        name = args.name
    else:
        name = cli_new.tr("Meeting {time}").format(time=f"{datetime.now().astimezone():%H:%M}")
    name = " ".join(name.split())
    if not name:
        raise BadInput(cli_new.tr("--name must not be empty"))
    if len(name) > NAME_LIMIT:
        raise BadInput(
            cli_new.tr(
                "--name is %n characters long; at most {limit} are allowed", "", len(name)
            ).format(limit=NAME_LIMIT)
        )
    return name, expires


def _listening(url: str) -> bool:
    """True when something accepts connections at ``url``'s host and port."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", port), timeout=1.0):
            return True
    except OSError:
        return False


def _account(store: AccountStore, name: str | None) -> Account:
    from launcher.core.accounts import AccountNotFound

    if name is not None:
        try:
            return store.get(name)
        except AccountNotFound:
            known = ", ".join(repr(n) for n in sorted(store.names())) or cli_new.tr("none")
            raise BadInput(
                cli_new.tr("--account: no account named {name} (accounts: {known})").format(
                    name=repr(name), known=known
                )
            ) from None
    account = store.default()
    if account is None:
        raise BadInput(
            cli_new.tr(
                "no account is set up yet: start Meeting Launcher once, or add one with "
                "'meeting-launcher account add'"
            )
        )
    return account


def _print_room(room: Room, as_json: bool) -> None:
    if as_json:
        print(json.dumps(dict(room.raw), indent=2, sort_keys=True, default=_plain))
    else:
        print(room.guest_url)


def _plain(value: object) -> object:
    # Room.raw holds read-only mapping views; JSON wants plain dicts and lists.
    if hasattr(value, "items"):
        return dict(value.items())
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(type(value).__name__)


def _fail(message: str, code: int) -> int:
    print(f"meeting-launcher new: {' '.join(message.split())}", file=sys.stderr)
    return code


def _note(text: str) -> None:
    print(cli_new.tr("note: {text}").format(text=text), file=sys.stderr)


def cmd_new(args: argparse.Namespace) -> int:
    """Create an instant (or long-term) room and print its guest link."""
    # The arguments first, before anything heavy is imported or started (the HTTP
    # client, the keyring, the built-in server): a typo is refused at once.
    try:
        name, expires = _check_args(args)
    except BadInput as exc:
        return _fail(str(exc), EXIT_BAD_INPUT)

    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.NullHandler())  # stderr carries only our one line
    install_redaction(root)

    from launcher.api.errors import ApiError
    from launcher.core.account_cli import keyring_text
    from launcher.core.accounts import AccountStore
    from launcher.core.credentials import KeyringUnavailable

    try:
        store = AccountStore()
        account = _account(store, args.account)
    except BadInput as exc:
        return _fail(str(exc), EXIT_BAD_INPUT)

    started_here = False
    try:
        if account.is_local and not _listening(account.server_url):
            from launcher.core.local_server import ensure_local_account

            account = ensure_local_account(store)
            started_here = True
        client = store.client_for(account)
        try:
            if expires is not None:
                room = client.create_room(name, type="long_term", expires_at=expires)
            else:
                room = client.create_room(name, type="instant")
        finally:
            client.close()
    except KeyringUnavailable as exc:
        return _fail(keyring_text(exc), EXIT_FAILED)
    except ApiError as exc:
        return _fail(
            cli_new.tr("the server refused or could not be reached: {reason}").format(reason=exc),
            EXIT_FAILED,
        )
    finally:
        if started_here:
            from launcher.core.local_server import stop_local_server

            stop_local_server()

    _print_room(room, args.json)
    reach = reach_of(room.guest_url or "", local=account.is_local)
    if reach.audience is Audience.COMPUTER:
        _note(
            cli_new.tr(
                "this link opens only on this computer, not for guests elsewhere; for "
                "guests on your network turn on 'Let guests on my local network join' in the "
                "app's window, for guests anywhere use an office server "
                "('meeting-launcher account add')."
            )
        )
    elif reach.needs_https:
        _note(
            cli_new.tr(
                "guests' browsers block camera and microphone on this http:// link; "
                "the server needs an https:// address."
            )
        )
    elif reach.audience is Audience.NETWORK:
        _note(cli_new.tr("only computers on your network can open this link."))
    if account.is_local:
        _note(
            cli_new.tr(
                "Meeting Launcher is not running: start it before the meeting, guests can "
                "join only while it runs on this computer."
            )
            if started_here
            else cli_new.tr("Guests can join only while Meeting Launcher runs on this computer.")
        )
    return EXIT_OK
