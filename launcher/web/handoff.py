"""Opening a meeting link in the system browser without exposing a host link.

A guest link opens directly. A host link carries a participant token, and the
desktop's URL opener takes its URL on a command line that any local process can
read; so the link is first exchanged, over HTTPS/loopback, for a one-time link
of the built-in server (``POST {origin}/meeting-handoff``), and that is what the
browser gets. A server without that route (another Meetings server) gets no
silent fallback: the person is told, and may copy the host link instead.
"""

from __future__ import annotations

import json
import logging
from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtNetwork import (
    QNetworkAccessManager,
    QNetworkReply,
    QNetworkRequest,
    QSslCertificate,
    QSslConfiguration,
)
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

HANDOFF_PATH = "/meeting-handoff"
TIMEOUT_MS = 10_000


def is_host_link(url: str) -> bool:
    return "participant_token" in parse_qs(urlsplit(url).query)


class BrowserHandoff(QObject):
    """Opens one link in the system browser; ``finished(outcome)`` tells how it went.

    Outcomes: ``"opened"`` (directly or through a one-time link) and
    ``"refused"`` (the server offered no one-time link; the person was asked).
    """

    finished = Signal(str)

    def __init__(
        self,
        url: str,
        *,
        meeting_origin: str,
        ca_file: str | None = None,
        parent: QWidget | None = None,
        ask: bool = True,
    ) -> None:
        super().__init__(parent)
        self._url = url
        self._origin = meeting_origin.rstrip("/")
        self._ca_file = ca_file
        self._parent = parent
        self._ask = ask
        self._network: QNetworkAccessManager | None = None

    def start(self) -> None:
        if not is_host_link(self._url):
            self._open(self._url)
            return
        self._network = QNetworkAccessManager(self)
        request = QNetworkRequest(QUrl(self._origin + HANDOFF_PATH))
        request.setHeader(QNetworkRequest.KnownHeaders.ContentTypeHeader, "application/json")
        request.setTransferTimeout(TIMEOUT_MS)
        if self._ca_file:
            config = QSslConfiguration.defaultConfiguration()
            config.addCaCertificates(QSslCertificate.fromPath(self._ca_file))
            request.setSslConfiguration(config)
        reply = self._network.post(request, json.dumps({"url": self._url}).encode())
        reply.finished.connect(lambda: self._on_reply_finished(reply))

    def _on_reply_finished(self, reply: QNetworkReply) -> None:
        reply.deleteLater()
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        target = ""
        if reply.error() == QNetworkReply.NetworkError.NoError and status == 201:
            try:
                target = str(json.loads(bytes(reply.readAll().data()))["url"])
            except (ValueError, KeyError, TypeError):
                target = ""
        if target.startswith(self._origin + HANDOFF_PATH + "/"):
            self._open(target)
            return
        # Status and error name only: the request body held the secret, the reply does not.
        log.warning("no one-time link for the browser (status %s, %s)", status, reply.error().name)
        self._refuse()

    def _open(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))
        self.finished.emit("opened")

    def _refuse(self) -> None:
        if self._ask:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Open in browser"),
                self.tr(
                    "This meeting server cannot hand the host link to your browser safely. "
                    "You can copy the host link and paste it into your browser's address bar: "
                    "anyone who has it joins as host, so do not send it to anyone."
                ),
                QMessageBox.StandardButton.Cancel,
                self._parent,
            )
            copy = box.addButton(self.tr("Copy host link"), QMessageBox.ButtonRole.AcceptRole)
            box.exec()
            if box.clickedButton() is copy:
                QGuiApplication.clipboard().setText(self._url)
        self.finished.emit("refused")


def open_in_browser(
    url: str, *, meeting_origin: str, ca_file: str | None = None, parent: QWidget | None = None
) -> BrowserHandoff:
    """Open ``url`` in the system browser (host links through a one-time link)."""
    handoff = BrowserHandoff(url, meeting_origin=meeting_origin, ca_file=ca_file, parent=parent)
    handoff.finished.connect(handoff.deleteLater)
    handoff.start()
    return handoff
