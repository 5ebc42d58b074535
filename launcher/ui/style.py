"""The app's look: one light palette and one style sheet, applied once to the QApplication.

Widgets pick their role through ``objectName`` or the ``role`` dynamic property
(``primary``, ``secondary``, ``link``, ``danger``) instead of carrying colours.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

ACCENT = "#2563eb"
ACCENT_HOVER = "#1d4ed8"
ACCENT_PRESSED = "#1e40af"
ACCENT_SOFT = "#e8efff"
TEXT = "#1f2937"
MUTED = "#6b7280"
BORDER = "#e3e6ee"
WINDOW = "#f5f6fa"
CARD = "#ffffff"
SUCCESS = "#15803d"
SUCCESS_SOFT = "#e7f6ec"
WARNING = "#b45309"
DANGER = "#b91c1c"
DANGER_SOFT = "#fdecec"
WARNING_SOFT = "#fff6e0"

STYLE_SHEET = f"""
QWidget {{ color: {TEXT}; }}
QWidget:disabled {{ color: #a0a6b2; }}
QMainWindow, QDialog {{ background: {WINDOW}; }}
QFrame#card {{ background: {CARD}; border: 1px solid {BORDER}; border-radius: 14px; }}
QFrame#header {{ background: {CARD}; border-bottom: 1px solid {BORDER}; }}
QLabel#appTitle {{ font-size: 17px; font-weight: 600; }}
QLabel#cardTitle {{ font-size: 16px; font-weight: 600; }}
QLabel#heroTitle {{ font-size: 22px; font-weight: 700; }}
QLabel#muted, QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel#link {{ color: {ACCENT}; font-size: 15px; font-weight: 600; }}
QLabel#fieldError {{ color: {DANGER}; font-size: 12px; }}
QLabel#notice {{ background: {WARNING_SOFT}; border-radius: 8px; padding: 8px 10px; }}
QLabel#copied {{ color: {SUCCESS}; font-weight: 600; }}
QLabel#toast {{
    background: #111827; color: white; border-radius: 10px; padding: 10px 18px;
    font-weight: 600;
}}
QLabel#chip {{ border-radius: 9px; padding: 2px 8px; font-size: 12px; }}

