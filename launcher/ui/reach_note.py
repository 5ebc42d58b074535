"""Who can open a guest link, said before anyone pastes it, and the way forward.

The decision is :mod:`launcher.core.reach`'s; this module holds its sentences and
:class:`ReachNote`, the notice with its two ways forward (let guests on my network
join; connect to the office server) that the result card shows under a link::

    reach = reach_of_account(account)
    note.show_reach(reach, local=account.is_local)
    note.network_requested.connect(...); note.office_requested.connect(...)
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from launcher.core.reach import Audience, Reach
from launcher.ui.i18n import reach

__all__ = ["ReachNote", "copied_text", "link_text", "list_text", "tray_text"]


def link_text(who: Reach, *, local: bool) -> str:
    """One plain sentence about who can open a link; "" when anyone can."""
    if who.audience is Audience.COMPUTER:
        return reach.tr(
            "Only this computer can open this link: a guest on another computer or phone "
            "gets an error page, so do not send it yet."
        )
    if who.needs_https:
        return reach.tr(
            "Guests can open this link, but their browser blocks camera and microphone on "
            "it: the server needs an https:// address."
        )
    if who.audience is Audience.NETWORK and local:
        return reach.tr(
            "Only computers and phones on your network can open this link. Their browser "
            "first warns that it does not know this computer's certificate: tell guests "
            "to choose to continue."
        )
    if who.audience is Audience.NETWORK:
        return reach.tr(
            "Only people on your office network can open this link, not guests outside it."
        )
    return ""


def list_text(who: Reach, *, local: bool) -> str:
    """The rooms list's sentence for all of its links; "" when anyone can open them."""
    if who.audience is Audience.COMPUTER:
        return reach.tr(
            "These links open only on this computer. To invite guests from elsewhere, "
            "start a meeting and follow the note under its link."
        )
    if who.needs_https:
        return reach.tr(
            "Guests' browsers block camera and microphone on these links: the server needs "
            "an https:// address."
        )
    if who.audience is Audience.NETWORK and local:
        return reach.tr("Only computers and phones on your network can open these links.")
    if who.audience is Audience.NETWORK:
        return reach.tr("Only people on your office network can open these links.")
    return ""


def copied_text(who: Reach) -> str:
    """What the card says once the link is on the clipboard."""
    if who.shareable:
        return reach.tr("✓ Copied to the clipboard: paste it into an e-mail or a chat.")
    return reach.tr("✓ Copied to the clipboard, for a browser on this computer.")


def tray_text(who: Reach) -> str:
    """The tray's message after a meeting started with the window hidden."""
    if who.shareable:
        return reach.tr("Paste it into an e-mail or a chat to invite guests.")
    return reach.tr(
        "It opens only on this computer: open Meeting Launcher to let guests elsewhere join."
    )


class ReachNote(QFrame):
    """The sentence, and the buttons that widen who can open the account's links."""

    #: Let guests on this network join (the built-in server, all interfaces, TLS).
    network_requested = Signal()
    #: Open the accounts dialog to connect to an office server.
    office_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reachNote")  # its look: style.py
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.network_button = QPushButton(self.tr("Let guests on my network join"))
        self.network_button.setToolTip(
            self.tr(
                "The meeting service of this computer then answers other computers on your "
                "network too, over HTTPS with a certificate of its own"
            )
        )
        self.network_button.clicked.connect(self.network_requested)
        self.office_button = QPushButton(self.tr("Connect to the office server…"))
        self.office_button.setToolTip(
            self.tr("A server on the internet lets guests join from anywhere")
        )
        self.office_button.clicked.connect(self.office_requested)
        # One above the other: side by side they would widen the window's left column.
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        for button in (self.network_button, self.office_button):
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            buttons.addLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.sentence)
        layout.addLayout(buttons)
        self.hide()

    def show_reach(self, who: Reach, *, local: bool) -> None:
        """Say who can open the link; hidden when anyone can."""
        sentence = link_text(who, local=local)
        self.sentence.setText(sentence)
        self.network_button.setVisible(local and who.audience is Audience.COMPUTER)
        self.office_button.setVisible(not who.outside)
        self.setVisible(bool(sentence))
