"""Accounts: the list (edit, set default, remove) and the local network switch.

    dialog = AccountDialog(store, parent=window)     # store: launcher.core.accounts.AccountStore
    dialog.finished.connect(...); dialog.open()      # accounts may have changed when it closes

Adding and editing open :class:`~launcher.ui.accounts.form.AccountFormDialog`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from launcher.core.accounts import Account, AccountStore
from launcher.core.credentials import KeyringUnavailable
from launcher.core.local_server import apply_local_network
from launcher.tasks import TaskRunner
from launcher.ui.accounts.common import ErrorPanel, local_reach_text
from launcher.ui.accounts.form import AccountFormDialog

__all__ = ["AccountDialog"]


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

        self.explanation = QLabel()
        self.explanation.setObjectName("notice")
        self.explanation.setWordWrap(True)
        self.explanation.hide()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Accounts"))
        self.list.setAlternatingRowColors(False)
        self.list.setSpacing(2)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.reach_label = QLabel()
        self.reach_label.setObjectName("notice")
        self.reach_label.setWordWrap(True)
        self.lan_check = QCheckBox(self.tr("Let guests on my local network join"))
        self.lan_check.toggled.connect(self._on_lan_check_toggled)
        self.error_panel = ErrorPanel()

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
        layout.addWidget(self.explanation)
        layout.addLayout(top, 1)
        layout.addWidget(self.reach_label)
        layout.addWidget(self.lan_check)
        layout.addWidget(self.error_panel)
        layout.addWidget(close)
        self.reload()

    def explain(self, text: str) -> None:
        """Say above the list why the dialog was opened (the way to guests anywhere)."""
        self.explanation.setText(text)
        self.explanation.show()

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
        # Applied at once: the built-in server restarts (see apply_local_network).
        self.lan_check.setEnabled(False)
        store = self.store
        self.runner.submit(
            lambda _token: apply_local_network(store, enabled),
            on_done=lambda _account: self._on_lan_applied(enabled),
            on_error=self._on_lan_failed,
            on_settled=lambda: self.lan_check.setEnabled(True),
            owner=self,
            key="lan",
        )

    def _on_lan_applied(self, enabled: bool) -> None:
        self.reach_label.setText(local_reach_text(enabled))
        self.reload()
        self.accounts_changed.emit()

    def _on_lan_failed(self, error: BaseException) -> None:
        self.error_panel.show_message(
            self.tr("The meeting service on this computer could not restart; see Details."),
            f"{type(error).__name__}: {error}",
        )
