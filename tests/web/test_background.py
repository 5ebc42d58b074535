"""The call lives in the app, not in the window: closing a meeting window with the tray
hides it and the meeting goes on; the tray leads back; quitting asks first. Real
QtWebEngine windows on the real server (a host and a guest)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from launcher import web
from launcher.api import MeetingsClient
from launcher.ui.app import create_window
from launcher.ui.main_window import MainWindow
from launcher.ui.tray import Tray
from tests.web.conftest import run_js, wait_js
from tests.web.test_meeting import host_and_guest, receiving


class _NoAccounts:
    """The main window with no account: only its menu's Quit and the tray are used."""

    def accounts(self) -> list[Any]:
        return []

    def default(self) -> Any | None:
        return None

    def get(self, name: str) -> Any:
        raise LookupError(name)

    def client_for(self, account: Any) -> MeetingsClient:
        raise LookupError("no account")


@pytest.fixture
def main_window(qtbot: Any) -> Iterator[tuple[MainWindow, Tray]]:
    window = create_window(_NoAccounts(), prepare_local=False)
    qtbot.addWidget(window)
    tray = Tray(window, window.windowIcon())
    web.keep_meetings_in_background(True)
    try:
        yield window, tray
    finally:
        web.keep_meetings_in_background(False)
        window.context.close()


def answer_quit_question(window: MainWindow, button_text: str) -> list[str]:
    """Press ``button_text`` in the quit question once it shows; what it said."""
    asked: list[str] = []

    def press() -> None:
        box = window.quit_question
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, press)
            return
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(50, press)
    return asked


def test_closing_hides_the_meeting_and_quitting_asks_first(
    qtbot: Any, client: MeetingsClient, windows: Any, main_window: tuple[MainWindow, Tray]
) -> None:
    window, tray = main_window
    _room, host, guest = host_and_guest(qtbot, client, windows, "Board meeting")
    receiving(qtbot, guest, "Alice")
    assert tray.meetings == [host, guest]

    # Closing the host's window hides it; Alice stays in the meeting.
    with qtbot.waitSignal(host.kept_in_background, timeout=10_000):
        host.close()
    assert not host.isVisible() and host.in_meeting
    assert "In a meeting: Board meeting" in tray.icon.toolTip()
    qtbot.wait(2000)  # longer than a leave takes to reach the others
    assert wait_js(qtbot, guest.page, "meetingStatus().peers.some(p => p.name === 'Alice')")
    assert wait_js(qtbot, host.page, "meetingStatus().view === 'meeting'")

    # The tray's "In a meeting: ..." brings the window back.
    back = next(a for a in tray.menu.actions() if a.text() == "In a meeting: Board meeting")
    back.trigger()
    qtbot.waitUntil(host.isVisible, timeout=5000)

    # Quitting asks; Cancel keeps everything going.
    quits: list[bool] = []
    window.quit_requested.connect(lambda: web.close_meetings(then=lambda: quits.append(True)))
    asked = answer_quit_question(window, "Cancel")
    window.quit()
    assert asked and "meeting" in asked[0]
    assert quits == [] and host.in_meeting

    # Leaving in the page, then closing, closes for real (not to the tray).
    run_js(qtbot, guest.page, "document.querySelector('#btn-leave').click(); true")
    wait_js(qtbot, guest.page, "meetingStatus().message === 'left'")
    with qtbot.waitSignal(guest.closed, timeout=10_000):
        guest.close()
    wait_js(qtbot, host.page, "meetingStatus().peers.length === 0")

    # "Leave and quit" leaves the host's meeting and lets the app end.
    host.hide()
    asked = answer_quit_question(window, "Leave and quit")
    with qtbot.waitSignal(host.closed, timeout=10_000):
        window.quit()
    qtbot.waitUntil(lambda: quits == [True], timeout=5000)
    assert asked == ["You are in a meeting: “Board meeting”."]
    assert tray.meetings == []


def test_without_a_meeting_quitting_asks_nothing(
    qtbot: Any, main_window: tuple[MainWindow, Tray]
) -> None:
    window, _tray = main_window
    quits: list[bool] = []
    window.quit_requested.connect(lambda: quits.append(True))
    window.quit()
    assert quits == [True] and window.quit_question is None
