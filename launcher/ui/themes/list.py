"""The account's themes: a live preview of each, the default, rooms using it, and actions.

Every request runs through the window's :class:`AppContext` off the GUI thread.
The Meetings API can set the application's default theme but has no request to
read it back, so the launcher remembers the id it last set for each account
(window settings, key ``themes/default/<account>``) and shows that one as the
default; a remembered theme that no longer exists is forgotten.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from launcher.core import themes as rules
from launcher.tasks import CancelToken
from launcher.ui import style
from launcher.ui.context import AppContext
from launcher.ui.errors import describe_theme_error
from launcher.ui.themes.apply import ApplyThemeDialog
from launcher.ui.themes.common import contrast_notes, theme_title
from launcher.ui.themes.editor import ThemeDialog
from launcher.ui.themes.preview import PreviewTheme, ThemePreview
from launcher.ui.themes.row import ThemeRow
from launcher.ui.widgets import MessageBanner, Spinner, Toast, card, label

log = logging.getLogger(__name__)


class DefaultThemeMemory:
    """The default theme id the launcher last set, per account (window settings)."""

    def __init__(self, preferences: Any) -> None:
        self._settings = preferences.settings

    @staticmethod
    def _key(account_name: str) -> str:
        # Account names are free text; keep them from being read as key paths.
        safe = "".join(ch if ch.isalnum() else f"_{ord(ch):x}_" for ch in account_name)
        return f"themes/default/{safe}"

    def get(self, account_name: str) -> str | None:
        value = self._settings.value(self._key(account_name), "")
        return str(value) if value else None

    def set(self, account_name: str, theme_id: str | None) -> None:
        if theme_id:
            self._settings.setValue(self._key(account_name), theme_id)
        else:
            self._settings.remove(self._key(account_name))
        self._settings.sync()


class ThemesView(QWidget):
    """The themes of the window's current account."""

    themes_changed = Signal()
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.memory = DefaultThemeMemory(context.preferences)
        self.themes: list[Any] = []
        self.room_counts: dict[str, int] = {}
        self.default_theme_id: str | None = None
        self.account_name: str | None = None  # the account the list shows
        self._busy = 0  # list and count requests under way
        self.delete_box: QMessageBox | None = None
        self._rows: dict[str, ThemeRow] = {}
        self._build()

    # -- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        head, hint = self._build_heading()
        self.banner = MessageBanner()
        left = self._build_list()
        right_card = self._build_preview_card()

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(left)
        columns.addWidget(right_card, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 20)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addWidget(hint)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        self.toast = Toast(self)
        self._update_actions()

    def _build_heading(self) -> tuple[QHBoxLayout, QLabel]:
        """The title with the spinner and "New theme…"; the hint under it."""
        title = label(self.tr("Themes"), "heroTitle")
        hint = label(
            self.tr(
                "How your meetings look to guests: main colour, brand text and logos. "
                "Pick a theme to see the meeting page as guests will see it."
            ),
            "muted",
            wrap=True,
        )
        self.new_button = QPushButton(self.tr("New theme…"))
        style.set_role(self.new_button, "primary")
        self.new_button.clicked.connect(lambda: self.open_theme_dialog())
        self.spinner = Spinner()
        head = QHBoxLayout()
        head.addWidget(title)
        head.addWidget(self.spinner)
        head.addStretch(1)
        head.addWidget(self.new_button)
        return head, hint

    def _build_list(self) -> QVBoxLayout:
        """The themes, or a sentence when there are none."""
        self.theme_list = QListWidget()
        self.theme_list.setAccessibleName(self.tr("Themes"))
        self.theme_list.setMinimumWidth(280)
        self.theme_list.setMaximumWidth(360)
        self.theme_list.setSpacing(2)
        # A soft selection (style.py): the rows hold their own coloured labels.
        self.theme_list.setObjectName("themeList")
        self.theme_list.currentRowChanged.connect(self._on_theme_list_current_row_changed)
        self.theme_list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.empty_label = label(
            self.tr(
                "No themes yet. Create one to give your meetings your company's colour, "
                "name and logo."
            ),
            "muted",
            wrap=True,
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        left = QVBoxLayout()
        left.addWidget(self.theme_list, 1)
        left.addWidget(self.empty_label, 1)
        return left

    def _build_preview_card(self) -> QFrame:
        """The selected theme's preview, its link and contrast notes, and its actions."""
        account = self.context.account()
        self.preview = ThemePreview(
            meeting_origin=getattr(account, "meeting_origin", None),
            ca_file=getattr(account, "ca_file", None),
        )
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview.setMinimumSize(QSize(520, 330))
        switch = self._build_view_switch()

        self.link_label = label("", "muted", wrap=True)
        self.link_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contrast_label = label("", "notice", wrap=True)
        self.contrast_label.hide()
        actions = self._build_actions()

        right_card = card()
        right = QVBoxLayout(right_card)
        right.setContentsMargins(16, 14, 16, 14)
        right.addLayout(switch)
        right.addWidget(self.preview, 1)
        right.addWidget(self.link_label)
        right.addWidget(self.contrast_label)
        right.addLayout(actions)
        return right_card

    def _build_view_switch(self) -> QHBoxLayout:
        """The preview's caption and its two views: before joining, in the meeting."""
        self.lobby_button = QPushButton(self.tr("Before joining"))
        self.meeting_button = QPushButton(self.tr("In the meeting"))
        views = QButtonGroup(self)
        for button, view in ((self.lobby_button, "lobby"), (self.meeting_button, "meeting")):
            button.setCheckable(True)
            views.addButton(button)
            button.clicked.connect(lambda _checked=False, v=view: self.preview.set_view(v))
        self.lobby_button.setChecked(True)
        for button in (self.lobby_button, self.meeting_button):
            style.init_role(button, "choice")
        self.preview_caption = label(self.tr("What guests will see"), "muted")
        switch = QHBoxLayout()
        switch.addWidget(self.preview_caption)
        switch.addStretch(1)
        switch.addWidget(self.lobby_button)
        switch.addWidget(self.meeting_button)
        return switch

    def _build_actions(self) -> QHBoxLayout:
        """What can be done with the selected theme."""
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.default_button = QPushButton(self.tr("Use for all meetings"))
        self.default_button.setToolTip(
            self.tr("Make this the application's default theme, used by rooms without a theme")
        )
        self.default_button.clicked.connect(self.toggle_default)
        self.apply_button = QPushButton(self.tr("Apply to rooms…"))
        self.apply_button.clicked.connect(self.apply_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.default_button)
        actions.addWidget(self.apply_button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        return actions

    # -- loading ----------------------------------------------------------------------

    def refresh(self, *, select: str | None = None) -> None:
        """Load the themes again (then count the rooms of each)."""
        account = self.context.account()
        if account is None:
            return
        self.account_name = account.name
        self.preview.set_account(
            getattr(account, "meeting_origin", None), getattr(account, "ca_file", None)
        )
        self.default_theme_id = self.memory.get(account.name)
        self._begin()
        wanted = select or self.selected_theme_id()
        self.context.call(
            lambda client, _token: client.list_themes(),
            on_done=lambda found: self._on_themes_loaded(found, wanted),
            on_error=self.show_error,
            on_settled=self._on_list_settled,
            owner=self,
            key="themes-list",
        )

    def follow_account(self) -> None:
        """Reload when the window switched to another account meanwhile."""
        account = self.context.account()
        if account is not None and account.name != self.account_name:
            self.room_counts.clear()
            self.refresh()

    @property
    def loading(self) -> bool:
        """True while the list or the room counts are being fetched."""
        return self._busy > 0

    def _begin(self) -> None:
        self._busy += 1
        self.spinner.start()

    def _on_list_settled(self) -> None:
        self._busy -= 1
        if self._busy == 0:
            self.spinner.stop()
            self.loaded.emit()

    def _on_themes_loaded(self, found: list[Any], select: str | None) -> None:
        self.banner.clear()
        self.themes = sorted(found, key=lambda theme: theme_title(theme).lower())
        ids = {theme.theme_id for theme in self.themes}
        account = self.context.account()
        if self.default_theme_id and self.default_theme_id not in ids and account is not None:
            self.memory.set(account.name, None)  # deleted elsewhere
            self.default_theme_id = None
        self.room_counts = {k: v for k, v in self.room_counts.items() if k in ids}
        self.theme_list.blockSignals(True)
        self.theme_list.clear()
        self._rows.clear()
        for theme in self.themes:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, theme.theme_id)
            row = ThemeRow(theme)
            item.setSizeHint(row.sizeHint())
            self.theme_list.addItem(item)
            self.theme_list.setItemWidget(item, row)
            self._rows[theme.theme_id] = row
        self.theme_list.blockSignals(False)
        self._update_rows()
        empty = not self.themes
        self.theme_list.setVisible(not empty)
        self.empty_label.setVisible(empty)
        index = next(
            (i for i, theme in enumerate(self.themes) if theme.theme_id == select),
            0 if self.themes else -1,
        )
        self.theme_list.setCurrentRow(index)
        self._on_theme_list_current_row_changed(index)
        self._count_rooms()

    def _count_rooms(self) -> None:
        """How many rooms use each theme: one small page per theme (its total_items)."""
        theme_ids = [theme.theme_id for theme in self.themes]
        if not theme_ids:
            return

        def work(client: Any, token: CancelToken) -> dict[str, int]:
            counts: dict[str, int] = {}
            for theme_id in theme_ids:
                token.raise_if_cancelled()
                page = client.list_theme_rooms(theme_id, page_size=1)
                counts[theme_id] = (
                    page.total_items if page.total_items is not None else len(page.rooms)
                )
            return counts

        self._begin()
        self.context.call(
            work,
            on_done=self._on_rooms_counted,
            on_error=lambda error: log.info("room counts unavailable: %s", type(error).__name__),
            on_settled=self._on_list_settled,
            owner=self,
            key="themes-room-counts",
        )

    def _on_rooms_counted(self, counts: dict[str, int]) -> None:
        self.room_counts.update(counts)
        self._update_rows()

    def _update_rows(self) -> None:
        for theme in self.themes:
            row = self._rows.get(theme.theme_id)
            if row is not None:
                row.update_theme(
                    theme,
                    is_default=theme.theme_id == self.default_theme_id,
                    rooms=self.room_counts.get(theme.theme_id),
                )
        self._update_actions()

    # -- selection and preview --------------------------------------------------------

    def selected_theme(self) -> Any | None:
        row = self.theme_list.currentRow()
        return self.themes[row] if 0 <= row < len(self.themes) else None

    def selected_theme_id(self) -> str | None:
        theme = self.selected_theme()
        return theme.theme_id if theme is not None else None

    def select_theme(self, theme_id: str) -> None:
        for index, theme in enumerate(self.themes):
            if theme.theme_id == theme_id:
                self.theme_list.setCurrentRow(index)

    def _on_theme_list_current_row_changed(self, _row: int) -> None:
        theme = self.selected_theme()
        self._update_actions()
        if theme is None:
            self.preview.show_theme(PreviewTheme())
            self.link_label.clear()
            self.contrast_label.hide()
            return
        self.preview.show_theme(PreviewTheme.of(theme, room_name=self.tr("Weekly team meeting")))
        account = self.context.account()
        origin = getattr(account, "meeting_origin", "") or ""
        link = rules.example_guest_link(origin, theme.short_company_url)
        self.link_label.setText(self.tr("Guest links will look like {link}").format(link=link))
        color = rules.normalize_color(theme.main_color or "")
        notes = contrast_notes(color) if color else []
        self.contrast_label.setText("\n".join(notes))
        self.contrast_label.setVisible(bool(notes))

    def _update_actions(self) -> None:
        theme = self.selected_theme()
        has = theme is not None
        for button in (self.edit_button, self.default_button, self.apply_button):
            button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.new_button.setEnabled(self.context.account() is not None)
        if theme is not None and theme.theme_id == self.default_theme_id:
            self.default_button.setText(self.tr("Stop using for all meetings"))
        else:
            self.default_button.setText(self.tr("Use for all meetings"))

    # -- actions ----------------------------------------------------------------------

    def open_theme_dialog(self, theme: Any | None = None) -> ThemeDialog:
        """The create (``theme`` None) or edit dialog; the list reloads after a save."""
        dialog = ThemeDialog(self.context, theme, parent=self)
        dialog.theme_saved.connect(self._on_theme_saved)
        dialog.open()
        return dialog

    def edit_selected(self) -> ThemeDialog | None:
        theme = self.selected_theme()
        return self.open_theme_dialog(theme) if theme is not None else None

    def _on_theme_saved(self, theme: Any) -> None:
        self.toast.show_message(self.tr("✓ Theme “{name}” saved").format(name=theme_title(theme)))
        self.refresh(select=theme.theme_id)
        self.themes_changed.emit()

    def toggle_default(self) -> None:
        """Make the selected theme the default, or stop it being the default."""
        theme = self.selected_theme()
        account = self.context.account()
        if theme is None or account is None:
            return
        new_default = None if theme.theme_id == self.default_theme_id else theme.theme_id
        self.default_button.setEnabled(False)
        self.context.call(
            lambda client, _token: client.set_default_theme(new_default),
            on_done=lambda info: self._on_default_set(account.name, info, theme),
            on_error=self.show_error,
            on_settled=self._update_actions,
            owner=self,
            key="themes-default",
        )

    def _on_default_set(self, account_name: str, info: Any, theme: Any) -> None:
        self.default_theme_id = info.default_theme_id
        self.memory.set(account_name, info.default_theme_id)
        self._update_rows()
        if info.default_theme_id:
            text = self.tr("✓ “{name}” is now used for all meetings without a theme of their own")
        else:
            text = self.tr("✓ “{name}” is no longer the default theme")
        self.toast.show_message(text.format(name=theme_title(theme)), 5000)
        self.themes_changed.emit()

    def apply_selected(self) -> ApplyThemeDialog | None:
        """The "apply to rooms" dialog for the selected theme."""
        theme = self.selected_theme()
        if theme is None:
            return None
        names = {item.theme_id: theme_title(item) for item in self.themes}
        dialog = ApplyThemeDialog(self.context, theme, theme_names=names, parent=self)
        dialog.rooms_changed.connect(self._on_rooms_changed)
        dialog.open()
        return dialog

    def _on_rooms_changed(self, changed: int) -> None:
        self.toast.show_message(self.tr("✓ %n room(s) updated", "", changed))
        self.room_counts.clear()
        self._update_rows()
        self._count_rooms()
        self.themes_changed.emit()

    def delete_selected(self) -> None:
        """Delete the selected theme; when rooms use it, say how many and ask first."""
        theme = self.selected_theme()
        if theme is None:
            return
        self.delete_button.setEnabled(False)
        # Count afresh: the list's number may be old, and the question must be exact.
        self.context.call(
            lambda client, _token: client.list_theme_rooms(theme.theme_id, page_size=1),
            on_done=lambda page: self._confirm_delete(theme, _total(page)),
            on_error=self.show_error,
            on_settled=self._update_actions,
            owner=self,
            key="themes-delete",
        )

    def _confirm_delete(self, theme: Any, rooms: int) -> None:
        self.room_counts[theme.theme_id] = rooms
        self._update_rows()
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning if rooms else QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete theme"))
        name = theme_title(theme)
        if rooms:
            box.setText(
                self.tr("“{name}” is used by %n room(s). Delete it anyway?", "", rooms).format(
                    name=name
                )
            )
            box.setInformativeText(
                self.tr(
                    "Those rooms will look like the default theme from now on; their links "
                    "stay the same unless the theme had a short company URL."
                )
            )
        else:
            box.setText(self.tr("Delete the theme “{name}”?").format(name=name))
        if theme.theme_id == self.default_theme_id:
            box.setInformativeText(
                (box.informativeText() + "\n\n" if box.informativeText() else "")
                + self.tr("It is the default theme: meetings will use the standard look.")
            )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.delete_box = box
        box.finished.connect(
            lambda _result: self._on_delete_answered(theme, rooms, box.clickedButton() is delete)
        )
        box.open()

    def _on_delete_answered(self, theme: Any, rooms: int, confirmed: bool) -> None:
        self.delete_box = None
        if not confirmed:
            return
        self.delete_button.setEnabled(False)
        force = rooms > 0
        self.context.call(
            lambda client, _token: client.delete_theme(theme.theme_id, force=force),
            on_done=lambda _none: self._on_deleted(theme),
            on_error=lambda error: self._on_delete_failed(error, forced=force),
            on_settled=self._update_actions,
            owner=self,
            key="themes-delete",
        )

    def _on_deleted(self, theme: Any) -> None:
        account = self.context.account()
        if theme.theme_id == self.default_theme_id and account is not None:
            self.memory.set(account.name, None)
            self.default_theme_id = None
        self.toast.show_message(self.tr("✓ Theme “{name}” deleted").format(name=theme_title(theme)))
        self.refresh()
        self.themes_changed.emit()

    def _on_delete_failed(self, error: BaseException, *, forced: bool) -> None:
        # launcher.api pulls in httpx: loaded by the request that failed, not with the window.
        from launcher.api import errors as api

        in_use = " ".join(str(item) for item in getattr(error, "errors", ())).lower()
        if isinstance(error, api.InvalidRequest) and not forced and "used by" in in_use:
            # Rooms started using it since the count: ask again with the new number.
            self.delete_selected()
            return
        self.show_error(error)

    # -- errors -----------------------------------------------------------------------

    def show_error(self, error: BaseException) -> None:
        # launcher.api pulls in httpx: loaded by the request that failed, not with the window.
        from launcher.api import errors as api

        account = self.context.account()
        self.banner.show_error(
            describe_theme_error(error, local_server=bool(getattr(account, "is_local", False)))
        )
        if isinstance(error, api.NotFound):
            self.refresh()


def _total(page: Any) -> int:
    return int(page.total_items) if page.total_items is not None else len(page.rooms)


class ThemesDialog(QDialog):
    """The themes view in a window of its own, opened from the main window."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        on_changed: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Themes"))
        self.resize(1120, 700)
        self.view = ThemesView(context, self)
        if on_changed is not None:
            self.view.themes_changed.connect(on_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The main window's account may have changed while this window was open.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.view.follow_account()
