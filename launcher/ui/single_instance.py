"""One Meeting Launcher per user: a second start shows the first one's window and ends,
handing over the meeting link it was started with, if any.

Two instances would each start the "This computer" server, the second on a new
port, and move the account's links away from the first. A lock file in the data
folder says whether an instance runs; a local socket lets a second start ask it
to come to the front, or to open a link.

The socket is private to the user: in ``$XDG_RUNTIME_DIR`` (a 0700 folder) when
there is one, and created with owner-only access in any case (on Windows a named
pipe for the user). A link may be a host link (a secret): it goes over this socket
only, and is never logged. The request is one line, ``open <link>`` or ``show``; the
running instance answers ``ok`` once it has taken the request.
"""

from __future__ import annotations

import os
import time
import zlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

#: Longest request line taken (a link is at most 2048 characters; see core.meeting_links).
MAX_REQUEST_BYTES = 8192
#: A connection that says nothing complete for this long is dropped.
REQUEST_TIMEOUT_MS = 5000


def socket_name(lock_path: Path) -> str:
    """A local socket name per user and data folder (no path separators, short), or a
    path in the user's private runtime folder when there is one (Linux)."""
    # A checksum, not a secret: it only keeps users and data folders apart (zlib is
    # already loaded; hashlib, or getpass, would cost start-up time).
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = zlib.crc32(f"{user}:{lock_path}".encode())
    name = f"meeting-launcher-{digest:08x}"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime) and _private_folder(runtime):
        path = os.path.join(runtime, name)
        if len(path.encode()) < 100:  # sockaddr_un's sun_path holds 108 bytes
            return path
    return name


def _private_folder(path: str) -> bool:
    try:
        status = os.stat(path)
    except OSError:
        return False
    owned = not hasattr(os, "getuid") or status.st_uid == os.getuid()
    return owned and not status.st_mode & 0o077


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


def activate_running(name: str, timeout_ms: int = 1000, link: str | None = None) -> bool:
    """Ask the running instance to show its window (and open ``link``); True when it
    took the request."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    request = b"show\n" if link is None else b"open " + link.strip().encode() + b"\n"
    socket.write(request)
    answer = b""
    deadline = time.monotonic() + 5.0  # the running instance may be busy for a moment
    while not answer.endswith(b"\n") and time.monotonic() < deadline:
        if socket.bytesAvailable() or socket.waitForReadyRead(200):
            answer += bytes(socket.readAll().data())
        elif socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            break
    socket.disconnectFromServer()
    return answer == b"ok\n"


def hand_over(name: str, link: str | None, wait_s: float = 15.0) -> bool:
    """:func:`activate_running`, retried while the running instance is still starting
    (it listens once its window is shown)."""
    deadline = time.monotonic() + wait_s
    while True:
        if activate_running(name, timeout_ms=500, link=link):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.2)


class InstanceServer(QObject):
    """Listens for later starts; ``activated`` when one asks for the window,
    ``link_received(link)`` when it brought a link (still unchecked)."""

    activated = Signal()
    link_received = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        self._server = QLocalServer(self)
        # Owner-only: another user on the machine must not hand this app links.
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(name)  # a socket file left by a crash
        self.listening = self._server.listen(name)
        self.name = self._server.fullServerName()
        self._server.newConnection.connect(self._on_server_new_connection)

    def _on_server_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            _Request(socket, self)

    def take(self, line: bytes) -> bool:
        """Act on one request line; False for one that is not understood."""
        if line == b"show":
            self.activated.emit()
            return True
        if line.startswith(b"open "):
            try:
                link = line[5:].decode()
            except UnicodeDecodeError:
                return False
            self.activated.emit()
            self.link_received.emit(link)
            return True
        return False

    def close(self) -> None:
        self._server.close()


class _Request(QObject):
    """One connection: reads its line (bounded in size and time), answers, closes."""

    def __init__(self, socket: object, server: InstanceServer) -> None:
        super().__init__(server)
        from PySide6.QtNetwork import QLocalSocket

        assert isinstance(socket, QLocalSocket)
        self._socket = socket
        self._server = server
        self._buffer = b""
        self._done = False
        socket.setParent(self)
        socket.readyRead.connect(self._on_socket_ready_read)
        socket.disconnected.connect(self._on_socket_disconnected)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._finish)
        self._timer.start(REQUEST_TIMEOUT_MS)
        if socket.bytesAvailable():
            self._on_socket_ready_read()

    def _on_socket_ready_read(self) -> None:
        if self._done:
            return
        self._buffer += bytes(self._socket.readAll().data())
        if b"\n" in self._buffer:
            line = self._buffer.split(b"\n", 1)[0]
            if self._server.take(line.rstrip(b"\r")):
                self._socket.write(b"ok\n")
                self._socket.flush()
            self._finish()
        elif len(self._buffer) > MAX_REQUEST_BYTES:
            self._finish()

    def _on_socket_disconnected(self) -> None:
        if not self._done and not self._buffer:
            # An older start that only connects (no request line): show the window.
            self._server.activated.emit()
        self._finish()
        self.deleteLater()  # the answer, if any, has been written

    def _finish(self) -> None:
        if self._done:
            return
        self._done = True
        self._timer.stop()
        self._buffer = b""
        self._socket.disconnectFromServer()  # after writing what is pending
        if self._socket.state() == self._socket.LocalSocketState.UnconnectedState:
            self.deleteLater()
