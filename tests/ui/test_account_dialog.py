"""The account dialogs with pytest-qt, on the real keyring and a real built-in server."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import secretstorage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from launcher.core.accounts import Account, AccountStore
from launcher.core.credentials import CredentialStore, KeyringUnavailable
from launcher.ui.accounts.form import AccountFormDialog
from launcher.ui.accounts.list import AccountDialog
from launcher.ui.keyring_dialog import KeyringDialog, show_keyring_problem
from tests.core.conftest import keyring_items, unlock_login_collection
from tests.helpers.servers import AppCredentials

WAIT_MS = 15000


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AccountStore]:
    assert type(keyring.get_keyring()).__module__ == "keyring.backends.SecretService"
    creds = CredentialStore(service=f"meeting-launcher-gui-{uuid.uuid4()}")
    accounts = AccountStore(tmp_path / "config", tmp_path / "data", creds)
    yield accounts
    for account in accounts.accounts():
        accounts.remove(account.name)
    assert keyring_items(secretstorage.dbus_init(), creds.service) == []


@pytest.fixture
def form(qtbot: QtBot, store: AccountStore) -> AccountFormDialog:
    dialog = AccountFormDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill(form: AccountFormDialog, creds: AppCredentials, **override: str) -> None:
    values = {
        "name": "Front desk",
        "server": creds.api_url.removesuffix("/v1/meetings"),
        "application_id": creds.application_id,
        "key": creds.private_key_pem.decode(),
        "ca": str(creds.ca_cert_path),
    }
    values.update(override)
    form.name_edit.setText(values["name"])
    form.server_edit.setText(values["server"])
    form.application_id_edit.setText(values["application_id"])
    form.key_edit.setPlainText(values["key"])
    form.ca_edit.setText(values["ca"])


def _submit_and_settle(qtbot: QtBot, form: AccountFormDialog) -> None:
    form.submit()
    if not any(label.isVisible() for label in form.errors.values()):
        # Past the form's own checks: busy while the rest runs off the GUI thread.
        assert form.is_busy
    qtbot.waitUntil(lambda: not form.is_busy, timeout=WAIT_MS)


def test_empty_form_says_what_is_missing(qtbot: QtBot, form: AccountFormDialog) -> None:
    _submit_and_settle(qtbot, form)
    assert form.errors["name"].isVisible()
    assert "name" in form.errors["name"].text()
    assert form.name_edit.property("invalid") == "true"
    assert form.result() == 0  # still open


def test_every_error_at_once_and_each_goes_as_soon_as_it_is_fixed(
    qtbot: QtBot, form: AccountFormDialog, app_credentials: AppCredentials
) -> None:
    _fill(form, app_credentials, server="meet.example.org", application_id="front-desk", key="x")
    form.submit()  # shows every field's error, asks the server nothing
    assert not form.is_busy
    shown = {f for f, label in form.errors.items() if label.isVisible()}
    assert shown == {"server", "application_id", "private_key"}
    assert form.server_edit.hasFocus()  # the first one

    # Fixing one field clears its error at once, the others stay until fixed too.
    form.server_edit.setText(app_credentials.api_url.removesuffix("/v1/meetings"))
    assert not form.errors["server"].isVisible()
    assert form.server_edit.property("invalid") == "false"
    assert form.errors["application_id"].isVisible() and form.errors["private_key"].isVisible()
    form.application_id_edit.setText(app_credentials.application_id)
    form.key_edit.setPlainText(app_credentials.private_key_pem.decode())
    assert not any(label.isVisible() for label in form.errors.values())

    # A field is checked when it is left, without waiting for Save.
    form.name_edit.setFocus()
    form.name_edit.setText("Front desk")
    form.origin_edit.setFocus()
    qtbot.keyClicks(form.origin_edit, "not an address")  # type: ignore[no-untyped-call]
    form.name_edit.setFocus()  # leaves the field
    qtbot.waitUntil(lambda: form.errors["meeting_origin"].isVisible(), timeout=WAIT_MS)
    form.origin_edit.clear()
    assert not form.errors["meeting_origin"].isVisible()


def test_form_buttons_are_words_like_every_other_button(form: AccountFormDialog) -> None:
    for button in form.buttons.buttons():
        assert button.icon().isNull() and button.text()


@pytest.mark.parametrize(
    ("override", "field", "words"),
    [
        ({"application_id": "front-desk"}, "application_id", "application ID"),
        ({"key": "not a key"}, "private_key", "not a private key"),
        ({"server": "meet.example.org"}, "server", "server address"),
        ({"ca": "/nonexistent/ca.pem"}, "ca_file", "no longer exists"),
    ],
)
def test_field_errors_show_next_to_the_field(
    qtbot: QtBot,
    form: AccountFormDialog,
    app_credentials: AppCredentials,
    override: dict[str, str],
    field: str,
    words: str,
) -> None:
    _fill(form, app_credentials, **override)
    _submit_and_settle(qtbot, form)
    assert form.errors[field].isVisible()
    assert words in form.errors[field].text()
    assert [f for f, label in form.errors.items() if label.isVisible()] == [field]
    assert not form.error_panel.isVisible()


def test_wrong_key_shows_one_sentence_and_details(
    qtbot: QtBot, form: AccountFormDialog, app_credentials: AppCredentials, store: AccountStore
) -> None:
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = other.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    _fill(form, app_credentials, key=pem)
    _submit_and_settle(qtbot, form)
    assert form.error_panel.isVisible()
    assert "did not accept the application ID and key" in form.error_panel.summary.text()
    assert not form.error_panel.details.isVisible()
    form.error_panel.details_button.click()
    assert form.error_panel.details.isVisible()
    assert "401" in form.error_panel.details.toPlainText()
    assert store.accounts() == []


def test_successful_add_with_encrypted_key(
    qtbot: QtBot, form: AccountFormDialog, app_credentials: AppCredentials, store: AccountStore
) -> None:
    key = serialization.load_pem_private_key(app_credentials.private_key_pem, None)
    encrypted = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"open sesame"),
    ).decode()
    _fill(form, app_credentials, key=encrypted)
    assert form.passphrase_edit.isVisible()
    _submit_and_settle(qtbot, form)
    assert "passphrase" in form.errors["private_key"].text()

    form.passphrase_edit.setText("open sesame")
    with qtbot.waitSignal(form.saved, timeout=WAIT_MS) as saved:
        form.submit()
    account = saved.args[0]
    assert isinstance(account, Account)
    assert form.result() == 1
    assert store.get("Front desk") == account
    assert store.default() == account
    # The key went to the keyring decrypted, and it works.
    application_id, stored = store.secrets(account)
    assert application_id == app_credentials.application_id
    assert stored == app_credentials.private_key_pem.decode()
    with store.client_for(account) as client:
        client.list_rooms(page_size=1)


def test_locked_keyring_offers_session_only(
    qtbot: QtBot, form: AccountFormDialog, app_credentials: AppCredentials, store: AccountStore
) -> None:
    _fill(form, app_credentials)
    connection = secretstorage.dbus_init()
    collection = secretstorage.get_default_collection(connection)
    collection.lock()
    try:
        form.submit()
        qtbot.waitUntil(lambda: form.findChild(KeyringDialog) is not None, timeout=WAIT_MS)
        dialog = form.findChild(KeyringDialog)
        assert dialog is not None
        assert "locked" in dialog.summary.text()
        with qtbot.waitSignal(form.saved, timeout=WAIT_MS):
            dialog.session_button.click()
    finally:
        unlock_login_collection(connection)
    assert store.credentials.session_only
    assert [a.name for a in store.accounts()] == ["Front desk"]
    # Session-only: nothing in the settings file, nothing in the keyring.
    assert store.settings.load()["accounts"] == []
    assert keyring_items(connection, store.credentials.service) == []


def test_keyring_dialog_cancel_changes_nothing(qtbot: QtBot) -> None:
    creds = CredentialStore()
    called: list[bool] = []
    error = KeyringUnavailable("missing", "no keyring", "NoKeyringError: none")
    dialog = show_keyring_problem(
        error, credentials=creds, on_session_only=lambda: called.append(True)
    )
    qtbot.addWidget(dialog)
    assert "no password store" in dialog.summary.text()
    dialog.reject()
    assert not creds.session_only and called == []


def test_accounts_list_default_and_remove(
    qtbot: QtBot, store: AccountStore, app_credentials: AppCredentials
) -> None:
    pem = app_credentials.private_key_pem.decode()
    local = store.add(
        Account(name="This computer", server_url="http://127.0.0.1:1", is_local=True),
        str(uuid.uuid4()),
        pem,
    )
    office = store.add(
        Account(name="Office", server_url="https://meet.office.lan"), str(uuid.uuid4()), pem
    )
    dialog = AccountDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 2
    assert "default" in dialog.list.item(0).text()
    assert dialog.reach_label.isVisible()
    assert "only on this computer" in dialog.reach_label.text()
    assert not dialog.edit_button.isEnabled()  # the local account has nothing to edit
    with qtbot.waitSignal(dialog.accounts_changed, timeout=WAIT_MS):
        dialog.lan_check.setChecked(True)  # applied now (no server runs in this test)
    assert "local network" in dialog.reach_label.text()
    assert "certificate" in dialog.reach_label.text()
    assert store.settings.load()["local_server"]["lan"] is True

    dialog.list.setCurrentRow(1)
    assert not dialog.reach_label.isVisible()
    assert dialog.edit_button.isEnabled()
    with qtbot.waitSignal(dialog.accounts_changed):
        dialog.default_button.click()
    assert store.default() == office
    assert "default" in dialog.list.item(1).text()

    box = dialog.remove_selected()
    assert isinstance(box, QMessageBox)
    remove = next(b for b in box.buttons() if b.text() == "Remove")
    with qtbot.waitSignal(dialog.accounts_changed, timeout=WAIT_MS):
        remove.click()
    assert [a.name for a in store.accounts()] == [local.name]
    assert dialog.list.count() == 1
    assert not [
        n
        for n in keyring_items(secretstorage.dbus_init(), store.credentials.service)
        if n.startswith(office.key)
    ]


def test_dropping_files_fills_key_and_certificate(
    qtbot: QtBot, form: AccountFormDialog, app_credentials: AppCredentials, tmp_path: Path
) -> None:
    key_file = tmp_path / "office.key"
    key_file.write_bytes(app_credentials.private_key_pem)
    ca_file = tmp_path / "office-ca.crt"
    ca_file.write_bytes(app_credentials.ca_cert_path.read_bytes())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(key_file)), QUrl.fromLocalFile(str(ca_file))])
    center = form.rect().center()
    enter = QDragEnterEvent(
        center,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    form.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(center),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    form.dropEvent(drop)
    assert form.ca_edit.text() == str(ca_file)
    qtbot.waitUntil(
        lambda: form.key_edit.toPlainText() == app_credentials.private_key_pem.decode(),
        timeout=WAIT_MS,
    )


def test_edit_keeps_stored_credentials(
    qtbot: QtBot, store: AccountStore, app_credentials: AppCredentials
) -> None:
    original = store.add(
        Account(
            name="Office",
            server_url=app_credentials.api_url.removesuffix("/v1/meetings"),
            ca_file=str(app_credentials.ca_cert_path),
        ),
        app_credentials.application_id,
        app_credentials.private_key_pem.decode(),
    )
    dialog = AccountDialog(store)
    qtbot.addWidget(dialog)
    form = dialog.edit_selected()
    assert form is not None
    assert form.name_edit.text() == "Office"
    assert form.key_edit.toPlainText() == ""  # the key is never read back into the form
    form.name_edit.setText("Head office")
    with qtbot.waitSignal(form.saved, timeout=WAIT_MS):
        form.submit()
    edited = store.get("Head office")
    assert edited.key == original.key
    assert store.secrets(edited)[0] == app_credentials.application_id
    assert "Head office" in dialog.list.item(0).text()


def test_new_account_starts_from_the_administrators_server(
    qtbot: QtBot, store: AccountStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "meeting-launcher").mkdir()
    (tmp_path / "meeting-launcher" / "defaults.ini").write_text(
        "[defaults]\nserver = https://meet.office.lan:8443\n", encoding="utf-8"
    )
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path))
    dialog = AccountFormDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.server_edit.text() == "https://meet.office.lan:8443"
