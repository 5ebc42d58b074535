"""The window in French, German, Italian and Spanish: no English left on screen.

Each language starts the window as the app does (the stored choice, then its
catalogues), opens every window and dialog, reads every text a person sees or
hears (labels, buttons, tooltips, placeholders, titles, menus, list cells,
accessible names) and fails on one that is still English: equal to a sentence of
the catalogue's source, or made of English words. A screenshot of the main window
per language goes to /tmp/i18n-shots/ (``LAUNCHER_I18N_SHOTS`` overrides) to be
looked at. The catalogues themselves are checked too: every sentence of the code
translated, placeholders kept.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from launcher.api import MeetingsClient
from launcher.core.accounts import AccountStore
from launcher.core.credentials import KeyringUnavailable
from launcher.ui import i18n
from launcher.ui.accounts.list import AccountDialog
from launcher.ui.keyring_dialog import show_keyring_problem
from launcher.ui.main_window import MainWindow
from launcher.ui.preferences import Preferences
from launcher.ui.tray import Tray
from tests.ui.conftest import open_window

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
SHOTS = Path(os.environ.get("LAUNCHER_I18N_SHOTS", "/tmp/i18n-shots"))
LANGUAGES = ["fr", "de", "it", "es"]

# Said the same way in that language (checked by a person, not guessed).
SAME: dict[str, set[str]] = {
    "fr": {"☰  Menu", "E-mail…", " min", "Invitation : {name}", "Invitation"},
    "de": {"Name", "Details", "Status", "Chat", "Whiteboard"},
    "it": {"☰  Menu", "E-mail…", " min", "Chat", "Account"},
    "es": {"Chat", " min"},
}
# Names, not words: the brand and each language's own name.
NAMES = ["Meeting Launcher", *i18n.LANGUAGES.values()]
# Words of English that none of the four languages uses on its own.
ENGLISH = {
    "the", "and", "your", "with", "this", "room", "rooms", "meeting", "guest", "guests",
    "join", "copy", "you", "of", "to", "is", "are", "from", "not", "be", "will", "can",
    "only", "when", "here", "open", "choose", "theme", "themes", "save", "cancel", "close",
}  # fmt: skip
# What the test itself puts on screen: room, theme and account names.
DATA = {"Board meeting", "Weekly team sync", "Interview", "Office", "Harbour blue", "Acme"}


def _without_names(text: str) -> str:
    """The brand stands for itself: "Open Meeting Launcher" must not pass as the
    source "Meeting {time}" filled in."""
    return text.replace("Meeting Launcher", "\x00")


def _sources() -> tuple[set[str], list[re.Pattern[str]]]:
    """Every English source sentence, exactly and as a pattern with its fields filled."""
    exact: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    texts: list[str] = []
    for message in ET.parse(TRANSLATIONS / "meeting-launcher_fr.ts").getroot().iter("message"):
        texts.append(message.findtext("source") or "")
    for message in ET.parse(TRANSLATIONS / "meeting-launcher_en.ts").getroot().iter("message"):
        texts += [form.text or "" for form in message.iter("numerusform")]
    for text in texts:
        text = _without_names(text)
        exact.add(text)
        parts = re.split(r"(\{[^}]*\}|%n)", text)
        if len(parts) > 1:
            body = "".join(".+?" if i % 2 else re.escape(p) for i, p in enumerate(parts))
            patterns.append(re.compile(body, re.S))
    return exact, patterns


def _texts_of_model(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list's model keeps it private: one column
        columns = 1
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(min(model.rowCount(QModelIndex()), 20)):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value


def _texts_of_menu(menu: QMenu) -> Iterator[tuple[str, str]]:
    yield menu.title(), "menu title"
    for action in menu.actions():
        yield action.text(), "menu item"
        yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else "", "tip"
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from _texts_of_menu(submenu)


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(text, where) for everything ``root`` shows or tells a screen reader."""
    found: list[tuple[str, str]] = [(root.windowTitle(), f"{type(root).__name__} title")]
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel):
            texts.append(re.sub(r"<[^>]+>", "", widget.text()))
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QPlainTextEdit):
            texts += [widget.placeholderText(), *widget.toPlainText().splitlines()]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QAbstractSpinBox):
            texts += [getattr(widget, "suffix", str)(), widget.specialValueText()]
        if isinstance(widget, QAbstractItemView):
            texts += list(_texts_of_model(widget))
        if isinstance(widget, QToolButton) and widget.menu() is not None:
            found += list(_texts_of_menu(widget.menu()))
        if isinstance(widget, QMenu):
            found += list(_texts_of_menu(widget))
        found += [(text, where) for text in texts]
    return [(text, where) for text, where in found if text.strip()]


