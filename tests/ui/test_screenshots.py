"""Screenshots of the main window, the result card, the schedule and invite dialogs.

Saved under /tmp/team/shots/ (``LAUNCHER_SHOTS`` overrides) for a person to look
at; the test checks that each image was rendered (not blank) at a sensible size.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from launcher.api import MeetingsClient
from launcher.ui.main_window import MainWindow

SHOTS = Path(os.environ.get("LAUNCHER_SHOTS", "/tmp/team/shots"))


def _save(widget: QWidget, name: str) -> QImage:
    SHOTS.mkdir(parents=True, exist_ok=True)
    image = widget.grab().toImage()
    assert image.save(str(SHOTS / f"{name}.png"))
    assert image.width() >= 300 and image.height() >= 150
    # Not blank: more than a handful of distinct colours.
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 10
    return image


def test_screenshots(qtbot: QtBot, window: MainWindow, api: MeetingsClient) -> None:
    soon = datetime.now(UTC)
    for name, days in [
        ("Board meeting", 40),
        ("Weekly team sync", 200),
        ("Client onboarding", 0.5),
    ]:
        api.create_room(name, type="long_term", expires_at=soon + timedelta(days=days))
    api.create_room("Interview – Jamie", type="instant")
    window.resize(1180, 740)
    window.rooms_view.refresh()
    qtbot.waitUntil(
        lambda: window.rooms_view.model.rowCount() == 4 and not window.rooms_view.loading
    )
    _save(window, "main-window-empty-card")

    with qtbot.waitSignal(window.room_created, timeout=10_000):
        window.start_button.click()
    qtbot.wait(50)  # let layouts settle before grabbing
    _save(window, "main-window")
    _save(window.result_card, "result-card")

    dialog = window.open_schedule_dialog()
    qtbot.waitUntil(lambda: not dialog.theme_spinner.running, timeout=10_000)
    _save(dialog, "schedule-dialog")
    dialog.name_edit.setText("")
    dialog.save_button.click()
    _save(dialog, "schedule-dialog-invalid")
    dialog.reject()

    room = window.rooms_view.model.room_at(1)
    invite = window.invite(room)
    qtbot.wait(50)
    _save(invite, "invite-dialog")
    invite.reject()
    long_term = next(r for r in window.rooms_view.model.rooms() if r.type == "long_term")
    invite = window.invite(long_term)
    invite.meeting_time_check.setChecked(True)
    qtbot.wait(50)
    _save(invite, "invite-dialog-long-term")
    invite.reject()

    edit = window.open_schedule_dialog(long_term)
    qtbot.waitUntil(lambda: not edit.theme_spinner.running, timeout=10_000)
    _save(edit, "edit-dialog")
    edit.reject()

    window.show_error(OSError("disk full"))
    window.banner.details_button.click()
    qtbot.wait(50)
    _save(window, "main-window-error")
