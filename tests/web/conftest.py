"""Real QtWebEngine with Chromium's fake camera and microphone, and a real server.

The flags must be in the environment before QtWebEngine starts, so they are set
here at import time. One QApplication (pytest-qt's ``qapp``) and one web engine
serve the whole session; servers are session-wide too.
"""

from __future__ import annotations

import json
import math
import struct
import tempfile
import time
import wave
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from launcher import web
from launcher.web.profile import add_chromium_flags


def _tone_file() -> Path:
    """A WAV tone for the fake microphone (Chromium's own fake input is silent)."""
    path = Path(tempfile.mkdtemp(prefix="web-tests-audio-")) / "tone.wav"
    rate = 48000
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        # 440 Hz in 300 ms bursts: a steady tone would be taken for noise and suppressed.
        samples = (
            int(12000 * math.sin(2 * math.pi * 440 * i / rate)) if i % 24000 < 14400 else 0
            for i in range(rate)
        )
        out.writeframes(b"".join(struct.pack("<h", v) for v in samples))
    return path


add_chromium_flags(
    # Two fake cameras and microphones, so that switching devices can be tested.
    "--use-fake-device-for-media-stream=device-count=2",
    f"--use-file-for-fake-audio-capture={_tone_file()}",
)
web.before_qapplication()

from launcher.api import MeetingsClient  # noqa: E402
from launcher.server import BuiltinServer, ServerConfig, create_application  # noqa: E402

SHOTS = Path("/tmp/team/shots")


def use_web_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The app data folder of every meeting window in this test run (tests/web and
    tests/e2e alike: the meetings' web profile keeps the folder it was opened with)."""
    path = tmp_path_factory.getbasetemp() / "app-data"
    path.mkdir(exist_ok=True)
    web.set_data_dir(path)
    return path


@pytest.fixture(scope="session", autouse=True)
def web_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return use_web_data_dir(tmp_path_factory)


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltinServer]:
    srv = BuiltinServer(
        # Pages and signalling come with every server (ServerConfig.meeting_pages).
        # Webhook tests deliver to a receiver on loopback, refused unless allowed.
        ServerConfig(
            data_dir=tmp_path_factory.mktemp("server"), webhook_allow_private=["127.0.0.0/8"]
        )
    )
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def client(server: BuiltinServer) -> Iterator[MeetingsClient]:
    application_id, key = create_application(
        server.config.data_dir, "web tests", server.config.database
    )
    with MeetingsClient(server.api_url, application_id, key) as api:
        yield api


def run_js(qtbot: Any, page: Any, script: str, timeout: int = 5000) -> Any:
    """Run ``script`` in ``page`` and return its value."""
    box: list[Any] = []
    page.runJavaScript(script, 0, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=timeout)
    return box[0]


def wait_js(qtbot: Any, page: Any, expression: str, timeout: float = 20.0) -> Any:
    """Poll ``expression`` until it is truthy; return its value.

    On timeout the page's meeting status (if any) goes into the failure message.
    """
    deadline = time.monotonic() + timeout
    while True:
        # Through JSON: runJavaScript does not convert nested objects reliably.
        script = f"JSON.stringify({expression})"
        raw = run_js(
            qtbot, page, f"(() => {{ try {{ return {script}; }} catch {{ return 'null'; }} }})()"
        )
        value = json.loads(raw) if isinstance(raw, str) and raw else None
        if value:
            return value
        if time.monotonic() > deadline:
            status = run_js(
                qtbot,
                page,
                "JSON.stringify(window.meetingStatus ? meetingStatus() : window.probeResult)",
            )
            raise AssertionError(f"timed out waiting for {expression}; page state: {status}")
        qtbot.wait(100)


def wait_painted(qtbot: Any, window: Any) -> None:
    """Wait until what the page shows now is on screen (before a screenshot): two
    animation frames in the page, then a moment for the view's copy of the frame."""
    run_js(
        qtbot,
        window.page,
        "window.painted = false;"
        " requestAnimationFrame(() => requestAnimationFrame(() => { window.painted = true; }));"
        " true",
    )
    wait_js(qtbot, window.page, "window.painted")
    qtbot.wait(200)


def status(qtbot: Any, page: Any) -> dict[str, Any]:
    """The meeting page's ``meetingStatus()``."""
    return dict(json.loads(run_js(qtbot, page, "JSON.stringify(meetingStatus())")))


@pytest.fixture
def windows(qtbot: Any, server: BuiltinServer) -> Iterator[Callable[..., Any]]:
    """Open meeting windows through the public entry; all are closed afterwards."""
    opened: list[Any] = []

    def open_window(url: str, title: str = "Test meeting", **kwargs: Any) -> Any:
        kwargs.setdefault("meeting_origin", server.origin)
        window = web.open_meeting(url, title=title, **kwargs)
        window.resize(1100, 700)
        opened.append(window)
        return window

    yield open_window
    for window in opened:
        try:
            if window.isVisible() or not window.fallback_shown:
                with qtbot.waitSignal(window.closed, timeout=5000, raising=False):
                    window.close()
        except RuntimeError:
            pass  # already deleted (closed by the test)