def english_left(language: str, texts: list[tuple[str, str]]) -> list[str]:
    exact, patterns = _sources()
    same = SAME[language]
    left = []
    for text, where in texts:
        if text in same or text in DATA or text in NAMES or "://" in text:
            continue
        bare = _without_names(text)
        if bare in exact or any(p.fullmatch(bare) for p in patterns):
            left.append(f"{where}: {text!r}")
            continue
        plain = text
        for name in [*NAMES, *DATA]:
            plain = plain.replace(name, " ")
        words = [w for w in re.findall(r"[A-Za-z']+", plain.lower())]
        if sum(w in ENGLISH for w in words) >= 2:
            left.append(f"{where}: {text!r} (English words)")
    return sorted(set(left))


@pytest.fixture(autouse=True, scope="module")
def _free_web_pages(qapp: Any) -> Iterator[None]:
    """Delete the closed windows (their theme previews are web pages) before QtWebEngine
    shuts down at exit, as tests/ui/test_themes.py does."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def rooms(api: MeetingsClient) -> dict[str, Any]:
    soon = datetime.now(UTC)
    theme = api.create_theme("#1d4e89", "Acme", theme_name="Harbour blue")
    board = api.create_room("Board meeting", type="long_term", expires_at=soon + timedelta(days=40))
    api.update_room(board.id, {"theme_id": theme.theme_id})
    sync = api.create_room(
        "Weekly team sync", type="long_term", expires_at=soon + timedelta(hours=5)
    )
    instant = api.create_room("Interview", type="instant")
    return {"board": board, "sync": sync, "instant": instant, "theme": theme}


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    i18n.install("en")


def _themes_loaded(dialog: Any) -> Callable[[], bool]:
    return lambda: not dialog.theme_spinner.running


def _grab_modal(qtbot: QtBot, collect: list[tuple[str, str]], run: Any) -> None:
    """Run something that shows a modal message box; read the box and close it."""

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            collect.extend(visible_texts(box))
            box.reject()

    QTimer.singleShot(300, read_and_close)
    run()


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_on_screen(
    qtbot: QtBot,
    language: str,
    account_store: AccountStore,
    preferences: Preferences,
    rooms: dict[str, Any],
    back_to_english: None,
) -> None:
    # As the app starts: the stored choice, then its catalogues, then the window.
    preferences.set_language(language)
    i18n.install(i18n.resolve(preferences.language()))
    window = open_window(qtbot, account_store, preferences)
    seen: list[tuple[str, str]] = []

    # The main window with a room just made, "My room", an error and the menus.
    window.resize(1120, 720)
    qtbot.waitUntil(lambda: window.rooms_view.model.rowCount() == 3, timeout=10_000)
    with qtbot.waitSignal(window.room_created, timeout=10_000):
        window.start_button.click()
    window.pin_room(rooms["board"])
    window.rooms_view.table.selectRow(0)
    qtbot.wait(100)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / f"main-window-{language}.png"))
    seen += visible_texts(window)
    window.result_card.more_button.menu().aboutToShow.emit()
    seen += list(_texts_of_menu(window.result_card.more_button.menu()))
    window.settings_button.menu().aboutToShow.emit()
    window.show_error(OSError("disk full"))
    seen += visible_texts(window.banner)

    # The tray's menu and its notices' wording (the icon itself needs a desktop tray).
    tray = Tray(window, window.windowIcon())
    seen += list(_texts_of_menu(tray.menu))
    seen.append((tray.icon.toolTip(), "tray tooltip"))

    # Schedule (new and edit) and invite (instant, and long-term with a meeting time).
    for room in (None, rooms["board"]):
        dialog = window.open_schedule_dialog(room)
        qtbot.waitUntil(_themes_loaded(dialog), timeout=10_000)
        if room is None:
            dialog.name_edit.setText("")
            dialog.save_button.click()  # the field errors too
        seen += visible_texts(dialog)
        dialog.reject()
    for room in (window.result_card.room, rooms["board"]):
        invite = window.invite(room)
        if invite.calendar_box is not None:
            invite.meeting_time_check.setChecked(True)
        seen += visible_texts(invite)
        invite.reject()

    # Themes: the window, the editor (new and edit), applying to rooms.
    themes = window.open_themes()
    qtbot.waitUntil(lambda: not themes.view.loading, timeout=15_000)
    themes.view.select_theme(rooms["theme"].theme_id)
    qtbot.waitUntil(lambda: themes.view.context.runner.pending_count() == 0, timeout=15_000)
    seen += visible_texts(themes)
    for theme in (None, rooms["theme"]):
        editor = themes.view.open_theme_dialog(theme)
        seen += visible_texts(editor)
        editor.reject()
    applying = themes.view.apply_selected()
    assert applying is not None
    room_list = applying.room_list
    qtbot.waitUntil(lambda: room_list.count() >= 2, timeout=15_000)
    seen += visible_texts(applying)
    applying.reject()
    qtbot.waitUntil(lambda: themes.view.context.runner.pending_count() == 0, timeout=15_000)
    themes.close()

    # Accounts: the list, the form (add, and edit with its errors), the keyring problem.
    window.open_accounts()
    accounts = next(w for w in window.findChildren(AccountDialog) if w.isVisible())
    seen += visible_texts(accounts)
    form = accounts.add_account()
    seen += visible_texts(form)
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    seen += visible_texts(form)
    form.reject()
    accounts.list.setCurrentRow(0)
    edit = accounts.edit_selected()
    assert edit is not None
    seen += visible_texts(edit)
    edit.reject()
    accounts.reject()
    keyring = show_keyring_problem(
        KeyringUnavailable("locked", "locked", "LockedError"), parent=window
    )
    keyring.details_button.click()
    seen += visible_texts(keyring)
    keyring.reject()

    # The question on closing the window (Qt's own buttons come from qtbase_<lang>.qm).
    _grab_modal(qtbot, seen, window._ask_close_to_tray)

    left = english_left(language, seen)
    assert not left, "\n".join(left)
    window.context.close()


def test_language_applies_without_restart(
    qtbot: QtBot, window: MainWindow, rooms: dict[str, Any], back_to_english: None
) -> None:
    """Menu → Language: the window speaks German at once, keeps its room; back to the
    system's language (English here) the same way."""
    with qtbot.waitSignal(window.room_created, timeout=10_000):
        window.start_button.click()
    room = window.result_card.room
    window.resize(1120, 720)
    window.rooms_view.table.selectRow(0)
    qtbot.wait(100)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / "main-window-en.png"))  # to compare with
    # The check itself: the English window is full of English.
    assert len(english_left("de", visible_texts(window))) > 15
    window.name_edit.setText("Budget")
    themes = window.open_themes()
    german = next(a for a in window.language_menu.actions() if a.data() == "de")
    german.trigger()
    assert window.context.preferences.language() == "de"
    assert window.start_button.text() == "Jetzt Besprechung starten"
    qtbot.waitUntil(lambda: window.rooms_view.model.rowCount() >= 4, timeout=10_000)
    window.rooms_view.table.selectRow(0)
    qtbot.wait(100)
    assert window.grab().save(str(SHOTS / "main-window-de-switched.png"))
    assert window.result_card.room is room
    qtbot.waitUntil(window.result_card.isVisible)  # new contents show on the next round
    assert window.name_edit.text() == "Budget"
    # The themes window opened again, in German; the old one goes and stays gone.
    assert window.themes_dialog is not themes and window.themes_dialog.isVisible()
    assert window.themes_dialog.windowTitle() == "Designs"
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.themes_dialog is not None
    qtbot.waitUntil(lambda: window.rooms_view.model.rowCount() >= 4, timeout=10_000)
    assert window.rooms_view.count_label.text() == "4 Räume"
    # Dates follow the language (QLocale's default), not only the words.
    assert "Räume" in window.rooms_view.count_label.text()
    system = next(a for a in window.language_menu.actions() if not a.data())
    system.trigger()
    assert window.context.preferences.language() is None
    assert window.start_button.text() == "Start a meeting now"
    assert window.rooms_view.count_label.text() in {"", "4 rooms"}
    window.themes_dialog.close()


