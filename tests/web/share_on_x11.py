"""Run by test_screen_share_on_x11 in its own process: a real X screen to share.

Opens the probe page in a meeting window on the xcb platform, asks for the screen,
picks the first entry in the real picker, and prints what the page got as JSON.
Usage: python -m tests.web.share_on_x11 <scratch dir> <picker screenshot path>
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from launcher import web

web.before_qapplication("--use-fake-device-for-media-stream")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from launcher.server import BuiltinServer, ServerConfig  # noqa: E402

ASK = (
    "window.probeResult && !window.asked ? (window.asked = 1,"
    " navigator.mediaDevices.getDisplayMedia({video: true})"
    ".then(s => window.share = 'captured ' + s.getVideoTracks()[0].readyState)"
    ".catch(e => window.share = 'error ' + e.name), null) : (window.share || null)"
)


def main() -> int:
    root, shot = Path(sys.argv[1]), sys.argv[2]
    app = QApplication([])
    web.set_data_dir(root / "app")
    server = BuiltinServer(ServerConfig(data_dir=root / "server"))
    server.start()
    out: dict[str, Any] = {}
    window = web.open_meeting(
        server.origin + "/meeting-assets/probe.html", meeting_origin=server.origin, title="Share"
    )
    page = window.page
    assert page is not None, "the web engine did not start"

    def on_picker(picker: Any) -> None:
        out["screens"] = picker._lists["screen"].model().rowCount()

        def answer() -> None:
            picker.grab().save(shot)
            picker.accept()

        QTimer.singleShot(300, picker, answer)

    def poll() -> None:
        def got(result: Any) -> None:
            if result:
                out["share"] = result
                app.quit()
            else:
                QTimer.singleShot(100, poll)

        page.runJavaScript(ASK, 0, got)

    page.picker_opened.connect(on_picker)
    QTimer.singleShot(0, poll)
    QTimer.singleShot(30000, app.quit)
    app.exec()
    print(json.dumps(out), flush=True)
    window.close()
    server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
