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

The list follows the server by itself: while it is on screen it asks quietly for the
newest page every few seconds (:attr:`RoomsView.poll_interval`; no spinner, no error
banner) and merges it the same way, so a room made from the command line or another
launcher appears, and "In a meeting now · 3 people" comes and goes, without Refresh;
the rows in view stay where they are.

Start-up: building the view touches no ``Qt.*`` (PySide6 builds that whole namespace
at first use, some 20 ms). Item roles are plain numbers (launcher/ui/rooms_model.py,
with the model and its filter), enum-typed properties are set by name, the column
titles come from a Qt-side model, the error banner is built when first needed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from launcher.tasks import Task
from launcher.ui import style
from launcher.ui.context import AppContext
from launcher.ui.rooms_model import ROOM_ROLE, RoomsFilter, RoomsModel
from launcher.ui.roomtext import Status
from launcher.ui.widgets import FlowLayout, MessageBanner, Spinner, label

#: ``end_id`` beyond any room serial: the page of the newest rooms.
NEWEST = 2**62


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
        self._finished_start_up = False
        self._fitting = False  # a column fit is queued (_fit_columns_soon)
        self._banner: MessageBanner | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(10)
        layout.addLayout(self._build_header())
        layout.addLayout(self._build_filters())
        layout.addWidget(self._build_table(), 1)  # the error banner goes above, when first needed
        layout.addWidget(self._build_empty_label())
        self.reach_label = label("", "notice", wrap=True)  # who can open these links
        self.reach_label.hide()
        layout.addWidget(self.reach_label)
        layout.addLayout(self._build_actions())
        self._start_clock()
        self._start_polling()
        self._update_actions()

    def _build_header(self) -> QHBoxLayout:
        """The title, the room count and the loading controls."""
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
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.spinner)
        top.addWidget(self.stop_button)
        top.addWidget(self.refresh_button)
        return top

    def _build_filters(self) -> QHBoxLayout:
        """Search by name and the status choice."""
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search by name"))
        self.search_edit.setAccessibleName(self.tr("Search by name"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All rooms"), None)
        self.status_combo.addItem(self.tr("Available"), Status.AVAILABLE)
        self.status_combo.addItem(self.tr("Expiring within a day"), Status.EXPIRING)
        self.status_combo.addItem(self.tr("Expired"), Status.EXPIRED)
        self.status_combo.currentIndexChanged.connect(self._on_status_combo_changed)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.status_combo)
        return filters

    def _build_table(self) -> QTableView:
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Rooms"))
        # Tab leaves the table for the next control; the arrows move between rooms.
        self.table.setTabKeyNavigation(False)
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
        self.table.verticalScrollBar().valueChanged.connect(self._on_scroll)
        return self.table

    def _build_empty_label(self) -> QLabel:
        self.empty_label = label(
            self.tr("No rooms yet. Start a meeting or schedule a room."), "muted"
        )
        self.empty_label.setProperty("alignment", "AlignCenter")
        self.empty_label.hide()
        return self.empty_label

    def _build_actions(self) -> FlowLayout:
        """What can be done with the selected room (also its context menu)."""
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
        # One row in English; longer labels (German, French) wrap onto a second.
        actions = FlowLayout()
        for button in (self.copy_button, self.join_button, self.invite_button, self.edit_button):
            actions.addWidget(button)
        actions.add_right(self.pin_button)
        return actions

    def _start_clock(self) -> None:
        # Statuses such as "Expires in 5 minutes" age: repaint them every minute.
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._on_clock_timeout)
        self._clock.start()

    # Seconds between two quiet looks at the newest page while the list is on screen.
    poll_interval = 5

    def _start_polling(self) -> None:
        self._poll_task: Task | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(self.poll_interval * 1000)
        self._poll.timeout.connect(self.poll)
        self._poll.start()

    def poll(self) -> None:
        """Ask for the newest page quietly and merge it (rooms made elsewhere, people
        coming and going); skipped while hidden, loading, or already asking."""
        account = self.context.account()
        window = self.window()
        if (
            not self._finished_start_up
            or self._poll_task is not None
            or self.loading
            or not self._backward  # a server without backward paging: Refresh walks it all
            or account is None
            or account.name != self._account_name
            or not self.isVisible()
            or window.isMinimized()
        ):
            return
        page_size = self.page_size
        self._poll_task = self.context.call(
            lambda client, _token: client.list_rooms(page_size=page_size, end_id=NEWEST),
            on_done=lambda page: self._on_polled(page, account),
            on_error=lambda _error: None,  # quiet: the next look, or Refresh, says more
            on_settled=self._on_poll_settled,
            owner=self,
            key=f"rooms-poll-{id(self)}",
            account=account,
        )

    def _on_poll_settled(self) -> None:
        self._poll_task = None

    def _on_polled(self, page: Any, account: Any) -> None:
        if self.loading or account.name != self._account_name:
            return  # a refresh or another account took over: its answer counts
        from PySide6.QtCore import QPoint

        top = self.table.indexAt(QPoint(1, 1))  # the row at the top of the view
        top_room = self.proxy.data(top, ROOM_ROLE) if top.isValid() else None
        scrolled = self.table.verticalScrollBar().value() > 0
        self.model.merge(list(page.rooms))
        self._seen.update(room.id for room in page.rooms)
        if page.total_items is not None:
            self._total = page.total_items
        if scrolled and top_room is not None:  # new rows above: keep the same rows in view
            row = self.model.row_of(top_room.id)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        self._update_count()

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
        # A sized-to-contents column follows changed text, not new rows: a new room's
        # "Expires in 10 minutes" would be cut short under "Available"s.
        self.proxy.rowsInserted.connect(self._fit_columns_soon)
        self.proxy.modelReset.connect(self._fit_columns_soon)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        # Ctrl+C on the list copies what people want from it: the guest link.
        copy_action = QAction(self.tr("Copy guest link"), self.table)
        copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy_action.triggered.connect(lambda: self._emit(self.copy_requested))
        self.table.addAction(copy_action)

    def _fit_columns_soon(self, *_args: object) -> None:
        if self._fitting:
            return
        self._fitting = True
        QTimer.singleShot(0, self._fit_columns)

    def _fit_columns(self) -> None:
        self._fitting = False
        for column in (RoomsModel.KIND, RoomsModel.STATUS, RoomsModel.EXPIRES):
            self.table.resizeColumnToContents(column)

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
        self._update_reach(account)
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

    def _update_reach(self, account: Any) -> None:
        # After the first frame (refresh runs then): the reach sentences are not needed
        # to paint it.
        from launcher.core.reach import reach_of_account
        from launcher.ui.reach_note import list_text

        text = list_text(reach_of_account(account), local=account.is_local)
        self.reach_label.setText(text)
        self.reach_label.setVisible(bool(text))

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
            text = self.tr("{n} of %n room(s)", "", self._total).format(n=count)
        elif count:
            text = self.tr("%n room(s)", "", count)
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
