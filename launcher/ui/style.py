"""The app's look: the Fusion style, a palette and one style sheet on the QApplication,
following the system's light or dark scheme and its high-contrast setting.

Widgets pick their role through ``objectName`` or the ``role`` dynamic property
(``primary``, ``secondary``, ``link``, ``danger``) instead of carrying colours; code that
paints (the rooms list's status colours, spinners) asks :func:`colors` when it paints.
The system's choice reaches Qt as ``QStyleHints.colorScheme`` and
``QAccessibilityHints.contrastPreference`` (on Linux from the desktop portal's
``org.freedesktop.appearance`` settings); :func:`apply` follows their changes while
the app runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from launcher.resources import resource_path


@dataclass(frozen=True)
class Colors:
    """One palette of the app. ``accent`` fills buttons (``on_accent`` is their text);
    ``accent_text`` is the accent as text or a line on ``card``."""

    name: str
    window: str
    card: str
    text: str
    muted: str
    border: str
    input_border: str
    accent: str
    accent_hover: str
    accent_pressed: str
    accent_soft: str
    accent_text: str
    on_accent: str
    accent_disabled: str
    on_accent_disabled: str
    focus: str
    soft_hover: str
    hover: str
    hover_border: str
    pressed: str
    disabled_text: str
    disabled_bg: str
    alt_base: str
    item_line: str
    selection_bg: str
    selection_text: str
    scroll: str
    scroll_hover: str
    toast_bg: str
    toast_text: str
    placeholder: str
    success: str
    success_soft: str
    warning: str
    warning_soft: str
    danger: str
    danger_soft: str
    danger_border: str
    #: The ring around the focused big start button.
    hero_focus: str
    #: The drop-down arrow of combo boxes: Qt's own (dark) or one under resources/icons.
    arrow: str = ":/qt-project.org/styles/commonstyle/images/arrow-down-16.png"
    #: Lines around inputs, cards and buttons: 2 px in high contrast.
    line: int = 1


LIGHT = Colors(
    name="light",
    window="#f5f6fa",
    card="#ffffff",
    text="#1f2937",
    muted="#667080",
    border="#e3e6ee",
    input_border="#d5dae4",
    accent="#2563eb",
    accent_hover="#1d4ed8",
    accent_pressed="#1e40af",
    accent_soft="#e8efff",
    accent_text="#2260e6",
    on_accent="#ffffff",
    accent_disabled="#93b0f0",
    on_accent_disabled="#eef3ff",
    focus="#2563eb",
    soft_hover="#dbe6ff",
    hover="#f0f3f9",
    hover_border="#cfd5e2",
    pressed="#e6eaf2",
    disabled_text="#a0a6b2",
    disabled_bg="#f3f4f7",
    alt_base="#fafbfd",
    item_line="#f0f1f5",
    selection_bg="#e8efff",
    selection_text="#1f2937",
    scroll="#c9cfdb",
    scroll_hover="#aeb6c6",
    toast_bg="#111827",
    toast_text="#ffffff",
    placeholder="#9aa1ad",
    success="#15803d",
    success_soft="#e7f6ec",
    warning="#b45309",
    warning_soft="#fff6e0",
    danger="#b91c1c",
    danger_soft="#fdecec",
    danger_border="#f5c2c2",
    hero_focus="#a9c2fa",
)

DARK = Colors(
    name="dark",
    window="#16181d",
    card="#1f232b",
    text="#e8eaef",
    muted="#a3a9b6",
    border="#323846",
    input_border="#3d4452",
    accent="#2563eb",
    accent_hover="#1d4ed8",
    accent_pressed="#1e40af",
    accent_soft="#1e2a44",
    accent_text="#8fb3ff",
    on_accent="#ffffff",
    accent_disabled="#2b3c63",
    on_accent_disabled="#8b9bbd",
    focus="#8fb3ff",
    soft_hover="#26365a",
    hover="#2a2f3a",
    hover_border="#465066",
    pressed="#323846",
    disabled_text="#6f7685",
    disabled_bg="#1a1d23",
    alt_base="#1c2027",
    item_line="#282d37",
    selection_bg="#26365a",
    selection_text="#e8eaef",
    scroll="#3d4452",
    scroll_hover="#56607a",
    toast_bg="#e8eaef",
    toast_text="#16181d",
    placeholder="#7c8494",
    success="#5fd08a",
    success_soft="#15301f",
    warning="#f5b84a",
    warning_soft="#3a2e12",
    danger="#ff8a8a",
    danger_soft="#3b1a1d",
    danger_border="#7f2a30",
    hero_focus="#8fb3ff",
    arrow="arrow-down-light.svg",
)

#: High contrast on a light system: black on white, strong lines, no greys for text.
HIGH_CONTRAST = Colors(
    name="high-contrast",
    window="#ffffff",
    card="#ffffff",
    text="#000000",
    muted="#000000",
    border="#000000",
    input_border="#000000",
    accent="#0030b0",
    accent_hover="#002080",
    accent_pressed="#001a66",
    accent_soft="#ffffff",
    accent_text="#0030b0",
    on_accent="#ffffff",
    accent_disabled="#595959",
    on_accent_disabled="#ffffff",
    focus="#0030b0",
    soft_hover="#e6ecff",
    hover="#e6ecff",
    hover_border="#000000",
    pressed="#ccd7ff",
    disabled_text="#595959",
    disabled_bg="#ffffff",
    alt_base="#ffffff",
    item_line="#000000",
    selection_bg="#0030b0",
    selection_text="#ffffff",
    scroll="#000000",
    scroll_hover="#0030b0",
    toast_bg="#000000",
    toast_text="#ffffff",
    placeholder="#3d3d3d",
    success="#00661f",
    success_soft="#ffffff",
    warning="#7a3300",
    warning_soft="#ffffff",
    danger="#a30000",
    danger_soft="#ffffff",
    danger_border="#a30000",
    hero_focus="#000000",
    line=2,
)

#: High contrast on a dark system: white and yellow on black.
HIGH_CONTRAST_DARK = Colors(
    name="high-contrast-dark",
    window="#000000",
    card="#000000",
    text="#ffffff",
    muted="#ffffff",
    border="#ffffff",
    input_border="#ffffff",
    accent="#ffe14d",
    accent_hover="#fff08a",
    accent_pressed="#e6c700",
    accent_soft="#000000",
    accent_text="#ffe14d",
    on_accent="#000000",
    accent_disabled="#8c8c8c",
    on_accent_disabled="#000000",
    focus="#ffe14d",
    soft_hover="#262626",
    hover="#262626",
    hover_border="#ffe14d",
    pressed="#3d3d3d",
    disabled_text="#a6a6a6",
    disabled_bg="#000000",
    alt_base="#000000",
    item_line="#ffffff",
    selection_bg="#ffe14d",
    selection_text="#000000",
    scroll="#ffffff",
    scroll_hover="#ffe14d",
    toast_bg="#ffffff",
    toast_text="#000000",
    placeholder="#c8c8c8",
    success="#7dff9b",
    success_soft="#000000",
    warning="#ffc266",
    warning_soft="#000000",
    danger="#ff9c9c",
    danger_soft="#000000",
    danger_border="#ff9c9c",
    hero_focus="#ffffff",
    arrow="arrow-down-light.svg",
    line=2,
)

PALETTES = (LIGHT, DARK, HIGH_CONTRAST, HIGH_CONTRAST_DARK)

_current = LIGHT


def colors() -> Colors:
    """The palette in use now (the one :func:`apply` chose last)."""
    return _current


def choose(dark: bool, high_contrast: bool) -> Colors:
    """The palette for the system's scheme and contrast setting."""
    if high_contrast:
        return HIGH_CONTRAST_DARK if dark else HIGH_CONTRAST
    return DARK if dark else LIGHT


