"""The theme editor's image rows: each image's thumbnail, its rule, and the rules it fails.

A chosen file is checked with the API's own rules (:mod:`launcher.core.themes`) before
anything is sent; each failed rule is named in a sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from launcher.core import themes as rules
from launcher.ui import style
from launcher.ui.i18n import themes
from launcher.ui.widgets import label

__all__ = ["ImageField", "PendingImage", "image_problem_text", "kind_title"]


def image_problem_text(check: rules.ImageCheck) -> list[str]:
    """One sentence per failed rule, naming the rule and what was found."""
    found = []
    for problem in check.problems:
        if problem == "type":
            found.append(themes.tr("Not a PNG image: save it as PNG."))
        elif problem == "exceeds_size":
            megabytes = check.size / (1024 * 1024)
            found.append(
                themes.tr("The file is {size:.1f} MB; at most 1 MB.").format(size=megabytes)
            )
        elif problem == "dimensions" and check.kind == "favicon":
            found.append(
                themes.tr("It is {w} × {h} px; the favicon must be square, 16 to 32 px.").format(
                    w=check.width, h=check.height
                )
            )
        elif problem == "dimensions":
            found.append(
                themes.tr("It is {w} × {h} px; logos may be at most 300 × 300 px.").format(
                    w=check.width, h=check.height
                )
            )
        elif problem == "transparent_bg":
            found.append(
                themes.tr("The background is not transparent: its corners must be see-through.")
            )
        else:
            found.append(themes.tr("The server refused it ({code}).").format(code=problem))
    return found


def kind_title(kind: str) -> str:
    return {
        "colored": themes.tr("Coloured logo"),
        "white": themes.tr("White logo"),
        "favicon": themes.tr("Favicon"),
    }[kind]


def _kind_rule(kind: str) -> str:
    if kind == "favicon":
        return themes.tr("PNG, square, 16 to 32 px, transparent background, at most 1 MB")
    return themes.tr("PNG, up to 300 × 300 px, transparent background, at most 1 MB")


@dataclass
class PendingImage:
    """A chosen file and what the checks found."""

    path: Path
    data: bytes
    check: rules.ImageCheck


class ImageField(QFrame):
    """One image: checkerboard thumbnail, its rule, a Choose button and named problems."""

    choose_requested = Signal(str)
    cleared = Signal(str)

    def __init__(self, kind: str, current_key: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.current_key = current_key
        self.thumbnail = QLabel()
        self.thumbnail.setFixedSize(72, 72)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setStyleSheet("border: 1px solid #d5dae4; border-radius: 8px;")
        self.title = label(kind_title(kind), "cardTitle")
        self.rule = label(_kind_rule(kind), "muted", wrap=True)
        self.state = label("", "muted", wrap=True)
        self.problems = label("", "fieldError", wrap=True)
        self.problems.hide()
        self.choose_button = QPushButton(themes.tr("Choose…"))
        self.choose_button.clicked.connect(lambda: self.choose_requested.emit(self.kind))
        self.clear_button = QPushButton(themes.tr("Don't change"))
        self.clear_button.clicked.connect(lambda: self.cleared.emit(self.kind))
        self.clear_button.hide()
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.rule)
        text.addWidget(self.state)
        text.addWidget(self.problems)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        layout.addLayout(buttons)
        self.show_pending(None)

    def show_pending(self, pending: PendingImage | None) -> None:
        self.clear_button.setVisible(pending is not None)
        if pending is None:
            self.thumbnail.setPixmap(_checkerboard(None))
            self.problems.hide()
            self.state.setText(
                themes.tr("Uploaded; choose a file to replace it.")
                if self.current_key
                else themes.tr("None yet (optional).")
            )
            return
        pixmap = QPixmap()
        loaded = bool(pending.data) and pixmap.loadFromData(pending.data)
        self.thumbnail.setPixmap(_checkerboard(pixmap if loaded else None))
        size = (
            f"{pending.check.width} × {pending.check.height} px, "
            if pending.check.width is not None
            else ""
        )
        kilobytes = max(0.1, pending.check.size / 1024)
        self.state.setText(f"{pending.path.name} ({size}{kilobytes:.1f} KB)")
        messages = image_problem_text(pending.check)
        self.problems.setText("\n".join(f"• {text}" for text in messages))
        self.problems.setVisible(bool(messages))
        style.set_invalid(self.thumbnail, bool(messages))


def _checkerboard(image: QPixmap | None) -> QPixmap:
    """``image`` scaled onto a checkerboard, which shows where it is transparent."""
    size, cell = 70, 7
    board = QPixmap(size, size)
    board.fill(QColor("#ffffff"))
    painter = QPainter(board)
    for y in range(0, size, cell):
        for x in range(0, size, cell):
            if (x // cell + y // cell) % 2:
                painter.fillRect(x, y, cell, cell, QColor("#d9dde5"))
    if image is not None and not image.isNull():
        scaled = image.scaled(
            size - 8,
            size - 8,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        painter.drawPixmap((size - scaled.width()) // 2, (size - scaled.height()) // 2, scaled)
    painter.end()
    return board
