"""The add/edit-account use case shared by the command line and the account form,
against a real built-in server and a real Secret Service."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from launcher.core.account_service import AccountDetails, save_account
from launcher.core.accounts import AccountStore
from launcher.core.credentials import CredentialStore
from launcher.core.validation import InvalidInput
from tests.helpers.servers import AppCredentials


@pytest.fixture
def store(dirs: dict[str, Path], creds: CredentialStore) -> AccountStore:
    return AccountStore(dirs["config"], dirs["data"], creds)


def _details(app: AppCredentials, **changes: object) -> AccountDetails:
    values: dict[str, object] = {
        "name": "Front desk",
        "server": app.api_url.removesuffix("/v1/meetings"),
        "application_id": app.application_id,
        "private_key": app.private_key_pem.decode(),
        "ca_file": str(app.ca_cert_path),
    }
    values.update(changes)
    return AccountDetails(**values)  # type: ignore[arg-type]


def test_a_protected_key_file_asks_for_its_passphrase_once(
    store: AccountStore, shared_app_credentials: AppCredentials, tmp_path: Path
) -> None:
    app = shared_app_credentials
    key = serialization.load_pem_private_key(app.private_key_pem, None)
    protected = tmp_path / "app.key"
    protected.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(b"secret phrase"),
        )
    )
    asked: list[bool] = []

    def ask() -> bytes:
        asked.append(True)
        return b"secret phrase"

    details = _details(app, private_key="", key_file=str(protected))
    account = save_account(store, details, ask_passphrase=ask)
    assert asked == [True]
    stored_id, stored_key = store.secrets(account)
    assert stored_id == app.application_id
    assert "ENCRYPTED" not in stored_key and stored_key.startswith("-----BEGIN")

    plain = tmp_path / "plain.key"
    plain.write_bytes(app.private_key_pem)
    save_account(
        store, _details(app, name="Branch", private_key="", key_file=str(plain)), ask_passphrase=ask
    )
    assert asked == [True]  # a key without a passphrase asks nothing
    for name in ("Front desk", "Branch"):
        store.remove(name)


def test_editing_without_new_credentials_keeps_the_stored_ones(
    store: AccountStore, shared_app_credentials: AppCredentials
) -> None:
    app = shared_app_credentials
    first = save_account(store, _details(app))
    before = store.secrets(first)
    renamed = save_account(
        store,
        _details(app, name="Reception", application_id="", private_key="", make_default=True),
        editing=first,
    )
    assert store.names() == {"Reception"}
    assert store.secrets(renamed) == before
    assert before[0] == app.application_id
    default = store.default()
    assert default is not None and default.name == "Reception"
    store.remove("Reception")


def test_a_new_account_needs_a_key_and_a_free_name(
    store: AccountStore, shared_app_credentials: AppCredentials
) -> None:
    app = shared_app_credentials
    with pytest.raises(InvalidInput) as missing:
        save_account(store, _details(app, private_key=""))
    assert (missing.value.field, missing.value.reason) == ("private_key", "empty")
    save_account(store, _details(app))
    with pytest.raises(InvalidInput) as taken:
        save_account(store, _details(app))
    assert (taken.value.field, taken.value.reason) == ("name", "duplicate")
    store.remove("Front desk")


def test_cancelled_before_storing_stores_nothing(
    store: AccountStore, shared_app_credentials: AppCredentials
) -> None:
    class Stop(Exception):
        pass

    calls: list[bool] = []

    def check() -> None:
        calls.append(True)
        if len(calls) == 2:  # after the live check, before the keyring
            raise Stop

    with pytest.raises(Stop):
        save_account(store, _details(shared_app_credentials), check_cancelled=check)
    assert store.accounts() == []
