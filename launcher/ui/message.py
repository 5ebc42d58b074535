"""A modal error message: one sentence, the details behind Qt's own "Show Details…" button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from launcher.ui.errors import UserError


def show_error(parent: QWidget | None, error: UserError, title: str | None = None) -> QMessageBox:
    """Show ``error`` without blocking the caller (the box is window-modal and deletes itself)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("errors", "Meeting Launcher"))
    box.setText(error.summary)
    if error.details:
        box.setDetailedText(error.details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
