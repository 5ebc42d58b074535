"""Scheduling and editing long-term rooms through the dialog, checked against the server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, QTime
from pytestqt.qtbot import QtBot

from launcher.api import MeetingsClient
from launcher.ui import roomtext
from launcher.ui.main_window import MainWindow
from launcher.ui.schedule_dialog import ScheduleDialog


def _local(days: int, hour: int, minute: int) -> QDateTime:
    value = QDateTime.currentDateTime().addDays(days)
    value.setTime(QTime(hour, minute))
    return value


def _wait_themes(qtbot: QtBot, dialog: ScheduleDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.theme_spinner.running, timeout=10_000)


def _pick(combo: object, data: object) -> None:
    index = combo.findData(data)  # type: ignore[attr-defined]
    assert index >= 0, data
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_schedule_with_every_option(qtbot: QtBot, window: MainWindow, api: MeetingsClient) -> None:
    theme = api.create_theme("#0a7c59", "Front desk", theme_name="Green")
    dialog = window.open_schedule_dialog()
    _wait_themes(qtbot, dialog)
    # Defaults: one month ahead, in local time.
    default_ahead = dialog.expires_at() - datetime.now(UTC)
    assert timedelta(days=29) < default_ahead < timedelta(days=32)

    expiry = _local(20, 9, 30)
    dialog.name_edit.setText("Weekly team meeting")
    dialog.expiry_edit.setDateTime(expiry)
    dialog.expire_after_use_check.setChecked(True)
    _pick(dialog.waiting_combo, "explicit_approval")
    _pick(dialog.microphone_combo, "off")
    _pick(dialog.language_combo, "de")
    _pick(dialog.theme_combo, theme.theme_id)
    dialog.auto_record_check.setChecked(True)
    dialog.record_owner_check.setChecked(True)
    dialog.chat_check.setChecked(False)
    dialog.whiteboard_check.setChecked(False)
    dialog.recording_check.setChecked(True)

    with qtbot.waitSignal(dialog.room_saved, timeout=10_000) as saved:
        dialog.save_button.click()
        assert dialog.save_button.busy
    stored = api.get_room(saved.args[0].id)

    assert stored.display_name == "Weekly team meeting"
    assert stored.type == "long_term"
    # Entered 09:30 local time; the server holds the same instant in UTC.
    assert stored.expires_at == roomtext.from_qdatetime(expiry)
    assert stored.expire_after_use is True
    assert stored.join_approval_level == "explicit_approval"
    assert stored.initial_join_options.microphone_state == "off"
    assert stored.ui_settings.language == "de"
    assert stored.theme_id == theme.theme_id
    assert stored.recording_options.auto_record is True
    assert stored.recording_options.record_only_owner is True
    assert stored.available_features.is_chat_available is False
    assert stored.available_features.is_whiteboard_available is False
    assert stored.available_features.is_recording_available is True
    # The window shows the new room on its card and in the list.
    assert window.result_card.room.id == stored.id
    assert "works until" in window.result_card.expiry_label.text()
    assert window.rooms_view.model.row_of(stored.id) >= 0


def test_inline_validation_sends_nothing(
    qtbot: QtBot, window: MainWindow, api: MeetingsClient
) -> None:
    dialog = window.open_schedule_dialog()
    dialog.save_button.click()
    assert dialog.field_error("display_name") == "Give the room a name."
    assert dialog.name_edit.property("invalid") == "true"

    dialog.name_edit.setText("x" * 201)
    dialog.expiry_edit.setDateTime(QDateTime.currentDateTime().addSecs(5 * 60))
    dialog.save_button.click()
    assert "at most 200" in dialog.field_error("display_name")
    assert "at least 10 minutes" in dialog.field_error("expires_at")

    dialog.name_edit.setText("Fine")
    assert dialog.field_error("display_name") == ""  # cleared as the user types
    dialog.expiry_edit.setDateTime(QDateTime.currentDateTime().addDays(370))
    dialog.save_button.click()
    assert "at most one year" in dialog.field_error("expires_at")
    assert not dialog.busy
    assert api.list_rooms().total_items == 0  # nothing reached the server
    dialog.reject()


def test_server_field_error_lands_next_to_its_field(
    qtbot: QtBot, window: MainWindow, api: MeetingsClient
) -> None:
    # A computer clock a year and more behind: the dialog's own checks pass, the
    # server's clock says the expiry is in the past.
    skewed = datetime.now(UTC) - timedelta(days=400)
    dialog = ScheduleDialog(window.context, parent=window, clock=lambda: skewed)
    dialog.open()
    dialog.name_edit.setText("Skewed clock")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    error = dialog.field_error("expires_at")
    assert error.startswith("Must be more than 10 minutes in the future")
    assert dialog.expiry_edit.property("invalid") == "true"
    assert dialog.banner.isVisible()
    assert "highlighted" in dialog.banner.summary_label.text()
    assert "InputValidationError" in dialog.banner.details_view.toPlainText()
    assert dialog.isVisible()  # stays open for a correction
    assert api.list_rooms().total_items == 0
    dialog.reject()


def test_edit_a_long_term_room(qtbot: QtBot, window: MainWindow, api: MeetingsClient) -> None:
    theme = api.create_theme("#123456", "Sales", theme_name="Blue")
    room = api.create_room(
        "Board meeting",
        type="long_term",
        expires_at=datetime.now(UTC) + timedelta(days=10),
        join_approval_level="none",
    )
    window.rooms_view.refresh()
    qtbot.waitUntil(lambda: window.rooms_view.select_room(room.id), timeout=10_000)
    assert window.rooms_view.edit_button.isEnabled()
    window.rooms_view.edit_button.click()
    dialog = window.findChild(ScheduleDialog)
    assert dialog is not None and dialog.editing
    _wait_themes(qtbot, dialog)
    assert dialog.name_edit.isReadOnly()
    assert dialog.update_details() == {}  # nothing changed yet

    expiry = _local(60, 17, 0)
    dialog.expiry_edit.setDateTime(expiry)
    _pick(dialog.waiting_combo, "after_owner_only")
    dialog.chat_check.setChecked(False)
    _pick(dialog.language_combo, "fr")
    _pick(dialog.theme_combo, theme.theme_id)
    assert set(dialog.update_details()) == {
        "expires_at",
        "join_approval_level",
        "available_features",
        "ui_settings",
        "theme_id",
    }
    with qtbot.waitSignal(dialog.room_saved, timeout=10_000):
        dialog.save_button.click()

    stored = api.get_room(room.id)
    assert stored.expires_at == roomtext.from_qdatetime(expiry)
    assert stored.join_approval_level == "after_owner_only"
    assert stored.available_features.is_chat_available is False
    assert stored.ui_settings.language == "fr"
    assert stored.theme_id == theme.theme_id
    assert stored.display_name == "Board meeting"
    # The list shows the change and keeps the room selected.
    row = window.rooms_view.model.row_of(room.id)
    assert window.rooms_view.model.room_at(row).join_approval_level == "after_owner_only"
    assert window.rooms_view.selected_room().id == room.id
    assert "saved" in window.toast.text()


def test_instant_rooms_cannot_be_edited(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.room_created, timeout=10_000):
        window.start_button.click()
    assert window.rooms_view.selected_room().type == "instant"
    assert not window.rooms_view.edit_button.isEnabled()
    assert not window.rooms_view.pin_button.isEnabled()


def test_result_for_a_closed_dialog_is_dropped(
    qtbot: QtBot, window: MainWindow, api: MeetingsClient
) -> None:
    dialog = window.open_schedule_dialog()
    dialog.name_edit.setText("Closed too soon")
    saved: list[object] = []
    dialog.room_saved.connect(saved.append)
    dialog.save_button.click()
    assert dialog.busy
    dialog.reject()  # the dialog goes away while the request waits
    qtbot.waitUntil(lambda: window.context.runner.pending_count() == 0, timeout=10_000)
    qtbot.wait(20)
    assert saved == []
    assert window.result_card.room is None
