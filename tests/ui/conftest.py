"""Fixtures for window tests: a real AccountStore (real keyring) on a real built-in server.

The window is built by the app's own ``create_window`` on an account store in a
temporary folder, holding one "Office" account for the test server; its secrets
go through the session's gnome-keyring (tests/helpers/session.sh), like the app's.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from launcher.api import MeetingsClient
from launcher.core.accounts import Account, AccountStore
from launcher.core.credentials import CredentialStore
from launcher.ui import i18n
from launcher.ui.app import create_window
from launcher.ui.main_window import MainWindow
from launcher.ui.preferences import Preferences
from tests.helpers.servers import AppCredentials


def server_url(creds: AppCredentials) -> str:
    return creds.api_url.removesuffix("/v1/meetings")


@pytest.fixture(autouse=True, scope="session")
def _english(qapp: object) -> None:
    """The window's English catalogue (its plural forms), as the app loads it at start."""
    i18n.install("en")


@pytest.fixture
def account_store(tmp_path: Path, app_credentials: AppCredentials) -> Iterator[AccountStore]:
    """An AccountStore in tmp_path with the "Office" account on the test server."""
    service = f"meeting-launcher-gui-tests-{uuid.uuid4().hex[:8]}"
    store = AccountStore(
        config_dir=tmp_path / "config",
        data_dir=tmp_path / "data",
        credentials=CredentialStore(service=service),
    )
    account = Account(
        name="Office",
        server_url=server_url(app_credentials),
        ca_file=str(app_credentials.ca_cert_path),
    )
    store.add(
        account,
        app_credentials.application_id,
        app_credentials.private_key_pem.decode(),
        make_default=True,
    )
    yield store
    for item in store.accounts():
        store.remove(item.name)


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def api(app_credentials: AppCredentials) -> Iterator[MeetingsClient]:
    """A client of its own, to check what the server stored."""
    client = MeetingsClient(
        app_credentials.api_url,
        app_credentials.application_id,
        app_credentials.private_key_pem,
        ca_file=app_credentials.ca_cert_path,
    )
    yield client
    client.close()


def open_window(qtbot: QtBot, store: AccountStore, preferences: Preferences) -> MainWindow:
    window = create_window(store, preferences=preferences, prepare_local=False)
    qtbot.addWidget(window)
    window.context.preferences.set_close_to_tray(False)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
        window.start()
    qtbot.waitUntil(lambda: not window.rooms_view.loading, timeout=10_000)
    return window


@pytest.fixture
def window(
    qtbot: QtBot, account_store: AccountStore, preferences: Preferences
) -> Iterator[MainWindow]:
    win = open_window(qtbot, account_store, preferences)
    yield win
    win.context.close()
