"""Adding or editing an office-server account: every check, the live check, then the store.

One use case for both front ends: ``meeting-launcher account add``
(:mod:`launcher.core.account_cli`) and the app's account form
(``launcher.ui.accounts.form``). Blocking (files, keyring, network): the app runs it
off the GUI thread. Every refusal is an :class:`InvalidInput` naming the field and
the reason; a locked or missing keyring raises ``KeyringUnavailable``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from launcher.core.accounts import Account, AccountExists, AccountStore
from launcher.core.credentials import SecretNotFound
from launcher.core.validation import (
    InvalidInput,
    check_connection,
    is_encrypted_key,
    load_private_key,
    normalize_origin,
    normalize_server_url,
    read_key_file,
    validate_application_id,
    validate_ca_file,
    validate_name,
)

__all__ = ["AccountDetails", "save_account"]


@dataclass(frozen=True)
class AccountDetails:
    """What the person gave, unchecked. When editing, an empty application id or key
    keeps the stored one."""

    name: str
    server: str
    application_id: str = ""
    private_key: str | bytes = ""  # the key's PEM text; or give key_file
    key_file: str = ""  # read when private_key is empty
    passphrase: bytes | None = None
    ca_file: str = ""
    meeting_origin: str = ""
    make_default: bool = False


def save_account(
    store: AccountStore,
    details: AccountDetails,
    *,
    editing: Account | None = None,
    ask_passphrase: Callable[[], bytes | None] | None = None,
    check_cancelled: Callable[[], object] = lambda: None,
) -> Account:
    """Check every field, check the server live, then add (or update ``editing``).

    ``ask_passphrase`` is called when the key is protected and no passphrase was
    given (the command line asks in the terminal); ``check_cancelled`` raises to
    stop before the network check and before storing.
    """
    taken = store.names() - ({editing.name} if editing else set())
    name = validate_name(details.name, taken)
    server_url = normalize_server_url(details.server)
    meeting_origin = (
        normalize_origin(details.meeting_origin, "meeting_origin")
        if details.meeting_origin.strip()
        else ""
    )
    new_id = details.application_id.strip()
    application_id = validate_application_id(new_id) if new_id or editing is None else None
    private_key_pem = _private_key(details, ask_passphrase)
    if private_key_pem is None and editing is None:
        raise InvalidInput("private_key", "empty", "no private key given")
    ca_file = validate_ca_file(details.ca_file) if details.ca_file.strip() else None
    if editing is not None and (application_id is None or private_key_pem is None):
        # Editing without new credentials: check with the stored ones.
        try:
            stored_id, stored_key = store.secrets(editing)
        except SecretNotFound as exc:
            raise InvalidInput("private_key", "empty", "no stored key: enter it again") from exc
        application_id = application_id or stored_id
        private_key_pem = private_key_pem or stored_key
    assert application_id is not None and private_key_pem is not None
    check_cancelled()
    check_connection(server_url, application_id, private_key_pem, ca_file)
    check_cancelled()
    account = Account(
        name=name,
        server_url=server_url,
        ca_file=ca_file,
        meeting_origin=meeting_origin,
        is_local=editing.is_local if editing else False,
    )
    try:
        if editing is None:
            return store.add(
                account, application_id, private_key_pem, make_default=details.make_default
            )
        saved = store.update(
            editing.name, account, application_id=application_id, private_key_pem=private_key_pem
        )
        if details.make_default:
            store.set_default(saved.name)
        return saved
    except AccountExists as exc:
        raise InvalidInput("name", "duplicate", "an account with this name exists") from exc


def _private_key(
    details: AccountDetails, ask_passphrase: Callable[[], bytes | None] | None
) -> str | None:
    """The key as PEM text, checked; None when none was given."""
    data: str | bytes = details.private_key
    if isinstance(data, str):
        data = data.strip()
    if not data and details.key_file:
        data = read_key_file(details.key_file)
    if not data:
        return None
    passphrase = details.passphrase
    if passphrase is None and ask_passphrase is not None:
        raw = data.encode("utf-8") if isinstance(data, str) else data
        if is_encrypted_key(raw):
            passphrase = ask_passphrase()
    return load_private_key(data, passphrase)
