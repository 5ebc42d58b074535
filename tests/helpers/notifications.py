"""A small freedesktop notification server on the test session's real D-Bus (jeepney).

It owns ``org.freedesktop.Notifications`` while it runs, answers ``Notify`` with a
new id (keeping what it was sent), and sends ``ActionInvoked`` when told to, as a
desktop's server does when the user presses a notification's button.
"""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass
from typing import Any

from jeepney import DBusAddress, HeaderFields, MessageType, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


@dataclass(frozen=True)
class Notification:
    id: int
    app_name: str
    summary: str
    body: str
    actions: list[str]
    hints: dict[str, tuple[str, Any]]


class NotificationServer:
    """Runs on its own thread until :meth:`stop`."""

    def __init__(self) -> None:
        self._connection = open_dbus_connection(bus="SESSION")
        reply = self._connection.send_and_get_reply(
            message_bus.RequestName(SERVICE, 4),
            timeout=10,  # 4: do not queue
        )
        assert reply.body[0] == 1, "another notification server owns the name"
        self.received: queue.Queue[Notification] = queue.Queue()
        self._outgoing: queue.Queue[Any] = queue.Queue()
        self._stopped = threading.Event()
        self._next_id = 0
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def invoke(self, notification_id: int, action: str) -> None:
        """The user pressed ``action`` on the notification."""
        emitter = DBusAddress(PATH, interface=SERVICE)
        self._outgoing.put(new_signal(emitter, "ActionInvoked", "us", (notification_id, action)))

    def next(self, timeout: float = 20.0) -> Notification:
        return self.received.get(timeout=timeout)

    def stop(self) -> None:
        self._stopped.set()
        self._thread.join(10)
        self._connection.close()

    def _run(self) -> None:
        while not self._stopped.is_set():
            while not self._outgoing.empty():
                self._connection.send(self._outgoing.get())
            try:
                message = self._connection.receive(timeout=0.05)
            except TimeoutError:
                continue
            header = message.header
            if header.message_type != MessageType.method_call:
                continue
            member = header.fields.get(HeaderFields.member)
            if member == "Notify":
                self._next_id += 1
                app, _replaces, _icon, summary, body, actions, hints, _timeout = message.body
                self.received.put(
                    Notification(self._next_id, app, summary, body, list(actions), dict(hints))
                )
                self._connection.send(new_method_return(message, "u", (self._next_id,)))
            elif member == "GetCapabilities":
                self._connection.send(
                    new_method_return(message, "as", (["actions", "body", "sound"],))
                )
