"""Meeting window benchmarks (a script, not a test).

    .venv/bin/python tests/benchmarks/bench_meeting.py [--runs 5] [--skip-join] [--skip-memory]

1. Join: time from "Join as host" (the ``open_meeting`` call) to the first frame of
   the local camera in the page's preview (the page's requestVideoFrameCallback
   time), against a bare QWebEngineView on the default profile loading the same
   host URL cold with every permission granted. Each run is a fresh process
   (QApplication already up, nothing else); runs alternate, median shown.
   Variants of the app: nothing warmed, after ``warm_up()`` (only checks the
   engine is installed; what the main window calls once idle) and after
   ``warm_up(start_engine=True)`` (Chromium running). Target: app <= 1.2x bare.
2. Memory: RSS (and PSS) of the app process and all its children (QtWebEngine's
   processes) with the main window shown and no meeting (``python -m launcher``,
   sampled 1.6 s and 8 s after start: before and after the ``warm_up()`` it
   schedules at 2 s), against a bare PySide6 window; plus what
   ``warm_up(start_engine=True)`` would add. Each process is started ``--runs``
   times, interleaved; medians. Target: app <= 1.3x bare. Two more rows show
   where the floor is, against the same bare window: the bare window with one
   line of text (a QLabel: fonts and text rendering), and the app's own main
   window with no account, so with no built-in server, API client or keyring
   loaded (the desktop start-up path of ``launcher.__main__``, with
   ``create_window`` given an empty account list and no first-run set-up).

Chromium's fake camera and microphone are used; the built-in server runs in this
process. The host link reaches child processes on stdin, never a command line.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

CHILD = r"""
import json, os, sys, time
mode = sys.argv[1]
url, origin, data_dir = json.loads(sys.stdin.readline())
from launcher import web
web.before_qapplication("--use-fake-device-for-media-stream")
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
web.set_data_dir(data_dir)
state = {}

def poll():
    page = state["page"]
    def got(value):
        if value:
            print(json.dumps({"ms": value - state["t0"] * 1000}), flush=True)
            app.quit()
        else:
            QTimer.singleShot(10, poll)
    page.runJavaScript(
        "window.meetingStatus ? meetingStatus().firstLocalFrameAt : null", 0, got)

def start():
    state["t0"] = time.time()
    if mode == "bare":
        from PySide6.QtWebEngineWidgets import QWebEngineView
        view = QWebEngineView()
        view.page().permissionRequested.connect(lambda p: p.grant())
        view.resize(1200, 800)
        view.show()
        view.load(QUrl(url))
        state["view"], state["page"] = view, view.page()
    else:
        window = web.open_meeting(url, meeting_origin=origin, title="Benchmark")
        state["window"], state["page"] = window, window.page
    poll()

if mode in ("warm", "engine"):
    web.warm_up(start_engine=mode == "engine")
    from launcher.web import profile
    # Join a while after the warm-up, as a person clicking "Join as host" some
    # seconds after the window appeared would.
    page = profile.warm_page()
    if page is not None:
        page.loadFinished.connect(lambda ok: QTimer.singleShot(500, start))
    else:
        QTimer.singleShot(500, start)
else:
    QTimer.singleShot(0, start)
QTimer.singleShot(60000, app.quit)
app.exec()
"""

BARE_WINDOW = r"""
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1120, 720)
window.show()
app.exec()
"""

LABEL_WINDOW = r"""
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("Meeting Launcher"))
window.resize(1120, 720)
window.show()
app.exec()
"""

# launcher.__main__'s desktop path, but with no account: nothing that talks to a
# server is imported (the window shows its "no account" state).
APP_WINDOW_NO_ACCOUNT = r"""
import gc
gc.disable()
from launcher.bootstrap import bootstrap_code_cache, default_bootstrap_cache
from launcher.bootstrap import lighten_pyside_imports
with bootstrap_code_cache(default_bootstrap_cache()):
    lighten_pyside_imports()
from launcher.ui import app as app_module

class NoAccounts:
    def accounts(self):
        return []
    def default(self):
        return None
    def get(self, name):
        raise KeyError(name)

