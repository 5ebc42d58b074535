"""The main window against the real built-in server: one-click start, sharing, errors."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from launcher.api import MeetingsClient
from launcher.core.accounts import Account, AccountStore
from launcher.core.credentials import CredentialStore
from launcher.ui.app import create_window
from launcher.ui.errors import describe
from launcher.ui.main_window import MainWindow
from launcher.ui.preferences import Preferences
from tests.ui.conftest import open_window

SHOTS = Path("/tmp/honest-links-shots")


def test_one_click_creates_a_room_and_copies_its_guest_link(
    qtbot: QtBot, window: MainWindow, api: MeetingsClient
) -> None:
    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(window.room_created, timeout=10_000) as created:
        qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
        assert window.start_button.busy  # busy indicator while the request waits
    room = created.args[0]

    stored = api.get_room(room.id)
    assert stored.type == "instant"
    assert stored.display_name.startswith("Meeting ")
    assert QGuiApplication.clipboard().text() == stored.guest_url
    card = window.result_card
    assert card.isVisible()
    assert card.link_edit.text() == stored.guest_url
    assert card.copied_label.isVisible() and "Copied" in card.copied_label.text()
    assert window.toast.isVisible() and "copied" in window.toast.text()
    assert not window.start_button.busy and window.start_button.isEnabled()
    # The new room is listed at once, selected.
    assert window.rooms_view.selected_room().id == room.id


def test_typed_name_is_used(qtbot: QtBot, window: MainWindow, api: MeetingsClient) -> None:
    window.name_edit.setText("Visitor from ACME")
    with qtbot.waitSignal(window.room_created, timeout=10_000) as created:
        window.start_button.click()
    assert api.get_room(created.args[0].id).display_name == "Visitor from ACME"
    assert window.name_edit.text() == ""


def test_the_network_switch_is_only_for_this_computer(window: MainWindow) -> None:
    assert window.isVisible() and not window.lan_switch.isVisible()  # an office server


def test_the_default_name_is_the_time_the_room_is_made(
    qtbot: QtBot, window: MainWindow, api: MeetingsClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import UTC, datetime, timedelta

    from launcher.ui import roomtext

    opened = datetime(2031, 3, 14, 9, 5, tzinfo=UTC)
    clock = [opened]
    monkeypatch.setattr(roomtext, "now_utc", lambda: clock[0])
    window._update_name_placeholder()  # as the window's timer does
    assert window.name_edit.placeholderText() == roomtext.default_meeting_name(opened)
    names = []
    for minutes in (12, 47):  # two rooms made later, with no name typed
        clock[0] = opened + timedelta(minutes=minutes)
        with qtbot.waitSignal(window.room_created, timeout=10_000) as created:
            window.start_button.click()
        names.append(api.get_room(created.args[0].id).display_name)
        # The placeholder shows the name the next room would get now.
        assert window.name_edit.placeholderText() == roomtext.default_meeting_name(clock[0])
    assert names == [
        roomtext.default_meeting_name(opened + timedelta(minutes=12)),
        roomtext.default_meeting_name(opened + timedelta(minutes=47)),
    ]
    assert names[0] != names[1]
    assert window._name_clock.isActive()  # the placeholder follows the clock by itself


def test_copy_host_link_warns_first(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    with qtbot.waitSignal(window.room_created, timeout=10_000) as created:
        window.start_button.click()
    room = created.args[0]
    warnings: list[str] = []

    def refuse(parent: object, title: str, text: str, *args: object, **kwargs: object) -> object:
        warnings.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(refuse))
    window.copy_host_link(room)
    assert warnings and "host" in warnings[0]
    assert QGuiApplication.clipboard().text() == room.guest_url  # unchanged: refused

    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)
    )
    window.copy_host_link(room)
    assert "participant_token=" in QGuiApplication.clipboard().text()


def test_pin_my_room_and_copy_it(
    qtbot: QtBot, window: MainWindow, api: MeetingsClient, preferences: Preferences
) -> None:
    from datetime import UTC, datetime, timedelta

    room = api.create_room(
        "Weekly sync", type="long_term", expires_at=datetime.now(UTC) + timedelta(days=7)
    )
    window.rooms_view.refresh()
    qtbot.waitUntil(lambda: window.rooms_view.select_room(room.id), timeout=10_000)
    assert window.rooms_view.pin_button.isEnabled()
    window.rooms_view.pin_button.click()
    assert window.my_room_card.isVisible()
    pinned = preferences.pinned_room("Office")
    assert pinned is not None and pinned.room_id == room.id
    QGuiApplication.clipboard().clear()
    window.my_room_card.copy_button.click()
    assert QGuiApplication.clipboard().text() == room.guest_url
    # The settings file holds the guest link, never a host link.
    text = Path(preferences.settings.fileName()).read_text()
    assert room.guest_url in text and "participant_token" not in text


def test_unreachable_server_shows_one_sentence_without_freezing(
    qtbot: QtBot, tmp_path: Path, preferences: Preferences
) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    store = AccountStore(
        config_dir=tmp_path / "c",
        data_dir=tmp_path / "d",
        credentials=CredentialStore(service=f"meeting-launcher-gui-tests-{port}"),
    )
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    pem = (
        rsa.generate_private_key(public_exponent=65537, key_size=2048)
        .private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        .decode()
    )
    store.add(
        Account(name="Gone", server_url=f"http://127.0.0.1:{port}"),
        "6b1c9a52-2f1e-4f62-8d4e-3c1a7a2b9f10",
        pem,
        make_default=True,
    )
    try:
        window = open_window(qtbot, store, preferences)
        # The list failed to load: one sentence, details behind the expander.
        assert window.rooms_view.banner.isVisible()
        started = time.monotonic()
        window.start_button.click()
        assert time.monotonic() - started < 0.2  # the click returned at once
        qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=15_000)
        summary = window.banner.summary_label.text()
        assert "could not be reached" in summary
        assert summary.count(".") <= 1 and "\n" not in summary
        assert not window.banner.details_view.isVisible()
        window.banner.details_button.click()
        assert window.banner.details_view.isVisible()
        assert "POST" in window.banner.details_view.toPlainText()
        assert window.start_button.isEnabled()
        window.context.close()
    finally:
        store.remove("Gone")


def test_close_to_tray_choice_is_remembered(tmp_path: Path) -> None:
    prefs = Preferences(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    assert prefs.close_to_tray() is None
    prefs.set_close_to_tray(True)
    again = Preferences(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    assert again.close_to_tray() is True


def test_first_run_on_this_computer(qtbot: QtBot, tmp_path: Path, preferences: Preferences) -> None:
    """No account yet: the window sets up "This computer" in the background, then works."""
    from launcher.core.local_server import stop_local_server
    from launcher.ui.app import create_window

    store = AccountStore(
        config_dir=tmp_path / "c",
        data_dir=tmp_path / "d",
        credentials=CredentialStore(service="meeting-launcher-gui-tests-first-run"),
    )
    window = create_window(store, preferences=preferences, prepare_local=True)
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.ready, timeout=30_000):
            window.show()
            window.start()
            assert not window.start_button.isEnabled()  # busy: getting ready
        assert window.account_label.text() == "This computer"
        # The network switch is on the main window, under the start button, explained.
        switch = window.lan_switch
        assert switch.isVisible() and not switch.check.isChecked()
        assert switch.check.text() == "Let guests on my local network join"
        assert "only this computer" in switch.note.text()
        with qtbot.waitSignal(window.room_created, timeout=10_000) as created:
            window.start_button.click()
        room = created.args[0]
        assert room.guest_url.startswith("http://127.0.0.1:")
        assert window.result_card.local_notice.isVisible()
        # Who can open it, said before it is pasted anywhere, with the ways forward.
        card = window.result_card
        assert card.reach_note.isVisible()
        assert "Only this computer can open this link" in card.reach_note.sentence.text()
        assert card.reach_note.network_button.isVisible()
        assert card.reach_note.office_button.isVisible()
        assert "e-mail" not in card.copied_label.text()
        assert window.rooms_view.reach_label.isVisible()
        SHOTS.mkdir(parents=True, exist_ok=True)
        qtbot.wait(300)  # the card's new layout settles
        window.grab().save(str(SHOTS / "main-window-loopback-link.png"))

        # The way forward: guests on my network, applied without a restart.
        card.reach_note.network_button.click()
        qtbot.waitUntil(
            lambda: store.accounts()[0].server_url.startswith("https://"), timeout=20_000
        )
        local = store.accounts()[0]
        assert local.server_url.startswith("https://127.0.0.1:") and local.ca_file
        qtbot.waitUntil(
            lambda: card.room.guest_url.startswith(local.meeting_origin + "/"), timeout=10_000
        )
        assert card.link_edit.text() == card.room.guest_url
        if not local.meeting_origin.startswith("https://127."):
            assert "your network" in card.reach_note.sentence.text()
            assert not card.reach_note.network_button.isVisible()
        window.grab().save(str(SHOTS / "main-window-lan-link.png"))
        assert QGuiApplication.clipboard().text() == room.guest_url
        assert switch.check.isChecked() and switch.check.isEnabled()
        assert "on this network" in switch.note.text()

        # And back, from the switch on the window: applied at once, no restart.
        switch.check.click()
        qtbot.waitUntil(
            lambda: store.accounts()[0].server_url.startswith("http://127.0.0.1:"),
            timeout=20_000,
        )
        qtbot.waitUntil(lambda: switch.check.isEnabled(), timeout=10_000)
        assert not switch.check.isChecked() and "only this computer" in switch.note.text()
        qtbot.waitUntil(lambda: card.room.guest_url.startswith("http://127.0.0.1:"), timeout=10_000)
        with qtbot.waitSignal(window.room_created, timeout=10_000) as again:
            window.start_button.click()  # the restarted server makes rooms
        assert again.args[0].guest_url.startswith("http://127.0.0.1:")
    finally:
        window.context.close()
        stop_local_server()
        for account in store.accounts():
            store.remove(account.name)


def test_slow_server_keeps_the_window_responsive_and_cancel_works(
    qtbot: QtBot, tmp_path: Path, preferences: Preferences
) -> None:
    from PySide6.QtCore import QElapsedTimer, QTimer

    from tests.helpers.servers import register_app, start_server

    slow = start_server(tmp_path / "slow", debug_latency=1.5)
    try:
        creds = register_app(slow)
        store = AccountStore(
            config_dir=tmp_path / "c",
            data_dir=tmp_path / "d",
            credentials=CredentialStore(service="meeting-launcher-gui-tests-slow"),
        )
        store.add(
            Account(
                name="Slow",
                server_url=creds.api_url.removesuffix("/v1/meetings"),
                ca_file=str(creds.ca_cert_path),
            ),
            creds.application_id,
            creds.private_key_pem.decode(),
            make_default=True,
        )
        window = open_window(qtbot, store, preferences)  # the list waited 1.5 s already

        gaps: list[int] = []
        clock = QElapsedTimer()
        ticker = QTimer()
        ticker.setInterval(10)
        ticker.timeout.connect(lambda: gaps.append(clock.restart()))
        clock.start()
        ticker.start()
        created: list[object] = []
        window.room_created.connect(created.append)
        window.start_button.click()
        assert window.starting and window.cancel_start_button.isVisible()
        qtbot.wait(300)
        window.cancel_start_button.click()
        assert not window.starting and not window.start_button.busy  # at once
        assert window.start_button.isEnabled()
        qtbot.wait(1600)  # past the server's answer: the cancelled result is dropped
        ticker.stop()
        assert created == []
        assert not window.banner.isVisible()
        assert len(gaps) > 100 and max(gaps[1:]) < 250  # the loop kept turning

        with qtbot.waitSignal(window.room_created, timeout=10_000):
            window.start_button.click()  # and the next try works
        window.context.close()
        for account in store.accounts():
            store.remove(account.name)
    finally:
        slow.stop()


def test_accounts_dialog_opens_from_the_menu(qtbot: QtBot, window: MainWindow) -> None:
    from launcher.ui.accounts.list import AccountDialog

    window.accounts_action.trigger()
    dialog = window.findChild(AccountDialog)
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(window.rooms_view.loaded, timeout=10_000):
        dialog.reject()  # closing it reloads accounts and the list
    account = window.context.account()
    assert account is not None and account.name == "Office"


def test_the_first_frame_is_the_whole_window(
    qtbot: QtBot, account_store: AccountStore, preferences: Preferences
) -> None:
    """What start-up leaves until after the first paint changes nothing anyone sees:
    the window looks the same, pixel for pixel, before and after it."""
    window = create_window(account_store, preferences=preferences, prepare_local=False)
    qtbot.addWidget(window)
    window.resize(1180, 740)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    first = window.grab().toImage()
    shots = Path(os.environ.get("LAUNCHER_SHOTS", "/tmp/team/shots"))
    shots.mkdir(parents=True, exist_ok=True)
    first.save(str(shots / "main-window-first-frame.png"))
    assert window.rooms_view.table.model() is not window.rooms_view.proxy
    window.finish_start_up()
    assert window.rooms_view.table.model() is window.rooms_view.proxy
    qtbot.wait(50)
    assert window.grab().toImage() == first
    # The titles now come from the rooms model (what accessibility reads too).
    header = window.rooms_view.table.horizontalHeader()
    assert [header.model().headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Name",
        "Kind",
        "Status",
        "Expires",
    ]
    window.context.close()


def test_parts_built_when_first_needed_take_their_places(qtbot: QtBot, window: MainWindow) -> None:
    column = window.result_card.parentWidget()
    assert column is not None
    left = column.layout()
    assert left is not None
    # The result card right below the start card, "My room" below it, above the stretch.
    assert left.indexOf(window.result_card) == 1
    assert left.indexOf(window.my_room_card) == 2
    last = left.itemAt(left.count() - 1)
    assert last is not None and last.spacerItem() is not None

    # The error banners above the columns, and above the list.
    def top(widget: QWidget) -> int:
        return widget.mapTo(window, QPoint(0, 0)).y()

    # A toast still showing when the first error comes stays on top of the banner.
    window.toast.show_message("✓ Guest link copied")
    window.show_error(OSError("disk full"))
    qtbot.wait(50)
    assert window.banner.isVisible()
    toast_parent = window.toast.parent()
    assert toast_parent is not None
    stacked = toast_parent.children()  # in drawing order, the last on top
    assert stacked.index(window.toast) > stacked.index(window.banner)
    assert top(window.banner) + window.banner.height() <= top(window.rooms_view)
    view = window.rooms_view
    view.banner.show_error(describe(OSError("disk full")))
    qtbot.wait(50)  # the layout places it on the next turn of the event loop
    assert top(view.search_edit) < top(view.banner)
    rows = view.layout()
    assert rows is not None
    assert rows.indexOf(view.banner) == rows.indexOf(view.table) - 1
