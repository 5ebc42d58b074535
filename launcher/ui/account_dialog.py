"""Accounts: the list (edit, set default, remove) and the form to connect to an office server.

    dialog = AccountDialog(store, parent=window)     # store: launcher.core.accounts.AccountStore
    dialog.finished.connect(...); dialog.open()      # accounts may have changed when it closes

    form = AccountFormDialog(store, account=None)    # add (None) or edit an account
    form.saved -> Signal(object)                     # the stored Account, then the form accepts

Everything that touches the keyring, files or the network (checks, the live
check, storing) runs through :class:`~launcher.tasks.TaskRunner`; the form shows
a busy indicator meanwhile and its results come back on the GUI thread. Errors
are one sentence next to the field they concern, or at the bottom with a
Details expander for the connection check.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from launcher.core.account_service import AccountDetails, save_account
from launcher.core.accounts import Account, AccountStore
from launcher.core.credentials import KeyringUnavailable
from launcher.core.validation import InvalidInput, read_key_file
from launcher.tasks import CancelToken, TaskRunner
from launcher.ui.errors import invalid_input_text

__all__ = ["AccountDialog", "AccountFormDialog", "local_reach_text"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("AccountDialog", text)


def local_reach_text(lan: bool) -> str:
    """The plain sentence about who can open links of the "This computer" account."""
    if lan:
        return _tr(
            "Guests can open meeting links from this account on this computer and on "
            "other computers in your local network."
        )
    return _tr("Guests can open meeting links from this account only on this computer.")


class _FieldError(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.hide()


class _ErrorPanel(QFrame):
    """One sentence and a Details expander, at the bottom of the form."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("errorBanner")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.details_button = QToolButton()
        self.details_button.setText(_tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.toggled.connect(self._on_details_button_toggled)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(100)
        self.details.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.summary, 1)
        row.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(row)
        layout.addWidget(self.details)
        self.hide()

    def show_message(self, summary: str, details: str) -> None:
        self.summary.setText(summary)
        self.details.setPlainText(details)
        self.details_button.setVisible(bool(details))
        self.details_button.setChecked(False)
        self.show()

    def clear(self) -> None:
        self.hide()
        self.summary.clear()
        self.details.clear()

    def _on_details_button_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )


