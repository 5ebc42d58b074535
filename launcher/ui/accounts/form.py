"""The form to connect to an office server, or edit such an account.

    form = AccountFormDialog(store, account=None)    # add (None) or edit an account
    form.saved -> Signal(object)                     # the stored Account, then the form accepts

Everything that touches the keyring, files or the network (reading a key file,
the checks and the live check of :func:`launcher.core.account_service.save_account`,
storing) runs through :class:`~launcher.tasks.TaskRunner`; the form shows a busy
indicator meanwhile and its results come back on the GUI thread. Errors are one
sentence next to the field they concern, or at the bottom with a Details expander
for the connection check.

Fields are checked as people go, from their text alone (:meth:`field_problem`): a
field is checked when it is left, a field showing an error is checked again at every
keystroke (its error goes as soon as it is right), and Save shows every field's error
at once before asking the server anything.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from launcher.core.account_service import AccountDetails, save_account
from launcher.core.accounts import Account, AccountStore
from launcher.core.credentials import KeyringUnavailable
from launcher.core.site_defaults import default_server
from launcher.core.validation import (
    InvalidInput,
    normalize_origin,
    normalize_server_url,
    read_key_file,
    validate_application_id,
    validate_name,
)
from launcher.tasks import CancelToken, TaskRunner
from launcher.ui.accounts.common import ErrorPanel
from launcher.ui.errors import invalid_input_text
from launcher.ui.i18n import accounts
from launcher.ui.keyring_dialog import show_keyring_problem
from launcher.ui.widgets import field_error, label_fields, with_error

__all__ = ["AccountFormDialog"]


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

        self._taken = store.names() - ({account.name} if account else set())
        self._build()
        self._check_as_people_type()
        self._show_passphrase(False)
        self._set_busy(False)

        if account is not None:
            self._fill(account)
        else:
            # An office's IT may have set its server at install time.
            self.server_edit.setText(default_server() or "")

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self._build_inputs()
        self._build_footer()
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_intro())
        layout.addLayout(self._build_form())
        layout.addWidget(self.error_panel)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

    def _build_intro(self) -> QLabel:
        """What to enter, and where the key is kept."""
        intro = QLabel(
            self.tr(
                "Enter what your IT contact gave you. The key is kept in this computer's "
                "password store; afterwards you may delete the key file."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        return intro

    def _build_inputs(self) -> None:
        """The fields, their error sentences, and which input each error points at."""
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Front desk"))
        self.server_edit = QLineEdit()
        self.server_edit.setPlaceholderText("https://meet.example.org:8443")
        self.application_id_edit = QLineEdit()
        self.application_id_edit.setPlaceholderText("00000000-0000-0000-0000-000000000000")
        self.key_edit = QPlainTextEdit()
        self.key_edit.setAcceptDrops(False)  # the dialog takes dropped files
        self.key_edit.setFixedHeight(84)
        self.key_edit.setTabChangesFocus(True)  # a key has no tabs; Tab moves on
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

        self.errors: dict[str, QLabel] = {
            field: field_error()
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

    def _build_form(self) -> QFormLayout:
        """One row per field, each with its error sentence under it."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        def add_row(text: str, field: str, widget: QWidget) -> None:
            form.addRow(text, with_error(widget, self.errors[field]))

        add_row(self.tr("Name"), "name", self.name_edit)
        add_row(self.tr("Server address"), "server", self.server_edit)
        add_row(self.tr("Application ID"), "application_id", self.application_id_edit)
        add_row(self.tr("Private key"), "private_key", self._key_row())
        form.addRow(self.passphrase_label, self.passphrase_edit)
        add_row(self.tr("Certificate"), "ca_file", self._ca_row())
        add_row(self.tr("Meeting links"), "meeting_origin", self.origin_edit)
        form.addRow("", self.default_check)
        label_fields(form)
        return form

    def _key_row(self) -> QWidget:
        """The key text with its Choose button."""
        key_row = QWidget()
        key_layout = QHBoxLayout(key_row)
        key_layout.setContentsMargins(0, 0, 0, 0)
        key_layout.addWidget(self.key_edit, 1)
        key_layout.addWidget(self.key_button, 0, Qt.AlignmentFlag.AlignTop)
        return key_row

    def _ca_row(self) -> QWidget:
        """The certificate file with its Choose button."""
        ca_row = QWidget()
        ca_layout = QHBoxLayout(ca_row)
        ca_layout.setContentsMargins(0, 0, 0, 0)
        ca_layout.addWidget(self.ca_edit, 1)
        ca_layout.addWidget(self.ca_button)
        return ca_row

    def _build_footer(self) -> None:
        """The error panel, the busy indicator and Save/Cancel."""
        self.error_panel = ErrorPanel()
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
        from PySide6.QtGui import QIcon

        for button in self.buttons.buttons():  # words only, like every other button
            button.setIcon(QIcon())
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    # -- checking as people type ----------------------------------------------------------

    def _check_as_people_type(self) -> None:
        for field, widget in self.inputs.items():
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(lambda _text, f=field: self._on_field_edited(f))
                widget.editingFinished.connect(lambda f=field: self._on_field_left(f))
        self.key_edit.textChanged.connect(lambda: self._on_field_edited("private_key"))

    def field_problem(self, field: str) -> InvalidInput | None:
        """What is wrong with ``field`` judging from its text alone (no files, no
        network: those are checked on Save), or None."""
        try:
            if field == "name":
                validate_name(self.name_edit.text(), self._taken)
            elif field == "server":
                normalize_server_url(self.server_edit.text())
            elif field == "application_id":
                text = self.application_id_edit.text()
                if text.strip() or self.editing is None:
                    validate_application_id(text)
            elif field == "private_key":
                text = self.key_edit.toPlainText().strip()
                if not text and self.editing is None:
                    raise InvalidInput("private_key", "empty", "no private key given")
                if text and "-----BEGIN" not in text:
                    raise InvalidInput("private_key", "not_pem", "not a PEM private key")
            elif field == "meeting_origin":
                text = self.origin_edit.text()
                if text.strip():
                    normalize_origin(text, "meeting_origin")
        except InvalidInput as problem:
            return problem
        return None

    def _on_field_left(self, field: str) -> None:
        # Checked once left, unless left empty (the empty form is not scolded).
        widget = self.inputs[field]
        if isinstance(widget, QLineEdit) and widget.text().strip():
            self._show_field(field, self.field_problem(field))

    def _on_field_edited(self, field: str) -> None:
        # A field showing an error is checked at every keystroke: the error goes (or
        # changes) as soon as the text does; the certificate's file check waits for Save.
        if self.errors[field].isHidden():
            return
        self._show_field(field, None if field == "ca_file" else self.field_problem(field))

    def _show_field(self, field: str, problem: InvalidInput | None) -> None:
        label = self.errors[field]
        if problem is None:
            label.hide()
            _set_invalid(self.inputs[field], False)
            return
        label.setText(invalid_input_text(problem.field, problem.reason))
        label.show()
        _set_invalid(self.inputs[field], True)

    def check_fields(self) -> bool:
        """Show every field's error at once; focus the first. True when none."""
        problems = {field: self.field_problem(field) for field in self.inputs}
        for field, problem in problems.items():
            if field != "ca_file":
                self._show_field(field, problem)
        first = next((field for field, problem in problems.items() if problem), None)
        if first is not None:
            self.inputs[first].setFocus()
        return first is None

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
        if not self.check_fields():
            return
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
            show_keyring_problem(
                error, parent=self, credentials=self.store.credentials, on_session_only=self.submit
            )
        else:
            self.error_panel.show_message(
                accounts.tr("The account could not be saved; see Details."),
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
