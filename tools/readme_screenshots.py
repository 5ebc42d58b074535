"""Take the README's screenshots (docs/screenshots/*.png) from the real app.

    .venv/bin/python tools/readme_screenshots.py [--out docs/screenshots]

What a receptionist sees, in order: the main window on the built-in server ("This
computer") with two scheduled rooms; the result card after "Start a meeting now",
the guest link copied; the app's meeting window joined as host, with a guest in
it; and that guest's page in Chromium at desktop and at phone width.

It runs the app as ``./run app`` does (the same window, the same first-run set-up,
the built-in server on loopback), in a throwaway home inside a private D-Bus
session with an unlocked gnome-keyring and an Xvfb display: it starts itself again
through tests/helpers/session.sh, as ``./run tests`` does, so nothing of your own
home, keyring or settings is touched. Camera and microphone are Chromium's fake
devices (the moving test pattern and a beep), in the app and in the guest's
browser alike. The PNGs are then made small with ``pngquant`` and ``optipng``
(Debian packages of those names). Look at every image before committing it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "docs" / "screenshots"
IN_SESSION = "MEETING_LAUNCHER_SCREENSHOT_SESSION"
FAKE_MEDIA = "--use-fake-device-for-media-stream"
GUEST = "Alex Martin"
HOST = "Front desk"


def _relaunch(out: Path) -> int:
    """This script again, in a private D-Bus session with keyring and Xvfb."""
    tools = {}
    for tool in ("dbus-run-session", "gnome-keyring-daemon", "Xvfb", "bash"):
        tools[tool] = shutil.which(tool)
        if tools[tool] is None:
            sys.exit(f"readme_screenshots.py: {tool} is missing (./run tests installs it)")
    env = dict(os.environ, **{IN_SESSION: "1"})
    session = ROOT / "tests" / "helpers" / "session.sh"
    command = [str(tools["dbus-run-session"]), "--", str(tools["bash"]), str(session),
               sys.executable, str(Path(__file__).resolve()), "--out", str(out)]  # fmt: skip
    return subprocess.call(command, env=env)  # noqa: S603  fixed programs, no shell


def _wait(condition: Callable[[], Any], what: str, timeout: float = 60.0) -> Any:
    """Run Qt's event loop until ``condition()`` is truthy; its value."""
    from PySide6.QtTest import QTest

    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise SystemExit(f"readme_screenshots.py: timed out waiting for {what}")
        QTest.qWait(50)


def _settle(seconds: float) -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(int(seconds * 1000))


def _js(window: Any, script: str) -> Any:
    """Run ``script`` (a function body) in the meeting window's page; its result."""
    box: list[Any] = []
    window.page.runJavaScript(f"(() => {{ {script} }})()", 0, box.append)
    _wait(lambda: box, "the meeting page to answer", 15)
    return box[0]


def _grab(widget: Any, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"readme_screenshots.py: could not write {path}")
    print(f"  {path.parent.name}/{path.name}")


