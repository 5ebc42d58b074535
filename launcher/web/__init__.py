"""QtWebEngine profile, page and meeting window.

Importing this package loads no QtWebEngine module: the main window's start-up
stays light, and the engine starts on the first :func:`open_meeting` (or an
explicit :func:`warm_up` once the main window is idle).

    from launcher import web
    web.set_data_dir(settings_data_dir)          # before the first window
    window = web.open_meeting(room.host_url, meeting_origin=account_origin,
                              title=room.display_name, ca_file=account.ca_file)
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from launcher.web.policy import origin_of

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QWidget

    from launcher.web.window import MeetingWindow

__all__ = [
    "add_meeting_listener",
    "before_qapplication",
    "close_meetings",
    "keep_meetings_in_background",
    "meetings_in_progress",
    "open_meeting",
    "origin_of",
    "remove_meeting_listener",
    "set_data_dir",
    "warm_up",
]


def before_qapplication(*chromium_flags: str) -> None:
    """Call before the QApplication exists: QtWebEngine needs shared OpenGL contexts
    when it is imported later, and reads its Chromium flags once, at start-up.
    Extra ``chromium_flags`` are appended to QTWEBENGINE_CHROMIUM_FLAGS (the
    user's own flags are kept)."""
    from launcher.web import profile

    if not _share_opengl_contexts_natively():
        from PySide6.QtCore import QCoreApplication, Qt

        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    if chromium_flags:
        profile.add_chromium_flags(*chromium_flags)


#: Qt::AA_ShareOpenGLContexts (a test checks it against PySide6).
AA_SHARE_OPENGL_CONTEXTS = 18
_QT_SET_ATTRIBUTE = "_ZN16QCoreApplication12setAttributeEN2Qt20ApplicationAttributeEb"
_QT_TEST_ATTRIBUTE = "_ZN16QCoreApplication13testAttributeEN2Qt20ApplicationAttributeE"


def _share_opengl_contexts_natively() -> bool:
    """Set Qt::AA_ShareOpenGLContexts through QtCore's own exported function (Linux);
    False when that is not possible here (then the caller goes through PySide6).

    Why: PySide6 builds its whole ``Qt`` namespace, every ``Qt.*`` enum (some 20 ms),
    at its first use, and this runs before the main window's first frame, which
    otherwise needs no ``Qt.*``. The call is checked by reading the attribute back.
    """
    if not sys.platform.startswith("linux"):
        return False
    import PySide6.QtCore  # noqa: F401  loads libQt6Core

    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            paths = {line.split(None, 5)[-1].strip() for line in maps if "libQt6Core.so" in line}
        paths = {path for path in paths if path.startswith("/")}
        if len(paths) != 1:
            return False
        import ctypes

        qtcore = ctypes.CDLL(paths.pop(), mode=ctypes.RTLD_LOCAL)  # the loaded library
        set_attribute = getattr(qtcore, _QT_SET_ATTRIBUTE)
        set_attribute.argtypes = [ctypes.c_int, ctypes.c_bool]
        set_attribute.restype = None
        test_attribute = getattr(qtcore, _QT_TEST_ATTRIBUTE)
        test_attribute.argtypes = [ctypes.c_int]
        test_attribute.restype = ctypes.c_bool
        set_attribute(AA_SHARE_OPENGL_CONTEXTS, True)
        return bool(test_attribute(AA_SHARE_OPENGL_CONTEXTS))
    except (OSError, AttributeError):
        return False


_keep_in_background = False
_listeners: list[Callable[[MeetingWindow], object]] = []


def keep_meetings_in_background(on: bool) -> None:
    """Closing a meeting window while in the meeting hides it and the meeting goes on
    (``on``: the app's tray keeps the app running and leads back to the window)."""
    global _keep_in_background
    _keep_in_background = on


def add_meeting_listener(
    callback: Callable[[MeetingWindow], object], owner: QObject | None = None
) -> None:
    """Call ``callback(window)`` for every meeting window opened from now on; only
    while ``owner`` (the QObject the callback belongs to, when given) lives."""
    _listeners.append(callback)
    if owner is not None:
        owner.destroyed.connect(lambda *_: remove_meeting_listener(callback))


def remove_meeting_listener(callback: Callable[[MeetingWindow], object]) -> None:
    """Stop calling ``callback`` (nothing happens when it was not added)."""
    with contextlib.suppress(ValueError):
        _listeners.remove(callback)


def meetings_in_progress() -> list[MeetingWindow]:
    """Meeting windows whose person has not left (shown or kept in the background)."""
    from PySide6.QtWidgets import QApplication

    from launcher.web.window import MeetingWindow

    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, MeetingWindow) and widget.in_meeting and not widget.has_closed
    ]


def set_data_dir(path: str | Path) -> None:
    """Where the web profile keeps its storage (``<path>/web``); call before the first window."""
    from launcher.web import profile

    profile.set_data_dir(Path(path))


def open_meeting(
    url: str,
    *,
    meeting_origin: str,
    title: str,
    ca_file: str | None = None,
    parent: QWidget | None = None,
    key: str | None = None,
) -> MeetingWindow:
    """Open ``url`` (a host or guest link) in a new meeting window, shown.

    With ``key`` (say, the account and room), a meeting window already open for the
    same key is brought to the front instead: the person would otherwise join twice.

    Camera, microphone and screen capture are granted only to ``meeting_origin``
    (``scheme://host:port`` of the account's server). ``ca_file`` is the
    account's extra CA (PEM): a certificate error is accepted only for a chain
    containing one of its certificates. When QtWebEngine cannot start, the
    window offers "Open in browser" instead. ``url`` is a secret for hosts: it
    is never logged.
    """
    from PySide6.QtWidgets import QApplication

    from launcher.web.window import MeetingWindow

    if key is not None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MeetingWindow) and widget.key == key and widget.in_meeting:
                widget.showNormal()
                widget.raise_()
                widget.activateWindow()
                return widget
    window = MeetingWindow(
        url, meeting_origin=meeting_origin, title=title, ca_file=ca_file, parent=parent
    )
    window.key = key
    window.keep_in_background = _keep_in_background
    for listener in _listeners:
        listener(window)
    window.show()
    window.start()
    return window


def close_meetings(then: Callable[[], object]) -> None:
    """Close every meeting window as the user would (each leaves its meeting, and one
    whose host recording is still being uploaded waits for it), then call ``then``.

    The app quits through this, so that quitting loses no recording.
    """
    from PySide6.QtWidgets import QApplication

    from launcher.web.window import MeetingWindow

    open_windows = [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, MeetingWindow) and not widget.has_closed
    ]
    if not open_windows:
        then()
        return
    remaining = set(open_windows)

    def on_closed(window: MeetingWindow) -> None:
        remaining.discard(window)
        if not remaining:
            then()

    for window in open_windows:
        window.closed.connect(lambda w=window: on_closed(w))
        window.keep_in_background = False  # quitting leaves the meeting
        if not window.saving_recording:  # one already closed by the user just waits
            window.close()


def warm_up(*, start_engine: bool = False) -> bool:
    """Prepare for the first meeting window; call once the main window is idle.

    Default: only check that QtWebEngine is installed (nothing is loaded; the
    engine starts on the first :func:`open_meeting`, which then takes about as
    long as a bare web view). ``start_engine=True`` starts Chromium's processes
    now: the first join is about a third faster, but the idle app holds about
    370 MB more RSS. Returns False when QtWebEngine is unavailable (the meeting
    window will then offer the browser). Safe to call more than once.
    """
    from launcher.web import profile

    return profile.warm_up(start_engine=start_engine)
