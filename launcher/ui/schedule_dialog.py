"""Schedule a long-term room, or edit one: every option of the contract, checked before sending.

Times are shown and entered in local time and sent in UTC. Inline checks run
before anything is sent; field errors from the server (``InvalidRequest.field_errors``)
land under the field they name. The request runs through the task runner with the
dialog as owner, so a result arriving after the dialog closed is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from launcher.tasks import CancelToken, Task
from launcher.ui import roomtext, style
from launcher.ui.context import AppContext
from launcher.ui.errors import describe
from launcher.ui.widgets import (
    BusyButton,
    MessageBanner,
    Spinner,
    field_error,
    label,
    label_fields,
    with_error,
)

MIN_AHEAD = timedelta(minutes=10)
MAX_AHEAD = timedelta(days=365)
DEFAULT_AHEAD = timedelta(days=30)
NAME_LIMIT = 200

# The meeting page languages of the contract, each in its own language.
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("it", "Italiano"),
    ("es", "Español"),
    ("pt-br", "Português (Brasil)"),
    ("ca", "Català"),
    ("he", "עברית"),
    ("ar", "العربية"),
    ("zh-cn", "简体中文"),
    ("zh-tw", "繁體中文"),
]


class ScheduleDialog(QDialog):
    """Create a long-term room (``room=None``) or edit ``room`` (a long-term room)."""

    room_saved = Signal(object)  # the Room the server returned

    def __init__(
        self,
        context: AppContext,
        room: Any | None = None,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = roomtext.now_utc,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.room = room
        self.account = context.account()
        self._clock = clock
        self._task: Task | None = None
        self._themes_task: Task | None = None
        self.editing = room is not None
        self.setWindowTitle(self.tr("Edit room") if self.editing else self.tr("Schedule a room"))
        self.setMinimumWidth(560)
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self._build()
        self._load_values()
        self._load_themes()

    # -- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        basics = self._build_room_group()
        joining = self._build_joining_group()
        features = self._build_features_group()
        self._fields = {
            "display_name": self.name_edit,
            "expires_at": self.expiry_edit,
            "expire_after_use": self.expire_after_use_check,
            "join_approval_level": self.waiting_combo,
            "initial_join_options": self.microphone_combo,
            "ui_settings": self.language_combo,
            "theme_id": self.theme_combo,
            "recording_options": self.auto_record_check,
            "available_features": self.chat_check,
        }

        self.banner = MessageBanner()

        self.save_button = BusyButton(
            self.tr("Save changes") if self.editing else self.tr("Create room"), role="primary"
        )
        self.save_button.setDefault(True)
        self.save_button.setMinimumWidth(150)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(10)
        for widget in (basics, joining, features):
            body_layout.addWidget(widget)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 18)
        layout.setSpacing(10)
        for title in self._build_heading():
            layout.addWidget(title)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.resize(600, 690)

    def _build_heading(self) -> tuple[QLabel, QLabel]:
        """The title and the sentence under it (schedule or edit)."""
        heading = label(
            self.tr("Edit “{name}”").format(name=self.room.display_name)
            if self.room is not None
            else self.tr("Schedule a long-term room"),
            "heroTitle",
        )
        heading.setWordWrap(True)
        subtitle = label(
            self.tr("Change when the room expires and how meetings in it work.")
            if self.editing
            else self.tr("A room with a link that stays the same, for a weekly meeting or a team."),
            "muted",
            wrap=True,
        )

        return heading, subtitle

    def _build_room_group(self) -> QGroupBox:
        """Name, expiry and theme."""
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Weekly team meeting"))
        self.name_edit.setMaxLength(NAME_LIMIT + 50)  # longer input is reported, not cut
        self.name_edit.textChanged.connect(lambda _text: self._clear_error("display_name"))
        if self.editing:
            self.name_edit.setReadOnly(True)
            self.name_edit.setToolTip(self.tr("A room's name cannot be changed."))

        self.expiry_edit = QDateTimeEdit()
        self.expiry_edit.setCalendarPopup(True)
        self.expiry_edit.setDisplayFormat("dddd d MMMM yyyy   HH:mm")
        # The calendar offers only days that can be right; the exact bounds (10 minutes,
        # one year) are checked on Save, since the clock moves while the dialog is open.
        today = roomtext.to_qdatetime(self._clock()).date()
        if self.room is None or (
            self.room.expires_at is not None and self.room.expires_at > self._clock()
        ):
            self.expiry_edit.setMinimumDate(today)
        self.expiry_edit.setMaximumDate(today.addDays(366))
        self.expiry_edit.dateTimeChanged.connect(lambda _value: self._clear_error("expires_at"))
        self.expire_after_use_check = QCheckBox(self.tr("Close the room after its first meeting"))

        self.theme_combo = QComboBox()
        self.theme_combo.addItem(self.tr("Default"), None)
        self.theme_spinner = Spinner(size=16)
        self.theme_note = label("", "muted")
        self.theme_note.hide()

        basics = QGroupBox(self.tr("Room"))
        form = QFormLayout(basics)
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name"), self._with_error("display_name", self.name_edit))
        form.addRow(self.tr("Expires"), self._with_error("expires_at", self.expiry_edit))
        form.addRow("", self.expire_after_use_check)
        theme_row = QHBoxLayout()
        theme_row.addWidget(self.theme_combo, 1)
        theme_row.addWidget(self.theme_spinner)
        theme_box = QWidget()
        theme_box.setLayout(theme_row)
        theme_row.setContentsMargins(0, 0, 0, 0)
        theme_column = self._with_error("theme_id", theme_box)
        theme_column.layout().addWidget(self.theme_note)  # type: ignore[union-attr]
        form.addRow(self.tr("Theme"), theme_column)
        label_fields(form)

        return basics

    def _build_joining_group(self) -> QGroupBox:
        """Waiting room, microphone and page language."""
        self.waiting_combo = QComboBox()
        self.waiting_combo.addItem(self.tr("Guests join straight away"), "none")
        self.waiting_combo.addItem(self.tr("Guests wait until the host joins"), "after_owner_only")
        self.waiting_combo.addItem(self.tr("The host lets in each guest"), "explicit_approval")

        self.microphone_combo = QComboBox()
        self.microphone_combo.addItem(self.tr("Guest's choice"), "default")
        self.microphone_combo.addItem(self.tr("On"), "on")
        self.microphone_combo.addItem(self.tr("Off (muted)"), "off")

        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("The guest's browser language"), "default")
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)

        joining = QGroupBox(self.tr("Joining"))
        form = QFormLayout(joining)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(
            self.tr("Waiting room"), self._with_error("join_approval_level", self.waiting_combo)
        )
        form.addRow(
            self.tr("Microphone"), self._with_error("initial_join_options", self.microphone_combo)
        )
        form.addRow(self.tr("Page language"), self._with_error("ui_settings", self.language_combo))
        label_fields(form)

        return joining

    def _build_features_group(self) -> QGroupBox:
        """Chat, whiteboard, recording and the recording choices."""
        self.auto_record_check = QCheckBox(self.tr("Record every meeting automatically"))
        self.record_owner_check = QCheckBox(self.tr("Record only the host"))
        if self.editing:
            for check in (self.auto_record_check, self.record_owner_check):
                check.setEnabled(False)
                check.setToolTip(self.tr("Recording choices are fixed when a room is created."))

        self.chat_check = QCheckBox(self.tr("Chat"))
        self.whiteboard_check = QCheckBox(self.tr("Whiteboard"))
        self.recording_check = QCheckBox(self.tr("Recording button"))

        features = QGroupBox(self.tr("In the meeting"))
        feature_layout = QVBoxLayout(features)
        checks = QHBoxLayout()
        for check in (self.chat_check, self.whiteboard_check, self.recording_check):
            checks.addWidget(check)
        checks.addStretch(1)
        feature_layout.addLayout(checks)
        feature_layout.addWidget(self._error_label("available_features"))
        feature_layout.addWidget(self.auto_record_check)
        feature_layout.addWidget(self.record_owner_check)
        feature_layout.addWidget(self._error_label("recording_options"))

        return features

    def _error_label(self, field: str) -> QLabel:
        error = self._errors[field] = field_error()
        return error

    def _with_error(self, field: str, widget: QWidget) -> QWidget:
        return with_error(widget, self._error_label(field), spacing=3)

    # -- values -----------------------------------------------------------------------------

    def _load_values(self) -> None:
        room = self.room
        if room is None:
            expiry = roomtext.to_qdatetime(self._clock() + DEFAULT_AHEAD)
            expiry.setTime(QTime(expiry.time().hour(), 0))
            self.expiry_edit.setDateTime(expiry.addSecs(3600))
            self.chat_check.setChecked(True)
            self.whiteboard_check.setChecked(True)
            self.recording_check.setChecked(True)
            self.waiting_combo.setCurrentIndex(0)
            return
        self.name_edit.setText(room.display_name)
        if room.expires_at is not None:
            self.expiry_edit.setDateTime(roomtext.to_qdatetime(room.expires_at))
        self.expire_after_use_check.setChecked(bool(room.expire_after_use))
        _select(self.waiting_combo, room.join_approval_level or "none")
        _select(self.microphone_combo, room.initial_join_options.microphone_state or "default")
        _select(self.language_combo, room.ui_settings.language or "default")
        self.auto_record_check.setChecked(bool(room.recording_options.auto_record))
        self.record_owner_check.setChecked(bool(room.recording_options.record_only_owner))
        features = room.available_features
        self.chat_check.setChecked(features.is_chat_available is not False)
        self.whiteboard_check.setChecked(features.is_whiteboard_available is not False)
        self.recording_check.setChecked(features.is_recording_available is not False)
        if room.theme_id:
            # Shown at once; the name arrives with the theme list.
            self.theme_combo.addItem(
                self.tr("Theme {id}").format(id=room.theme_id[:8]), room.theme_id
            )
            self.theme_combo.setCurrentIndex(1)

    def _load_themes(self) -> None:
        self.theme_spinner.start()
        self._themes_task = self.context.call(
            lambda client, _token: client.list_themes(),
            on_done=self._on_themes_loaded,
            on_error=self._on_themes_failed,
            on_settled=self.theme_spinner.stop,
            owner=self,
        )

    def _on_themes_loaded(self, themes: list[Any]) -> None:
        current = self.theme_combo.currentData()
        self.theme_combo.clear()
        self.theme_combo.addItem(self.tr("Default"), None)
        for theme in sorted(themes, key=lambda t: (t.theme_name or "").lower()):
            self.theme_combo.addItem(
                theme.theme_name or theme.brand_text or theme.theme_id, theme.theme_id
            )
        if current is not None and self.theme_combo.findData(current) < 0:
            self.theme_combo.addItem(self.tr("Theme {id}").format(id=str(current)[:8]), current)
        _select(self.theme_combo, current)

    def _on_themes_failed(self, error: BaseException) -> None:
        self.theme_note.setText(self.tr("The list of themes could not be loaded."))
        self.theme_note.setToolTip(describe(error).details)
        self.theme_note.show()

    def expires_at(self) -> datetime:
        return roomtext.from_qdatetime(self.expiry_edit.dateTime())

    def validate(self) -> bool:
        """Check the fields; show what is wrong next to each field. True when all is well."""
        self._clear_errors()
        ok = True
        name = self.name_edit.text().strip()
        if not self.editing:
            if not name:
                ok = self._field_error("display_name", self.tr("Give the room a name."))
            elif len(name) > NAME_LIMIT:
                ok = self._field_error(
                    "display_name",
                    self.tr("Use at most {n} characters (now {m}).").format(
                        n=NAME_LIMIT, m=len(name)
                    ),
                )
        now = self._clock()
        expires = self.expires_at()
        if expires < now + MIN_AHEAD:
            ok = self._field_error(
                "expires_at", self.tr("Pick a time at least 10 minutes from now.")
            )
        elif expires > now + MAX_AHEAD:
            ok = self._field_error("expires_at", self.tr("Pick a time at most one year from now."))
        return ok

    def create_options(self) -> dict[str, Any]:
        """The body fields of a new long-term room (besides name and type)."""
        return {
            "expires_at": self.expires_at(),
            "expire_after_use": self.expire_after_use_check.isChecked(),
            "recording_options": {
                "auto_record": self.auto_record_check.isChecked(),
                "record_only_owner": self.record_owner_check.isChecked(),
            },
            **self._patchable(),
        }

    def _patchable(self) -> dict[str, Any]:
        return {
            "join_approval_level": self.waiting_combo.currentData(),
            "initial_join_options": {"microphone_state": self.microphone_combo.currentData()},
            "available_features": {
                "is_chat_available": self.chat_check.isChecked(),
                "is_whiteboard_available": self.whiteboard_check.isChecked(),
                "is_recording_available": self.recording_check.isChecked(),
            },
            "ui_settings": {"language": self.language_combo.currentData()},
            "theme_id": self.theme_combo.currentData(),
        }

    def update_details(self) -> dict[str, Any]:
        """The PATCH body for an edited room: only what changed."""
        room = self.room
        assert room is not None
        wanted: dict[str, Any] = {"expires_at": self.expires_at(), **self._patchable()}
        wanted["expire_after_use"] = self.expire_after_use_check.isChecked()
        current: dict[str, Any] = {
            "expires_at": room.expires_at,
            "expire_after_use": bool(room.expire_after_use),
            "join_approval_level": room.join_approval_level or "none",
            "initial_join_options": {
                "microphone_state": room.initial_join_options.microphone_state or "default"
            },
            "available_features": {
                "is_chat_available": room.available_features.is_chat_available is not False,
                "is_whiteboard_available": room.available_features.is_whiteboard_available
                is not False,
                "is_recording_available": room.available_features.is_recording_available
                is not False,
            },
            "ui_settings": {"language": room.ui_settings.language or "default"},
            "theme_id": room.theme_id,
        }
        changed = {key: value for key, value in wanted.items() if current.get(key) != value}
        # The editor shows minutes: an untouched expiry differs only below that.
        if (
            "expires_at" in changed
            and room.expires_at is not None
            and abs((changed["expires_at"] - room.expires_at).total_seconds()) < 60
        ):
            del changed["expires_at"]
        return changed

    # -- errors -----------------------------------------------------------------------------

    def field_error(self, field: str) -> str:
        """The error text shown for ``field`` ('' when none): for tests and accessibility."""
        error = self._errors.get(field)
        return error.text() if error is not None and not error.isHidden() else ""

    def _field_error(self, field: str, text: str) -> bool:
        error = self._errors[field]
        error.setText(text)
        error.show()
        widget = self._fields.get(field)
        if widget is not None:
            style.set_invalid(widget, True)
        return False

    def _clear_error(self, field: str) -> None:
        error = self._errors.get(field)
        if error is not None and not error.isHidden():
            error.hide()
            widget = self._fields.get(field)
            if widget is not None:
                style.set_invalid(widget, False)

    def _clear_errors(self) -> None:
        for field in self._errors:
            self._clear_error(field)
        self.banner.clear()

    def _show_server_error(self, error: BaseException) -> None:
        from launcher.api.errors import InvalidRequest

        placed = False
        if isinstance(error, InvalidRequest):
            for path, message in error.field_errors.items():
                field = _field_of(path)
                if field in self._errors:
                    self._field_error(field, _readable(message))
                    placed = True
        account = self.account
        self.banner.show_error(
            describe(error, local_server=bool(getattr(account, "is_local", False)))
        )
        if placed:
            self.banner.summary_label.setText(
                self.tr("The server did not accept some details; see the highlighted fields.")
            )

    # -- sending ----------------------------------------------------------------------------

    def _on_save_button_clicked(self) -> None:
        if not self.validate():
            return
        if self.room is None:
            name = self.name_edit.text().strip()
            options = self.create_options()
            self._send(
                lambda client, _token: client.create_room(name, type="long_term", **options),
                self.tr("Creating…"),
            )
        else:
            details = self.update_details()
            if not details:
                self.accept()
                return
            room_id = self.room.id
            self._send(
                lambda client, _token: client.update_room(room_id, details), self.tr("Saving…")
            )

    def _send(self, work: Callable[[Any, CancelToken], Any], busy_text: str) -> None:
        self.save_button.set_busy(True, busy_text)
        self._set_inputs_enabled(False)
        self._task = self.context.call(
            work,
            on_done=self._on_room_saved,
            on_error=self._show_server_error,
            on_settled=self._on_request_settled,
            owner=self,
            account=self.account,
        )

    def _on_room_saved(self, room: Any) -> None:
        self.room_saved.emit(room)
        self.accept()

    def _on_request_settled(self) -> None:
        self._task = None
        self.save_button.set_busy(False)
        self._set_inputs_enabled(True)

    def _set_inputs_enabled(self, enabled: bool) -> None:
        fixed = {self.auto_record_check, self.record_owner_check} if self.editing else set()
        for widget in (
            *self._fields.values(),
            self.record_owner_check,
            self.whiteboard_check,
            self.recording_check,
        ):
            if widget not in fixed:
                widget.setEnabled(enabled)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _on_cancel_button_clicked(self) -> None:
        self.reject()

    def done(self, result: int) -> None:
        # Closing while a request waits drops its result (the owner check does the rest).
        if self._task is not None:
            self._task.cancel()
        if self._themes_task is not None:
            self._themes_task.cancel()
        super().done(result)


def _select(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


def _readable(message: str) -> str:
    """'"expires_at" must be ...' -> 'Must be ...': the field is already the one shown."""
    text = message.strip()
    if text.startswith('"') and '" ' in text[1:]:
        text = text.split('" ', 1)[1]
    text = text[:1].upper() + text[1:]
    return text if text.endswith(".") else text + "."


def _field_of(path: str) -> str:
    """``update_details.ui_settings.language`` -> ``ui_settings``."""
    parts = [part for part in path.replace("[", ".").replace("]", "").split(".") if part]
    if parts and parts[0] in {"update_details", "body"}:
        parts = parts[1:]
    return parts[0] if parts else path
