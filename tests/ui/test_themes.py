"""Themes through the window, against the real built-in server.

Create (with good and bad images), edit, default, apply to rooms, delete; and the
live preview: the server's real meeting page in QtWebEngine, read back with
JavaScript (computed styles, text) and as pixels, not only widget state.
"""

from __future__ import annotations

import http.server
import json
import re
import ssl
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QUrl
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from launcher import web
from launcher.api import MeetingsClient
from launcher.api import errors as api_errors
from launcher.core import themes as rules
from launcher.core.accounts import Account, AccountStore
from launcher.images import MAX_LOGO_BYTES
from launcher.server import BuiltinServer
from launcher.ui.main_window import MainWindow
from launcher.ui.themes.apply import ApplyThemeDialog
from launcher.ui.themes.editor import ThemeDialog
from launcher.ui.themes.list import ThemesView
from launcher.ui.themes.preview import PreviewTheme, ThemePreview, _same_url, preview_url
from launcher.web.page import MeetingPage
from tests.helpers.png import jpeg_like, png
from tests.helpers.servers import AppCredentials, register_app
from tests.ui.conftest import server_url

# QtWebEngine needs shared OpenGL contexts set before the QApplication exists;
# collection imports this module before pytest-qt creates it.
web.before_qapplication()

SHOTS = Path("/tmp/team/shots")
NAVY, YELLOW = "#14213d", "#ffd60a"


