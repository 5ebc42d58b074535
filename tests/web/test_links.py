"""Links someone sent open in the app's meeting window: a host link of an account's room
as host, a guest link or a typed code as guest (the page asks the name), a link to an
unknown server only after asking, anything else not at all (and says why).

The main window runs on a real AccountStore (real keyring) whose "Office" account is
the real built-in server of these tests; meeting windows are real QtWebEngine.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from launcher.api import MeetingsClient
from launcher.core.accounts import Account, AccountStore
from launcher.core.credentials import CredentialStore
from launcher.server import BuiltinServer, create_application
from launcher.ui import i18n
from launcher.ui.app import create_window
from launcher.ui.main_window import MainWindow
from launcher.ui.preferences import Preferences
from launcher.web.window import MeetingWindow
from tests.web.conftest import wait_js


@pytest.fixture
def store(tmp_path: Path, server: BuiltinServer) -> Iterator[AccountStore]:
    accounts = AccountStore(
        config_dir=tmp_path / "config",
        data_dir=tmp_path / "data",
        credentials=CredentialStore(service=f"meeting-launcher-link-tests-{uuid.uuid4().hex[:8]}"),
    )
    application_id, key = create_application(server.config.data_dir, "link tests")
    accounts.add(Account(name="Office", server_url=server.origin), application_id, key.decode())
    yield accounts
    for item in accounts.accounts():
        accounts.remove(item.name)


def _main_window(qtbot: Any, store: AccountStore, tmp_path: Path) -> MainWindow:
    i18n.install("en")
    preferences = Preferences(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    window = create_window(store, preferences=preferences, prepare_local=False)
    qtbot.addWidget(window)
    preferences.set_close_to_tray(False)
    return window


@pytest.fixture
def main(qtbot: Any, store: AccountStore, tmp_path: Path) -> Iterator[MainWindow]:
    window = _main_window(qtbot, store, tmp_path)
    with qtbot.waitSignal(window.ready, timeout=20_000):
        window.show()
        window.start()
    yield window
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MeetingWindow) and not widget.has_closed:
            with qtbot.waitSignal(widget.closed, timeout=10_000, raising=False):
                widget.close()
    window.context.close()


def _opened(qtbot: Any, main: MainWindow, text: str, *, typed: bool = False) -> MeetingWindow:
    with qtbot.waitSignal(main.links.opened, timeout=20_000) as opened:
        if typed:
            main.join_card.link_edit.setText(text)
            qtbot.keyClick(main.join_card.link_edit, Qt.Key.Key_Return)
        else:
            main.open_link(text)
    window = opened.args[0]
    assert isinstance(window, MeetingWindow)
    return window


def test_a_host_link_of_an_accounts_room_opens_as_host(
    qtbot: Any, main: MainWindow, client: MeetingsClient
) -> None:
    room = client.create_room("Linked")
    assert room.host_url is not None
    window = _opened(qtbot, main, "meeting-launcher:" + room.host_url)
    wait_js(qtbot, window.page, "meetingStatus().view === 'lobby'")
    wait_js(
        qtbot, window.page, "document.querySelector('#lobby-title').dataset.i18n === 'ready_host'"
    )
    # The same link again brings that window to the front rather than a second one.
    again = _opened(qtbot, main, f"meeting-launcher://open?url={quote(room.host_url, safe='')}")
    assert again is window


def test_a_guest_link_opens_as_guest_with_a_name_prompt(
    qtbot: Any, main: MainWindow, client: MeetingsClient
) -> None:
    room = client.create_room("Visitors")
    assert room.guest_url is not None
    window = _opened(qtbot, main, room.guest_url, typed=True)
    wait_js(qtbot, window.page, "meetingStatus().view === 'lobby'")
    wait_js(
        qtbot, window.page, "document.querySelector('#lobby-title').dataset.i18n === 'ready_guest'"
    )
    assert wait_js(qtbot, window.page, "!document.querySelector('#name').closest('[hidden]')")
    assert main.join_card.link_edit.text() == ""  # the field is emptied once it opened


def test_a_typed_code_joins_on_the_chosen_accounts_server(
    qtbot: Any, main: MainWindow, client: MeetingsClient, server: BuiltinServer
) -> None:
    room = client.create_room("By code")
    code = room.meeting_code
    assert code is not None
    spaced = f"{code[:3]} {code[3:6]} {code[6:]}"
    window = _opened(qtbot, main, spaced, typed=True)
    wait_js(qtbot, window.page, "meetingStatus().view === 'lobby'")
    assert window.view is not None
    assert window.view.url().toString() == f"{server.origin}/{code}"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "Paste the meeting link"),
        ("ftp://example.test/123456789", "Meeting links start with https://"),
        ("https://example.test/v1/meetings/rooms", "not a meeting link Meeting Launcher can open"),
        ("12345", "Meeting links start with https://"),
    ],
)
def test_what_is_not_a_meeting_link_is_refused_under_the_field(
    qtbot: Any, main: MainWindow, text: str, says: str
) -> None:
    main.join_card.link_edit.setText(text)
    qtbot.mouseClick(main.join_card.join_button, Qt.MouseButton.LeftButton)
    assert main.join_card.error.isVisible()
    assert says in main.join_card.error.text()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MeetingWindow)]
    qtbot.keyClicks(main.join_card.link_edit, "x")  # typing again clears the sentence
    assert not main.join_card.error.isVisible()


def test_a_refused_link_from_outside_gets_a_message(qtbot: Any, main: MainWindow) -> None:
    assert main.open_link("meeting-launcher:javascript:alert(1)") is False
    box = main.links.question
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert "Meeting links start with https://" in box.text()
    box.accept()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MeetingWindow)]


def test_a_link_to_another_server_asks_first(qtbot: Any, main: MainWindow) -> None:
    assert main.open_link("https://meet.elsewhere.test/123456789") is False
    box = main.links.question
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert "https://meet.elsewhere.test" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MeetingWindow)]


def test_a_link_given_at_start_waits_for_the_accounts(
    qtbot: Any, store: AccountStore, tmp_path: Path, client: MeetingsClient
) -> None:
    room = client.create_room("Early")
    assert room.guest_url is not None
    window = _main_window(qtbot, store, tmp_path)
    assert window.open_link(room.guest_url) is False  # the accounts are not read yet
    with qtbot.waitSignal(window.links.opened, timeout=20_000) as opened:
        window.show()
        window.start()
    meeting = opened.args[0]
    wait_js(qtbot, meeting.page, "meetingStatus().view === 'lobby'")
    with qtbot.waitSignal(meeting.closed, timeout=10_000):
        meeting.close()
    window.context.close()
