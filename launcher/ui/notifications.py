"""Desktop notifications with actions: freedesktop notifications over D-Bus, else the tray.

On Linux a notification server owns ``org.freedesktop.Notifications`` on the session
bus. The app listens for its ``ActionInvoked`` signal through QtDBus. It sends
``Notify`` with jeepney (pure Python, already there for the keyring), on the worker
pool: PySide6 cannot give an argument D-Bus's ``uint`` type, which ``Notify`` needs.
Without a notification server (or on another system) the tray's balloon is used, and a
click on it counts as the "default" action.

The sound is the server's (the ``sound-name`` hint, or ``suppress-sound`` when the user
turned sounds off); with the tray's balloon the app beeps itself.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from launcher.tasks import CancelToken, TaskRunner

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
# The freedesktop sound theme's name for "somebody wants to talk to you".
SOUND_NAME = "message-new-instant"
DBUS_TIMEOUT = 5.0


def send_notify(
    app_name: str,
    summary: str,
    body: str,
    actions: Sequence[tuple[str, str]],
    *,
    sound: bool,
    icon: str = "",
) -> int:
    """``Notify`` on the session bus (blocking); the notification's id."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection
    from jeepney.wrappers import unwrap_msg

    address = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
    flat = [part for action in actions for part in action]
    hints: dict[str, tuple[str, Any]] = {
        "urgency": ("y", 2),  # critical: it stays until answered
        "category": ("s", "im.received"),
    }
    if sound:
        hints["sound-name"] = ("s", SOUND_NAME)
    else:
        hints["suppress-sound"] = ("b", True)
    message = new_method_call(
        address,
        "Notify",
        "susssasa{sv}i",
        (app_name, 0, icon, summary, body, flat, hints, -1),
    )
    with open_dbus_connection(bus="SESSION") as connection:
        reply = connection.send_and_get_reply(message, timeout=DBUS_TIMEOUT)
    return int(unwrap_msg(reply)[0])


class Notifier(QObject):
    """Shows notifications with actions; tells which action the user chose."""

    # ``(key, action)``: the user chose ``action`` ("default" for a click on the
    # notification itself) on the notification shown for ``key``.
    action_invoked = Signal(str, str)
    # A notification was sent to the desktop's server (its id); tests wait on it.
    sent = Signal(int)

    def __init__(
        self, runner: TaskRunner, tray: QSystemTrayIcon | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._tray = tray
        self._keys: dict[int, str] = {}
        self._tray_key: str | None = None
        self._bus: Any = None
        if sys.platform.startswith("linux"):
            self._connect_bus()
        if tray is not None:
            tray.messageClicked.connect(self._on_tray_message_clicked)

    def _connect_bus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        self._bus = bus
        for name, slot in (
            ("ActionInvoked", "1_on_action_invoked(uint,QString)"),
            ("NotificationClosed", "1_on_notification_closed(uint,uint)"),
        ):
            # PySide6 takes the SLOT() string as str (its stubs say bytes, which it refuses).
            if not bus.connect("", PATH, INTERFACE, name, self, slot):  # type: ignore[call-overload]
                log.info("notifications: cannot listen to %s", name)

    def has_server(self) -> bool:
        """True when a notification server is on the session bus now."""
        if self._bus is None:
            return False
        interface = self._bus.interface()
        return interface is not None and bool(interface.isServiceRegistered(SERVICE).value())

    def notify(
        self,
        key: str,
        summary: str,
        body: str,
        actions: Sequence[tuple[str, str]],
        *,
        sound: bool,
    ) -> None:
        """Show a notification for ``key`` with ``actions`` (``(id, label)``)."""
        if self.has_server():
            app_name = QApplication.applicationName() or "Meeting Launcher"

            def work(_token: CancelToken) -> int:
                return send_notify(app_name, summary, body, actions, sound=sound)

            self._runner.submit(
                work,
                on_done=lambda notification_id: self._on_sent(notification_id, key),
                on_error=lambda error: self._fall_back(key, summary, body, sound, error),
                owner=self,
            )
            return
        self._fall_back(key, summary, body, sound, None)

    def _on_sent(self, notification_id: int, key: str) -> None:
        self._keys[notification_id] = key
        self.sent.emit(notification_id)

    def _fall_back(
        self, key: str, summary: str, body: str, sound: bool, error: BaseException | None
    ) -> None:
        if error is not None:
            log.info("notifications: the desktop refused one (%s); using the tray", error)
        if sound:
            QApplication.beep()
        if self._tray is None:
            return
        self._tray_key = key
        self._tray.showMessage(summary, body, QSystemTrayIcon.MessageIcon.Information, 15000)

    @Slot("uint", str)
    def _on_action_invoked(self, notification_id: int, action: str) -> None:
        key = self._keys.get(int(notification_id))
        if key is not None:
            self.action_invoked.emit(key, action)

    @Slot("uint", "uint")
    def _on_notification_closed(self, notification_id: int, _reason: int) -> None:
        self._keys.pop(int(notification_id), None)

    def _on_tray_message_clicked(self) -> None:
        if self._tray_key is not None:
            self.action_invoked.emit(self._tray_key, "default")
