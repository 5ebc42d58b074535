"""The rooms list (paging, order, filters, refresh) and the invite outputs, on the real server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from launcher.api import MeetingsClient
from launcher.ui import sharing
from launcher.ui.invite_dialog import InviteDialog
from launcher.ui.main_window import MainWindow
from launcher.ui.rooms_model import RoomsModel
from launcher.ui.roomtext import Status

SHOTS = Path("/tmp/honest-links-shots")


def _refresh(qtbot: QtBot, window: MainWindow) -> int:
    with qtbot.waitSignal(window.rooms_view.loaded, timeout=20_000) as loaded:
        window.rooms_view.refresh()
    return int(loaded.args[0])


def _scroll_to_the_end(qtbot: QtBot, window: MainWindow) -> None:
    """Scroll the list to its end, as a user does, and wait for the page that loads.

    The scroll range takes in newly listed rows when the view lays them out, a step
    Qt posts after the rows arrive: until then there is nowhere further to scroll
    (under load, setting the old maximum again changed nothing and loaded nothing).
    """
    bar = window.rooms_view.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > bar.value(), timeout=10_000)
    with qtbot.waitSignal(window.rooms_view.loaded, timeout=10_000):
        bar.setValue(bar.maximum())


def test_pages_lazily_through_45_rooms_newest_first(
    qtbot: QtBot, window: MainWindow, api: MeetingsClient
) -> None:
    created = [api.create_room(f"Room {n:02d}") for n in range(45)]
    newest_first = [room.display_name for room in reversed(created)]
    view = window.rooms_view
    assert view.page_size == 20  # three pages: 20 + 20 + 5
    _refresh(qtbot, window)
    # Only the newest page: it fills the view; older pages wait for scrolling.
    assert view.model.rowCount() == 20
    assert not view.complete
    assert view.count_label.text() == "20 of 45 rooms"
    names = [view.model.room_at(row).display_name for row in range(20)]
    assert names == newest_first[:20]

    _scroll_to_the_end(qtbot, window)  # the next older page
    assert view.model.rowCount() == 40
    _scroll_to_the_end(qtbot, window)
    assert view.model.rowCount() == 45 and view.complete
    assert [view.model.room_at(row).display_name for row in range(45)] == newest_first
    assert view.count_label.text() == "45 rooms"


def test_a_filter_loads_every_page(qtbot: QtBot, window: MainWindow, api: MeetingsClient) -> None:
    for n in range(45):
        api.create_room("Oldest room" if n == 0 else f"Room {n:02d}")
    _refresh(qtbot, window)
    assert window.rooms_view.model.rowCount() == 20
    with qtbot.waitSignal(window.rooms_view.loaded, timeout=10_000):
        window.rooms_view.search_edit.setText("oldest")
    qtbot.waitUntil(lambda: window.rooms_view.complete, timeout=10_000)
    assert window.rooms_view.proxy.rowCount() == 1
    assert window.rooms_view.proxy.index(0, 0).data() == "Oldest room"


def test_forward_walk_when_end_id_is_not_used(
    qtbot: QtBot, window: MainWindow, api: MeetingsClient
) -> None:
    created = [api.create_room(f"Room {n:02d}") for n in range(45)]
    window.rooms_view.backward_paging = False  # as against a server ignoring end_id
    _refresh(qtbot, window)
    assert window.rooms_view.complete
    names = [window.rooms_view.model.room_at(row).display_name for row in range(45)]
    assert names == [room.display_name for room in reversed(created)]


def test_filters_by_name_and_status(qtbot: QtBot, window: MainWindow, api: MeetingsClient) -> None:
    now = datetime.now(UTC)
    api.create_room("Sales weekly", type="long_term", expires_at=now + timedelta(days=30))
    api.create_room("Support weekly", type="long_term", expires_at=now + timedelta(hours=3))
    api.create_room("Visitor")  # instant: closes in 10 minutes unless someone joins
    _refresh(qtbot, window)
    proxy = window.rooms_view.proxy
    assert proxy.rowCount() == 3
    window.rooms_view.search_edit.setText("WEEKLY")
    assert proxy.rowCount() == 2
    combo = window.rooms_view.status_combo
    combo.setCurrentIndex(combo.findData(Status.EXPIRING))
    assert proxy.rowCount() == 1
    assert window.rooms_view.proxy.index(0, 0).data() == "Support weekly"
    assert window.rooms_view.proxy.index(0, 2).data() == "Expires in 2 hours"
    window.rooms_view.search_edit.clear()
    assert proxy.rowCount() == 2  # Support weekly and Visitor
    combo.setCurrentIndex(combo.findData(Status.AVAILABLE))
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Sales weekly"]
    combo.setCurrentIndex(combo.findData(Status.EXPIRED))
    assert proxy.rowCount() == 0


def test_refresh_keeps_the_selection(qtbot: QtBot, window: MainWindow, api: MeetingsClient) -> None:
    first = api.create_room("Keep me selected")
    api.create_room("Another")
    _refresh(qtbot, window)
    assert window.rooms_view.select_room(first.id)
    newer = api.create_room("Arrived later")
    assert _refresh(qtbot, window) == 3
    assert window.rooms_view.selected_room().id == first.id
    assert window.rooms_view.model.room_at(0).id == newer.id


def test_the_list_follows_rooms_made_elsewhere_without_refresh(
    qtbot: QtBot, window: MainWindow, api: MeetingsClient
) -> None:
    view = window.rooms_view
    first = api.create_room("Keep me selected")
    _refresh(qtbot, window)
    assert view.select_room(first.id)
    loads: list[int] = []
    view.loaded.connect(loads.append)  # a Refresh (spinner, Stop) would say "loaded"
    # As `meeting-launcher new` would: straight to the server, not through this window.
    later = api.create_room("Made from the command line")
    qtbot.waitUntil(lambda: view.model.row_of(later.id) == 0, timeout=4 * view.poll_interval * 1000)
    assert view.selected_room().id == first.id  # the selection stays
    assert view.count_label.text() == "2 rooms"
    assert loads == [] and view.spinner.isHidden() and view.stop_button.isHidden()


def test_a_room_in_use_says_who_is_in_it_not_when_it_expires(
    qtbot: QtBot, window: MainWindow
) -> None:
    from launcher.api.models import Room
    from launcher.ui import style

    soon = (datetime.now(UTC) + timedelta(minutes=7, seconds=40)).isoformat()
    base = {"type": "instant", "expires_at": soon, "is_available": True}
    view = window.rooms_view
    view.finish_start_up()
    rooms = [
        Room.from_json({**base, "id": "a", "display_name": "Three", "participant_count": 3}),
        Room.from_json({**base, "id": "b", "display_name": "One", "participant_count": 1}),
        Room.from_json({**base, "id": "c", "display_name": "Empty", "participant_count": 0}),
        Room.from_json({**base, "id": "d", "display_name": "Other server"}),
    ]
    view.model.merge(rooms)
    text = {
        view.model.room_at(r).display_name: view.model.index(r, 2).data()
        for r in range(view.model.rowCount())
    }
    assert text["Three"] == "In a meeting now · 3 people"
    assert text["One"] == "In a meeting now · 1 person"
    assert text["Empty"] == text["Other server"] == "Expires in 7 minutes"
    row = view.model.row_of("a")
    colour = view.model.data(view.model.index(row, 2), 9)  # Qt.ForegroundRole
    assert colour.name() == style.colors().accent_text  # not the orange of a room about to close
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(50)  # the new rows laid out
    assert window.grab().save(str(SHOTS / "rooms-in-a-meeting.png"))


def test_copy_and_join_from_the_list(
    qtbot: QtBot, window: MainWindow, api: MeetingsClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    room = api.create_room("From the list")
    _refresh(qtbot, window)
    window.rooms_view.select_room(room.id)
    QGuiApplication.clipboard().clear()
    window.rooms_view.copy_button.click()
    assert QGuiApplication.clipboard().text() == room.guest_url

    opened: list[tuple[str, str, str]] = []
    monkeypatch.setattr(
        sharing,
        "open_as_host",
        lambda url, *, account, title, parent, room_id: opened.append((url, account.name, room_id)),
    )
    window.rooms_view.join_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    url, account_name, room_id = opened[0]
    assert account_name == "Office" and room_id == room.id  # one window per room
    assert "participant_token=" in url and str(room.meeting_code) in url


def test_invite_outputs(
    qtbot: QtBot, window: MainWindow, api: MeetingsClient, tmp_path: Path
) -> None:
    room = api.create_room(
        "Weekly sync & review",
        type="long_term",
        expires_at=datetime.now(UTC) + timedelta(days=14),
    )
    dialog = window.invite(room)
    assert isinstance(dialog, InviteDialog)
    text = dialog.text_edit.toPlainText()
    assert room.guest_url and room.expires_at
    assert "Weekly sync & review" in text and room.guest_url in text
    assert "participant_token" not in text

    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == text
    assert dialog.toast.isVisible()

    fields = {k: v[0] for k, v in parse_qs(urlsplit(dialog.mailto_url()).query).items()}
    assert fields["subject"] == "Invitation: Weekly sync & review"
    assert fields["body"] == text.replace("\n", "\r\n")

    path = tmp_path / "sync.ics"
    dialog.save_calendar_file(path)
    event = next(iter(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")))
    assert str(event["url"]) == room.guest_url
    assert event.decoded("dtend") == room.expires_at.replace(microsecond=0)

    dialog.meeting_time_check.setChecked(True)
    event = next(iter(icalendar.Calendar.from_ical(dialog.calendar_bytes()).walk("VEVENT")))
    assert event.decoded("rrule")["FREQ"] == ["WEEKLY"]
    assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(hours=1)
    assert not dialog.qr_label.pixmap().isNull()
    dialog.reject()


def test_instant_room_invite_has_no_calendar(
    qtbot: QtBot, window: MainWindow, api: MeetingsClient
) -> None:
    dialog = window.invite(api.create_room("Quick chat"))
    assert dialog.calendar_box is None
    assert "10 minutes after the last person leaves" in dialog.text_edit.toPlainText()
    dialog.reject()


def test_ctrl_c_on_the_list_copies_the_guest_link(
    qtbot: QtBot, window: MainWindow, api: MeetingsClient
) -> None:
    from PySide6.QtCore import Qt

    room = api.create_room("Keyboard user")
    _refresh(qtbot, window)
    window.rooms_view.select_room(room.id)
    window.rooms_view.table.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(window.rooms_view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # type: ignore[no-untyped-call]
    assert QGuiApplication.clipboard().text() == room.guest_url


def test_a_new_rooms_status_is_never_cut_short(
    qtbot: QtBot, window: MainWindow, api: MeetingsClient
) -> None:
    """The status column fits its longest text also when that text arrives with a new
    row: a meeting started now ("Expires in 10 minutes") under rooms that say
    "Available" (the README's screenshot showed "Expire…")."""
    from launcher.api.models import Room

    for name in ("Weekly team meeting", "Visitor: ACME Ltd"):
        api.create_room(name, type="long_term", expires_at=datetime.now(UTC) + timedelta(days=30))
    view = window.rooms_view
    window.resize(1120, 740)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    qtbot.wait(50)
    soon = (datetime.now(UTC) + timedelta(minutes=10)).isoformat()
    new = Room.from_json({"id": "new", "type": "instant", "display_name": "Meeting 7:21 AM",
                          "expires_at": soon, "is_available": True})  # fmt: skip
    view.model.merge([new])  # as a room made in this window arrives
    qtbot.wait(100)  # a moment: no poll or clock tick comes to the rescue
    source = view.model.index(view.model.row_of("new"), RoomsModel.STATUS)
    text = str(view.proxy.mapFromSource(source).data())
    assert text.startswith("Expires in"), text
    needed = view.table.fontMetrics().horizontalAdvance(text)
    assert view.table.horizontalHeader().sectionSize(RoomsModel.STATUS) > needed