def _take(out: Path) -> None:
    display = os.environ.get("LAUNCHER_TEST_DISPLAY")
    if display:
        os.environ["DISPLAY"] = display
        os.environ["QT_QPA_PLATFORM"] = "xcb"
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # Chromium as root
    sys.path.insert(0, str(ROOT))

    from PySide6.QtGui import QGuiApplication

    from launcher import __version__, web
    from launcher.core.paths import default_data_dir
    from launcher.ui import i18n, style
    from launcher.ui.app import create_window
    from launcher.ui.preferences import Preferences
    from launcher.web.window import MeetingWindow
    from tests.helpers.browsers import ChromiumBrowser

    web.before_qapplication(FAKE_MEDIA)
    app = style.create_application([sys.argv[0]])
    app.setApplicationName("Meeting Launcher")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Meeting Launcher")
    i18n.install("en")
    window = create_window(preferences=Preferences())
    app.setWindowIcon(window.windowIcon())
    window.resize(1120, 940)
    window.show()
    _wait(window.isVisible, "the main window")
    web.set_data_dir(default_data_dir())
    window.start()
    account = _wait(window.context.account, "the built-in server (This computer)")

    # Two rooms someone scheduled earlier, so the list is not empty.
    client = window.context.client(account)
    now = datetime.now(UTC)
    client.create_room("Weekly team meeting", type="long_term", expires_at=now + timedelta(days=90))
    client.create_room("Visitor: ACME Ltd", type="long_term", expires_at=now + timedelta(days=7))
    window.rooms_view.refresh()
    _wait(
        lambda: window.rooms_view.model.rowCount() == 2 and not window.rooms_view.loading,
        "the rooms list",
    )
    _settle(0.5)
    print("Screenshots:")
    _grab(window, out / "main-window.png")

    # "Start a meeting now": the room is made and its guest link is on the clipboard.
    created: list[Any] = []
    window.room_created.connect(created.append)
    window.start_button.click()
    _wait(lambda: created and window.result_card.isVisible(), "the new meeting's result card")
    room = created[0]
    link = QGuiApplication.clipboard().text()
    if link != room.guest_url:
        raise SystemExit("readme_screenshots.py: the guest link was not copied")
    _settle(0.5)
    _grab(window, out / "meeting-started.png")

    # "Join as host": the app's own meeting window, fake camera and microphone.
    window.join_as_host(room)
    meeting = _wait(
        lambda: next(
            (w for w in app.topLevelWidgets() if isinstance(w, MeetingWindow) and w.page),
            None,
        ),
        "the meeting window",
    )
    meeting.resize(1120, 700)

    def status() -> dict[str, Any]:
        text = _js(meeting, "return JSON.stringify(window.meetingStatus ? meetingStatus() : {});")
        return dict(json.loads(text or "{}"))

    def knock_of(person: str) -> dict[str, Any] | None:
        return next((w for w in status().get("waiting", []) if w["name"] == person), None)

    _wait(lambda: status().get("view") in ("lobby", "meeting"), "the host's page", 90)
    if status().get("view") == "lobby":
        _wait(lambda: status().get("firstLocalFrameAt"), "the host's camera preview")
        _js(
            meeting,
            f"const e = document.querySelector('#name'); e.value = {json.dumps(HOST)};"
            " e.dispatchEvent(new Event('input', {bubbles: true}));"
            " document.querySelector('#join-btn').click(); return true;",
        )
    _wait(lambda: status().get("view") == "meeting", "the host to be in the meeting", 60)

    # A guest opens the copied link in Chromium (desktop), and one on a phone.
    browser = ChromiumBrowser()
    try:
        for name, kwargs, shot in (
            (GUEST, {"width": 1280, "height": 800}, "guest-desktop.png"),
            ("Sam", {"width": 390, "height": 844, "touch": True}, "guest-phone.png"),
        ):
            guest = browser.guest(name, idle=_settle, **kwargs)  # type: ignore[arg-type]
            guest.open(link)
            if name != GUEST:  # what a guest sees first: name, camera preview, Join
                guest.wait_for(
                    "meetingStatus().view === 'lobby' && meetingStatus().firstLocalFrameAt"
                )
                guest.type_text("#name", name)
                _settle(1.0)
                guest.screenshot(out / "guest-phone-lobby.png")
                print(f"  {out.name}/guest-phone-lobby.png")
            guest.join(name)
            guest.wait_for("['meeting', 'message'].includes(meetingStatus().view)")
            if guest.status().get("message") == "waiting_approval":
                knock = _wait(partial(knock_of, name), "the guest's knock")
                _js(
                    meeting,
                    'document.querySelector(\'#knocks button[data-action="admit"]'
                    f'[data-id="{knock["id"]}"]\').click(); return true;',
                )
                guest.wait_admitted()
            guest.wait_receiving(HOST, timeout=60)
            _settle(1.5)
            guest.screenshot(out / shot)
            print(f"  {out.name}/{shot}")
            if name == GUEST:
                _wait(
                    lambda: any(p.get("name") == GUEST and p.get("framesDecoded")
                                for p in status().get("peers", [])),
                    "the guest's video in the host window",
                )  # fmt: skip
                _settle(1.5)
                _js(
                    meeting,
                    "window.painted = false; requestAnimationFrame(() =>"
                    " requestAnimationFrame(() => { window.painted = true; })); return true;",
                )
                _wait(lambda: _js(meeting, "return window.painted;"), "a painted frame")
                _settle(0.5)
                _grab(meeting, out / "meeting-window-host.png")
    finally:
        browser.close()
    meeting.close()
    window.context.close()
    from launcher.core.local_server import stop_local_server

    stop_local_server()


def _optimise(out: Path) -> None:
    """Palette PNGs (pngquant, visually lossless for UI), then optipng."""
    pngs = sorted(out.glob("*.png"))
    pngquant, optipng = shutil.which("pngquant"), shutil.which("optipng")
    if pngquant and optipng:
        for png in pngs:
            subprocess.run(  # noqa: S603  fixed programs, no shell
                [pngquant, "--force", "--skip-if-larger", "--strip", "--quality=70-95",
                 "--speed=1", "--output", str(png), str(png)],
                check=False,
            )  # fmt: skip
            subprocess.run([optipng, "-quiet", "-o5", "-strip", "all", str(png)], check=True)  # noqa: S603
    else:
        print("readme_screenshots.py: pngquant/optipng missing, PNGs left as they are "
              "(apt-get install pngquant optipng)")  # fmt: skip
    total = sum(png.stat().st_size for png in pngs)
    print(f"{len(pngs)} PNGs, {total / 1024:.0f} kB in {out}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    out = args.out.resolve()
    if os.environ.get(IN_SESSION) != "1":
        status = _relaunch(out)
        if status == 0:
            _optimise(out)
        return status
    _take(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
