"""The card shown once a room is ready: its guest link (already copied), join, invite."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from launcher.core.reach import Reach
from launcher.ui import roomtext, style
from launcher.ui.reach_note import ReachNote, copied_text
from launcher.ui.widgets import label


class ResultCard(QFrame):
    """Shows one room; buttons emit requests the window carries out."""

    copy_requested = Signal(object)
    join_requested = Signal(object)
    invite_requested = Signal(object)
    host_link_requested = Signal(object)
    pin_requested = Signal(object)
    #: The way forward when the link reaches too few: guests on my network, office server.
    network_requested = Signal()
    office_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.room: Any = None  # the room shown, None before the first
        self.reach: Reach | None = None  # who can open its link

        head = self._build_head()
        self.name_label = label("", "muted", wrap=True)
        link_row = self._build_link_row()
        self._build_notes()
        actions = self._build_actions()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 16, 18)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(self.name_label)
        layout.addSpacing(4)
        link_label = label(self.tr("Guest link"), "muted")
        link_label.setBuddy(self.link_edit)
        layout.addWidget(link_label)
        layout.addLayout(link_row)
        layout.addWidget(self.reach_note)
        layout.addWidget(self.copied_label)
        layout.addWidget(self.expiry_label)
        layout.addWidget(self.local_notice)
        layout.addSpacing(4)
        layout.addLayout(actions)
        self.hide()

    def _build_head(self) -> QHBoxLayout:
        """The title and the button that hides the card."""
        self.title_label = label(self.tr("Your meeting is ready"), "cardTitle")
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Hide"))
        self.close_button.setToolTip(self.tr("Hide"))
        self.close_button.clicked.connect(self._on_close_button_clicked)
        head = QHBoxLayout()
        head.addWidget(self.title_label, 1)
        head.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        return head

    def _build_link_row(self) -> QHBoxLayout:
        """The guest link, read-only, and its Copy button."""
        self.link_edit = QLineEdit()
        self.link_edit.setReadOnly(True)
        self.link_edit.setObjectName("guestLink")  # its look: style.py
        self.copy_button = QPushButton(self.tr("Copy"))
        style.init_role(self.copy_button, "soft")
        self.copy_button.clicked.connect(lambda: self._emit(self.copy_requested))
        link_row = QHBoxLayout()
        link_row.setSpacing(8)
        link_row.addWidget(self.link_edit, 1)
        link_row.addWidget(self.copy_button)
        return link_row

    def _build_notes(self) -> None:
        """Under the link: who can open it, copied or not, until when it works."""
        self.reach_note = ReachNote()
        self.reach_note.network_requested.connect(self.network_requested)
        self.reach_note.office_requested.connect(self.office_requested)
        self.copied_label = label("", "copied", wrap=True)
        self.expiry_label = label("", "muted", wrap=True)
        self.local_notice = label(
            self.tr("Guests can join only while Meeting Launcher is running on this computer."),
            "notice",
            wrap=True,
        )
        self.local_notice.hide()

    def _build_actions(self) -> QHBoxLayout:
        """Join as host, invite, and the More menu (host link, make it my room)."""
        self.join_button = QPushButton(self.tr("Join as host"))
        style.init_role(self.join_button, "primary")
        self.join_button.clicked.connect(lambda: self._emit(self.join_requested))
        self.invite_button = QPushButton(self.tr("Invite…"))
        self.invite_button.clicked.connect(lambda: self._emit(self.invite_requested))
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More ▾"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more_button)
        self.host_link_action = menu.addAction(self.tr("Copy host link…"))
        self.host_link_action.triggered.connect(lambda: self._emit(self.host_link_requested))
        self.pin_action = menu.addAction(self.tr("Make it my room"))
        self.pin_action.triggered.connect(lambda: self._emit(self.pin_requested))
        self.more_button.setMenu(menu)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(self.join_button)
        actions.addWidget(self.invite_button)
        actions.addStretch(1)
        actions.addWidget(self.more_button)
        return actions

    def show_room(self, room: Any, *, copied: bool, reach: Reach, local: bool) -> None:
        """Show ``room``; ``reach``: who can open its link; ``local``: served by this computer."""
        self.room = room
        self.reach = reach
        long_term = room.type == "long_term"
        self.title_label.setText(
            self.tr("Your room is ready") if long_term else self.tr("Your meeting is ready")
        )
        self.name_label.setText(room.display_name)
        self.link_edit.setText(room.guest_url or "")
        self.link_edit.setCursorPosition(0)
        self.set_copied(copied)
        if long_term and room.expires_at is not None:
            self.expiry_label.setText(
                self.tr("The link works until {when}.").format(
                    when=roomtext.local_text(room.expires_at)
                )
            )
        else:
            self.expiry_label.setText(
                self.tr("The room closes 10 minutes after the last person leaves.")
            )
        self.reach_note.show_reach(reach, local=local)
        self.local_notice.setVisible(local)
        self.pin_action.setEnabled(long_term)
        self.host_link_action.setEnabled(bool(room.host_url))
        self.show()

    def set_copied(self, copied: bool) -> None:
        self.copied_label.setText(copied_text(self.reach) if copied and self.reach else "")
        self.copied_label.setVisible(copied)

    def _emit(self, signal: Any) -> None:
        if self.room is not None:
            signal.emit(self.room)

    def _on_close_button_clicked(self) -> None:
        self.hide()
        self.closed.emit()
