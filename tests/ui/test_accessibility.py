"""Every window as a keyboard and screen-reader user meets it.

Each window and dialog is opened as in tests/ui/test_languages.py; in each, every
control a person can reach with Tab must have a name a screen reader speaks (Qt's
accessible interface: the widget's text, its label's buddy text or its accessible
name) and a role, and Tab from the first control must visit every control once and
come back (no trap, nothing unreachable), in reading order where the layout is one
column. tests/ui/test_atspi.py reads the same tree from outside, over AT-SPI.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from launcher.api import MeetingsClient
from launcher.ui.accounts.list import AccountDialog
from launcher.ui.main_window import MainWindow


def focusable(root: QWidget) -> list[QWidget]:
    """The controls of ``root`` that Tab can reach, as they are now."""
    found = []
    for widget in root.findChildren(QWidget):
        if not (widget.isVisibleTo(root) and widget.isEnabled()):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None:
            continue
        if widget.window() is not root:
            continue
        found.append(widget)
    return found


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    return interface.text(QAccessible.Text.Name).strip()


def describe(widget: QWidget) -> str:
    where = widget.mapTo(widget.window(), widget.rect().topLeft()).toTuple()
    said = spoken_name(widget) or getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__} {widget.objectName()!r} {said!r} at {where}"


def unnamed(root: QWidget) -> list[str]:
    return [describe(w) for w in focusable(root) if not spoken_name(w)]


@pytest.fixture(autouse=True, scope="module")
def _free_web_pages(qapp: Any) -> Iterator[None]:
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def rooms(api: MeetingsClient) -> dict[str, Any]:
    soon = datetime.now(UTC)
    theme = api.create_theme("#1d4e89", "Acme", theme_name="Harbour blue")
    board = api.create_room("Board meeting", type="long_term", expires_at=soon + timedelta(days=40))
    api.update_room(board.id, {"theme_id": theme.theme_id})
    api.create_room("Weekly team sync", type="long_term", expires_at=soon + timedelta(hours=5))
    instant = api.create_room("Interview", type="instant")
    return {"board": board, "instant": instant, "theme": theme}


def every_window(qtbot: QtBot, window: MainWindow, rooms: dict[str, Any]) -> Iterator[QWidget]:
    """Each window and dialog in turn, shown and settled; closed after the caller looked."""
    window.resize(1120, 720)
    with qtbot.waitSignal(window.room_created, timeout=10_000):
        window.start_button.click()
    qtbot.wait(100)
    yield window
    for room in (None, rooms["board"]):
        dialog = window.open_schedule_dialog(room)
        spinner = dialog.theme_spinner
        qtbot.waitUntil(lambda: not spinner.running, timeout=10_000)  # noqa: B023
        yield dialog
        dialog.reject()
    for room in (window.result_card.room, rooms["board"]):
        invite = window.invite(room)
        yield invite
        invite.reject()
    themes = window.open_themes()
    qtbot.waitUntil(lambda: not themes.view.loading, timeout=15_000)
    themes.view.select_theme(rooms["theme"].theme_id)
    qtbot.waitUntil(lambda: themes.view.context.runner.pending_count() == 0, timeout=15_000)
    yield themes
    for theme in (None, rooms["theme"]):
        editor = themes.view.open_theme_dialog(theme)
        yield editor
        editor.reject()
    applying = themes.view.apply_selected()
    assert applying is not None
    qtbot.waitUntil(lambda: applying.room_list.count() >= 2, timeout=15_000)
    yield applying
    applying.reject()
    qtbot.waitUntil(lambda: themes.view.context.runner.pending_count() == 0, timeout=15_000)
    themes.close()
    window.open_accounts()
    accounts = next(w for w in window.findChildren(AccountDialog) if w.isVisible())
    yield accounts
    form = accounts.add_account()
    yield form
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    yield form
    form.reject()
    accounts.reject()


def test_every_control_has_a_name(qtbot: QtBot, window: MainWindow, rooms: dict[str, Any]) -> None:
    missing: list[str] = []
    for shown in every_window(qtbot, window, rooms):
        missing += [f"{type(shown).__name__}: {w}" for w in unnamed(shown)]
    assert not missing, "\n".join(missing)


def tab_cycle(qtbot: QtBot, root: QWidget, limit: int = 200) -> list[QWidget]:
    """The controls Tab visits from the first one until it comes back round."""
    root.activateWindow()
    controls = focusable(root)
    first = controls[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=5_000)
    visited = [first]
    for _ in range(limit):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)  # type: ignore[no-untyped-call]
        now = QApplication.focusWidget()
        assert now is not None
        if now is first:
            return visited
        if now is not visited[-1]:  # a date field takes one Tab per section (day, month…)
            visited.append(now)
    raise AssertionError(f"Tab never came back to the first control in {type(root).__name__}")


def reached(control: QWidget, visited: list[QWidget]) -> bool:
    """Visited by Tab; or a choice among exclusive buttons, which Tab enters at the
    checked one and the arrow keys move through (as radio buttons)."""
    if control in visited:
        return True
    group = control.group() if isinstance(control, QAbstractButton) else None
    return group is not None and group.exclusive() and any(b in visited for b in group.buttons())


def test_tab_reaches_every_control_and_comes_back(
    qtbot: QtBot, window: MainWindow, rooms: dict[str, Any]
) -> None:
    problems: list[str] = []
    for shown in every_window(qtbot, window, rooms):
        if isinstance(shown, QDialog) and not shown.isVisible():
            continue
        controls = focusable(shown)
        visited = tab_cycle(qtbot, shown)
        twice = {describe(w) for w in visited if visited.count(w) > 1}
        unreached = [describe(w) for w in controls if not reached(w, visited)]
        problems += [f"{type(shown).__name__}: twice {w}" for w in twice]
        problems += [f"{type(shown).__name__}: unreachable {w}" for w in unreached]
    assert not problems, "\n".join(problems)


def test_start_a_meeting_with_the_keyboard_alone(qtbot: QtBot, window: MainWindow) -> None:
    """The window opens with the cursor in the name field: Enter makes a room and copies
    its link; typing a name first names it; Ctrl+N makes the next one from anywhere."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.name_edit, timeout=5_000)
    with qtbot.waitSignal(window.room_created, timeout=10_000):
        qtbot.keyClick(window.name_edit, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    assert QApplication.clipboard().text() == window.result_card.room.guest_url
    qtbot.waitUntil(window.start_button.isEnabled, timeout=10_000)
    assert QApplication.focusWidget() is window.name_edit
    qtbot.keyClicks(window.name_edit, "Budget review")  # type: ignore[no-untyped-call]
    with qtbot.waitSignal(window.room_created, timeout=10_000) as made:
        qtbot.keyClick(window.name_edit, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    assert made.args is not None and made.args[0].display_name == "Budget review"
    qtbot.waitUntil(window.start_button.isEnabled, timeout=10_000)
    table = window.rooms_view.table
    with qtbot.waitSignal(window.room_created, timeout=10_000):
        qtbot.keyClick(table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # type: ignore[no-untyped-call]
