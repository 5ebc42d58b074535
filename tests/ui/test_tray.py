"""The tray menu and the close-to-tray choice (the tray icon itself needs a desktop tray;
its actions and the window's behaviour are tested without one)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from launcher.api import MeetingsClient
from launcher.ui.main_window import MainWindow
from launcher.ui.preferences import Preferences
from launcher.ui.tray import Tray


def test_tray_starts_a_meeting_and_copies_my_room(
    qtbot: QtBot, window: MainWindow, api: MeetingsClient
) -> None:
    tray = Tray(window, window.windowIcon())
    assert window.tray is tray
    assert not tray.my_room_action.isEnabled()  # nothing pinned yet

    with qtbot.waitSignal(window.room_created, timeout=10_000) as created:
        tray.start_action.trigger()
    assert QGuiApplication.clipboard().text() == created.args[0].guest_url

    room = api.create_room(
        "Front desk", type="long_term", expires_at=datetime.now(UTC) + timedelta(days=30)
    )
    window.pin_room(room)
    assert tray.my_room_action.isEnabled()
    QGuiApplication.clipboard().clear()
    tray.my_room_action.trigger()
    assert QGuiApplication.clipboard().text() == room.guest_url


def test_closing_keeps_running_in_the_tray_only_when_chosen(
    qtbot: QtBot, window: MainWindow, preferences: Preferences, monkeypatch: pytest.MonkeyPatch
) -> None:
    Tray(window, window.windowIcon())
    preferences.set_close_to_tray(None)  # not asked yet
    asked: list[str] = []

    def answer_keep(box: QMessageBox) -> int:
        asked.append(box.text())
        keep = next(b for b in box.buttons() if b.text() == "Keep running")
        monkeypatch.setattr(box, "clickedButton", lambda: keep)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer_keep)
    assert window.close() is False  # the close event was refused: the app stays
    assert asked and "tray" in asked[0]
    assert not window.isVisible()  # hidden, not quit
    assert preferences.close_to_tray() is True

    asked.clear()
    window.show()
    assert window.close() is False
    assert asked == []  # asked once only
    assert not window.isVisible()

    quit_requests: list[bool] = []
    window.quit_requested.connect(lambda: quit_requests.append(True))
    window.show()
    window.quit()  # the menu's Quit closes for good
    assert quit_requests == [True]


def test_without_the_choice_closing_quits(
    qtbot: QtBot, window: MainWindow, preferences: Preferences
) -> None:
    Tray(window, window.windowIcon())
    preferences.set_close_to_tray(False)
    assert window.close() is True  # accepted: the app quits with its last window
    assert not window.isVisible()


def test_a_tray_that_is_gone_hears_of_no_more_meeting_windows(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The tray follows meeting windows (launcher.web's listeners) only while it lives:
    a later meeting window must not call into a deleted tray."""
    from launcher import web

    before = list(web._listeners)
    tray = Tray(window, window.windowIcon())
    assert len(web._listeners) == len(before) + 1
    with qtbot.waitSignal(tray.destroyed, timeout=5_000):
        tray.deleteLater()
    assert web._listeners == before