class AccountFormDialog(QDialog):
    """Add or edit one account; checks it against the server before saving."""

    saved = Signal(object)  # the stored Account

    def __init__(
        self,
        store: AccountStore,
        *,
        account: Account | None = None,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.editing = account
        self.runner = runner or TaskRunner(parent=self)
        self.setWindowTitle(self.tr("Edit account") if account else self.tr("Connect to a server"))
        self.setAcceptDrops(True)
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "Enter what your IT contact gave you. The key is kept in this computer's "
                "password store; afterwards you may delete the key file."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Front desk"))
        self.server_edit = QLineEdit()
        self.server_edit.setPlaceholderText("https://meet.example.org:8443")
        self.application_id_edit = QLineEdit()
        self.application_id_edit.setPlaceholderText("00000000-0000-0000-0000-000000000000")
        self.key_edit = QPlainTextEdit()
        self.key_edit.setAcceptDrops(False)  # the dialog takes dropped files
        self.key_edit.setFixedHeight(84)
        self.key_edit.setPlaceholderText(
            self.tr("Paste the private key here, drop its file on this window, or choose it.")
        )
        self.key_edit.textChanged.connect(self._on_key_edit_text_changed)
        self.key_button = QPushButton(self.tr("Choose file…"))
        self.key_button.clicked.connect(self._on_key_button_clicked)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = QLabel(self.tr("Key passphrase"))
        self.ca_edit = QLineEdit()
        self.ca_edit.setPlaceholderText(self.tr("Optional: the server's certificate file"))
        self.ca_button = QPushButton(self.tr("Choose…"))
        self.ca_button.clicked.connect(self._on_ca_button_clicked)
        self.origin_edit = QLineEdit()
        self.origin_edit.setPlaceholderText(self.tr("Optional: where guests open meeting links"))
        self.default_check = QCheckBox(self.tr("Use this account for new meetings"))

        self.errors: dict[str, _FieldError] = {
            field: _FieldError()
            for field in (
                "name",
                "server",
                "application_id",
                "private_key",
                "ca_file",
                "meeting_origin",
            )
        }
        self.inputs: dict[str, QWidget] = {
            "name": self.name_edit,
            "server": self.server_edit,
            "application_id": self.application_id_edit,
            "private_key": self.key_edit,
            "ca_file": self.ca_edit,
            "meeting_origin": self.origin_edit,
        }

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        def add_row(text: str, field: str, widget: QWidget) -> None:
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(self.errors[field])
            form.addRow(text, box)

        add_row(self.tr("Name"), "name", self.name_edit)
        add_row(self.tr("Server address"), "server", self.server_edit)
        add_row(self.tr("Application ID"), "application_id", self.application_id_edit)
        key_row = QWidget()
        key_layout = QHBoxLayout(key_row)
        key_layout.setContentsMargins(0, 0, 0, 0)
        key_layout.addWidget(self.key_edit, 1)
        key_layout.addWidget(self.key_button, 0, Qt.AlignmentFlag.AlignTop)
        add_row(self.tr("Private key"), "private_key", key_row)
        form.addRow(self.passphrase_label, self.passphrase_edit)
        ca_row = QWidget()
        ca_layout = QHBoxLayout(ca_row)
        ca_layout.setContentsMargins(0, 0, 0, 0)
        ca_layout.addWidget(self.ca_edit, 1)
        ca_layout.addWidget(self.ca_button)
        add_row(self.tr("Certificate"), "ca_file", ca_row)
        add_row(self.tr("Meeting links"), "meeting_origin", self.origin_edit)
        form.addRow("", self.default_check)
        self._show_passphrase(False)

        self.error_panel = _ErrorPanel()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy_label = QLabel(self.tr("Checking the account with the server…"))
        self.busy_label.setObjectName("muted")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setProperty("role", "primary")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_panel)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self._set_busy(False)

        if account is not None:
            self._fill(account)
        else:
            from launcher.core.site_defaults import default_server

            # An office's IT may have set its server at install time.
            self.server_edit.setText(default_server() or "")

    # -- filling ----------------------------------------------------------------------------

    def _fill(self, account: Account) -> None:
        self.name_edit.setText(account.name)
        self.server_edit.setText(account.server_url)
        self.ca_edit.setText(account.ca_file or "")
        if account.has_meeting_origin_override:
            self.origin_edit.setText(account.meeting_origin)
        default = self.store.default()
        self.default_check.setChecked(default is not None and default.key == account.key)
        keep = self.tr("Leave empty to keep the stored one")
        self.application_id_edit.setPlaceholderText(keep)
        self.key_edit.setPlaceholderText(keep)

    def values(self) -> AccountDetails:
        """What the form holds (read on the GUI thread, checked off it)."""
        return AccountDetails(
            name=self.name_edit.text(),
            server=self.server_edit.text(),
            application_id=self.application_id_edit.text(),
            private_key=self.key_edit.toPlainText(),
            passphrase=self.passphrase_edit.text().encode("utf-8") or None,
            ca_file=self.ca_edit.text(),
            meeting_origin=self.origin_edit.text(),
            make_default=self.default_check.isChecked(),
        )

    # -- key and certificate files ------------------------------------------------------

    def load_key_file(self, path: str) -> None:
        """Read a key file off the GUI thread and put its text in the key field."""

        def read(_token: CancelToken) -> str:
            return read_key_file(path).decode("utf-8", errors="replace")

        self.runner.submit(
            read,
            on_done=self.key_edit.setPlainText,
            on_error=self._on_task_failed,
            owner=self,
            key="key-file",
        )

    def _on_key_button_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the private key"),
            "",
            self.tr("Keys (*.pem *.key);;All files (*)"),
        )
        if path:
            self.load_key_file(path)

    def _on_ca_button_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the server's certificate"),
            "",
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path:
            self.ca_edit.setText(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            path = url.toLocalFile()
            if Path(path).suffix.lower() in (".crt", ".cer"):
                self.ca_edit.setText(path)
            else:
                self.load_key_file(path)
        event.acceptProposedAction()

    def _on_key_edit_text_changed(self) -> None:
        text = self.key_edit.toPlainText()
        # A header check only ("BEGIN ENCRYPTED PRIVATE KEY", "Proc-Type: 4,ENCRYPTED"):
        # it runs on every keystroke; the real parse happens on Save, off the GUI thread.
        self._show_passphrase("-----BEGIN" in text and "ENCRYPTED" in text)

    def _show_passphrase(self, shown: bool) -> None:
        self.passphrase_label.setVisible(shown)
        self.passphrase_edit.setVisible(shown)
        if not shown:
            self.passphrase_edit.clear()

    # -- saving -------------------------------------------------------------------------

    def submit(self) -> None:
        """Check and save in the background; accept when stored."""
        self.clear_errors()
        self._set_busy(True)
        values = self.values()
        editing = self.editing
        store = self.store
        self.runner.submit(
            lambda token: save_account(
                store, values, editing=editing, check_cancelled=token.raise_if_cancelled
            ),
            on_done=self._on_save_done,
            on_error=self._on_task_failed,
            on_settled=lambda: self._set_busy(False),
            owner=self,
            key="save",
        )

    def _on_save_done(self, account: Account) -> None:
        self.saved.emit(account)
        self.accept()

    def _on_task_failed(self, error: BaseException) -> None:
        if isinstance(error, InvalidInput):
            self.show_error(error)
        elif isinstance(error, KeyringUnavailable):
            from launcher.ui.keyring_dialog import show_keyring_problem

            show_keyring_problem(
                error, parent=self, credentials=self.store.credentials, on_session_only=self.submit
            )
        else:
            self.error_panel.show_message(
                _tr("The account could not be saved; see Details."),
                f"{type(error).__name__}: {error}",
            )

    def show_error(self, error: InvalidInput) -> None:
        """One sentence next to the field, or at the bottom (with Details) for the server."""
        text = invalid_input_text(error.field, error.reason)
        label = self.errors.get(error.field)
        if label is None:
            self.error_panel.show_message(text, error.detail or error.message)
            return
        label.setText(text)
        label.show()
        widget = self.inputs[error.field]
        _set_invalid(widget, True)
        widget.setFocus()
        if error.reason in ("encrypted", "bad_passphrase"):
            self._show_passphrase(True)
            self.passphrase_edit.setFocus()

    def clear_errors(self) -> None:
        self.error_panel.clear()
        for field, label in self.errors.items():
            label.hide()
            _set_invalid(self.inputs[field], False)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not busy)
        for widget in self.inputs.values():
            widget.setEnabled(not busy)

    @property
    def is_busy(self) -> bool:
        return (
            self.busy.isVisible()
            or not self.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
        )


