"""The screen-share picker: which screen or window the meeting will see."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QModelIndex
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Choice:
    """What the person picked: ``kind`` is "screen" or "window"."""

    kind: str
    index: QModelIndex


class ScreenSharePicker(QDialog):
    """Lists the request's screens and windows; Share or Cancel."""

    def __init__(
        self,
        screens: QAbstractItemModel,
        windows: QAbstractItemModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Share your screen"))
        self.setMinimumSize(420, 360)
        intro = QLabel(self.tr("Choose what the others in the meeting will see."))
        intro.setWordWrap(True)
        self._lists: dict[str, QListView] = {}
        self._tabs = QTabWidget()
        for kind, model, label in (
            ("screen", screens, self.tr("Entire screen")),
            ("window", windows, self.tr("Window")),
        ):
            view = QListView()
            view.setObjectName(f"{kind}_list")
            view.setModel(model)
            view.setUniformItemSizes(True)
            view.doubleClicked.connect(self.accept)
            view.selectionModel().selectionChanged.connect(self._update_share_button)
            self._lists[kind] = view
            self._tabs.addTab(view, label)
        self._tabs.currentChanged.connect(self._update_share_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self._share = QPushButton(self.tr("Share"))
        self._share.setDefault(True)
        buttons.addButton(self._share, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        empty = QLabel(self.tr("There is no screen or window to share on this computer."))
        empty.setWordWrap(True)
        empty.setVisible(screens.rowCount() == 0 and windows.rowCount() == 0)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(empty)
        layout.addWidget(self._tabs, 1)
        layout.addWidget(buttons)
        if screens.rowCount() > 0:
            self._lists["screen"].setCurrentIndex(screens.index(0, 0))
        self._update_share_button()

    def selection(self) -> Choice | None:
        """The highlighted screen or window of the visible tab."""
        kind = "screen" if self._tabs.currentIndex() == 0 else "window"
        index = self._lists[kind].currentIndex()
        return Choice(kind, index) if index.isValid() else None

    def choose(self) -> Choice | None:
        """Show the dialog modally; None when cancelled or nothing was picked."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.selection()

    def _update_share_button(self) -> None:
        self._share.setEnabled(self.selection() is not None)
