"""The "guests on my local network" switch of the "This computer" account, on the
main window under the start button: findable where meetings start, with one line
saying what it does, applied at once (the built-in server restarts on all interfaces
with its certificate, or back on loopback: :func:`launcher.core.local_server.apply_local_network`).

    switch = LanSwitch()
    switch.show_for(account)          # hidden unless the account is "This computer"
    switch.change_requested -> Signal(bool)
    switch.set_busy(True)             # while the server restarts
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from launcher.ui.widgets import label

__all__ = ["LanSwitch"]


class LanSwitch(QWidget):
    """A check box and its one-line explanation."""

    change_requested = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self.tr("Let guests on my local network join"))
        self.check.setAccessibleDescription(self.tr("Applies at once, no restart needed"))
        self.check.toggled.connect(self.change_requested)
        self.note = label("", "muted", wrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.check)
        layout.addWidget(self.note)
        self.hide()

    def show_for(self, account: Any) -> None:
        """Show the state of ``account``'s links; hidden for an office server's account."""
        local = bool(getattr(account, "is_local", False))
        self.setVisible(local)
        if not local:
            return
        from launcher.core.reach import Audience, reach_of_account

        on = reach_of_account(account).audience is not Audience.COMPUTER
        self.check.blockSignals(True)
        self.check.setChecked(on)
        self.check.blockSignals(False)
        self.note.setText(
            self.tr("Computers and phones on this network can open your meeting links.")
            if on
            else self.tr("Now only this computer can open your meeting links.")
        )

    def set_busy(self, busy: bool) -> None:
        self.check.setEnabled(not busy)
        if busy:
            self.note.setText(self.tr("Restarting the meeting service of this computer…"))