def _set_invalid(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", "true" if invalid else "false")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class AccountDialog(QDialog):
    """The list of accounts with Add, Edit, Set as default and Remove."""

    accounts_changed = Signal()

    def __init__(
        self,
        store: AccountStore,
        *,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner or TaskRunner(parent=self)
        self.setWindowTitle(self.tr("Accounts"))
        self.setMinimumSize(560, 380)

        self.list = QListWidget()
        self.list.setAlternatingRowColors(False)
        self.list.setSpacing(2)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.reach_label = QLabel()
        self.reach_label.setObjectName("notice")
        self.reach_label.setWordWrap(True)
        self.lan_check = QCheckBox(
            self.tr("Let guests on my local network join (after the app restarts)")
        )
        self.lan_check.toggled.connect(self._on_lan_check_toggled)
        self.error_panel = _ErrorPanel()

        self.add_button = QPushButton(self.tr("Connect to a server…"))
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.add_account)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.default_button = QPushButton(self.tr("Set as default"))
        self.default_button.clicked.connect(self.set_selected_default)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.clicked.connect(self.remove_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.default_button, self.remove_button):
            side.addWidget(button)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.reach_label)
        layout.addWidget(self.lan_check)
        layout.addWidget(self.error_panel)
        layout.addWidget(close)
        self.reload()

    # -- the list ---------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        chosen = self.selected()
        current = select or (chosen.name if chosen else None)
        default = self.store.default()
        self.list.clear()
        for account in self.store.accounts():
            item = QListWidgetItem(self._item_text(account, default))
            item.setData(Qt.ItemDataRole.UserRole, account)
            self.list.addItem(item)
            if account.name == current or (current is None and self.list.count() == 1):
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _item_text(self, account: Account, default: Account | None) -> str:
        # The stored name of the local account is English data; show it translated.
        name = self.tr("This computer") if account.is_local else account.name
        if default is not None and default.key == account.key:
            name = self.tr("{name} — default").format(name=name)
        where = self.tr("Meetings run on this computer") if account.is_local else account.server_url
        return f"{name}\n{where}"

    def selected(self) -> Account | None:
        item = self.list.currentItem()
        if item is None:
            return None
        account: Account = item.data(Qt.ItemDataRole.UserRole)
        return account

    def _on_list_current_item_changed(self, *_args: Any) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        account = self.selected()
        default = self.store.default()
        self.edit_button.setEnabled(account is not None and not account.is_local)
        self.remove_button.setEnabled(account is not None)
        self.default_button.setEnabled(
            account is not None and (default is None or default.key != account.key)
        )
        local = account is not None and account.is_local
        lan = bool(self.store.settings.load()["local_server"].get("lan", False))
        self.reach_label.setVisible(local)
        self.lan_check.setVisible(local)
        self.reach_label.setText(local_reach_text(lan))
        self.lan_check.blockSignals(True)
        self.lan_check.setChecked(lan)
        self.lan_check.blockSignals(False)

    # -- actions ----------------------------------------------------------------------------

    def add_account(self) -> AccountFormDialog:
        return self._open_form(None)

    def edit_selected(self) -> AccountFormDialog | None:
        account = self.selected()
        if account is None or account.is_local:
            return None
        return self._open_form(account)

    def _open_form(self, account: Account | None) -> AccountFormDialog:
        form = AccountFormDialog(self.store, account=account, runner=self.runner, parent=self)
        form.saved.connect(self._on_form_saved)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.open()
        return form

    def _on_form_saved(self, account: Account) -> None:
        self.reload(select=account.name)
        self.accounts_changed.emit()

    def set_selected_default(self) -> None:
        account = self.selected()
        if account is None:
            return
        self.store.set_default(account.name)
        self.reload(select=account.name)
        self.accounts_changed.emit()

    def remove_selected(self) -> QMessageBox | None:
        """Ask first (non-blocking); removing deletes the keyring items too."""
        account = self.selected()
        if account is None:
            return None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove account"))
        box.setText(self.tr("Remove the account “{name}”?").format(name=account.name))
        if account.is_local:
            box.setInformativeText(
                self.tr("Meetings on this computer stay, but this app can no longer create them.")
            )
        else:
            box.setInformativeText(
                self.tr("Its key is deleted from this computer. Rooms on the server stay.")
            )
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self._remove(account) if button is remove else None
        )
        box.open()
        return box

    def _remove(self, account: Account) -> None:
        self.error_panel.clear()
        self.remove_button.setEnabled(False)
        store = self.store
        self.runner.submit(
            lambda _token: store.remove(account.name),
            on_done=lambda _removed: self._on_removed(),
            on_error=self._on_remove_failed,
            on_settled=self._update_buttons,
            owner=self,
            key="remove",
        )

    def _on_removed(self) -> None:
        self.reload()
        self.accounts_changed.emit()

    def _on_remove_failed(self, error: BaseException) -> None:
        if isinstance(error, KeyringUnavailable):
            self.error_panel.show_message(
                self.tr(
                    "The account could not be removed because the password store is not available."
                ),
                error.detail,
            )
        else:
            self.error_panel.show_message(
                self.tr("The account could not be removed; see Details."),
                f"{type(error).__name__}: {error}",
            )

    def _on_lan_check_toggled(self, enabled: bool) -> None:
        from launcher.core.local_server import set_local_network

        set_local_network(self.store, enabled)
        self.reach_label.setText(local_reach_text(enabled))
