"""Small shared widgets: cards, a spinner, a busy button, an error banner, a toast.

What the main window shows in its first frame (cards, labels, the spinner, the busy
button) does not touch ``Qt.*``: the first use of that namespace makes PySide6 build
every enum in it (some 20 ms), which start-up leaves until after the first paint. The
banner and the toast are built when first needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, QSize, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from launcher.ui import style

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent, QResizeEvent

    from launcher.ui.errors import UserError


def _first_control(item: QLayoutItem | None) -> QWidget | None:
    """The first widget in ``item`` (a widget, a container or a layout) that takes
    keyboard focus."""
    if item is None:
        return None
    widget = item.widget()
    if widget is not None:
        if widget.focusPolicy().value & 1:  # Qt.FocusPolicy.TabFocus, without the namespace
            return widget
        layout = widget.layout()
        return _first_control(layout) if layout is not None else None
    layout = item.layout()
    if layout is None:
        return None
    for index in range(layout.count()):
        found = _first_control(layout.itemAt(index))
        if found is not None:
            return found
    return None


def label_fields(form: QFormLayout) -> None:
    """Each row's label names the row's first control for screen readers, also when
    the field is a container (a field with its error sentence under it, a row of
    controls): Qt reads a label's buddy only among the control's siblings, so a
    control inside a container is given the label's text as its name as well."""
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        text = label_item.widget() if label_item is not None else None
        if isinstance(text, QLabel) and text.text():
            control = _first_control(form.itemAt(row, QFormLayout.ItemRole.FieldRole))
            if control is None or control.accessibleName():
                continue
            text.setBuddy(control)
            if control.parentWidget() is not text.parentWidget():
                control.setAccessibleName(text.text().replace("&", ""))


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Tell a screen reader ``text`` now (a status change: link copied, room made, an
    error), as an ARIA live region does on a web page; polite waits for the reader to
    finish what it is saying, assertive interrupts it (errors)."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def card(parent: QWidget | None = None) -> QFrame:
    frame = QFrame(parent)
    frame.setObjectName("card")
    return frame


def label(text: str, name: str | None = None, *, wrap: bool = False) -> QLabel:
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    return widget


def field_error() -> QLabel:
    """The sentence under a form field saying what is wrong with it; hidden until set."""
    error = label("", "fieldError", wrap=True)
    error.hide()
    return error


def with_error(widget: QWidget, error: QLabel, *, spacing: int = 2) -> QWidget:
    """The field of one form row: ``widget`` with its ``error`` sentence under it."""
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    layout.addWidget(widget)
    layout.addWidget(error)
    return column


class Spinner(QWidget):
    """An indeterminate activity arc; runs only while visible and started."""

    def __init__(
        self, parent: QWidget | None = None, *, size: int = 18, on_accent: bool = False
    ) -> None:
        """``on_accent``: drawn over an accent-filled button (in its text colour); else in
        the accent. Both read from the palette in use when painting (style.colors)."""
        super().__init__(parent)
        self._angle = 0
        self._on_accent = on_accent
        self._color: QColor | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(40)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.setFixedSize(size, size)
        self._see_through = False  # clicks pass to what is below: set when first shown
        self.hide()

    def set_color(self, color: str | None) -> None:
        """A fixed colour, or None for the palette's."""
        self._color = None if color is None else QColor(color)

    def start(self) -> None:
        if not self._see_through:
            from PySide6.QtCore import Qt

            self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self._see_through = True
        self.show()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.hide()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def _on_timer_timeout(self) -> None:
        self._angle = (self._angle + 30) % 360
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QPainter, QPen

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = style.colors()
        color = self._color or QColor(colors.on_accent if self._on_accent else colors.accent_text)
        pen = QPen(color, 2.4)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        painter.drawArc(rect, -self._angle * 16, 270 * 16)


