"""What the account list and the account form share: the error panel and the sentence
about who can open the "This computer" account's links."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QToolButton, QVBoxLayout

from launcher.ui.i18n import accounts


def local_reach_text(lan: bool) -> str:
    """The plain sentence about who can open links of the "This computer" account."""
    if lan:
        return accounts.tr(
            "Guests can open meeting links from this account on this computer and on "
            "other computers in your local network. This computer makes its own "
            "certificate, which browsers do not know: a guest's browser warns once and the "
            "guest chooses to continue. An office that runs its own certificate authority "
            "can install its root certificate on the guests' computers instead; for "
            "guests outside the network, connect to an office server."
        )
    return accounts.tr("Guests can open meeting links from this account only on this computer.")


class ErrorPanel(QFrame):
    """One sentence and a Details expander, at the bottom of the form."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("errorBanner")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.details_button = QToolButton()
        self.details_button.setText(accounts.tr("Details"))
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
