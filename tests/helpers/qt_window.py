"""The app's meeting window (QtWebEngine) in a process of its own, so that it can run
inside a network namespace the test made (a Qt window in the test process is on the
host's network, where the namespaces' servers are out of reach).

    ip netns exec NS python -m tests.helpers.qt_window URL ORIGIN CA_FILE DATA_DIR CAMERA

The child opens ``URL`` through ``launcher.web.open_meeting`` as the launcher does (the
account's meeting origin and CA file; camera and microphone granted by the app, fake
devices from Chromium, the camera a Y4M file), then answers one JSON request per stdin
line with one JSON line on stdout: ``{"run": body}`` runs a function body in the page,
``{"grab": path}`` saves a screenshot of the window, ``{"close": true}`` leaves and
closes it. EOF on stdin ends it. :class:`QtWindowInNetns` is the test's side: a
:class:`~tests.helpers.browsers.Participant` like the browsers.
"""

from __future__ import annotations

import json
import os
import selectors
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.helpers.browsers import DomParticipant
from tests.helpers.netns import Netns

REPO = Path(__file__).resolve().parents[2]
ANSWER_TIMEOUT = 30.0  # two shared cores, several browsers


class QtWindowInNetns(DomParticipant):
    """A person in the app's meeting window, run in ``netns`` (see the module)."""

    def __init__(
        self,
        netns: Netns,
        name: str,
        url: str,
        *,
        meeting_origin: str,
        ca_file: Path,
        data_dir: Path,
        camera: Path,
    ) -> None:
        super().__init__(name)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        if os.geteuid() == 0:
            env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
        self.proc = netns.popen(
            [
                sys.executable,
                "-m",
                "tests.helpers.qt_window",
                url,
                meeting_origin,
                str(ca_file),
                str(data_dir),
                str(camera),
            ],
            cwd=REPO,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        self._selector = selectors.DefaultSelector()
        assert self.proc.stdout is not None
        self._selector.register(self.proc.stdout, selectors.EVENT_READ)
        assert self._answer(60.0) == "ready", "the meeting window did not open"

    def _answer(self, timeout: float = ANSWER_TIMEOUT) -> Any:
        assert self.proc.stdout is not None
        if not self._selector.select(timeout):
            raise AssertionError(f"{self.name}: the meeting window did not answer")
        line = self.proc.stdout.readline()
        if not line:
            raise AssertionError(f"{self.name}: the meeting window ended ({self.proc.wait()})")
        return json.loads(line)["value"]

    def _ask(self, request: dict[str, Any]) -> Any:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        return self._answer()

    def _run(self, script: str) -> Any:
        return self._ask({"run": script})

    def screenshot(self, path: Path) -> Path:
        self.wait_painted()
        path.parent.mkdir(parents=True, exist_ok=True)
        assert self._ask({"grab": str(path)}), f"{self.name}: no screenshot"
        return path

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                self._ask({"close": True})
                assert self.proc.stdin is not None
                self.proc.stdin.close()
                self.proc.wait(20)
            except (AssertionError, OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()
        self._selector.close()


def main(url: str, origin: str, ca_file: str, data_dir: str, camera: str) -> int:
    from launcher import web

    web.before_qapplication(
        "--use-fake-device-for-media-stream", f"--use-file-for-fake-video-capture={camera}"
    )
    web.set_data_dir(data_dir)
    from PySide6.QtCore import QSocketNotifier, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    window = web.open_meeting(url, meeting_origin=origin, title="Meeting", ca_file=ca_file)
    window.resize(900, 600)
    page = window.page
    assert page is not None, "QtWebEngine did not start"

    def answer(value: Any) -> None:
        sys.stdout.write(json.dumps({"value": value}) + "\n")
        sys.stdout.flush()

    pending = b""

    def on_input() -> None:
        nonlocal pending
        chunk = os.read(0, 65536)
        if not chunk:
            notifier.setEnabled(False)
            window.leave()
            QTimer.singleShot(3000, app.quit)
            return
        pending += chunk
        while b"\n" in pending:
            line, pending = pending.split(b"\n", 1)
            request = json.loads(line)
            if "run" in request:
                page.runJavaScript(f"(() => {{ {request['run']} }})()", 0, answer)
            elif "grab" in request:
                answer(window.grab().save(request["grab"]))
            elif "close" in request:
                window.closed.connect(lambda: answer(True))
                window.leave()

    notifier = QSocketNotifier(0, QSocketNotifier.Type.Read)
    notifier.activated.connect(on_input)
    answer("ready")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:6]))