def style_sheet(c: Colors) -> str:
    """The application's style sheet in palette ``c``."""
    w = c.line
    arrow = c.arrow if c.arrow.startswith(":") else resource_path("icons", c.arrow).as_posix()
    return f"""
QWidget {{ color: {c.text}; }}
QWidget:disabled {{ color: {c.disabled_text}; }}
QMainWindow, QDialog {{ background: {c.window}; }}
QFrame#card {{ background: {c.card}; border: {w}px solid {c.border}; border-radius: 14px; }}
QFrame#header {{ background: {c.card}; border-bottom: {w}px solid {c.border}; }}
QLabel#appTitle {{ font-size: 17px; font-weight: 600; }}
QLabel#cardTitle {{ font-size: 16px; font-weight: 600; }}
QLabel#heroTitle {{ font-size: 22px; font-weight: 700; }}
QLabel#muted, QLabel[role="muted"] {{ color: {c.muted}; }}
QLabel#link {{ color: {c.accent_text}; font-size: 15px; font-weight: 600; }}
QLabel#fieldError {{ color: {c.danger}; font-size: 12px; }}
QLabel#notice {{ background: {c.warning_soft}; border-radius: 8px; padding: 8px 10px; }}
QLabel#copied {{ color: {c.success}; font-weight: 600; }}
QLabel#toast {{
    background: {c.toast_bg}; color: {c.toast_text}; border-radius: 10px; padding: 10px 18px;
    font-weight: 600;
}}
QLabel#chip {{ border-radius: 9px; padding: 2px 8px; font-size: 12px; }}
QLabel#defaultChip {{
    border-radius: 9px; padding: 2px 8px; font-size: 12px;
    background: {c.accent_soft}; color: {c.accent_text}; font-weight: 600;
    border: {w - 1}px solid {c.accent_text};
}}
QFrame#reachNote {{
    background: {c.warning_soft}; border-radius: 8px; border: {w - 1}px solid {c.warning};
}}

QPushButton {{
    background: {c.card}; border: {w}px solid {c.border}; border-radius: 9px;
    padding: 7px 14px; font-weight: 500;
}}
QPushButton:hover {{ background: {c.hover}; border-color: {c.hover_border}; }}
QPushButton:pressed {{ background: {c.pressed}; }}
QPushButton:disabled {{ color: {c.disabled_text}; background: {c.disabled_bg}; }}
QPushButton:focus {{ border-color: {c.focus}; }}
QPushButton[role="primary"] {{
    background: {c.accent}; color: {c.on_accent}; border: none; font-weight: 600;
}}
QPushButton[role="primary"]:hover {{ background: {c.accent_hover}; }}
QPushButton[role="primary"]:pressed {{ background: {c.accent_pressed}; }}
QPushButton[role="primary"]:focus {{ border: {w}px solid {c.focus}; }}
QPushButton[role="primary"]:disabled {{
    background: {c.accent_disabled}; color: {c.on_accent_disabled};
}}
QPushButton[role="hero"] {{
    background: {c.accent}; color: {c.on_accent}; border: none; border-radius: 14px;
    font-size: 19px; font-weight: 700; padding: 20px 24px;
}}
QPushButton[role="hero"]:hover {{ background: {c.accent_hover}; }}
QPushButton[role="hero"]:pressed {{ background: {c.accent_pressed}; }}
QPushButton[role="hero"]:focus {{ border: 3px solid {c.hero_focus}; }}
QPushButton[role="hero"]:disabled {{
    background: {c.accent_disabled}; color: {c.on_accent_disabled};
}}
QPushButton[role="soft"] {{
    background: {c.accent_soft}; color: {c.accent_text}; font-weight: 600;
    border: {w - 1}px solid {c.accent_text};
}}
QPushButton[role="soft"]:hover {{ background: {c.soft_hover}; }}
QPushButton[role="soft"]:focus {{ border: {w}px solid {c.focus}; }}
QPushButton[role="choice"]:checked {{
    background: {c.accent_soft}; border-color: {c.accent_text}; color: {c.accent_text};
}}
QToolButton {{ border: none; border-radius: 8px; padding: 6px; }}
QToolButton:hover {{ background: {c.hover}; }}
QToolButton:focus {{ border: {w}px solid {c.focus}; }}

QLineEdit, QComboBox, QDateTimeEdit, QPlainTextEdit {{
    background: {c.card}; border: {w}px solid {c.input_border}; border-radius: 8px;
    padding: 6px 8px; selection-background-color: {c.accent}; selection-color: {c.on_accent};
}}
QLineEdit[readOnly="true"] {{ background: {c.disabled_bg}; color: {c.muted}; }}
QLineEdit#guestLink {{
    font-size: 14px; font-weight: 600; color: {c.accent_text}; padding: 8px 10px;
    background: {c.accent_soft};
}}
QLineEdit:focus, QComboBox:focus, QDateTimeEdit:focus, QPlainTextEdit:focus {{
    border-color: {c.focus};
}}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QDateTimeEdit[invalid="true"] {{
    border-color: {c.danger}; background: {c.danger_soft};
}}
QComboBox::drop-down, QDateTimeEdit::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 26px; border: none;
}}
QComboBox::down-arrow, QDateTimeEdit::down-arrow {{
    image: url({arrow});
    width: 10px; height: 10px;
}}
QComboBox QAbstractItemView {{
    background: {c.card}; color: {c.text}; selection-background-color: {c.selection_bg};
    selection-color: {c.selection_text};
}}
QToolButton::menu-indicator {{ image: none; width: 0; }}
QGroupBox {{
    border: {w}px solid {c.border}; border-radius: 10px; margin-top: 14px;
    padding: 12px 10px 8px; background: {c.card};
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 12px; padding: 0 4px; font-weight: 600; }}

QTableView, QListWidget {{
    background: {c.card}; border: none; gridline-color: transparent;
    selection-background-color: {c.selection_bg}; selection-color: {c.selection_text};
    alternate-background-color: {c.alt_base};
}}
QTableView::item {{ padding: 6px 8px; border-bottom: 1px solid {c.item_line}; }}
QListWidget#themeList::item:selected {{
    background: {c.selection_bg}; color: {c.selection_text};
    border: {w}px solid {c.accent_text}; border-radius: 8px;
}}
QHeaderView::section {{
    background: {c.card}; color: {c.muted}; border: none;
    border-bottom: {w}px solid {c.border}; padding: 6px 8px; font-weight: 600;
}}
QScrollArea#leftColumn, QScrollArea#leftColumn > QWidget > QWidget {{ background: transparent; }}
QFrame#errorBanner {{
    background: {c.danger_soft}; border: {w}px solid {c.danger_border}; border-radius: 10px;
}}
QFrame#errorBanner QLabel {{ color: {c.danger}; }}
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px; }}
QScrollBar::handle:vertical {{ background: {c.scroll}; border-radius: 3px; min-height: 30px; }}
QScrollBar::handle:vertical:hover {{ background: {c.scroll_hover}; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: transparent; }}
QMenu {{
    background: {c.card}; border: {w}px solid {c.border}; border-radius: 8px; padding: 4px;
}}
QMenu::item {{ padding: 6px 20px; border-radius: 6px; }}
QMenu::item:selected {{ background: {c.selection_bg}; color: {c.selection_text}; }}
QToolTip {{
    background: {c.toast_bg}; color: {c.toast_text}; border: {w - 1}px solid {c.text};
}}
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


def palette_of(c: Colors) -> QPalette:
    """The QPalette matching ``c``: what the style sheet does not reach (Fusion's own
    drawing, standard dialogs, tooltips, text cursors) in the same colours."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, value in (
        (roles.Window, c.window),
        (roles.Base, c.card),
        (roles.AlternateBase, c.alt_base),
        (roles.Text, c.text),
        (roles.WindowText, c.text),
        (roles.ButtonText, c.text),
        (roles.Button, c.card),
        (roles.Highlight, c.accent),
        (roles.HighlightedText, c.on_accent),
        (roles.PlaceholderText, c.placeholder),
        (roles.ToolTipBase, c.toast_bg),
        (roles.ToolTipText, c.toast_text),
        (roles.Link, c.accent_text),
        (roles.Mid, c.border),
        (roles.Midlight, c.hover),
        (roles.Dark, c.scroll_hover),
        (roles.Light, c.card),
        (roles.Shadow, c.text),
    ):
        palette.setColor(role, QColor(value))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.disabled_text))
    return palette


