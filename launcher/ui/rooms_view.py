"""The account's rooms: newest first, filtered by name and status, with actions on the selection.

Paging: the API numbers rooms by serial and its ``_links.next`` walks oldest
first; the newest rooms are on the last page. A lone ``end_id`` asks for the
page just before it, so the view asks for ``end_id`` past any serial (the
newest page) and then follows ``_links.prev`` backwards, one page per request,
only as far as needed: enough to fill the view, more as the user scrolls to the
end, everything while a filter is set (a filter must see every room). A server
that ignores a lone ``end_id`` answers with its first page and a ``next`` link;
the view then walks every page forward instead and sorts. Rows are kept sorted
newest first (``created_at``) either way.

A refresh starts again from the newest page and merges by room id instead of
resetting the model, down to as many rows as were shown: rows update in place,
new rooms slide in, and the selection (a persistent index) survives.

Start-up: building the view touches no ``Qt.*`` (PySide6 builds that whole namespace
at first use, some 20 ms). Item roles are plain numbers, enum-typed properties are set
by name, the column titles come from a Qt-side model, the error banner is built when
first needed.
"""

from __future__ import annotations

import bisect
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from launcher.tasks import Task
from launcher.ui import roomtext, style
from launcher.ui.context import AppContext
from launcher.ui.roomtext import Status
from launcher.ui.widgets import MessageBanner, Spinner, label

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

#: Values of ``Qt.ItemDataRole`` (checked against Qt by a test).
DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
FOREGROUND_ROLE = 9
USER_ROLE = 0x0100
ROOM_ROLE = USER_ROLE + 1
#: ``end_id`` beyond any room serial: the page of the newest rooms.
NEWEST = 2**62
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _sort_key(room: Any) -> tuple[float, str]:
    created = room.created_at or _EPOCH
    return (-created.timestamp(), room.id)  # newest first; id breaks ties stably


class RoomsModel(QAbstractTableModel):
    """Rooms sorted newest first; :meth:`merge` upserts by id."""

    NAME, KIND, STATUS, EXPIRES = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rooms: list[Any] = []
        self._keys: list[tuple[float, str]] = []
        self._expiry_text: dict[str, str] = {}  # formatted once per room, not per paint
        self.pinned_id: str | None = None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rooms)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def titles(self) -> list[str]:
        """The column titles."""
        return [self.tr("Name"), self.tr("Kind"), self.tr("Status"), self.tr("Expires")]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE
    ) -> Any:
        from PySide6.QtCore import Qt

        if orientation != Qt.Orientation.Horizontal or role != DISPLAY_ROLE:
            return None
        return self.titles()[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        room = self._rooms[index.row()]
        column = index.column()
        if role == ROOM_ROLE:
            return room
        if role == DISPLAY_ROLE:
            if column == self.NAME:
                return ("★ " if room.id == self.pinned_id else "") + room.display_name
            if column == self.KIND:
                return roomtext.kind_text(room)
            if column == self.STATUS:
                return roomtext.status_text(room)
            if column == self.EXPIRES:
                text = self._expiry_text.get(room.id)
                if text is None:
                    text = self._expiry_text[room.id] = roomtext.local_text(room.expires_at)
                return text
        if role == FOREGROUND_ROLE and column == self.STATUS:
            status = roomtext.status_of(room)
            return QColor(
                {
                    Status.AVAILABLE: style.SUCCESS,
                    Status.EXPIRING: style.WARNING,
                    Status.EXPIRED: style.MUTED,
                }[status]
            )
        if role == TOOLTIP_ROLE and column == self.NAME:
            return room.guest_url or ""
        return None

    def room_at(self, row: int) -> Any:
        return self._rooms[row]

    def rooms(self) -> list[Any]:
        return list(self._rooms)

    def row_of(self, room_id: str) -> int:
        for row, room in enumerate(self._rooms):
            if room.id == room_id:
                return row
        return -1

    def merge(self, rooms: list[Any]) -> None:
        """Insert new rooms in order and update known ones in place."""
        for room in rooms:
            self._expiry_text.pop(room.id, None)  # an edit may have moved the expiry
            row = self.row_of(room.id)
            key = _sort_key(room)
            if row >= 0 and self._keys[row] == key:
                self._rooms[row] = room
                self.dataChanged.emit(self.index(row, 0), self.index(row, 3))
                continue
            if row >= 0:
                self.remove_rows_where(lambda r, rid=room.id: r.id == rid)
            at = bisect.bisect_left(self._keys, key)
            self.beginInsertRows(QModelIndex(), at, at)
            self._rooms.insert(at, room)
            self._keys.insert(at, key)
            self.endInsertRows()

    def keep_only(self, ids: set[str]) -> None:
        """Drop rooms not in ``ids`` (gone from the server since the last walk)."""
        self.remove_rows_where(lambda room: room.id not in ids)

    def remove_rows_where(self, predicate: Any) -> None:
        row = len(self._rooms) - 1
        while row >= 0:
            if predicate(self._rooms[row]):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rooms[row]
                del self._keys[row]
                self.endRemoveRows()
            row -= 1

    def clear(self) -> None:
        self.beginResetModel()
        self._rooms, self._keys, self._expiry_text = [], [], {}
        self.endResetModel()

    def set_pinned(self, room_id: str | None) -> None:
        self.pinned_id = room_id
        if self._rooms:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rooms) - 1, 0))

    def refresh_times(self) -> None:
        """Statuses are relative to now: repaint them."""
        if self._rooms:
            self.dataChanged.emit(
                self.index(0, self.STATUS), self.index(len(self._rooms) - 1, self.STATUS)
            )


