"""Fixtures for core tests: the real Secret Service of ./run tests' session, keys, dirs."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import secretstorage
from jeepney.io.blocking import DBusConnection
from secretstorage.defines import SS_PATH
from secretstorage.util import DBusAddressWrapper, format_secret, open_session

from launcher.core.credentials import CredentialStore

# gnome-keyring's login collection password in tests/helpers/session.sh.
KEYRING_PASSWORD = b"launcher-tests"


@pytest.fixture(scope="session")
def secret_service() -> Iterator[DBusConnection]:
    """A D-Bus connection to the session's gnome-keyring; fails loudly outside it."""
    assert os.environ.get("LAUNCHER_TEST_KEYRING") == "gnome-keyring", (
        "run core tests inside tests/helpers/session.sh (./run tests does)"
    )
    backend = keyring.get_keyring()
    assert type(backend).__module__ == "keyring.backends.SecretService", backend
    connection = secretstorage.dbus_init()
    yield connection
    connection.close()


def keyring_items(connection: DBusConnection, service: str) -> list[str]:
    """Usernames of every item the keyring holds for ``service``."""
    collection = secretstorage.get_default_collection(connection)
    return sorted(
        item.get_attributes()["username"] for item in collection.search_items({"service": service})
    )


def unlock_login_collection(connection: DBusConnection) -> None:
    """Unlock without a prompt, through gnome-keyring's own master-password call."""
    service = DBusAddressWrapper(SS_PATH, "org.freedesktop.Secret.Service", connection)
    (path,) = service.call("ReadAlias", "s", "default")
    internal = DBusAddressWrapper(
        SS_PATH, "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface", connection
    )
    secret = format_secret(open_session(connection), KEYRING_PASSWORD, "text/plain")
    internal.call("UnlockWithMasterPassword", "o(oayays)", path, secret)


@pytest.fixture
def test_service(secret_service: DBusConnection) -> Iterator[str]:
    """A keyring service name of this test only; asserts the test left nothing in it."""
    name = f"meeting-launcher-test-{uuid.uuid4()}"
    yield name
    # Cleanup for a failed test, so that later tests start clean.
    collection = secretstorage.get_default_collection(secret_service)
    for item in collection.search_items({"service": name}):
        item.delete()


@pytest.fixture
def creds(test_service: str) -> CredentialStore:
    return CredentialStore(service=test_service)


@pytest.fixture
def dirs(tmp_path: Path) -> dict[str, Path]:
    """Separate config, data and cache directories for one test."""
    result = {name: tmp_path / name for name in ("config", "data", "cache")}
    for path in result.values():
        path.mkdir()
    return result