class BusyButton(QPushButton):
    """A push button that shows a spinner and another text while its work runs."""

    def __init__(self, text: str, parent: QWidget | None = None, *, role: str = "primary"):
        super().__init__(text, parent)
        self._idle_text = text
        style.init_role(self, role)
        self.spinner = Spinner(
            self, size=22 if role == "hero" else 16, on_accent=role in {"primary", "hero"}
        )

    @property
    def busy(self) -> bool:
        return self.spinner.running

    def set_idle_text(self, text: str) -> None:
        self._idle_text = text
        if not self.busy:
            self.setText(text)

    def set_busy(self, busy: bool, text: str | None = None) -> None:
        self.setEnabled(not busy)
        self.setText(text if busy and text else self._idle_text)
        if busy:
            self._place_spinner()
            self.spinner.start()
        else:
            self.spinner.stop()

    def _place_spinner(self) -> None:
        margin = (self.height() - self.spinner.height()) // 2
        self.spinner.move(max(12, margin + 4), margin)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_spinner()


class MessageBanner(QFrame):
    """One sentence, a "Details" expander and a close button; hidden until :meth:`show_error`."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy

        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.details_button = QToolButton()
        self.details_button.setText(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.toggled.connect(self._on_details_button_toggled)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Dismiss"))
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.clicked.connect(self._on_close_button_clicked)
        self.details_view = QPlainTextEdit()
        self.details_view.setReadOnly(True)
        self.details_view.setMaximumHeight(84)
        self.details_view.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.summary_label, 1)
        row.addWidget(self.details_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addLayout(row)
        layout.addWidget(self.details_view)
        self.hide()

    def show_error(self, error: UserError) -> None:
        self.summary_label.setText(error.summary)
        self.details_view.setPlainText(error.details)
        self.details_button.setVisible(bool(error.details))
        self.details_button.setChecked(False)
        self.show()
        announce(self, error.summary, assertive=True)

    def clear(self) -> None:
        self.hide()
        self.summary_label.clear()
        self.details_view.clear()

    def _on_details_button_toggled(self, shown: bool) -> None:
        from PySide6.QtCore import Qt

        self.details_view.setVisible(shown)
        self.details_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def _on_close_button_clicked(self) -> None:
        self.clear()
        self.dismissed.emit()


class Toast(QLabel):
    """A short confirmation floating at the bottom of its parent window, gone after a while."""

    def __init__(self, parent: QWidget) -> None:
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self.setObjectName("toast")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        parent.installEventFilter(self)
        self.hide()

    def show_message(self, text: str, msecs: int = 3500) -> None:
        self.setText(text)
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()
        self._timer.start(msecs)
        announce(self, text)

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        # Top centre, over the page margin: the bottom rows hold buttons.
        x = (parent.width() - self.width()) // 2
        self.move(max(8, x), 58)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False


class FlowLayout(QLayout):
    """Widgets in a row that wraps onto the next line when the row is too narrow (long
    labels in German or French), each at its own size hint; ``right`` ones go last,
    pushed to the right end of the last line. QLayout's own expandingDirections() is
    kept (overriding it would touch the Qt namespace in the first frame): give the
    layout no stretch beside a stretching neighbour."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._right = 0
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def add_right(self, widget: QWidget) -> None:
        self.addWidget(widget)
        self._right += 1

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in ``rect`` (or only measure); the height used."""
        visible = [item for item in self._items if not item.isEmpty()]
        split = len(visible) - min(self._right, len(visible))
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in visible:
            width = item.sizeHint().width()
            if lines[-1] and used + self._spacing + width > rect.width():
                lines.append([])
                used = 0
            used += width + (self._spacing if lines[-1] else 0)
            lines[-1].append(item)
        y = rect.y()
        for line in lines:
            height = max((item.sizeHint().height() for item in line), default=0)
            if move:
                x = rect.x()
                right = [item for item in line if visible.index(item) >= split]
                right_width = sum(i.sizeHint().width() + self._spacing for i in right)
                for item in line:
                    if item is (right[0] if right else None):
                        x = max(x, rect.right() + 1 - right_width + self._spacing)
                    hint = item.sizeHint()
                    item.setGeometry(QRect(QPoint(x, y), hint))
                    x += hint.width() + self._spacing
            y += height + self._spacing
        return y - rect.y() - self._spacing
