"""Copying links and joining as host, shared by the result card, the rooms list and the tray."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("sharing", text)


def copy_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def copy_host_link(host_url: str, parent: QWidget | None) -> bool:
    """Copy a host link after a warning: anyone holding it joins with host rights."""
    answer = QMessageBox.warning(
        parent,
        tr("Copy the host link?"),
        tr(
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


def open_as_host(host_url: str, *, account: Any, title: str, parent: QWidget | None) -> None:
    """Open the host link in the app's meeting window, or the browser until that exists."""
    try:
        # Lazy: QtWebEngine is heavy and only needed once someone joins.
        from launcher.web import open_meeting  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        log.info("meeting window not available; opening the host link in the browser")
        QDesktopServices.openUrl(QUrl(host_url))
        return
    open_meeting(
        host_url,
        meeting_origin=account.meeting_origin,
        title=title,
        ca_file=account.ca_file,
        parent=parent,
    )