class RoomsFilter(QSortFilterProxyModel):
    """Filter by a piece of the name and by status (``None``: every status)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._status: Status | None = None

    @property
    def filtering(self) -> bool:
        return bool(self._text) or self._status is not None

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: Status | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def recheck(self) -> None:
        """Statuses change with time: filter again."""
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RoomsModel)
        room = model.room_at(source_row)
        if self._text and self._text not in room.display_name.casefold():
            return False
        return self._status is None or roomtext.status_of(room) is self._status


class RoomsView(QWidget):
    """The list with its filter bar, loading state and actions."""

    copy_requested = Signal(object)
    join_requested = Signal(object)
    invite_requested = Signal(object)
    edit_requested = Signal(object)
    pin_requested = Signal(object)
    loaded = Signal(int)  # number of rooms after a complete walk

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.page_size = 20
        #: Newest first through ``end_id``; False walks every page oldest first instead
        #: (what the view falls back to when a server ignores a lone ``end_id``).
        self.backward_paging = True
        self._backward = True
        self._task: Task | None = None
        self._seen: set[str] = set()
        self._account_name: str | None = None
        self._older_end_id: Any = None  # where the next older page ends; None: no more
        self._first_page = True
        self._target = 1
        self._total: int | None = None

        self.model = RoomsModel(self)
        self.proxy = RoomsFilter(self)
        self.proxy.setSourceModel(self.model)

        title = label(self.tr("Rooms"), "cardTitle")
        self.count_label = label("", "muted")
        self.spinner = Spinner(size=16)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop loading rooms"))
        self.stop_button.hide()
        self.stop_button.clicked.connect(self.cancel)
        self.refresh_button = QToolButton()
        self.refresh_button.setText(self.tr("⟳ Refresh"))
        self.refresh_button.setToolTip(self.tr("Load the list again"))
        self.refresh_button.clicked.connect(self.refresh)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search by name"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All rooms"), None)
        self.status_combo.addItem(self.tr("Available"), Status.AVAILABLE)
        self.status_combo.addItem(self.tr("Expiring within a day"), Status.EXPIRING)
        self.status_combo.addItem(self.tr("Expired"), Status.EXPIRED)
        self.status_combo.currentIndexChanged.connect(self._on_status_combo_changed)

        self.table = QTableView()
        # The first frame shows the column titles from a Qt-side model with no rows:
        # the rooms model's headerData (Python) would make PySide6 build the Qt
        # namespace for its orientation argument. finish_start_up puts the rooms in.
        self._titles_model = QStandardItemModel(0, RoomsModel.EXPIRES + 1, self)
        self._titles_model.setHorizontalHeaderLabels(self.model.titles())
        self.table.setModel(self._titles_model)
        self._configure_header()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(38)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Enum-typed Qt properties set by name: Qt.ContextMenuPolicy.CustomContextMenu.
        self.table.setProperty("contextMenuPolicy", "CustomContextMenu")
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.table.doubleClicked.connect(lambda _index: self._emit(self.copy_requested))
        self._finished_start_up = False
        self.table.verticalScrollBar().valueChanged.connect(self._on_scroll)

        self.empty_label = label(
            self.tr("No rooms yet. Start a meeting or schedule a room."), "muted"
        )
        self.empty_label.setProperty("alignment", "AlignCenter")
        self.empty_label.hide()
        self._banner: MessageBanner | None = None

        self.copy_button = QPushButton(self.tr("Copy guest link"))
        style.init_role(self.copy_button, "primary")
        self.copy_button.clicked.connect(lambda: self._emit(self.copy_requested))
        self.join_button = QPushButton(self.tr("Join as host"))
        self.join_button.clicked.connect(lambda: self._emit(self.join_requested))
        self.invite_button = QPushButton(self.tr("Invite…"))
        self.invite_button.clicked.connect(lambda: self._emit(self.invite_requested))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.pin_button = QPushButton(self.tr("☆ Make it my room"))
        self.pin_button.setToolTip(self.tr("Keep this room one click away as “My room”"))
        self.pin_button.clicked.connect(lambda: self._emit(self.pin_requested))

        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.spinner)
        top.addWidget(self.stop_button)
        top.addWidget(self.refresh_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.status_combo)
        actions = QHBoxLayout()
        for button in (self.copy_button, self.join_button, self.invite_button, self.edit_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.pin_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)  # the error banner goes above, when first needed
        layout.addWidget(self.empty_label)
        layout.addLayout(actions)

        # Statuses such as "Expires in 5 minutes" age: repaint them every minute.
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._on_clock_timeout)
        self._clock.start()
        self._update_actions()

    def _configure_header(self) -> None:
        # Per-column settings: a new model resets them.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(RoomsModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (RoomsModel.KIND, RoomsModel.STATUS, RoomsModel.EXPIRES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)

    def finish_start_up(self) -> None:
        """The rooms model in the table and the list's keyboard shortcut: what the first
        frame does not need (both make PySide6 build the Qt namespace). The window calls
        this once painted; idempotent, and done by anything that lists rooms."""
        if self._finished_start_up:
            return
        self._finished_start_up = True
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence

        self.table.setModel(self.proxy)
        self._titles_model.deleteLater()  # the titles come from the rooms model now
        self._configure_header()
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        # Ctrl+C on the list copies what people want from it: the guest link.
        copy_action = QAction(self.tr("Copy guest link"), self.table)
        copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy_action.triggered.connect(lambda: self._emit(self.copy_requested))
        self.table.addAction(copy_action)

    @property
    def banner(self) -> MessageBanner:
        """Why the list could not load (hidden until then)."""
        if self._banner is None:
            self._banner = MessageBanner()
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(layout.indexOf(self.table), self._banner)
        return self._banner

    # -- loading ----------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._task is not None

    @property
    def complete(self) -> bool:
        """True once every page has been loaded (nothing older is left to fetch)."""
        return self._older_end_id is None and not self.loading

    def refresh(self) -> None:
        """Load again from the newest page, merging into what is shown, as far down as the
        list already went (so a refresh keeps the rows, and the selection, in place)."""
        self.finish_start_up()
        account = self.context.account()
        if account is None:
            return
        if account.name != self._account_name:
            self.model.clear()
            self._account_name = account.name
            pinned = self.context.preferences.pinned_room(account.name)
            self.model.set_pinned(pinned.room_id if pinned else None)
        if self._banner is not None:
            self._banner.clear()
        self._seen = set()
        self._target = max(self.model.rowCount(), 1)
        self._backward = self.backward_paging
        self._first_page = True
        self._older_end_id = None
        self._fetch(account, end_id=NEWEST if self._backward else None)

    def fetch_more(self) -> None:
        """Load the next older page, unless one is on its way or all are here."""
        account = self.context.account()
        if self.loading or self._older_end_id is None or account is None:
            return
        self._fetch(account, end_id=self._older_end_id)

    def _fetch(self, account: Any, *, start_id: str | None = None, end_id: Any = None) -> None:
        page_size = self.page_size
        self.spinner.start()
        self.stop_button.show()
        self.refresh_button.setEnabled(False)
        self._task = self.context.call(
            lambda client, _token: client.list_rooms(
                page_size=page_size, start_id=start_id, end_id=end_id
            ),
            on_done=lambda page: self._on_page_loaded(page, account),
            on_error=self._on_page_failed,
            owner=self,
            key=f"rooms-view-{id(self)}",
            account=account,
        )

    def _on_page_loaded(self, page: Any, account: Any) -> None:
        self._task = None
        self.model.merge(list(page.rooms))
        self._seen.update(room.id for room in page.rooms)
        self._total = page.total_items
        first, self._first_page = self._first_page, False
        if first and self._backward and page.next_start_id:
            # A server that ignores a lone end_id sent its first (oldest) page: walk forward.
            self._backward = False
        if not self._backward:
            self._older_end_id = None
            if page.next_start_id and page.rooms:
                self._fetch(account, start_id=page.next_start_id)
                return
            self.model.keep_only(self._seen)  # the whole list was walked
            self._finish()
            return
        self._older_end_id = page.prev_end_id if page.rooms else None
        if self._older_end_id is not None and self._wants_more():
            self._fetch(account, end_id=self._older_end_id)
            return
        if self._older_end_id is None:
            self.model.keep_only(self._seen)
        self._finish()

    def _wants_more(self) -> bool:
        """Keep loading older pages: to refill what was shown, while a filter needs every
        room, or while the list does not fill its view or is scrolled to its end."""
        rows = self.proxy.rowCount()
        if self.model.rowCount() < self._target or self.proxy.filtering or rows == 0:
            return True
        # From geometry, not the scroll bar: its range updates only after a later layout.
        row_height = max(1, self.table.verticalHeader().defaultSectionSize())
        fits = max(1, self.table.viewport().height() // row_height)
        top = max(0, self.table.rowAt(0))
        return top + fits >= rows - 2

    def _on_scroll(self, _value: int) -> None:
        if self._wants_more():
            self.fetch_more()

    def _on_page_failed(self, error: BaseException) -> None:
        from launcher.ui.errors import describe

        account = self.context.account()
        self.banner.show_error(
            describe(error, local_server=bool(getattr(account, "is_local", False)))
        )
        self._finish()

    def cancel(self) -> None:
        """Stop loading; what arrived stays listed, the rest loads on scroll or refresh."""
        if self._task is not None:
            self._task.cancel()
        self._finish()

    def _finish(self) -> None:
        self._task = None
        self.spinner.stop()
        self.stop_button.hide()
        self.refresh_button.setEnabled(True)
        self._update_count()
        self.loaded.emit(self.model.rowCount())

    def _update_count(self) -> None:
        count = self.model.rowCount()
        if count and self._older_end_id is not None and self._total:
            text = self.tr("{n} of {total} rooms").format(n=count, total=self._total)
        elif count:
            text = roomtext.plural(count, self.tr("{n} room"), self.tr("{n} rooms"))
        else:
            text = ""
        self.count_label.setText(text)
        failed = self._banner is not None and not self._banner.isHidden()
        self.empty_label.setVisible(count == 0 and not self.loading and not failed)
        self.table.setVisible(count > 0 or self.loading)

    def add_room(self, room: Any) -> None:
        """Show a room created elsewhere in the window at once, and select it."""
        self.finish_start_up()
        self.model.merge([room])
        self._seen.add(room.id)  # a walk in progress may have passed its page already
        if self._total is not None:
            self._total += 1
        self._update_count()
        self.select_room(room.id)

    # -- selection --------------------------------------------------------------------------

    def selected_room(self) -> Any:
        """The selected room, or None."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.data(rows[0], ROOM_ROLE)

    def select_room(self, room_id: str) -> bool:
        self.finish_start_up()
        row = self.model.row_of(room_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def set_pinned(self, room_id: str | None) -> None:
        self.model.set_pinned(room_id)
        self._update_actions()

    def _emit(self, signal: Any) -> None:
        room = self.selected_room()
        if room is not None:
            signal.emit(room)

    def _update_actions(self, *_args: Any) -> None:
        room = self.selected_room()
        has = room is not None
        for button in (self.copy_button, self.join_button, self.invite_button):
            button.setEnabled(has)
        long_term = room is not None and room.type == "long_term"
        self.edit_button.setEnabled(long_term)
        self.edit_button.setToolTip(
            "" if long_term or not has else self.tr("Instant rooms cannot be changed.")
        )
        self.pin_button.setEnabled(
            room is not None and long_term and room.id != self.model.pinned_id
        )

    def _on_table_context_menu(self, pos: Any) -> None:
        if self.selected_room() is None:
            return
        from PySide6.QtGui import QAction
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        for button in (
            self.copy_button,
            self.join_button,
            self.invite_button,
            self.edit_button,
            self.pin_button,
        ):
            action = QAction(button.text(), menu)
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
            menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _on_search_edit_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self.fetch_more()  # a filter searches every room: load the rest

    def _on_status_combo_changed(self, _index: int) -> None:
        self.proxy.set_status(self.status_combo.currentData())
        self.fetch_more()

    def _on_clock_timeout(self) -> None:
        self.model.refresh_times()
        self.proxy.recheck()
