"""One Meeting Launcher per user: a second start shows the first one's window and ends.

Two instances would each start the "This computer" server, the second on a new
port, and move the account's links away from the first. A lock file in the data
folder says whether an instance runs; a local socket lets a second start ask it
to come to the front.
"""

from __future__ import annotations

import os
import zlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal


def socket_name(lock_path: Path) -> str:
    """A local socket name per user and data folder (no path separators, short)."""
    # A checksum, not a secret: it only keeps users and data folders apart (zlib is
    # already loaded; hashlib, or getpass, would cost start-up time).
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = zlib.crc32(f"{user}:{lock_path}".encode())
    return f"meeting-launcher-{digest:08x}"


def acquire(lock_path: Path) -> QLockFile | None:
    """The instance lock, or None when another live instance holds it.

    A lock left by a crashed instance is taken over (QLockFile checks its pid).
    """
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(lock_path))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    if lock.tryLock(0):
        return lock
    return None


def activate_running(name: str, timeout_ms: int = 1000) -> bool:
    """Ask the running instance to show its window; True when it answered."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later starts; ``activated`` when one asks for the window."""

    activated = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        self._server = QLocalServer(self)
        QLocalServer.removeServer(name)  # a socket file left by a crash
        self.listening = self._server.listen(name)
        self._server.newConnection.connect(self._on_server_new_connection)

    def _on_server_new_connection(self) -> None:
        # A connection is the request: only another start of this user's app can reach
        # this socket, and it has nothing else to say.
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.abort()
            socket.deleteLater()
            self.activated.emit()

    def close(self) -> None:
        self._server.close()
