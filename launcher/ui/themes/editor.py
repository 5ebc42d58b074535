"""Create or edit a theme: name, main colour, brand text, short company URL, three images.

Everything is checked as the person types or picks a file, with the API's own
rules (:mod:`launcher.core.themes`): each failed image rule is named, the text
contrast on the main colour is measured against WCAG AA, and the short company
URL shows the guest links it will make. Saving runs off the GUI thread: the
theme is created (or its changed fields sent), then the chosen images go
through the three-step upload with a progress bar. When the theme was saved but
its images were refused, the dialog stays open on the saved theme, so trying
again never makes a second theme.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from launcher.core import themes as rules
from launcher.tasks import CancelToken, Progress, Task
from launcher.ui import style
from launcher.ui.context import AppContext
from launcher.ui.errors import describe_theme_error
from launcher.ui.i18n import themes
from launcher.ui.themes.common import contrast_notes
from launcher.ui.themes.images import ImageField, PendingImage, image_problem_text, kind_title
from launcher.ui.themes.preview import PreviewTheme, ThemePreview
from launcher.ui.widgets import (
    BusyButton,
    MessageBanner,
    field_error,
    label,
    label_fields,
    with_error,
)

log = logging.getLogger(__name__)

DEFAULT_NEW_COLOR = "#14213d"


class PartlySaved(Exception):
    """The theme was saved but a later step (the images) failed."""

    def __init__(self, theme: Any, error: BaseException) -> None:
        super().__init__(str(error))
        self.theme = theme
        self.error = error


class ThemeDialog(QDialog):
    """Create (``theme`` None) or edit a theme; ``theme_saved(theme)`` after a save."""

    theme_saved = Signal(object)

    def __init__(
        self, context: AppContext, theme: Any | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.theme = theme
        self.images: dict[str, PendingImage] = {}
        self._save_task: Task | None = None
        self._progress = Progress(self)
        self._progress.advanced.connect(self._on_progress_advanced)
        account = context.account()
        self.meeting_origin = str(getattr(account, "meeting_origin", "") or "")
        self.setWindowTitle(themes.tr("New theme") if theme is None else themes.tr("Edit theme"))
        self.setMinimumWidth(980)
        self._build(account)
        self._fill()
        self._on_inputs_changed()
        self.preview.show_theme(self.preview_theme())  # at once; typing updates it after a pause

    # -- layout -----------------------------------------------------------------------

    def _build(self, account: Any) -> None:
        self.banner = MessageBanner()
        self.errors: dict[str, QLabel] = {}
        columns = QGridLayout()
        columns.setHorizontalSpacing(20)
        columns.addWidget(self._build_form(), 0, 0)
        columns.addLayout(self._build_preview(account), 0, 1)
        columns.setColumnStretch(0, 5)
        columns.setColumnStretch(1, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        layout.addLayout(self._build_buttons())

        for edit in (self.name_edit, self.brand_edit, self.short_url_edit, self.color_edit):
            edit.textChanged.connect(self._on_inputs_changed)

    def _build_form(self) -> QScrollArea:
        """Name, colour, brand text, short URL and the three images, scrolling."""
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(rules.MAX_THEME_NAME)
        self.name_edit.setPlaceholderText(
            themes.tr("e.g. Acme spring campaign (default: the brand text)")
        )
        self.color_button = QPushButton()
        self.color_button.setFixedSize(44, 30)
        self.color_button.setToolTip(themes.tr("Pick a colour"))
        self.color_button.setAccessibleName(themes.tr("Pick a colour"))
        self.color_button.clicked.connect(self.open_color_picker)
        self.color_edit = QLineEdit()
        self.color_edit.setMaxLength(7)
        self.color_edit.setPlaceholderText("#RRGGBB")
        self.color_edit.setFixedWidth(110)
        self.color_edit.setAccessibleName(themes.tr("Main colour"))
        self.brand_edit = QLineEdit()
        self.brand_edit.setMaxLength(rules.MAX_BRAND_TEXT)
        self.brand_edit.setPlaceholderText(themes.tr("Shown next to the logo, e.g. Acme Travel"))
        self.short_url_edit = QLineEdit()
        self.short_url_edit.setMaxLength(rules.MAX_SHORT_URL)
        self.short_url_edit.setPlaceholderText(themes.tr("optional, e.g. acme"))
        self.link_label = label("", "muted", wrap=True)
        self.link_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contrast_label = label("", "notice", wrap=True)
        self.contrast_label.hide()

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(themes.tr("Name"), self._with_error("theme_name", self.name_edit))
        form.addRow(themes.tr("Main colour"), self._with_error("main_color", self._color_box()))
        form.addRow(themes.tr("Brand text"), self._with_error("brand_text", self.brand_edit))
        short = self._with_error("short_company_url", self.short_url_edit)
        short.layout().addWidget(self.link_label)  # type: ignore[union-attr]
        form.addRow(themes.tr("Short company URL"), short)
        label_fields(form)

        form_box = QWidget()
        left = QVBoxLayout(form_box)
        left.setContentsMargins(0, 0, 16, 0)
        left.addLayout(form)
        # Below the form, not in it: a wrapped label in a form row got too little height.
        left.addWidget(self.contrast_label)
        left.addSpacing(8)
        left.addLayout(self._build_images())
        left.addStretch(1)
        # Scrolls rather than squeezing the fields when notes and image problems show.
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidget(form_box)
        self.form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setMinimumWidth(490)
        return self.form_scroll

    def _color_box(self) -> QWidget:
        """The colour button and the hex field, side by side."""
        color_row = QHBoxLayout()
        color_row.setContentsMargins(0, 0, 0, 0)
        color_row.addWidget(self.color_button)
        color_row.addWidget(self.color_edit)
        color_row.addStretch(1)
        color_box = QWidget()
        color_box.setLayout(color_row)
        return color_box

    def _build_images(self) -> QVBoxLayout:
        """One field per image (coloured logo, white logo, favicon) and a note."""
        self.image_fields: dict[str, ImageField] = {}
        images = QVBoxLayout()
        images.setSpacing(4)
        images.addWidget(label(themes.tr("Images"), "cardTitle"))
        for kind, key in (
            ("colored", getattr(self.theme, "brand_image_colored", None)),
            ("white", getattr(self.theme, "brand_image_white", None)),
            ("favicon", getattr(self.theme, "branded_favicon", None)),
        ):
            field = ImageField(kind, key)
            field.choose_requested.connect(self.choose_image)
            field.cleared.connect(self.clear_image)
            self.image_fields[kind] = field
            images.addWidget(field)
        self.images_note = label(
            themes.tr("New images show in the preview once the theme is saved."), "muted", wrap=True
        )
        self.images_note.hide()
        images.addWidget(self.images_note)
        return images

    def _build_preview(self, account: Any) -> QVBoxLayout:
        """The meeting page as guests will see it, following the form."""
        self.preview = ThemePreview(
            meeting_origin=self.meeting_origin or None, ca_file=getattr(account, "ca_file", None)
        )
        self.preview.setMinimumSize(440, 280)
        self.preview.rendered.connect(lambda _mode: self._update_save())
        right = QVBoxLayout()
        right.addWidget(label(themes.tr("What guests will see"), "muted"))
        right.addWidget(self.preview, 1)
        return right

    def _build_buttons(self) -> QHBoxLayout:
        """The upload progress, Cancel and Save."""
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.progress_label = label("", "muted")
        self.progress_label.hide()
        self.save_button = BusyButton(
            themes.tr("Create theme") if self.theme is None else themes.tr("Save")
        )
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(themes.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress_label)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        return buttons

    def _with_error(self, field: str, widget: QWidget) -> QWidget:
        error = self.errors[field] = field_error()
        return with_error(widget, error)

    def _fill(self) -> None:
        theme = self.theme
        if theme is None:
            self.color_edit.setText(DEFAULT_NEW_COLOR)
            return
        self.name_edit.setText(theme.theme_name or "")
        self.color_edit.setText(rules.normalize_color(theme.main_color or "") or DEFAULT_NEW_COLOR)
        self.brand_edit.setText(theme.brand_text or "")
        self.short_url_edit.setText(theme.short_company_url or "")

    # -- live checks ------------------------------------------------------------------

    def main_color(self) -> str | None:
        return rules.normalize_color(self.color_edit.text())

    def _set_error(self, field: str, text: str | None) -> None:
        error = self.errors[field]
        error.setText(text or "")
        error.setVisible(bool(text))

    def _on_inputs_changed(self) -> None:
        color = self.main_color()
        self._set_error(
            "main_color",
            None
            if color
            else themes.tr("Type a colour like #14213D, or pick one with the button."),
        )
        style.set_invalid(self.color_edit, color is None)
        self.color_button.setStyleSheet(
            f"background: {color or '#ffffff'}; border: 1px solid #c5cbd8; border-radius: 6px;"
        )
        notes = contrast_notes(color) if color is not None else []
        self.contrast_label.setText("\n".join(notes))
        self.contrast_label.setVisible(bool(notes))
        short = self.short_url_edit.text().strip()
        problem = rules.short_url_problem(short)
        self._set_error("short_company_url", _short_url_text(problem))
        style.set_invalid(self.short_url_edit, problem is not None)
        link = rules.example_guest_link(self.meeting_origin, short if not problem else None)
        self.link_label.setText(themes.tr("Guest links will look like {link}").format(link=link))
        self._set_error(
            "brand_text",
            None if self.brand_edit.text().strip() else themes.tr("Brand text is required."),
        )
        self._set_error("theme_name", None)
        self.preview.show_theme(self.preview_theme(), immediately=False)
        self._update_save()

    def preview_theme(self) -> PreviewTheme:
        """The preview of what is in the form (saved logos until new ones are uploaded)."""
        chosen = self.images.get("colored") or self.images.get("white")
        return PreviewTheme(
            main_color=self.main_color() or DEFAULT_NEW_COLOR,
            brand_text=self.brand_edit.text().strip(),
            brand_image_white=getattr(self.theme, "brand_image_white", None),
            brand_image_colored=getattr(self.theme, "brand_image_colored", None),
            branded_favicon=getattr(self.theme, "branded_favicon", None),
            room_name=themes.tr("Weekly team meeting"),
            logo=chosen.data if chosen is not None and chosen.check.ok else None,
        )

    def problems(self) -> list[str]:
        """What keeps the form from being saved (empty when it can be)."""
        found = []
        if self.main_color() is None:
            found.append("main_color")
        if not self.brand_edit.text().strip():
            found.append("brand_text")
        if rules.short_url_problem(self.short_url_edit.text().strip()):
            found.append("short_company_url")
        found.extend(f"image:{kind}" for kind, image in self.images.items() if not image.check.ok)
        return found

    def _update_save(self) -> None:
        self.save_button.setEnabled(not self.problems() and not self.save_button.busy)
        # The web preview shows logos from the server: new files appear once uploaded.
        self.images_note.setVisible(bool(self.images) and self.preview.mode == "web")

    # -- colour -----------------------------------------------------------------------

    def open_color_picker(self) -> QColorDialog:
        """The colour picker, live: the form follows while a colour is being chosen."""
        before = self.color_edit.text()
        picker = QColorDialog(QColor(self.main_color() or DEFAULT_NEW_COLOR), self)
        picker.setWindowTitle(themes.tr("Main colour"))
        picker.currentColorChanged.connect(lambda color: self.color_edit.setText(color.name()))
        picker.colorSelected.connect(lambda color: self.color_edit.setText(color.name()))
        picker.rejected.connect(lambda: self.color_edit.setText(before))
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.color_picker = picker
        picker.open()
        return picker

    # -- images -----------------------------------------------------------------------

    def choose_image(self, kind: str) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            kind_title(kind),
            str(Path.home()),
            themes.tr("PNG images (*.png);;All files (*)"),
        )
        if path:
            self.set_image_file(kind, Path(path))

    def set_image_file(self, kind: str, path: Path) -> Task:
        """Read and check ``path`` off the GUI thread, then show it in its field."""
        return self.context.runner.submit(
            lambda _token: rules.check_image_file(path, kind),
            on_done=lambda result: self._on_image_checked(kind, path, *result),
            on_error=self._on_image_failed,
            owner=self,
            key=f"theme-image-{kind}-{id(self)}",
        )

    def _on_image_checked(self, kind: str, path: Path, data: bytes, check: Any) -> None:
        self.images[kind] = PendingImage(path, data, check)
        self.image_fields[kind].show_pending(self.images[kind])
        self.preview.show_theme(self.preview_theme(), immediately=False)
        self._update_save()

    def _on_image_failed(self, error: BaseException) -> None:
        self.banner.show_error(describe_theme_error(error))

    def clear_image(self, kind: str) -> None:
        self.images.pop(kind, None)
        self.image_fields[kind].show_pending(None)
        self.preview.show_theme(self.preview_theme(), immediately=False)
        self._update_save()

    # -- saving -----------------------------------------------------------------------

    def save(self) -> None:
        if self.problems() or self._save_task is not None:
            return
        self.banner.clear()
        name = self.name_edit.text().strip()
        color = self.main_color()
        assert color is not None
        brand = self.brand_edit.text().strip()
        short = self.short_url_edit.text().strip() or None
        theme = self.theme
        images = {kind: image.data for kind, image in self.images.items()}
        progress = self._progress

        def work(client: Any, token: CancelToken) -> Any:
            if theme is None:
                # Without a name the API would pick a uuid: the brand text reads better.
                saved = client.create_theme(
                    color, brand, theme_name=name or brand, short_company_url=short
                )
            else:
                changes = _changes(theme, name, color, brand, short)
                saved = client.update_theme(theme.theme_id, changes) if changes else theme
            if not images:
                return saved
            token.raise_if_cancelled()
            try:
                return client.upload_logos(
                    saved.theme_id,
                    colored=images.get("colored"),
                    white=images.get("white"),
                    favicon=images.get("favicon"),
                    progress=progress.report,
                )
            except Exception as exc:
                raise PartlySaved(saved, exc) from exc

        self.save_button.set_busy(True, themes.tr("Saving…"))
        if images:
            self.progress.setValue(0)
            self.progress.show()
            self.progress_label.setText(themes.tr("Uploading images…"))
            self.progress_label.show()
        self._save_task = self.context.call(
            work,
            on_done=self._on_saved,
            on_error=self._on_save_failed,
            on_settled=self._on_save_settled,
            owner=self,
        )

    def _on_progress_advanced(self, sent: int, total: int) -> None:
        self.progress.setValue(int(100 * sent / total) if total else 100)

    def _on_save_settled(self) -> None:
        self._save_task = None
        self.save_button.set_busy(False)
        self.progress.hide()
        self.progress_label.hide()
        self._update_save()

    def _on_saved(self, theme: Any) -> None:
        self.theme = theme
        self.theme_saved.emit(theme)
        self.accept()

    def _on_save_failed(self, error: BaseException) -> None:
        if isinstance(error, PartlySaved):
            # The theme exists now: the next Save edits it and retries the images.
            self.theme = error.theme
            self.setWindowTitle(themes.tr("Edit theme"))
            self.save_button.set_idle_text(themes.tr("Save"))
            for kind, field in self.image_fields.items():
                field.current_key = getattr(error.theme, _KEY_OF[kind], None)
            self.theme_saved.emit(error.theme)
            error = error.error
        self._show_save_error(error)

    def _show_save_error(self, error: BaseException) -> None:
        # launcher.api pulls in httpx: loaded by the request that failed, not with the window.
        from launcher.api import errors as api

        account = self.context.account()
        described = describe_theme_error(error, local_server=bool(getattr(account, "is_local", 0)))
        if isinstance(error, api.LogoRejected) and error.problems:
            # Name each refused image under its own field.
            for problem in error.problems:
                kind = problem.logo_type or ""
                image_field = self.image_fields.get(kind)
                if image_field is None:
                    continue
                check = rules.ImageCheck(kind, 0, None, None, (problem.invalid_property or "",))
                text = (
                    image_problem_text(check)[0]
                    if problem.invalid_property
                    else themes.tr("The server refused it ({code}).").format(code=problem.code)
                )
                image_field.problems.setText(f"• {text}")
                image_field.problems.show()
            described = type(described)(
                themes.tr("The server refused some images; see the notes under each image."),
                described.details,
            )
        elif isinstance(error, api.Conflict):
            name = "short_company_url" if "short_company_url" in error.message else "theme_name"
            self._set_error(name, described.summary)
        elif isinstance(error, api.InvalidRequest):
            for path, message in error.field_errors.items():
                name = path.rsplit(".", 1)[-1]
                if name in self.errors:
                    self._set_error(name, message)
        self.banner.show_error(described)

    def done(self, result: int) -> None:
        if self._save_task is not None:
            self._save_task.cancel()  # the result is dropped; a sent request still lands
        super().done(result)


_KEY_OF = {
    "colored": "brand_image_colored",
    "white": "brand_image_white",
    "favicon": "branded_favicon",
}


def _short_url_text(problem: str | None) -> str | None:
    if problem is None:
        return None
    return {
        "too_long": themes.tr("At most 128 characters."),
        "characters": themes.tr("Only letters, digits, “-”, “_” and “~”; no spaces or accents."),
        "needs_letter": themes.tr(
            "Add at least one letter: digits alone look like a meeting code."
        ),
    }.get(problem, problem)


def _changes(theme: Any, name: str, color: str, brand: str, short: str | None) -> dict[str, Any]:
    """Only the fields that changed (a name cannot be cleared: it stays as it was)."""
    changes: dict[str, Any] = {}
    if name and name != (theme.theme_name or ""):
        changes["theme_name"] = name
    if color != rules.normalize_color(theme.main_color or ""):
        changes["main_color"] = color
    if brand != (theme.brand_text or ""):
        changes["brand_text"] = brand
    if (short or None) != (theme.short_company_url or None):
        changes["short_company_url"] = short
    return changes


__all__ = ["ThemeDialog"]
