"""The web profiles (meetings: named, on disk; theme previews: off the record), and
starting the engine early.

Both profiles live as long as the application: Chromium sets up a browser context
for each profile, and one torn down while the app runs, just after its page, is the
least-trodden path through QtWebEngine's clean-up.

Everything QtWebEngine is imported inside functions: importing this module is cheap.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile

log = logging.getLogger(__name__)

PROFILE_NAME = "meetings"
FLAGS_VARIABLE = "QTWEBENGINE_CHROMIUM_FLAGS"

_data_dir: Path | None = None
_profile: QWebEngineProfile | None = None
_preview_profile: QWebEngineProfile | None = None
_warm_page: QWebEnginePage | None = None


def set_data_dir(path: Path) -> None:
    """Use ``path/web`` for the profile; only before the profile exists."""
    global _data_dir
    if _profile is not None and path != _data_dir:
        raise RuntimeError("the web profile is already open; set its directory earlier")
    _data_dir = path


def data_dir() -> Path:
    """The app data directory the profile lives under."""
    if _data_dir is not None:
        return _data_dir
    from launcher.core.settings import default_data_dir

    return default_data_dir()


def add_chromium_flags(*flags: str) -> str:
    """Append ``flags`` to QTWEBENGINE_CHROMIUM_FLAGS, keeping what the user set.

    Must run before QtWebEngine starts (the variable is read once). Returns the new value.
    """
    current = os.environ.get(FLAGS_VARIABLE, "").split()
    for flag in flags:
        if flag not in current:
            current.append(flag)
    value = " ".join(current)
    os.environ[FLAGS_VARIABLE] = value
    return value


SANDBOX_VARIABLE = "QTWEBENGINE_DISABLE_SANDBOX"


def sandbox_disabled() -> bool:
    """True when the person turned Chromium's sandbox off themselves."""
    value = os.environ.get(SANDBOX_VARIABLE, "")
    return (value not in ("", "0")) or "--no-sandbox" in os.environ.get(FLAGS_VARIABLE, "").split()


def user_namespaces_allowed(proc_sys: Path = Path("/proc/sys")) -> bool:
    """False when Linux turns off the user namespaces Chromium's sandbox is built on."""
    for name in ("kernel/unprivileged_userns_clone", "user/max_user_namespaces"):
        try:
            if (proc_sys / name).read_text().strip() == "0":
                return False
        except (OSError, ValueError):
            continue  # not on this kernel
    return True


def start_problem() -> str | None:
    """Why Chromium would not start here, or None.

    Where its sandbox cannot run, Chromium does not fail politely: it aborts, and
    takes the whole app with it. So the cases that can be seen beforehand are checked
    before the engine starts: ``"root"`` (Chromium refuses to sandbox as root) and
    ``"no_user_namespaces"`` (Linux turned off what the sandbox needs). The sandbox
    is not turned off silently for the person: web pages from a server would then run
    unconfined, as root in the first case. Who wants that anyway sets
    QTWEBENGINE_DISABLE_SANDBOX=1 (or --no-sandbox in QTWEBENGINE_CHROMIUM_FLAGS),
    as the self-test and the tests do.
    """
    if sandbox_disabled():
        return None
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return "root"
    if sys.platform.startswith("linux") and not user_namespaces_allowed():
        return "no_user_namespaces"
    return None


def engine_available() -> bool:
    """True when QtWebEngine can be imported (it may still fail to start later)."""
    try:
        import PySide6.QtWebEngineCore
        import PySide6.QtWebEngineWidgets  # noqa: F401
    except ImportError as exc:
        log.warning("QtWebEngine is not available: %s", exc)
        return False
    return True


def meeting_profile() -> QWebEngineProfile:
    """The one persistent profile for meetings (created on first use)."""
    global _profile
    if _profile is not None:
        return _profile
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWebEngineCore import QWebEngineProfile

    root = data_dir() / "web"
    root.mkdir(parents=True, exist_ok=True)
    # Parented to the application so it outlives every meeting page.
    profile = QWebEngineProfile(PROFILE_NAME, QCoreApplication.instance())
    profile.setPersistentStoragePath(str(root / "storage"))
    profile.setCachePath(str(root / "cache"))
    # Decisions come from the page's policy every time; nothing is remembered
    # on disk, so a permission can never outlive the rule that granted it.
    profile.setPersistentPermissionsPolicy(
        QWebEngineProfile.PersistentPermissionsPolicy.AskEveryTime
    )
    _profile = profile
    return profile


def preview_profile() -> QWebEngineProfile:
    """The off-the-record profile of theme previews (created on first use).

    Nothing of a preview is stored, and the meetings' profile (camera choice, names
    typed) is left alone. Every preview shares it, so closing a themes window tears
    down only pages.
    """
    global _preview_profile
    if _preview_profile is not None:
        return _preview_profile
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWebEngineCore import QWebEngineProfile

    _preview_profile = QWebEngineProfile(QCoreApplication.instance())  # off the record
    return _preview_profile


def warm_up(*, start_engine: bool = False) -> bool:
    """Get ready for the first meeting window.

    By default this only checks that QtWebEngine is installed, without loading
    it: loading its modules early costs about 40 MB and saves no measurable time.
    With ``start_engine`` the profile and a hidden blank page are created, so
    Chromium's processes are running: the first join is about a third faster, at
    about +370 MB RSS while no meeting is open (tests/benchmarks/bench_meeting.py).
    """
    global _warm_page
    if not start_engine:
        return importlib.util.find_spec("PySide6.QtWebEngineWidgets") is not None
    if not engine_available():
        return False
    if _warm_page is not None:
        return True
    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage

    profile = meeting_profile()
    page = QWebEnginePage(profile, profile)
    page.load(QUrl("about:blank"))
    _warm_page = page
    return True


def warm_page() -> QWebEnginePage | None:
    """The hidden page ``warm_up(start_engine=True)`` made (benchmarks wait for it)."""
    return _warm_page


def shutdown() -> None:
    """Delete the warm-up page and the profiles (after every page is gone).

    Call before the QApplication goes away in short-lived processes (self-test,
    benchmarks): a profile destroyed while pages still use it crashes on exit.
    """
    global _profile, _preview_profile, _warm_page
    from PySide6.QtCore import QCoreApplication, QEvent

    if _warm_page is not None:
        _warm_page.deleteLater()
        _warm_page = None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for profile in (_profile, _preview_profile):
        if profile is not None:
            profile.deleteLater()
    _profile = _preview_profile = None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
