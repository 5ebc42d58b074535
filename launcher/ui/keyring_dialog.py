"""The password store (keyring) is not available: say so plainly, offer "this session only".

    show_keyring_problem(error, parent=window, credentials=store.credentials,
                         on_session_only=retry)  -> KeyringDialog (already open)

``error`` is a :class:`~launcher.core.credentials.KeyringUnavailable` (its
``kind`` picks the sentence). Choosing "Use for this session only" switches
``credentials`` to memory-only storage (nothing is written anywhere; the
account must be set up again after a restart) and then calls
``on_session_only``, typically the action that failed. Cancel changes nothing.
There is no plaintext fallback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from launcher.core.credentials import CredentialStore

__all__ = ["KeyringDialog", "show_keyring_problem"]


class KeyringDialog(QDialog):
    """The plain-language explanation and the two choices."""

    session_only_chosen = Signal()

    def __init__(self, error: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password store not available"))
        self.setMinimumWidth(480)
        kind = getattr(error, "kind", "error")
        if kind == "locked":
            summary = self.tr(
                "This computer's password store is locked, so the account's key cannot be "
                "kept safe. Unlock it (or sign in again) and try once more."
            )
        elif kind == "missing":
            summary = self.tr(
                "This computer has no password store where the account's key can be kept safe."
            )
        else:
            summary = self.tr("This computer's password store could not be used just now.")
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        explain = QLabel(
            self.tr(
                "You can still use the account until you close Meeting Launcher: the key then "
                "stays in memory only and is never written to disk. You will be asked again "
                "next time."
            )
        )
        explain.setWordWrap(True)
        explain.setObjectName("muted")

        self.details_button = QToolButton()
        self.details_button.setText(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details = QPlainTextEdit(getattr(error, "detail", "") or type(error).__name__)
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(90)
        self.details.hide()
        self.details_button.toggled.connect(self._on_details_button_toggled)

        self.buttons = QDialogButtonBox()
        self.session_button: QPushButton = self.buttons.addButton(
            self.tr("Use for this session only"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.session_button.setProperty("role", "primary")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(explain)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)

    def _on_details_button_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def _on_buttons_accepted(self) -> None:
        self.session_only_chosen.emit()
        self.accept()


def _credentials_of(parent: QWidget | None) -> CredentialStore | None:
    # The main window keeps its AccountStore at ``context.accounts``.
    context: Any = getattr(parent, "context", None)
    store: Any = getattr(context, "accounts", None)
    credentials = getattr(store, "credentials", None)
    return credentials if isinstance(credentials, CredentialStore) else None


def show_keyring_problem(
    error: BaseException,
    parent: QWidget | None = None,
    *,
    credentials: CredentialStore | None = None,
    on_session_only: Callable[[], object] | None = None,
) -> KeyringDialog:
    """Open the dialog (window-modal, non-blocking) and return it.

    Without ``credentials``, the parent's ``context.accounts.credentials`` is used
    when it has one (the main window).
    """
    store = credentials if credentials is not None else _credentials_of(parent)
    dialog = KeyringDialog(error, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen() -> None:
        if store is not None:
            store.use_session_only()
        if on_session_only is not None:
            on_session_only()

    dialog.session_only_chosen.connect(chosen)
    dialog.open()
    return dialog
