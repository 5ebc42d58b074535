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

from pathlib import Path
from typing import TYPE_CHECKING

from launcher.web.policy import origin_of

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from launcher.web.window import MeetingWindow

__all__ = ["before_qapplication", "open_meeting", "origin_of", "set_data_dir", "warm_up"]


def before_qapplication(*chromium_flags: str) -> None:
    """Call before the QApplication exists: QtWebEngine needs shared OpenGL contexts
    when it is imported later, and reads its Chromium flags once, at start-up.
    Extra ``chromium_flags`` are appended to QTWEBENGINE_CHROMIUM_FLAGS (the
    user's own flags are kept)."""
    from PySide6.QtCore import QCoreApplication, Qt

    from launcher.web import profile

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    if chromium_flags:
        profile.add_chromium_flags(*chromium_flags)


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
) -> MeetingWindow:
    """Open ``url`` (a host or guest link) in a new meeting window, shown.

    Camera, microphone and screen capture are granted only to ``meeting_origin``
    (``scheme://host:port`` of the account's server). ``ca_file`` is the
    account's extra CA (PEM): a certificate error is accepted only for a chain
    containing one of its certificates. When QtWebEngine cannot start, the
    window offers "Open in browser" instead. ``url`` is a secret for hosts: it
    is never logged.
    """
    from launcher.web.window import MeetingWindow

    window = MeetingWindow(
        url, meeting_origin=meeting_origin, title=title, ca_file=ca_file, parent=parent
    )
    window.show()
    window.start()
    return window


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