#: What the system asks for: dark or light, high contrast or not. Set from Qt after the
#: first frame, from the desktop portal on Linux (Qt may not know the value a desktop
#: had at start), and from Qt's change signals, each of which says one of the two.
_system = {"dark": False, "high_contrast": False}


def _heard(
    app: QApplication, *, dark: bool | None = None, high_contrast: bool | None = None
) -> None:
    if dark is not None:
        _system["dark"] = dark
    if high_contrast is not None:
        _system["high_contrast"] = high_contrast
    chosen = choose(_system["dark"], _system["high_contrast"])
    if chosen is not _current or app.property("launcher_palette") != chosen.name:
        use(app, chosen)


def use(app: QApplication, c: Colors) -> None:
    """Put palette ``c`` on ``app`` now (every open window follows)."""
    global _current
    _current = c
    app.setProperty("launcher_palette", c.name)
    app.setPalette(palette_of(c))
    app.setStyleSheet(style_sheet(c))


def follow_system(app: QApplication) -> None:
    """Take the palette the system asks for, as Qt knows it (after the first frame)."""
    from PySide6.QtCore import Qt

    hints = app.styleHints()
    _heard(
        app,
        dark=hints.colorScheme() == Qt.ColorScheme.Dark,
        high_contrast=(
            hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
        ),
    )


