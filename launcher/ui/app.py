"""The desktop app: QApplication, the main window, the tray; ``cmd_gui`` for the command line.

Start-up stays light: the window is built from QtWidgets only and shown before
anything slow happens. The API client (httpx), the built-in server (aiohttp),
the keyring and QtWebEngine are imported later, by background work or on first
use. With ``LAUNCHER_EXIT_WHEN_SHOWN=1`` the app prints ``shown <ms>`` (time
since the process started) once the window is painted and the event loop is
idle, then ``finished <ms>`` once the work left until after the first frame
(``MainWindow.finish_start_up``) is done, and quits without touching accounts:
start-up benchmarks use it.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from launcher import __version__
from launcher.cli_i18n import Translator
from launcher.resources import resources_root
from launcher.tasks import CancelToken, TaskRunner
from launcher.ui import i18n, style
from launcher.ui.context import AccountSource, AppContext, DeferredAccounts
from launcher.ui.main_window import MainWindow
from launcher.ui.preferences import Preferences

if TYPE_CHECKING:
    import argparse

    from launcher.core.accounts import AccountStore


EXIT_WHEN_SHOWN = "LAUNCHER_EXIT_WHEN_SHOWN"
WEB_WARM_UP_DELAY_MS = 2000
_IMPORTED_AT = time.time()


#: The terminal's sentences at start-up, in the system's language (launcher.cli_i18n).
cli_start = Translator("cli_start")


def process_start_time() -> float:
    """When this process started (epoch seconds, to 10 ms on Linux); else import time."""
    try:
        with open("/proc/self/stat", "rb") as stat_file:
            stat = stat_file.read()
        # Field 22, starttime: clock ticks after boot; fields are counted after the ")"
        # that ends the command name (which may hold spaces).
        ticks = int(stat.rsplit(b")", 1)[1].split()[19])
        since_start = time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK")
        return time.time() - since_start
    except (OSError, ValueError, IndexError, AttributeError):
        return _IMPORTED_AT


def app_icon() -> QIcon:
    """The app icon from resources/icons (PNG sizes; the SVG needs the svg plugin)."""
    icon = QIcon()
    icons = resources_root() / "icons"  # resolved once: each resolve() walks the path
    for size in (16, 24, 32, 48, 64, 128, 256):
        path = icons / f"meeting-launcher-{size}.png"
        if path.exists():
            icon.addFile(str(path))
    if icon.isNull():
        return QApplication.style().standardIcon(
            QApplication.style().StandardPixmap.SP_ComputerIcon
        )
    return icon


class _ShownProbe(QObject):
    """Calls back once the window got its first paint and the event loop went round."""

    def __init__(self, window: MainWindow, callback: Any) -> None:
        super().__init__(window)
        self._callback = callback
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


class LauncherApplication(QApplication):
    """The app's QApplication: ``link_opened(url)`` for a link the system hands the
    running app as a file-open event (macOS, Info.plist's CFBundleURLTypes)."""

    link_opened = Signal(str)

    def event(self, event: QEvent) -> bool:
        # Only events for the application object itself come here (unlike an
        # application-wide event filter, which would see every object's events).
        if event.type() == QEvent.Type.FileOpen:
            from PySide6.QtGui import QFileOpenEvent

            if isinstance(event, QFileOpenEvent) and not event.url().isLocalFile():
                self.link_opened.emit(event.url().toString())
                return True
        return super().event(event)


def _account_store() -> AccountStore:
    from launcher.core.accounts import AccountStore

    return AccountStore()


def create_window(
    accounts: AccountSource | None = None,
    *,
    preferences: Preferences | None = None,
    prepare_local: bool = True,
) -> MainWindow:
    """The main window on ``accounts`` (default: the user's AccountStore, loaded in the
    background); ``prepare_local`` runs the first-run set-up ("This computer") first."""
    deferred = DeferredAccounts(_account_store if accounts is None else lambda: accounts)
    runner = TaskRunner()
    context = AppContext(deferred, runner=runner, preferences=preferences)
    runner.setParent(context)

    def prepare(_token: CancelToken) -> object:
        store = deferred.load()
        if not prepare_local:
            return store
        from launcher.core.local_server import ensure_local_account

        return ensure_local_account(store)  # type: ignore[arg-type]

    icon = app_icon()
    window = MainWindow(context, prepare=prepare, icon=icon)
    context.setParent(window)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        # After building: with a style sheet in force, every re-parenting while the
        # window is put together re-polishes the moved widgets (tens of milliseconds).
        style.apply(app)
    return window


def install_tray(window: MainWindow) -> bool:
    """Add the tray icon when the desktop has a tray (asking costs a D-Bus round trip,
    so the app does it after the window is shown)."""
    from PySide6.QtWidgets import QSystemTrayIcon

    if window.tray is not None or not QSystemTrayIcon.isSystemTrayAvailable():
        return window.tray is not None
    from launcher.ui.tray import Tray

    Tray(window, window.windowIcon())
    return True


def run(argv: list[str], link: str | None = None) -> int:
    """The app; ``link``: a meeting link to open (handed to the running app if there is one)."""
    started = process_start_time()
    from launcher import web

    web.before_qapplication()  # QtWebEngine, imported on first join, needs this first
    app = style.create_application(argv, LauncherApplication)
    app.setApplicationName("Meeting Launcher")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Meeting Launcher")
    app.setDesktopFileName("org.meetinglauncher.MeetingLauncher")  # packaging/linux .desktop
    exit_when_shown = os.environ.get(EXIT_WHEN_SHOWN) == "1"

    from launcher.core.paths import default_data_dir
    from launcher.ui import single_instance

    lock_path = default_data_dir() / "instance.lock"
    instance_name = single_instance.socket_name(lock_path)
    lock = None
    if not exit_when_shown:  # benchmarks start it next to a running app
        lock = single_instance.acquire(lock_path)
        if lock is None:
            if single_instance.hand_over(instance_name, link):
                return 0  # the running one shows its window (and opens the link)
            print(cli_start.tr("Meeting Launcher is already running."), file=sys.stderr)
            return 1
        if os.name == "posix":
            # The one running app: the web engine's log to its file, not the terminal.
            from launcher.web.engine_log import LOG_NAME, route_engine_log

            route_engine_log(default_data_dir() / LOG_NAME)

    preferences = Preferences()
    i18n.install(i18n.resolve(preferences.language()))  # before any widget's text
    window = create_window(preferences=preferences)
    app.setWindowIcon(window.windowIcon())

    def on_shown() -> None:
        gc.enable()  # paused by launcher.__main__ while the window was built
        if exit_when_shown:
            print(f"shown {(time.time() - started) * 1000:.0f}", flush=True)
            # What start-up left until after the first frame, timed too (benchmarks).
            window.finish_start_up()
            print(f"finished {(time.time() - started) * 1000:.0f}", flush=True)
            app.quit()
            return
        web.set_data_dir(default_data_dir())
        server = single_instance.InstanceServer(instance_name, window)
        server.activated.connect(lambda: show_window(window))
        server.link_received.connect(window.open_link)
        window.start()
        if link is not None:
            window.open_link(link)  # once the accounts are ready
        # While the tray keeps the app alive, closing the window must not quit it.
        has_tray = install_tray(window)
        app.setQuitOnLastWindowClosed(not has_tray)
        # With a tray to come back from, closing a meeting window keeps the meeting.
        web.keep_meetings_in_background(has_tray)
        from launcher.ui.front_desk import FrontDesk

        FrontDesk(window)  # who is waiting at the door, from now on
        # Start the web engine a little later, off the critical path, so that the
        # first "Join as host" opens quickly.
        QTimer.singleShot(WEB_WARM_UP_DELAY_MS, web.warm_up)

    if isinstance(app, LauncherApplication):  # a link that started the app comes now (macOS)

        def on_link_opened(url: str) -> None:
            show_window(window)
            window.open_link(url)

        app.link_opened.connect(on_link_opened)
    _ShownProbe(window, on_shown)
    window.show()
    # Meeting windows leave their meetings (and finish saving a recording) first.
    window.quit_requested.connect(lambda: web.close_meetings(then=app.quit))
    try:
        return app.exec()
    finally:
        gc.enable()
        window.context.close()
        if not exit_when_shown:
            from launcher.core.local_server import stop_local_server

            stop_local_server()
        if lock is not None:
            lock.unlock()


def show_window(window: MainWindow) -> None:
    """Bring the window back (from the tray, or on a second start)."""
    window.showNormal()
    window.raise_()
    window.activateWindow()


def cmd_gui(args: argparse.Namespace) -> int:
    """``meeting-launcher`` with no sub-command: the desktop app."""
    return run_desktop_app()


def run_desktop_app(link: str | None = None) -> int:
    """The desktop app, with logging set up (secrets redacted); ``link``: a meeting link
    from the command line or the ``meeting-launcher:`` URL scheme."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from launcher.redaction import install_redaction

    install_redaction(logging.getLogger())
    return run(sys.argv[:1], link)
