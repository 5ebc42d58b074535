"""The tray icon: start a meeting or copy "My room"'s link without opening the window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from launcher import web
from launcher.core.reach import reach_of
from launcher.ui.reach_note import tray_text

if TYPE_CHECKING:
    from launcher.ui.main_window import MainWindow


def badge_icon(icon: QIcon, count: int) -> QIcon:
    """``icon`` with ``count`` in a red circle in its corner (the number waiting)."""
    size = 64
    pixmap = icon.pixmap(size, size)
    if pixmap.isNull():
        pixmap = QPixmap(size, size)
        pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    badge = QRect(size // 2 - 2, 0, size // 2 + 2, size // 2 + 2)
    painter.setPen(QColor("#ffffff"))
    painter.setBrush(QColor("#d92d20"))
    painter.drawEllipse(badge)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(22)
    painter.setFont(font)
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(count) if count < 10 else "9+")
    painter.end()
    return QIcon(pixmap)


class Tray(QObject):
    """Only created when ``QSystemTrayIcon.isSystemTrayAvailable()``."""

    # (account name, room id): the user chose a waiting visitor in the menu.
    open_waiting = Signal(str, str)

    def __init__(self, window: MainWindow, icon: QIcon) -> None:
        super().__init__(window)
        self.window = window
        self._told_hidden = False
        self._plain_icon = icon
        self._waiting: list[Any] = []
        self._meetings: list[Any] = []  # launcher.web.MeetingWindow, in the meeting
        self._meeting_actions: list[Any] = []
        self.icon = QSystemTrayIcon(icon, self)
        self.menu = QMenu()
        self.waiting_section = self.menu.addAction("")  # a heading: "2 visitors waiting"
        self.waiting_section.setEnabled(False)
        self.waiting_section.setVisible(False)
        self._waiting_actions: list[Any] = []
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
        web.add_meeting_listener(self._on_meeting_opened, owner=self)
        self.set_my_room_available(window.pinned_room() is not None)
        self.icon.show()

    def retranslate(self) -> None:
        """The menu's and the icon's text in the language installed now."""
        self.set_waiting(self._waiting)
        self._update_meetings()
        self.start_action.setText(self.tr("Start a meeting now"))
        self.my_room_action.setText(self.tr("Copy my room's guest link"))
        self.show_action.setText(self.tr("Open Meeting Launcher"))
        self.quit_action.setText(self.tr("Quit"))
        self.set_my_room_available(self.my_room_action.isEnabled())

    def set_waiting(self, waiting: list[Any]) -> None:
        """Who waits at the door (``launcher.ui.front_desk.Waiting``): the icon shows how
        many, the tooltip says so, and the menu lists them (choosing one opens the room)."""
        self._waiting = list(waiting)
        count = len(self._waiting)
        self._update_tooltip()
        self.icon.setIcon(badge_icon(self._plain_icon, count) if count else self._plain_icon)
        for action in self._waiting_actions:
            self.menu.removeAction(action)
            action.deleteLater()
        self._waiting_actions = []
        self.waiting_section.setText(self.tr("%n visitor(s) waiting", "", count))
        self.waiting_section.setVisible(bool(count))
        before = self.start_action
        for item in self._waiting:
            visitor = item.visitor
            text = self.tr("{name} – {room}").format(name=visitor.name, room=visitor.room_name)
            action = self.menu.addAction(text)
            self.menu.insertAction(before, action)
            action.triggered.connect(
                lambda _checked=False, a=item.account_name, r=visitor.room_id: (
                    self.open_waiting.emit(a, r)
                )
            )
            self._waiting_actions.append(action)
        if count:
            separator = self.menu.insertSeparator(before)
            self._waiting_actions.append(separator)

    def _update_tooltip(self) -> None:
        lines = [self.tr("Meeting Launcher")]
        lines += [self.in_meeting_text(w.title) for w in self._meetings]
        if self._waiting:
            lines.append(self.tr("%n visitor(s) waiting", "", len(self._waiting)))
        self.icon.setToolTip("\n".join(lines))

    def in_meeting_text(self, title: str) -> str:
        return self.tr("In a meeting: {room}").format(room=title)

    # -- meetings going on (their windows may be hidden) ---------------------------------

    def _on_meeting_opened(self, window: Any) -> None:
        self._meetings.append(window)
        window.kept_in_background.connect(lambda: self._on_meeting_kept(window))
        window.closed.connect(lambda: self._on_meeting_closed(window))
        window.destroyed.connect(lambda: self._on_meeting_closed(window))
        self._update_meetings()

    def _on_meeting_kept(self, window: Any) -> None:
        self._update_meetings()
        self.icon.showMessage(
            self.in_meeting_text(window.title),
            self.tr("The meeting goes on. Open it again from this icon; leave it with Leave."),
            QSystemTrayIcon.MessageIcon.Information,
            5000,
        )

    def _on_meeting_closed(self, window: Any) -> None:
        if window in self._meetings:
            self._meetings.remove(window)
            self._update_meetings()

    def _update_meetings(self) -> None:
        for action in self._meeting_actions:
            self.menu.removeAction(action)
            action.deleteLater()
        self._meeting_actions = []
        first = self.waiting_section  # meetings first, then who is waiting
        for window in self._meetings:
            action = self.menu.addAction(self.in_meeting_text(window.title))
            self.menu.insertAction(first, action)
            action.triggered.connect(lambda _checked=False, w=window: w.show_again())
            self._meeting_actions.append(action)
        if self._meetings:
            self._meeting_actions.append(self.menu.insertSeparator(first))
        self._update_tooltip()

    @property
    def meetings(self) -> list[Any]:
        """Meeting windows the tray leads back to."""
        return list(self._meetings)

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
