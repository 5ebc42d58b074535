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

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal, Slot
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

    Like any QObject it lives as long as its parent or, without one, its last Python
    reference; :func:`open_in_browser` makes one that deletes itself when done.
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
        self._reply: QNetworkReply | None = None

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
        self._reply = self._network.post(request, json.dumps({"url": self._url}).encode())
        # A slot of this object, not a closure over it: a closure held by the connection
        # would be the last reference to this object when the caller has let go, and would
        # be released while the reply is being destroyed; this object, its network manager
        # and the half-destroyed reply (their child) would then be deleted inside that
        # destruction, and the reply a second time (a crash).
        self._reply.finished.connect(self._on_reply_finished)

    @Slot()
    def _on_reply_finished(self) -> None:
        reply, self._reply = self._reply, None
        if reply is None:
            return
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
    """Open ``url`` in the system browser (host links through a one-time link).

    The handoff deletes itself when it is done (or with ``parent``); the caller need
    not keep the returned object.
    """
    handoff = BrowserHandoff(url, meeting_origin=meeting_origin, ca_file=ca_file, parent=parent)
    if parent is None:
        # Without a parent the caller's reference would be its only owner.
        handoff.setParent(QCoreApplication.instance())
    handoff.finished.connect(handoff.deleteLater)
    handoff.start()
    return handoff