@pytest.fixture(scope="module", autouse=True)
def _free_web_pages(qapp: Any) -> Iterator[None]:
    """Delete the windows pytest-qt closed (deleteLater) once this module is done: their
    web pages must be gone before QtWebEngine shuts down when the process exits."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def themes_view(qtbot: QtBot, window: MainWindow) -> ThemesView:
    dialog = window.open_themes()
    view: ThemesView = dialog.view
    qtbot.waitUntil(lambda: not view.loading, timeout=15_000)
    return view


def _idle(qtbot: QtBot, view: ThemesView) -> None:
    """Wait for the window's background work (lists and counts reloaded after a change):
    pytest-qt closes the window before fixtures end, and a late result would have
    nowhere to go."""
    qtbot.waitUntil(lambda: view.context.runner.pending_count() == 0, timeout=15_000)


def _reload(qtbot: QtBot, view: ThemesView, select: str | None = None) -> None:
    with qtbot.waitSignal(view.loaded, timeout=15_000):
        view.refresh(select=select)
    qtbot.waitUntil(lambda: not view.loading, timeout=15_000)


def _long_term(api: MeetingsClient, name: str, theme_id: str | None = None) -> Any:
    expires = datetime.now(UTC) + timedelta(days=30)
    room = api.create_room(name, type="long_term", expires_at=expires)
    if theme_id:
        room = api.update_room(room.id, {"theme_id": theme_id})
    return room


def _http(creds: AppCredentials) -> httpx.Client:
    return httpx.Client(verify=ssl.create_default_context(cafile=creds.ca_cert_path), timeout=10)


def _page_theme(creds: AppCredentials, guest_url: str) -> dict[str, Any]:
    """The theme a guest page is rendered with (its embedded config)."""
    with _http(creds) as client:
        html = client.get(guest_url).text
    match = re.search(r'<script id="meeting-config" type="application/json">(.*?)</script>', html)
    assert match, html[:300]
    return dict(json.loads(match.group(1))["theme"])


def _run_js(qtbot: QtBot, view: Any, script: str) -> Any:
    box: list[Any] = []
    view.page().runJavaScript(script, 0, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def _wait_web(qtbot: QtBot, preview: ThemePreview, expression: str) -> Any:
    """Wait for the web preview, then for ``expression`` (JSON) to be truthy; its value."""
    qtbot.waitUntil(lambda: preview.mode == "web", timeout=20_000)
    found: list[Any] = []

    def ready() -> bool:
        assert preview.web_view is not None
        script = (
            f"(() => {{ try {{ return JSON.stringify({expression}); }} catch {{ return ''; }} }})()"
        )
        raw = _run_js(qtbot, preview.web_view, script)
        value = json.loads(raw) if isinstance(raw, str) and raw else None
        if value:
            found.append(value)
        return bool(value)

    qtbot.waitUntil(ready, timeout=20_000)
    return found[-1]


def _count_color(image: QImage, color: str, tolerance: int = 6) -> int:
    """Pixels of ``image`` within ``tolerance`` of ``color`` (sampled every 2 px)."""
    target = QColor(color)
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - target.red()) <= tolerance
                and abs(pixel.green() - target.green()) <= tolerance
                and abs(pixel.blue() - target.blue()) <= tolerance
            ):
                count += 1
    return count


def _shows(widget: Any, color: str, pixels: int = 200) -> Callable[[], bool]:
    """A wait condition: ``widget`` shows more than ``pixels`` (sampled) of ``color``."""
    return lambda: _count_color(widget.grab().toImage(), color) > pixels


def _open_dialog(qtbot: QtBot, view: ThemesView, theme: Any | None = None) -> ThemeDialog:
    dialog: ThemeDialog = view.open_theme_dialog(theme)
    qtbot.addWidget(dialog)
    return dialog


def _choose(qtbot: QtBot, dialog: ThemeDialog, kind: str, path: Path, data: bytes) -> None:
    path.write_bytes(data)
    dialog.set_image_file(kind, path)
    qtbot.waitUntil(lambda: kind in dialog.images, timeout=10_000)


# ----------------------------------------------------------------------- create and edit


def test_themes_button_opens_one_themes_window(qtbot: QtBot, window: MainWindow) -> None:
    assert window.themes_button.isEnabled()
    window.themes_button.click()
    dialog = window.themes_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.view.loading, timeout=15_000)
    assert dialog.view.empty_label.isVisibleTo(dialog)
    window.themes_button.click()
    assert window.themes_dialog is dialog  # raised again, not a second window
    _idle(qtbot, dialog.view)


def test_create_theme_with_logos(
    qtbot: QtBot,
    themes_view: ThemesView,
    api: MeetingsClient,
    app_credentials: AppCredentials,
    tmp_path: Path,
) -> None:
    dialog = _open_dialog(qtbot, themes_view)
    dialog.name_edit.setText("Acme navy")
    dialog.color_edit.setText("14213D")  # without '#': still read
    dialog.brand_edit.setText("Acme Travel")
    dialog.short_url_edit.setText("acme-travel")
    origin = app_credentials.api_url.removesuffix("/v1/meetings")
    assert dialog.link_label.text().endswith(f"{origin}/acme-travel/123456789")
    # White on navy reads well (15.9:1), but navy is lost on the page's dark background.
    assert "hard to read" not in dialog.contrast_label.text()
    assert "hardly stand out" in dialog.contrast_label.text()
    images = {
        "colored": png(240, 60, color=(20, 33, 61, 255)),
        "white": png(240, 60, color=(255, 255, 255, 255)),
        "favicon": png(32, 32),
    }
    for kind, data in images.items():
        _choose(qtbot, dialog, kind, tmp_path / f"{kind}.png", data)
        assert dialog.images[kind].check.ok
        assert dialog.image_fields[kind].problems.isHidden()
    assert dialog.save_button.isEnabled()

    progress: list[tuple[int, int]] = []
    dialog._progress.advanced.connect(lambda sent, total: progress.append((sent, total)))
    with qtbot.waitSignal(dialog.theme_saved, timeout=20_000) as saved:
        dialog.save_button.click()
        assert dialog.progress.isVisible()
    theme = api.get_theme(saved.args[0].theme_id)
    assert (theme.theme_name, theme.main_color, theme.brand_text) == (
        "Acme navy",
        NAVY,
        "Acme Travel",
    )
    assert theme.short_company_url == "acme-travel"
    # The upload went through the three steps, with progress to the end.
    assert progress and progress[-1][0] == progress[-1][1]
    with _http(app_credentials) as client:
        for kind, url in (
            ("colored", theme.brand_image_colored_url),
            ("white", theme.brand_image_white_url),
            ("favicon", theme.branded_favicon_url),
        ):
            assert url
            response = client.get(url)
            assert response.status_code == 200
            assert response.content == images[kind]
    # The list shows it, selected, with its room count.
    qtbot.waitUntil(lambda: themes_view.selected_theme_id() == theme.theme_id, timeout=15_000)
    qtbot.waitUntil(lambda: not themes_view.loading, timeout=15_000)
    row = themes_view._rows[theme.theme_id]
    assert row.rooms_label.text() == "Not used by any room"
    # The preview is the guest page with the uploaded white logo (the bar is dark) and favicon.
    logo = _wait_web(
        qtbot,
        themes_view.preview,
        """(() => {
            const img = document.querySelector('.brand-logo');
            return !img.hidden && img.complete && img.naturalWidth > 0 && {
                src: new URL(img.src).pathname, width: img.naturalWidth,
                favicon: new URL(document.getElementById('favicon').href).pathname,
            };
        })()""",
    )
    assert logo == {
        "src": f"/v1/{theme.brand_image_white}",
        "width": 240,
        "favicon": f"/v1/{theme.branded_favicon}",
    }
    _idle(qtbot, themes_view)


BAD_IMAGES = [
    ("colored", jpeg_like(), "Not a PNG image"),
    ("white", png(200, 50, padding=MAX_LOGO_BYTES), "at most 1 MB"),
    ("colored", png(200, 50, background=(255, 255, 255, 255)), "background is not transparent"),
    ("white", png(400, 120), "It is 400 × 120 px; logos may be at most 300 × 300 px"),
    ("favicon", png(32, 24), "It is 32 × 24 px; the favicon must be square"),
]


@pytest.mark.parametrize(("kind", "data", "named"), BAD_IMAGES)
def test_bad_image_is_named_before_upload(
    qtbot: QtBot,
    themes_view: ThemesView,
    api: MeetingsClient,
    tmp_path: Path,
    kind: str,
    data: bytes,
    named: str,
) -> None:
    dialog = _open_dialog(qtbot, themes_view)
    dialog.brand_edit.setText("Acme")
    assert dialog.save_button.isEnabled()
    _choose(qtbot, dialog, kind, tmp_path / "bad.png", data)
    field = dialog.image_fields[kind]
    assert field.problems.isVisibleTo(dialog)
    assert named in field.problems.text()
    assert not dialog.save_button.isEnabled()
    # The server refuses the same file for the same rule.
    theme = api.create_theme("#123456", "check")
    with pytest.raises(api_errors.LogoRejected) as refused:
        api.upload_logos(
            theme.theme_id,
            colored=data if kind == "colored" else None,
            white=data if kind == "white" else None,
            favicon=data if kind == "favicon" else None,
        )
    problem = refused.value.problems[0]
    expected = rules.check_image(data, kind).problems[0]
    assert problem.invalid_property == expected or problem.code == "EntityTooLarge"
    # "Don't change" drops the file and the form can be saved again.
    field.clear_button.click()
    assert dialog.save_button.isEnabled()
    _idle(qtbot, themes_view)


def test_several_failed_rules_all_named(
    qtbot: QtBot, themes_view: ThemesView, tmp_path: Path
) -> None:
    dialog = _open_dialog(qtbot, themes_view)
    _choose(
        qtbot,
        dialog,
        "favicon",
        tmp_path / "icon.png",
        png(64, 48, background=(0, 0, 0, 255)),
    )
    lines = dialog.image_fields["favicon"].problems.text().splitlines()
    assert len(lines) == 2
    assert "64 × 48 px" in lines[0]
    assert "not transparent" in lines[1]
    _choose(qtbot, dialog, "colored", tmp_path / "logo.png", png(240, 60))
    dialog.brand_edit.setText("Acme Travel")
    dialog.resize(1100, 660)
    dialog.show()
    _wait_web(qtbot, dialog.preview, "document.querySelector('.brand-text').textContent")
    assert dialog.preview.web_view is not None
    qtbot.waitUntil(_shows(dialog.preview.web_view, "#ffffff", 1), timeout=10_000)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "theme-dialog-images.png"))
    _idle(qtbot, themes_view)


def test_server_refusal_is_shown_under_the_image(
    qtbot: QtBot, themes_view: ThemesView, api: MeetingsClient
) -> None:
    """A refusal from finalizeLogos (a server with stricter rules) lands on the right field."""
    theme = api.create_theme("#123456", "Acme")
    with pytest.raises(api_errors.LogoRejected) as refused:
        api.upload_logos(theme.theme_id, favicon=png(48, 48))
    dialog = _open_dialog(qtbot, themes_view, theme)
    dialog._on_save_failed(refused.value)
    assert "favicon must be square, 16 to 32 px" in dialog.image_fields["favicon"].problems.text()
    assert dialog.image_fields["colored"].problems.isHidden()
    assert "refused some images" in dialog.banner.summary_label.text()
    _idle(qtbot, themes_view)


def test_partly_saved_theme_is_edited_on_retry(
    qtbot: QtBot, themes_view: ThemesView, api: MeetingsClient, tmp_path: Path
) -> None:
    """The theme is created but an image is refused: the next save edits, never duplicates."""
    dialog = _open_dialog(qtbot, themes_view)
    dialog.name_edit.setText("Retry")
    dialog.brand_edit.setText("Retry Inc")
    _choose(qtbot, dialog, "colored", tmp_path / "ok.png", png(100, 40))
    # The server has the last word (another server may be stricter than the local
    # check): send bytes it refuses, as if the file passed here and failed there.
    dialog.images["colored"].data = png(100, 40, background=(255, 255, 255, 255))
    with qtbot.waitSignal(dialog.theme_saved, timeout=20_000) as saved:
        dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.save_button.busy, timeout=20_000)
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Edit theme"
    assert "not transparent" in dialog.image_fields["colored"].problems.text()
    created = saved.args[0]
    assert [t.theme_id for t in api.list_themes() if t.theme_name == "Retry"] == [created.theme_id]
    dialog.images["colored"].data = png(100, 40)
    with qtbot.waitSignal(dialog.theme_saved, timeout=20_000):
        dialog.save_button.click()
    themes = [t for t in api.list_themes() if t.theme_name == "Retry"]
    assert len(themes) == 1 and themes[0].brand_image_colored
    _idle(qtbot, themes_view)


def test_form_checks_colour_contrast_and_short_url(qtbot: QtBot, themes_view: ThemesView) -> None:
    dialog = _open_dialog(qtbot, themes_view)
    dialog.brand_edit.setText("Acme")
    dialog.color_edit.setText("#ff8c00")  # the page keeps white text: 2.3:1
    assert dialog.contrast_label.isVisibleTo(dialog)
    assert "2.3:1" in dialog.contrast_label.text()
    assert dialog.save_button.isEnabled()  # a warning, not a refusal
    dialog.color_edit.setText(YELLOW)
    assert dialog.contrast_label.isHidden()
    dialog.color_edit.setText("#12")
    assert dialog.errors["main_color"].isVisibleTo(dialog)
    assert not dialog.save_button.isEnabled()
    dialog.color_edit.setText(NAVY)
    dialog.short_url_edit.setText("acme corp")
    assert "no spaces" in dialog.errors["short_company_url"].text()
    assert not dialog.save_button.isEnabled()
    dialog.short_url_edit.setText("2024")
    assert "at least one letter" in dialog.errors["short_company_url"].text()
    dialog.short_url_edit.setText("")
    assert re.search(r"https://127\.0\.0\.1:\d+/123456789$", dialog.link_label.text())
    assert dialog.save_button.isEnabled()
    _idle(qtbot, themes_view)


def test_colour_picker_fills_the_hex_field(qtbot: QtBot, themes_view: ThemesView) -> None:
    dialog = _open_dialog(qtbot, themes_view)
    picker = dialog.open_color_picker()
    picker.setCurrentColor(QColor(YELLOW))
    assert dialog.color_edit.text() == YELLOW
    picker.reject()
    assert dialog.color_edit.text() == "#14213d"  # the picker was cancelled
    _idle(qtbot, themes_view)


def test_edit_theme(qtbot: QtBot, themes_view: ThemesView, api: MeetingsClient) -> None:
    theme = api.create_theme("#0a7c59", "Front desk", theme_name="Green", short_company_url="gr")
    _reload(qtbot, themes_view, select=theme.theme_id)
    dialog = themes_view.edit_selected()
    assert isinstance(dialog, ThemeDialog)
    qtbot.addWidget(dialog)
    assert dialog.color_edit.text() == "#0a7c59"
    assert dialog.short_url_edit.text() == "gr"
    dialog.color_edit.setText(YELLOW)
    dialog.brand_edit.setText("Reception")
    dialog.short_url_edit.setText("")
    with qtbot.waitSignal(dialog.theme_saved, timeout=15_000):
        dialog.save_button.click()
    stored = api.get_theme(theme.theme_id)
    assert (stored.theme_name, stored.main_color, stored.brand_text) == (
        "Green",
        YELLOW,
        "Reception",
    )
    assert stored.short_company_url is None
    _idle(qtbot, themes_view)


def test_unnamed_themes_go_by_their_brand_text(
    qtbot: QtBot, themes_view: ThemesView, api: MeetingsClient
) -> None:
    elsewhere = api.create_theme("#0a7c59", "Made elsewhere")  # the API names it with a uuid
    assert elsewhere.theme_name and elsewhere.theme_name != "Made elsewhere"
    dialog = _open_dialog(qtbot, themes_view)
    dialog.brand_edit.setText("Acme Travel")
    with qtbot.waitSignal(dialog.theme_saved, timeout=15_000) as saved:
        dialog.save_button.click()
    assert api.get_theme(saved.args[0].theme_id).theme_name == "Acme Travel"
    qtbot.waitUntil(lambda: len(themes_view.themes) == 2, timeout=15_000)
    assert themes_view._rows[elsewhere.theme_id].name_label.text() == "Made elsewhere"
    _idle(qtbot, themes_view)


def test_duplicate_name_is_shown_on_the_field(
    qtbot: QtBot, themes_view: ThemesView, api: MeetingsClient
) -> None:
    api.create_theme("#0a7c59", "Front desk", theme_name="Taken")
    dialog = _open_dialog(qtbot, themes_view)
    dialog.name_edit.setText("Taken")
    dialog.brand_edit.setText("Acme")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.banner.isVisibleTo(dialog), timeout=15_000)
    assert "already exists" in dialog.errors["theme_name"].text()
    assert dialog.isVisible()
    _idle(qtbot, themes_view)


# ----------------------------------------------------------------------- default, apply, delete


def test_default_theme(
    qtbot: QtBot,
    themes_view: ThemesView,
    api: MeetingsClient,
    app_credentials: AppCredentials,
) -> None:
    theme = api.create_theme(NAVY, "Acme Travel", theme_name="Navy")
    room = api.create_room("Plain room")  # no theme of its own
    _reload(qtbot, themes_view, select=theme.theme_id)
    assert themes_view.default_button.text() == "Use for all meetings"
    themes_view.default_button.click()
    qtbot.waitUntil(lambda: themes_view.default_theme_id == theme.theme_id, timeout=15_000)
    assert themes_view._rows[theme.theme_id].default_chip.isVisibleTo(themes_view)
    assert themes_view.default_button.text() == "Stop using for all meetings"
    # Guests of a room without a theme now get this one.
    assert room.guest_url
    page = _page_theme(app_credentials, room.guest_url)
    assert (page["main_color"], page["brand_text"]) == (NAVY, "Acme Travel")
    # Remembered for the next time the view opens.
    _reload(qtbot, themes_view)
    assert themes_view.default_theme_id == theme.theme_id

    themes_view.default_button.click()
    qtbot.waitUntil(lambda: themes_view.default_theme_id is None, timeout=15_000)
    assert _page_theme(app_credentials, room.guest_url)["brand_text"] == ""
    _idle(qtbot, themes_view)


def test_apply_to_rooms(
    qtbot: QtBot, themes_view: ThemesView, api: MeetingsClient, app_credentials: AppCredentials
) -> None:
    theme = api.create_theme(YELLOW, "Sunny", theme_name="Yellow", short_company_url="sunny")
    weekly = _long_term(api, "Weekly sales")
    board = _long_term(api, "Board")
    old = _long_term(api, "Old project", theme.theme_id)
    api.create_room("Quick call")  # instant: cannot change theme, not offered
    _reload(qtbot, themes_view, select=theme.theme_id)
    qtbot.waitUntil(
        lambda: themes_view._rows[theme.theme_id].rooms_label.text() == "Used by 1 room",
        timeout=15_000,
    )
    dialog = themes_view.apply_selected()
    assert isinstance(dialog, ApplyThemeDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.rooms), timeout=15_000)
    assert sorted(room.display_name for room in dialog.rooms) == [
        "Board",
        "Old project",
        "Weekly sales",
    ]
    assert not dialog.apply_button.isEnabled()  # nothing changed yet
    assert "/sunny/123456789; links already sent keep working" in dialog.link_note.text()
    dialog.set_all(True)
    dialog.set_checked(old.id, False)
    assert dialog.changes() == {weekly.id: theme.theme_id, board.id: theme.theme_id, old.id: None}
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "apply-theme-dialog.png"))
    with qtbot.waitSignal(dialog.rooms_changed, timeout=15_000) as changed:
        dialog.apply_button.click()
    assert changed.args == [3]
    stored = api.get_room(weekly.id)
    assert stored.theme_id == theme.theme_id
    assert stored.guest_url and f"/sunny/{stored.meeting_code}" in stored.guest_url
    # Guests of the room get its theme.
    assert _page_theme(app_credentials, stored.guest_url)["main_color"] == YELLOW
    with _http(app_credentials) as client:  # the link sent before still works
        assert weekly.guest_url and "/sunny/" not in weekly.guest_url
        assert client.get(weekly.guest_url).status_code == 200
    assert api.get_room(board.id).theme_id == theme.theme_id
    assert api.get_room(old.id).theme_id is None
    qtbot.waitUntil(
        lambda: themes_view._rows[theme.theme_id].rooms_label.text() == "Used by 2 rooms",
        timeout=15_000,
    )


def _answer_delete(qtbot: QtBot, view: ThemesView, *, confirm: bool) -> str:
    qtbot.waitUntil(lambda: view.delete_box is not None, timeout=15_000)
    box = view.delete_box
    assert box is not None
    text = box.text()
    if confirm:
        button = next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
        )
    else:
        button = box.button(QMessageBox.StandardButton.Cancel)
    button.click()
    return text
    _idle(qtbot, themes_view)


def test_delete_used_theme_asks_then_forces(
    qtbot: QtBot, themes_view: ThemesView, api: MeetingsClient
) -> None:
    theme = api.create_theme(NAVY, "Acme", theme_name="Used")
    first = _long_term(api, "First", theme.theme_id)
    second = _long_term(api, "Second", theme.theme_id)
    _reload(qtbot, themes_view, select=theme.theme_id)

    themes_view.delete_button.click()
    text = _answer_delete(qtbot, themes_view, confirm=False)
    assert text == "“Used” is used by 2 rooms. Delete it anyway?"
    assert api.get_theme(theme.theme_id).theme_id == theme.theme_id  # kept

    themes_view.delete_button.click()
    _answer_delete(qtbot, themes_view, confirm=True)
    qtbot.waitUntil(lambda: theme.theme_id not in themes_view._rows, timeout=15_000)
    with pytest.raises(api_errors.NotFound):
        api.get_theme(theme.theme_id)
    assert api.get_room(first.id).theme_id is None
    assert api.get_room(second.id).theme_id is None
    _idle(qtbot, themes_view)


def test_delete_unused_theme(qtbot: QtBot, themes_view: ThemesView, api: MeetingsClient) -> None:
    theme = api.create_theme(NAVY, "Acme", theme_name="Unused")
    _reload(qtbot, themes_view, select=theme.theme_id)
    themes_view.delete_button.click()
    assert _answer_delete(qtbot, themes_view, confirm=True) == "Delete the theme “Unused”?"
    qtbot.waitUntil(lambda: not themes_view.themes, timeout=15_000)
    assert themes_view.empty_label.isVisibleTo(themes_view)
    assert api.list_themes() == []
    _idle(qtbot, themes_view)


def test_follows_the_window_account(
    qtbot: QtBot,
    themes_view: ThemesView,
    api: MeetingsClient,
    account_store: AccountStore,
    server: BuiltinServer,
    window: MainWindow,
) -> None:
    theme = api.create_theme(NAVY, "Office brand", theme_name="Office")
    _reload(qtbot, themes_view)
    assert [t.theme_id for t in themes_view.themes] == [theme.theme_id]
    branch = register_app(server, "branch")
    account_store.add(
        Account(name="Branch", server_url=server_url(branch), ca_file=str(branch.ca_cert_path)),
        branch.application_id,
        branch.private_key_pem.decode(),
    )
    window.context.set_accounts(window.context.read_accounts())
    window.context.set_account("Branch")
    with qtbot.waitSignal(themes_view.loaded, timeout=15_000):
        themes_view.follow_account()
    assert themes_view.account_name == "Branch"
    assert themes_view.themes == []
    _idle(qtbot, themes_view)


# ----------------------------------------------------------------------- the preview


def test_a_loaded_preview_url_is_matched_however_it_is_encoded(
    capfd: pytest.CaptureFixture[str],
) -> None:
    """The engine reports the URL it loaded in its own encoding; the preview must still
    know its own page from a superseded one (and without Qt warning at every load)."""
    origin = "http://127.0.0.1:8080"
    theme = PreviewTheme(main_color=NAVY, brand_text="Café & Co", brand_image_white="k/a b.png")
    requested = preview_url(origin, theme, "lobby")
    assert "+" in requested and "%26" in requested  # spaces and "&" in values, encoded
    assert _same_url(QUrl(requested), requested)
    assert _same_url(QUrl(requested.replace("+", "%20").replace("%C3%A9", "%c3%a9")), requested)
    assert not _same_url(QUrl(preview_url(origin, theme, "meeting")), requested)
    changed = replace(theme, brand_text="Café & Co.")
    assert not _same_url(QUrl(preview_url(origin, changed, "lobby")), requested)
    assert not _same_url(QUrl(requested.replace("8080", "8081")), requested)
    assert "QUrl" not in capfd.readouterr().err  # Qt's own message handler writes there


def test_preview_renders_the_real_page_with_the_theme(
    qtbot: QtBot, themes_view: ThemesView, api: MeetingsClient
) -> None:
    navy = api.create_theme(NAVY, "Acme Travel", theme_name="Dark navy")
    navy = api.upload_logos(navy.theme_id, white=png(120, 40, color=(255, 255, 255, 255)))
    yellow = api.create_theme(YELLOW, "Sunshine Cafe", theme_name="Bright yellow")
    yellow = api.upload_logos(yellow.theme_id, colored=png(120, 40, color=(255, 214, 10, 255)))
    _reload(qtbot, themes_view, select=navy.theme_id)
    dialog = themes_view.window()
    dialog.resize(1180, 720)
    preview = themes_view.preview

    for theme, text_color in ((navy, "rgb(255, 255, 255)"), (yellow, "rgb(17, 19, 24)")):
        themes_view.select_theme(theme.theme_id)
        main = QColor(theme.main_color)
        rgb = f"rgb({main.red()}, {main.green()}, {main.blue()})"
        state = _wait_web(
            qtbot,
            preview,
            f"""(() => {{
                const join = document.querySelector('#join-btn');
                const style = getComputedStyle(join);
                const brand = document.querySelector('.brand-text').textContent;
                return style.backgroundColor === {json.dumps(rgb)} && {{
                    background: style.backgroundColor, color: style.color, brand,
                    view: document.documentElement.dataset.preview,
                    camera: !!document.querySelector('#preview-video').srcObject,
                }};
            }})()""",
        )
        assert state == {
            "background": rgb,
            # The page's own text colour on the brand colour, as core.themes predicts.
            "color": text_color,
            "brand": theme.brand_text,
            "view": "lobby",
            "camera": False,
        }
        color = NAVY if theme is navy else YELLOW
        red, green, blue = (int(part) for part in re.findall(r"\d+", text_color))
        assert rules.on_brand_color(color) == QColor(red, green, blue).name()
        # And on screen: the join button's colour is in the grabbed pixels.
        assert preview.web_view is not None
        qtbot.waitUntil(_shows(preview.web_view, color), timeout=10_000)
        name = "navy" if theme is navy else "yellow"
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / f"themes-view-{name}.png"))

    # The meeting itself: placeholder people, their initials on the brand colour.
    assert preview.web_view is not None
    lobby = preview.web_view.grab().toImage()
    themes_view.meeting_button.click()
    tiles = _wait_web(
        qtbot,
        preview,
        """document.documentElement.dataset.preview === 'meeting' &&
           [...document.querySelectorAll('#grid .tile .avatar')].map(
               (a) => getComputedStyle(a).backgroundColor)""",
    )
    assert tiles == ["rgb(255, 214, 10)"] * 4
    # Screenshot once the new frame is on screen, not the lobby's.
    web_view = preview.web_view
    qtbot.waitUntil(lambda: web_view.grab().toImage() != lobby, timeout=10_000)
    dialog.grab().save(str(SHOTS / "themes-view-yellow-meeting.png"))
    _idle(qtbot, themes_view)


def test_preview_in_the_dialog_follows_the_form(qtbot: QtBot, themes_view: ThemesView) -> None:
    dialog = _open_dialog(qtbot, themes_view)
    dialog.resize(1100, 640)
    dialog.show()
    dialog.brand_edit.setText("Typed just now")
    dialog.color_edit.setText("#7b2cbf")
    state = _wait_web(
        qtbot,
        dialog.preview,
        """document.querySelector('.brand-text').textContent === 'Typed just now' &&
           getComputedStyle(document.querySelector('#join-btn')).backgroundColor""",
    )
    assert state == "rgb(123, 44, 191)"
    assert dialog.preview.web_view is not None
    qtbot.waitUntil(_shows(dialog.preview.web_view, "#7b2cbf"), timeout=10_000)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "theme-dialog.png"))
    _idle(qtbot, themes_view)


class _NoPreviewServer(http.server.ThreadingHTTPServer):
    """A server that speaks no preview route (any page: 404)."""


class _NotFound(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b"<html><body>Not here</body></html>"
        self.send_response(404)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def plain_origin() -> Iterator[str]:
    server = _NoPreviewServer(("127.0.0.1", 0), _NotFound)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_painted_preview_for_servers_without_the_route(qtbot: QtBot, plain_origin: str) -> None:
    preview = ThemePreview(meeting_origin=plain_origin)
    qtbot.addWidget(preview)
    preview.resize(660, 400)
    preview.show()
    with qtbot.waitSignal(
        preview.rendered, timeout=20_000, check_params_cb=lambda mode: mode == "painted"
    ):
        preview.show_theme(PreviewTheme(main_color=YELLOW, brand_text="Sunshine Cafe"))
    # The web page was asked first and answered without the preview marker.
    qtbot.waitUntil(lambda: plain_origin in _no_route(), timeout=20_000)
    assert preview.mode == "painted"
    image = preview.grab().toImage()
    assert _count_color(image, YELLOW) > 200  # the join button and the avatar
    for view in ("lobby", "meeting"):
        preview.set_view(view)
        preview.grab().save(str(SHOTS / f"theme-preview-painted-{view}.png"))
    preview.release_web()


def test_a_page_check_answered_after_the_preview_is_gone_is_ignored(qtbot: QtBot) -> None:
    # The engine answers the "is this the preview page?" script after the window that
    # asked was closed: nothing may touch the deleted preview, nor remember the server
    # as one without the route (the answer is None because the page went away).
    origin = "http://127.0.0.1:9"  # nothing listens: the load never gets anywhere
    preview = ThemePreview(meeting_origin=origin)
    preview.resize(660, 400)
    preview.show()
    preview.show_theme(PreviewTheme(main_color=YELLOW))
    assert preview.findChild(MeetingPage) is not None  # the page was asked for
    answer = preview._on_web_checked
    shiboken6.delete(preview)
    answer(None)  # raised RuntimeError (deleted ThemePreview) before
    assert origin not in _no_route()


def test_previews_share_one_off_the_record_profile_that_outlives_them(
    qtbot: QtBot, app_credentials: AppCredentials
) -> None:
    from launcher.web import profile

    pages = []
    for _ in range(2):
        preview = ThemePreview(
            meeting_origin=server_url(app_credentials), ca_file=str(app_credentials.ca_cert_path)
        )
        qtbot.addWidget(preview)
        preview.resize(660, 400)
        preview.show()
        preview.show_theme(PreviewTheme(main_color=YELLOW))
        assert _wait_web(qtbot, preview, "document.querySelector('#join-btn') !== null")
        page = preview.findChild(MeetingPage)
        assert page is not None
        pages.append(page.profile())
        preview.release_web()  # what closing the themes window does to its page
        assert preview.findChild(MeetingPage) is None
    first, second = pages
    assert first is second is profile.preview_profile()
    assert shiboken6.isValid(first) and first.isOffTheRecord()  # not the meetings' profile


def _no_route() -> set[str]:
    from launcher.ui.themes import preview

    return preview._NO_ROUTE
