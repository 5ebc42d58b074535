"""The meeting window: one meeting in a QWebEngineView, or "Open in browser".

Create it through :func:`launcher.web.open_meeting`. The URL it shows may be a
host link (a secret): it is never logged or put in an error message.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QPixmap, QWindowStateChangeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from launcher.resources import resource_path
from launcher.web.policy import origin_of, same_origin

if TYPE_CHECKING:
    from PySide6.QtWebEngineCore import QWebEngineFullScreenRequest, QWebEngineLoadingInfo
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from launcher.web.page import MeetingPage

log = logging.getLogger(__name__)

#: How long the page gets to say goodbye to the others before the window goes.
LEAVE_GRACE_MS = 1500
#: While the host's recording is being saved after leaving: how often the window asks
#: the page, and how long it waits at most before closing anyway.
SAVING_POLL_MS = 250
SAVING_LIMIT_MS = 10 * 60 * 1000
#: Chromium's net::ERR_ABORTED: a navigation we blocked ourselves, not a failure.
_ERR_ABORTED = -3
#: True in the page while its person is in the meeting or waiting to be let in.
_IN_CALL_JS = (
    "(() => { const s = window.meetingStatus ? meetingStatus() : null;"
    " return Boolean(s && (s.view === 'meeting'"
    " || (s.view === 'message' && String(s.message).startsWith('waiting_')))); })()"
)


class _FallbackPanel(QWidget):
    """Shown instead of a blank window when the web engine cannot show the meeting."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.message.setFont(font)
        self.details_button = QToolButton()
        self.details_button.setText(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setVisible(False)
        self.details_button.toggled.connect(self.details.setVisible)
        self.open_browser = QPushButton(self.tr("Open in browser"))
        self.open_browser.setDefault(True)
        self.retry = QPushButton(self.tr("Try again"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.retry)
        buttons.addWidget(self.open_browser)
        buttons.addStretch(1)
        icon = QLabel()
        icon_path = resource_path("icons", "meeting-launcher-128.png")
        if icon_path.is_file():
            icon.setPixmap(
                QPixmap(str(icon_path)).scaledToWidth(
                    72, Qt.TransformationMode.SmoothTransformation
                )
            )
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addWidget(self.message)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.details)
        layout.addStretch(2)


class MeetingWindow(QWidget):
    """One meeting. Closing the window leaves the meeting."""

    #: The web engine could not show the meeting; the fallback panel is up.
    engine_failed = Signal(str)
    #: The window closed (after the page left the meeting).
    closed = Signal()
    #: Closed while in the meeting, with the app's tray: the window hid, the meeting goes on.
    kept_in_background = Signal()

    def __init__(
        self,
        url: str,
        *,
        meeting_origin: str,
        title: str,
        ca_file: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        if not same_origin(url, meeting_origin):
            raise ValueError("the meeting link is not on the account's meeting server")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("{} – Meeting").format(title))
        #: The meeting's name, as the tray shows it ("In a meeting: ...").
        self.title = title
        #: Closing hides the window while its person is in the meeting (the app sets this
        #: when its tray keeps it running); leaving is the page's Leave, or quitting.
        self.keep_in_background = False
        self._asking_in_call = False
        icon = resource_path("icons", "meeting-launcher-128.png")
        if icon.is_file():
            self.setWindowIcon(QIcon(str(icon)))
        self.resize(1200, 800)
        self._url = url
        self._meeting_origin = origin_of(meeting_origin)
        self._ca_file = ca_file
        self._loaded_once = False
        self._leave_started = False
        self._may_close = False
        #: What :func:`launcher.web.open_meeting` finds this window by (or None).
        self.key: str | None = None
        self._saving_polls = 0
        self._saving_timer = QTimer(self)
        self._saving_timer.setInterval(SAVING_POLL_MS)
        self._saving_timer.timeout.connect(self._on_saving_timer_timeout)
        #: Asks whether to close while the recording is being saved (tests answer it).
        self.close_question: QMessageBox | None = None
        self.view: QWebEngineView | None = None
        self.page: MeetingPage | None = None
        self._stack = QStackedLayout(self)
        self._fallback = _FallbackPanel(self)
        self._fallback.open_browser.clicked.connect(self._on_open_browser_clicked)
        self._fallback.retry.clicked.connect(self._on_retry_clicked)
        self._stack.addWidget(self._fallback)

    # -- start ---------------------------------------------------------------------------

    def start(self) -> None:
        """Create the web view and load the meeting (or show the fallback)."""
        from launcher.web.profile import start_problem

        problem = start_problem()
        if problem is not None:
            # Starting the engine now would end the whole app (Chromium aborts).
            log.warning("the web engine was not started: %s (see the meeting window)", problem)
            self.show_fallback(*self._start_problem_text(problem))
            return
        try:
            self._create_view()
        except Exception as exc:  # ImportError, missing libraries, GPU/sandbox trouble
            log.warning("the web engine could not start: %s", type(exc).__name__)
            self.show_fallback(
                self.tr("The meeting cannot be shown in this window on this computer."),
                f"{type(exc).__name__}: {exc}",
            )
            return
        assert self.view is not None
        self.view.load(QUrl(self._url))

    def _start_problem_text(self, problem: str) -> tuple[str, str]:
        if problem == "root":
            return (
                self.tr(
                    "The meeting cannot be shown in this window while Meeting Launcher runs "
                    "as the administrator (root). Open it in your browser, or start Meeting "
                    "Launcher as your usual user."
                ),
                "Chromium's sandbox does not run as root. Setting QTWEBENGINE_DISABLE_SANDBOX=1 "
                "before starting the app opens meetings here without the sandbox.",
            )
        return (
            self.tr(
                "The meeting cannot be shown in this window: this computer's system does not "
                "allow the protection the window needs. Open it in your browser."
            ),
            "Linux user namespaces are turned off (kernel.unprivileged_userns_clone or "
            "user.max_user_namespaces is 0); Chromium's sandbox needs them.",
        )

    def _create_view(self) -> None:
        from PySide6.QtWebEngineWidgets import QWebEngineView

        from launcher.web.page import MeetingPage
        from launcher.web.profile import meeting_profile

        view = QWebEngineView(self)
        page = MeetingPage(
            meeting_profile(),
            meeting_origin=self._meeting_origin,
            ca_file=self._ca_file,
            parent=view,
        )
        view.setPage(page)
        page.loadingChanged.connect(self._on_page_loading_changed)
        page.renderProcessTerminated.connect(self._on_page_render_process_terminated)
        page.fullScreenRequested.connect(self._on_page_full_screen_requested)
        page.windowCloseRequested.connect(self.leave)
        self.view, self.page = view, page
        self._stack.addWidget(view)
        self._stack.setCurrentWidget(view)

    # -- engine trouble ------------------------------------------------------------------

    def show_fallback(self, message: str, details: str = "") -> None:
        """Replace the view by the "Open in browser" panel."""
        self._fallback.message.setText(message)
        self._fallback.details.setText(details)
        self._fallback.details_button.setVisible(bool(details))
        self._fallback.retry.setVisible(self.view is not None)
        self._stack.setCurrentWidget(self._fallback)
        self.engine_failed.emit(message)

    @property
    def fallback_shown(self) -> bool:
        """True when the "Open in browser" panel is showing."""
        return self._stack.currentWidget() is self._fallback

    def _on_page_loading_changed(self, info: QWebEngineLoadingInfo) -> None:
        from PySide6.QtWebEngineCore import QWebEngineLoadingInfo

        status = info.status()
        if status == QWebEngineLoadingInfo.LoadStatus.LoadSucceededStatus:
            self._loaded_once = True
            return
        if status != QWebEngineLoadingInfo.LoadStatus.LoadFailedStatus:
            return
        if info.errorCode() == _ERR_ABORTED:
            return
        domain = info.errorDomain()
        kinds = QWebEngineLoadingInfo.ErrorDomain
        # HTTP statuses come with our own pages (e.g. "meeting not available").
        if domain in (kinds.HttpStatusCodeDomain, kinds.NoErrorDomain):
            return
        details = f"{domain.name} {info.errorCode()}: {info.errorString()}"
        if domain in (kinds.ConnectionErrorDomain, kinds.DnsErrorDomain):
            message = self.tr(
                "The meeting server cannot be reached. Check the network and try again."
            )
        elif domain == kinds.CertificateErrorDomain:
            message = self.tr("The meeting server's certificate is not trusted for this account.")
        else:
            message = self.tr("The meeting cannot be shown in this window on this computer.")
        log.warning("meeting page failed to load: %s", details)
        self.show_fallback(message, details)

    def _on_page_render_process_terminated(self, status: Any, exit_code: int) -> None:
        log.warning("web renderer ended (%s, %s)", getattr(status, "name", status), exit_code)
        if self._may_close:
            return
        message = (
            self.tr("The meeting window stopped unexpectedly.")
            if self._loaded_once
            else self.tr("The meeting cannot be shown in this window on this computer.")
        )
        self.show_fallback(message, f"renderer {getattr(status, 'name', status)} ({exit_code})")

    def _on_open_browser_clicked(self) -> None:
        from launcher.web.handoff import open_in_browser

        # Host links go through a one-time link: never the token on a command line.
        open_in_browser(
            self._url, meeting_origin=self._meeting_origin, ca_file=self._ca_file, parent=self
        )

    def _on_retry_clicked(self) -> None:
        if self.view is None:
            return
        self._stack.setCurrentWidget(self.view)
        self.view.load(QUrl(self._url))

    # -- full screen ---------------------------------------------------------------------

    def _on_page_full_screen_requested(self, request: QWebEngineFullScreenRequest) -> None:
        request.accept()
        if request.toggleOn():
            self.showFullScreen()
        else:
            self.showNormal()

    def changeEvent(self, event: QEvent) -> None:
        # Leaving full screen from the window manager also ends the page's full screen.
        if (
            isinstance(event, QWindowStateChangeEvent)
            and event.oldState() & Qt.WindowState.WindowFullScreen
            and not self.isFullScreen()
            and self.page is not None
        ):
            from PySide6.QtWebEngineCore import QWebEnginePage

            self.page.triggerAction(QWebEnginePage.WebAction.ExitFullScreen)
        super().changeEvent(event)

    # -- leaving -------------------------------------------------------------------------

    def run_js(self, script: str, callback: Any = None) -> None:
        """Run ``script`` in the meeting page (tests, self-test)."""
        if self.page is not None:
            if callback is None:
                self.page.runJavaScript(script, 0)
            else:
                self.page.runJavaScript(script, 0, callback)

    @property
    def in_meeting(self) -> bool:
        """True until the user closes the window (or it closes itself)."""
        return not self._leave_started and not self._may_close

    @property
    def has_closed(self) -> bool:
        """True once the window closed for good (it is deleted soon after)."""
        return self._may_close and not self.isVisible()

    @property
    def saving_recording(self) -> bool:
        """True while the window, closed by the user, waits for the recording to be saved."""
        return self._saving_timer.isActive()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close or self.page is None or self.fallback_shown:
            self._may_close = True
            self._saving_timer.stop()
            super().closeEvent(event)
            self.closed.emit()
            return
        event.ignore()
        if self.saving_recording:
            self._ask_close_while_saving()
            return
        if self.keep_in_background and not self._leave_started:
            # Hide instead, if the person is still in the meeting (the page knows).
            if not self._asking_in_call:
                self._asking_in_call = True
                self.page.runJavaScript(_IN_CALL_JS, 0, self._on_in_call_answered)
            return
        self._leave()

    def leave(self) -> None:
        """Leave the meeting and close the window (also when it would only hide)."""
        self.keep_in_background = False
        self.close()

    def show_again(self) -> None:
        """Bring the window back (from the tray)."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _on_in_call_answered(self, in_call: object) -> None:
        self._asking_in_call = False
        if self._may_close or self._leave_started:
            return
        if in_call is True:
            self.hide()
            self.kept_in_background.emit()
        else:
            self._leave()

    def _leave(self) -> None:
        assert self.page is not None
        # Let the page tell the others it left, then really close; unless the host's
        # recording is still being stopped and uploaded: then the window stays, showing
        # the page's "Saving the recording…", until it is saved.
        if not self._leave_started:
            self._leave_started = True
            self.page.runJavaScript(
                "window.meeting ? (window.meeting.leave(), Boolean(window.meeting.saving?.())) "
                ": false",
                0,
                self._on_page_left,
            )
            QTimer.singleShot(LEAVE_GRACE_MS, self, self._on_leave_grace_ended)

    def _on_page_left(self, saving: object) -> None:
        if self._may_close:
            return
        if saving is True:
            log.info("closing the meeting window once the recording is saved")
            self._saving_polls = 0
            self._saving_timer.start()
        else:
            self._finish_close()

    def _on_leave_grace_ended(self) -> None:
        if not self.saving_recording:
            self._finish_close()

    def _on_saving_timer_timeout(self) -> None:
        self._saving_polls += 1
        if self._saving_polls * SAVING_POLL_MS >= SAVING_LIMIT_MS:
            log.warning("the recording was not saved in time; closing the meeting window")
            self._finish_close()
        elif self.page is not None:
            self.page.runJavaScript(
                "Boolean(window.meeting?.saving?.())", 0, self._on_saving_answered
            )

    def _on_saving_answered(self, saving: object) -> None:
        if saving is not True and self.saving_recording:
            self._finish_close()

    def _ask_close_while_saving(self) -> None:
        if self.close_question is not None:
            self.close_question.raise_()
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The recording is still being saved"),
            self.tr("The recording is still being saved."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(
            self.tr(
                "Closing now keeps only what has reached the server."
                " The window closes by itself once all of it is saved."
            )
        )
        keep = box.addButton(self.tr("Keep saving"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Close anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._on_close_question_answered(box, keep))
        self.close_question = box
        box.open()

    def _on_close_question_answered(self, box: QMessageBox, keep: QPushButton) -> None:
        self.close_question = None
        if box.clickedButton() is keep or box.clickedButton() is None:
            return
        log.warning("the meeting window was closed before its recording was saved")
        self._finish_close()

    def _finish_close(self) -> None:
        if self._may_close:
            return
        self._saving_timer.stop()
        if self.close_question is not None:
            self.close_question.close()
            self.close_question = None
        self._may_close = True
        self.close()
