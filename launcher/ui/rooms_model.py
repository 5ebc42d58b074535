"""The rooms list's data: rooms sorted newest first, merged by id, and a filter by name and status.

Start-up: item roles are plain numbers (``Qt.*`` is not touched while the first frame
is built; PySide6 builds that whole namespace at first use, some 20 ms).
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
)
from PySide6.QtGui import QColor

from launcher.ui import roomtext, style
from launcher.ui.roomtext import Status

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

#: Values of ``Qt.ItemDataRole`` (checked against Qt by a test).
DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
FOREGROUND_ROLE = 9
USER_ROLE = 0x0100
ROOM_ROLE = USER_ROLE + 1
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
        # Room id -> names of the visitors waiting at its door (launcher.ui.front_desk).
        self.waiting: dict[str, list[str]] = {}

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
                names = self.waiting.get(room.id)
                if names:
                    return self.tr("Waiting: {names}").format(names=", ".join(names))
                return roomtext.status_text(room)
            if column == self.EXPIRES:
                text = self._expiry_text.get(room.id)
                if text is None:
                    text = self._expiry_text[room.id] = roomtext.local_text(room.expires_at)
                return text
        if role == FOREGROUND_ROLE and column == self.STATUS:
            colors = style.colors()  # the palette in use now (dark, high contrast...)
            if self.waiting.get(room.id):
                return QColor(colors.accent_text)
            status = roomtext.status_of(room)
            if status is not Status.EXPIRED and roomtext.people_in(room):
                return QColor(colors.accent_text)
            return QColor(
                {
                    Status.AVAILABLE: colors.success,
                    Status.EXPIRING: colors.warning,
                    Status.EXPIRED: colors.muted,
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

    def set_waiting(self, waiting: dict[str, list[str]]) -> None:
        """Who waits at which room's door (room id -> names); shown in the status column."""
        changed = set(waiting) | set(self.waiting)
        self.waiting = {room_id: list(names) for room_id, names in waiting.items() if names}
        for room_id in changed:
            row = self.row_of(room_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, self.STATUS), self.index(row, self.STATUS))

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
