"""CredentialStore against the real Secret Service (gnome-keyring in ./run tests' session)."""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Iterator

import keyring
import keyring.backends.fail
import pytest
import secretstorage
from jeepney.io.blocking import DBusConnection

from launcher.core.credentials import (
    CHUNK_SIZE,
    CredentialStore,
    KeyringUnavailable,
    SecretNotFound,
)
from tests.core.conftest import keyring_items, unlock_login_collection


def test_round_trip_small_values(
    creds: CredentialStore, secret_service: DBusConnection, rsa_2048_pem: str
) -> None:
    app_id = str(uuid.uuid4())
    short = "x" * 100
    creds.save("acct-1", app_id, short)
    assert creds.load("acct-1") == (app_id, short)
    assert keyring_items(secret_service, creds.service) == [
        "acct-1/application-id",
        "acct-1/private-key",
    ]
    creds.delete("acct-1")
    assert keyring_items(secret_service, creds.service) == []


def test_4096_bit_key_is_split_into_chunks_and_joined_back(
    creds: CredentialStore, secret_service: DBusConnection, rsa_4096_pem: str
) -> None:
    assert len(rsa_4096_pem) > 2500  # the case Windows Credential Manager refuses whole
    app_id = str(uuid.uuid4())
    creds.save("acct", app_id, rsa_4096_pem)

    names = keyring_items(secret_service, creds.service)
    chunks = [n for n in names if n.startswith("acct/private-key#")]
    assert len(chunks) == -(-len(rsa_4096_pem) // CHUNK_SIZE)
    collection = secretstorage.get_default_collection(secret_service)
    for item in collection.search_items({"service": creds.service}):
        # Every item stays under the limit (UTF-16 on Windows: 2 bytes a char).
        assert len(item.get_secret()) * 2 <= 2560

    # A separate process reads it back: the value really lives in the Secret Service.
    code = (
        "from launcher.core.credentials import CredentialStore;"
        f"print(CredentialStore(service={creds.service!r}).load('acct')[1], end='')"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout == rsa_4096_pem
    assert creds.load("acct") == (app_id, rsa_4096_pem)

    creds.delete("acct")
    assert keyring_items(secret_service, creds.service) == []
    with pytest.raises(SecretNotFound):
        creds.load("acct")


def test_shorter_value_replacing_a_chunked_one_leaves_no_chunks(
    creds: CredentialStore, secret_service: DBusConnection, rsa_4096_pem: str, rsa_2048_pem: str
) -> None:
    app_id = str(uuid.uuid4())
    creds.save("acct", app_id, rsa_4096_pem)
    creds.save("acct", app_id, "short value")
    assert keyring_items(secret_service, creds.service) == [
        "acct/application-id",
        "acct/private-key",
    ]
    assert creds.load("acct") == (app_id, "short value")
    creds.delete("acct")


def test_missing_chunk_reads_as_absent_not_as_a_damaged_key(
    creds: CredentialStore, rsa_4096_pem: str
) -> None:
    creds.save("acct", str(uuid.uuid4()), rsa_4096_pem)
    keyring.delete_password(creds.service, "acct/private-key#1")
    with pytest.raises(SecretNotFound):
        creds.load("acct")
    creds.delete("acct")  # removes the remaining chunks despite the gap


def test_locked_keyring_gives_keyring_unavailable(
    creds: CredentialStore, secret_service: DBusConnection
) -> None:
    creds.save("acct", str(uuid.uuid4()), "secret value")
    collection = secretstorage.get_default_collection(secret_service)
    collection.lock()
    try:
        assert collection.is_locked()
        # No prompter can show in the test session, so unlocking is refused.
        with pytest.raises(KeyringUnavailable) as caught:
            creds.load("acct")
        assert caught.value.kind == "locked"
        assert "locked" in caught.value.message
        with pytest.raises(KeyringUnavailable):
            creds.save("other", str(uuid.uuid4()), "value")
    finally:
        unlock_login_collection(secret_service)
    assert not collection.is_locked()
    creds.delete("acct")


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.mark.usefixtures("no_keyring")
def test_missing_keyring_gives_keyring_unavailable() -> None:
    creds = CredentialStore()
    with pytest.raises(KeyringUnavailable) as caught:
        creds.save("acct", str(uuid.uuid4()), "value")
    assert caught.value.kind == "missing"
    assert "no password store" in caught.value.message
    assert "NoKeyringError" in caught.value.detail
    with pytest.raises(KeyringUnavailable):
        creds.load("acct")
    with pytest.raises(KeyringUnavailable):
        creds.check()


@pytest.mark.usefixtures("no_keyring")
def test_session_only_keeps_secrets_in_memory(rsa_4096_pem: str) -> None:
    creds = CredentialStore()
    with pytest.raises(KeyringUnavailable):
        creds.check()
    creds.use_session_only()
    assert creds.session_only
    creds.check()
    app_id = str(uuid.uuid4())
    creds.save("acct", app_id, rsa_4096_pem)
    assert creds.load("acct") == (app_id, rsa_4096_pem)
    creds.delete("acct")
    with pytest.raises(SecretNotFound):
        creds.load("acct")
    # A new store (the next start) has nothing: memory was the only place.
    assert not CredentialStore().session_only


def test_failed_save_leaves_nothing_behind(
    creds: CredentialStore, secret_service: DBusConnection
) -> None:
    with pytest.raises(ValueError, match="too large"):
        creds.save("acct", str(uuid.uuid4()), "x" * (CHUNK_SIZE * 65))
    assert keyring_items(secret_service, creds.service) == []
