"""The Invite dialog: invitation text to copy or e-mail, a QR code, a calendar file.

Only the guest link goes into anything this dialog produces.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTime, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from launcher.core import invitations
from launcher.core.reach import Reach, reach_of
from launcher.ui import roomtext, style
from launcher.ui.reach_note import link_text
from launcher.ui.widgets import Toast, label, label_fields


class InviteDialog(QDialog):
    """Share one room with guests."""

    copied = Signal(str)

    def __init__(
        self,
        room: Any,
        *,
        reach: Reach | None = None,
        local: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.room = room
        #: Who can open the link (the window knows the account; else from the link).
        self.reach = reach or reach_of(room.guest_url, local=local)
        self.local = local  # served by this computer's built-in server
        self.setWindowTitle(self.tr("Invite guests"))
        self.setMinimumWidth(640)
        self._labels = self._invitation_labels()
        self._build()

    def _invitation_labels(self) -> invitations.InvitationLabels:
        """The sentences of the invitation, in the user's language."""
        return invitations.InvitationLabels(
            greeting=self.tr("You are invited to a video meeting: {name}"),
            join=self.tr("Join from your browser: {link}"),
            valid_until=self.tr("This link works until {expiry}."),
            instant_note=self.tr(
                "The meeting room closes 10 minutes after the last person leaves."
            ),
            subject=self.tr("Invitation: {name}"),
            this_computer_note=self.tr(
                "This link opens only on the computer that made it: it is not for guests elsewhere."
            ),
        )

    def _build(self) -> None:
        title, hint = self._build_heading()
        top = self._build_text_and_code()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 18)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.reach_label)
        layout.addLayout(top)

        self.calendar_box: QGroupBox | None = None
        if self.room.type == "long_term" and self.room.expires_at is not None:
            layout.addWidget(self._build_calendar_box())
        layout.addLayout(self._build_buttons())
        self.toast = Toast(self)

    def _build_heading(self) -> tuple[QLabel, QLabel]:
        title = label(
            self.tr("Invite guests to “{name}”").format(name=self.room.display_name), "cardTitle"
        )
        title.setWordWrap(True)
        hint = label(
            self.tr("Send this text by e-mail or chat, or let a visitor scan the code.")
            if self.reach.shareable
            else self.tr("Copy this text to try the link in a browser on this computer."),
            "muted",
            wrap=True,
        )
        # Who can open the link, before anyone sends it (hidden when anyone can).
        self.reach_label = label(link_text(self.reach, local=self.local), "notice", wrap=True)
        self.reach_label.setVisible(bool(self.reach_label.text()))
        return title, hint

    def _build_text_and_code(self) -> QHBoxLayout:
        """The invitation text to edit, and beside it the guest link's QR code."""
        self.text_edit = QPlainTextEdit(self.invitation_text())
        self.text_edit.setMinimumHeight(150)
        self.text_edit.setAccessibleName(self.tr("Invitation"))
        self.text_edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.qr_label = self._build_qr_code()
        qr_caption = label(self.tr("Scan to join"), "muted")
        qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.setSpacing(16)
        left = QVBoxLayout()
        left.addWidget(self.text_edit)
        right = QVBoxLayout()
        right.addWidget(self.qr_label)
        right.addWidget(qr_caption)
        right.addStretch(1)
        top.addLayout(left, 1)
        top.addLayout(right)
        return top

    def _build_qr_code(self) -> QLabel:
        qr_label = QLabel()
        qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        qr_label.setFixedSize(200, 200)
        qr_label.setStyleSheet("background: white; border-radius: 10px;")
        pixmap = QPixmap()
        pixmap.loadFromData(invitations.qr_png(self.room.guest_url, scale=5), "PNG")
        qr_label.setPixmap(
            pixmap.scaled(
                184,
                184,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,  # QR modules stay crisp
            )
        )
        qr_label.setToolTip(self.tr("Scan with a phone camera to open the guest link"))
        return qr_label

    def _build_buttons(self) -> QHBoxLayout:
        """Copy, e-mail, save to calendar (long-term rooms), close."""
        self.copy_button = QPushButton(self.tr("Copy invitation"))
        style.set_role(self.copy_button, "primary")
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.email_button = QPushButton(self.tr("E-mail…"))
        self.email_button.clicked.connect(self._on_email_button_clicked)
        if not self.reach.shareable:  # never e-mail a link that opens on this computer only
            self.email_button.setEnabled(False)
            self.email_button.setToolTip(self.tr("This link opens only on this computer"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.email_button)
        if self.calendar_box is not None:
            self.calendar_button = QPushButton(self.tr("Save to calendar…"))
            self.calendar_button.clicked.connect(self._on_calendar_button_clicked)
            buttons.addWidget(self.calendar_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        return buttons

    def _build_calendar_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Calendar file"))
        self.calendar_box = box
        self.meeting_time_check = QCheckBox(self.tr("Add a meeting time"))
        start = QDateTime.currentDateTime().addDays(1)
        start.setTime(QTime(start.time().hour(), 0))
        self.start_edit = QDateTimeEdit(start)
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(5, 600)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setValue(60)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setAccessibleName(self.tr("Duration"))
        self.weekly_check = QCheckBox(self.tr("Every week until the room expires"))
        self.weekly_check.setChecked(True)
        for widget in (self.start_edit, self.duration_spin, self.weekly_check):
            widget.setEnabled(False)
            self.meeting_time_check.toggled.connect(widget.setEnabled)
        form = QFormLayout(box)
        form.addRow(self.meeting_time_check)
        row = QHBoxLayout()
        row.addWidget(self.start_edit, 1)
        row.addWidget(self.duration_spin)
        form.addRow(self.tr("Starts"), row)
        form.addRow("", self.weekly_check)
        note = label(
            self.tr("Without a meeting time, the calendar shows the link until the room expires."),
            "muted",
            wrap=True,
        )
        form.addRow(note)
        label_fields(form)
        return box

    # -- outputs ----------------------------------------------------------------------------

    def invitation_text(self) -> str:
        expiry = roomtext.local_text(self.room.expires_at) if self.room.expires_at else None
        return invitations.invitation_text(self.room, self._labels, expiry_text=expiry)

    def mailto_url(self) -> str:
        subject = invitations.invitation_subject(self.room, self._labels)
        return invitations.mailto_url(subject, self.text_edit.toPlainText())

    def calendar_bytes(self) -> bytes:
        start = None
        duration = timedelta(hours=1)
        weekly = False
        if self.meeting_time_check.isChecked():
            start = roomtext.from_qdatetime(self.start_edit.dateTime())
            duration = timedelta(minutes=self.duration_spin.value())
            weekly = self.weekly_check.isChecked()
        return invitations.ics_bytes(
            self.room,
            description=self.text_edit.toPlainText(),
            start=start,
            duration=duration,
            weekly=weekly,
        )

    def save_calendar_file(self, path: Path) -> None:
        path.write_bytes(self.calendar_bytes())
        self.toast.show_message(self.tr("Calendar file saved"))

    # -- slots ------------------------------------------------------------------------------

    def _on_copy_button_clicked(self) -> None:
        from launcher.ui.sharing import copy_text

        copy_text(self.text_edit.toPlainText())
        self.toast.show_message(self.tr("✓ Invitation copied to the clipboard"))
        self.copied.emit(self.text_edit.toPlainText())

    def _on_email_button_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl(self.mailto_url(), QUrl.ParsingMode.StrictMode))

    def _on_calendar_button_clicked(self) -> None:
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in self.room.display_name)
        suggested = str(Path.home() / f"{safe.strip() or 'meeting'}.ics")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save calendar file"), suggested, self.tr("Calendar files (*.ics)")
        )
        if not path:
            return
        if not path.lower().endswith(".ics"):
            path += ".ics"
        try:
            self.save_calendar_file(Path(path))
        except OSError as exc:
            from launcher.ui.errors import describe
            from launcher.ui.message import show_error

            show_error(self, describe(exc))
