"""One theme in the themes list: colour swatch, name, brand text, default badge, rooms."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from launcher.core import themes as rules
from launcher.ui.themes.common import theme_title
from launcher.ui.widgets import label

__all__ = ["ThemeRow"]


class ThemeRow(QFrame):
    """One theme in the list: colour swatch, name, brand text, default badge, rooms."""

    def __init__(self, theme: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.swatch = QLabel()
        self.swatch.setFixedSize(36, 36)
        self.name_label = label(theme_title(theme), "cardTitle")
        self.brand_label = label(theme.brand_text or "", "muted")
        self.default_chip = label(self.tr("Default"), "defaultChip")
        self.rooms_label = label("", "muted")
        text = QVBoxLayout()
        text.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(self.name_label)
        top.addWidget(self.default_chip)
        top.addStretch(1)
        text.addLayout(top)
        text.addWidget(self.brand_label)
        text.addWidget(self.rooms_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(12)
        layout.addWidget(self.swatch, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        self.update_theme(theme, is_default=False, rooms=None)

    def update_theme(self, theme: Any, *, is_default: bool, rooms: int | None) -> None:
        color = rules.normalize_color(theme.main_color or "") or "#3b5bdb"
        self.swatch.setStyleSheet(
            f"background: {color}; border-radius: 8px; border: 1px solid rgba(0,0,0,40);"
        )
        self.name_label.setText(theme_title(theme))
        self.brand_label.setText(theme.brand_text or "")
        self.default_chip.setVisible(is_default)
        if rooms is None:
            self.rooms_label.setText(self.tr("Counting rooms…"))
        elif rooms == 0:
            self.rooms_label.setText(self.tr("Not used by any room"))
        else:
            self.rooms_label.setText(self.tr("Used by %n room(s)", "", rooms))
