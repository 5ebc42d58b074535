"""The "My room" card: a pinned long-term room, one click from its guest link."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget

from launcher.ui import style
from launcher.ui.widgets import label


class MyRoomCard(QFrame):
    """Shows the pinned room's name; its buttons emit requests the window carries out.

    Built hidden, when a room is first pinned (the window shows it while one is)."""

    copy_requested = Signal()
    unpin_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        title = label(self.tr("My room"), "cardTitle")
        self.name_label = label("", "muted", wrap=True)
        self.copy_button = QPushButton(self.tr("Copy guest link"))
        style.init_role(self.copy_button, "soft")
        self.copy_button.clicked.connect(lambda: self.copy_requested.emit())
        self.unpin_button = QToolButton()
        self.unpin_button.setText(self.tr("Unpin"))
        self.unpin_button.clicked.connect(lambda: self.unpin_requested.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 16, 14)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.unpin_button)
        layout.addLayout(head)
        layout.addWidget(self.name_label)
        layout.addWidget(self.copy_button)
        self.hide()

    def show_name(self, name: str) -> None:
        self.name_label.setText(name)
