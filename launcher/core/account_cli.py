"""``meeting-launcher account add|list|remove``: account setup for IT staff.

Exit codes: 0 success; 2 bad input, one line on stderr (a value that fails its
check, a key or CA file that cannot be read, or a live check that fails: wrong
key (401), unreachable server, untrusted certificate, wrong URL (404)); 1 when
the OS keyring cannot be used (locked or missing), also one line.

``add`` reads the key file once and stores the key in the keyring: the file
may be deleted afterwards. An encrypted key asks for its passphrase without
echo when stdin is a terminal; otherwise it is refused with a one-line reason
(a passphrase never goes on the command line). ``list`` prints name, server,
a ``*`` for the default and ``(this computer)`` for the local account; never
a secret. ``remove`` deletes the account's keyring items too.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys

from launcher.core.account_service import AccountDetails, save_account
from launcher.core.accounts import AccountNotFound, AccountStore
from launcher.core.credentials import KeyringUnavailable
from launcher.core.validation import InvalidInput
from launcher.redaction import install_redaction

__all__ = ["cmd_account_add", "cmd_account_list", "cmd_account_remove"]

EXIT_OK = 0
EXIT_KEYRING = 1
EXIT_BAD_INPUT = 2


def _setup_logging() -> None:
    root = logging.getLogger()
    if not root.handlers:
        # Without a handler, logging's last resort would print warnings to stderr
        # and break the one-line contract; the one line says what matters.
        root.addHandler(logging.NullHandler())
    install_redaction(root)


def _fail(action: str, message: str, code: int) -> int:
    text = " ".join(message.split())  # one line, whatever the message held
    print(f"meeting-launcher account {action}: {text}", file=sys.stderr)
    return code


def _keyring_message(error: KeyringUnavailable) -> str:
    return f"{error.message} ({error.detail})" if error.detail else error.message


def _passphrase(path: str) -> bytes | None:
    if not sys.stdin.isatty():
        raise InvalidInput(
            "private_key",
            "encrypted",
            "the private key is protected by a passphrase; run this in a terminal to be"
            " asked for it, or add the account in the app",
        )
    return getpass.getpass(f"Passphrase for {path}: ").encode("utf-8")


def cmd_account_add(args: argparse.Namespace) -> int:
    """Validate everything, check the server live, then store the account."""
    _setup_logging()
    store = AccountStore()
    details = AccountDetails(
        name=args.name,
        server=args.server,
        application_id=args.application_id,
        key_file=args.private_key,
        ca_file=args.ca_cert or "",
        make_default=bool(args.default),
    )
    try:
        account = save_account(store, details, ask_passphrase=lambda: _passphrase(args.private_key))
    except InvalidInput as exc:
        return _fail("add", exc.message, EXIT_BAD_INPUT)
    except KeyringUnavailable as exc:
        return _fail("add", _keyring_message(exc), EXIT_KEYRING)
    default = store.default()
    marker = " (default)" if default is not None and default.key == account.key else ""
    print(f"Added account {account.name!r} for {account.server_url}{marker}.")
    return EXIT_OK


def cmd_account_list(args: argparse.Namespace) -> int:
    """One line per account: default marker, name, server, local marker."""
    _setup_logging()
    store = AccountStore()
    accounts = store.accounts()
    if not accounts:
        print("No accounts. The app sets one up for this computer when it first starts.")
        return EXIT_OK
    default = store.default()
    width = max(len(a.name) for a in accounts)
    for account in accounts:
        marker = "*" if default is not None and account.key == default.key else " "
        local = "  (this computer)" if account.is_local else ""
        print(f"{marker} {account.name:<{width}}  {account.server_url}{local}")
    return EXIT_OK


def cmd_account_remove(args: argparse.Namespace) -> int:
    """Remove the account and its keyring items."""
    _setup_logging()
    store = AccountStore()
    try:
        account = store.remove(args.name)
    except AccountNotFound:
        return _fail("remove", f"no account named {args.name!r}", EXIT_BAD_INPUT)
    except KeyringUnavailable as exc:
        return _fail("remove", _keyring_message(exc), EXIT_KEYRING)
    print(f"Removed account {account.name!r} and its keyring entries.")
    return EXIT_OK
