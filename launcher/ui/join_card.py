"""The "Join a meeting" card: paste a meeting link or type a code someone sent, press Join."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from launcher.ui import style
from launcher.ui.widgets import field_error, label


class JoinCard(QFrame):
    """A field and a Join button; ``join_requested(text)`` with what was typed. The window
    checks it and says what is wrong through :meth:`show_problem`."""

    join_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        title = label(self.tr("Join a meeting"), "cardTitle")
        self.link_edit = QLineEdit()
        self.link_edit.setPlaceholderText(self.tr("Paste a meeting link or code"))
        self.link_edit.setAccessibleName(self.tr("Meeting link or code"))
        self.link_edit.setAccessibleDescription(
            self.tr("A meeting link or code someone sent you; press Enter to join")
        )
        self.link_edit.setMaxLength(4096)
        self.link_edit.returnPressed.connect(self._on_join)
        self.link_edit.textEdited.connect(self._on_link_edit_text_edited)
        self.join_button = QPushButton(self.tr("Join"))
        style.init_role(self.join_button, "soft")
        self.join_button.setAccessibleDescription(self.tr("Join the meeting of this link or code"))
        self.join_button.clicked.connect(self._on_join)
        self.error = field_error()
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.link_edit, 1)
        row.addWidget(self.join_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 16, 14)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addLayout(row)
        layout.addWidget(self.error)
        title.setBuddy(self.link_edit)

    def _on_join(self) -> None:
        self.join_requested.emit(self.link_edit.text())

    def _on_link_edit_text_edited(self, _text: str) -> None:
        self.show_problem("")  # a sentence about the old text no longer applies

    def show_problem(self, text: str) -> None:
        """Say under the field why it was not opened ('' hides the sentence)."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.link_edit.setAccessibleDescription(
            text or self.tr("A meeting link or code someone sent you; press Enter to join")
        )

    def opened(self) -> None:
        """The meeting opened: the field is emptied (it may have held a host link)."""
        self.link_edit.clear()
        self.show_problem("")