create_window = app_module.create_window
app_module.create_window = lambda: create_window(NoAccounts(), prepare_local=False)
app_module.run_desktop_app()
"""

WARM_WINDOW = r"""
import os
from launcher import web
web.before_qapplication()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1120, 720)
window.show()
web.set_data_dir(os.environ["HOME"])
QTimer.singleShot(500, lambda: web.warm_up(start_engine=True))
app.exec()
"""


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    return env


def join_once(mode: str, url: str, origin: str, scratch: Path) -> float:
    """Milliseconds from the join call to the first local frame, in a fresh process.

    Each variant keeps its data directory across runs, as the app keeps its web
    profile; the bare view uses the default (in-memory) profile anyway.
    """
    data_dir = scratch / f"data-{mode}"
    data_dir.mkdir(exist_ok=True)
    process = subprocess.run(
        [sys.executable, "-c", CHILD, mode],
        input=json.dumps([url, origin, str(data_dir)]) + "\n",
        capture_output=True,
        text=True,
        env=_env(data_dir),
        cwd=REPO,
        timeout=120,
        check=False,
    )
    for line in process.stdout.splitlines():
        if line.startswith("{"):
            return float(json.loads(line)["ms"])
    raise RuntimeError(f"{mode} run gave no time: {process.stderr[-1500:]}")


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        todo.extend(int(child) for child in children)
    return pids


def memory_kib(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in KiB summed over ``pid`` and its descendants."""
    rss = pss = 0
    for member in _tree(pid):
        try:
            for line in Path(f"/proc/{member}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1])
        except OSError:
            continue
    return rss, pss


def measure_process(command: list[str], at: list[float], scratch: Path) -> list[tuple[int, int]]:
    """Memory of a started process tree at the given seconds after spawn."""
    home = Path(tempfile.mkdtemp(dir=scratch))
    process = subprocess.Popen(
        command,
        env=_env(home),
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    started = time.monotonic()
    samples = []
    try:
        for moment in at:
            time.sleep(max(0.0, started + moment - time.monotonic()))
            samples.append(memory_kib(process.pid))
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-join", action="store_true", help="memory part only")
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-meeting-") as tmp:
        scratch = Path(tmp)
        if not args.skip_join:
            bench_join(args.runs, scratch)
        if not args.skip_memory:
            bench_memory(args.runs, scratch)
    return 0


def bench_join(runs: int, scratch: Path) -> None:
    from launcher.api import MeetingsClient
    from launcher.server import BuiltinServer, ServerConfig, create_application

    server = BuiltinServer(ServerConfig(data_dir=scratch / "server"))
    server.start()
    try:
        app_id, key = create_application(server.config.data_dir, "bench")
        with MeetingsClient(server.api_url, app_id, key) as client:
            room = client.create_room("Benchmark")
        assert room.host_url is not None
        results: dict[str, list[float]] = {"bare": [], "cold": [], "warm": [], "engine": []}
        for mode in results:  # untimed: disk caches, profile directories
            join_once(mode, room.host_url, server.origin, scratch)
        for _ in range(runs):
            for mode in results:
                results[mode].append(join_once(mode, room.host_url, server.origin, scratch))
    finally:
        server.stop()

    bare = statistics.median(results["bare"])
    print(f"\nJoin as host -> local camera showing (median of {runs}, ms)")
    print(f"{'variant':<48}{'median':>8}{'min':>8}{'max':>8}{'ratio':>8}")
    rows = [
        ("bare QWebEngineView, cold", "bare"),
        ("open_meeting, nothing warmed", "cold"),
        ("open_meeting after warm_up()", "warm"),
        ("open_meeting after warm_up(start_engine=True)", "engine"),
    ]
    for label, mode in rows:
        values = results[mode]
        median = statistics.median(values)
        print(f"{label:<48}{median:8.0f}{min(values):8.0f}{max(values):8.0f}{median / bare:8.2f}x")


def bench_memory(runs: int, scratch: Path) -> None:
    # The app schedules warm_up() 2 s after its window is shown. Each process is
    # started --runs times, interleaved; medians shown (RSS moves by some MiB from
    # one start to the next, with what the in-process server has done by then).
    samples: dict[str, list[tuple[int, int]]] = {
        key: [] for key in ("bare", "label", "window", "app1", "app8", "eng")
    }
    for _ in range(runs):
        samples["bare"] += measure_process([sys.executable, "-c", BARE_WINDOW], [3.0], scratch)
        samples["label"] += measure_process([sys.executable, "-c", LABEL_WINDOW], [3.0], scratch)
        samples["window"] += measure_process(
            [sys.executable, "-c", APP_WINDOW_NO_ACCOUNT], [8.0], scratch
        )
        early, late = measure_process([sys.executable, "-m", "launcher"], [1.6, 8.0], scratch)
        samples["app1"].append(early)
        samples["app8"].append(late)
        samples["eng"] += measure_process([sys.executable, "-c", WARM_WINDOW], [4.0], scratch)

    def median_of(key: str) -> tuple[float, float]:
        values = samples[key]
        return (
            statistics.median(rss for rss, _ in values),
            statistics.median(pss for _, pss in values),
        )

    bare_rss = median_of("bare")[0]
    print(f"\nMemory, process and children (MiB, median of {runs})")
    print(f"{'process':<48}{'RSS':>8}{'PSS':>8}{'RSS ratio':>11}")
    for label, sample in (
        ("bare PySide6 window", "bare"),
        ("bare window + one QLabel (text)", "label"),
        ("app main window, no account (no network code)", "window"),
        ("app (main window), 1.6 s: before warm_up()", "app1"),
        ("app (main window), 8 s: after warm_up()", "app8"),
        ("bare window + warm_up(start_engine=True)", "eng"),
    ):
        rss, pss = median_of(sample)
        print(f"{label:<48}{rss / 1024:8.0f}{pss / 1024:8.0f}{rss / bare_rss:10.2f}x")


if __name__ == "__main__":
    sys.exit(main())