def desktop_said(app: QApplication, dark: bool | None, high_contrast: bool | None) -> None:
    """What the desktop portal answered (launcher.core.appearance); None: not said."""
    _heard(app, dark=dark, high_contrast=high_contrast)


def _on_scheme_changed(app: QApplication, scheme: Any) -> None:
    from PySide6.QtCore import Qt

    _heard(app, dark=scheme == Qt.ColorScheme.Dark)


def _on_contrast_changed(app: QApplication, contrast: Any) -> None:
    from PySide6.QtCore import Qt

    _heard(app, high_contrast=contrast == Qt.ContrastPreference.HighContrast)


def apply(app: QApplication) -> None:
    """Fusion style (the same on every platform), the palette in use and the sheet, and
    from now on following the system's changes. Idempotent.

    Which palette the system wants is asked by :func:`follow_system` after the first
    frame (MainWindow.finish_start_up): asking Qt for it makes PySide6 build its whole
    ``Qt`` namespace, some 15 ms the first frame does without."""
    if app.property("launcher_styled"):
        return
    app.setProperty("launcher_styled", True)
    if not app.property("launcher_fusion"):
        app.setStyle("Fusion")
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    use(app, _current)
    hints = app.styleHints()
    hints.colorSchemeChanged.connect(lambda scheme: _on_scheme_changed(app, scheme))
    hints.accessibility().contrastPreferenceChanged.connect(
        lambda contrast: _on_contrast_changed(app, contrast)
    )


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
