"""Copying links and joining as host, shared by the result card, the rooms list and the tray."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from launcher.ui.i18n import sharing


def copy_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def copy_host_link(host_url: str, parent: QWidget | None) -> bool:
    """Copy a host link after a warning: anyone holding it joins with host rights."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.warning(
        parent,
        sharing.tr("Copy the host link?"),
        sharing.tr(
            "Anyone who opens the host link joins as host: they can let people in, "
            "record and end the meeting. Share it only with people who should host; "
            "send guests the guest link instead."
        ),
        QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Ok,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Ok:
        return False
    copy_text(host_url)
    return True


def open_as_host(
    host_url: str, *, account: Any, title: str, parent: QWidget | None, room_id: str
) -> None:
    """Open the host link in the app's meeting window (which offers the browser when
    QtWebEngine cannot start), or bring the room's open window to the front. The link
    is a secret: it is not logged."""
    # Imported here: the web package loads QtWebEngine only once someone joins.
    from launcher.web import open_meeting

    open_meeting(
        host_url,
        meeting_origin=account.meeting_origin,
        title=title,
        ca_file=account.ca_file,
        parent=parent,
        key=f"{account.name}\n{room_id}",
    )