QPushButton {{
    background: {CARD}; border: 1px solid {BORDER}; border-radius: 9px;
    padding: 7px 14px; font-weight: 500;
}}
QPushButton:hover {{ background: #f0f3f9; border-color: #cfd5e2; }}
QPushButton:pressed {{ background: #e6eaf2; }}
QPushButton:disabled {{ color: #a0a6b2; background: #f3f4f7; }}
QPushButton:focus {{ border-color: {ACCENT}; }}
QPushButton[role="primary"] {{
    background: {ACCENT}; color: white; border: none; font-weight: 600;
}}
QPushButton[role="primary"]:hover {{ background: {ACCENT_HOVER}; }}
QPushButton[role="primary"]:pressed {{ background: {ACCENT_PRESSED}; }}
QPushButton[role="primary"]:disabled {{ background: #93b0f0; color: #eef3ff; }}
QPushButton[role="hero"] {{
    background: {ACCENT}; color: white; border: none; border-radius: 14px;
    font-size: 19px; font-weight: 700; padding: 20px 24px;
}}
QPushButton[role="hero"]:hover {{ background: {ACCENT_HOVER}; }}
QPushButton[role="hero"]:pressed {{ background: {ACCENT_PRESSED}; }}
QPushButton[role="hero"]:focus {{ border: 3px solid #a9c2fa; }}
QPushButton[role="hero"]:disabled {{ background: #6f93e6; color: #eef3ff; }}
QPushButton[role="soft"] {{
    background: {ACCENT_SOFT}; color: {ACCENT_PRESSED}; border: none; font-weight: 600;
}}
QPushButton[role="soft"]:hover {{ background: #dbe6ff; }}
QToolButton {{ border: none; border-radius: 8px; padding: 6px; }}
QToolButton:hover {{ background: #eceff5; }}

QLineEdit, QComboBox, QDateTimeEdit, QPlainTextEdit {{
    background: {CARD}; border: 1px solid #d5dae4; border-radius: 8px; padding: 6px 8px;
    selection-background-color: {ACCENT};
}}
QLineEdit[readOnly="true"] {{ background: #f3f4f7; color: {MUTED}; }}
QLineEdit:focus, QComboBox:focus, QDateTimeEdit:focus, QPlainTextEdit:focus {{
    border-color: {ACCENT};
}}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QDateTimeEdit[invalid="true"] {{
    border-color: {DANGER}; background: {DANGER_SOFT};
}}
QComboBox::drop-down, QDateTimeEdit::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 26px; border: none;
}}
QComboBox::down-arrow, QDateTimeEdit::down-arrow {{
    image: url(:/qt-project.org/styles/commonstyle/images/arrow-down-16.png);
    width: 10px; height: 10px;
}}
QToolButton::menu-indicator {{ image: none; width: 0; }}
QGroupBox {{
    border: 1px solid {BORDER}; border-radius: 10px; margin-top: 14px; padding: 12px 10px 8px;
    background: {CARD};
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 12px; padding: 0 4px; font-weight: 600; }}

QTableView {{
    background: {CARD}; border: none; gridline-color: transparent;
    selection-background-color: {ACCENT_SOFT}; selection-color: {TEXT};
    alternate-background-color: #fafbfd;
}}
QTableView::item {{ padding: 6px 8px; border-bottom: 1px solid #f0f1f5; }}
QHeaderView::section {{
    background: {CARD}; color: {MUTED}; border: none; border-bottom: 1px solid {BORDER};
    padding: 6px 8px; font-weight: 600;
}}
QScrollArea#leftColumn, QScrollArea#leftColumn > QWidget > QWidget {{ background: transparent; }}
QFrame#errorBanner {{ background: {DANGER_SOFT}; border: 1px solid #f5c2c2; border-radius: 10px; }}
QFrame#errorBanner QLabel {{ color: {DANGER}; }}
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px; }}
QScrollBar::handle:vertical {{ background: #c9cfdb; border-radius: 3px; min-height: 30px; }}
QScrollBar::handle:vertical:hover {{ background: #aeb6c6; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: transparent; }}
QMenu {{ background: {CARD}; border: 1px solid {BORDER}; border-radius: 8px; padding: 4px; }}
QMenu::item {{ padding: 6px 20px; border-radius: 6px; }}
QMenu::item:selected {{ background: {ACCENT_SOFT}; color: {TEXT}; }}
"""


def create_application(
    argv: list[str], application_class: type[QApplication] = QApplication
) -> QApplication:
    """The QApplication (of ``application_class``), in the Fusion style from the start.

    Through ``-style Fusion`` rather than ``setStyle``: that one hands back a
    QStyle, whose Python type costs tens of milliseconds to set up at start-up.
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = application_class([*argv, "-style", "Fusion"])
    app.setProperty("launcher_fusion", True)
    return app


def apply(app: QApplication) -> None:
    """Fusion style (the same on every platform), a light palette and the sheet. Idempotent."""
    if app.property("launcher_styled"):
        return
    app.setProperty("launcher_styled", True)
    if not app.property("launcher_fusion"):
        app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(WINDOW))
    palette.setColor(QPalette.ColorRole.Base, QColor(CARD))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#fafbfd"))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Button, QColor(CARD))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9aa1ad"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#111827"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor("#ffffff"))
    app.setPalette(palette)
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)


def set_role(widget: QWidget, role: str) -> None:
    """Give ``widget`` a style role (``primary``, ``hero``, ``soft``...)."""
    widget.setProperty("role", role)
    _repolish(widget)


def init_role(widget: QWidget, role: str) -> None:
    """:func:`set_role` for a widget being built, not shown yet: nothing to re-polish.

    Cheaper on the start-up path: asking whether a widget was polished makes PySide6
    build its whole ``Qt`` namespace (every ``Qt.*`` enum, some 20 ms).
    """
    widget.setProperty("role", role)


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark an input as holding a wrong value (red border) or not."""
    widget.setProperty("invalid", "true" if invalid else "false")
    _repolish(widget)


def _repolish(widget: QWidget) -> None:
    # A dynamic property change shows only after a re-polish; a widget not yet
    # polished (being built) picks it up when first shown, for free.
    from PySide6.QtCore import Qt

    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        widget.style().unpolish(widget)
        widget.style().polish(widget)
