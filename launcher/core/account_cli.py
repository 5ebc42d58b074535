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

from launcher.cli_i18n import Translator, cli_language
from launcher.core.account_service import AccountDetails, save_account
from launcher.core.accounts import AccountNotFound, AccountStore
from launcher.core.credentials import KeyringUnavailable
from launcher.core.validation import MAX_NAME_LENGTH, InvalidInput
from launcher.redaction import install_redaction

__all__ = ["cmd_account_add", "cmd_account_list", "cmd_account_remove"]

EXIT_OK = 0
EXIT_KEYRING = 1
EXIT_BAD_INPUT = 2

#: The sentences of ``account``, in the system's language (launcher.cli_i18n).
cli_account = Translator("cli_account")


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


def keyring_text(error: KeyringUnavailable) -> str:
    """The keyring's sentence for a terminal, with its detail (never a secret)."""
    texts = {
        "locked": cli_account.tr(
            "The password store (keyring) of this computer is locked. Unlock it and try again."
        ),
        "missing": cli_account.tr(
            "This computer has no password store (keyring) the launcher can use "
            "to keep the account's key safe."
        ),
        "error": cli_account.tr("The password store (keyring) of this computer could not be used."),
    }
    message = texts.get(error.kind, error.message)
    return f"{message} ({error.detail})" if error.detail else message


def invalid_input_text(error: InvalidInput, args: argparse.Namespace) -> str:
    """``error``'s sentence in the command line's language: core's own English one,
    or for another language the translation of its field and reason, naming the
    value of the command line it is about."""
    if cli_language() == "en":
        return error.message
    key, ca = repr(args.private_key), repr(args.ca_cert or "")
    texts = {
        ("name", "empty"): cli_account.tr("the account needs a name"),
        ("name", "too_long"): cli_account.tr("the name is longer than {limit} characters").format(
            limit=MAX_NAME_LENGTH
        ),
        ("name", "duplicate"): cli_account.tr("an account named {name} already exists").format(
            name=repr(" ".join(args.name.split()))
        ),
        ("server", "url"): cli_account.tr(
            "{server} is not a server address (expected https://host[:port], "
            "with no user name, password, ? or # part)"
        ).format(server=repr(args.server)),
        ("server", "insecure"): cli_account.tr(
            "use an https:// address: plain http is only allowed for this computer"
        ),
        ("application_id", "not_uuid"): cli_account.tr("the application id must be a UUID"),
        ("private_key", "missing"): cli_account.tr("no such file: {file}").format(file=key),
        ("private_key", "unreadable"): cli_account.tr("cannot read {file}").format(file=key),
        ("private_key", "not_pem"): cli_account.tr(
            "{file} is not a private key that can be read (PEM, -----BEGIN ...)"
        ).format(file=key),
        ("private_key", "not_rsa"): cli_account.tr(
            "the private key is not an RSA key (RS256 needs one)"
        ),
        ("private_key", "encrypted"): cli_account.tr(
            "the private key is protected by a passphrase; run this in a terminal to be "
            "asked for it, or add the account in the app"
        ),
        ("private_key", "bad_passphrase"): cli_account.tr(
            "the passphrase for the private key is wrong"
        ),
        ("ca_file", "missing"): cli_account.tr("no such file: {file}").format(file=ca),
        ("ca_file", "unreadable"): cli_account.tr("cannot read {file}").format(file=ca),
        ("ca_file", "not_pem"): cli_account.tr("{file} holds no PEM certificate").format(file=ca),
        ("connection", "auth"): cli_account.tr(
            "the server refused the credentials (401): wrong private key or application id"
        ),
        ("connection", "not_found"): cli_account.tr(
            "no Meetings API at this address (404): check the server URL"
        ),
        ("connection", "tls"): cli_account.tr(
            "the server's certificate is not trusted: add the office CA file"
        ),
        ("connection", "timeout"): cli_account.tr("the server did not answer in time"),
        ("connection", "unreachable"): cli_account.tr(
            "the server cannot be reached: check the address and the network"
        ),
        ("connection", "server"): cli_account.tr(
            "the server answered with an error: {detail}"
        ).format(detail=error.detail),
    }
    return texts.get((error.field, error.reason), error.message)


def _passphrase(path: str) -> bytes | None:
    if not sys.stdin.isatty():
        raise InvalidInput(
            "private_key",
            "encrypted",
            "the private key is protected by a passphrase; run this in a terminal to be"
            " asked for it, or add the account in the app",
        )
    prompt = cli_account.tr("Passphrase for {file}: ").format(file=path)
    return getpass.getpass(prompt).encode("utf-8")


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
        return _fail("add", invalid_input_text(exc, args), EXIT_BAD_INPUT)
    except KeyringUnavailable as exc:
        return _fail("add", keyring_text(exc), EXIT_KEYRING)
    default = store.default()
    if default is not None and default.key == account.key:
        text = cli_account.tr("Added account {name} for {server} (default).")
    else:
        text = cli_account.tr("Added account {name} for {server}.")
    print(text.format(name=repr(account.name), server=account.server_url))
    return EXIT_OK


def cmd_account_list(args: argparse.Namespace) -> int:
    """One line per account: default marker, name, server, local marker."""
    _setup_logging()
    store = AccountStore()
    accounts = store.accounts()
    if not accounts:
        print(
            cli_account.tr(
                "No accounts. The app sets one up for this computer when it first starts."
            )
        )
        return EXIT_OK
    default = store.default()
    width = max(len(a.name) for a in accounts)
    for account in accounts:
        marker = "*" if default is not None and account.key == default.key else " "
        local = "  " + cli_account.tr("(this computer)") if account.is_local else ""
        print(f"{marker} {account.name:<{width}}  {account.server_url}{local}")
    return EXIT_OK


def cmd_account_remove(args: argparse.Namespace) -> int:
    """Remove the account and its keyring items."""
    _setup_logging()
    store = AccountStore()
    try:
        account = store.remove(args.name)
    except AccountNotFound:
        return _fail(
            "remove",
            cli_account.tr("no account named {name}").format(name=repr(args.name)),
            EXIT_BAD_INPUT,
        )
    except KeyringUnavailable as exc:
        return _fail("remove", keyring_text(exc), EXIT_KEYRING)
    print(
        cli_account.tr("Removed account {name} and its keyring entries.").format(
            name=repr(account.name)
        )
    )
    return EXIT_OK