def _entries(ts: Path) -> set[tuple[str, str]]:
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_catalogue_is_complete(language: str, tmp_path: Path) -> None:
    """Every sentence of the code is in the catalogue, translated, with its fields kept
    (pyside6-lupdate over launcher/ into a copy: nothing new, nothing unfinished)."""
    source = TRANSLATIONS / f"meeting-launcher_{language}.ts"
    copy = tmp_path / source.name
    copy.write_bytes(source.read_bytes())
    tools = ROOT / "tools" / "translations.py"
    sys.path.insert(0, str(tools.parent))
    try:
        import translations
    finally:
        sys.path.remove(str(tools.parent))
    options = ["-pluralonly"] if language == "en" else []
    subprocess.run(
        [
            str(Path(sys.executable).with_name("pyside6-lupdate")),
            *translations.sources(),
            "-no-obsolete",
            *options,
            "-ts",
            str(copy),
        ],
        cwd=ROOT,
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert _entries(copy) == _entries(source), "sentences changed: ./run translations"
    unfinished = []
    for message in ET.parse(copy).getroot().iter("message"):
        source_text = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in {"unfinished", "vanished", "obsolete"} or not all(forms):
            unfinished.append(source_text)
            continue
        fields = sorted(set(re.findall(r"\{[^}]*\}|%n", source_text)))
        for form in forms:
            assert sorted(set(re.findall(r"\{[^}]*\}|%n", form))) == fields, (source_text, form)
    assert not unfinished, f"{language}: not translated: {unfinished}"


def test_qm_files_are_built() -> None:
    """./run tests and packaging/build compile them (tools/translations.py release)."""
    for language in ["en", *LANGUAGES]:
        qm = TRANSLATIONS / f"meeting-launcher_{language}.qm"
        assert qm.is_file(), qm
        assert qm.stat().st_mtime >= qm.with_suffix(".ts").stat().st_mtime
