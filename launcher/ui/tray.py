"""The tray icon: start a meeting or copy "My room"'s link without opening the window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from launcher.core.reach import reach_of
from launcher.ui.reach_note import tray_text

if TYPE_CHECKING:
    from launcher.ui.main_window import MainWindow


class Tray(QObject):
    """Only created when ``QSystemTrayIcon.isSystemTrayAvailable()``."""

    def __init__(self, window: MainWindow, icon: QIcon) -> None:
        super().__init__(window)
        self.window = window
        self._told_hidden = False
        self.icon = QSystemTrayIcon(icon, self)
        self.menu = QMenu()
        self.start_action = self.menu.addAction("")
        self.start_action.triggered.connect(self._on_start_action_triggered)
        self.my_room_action = self.menu.addAction("")
        self.my_room_action.triggered.connect(self._on_my_room_action_triggered)
        self.menu.addSeparator()
        self.show_action = self.menu.addAction("")
        self.show_action.triggered.connect(self.show_window)
        self.quit_action = self.menu.addAction("")
        self.quit_action.triggered.connect(window.quit)
        self.retranslate()
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_icon_activated)
        window.room_created.connect(self._on_window_room_created)
        window.tray = self
        self.set_my_room_available(window.pinned_room() is not None)
        self.icon.show()

    def retranslate(self) -> None:
        """The menu's and the icon's text in the language installed now."""
        self.icon.setToolTip(self.tr("Meeting Launcher"))
        self.start_action.setText(self.tr("Start a meeting now"))
        self.my_room_action.setText(self.tr("Copy my room's guest link"))
        self.show_action.setText(self.tr("Open Meeting Launcher"))
        self.quit_action.setText(self.tr("Quit"))
        self.set_my_room_available(self.my_room_action.isEnabled())

    def set_my_room_available(self, available: bool) -> None:
        self.my_room_action.setEnabled(available)
        self.my_room_action.setToolTip(
            "" if available else self.tr("Pin a long-term room as “My room” in the window first")
        )

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def notify_hidden(self) -> None:
        if self._told_hidden:
            return
        self._told_hidden = True
        self.icon.showMessage(
            self.tr("Meeting Launcher is still running"),
            self.tr("Start meetings and copy your room's link from this icon."),
            QSystemTrayIcon.MessageIcon.Information,
            4000,
        )

    def show_problem(self, summary: str) -> None:
        self.icon.showMessage(
            self.tr("Meeting Launcher"), summary, QSystemTrayIcon.MessageIcon.Warning, 6000
        )

    def _on_start_action_triggered(self) -> None:
        self.window.start_meeting()

    def _on_window_room_created(self, room: Any) -> None:
        if not self.window.isVisible():
            local = bool(getattr(self.window.context.account(), "is_local", False))
            reach = reach_of(room.guest_url or "", local=local)
            self.icon.showMessage(
                self.tr("Guest link copied"),
                tray_text(reach),
                QSystemTrayIcon.MessageIcon.Information,
                4000,
            )

    def _on_my_room_action_triggered(self) -> None:
        if self.window.copy_my_room_link():
            self.icon.showMessage(
                self.tr("Guest link copied"),
                self.tr("Your room's guest link is on the clipboard."),
                QSystemTrayIcon.MessageIcon.Information,
                3000,
            )

    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_window()
