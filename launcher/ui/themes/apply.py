"""Apply a theme to several long-term rooms at once (multi-select), or take it off them.

Only long-term rooms can change theme (the API refuses to update instant rooms).
Rooms already using the theme start ticked; unticking one gives it back the
default look. Each change is one PATCH, sent in order off the GUI thread; a room
that fails is named, the others are still changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from launcher.core import themes as rules
from launcher.tasks import CancelToken, Progress, Task
from launcher.ui import roomtext
from launcher.ui.context import AppContext
from launcher.ui.errors import UserError, describe_theme_error
from launcher.ui.i18n import themes
from launcher.ui.themes.common import theme_title
from launcher.ui.widgets import BusyButton, MessageBanner, Spinner, label


class ApplyThemeDialog(QDialog):
    """Tick the long-term rooms that should use ``theme``; ``rooms_changed(n)`` after."""

    rooms_changed = Signal(int)
    rooms_loaded = Signal()

    def __init__(
        self,
        context: AppContext,
        theme: Any,
        *,
        theme_names: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.theme = theme
        self.theme_names = dict(theme_names or {})
        self.rooms: list[Any] = []
        self._task: Task | None = None
        self._progress = Progress(self)
        self._progress.advanced.connect(self._on_progress_advanced)
        self.setWindowTitle(themes.tr("Apply theme to rooms"))
        self.resize(560, 520)
        self._build()
        self._load()

    def _build(self) -> None:
        title, hint = self._build_heading()
        self.link_note = self._build_link_note()
        self.banner = MessageBanner()
        top = self._build_filter()
        self._build_room_list()
        title.setBuddy(self.room_list)  # the question names the list for screen readers
        selection = self._build_selection()
        buttons = self._build_buttons()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.link_note)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.room_list, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(selection)
        layout.addLayout(buttons)
        self._update_buttons()

    def _build_heading(self) -> tuple[QLabel, QLabel]:
        title = label(
            themes.tr("Which rooms should use “{name}”?").format(name=theme_title(self.theme)),
            "cardTitle",
            wrap=True,
        )
        hint = label(
            themes.tr(
                "Only long-term rooms can change their look; meetings started with one click "
                "use the default theme. Untick a room to give it back the default look."
            ),
            "muted",
            wrap=True,
        )
        return title, hint

    def _build_link_note(self) -> QLabel:
        """What guest links look like with the theme's short company URL (hidden without)."""
        link_note = label("", "muted", wrap=True)
        short = getattr(self.theme, "short_company_url", None)
        if short:
            origin = str(getattr(self.context.account(), "meeting_origin", "") or "")
            link_note.setText(
                themes.tr(
                    "With this theme, guest links look like {link}; links already sent "
                    "keep working."
                ).format(link=rules.example_guest_link(origin, short))
            )
        link_note.setVisible(bool(short))
        return link_note

    def _build_filter(self) -> QHBoxLayout:
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(themes.tr("Filter rooms by name"))
        self.filter_edit.setAccessibleName(themes.tr("Filter rooms by name"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.spinner = Spinner()
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.spinner)
        return top

    def _build_room_list(self) -> None:
        """The long-term rooms to tick, or a sentence when there are none."""
        self.room_list = QListWidget()
        self.room_list.setSpacing(3)
        self.room_list.itemChanged.connect(lambda _item: self._update_buttons())
        self.empty_label = label(
            themes.tr("There are no long-term rooms yet. Schedule one from the main window."),
            "muted",
            wrap=True,
        )
        self.empty_label.hide()

    def _build_selection(self) -> QHBoxLayout:
        """Select all, select none, and how many rooms are ticked."""
        self.all_button = QPushButton(themes.tr("Select all"))
        self.all_button.clicked.connect(lambda: self.set_all(True))
        self.none_button = QPushButton(themes.tr("Select none"))
        self.none_button.clicked.connect(lambda: self.set_all(False))
        self.status_label = label("", "muted")
        self.status_label.setMinimumWidth(180)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        selection = QHBoxLayout()
        selection.addWidget(self.all_button)
        selection.addWidget(self.none_button)
        selection.addStretch(1)
        selection.addWidget(self.status_label)
        return selection

    def _build_buttons(self) -> QHBoxLayout:
        self.apply_button = BusyButton(themes.tr("Apply"))
        self.apply_button.clicked.connect(self.apply)
        self.close_button = QPushButton(themes.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.apply_button)
        return buttons

    # -- rooms ------------------------------------------------------------------------

    def _load(self) -> None:
        self.spinner.start()

        def work(client: Any, token: CancelToken) -> list[Any]:
            rooms = []
            for room in client.iter_rooms():
                token.raise_if_cancelled()
                if room.is_long_term and room.is_available is not False:
                    rooms.append(room)
            return rooms

        self._task = self.context.call(
            work,
            on_done=self._on_rooms_loaded,
            on_error=self._show_error,
            on_settled=self._on_load_settled,
            owner=self,
        )

    def _on_load_settled(self) -> None:
        self._task = None
        self.spinner.stop()
        self._update_buttons()
        self.rooms_loaded.emit()

    def _on_rooms_loaded(self, rooms: list[Any]) -> None:
        now = datetime.now(UTC)
        self.rooms = sorted(rooms, key=lambda room: room.display_name.lower())
        self.room_list.blockSignals(True)
        self.room_list.clear()
        for room in self.rooms:
            item = QListWidgetItem(self._room_text(room, now))
            item.setData(Qt.ItemDataRole.UserRole, room.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            uses = room.theme_id == self.theme.theme_id
            item.setCheckState(Qt.CheckState.Checked if uses else Qt.CheckState.Unchecked)
            self.room_list.addItem(item)
        self.room_list.blockSignals(False)
        self.empty_label.setVisible(not self.rooms)
        self.room_list.setVisible(bool(self.rooms))

    def _room_text(self, room: Any, now: datetime) -> str:
        if room.theme_id == self.theme.theme_id:
            look = themes.tr("uses this theme")
        elif room.theme_id:
            other = self.theme_names.get(room.theme_id)
            look = (
                themes.tr("uses “{name}”").format(name=other)
                if other
                else themes.tr("uses another theme")
            )
        else:
            look = themes.tr("default look")
        return f"{room.display_name}\n{roomtext.status_text(room, now)} · {look}"

    def _on_filter_edit_text_changed(self, text: str) -> None:
        needle = text.strip().lower()
        for index, room in enumerate(self.rooms):
            item = self.room_list.item(index)
            item.setHidden(bool(needle) and needle not in room.display_name.lower())

    def set_all(self, checked: bool) -> None:
        """Tick (or untick) every room shown by the filter."""
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for index in range(self.room_list.count()):
            item = self.room_list.item(index)
            if not item.isHidden():
                item.setCheckState(state)

    def set_checked(self, room_id: str, checked: bool) -> None:
        for index, room in enumerate(self.rooms):
            if room.id == room_id:
                self.room_list.item(index).setCheckState(
                    Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                )

    def changes(self) -> dict[str, str | None]:
        """room id -> the theme id it should get (None: back to the default)."""
        found: dict[str, str | None] = {}
        for index, room in enumerate(self.rooms):
            checked = self.room_list.item(index).checkState() == Qt.CheckState.Checked
            uses = room.theme_id == self.theme.theme_id
            if checked and not uses:
                found[room.id] = self.theme.theme_id
            elif uses and not checked:
                found[room.id] = None
        return found

    def _update_buttons(self) -> None:
        changes = self.changes()
        busy = self._task is not None
        self.apply_button.setEnabled(bool(changes) and not busy)
        self.all_button.setEnabled(bool(self.rooms) and not busy)
        self.none_button.setEnabled(bool(self.rooms) and not busy)
        if not busy:
            ticked = sum(
                1
                for index in range(self.room_list.count())
                if self.room_list.item(index).checkState() == Qt.CheckState.Checked
            )
            self.status_label.setText(themes.tr("%n room(s) selected", "", ticked))

    # -- applying ---------------------------------------------------------------------

    def apply(self) -> None:
        changes = self.changes()
        if not changes or self._task is not None:
            return
        self.banner.clear()
        names = {room.id: room.display_name for room in self.rooms}
        progress = self._progress

        def work(client: Any, token: CancelToken) -> tuple[list[Any], list[tuple[str, Any]]]:
            updated: list[Any] = []
            failed: list[tuple[str, Any]] = []
            for done, (room_id, theme_id) in enumerate(changes.items()):
                token.raise_if_cancelled()
                progress.report(done, len(changes))
                try:
                    updated.append(client.update_room(room_id, {"theme_id": theme_id}))
                except Exception as exc:  # named to the person; the other rooms go on
                    failed.append((names.get(room_id, room_id), exc))
            return updated, failed

        self.apply_button.set_busy(True, themes.tr("Applying…"))
        self._task = self.context.call(
            work, on_done=self._on_applied, on_error=self._show_error, owner=self
        )
        self._update_buttons()

    def _on_progress_advanced(self, done: int, total: int) -> None:
        self.status_label.setText(
            themes.tr("Updating room {n} of {total}…").format(n=done + 1, total=total)
        )

    def _on_applied(self, result: tuple[list[Any], list[tuple[str, Any]]]) -> None:
        updated, failed = result
        self._task = None
        self.apply_button.set_busy(False)
        by_id = {room.id: room for room in updated}
        self.rooms = [by_id.get(room.id, room) for room in self.rooms]
        self._on_rooms_loaded(self.rooms)
        self._update_buttons()
        if updated:
            self.rooms_changed.emit(len(updated))
        if failed:
            first = describe_theme_error(failed[0][1])
            details = "\n\n".join(
                f"{name}: {describe_theme_error(error).details}" for name, error in failed
            )
            self.banner.show_error(
                UserError(
                    themes.tr("These rooms could not be changed: {names}. {reason}").format(
                        names=", ".join(name for name, _error in failed), reason=first.summary
                    ),
                    details,
                )
            )
        else:
            self.accept()

    def _show_error(self, error: BaseException) -> None:
        self._task = None
        self.apply_button.set_busy(False)
        account = self.context.account()
        self.banner.show_error(
            describe_theme_error(error, local_server=bool(getattr(account, "is_local", False)))
        )
        self._update_buttons()

    def done(self, result: int) -> None:
        if self._task is not None:
            self._task.cancel()
        super().done(result)
