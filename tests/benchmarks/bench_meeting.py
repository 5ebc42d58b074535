"""Meeting window benchmarks (a script, not a test).

    .venv/bin/python tests/benchmarks/bench_meeting.py [--runs 5] [--skip-join] [--skip-memory]
        [--skip-meeting] [--settle 5] [--profile]

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
   The target the app is held to is a floor made of the same parts, measured in
   the same run: a bare window with one QLabel plus an aiohttp server with TLS
   serving one route (served once), in one process. Target: app <= 1.15x floor.
3. Meeting memory: the app's meeting window (``open_meeting``, joined as host) and a
   bare QWebEngineView at the same host link with every permission granted, each as
   the fourth person in a meeting of the built-in server whose three others are
   QtWebEngine pages in one more process; RSS and PSS of the process and its
   children once frames from all three others are decoded and ``--settle`` seconds
   passed. Fresh process per run, alternating. Target: app <= 1.1x bare.

Chromium's fake camera and microphone are used; the built-in server runs in this
process. The host link reaches child processes on stdin, never a command line.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

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

# The floor the app's idle memory is held to: the same parts, bare. A window with one
# line of text, and an aiohttp server with TLS serving one route (and served once, from
# this process, so that both ends of a TLS connection have run), in one process as the
# app's built-in server is.
FLOOR = (
    r"""
import asyncio, ssl, sys, threading
from aiohttp import ClientSession, web

cert, key = sys.argv[1], sys.argv[2]

async def hello(request):
    return web.Response(text="ok")

def serve():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    application = web.Application()
    application.router.add_get("/", hello)
    runner = web.AppRunner(application, access_log=None, handle_signals=False)
    loop.run_until_complete(runner.setup())
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=context)
    loop.run_until_complete(site.start())
    port = runner.addresses[0][1]

    async def fetch_once():
        client_context = ssl.create_default_context(cafile=cert)
        async with ClientSession() as session:
            async with session.get(f"https://127.0.0.1:{port}/", ssl=client_context) as answer:
                assert await answer.text() == "ok"

    loop.run_until_complete(fetch_once())
    loop.run_forever()

threading.Thread(target=serve, daemon=True).start()
"""
    + LABEL_WINDOW
)

# A person in a four-person meeting: QtWebEngine pages at the host link, each with its
# permissions granted, that type a name, press Join and wait for the others' video.
# "others N": N bare views (the other people; prints "ready" once they see each other);
# "bare": one bare QWebEngineView; "app": the app's meeting window (open_meeting). Both
# of the last print "joined" once frames from all three others are decoded.
MEETING_CHILD = r"""
import json, sys
mode = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 1
url, origin, data_dir = json.loads(sys.stdin.readline())
if mode == "app":
    from launcher import web
    web.before_qapplication("--use-fake-device-for-media-stream")
else:
    from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication

app = QApplication([sys.argv[0]])
pages, keep = [], []
if mode == "app":
    web.set_data_dir(data_dir)
    window = web.open_meeting(url, meeting_origin=origin, title="Benchmark")
    keep.append(window)
    pages.append(window.page)
else:
    for _ in range(count):
        view = QWebEngineView()
        view.page().permissionRequested.connect(lambda permission: permission.grant())
        view.resize(800, 600)
        view.show()
        view.load(QUrl(url))
        keep.append(view)
        pages.append(view.page())

JOIN = (
    "(() => { const s = window.meetingStatus && meetingStatus();"
    " if (s && s.view === 'lobby' && s.firstLocalFrameAt) {"
    " document.querySelector('#name').value = %s;"
    " document.querySelector('#join-btn').click(); }"
    " return !!s && s.view === 'meeting' && s.peers.length >= %d"
    " && s.peers.every(p => p.framesDecoded > 0); })()"
)
others = 3 if mode != "others" else count - 1
done = set()

def poll():
    for number, page in enumerate(pages):
        def got(value, number=number):
            if value:
                done.add(number)
        page.runJavaScript(JOIN % (json.dumps(f"{mode} {number}"), others), 0, got)
    if len(done) == len(pages):
        print("ready" if mode == "others" else "joined", flush=True)
    else:
        QTimer.singleShot(200, poll)

QTimer.singleShot(0, poll)
app.exec()
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


def _stop(process: subprocess.Popen[Any]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


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
        _stop(process)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-join", action="store_true", help="memory parts only")
    parser.add_argument("--skip-memory", action="store_true", help="no idle memory part")
    parser.add_argument("--skip-meeting", action="store_true", help="no meeting memory part")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="only where the app's idle memory goes beyond the floor (smaps and modules)",
    )
    parser.add_argument(
        "--settle", type=float, default=5.0, help="seconds in the meeting before measuring"
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-meeting-") as tmp:
        scratch = Path(tmp)
        if args.profile:
            profile_idle(scratch)
            return 0
        if not args.skip_join:
            bench_join(args.runs, scratch)
        if not args.skip_memory:
            bench_memory(args.runs, scratch)
        if not args.skip_meeting:
            bench_meeting_memory(args.runs, scratch, args.settle)
    return 0


def _read_line(process: subprocess.Popen[str], expected: str, timeout: float) -> None:
    """Wait for a line starting with ``expected`` on the process' stdout."""
    assert process.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 1.0)
        if not ready:
            continue
        line = process.stdout.readline()
        if not line:
            break
        if line.startswith(expected):
            return
    raise RuntimeError(f"no {expected!r} from a meeting process (exit {process.poll()})")


def _meeting_process(mode: str, count: int, link: list[str], home: Path) -> subprocess.Popen[str]:
    """A MEETING_CHILD process given the host link on stdin (never a command line)."""
    home.mkdir(exist_ok=True)
    env = _env(home)
    flags = env.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    env["QTWEBENGINE_CHROMIUM_FLAGS"] = f"{flags} --use-fake-device-for-media-stream".strip()
    process = subprocess.Popen(
        [sys.executable, "-c", MEETING_CHILD, mode, str(count)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=REPO,
        text=True,
    )
    assert process.stdin is not None
    process.stdin.write(json.dumps(link) + "\n")
    process.stdin.flush()
    return process


def bench_meeting_memory(runs: int, scratch: Path, settle: float) -> None:
    """RSS with children of the app's meeting window and of a bare QWebEngineView, each
    the fourth person in a meeting (three others in one more process), fresh process per
    run, alternating; sampled ``settle`` s after frames from all three others arrived
    (median of three samples a second apart)."""
    from launcher.api import MeetingsClient
    from launcher.server import BuiltinServer, ServerConfig, create_application

    server = BuiltinServer(ServerConfig(data_dir=scratch / "meeting-server"))
    server.start()
    samples: dict[str, list[tuple[int, int]]] = {"bare": [], "app": []}
    try:
        app_id, key = create_application(server.config.data_dir, "bench", server.config.database)
        with MeetingsClient(server.api_url, app_id, key) as client:
            room = client.create_room("Memory benchmark")
        assert room.host_url is not None
        link = [room.host_url, server.origin]
        others = _meeting_process("others", 3, [*link, ""], scratch / "others")
        try:
            _read_line(others, "ready", 180)
            for run in range(runs):
                order = ("app", "bare") if run % 2 == 0 else ("bare", "app")
                for mode in order:
                    home = scratch / f"meeting-{mode}"  # the app's profile kept, as installed
                    person = _meeting_process(mode, 1, [*link, str(home)], home)
                    try:
                        _read_line(person, "joined", 120)
                        time.sleep(settle)
                        taken = []
                        for _ in range(3):
                            taken.append(memory_kib(person.pid))
                            time.sleep(1.0)
                        samples[mode].append(sorted(taken)[1])
                    finally:
                        _stop(person)
                    time.sleep(2.0)  # the others see the person leave
        finally:
            _stop(others)
    finally:
        server.stop()

    bare_rss = statistics.median(rss for rss, _ in samples["bare"])
    print(f"\nMemory in a four-person meeting, process and children (MiB, median of {runs})")
    print(f"{'process (the fourth person, host link)':<48}{'RSS':>8}{'PSS':>8}{'RSS ratio':>11}")
    for label, mode in (
        ("bare QWebEngineView, permissions granted", "bare"),
        ("app meeting window (open_meeting)", "app"),
    ):
        rss = statistics.median(r for r, _ in samples[mode])
        pss = statistics.median(p for _, p in samples[mode])
        ratio = rss / bare_rss
        verdict = "" if mode == "bare" else ("  <= 1.10x " + ("ok" if ratio <= 1.1 else "MISSED"))
        print(f"{label:<48}{rss / 1024:8.0f}{pss / 1024:8.0f}{ratio:10.2f}x{verdict}")


# Writes the names of the loaded modules to $MODULES_TO a second before the sample.
MODULES_DUMP = r"""
import json, os, sys, threading, time

def _dump_modules():
    time.sleep(float(os.environ["MODULES_AT"]))
    with open(os.environ["MODULES_TO"], "w") as file:
        json.dump(sorted(sys.modules), file)

threading.Thread(target=_dump_modules, daemon=True).start()
"""
APP = "import sys\nfrom launcher.__main__ import main\nsys.exit(main([]))\n"


def smaps_by_mapping(pid: int) -> dict[str, int]:
    """RSS (KiB) of ``pid`` and its descendants per mapped file ("[anon]", "[heap]", ...);
    children's mappings are prefixed "child:"."""
    found: dict[str, int] = {}
    for member in _tree(pid):
        try:
            lines = Path(f"/proc/{member}/smaps").read_text().splitlines()
        except OSError:
            continue
        name = "[anon]"
        for line in lines:
            fields = line.split()
            if fields and "-" in fields[0] and not fields[0].endswith(":"):
                name = fields[5] if len(fields) > 5 else "[anon]"
                if member != pid:
                    name = f"child:{name}"
            elif fields and fields[0] == "Rss:":
                found[name] = found.get(name, 0) + int(fields[1])
    return found


def _profile_one(
    script: str, args: list[str], at: float, scratch: Path
) -> tuple[dict[str, int], list[str]]:
    home = Path(tempfile.mkdtemp(dir=scratch))
    env = dict(_env(home), MODULES_AT=str(at - 1.0), MODULES_TO=str(home / "modules.json"))
    process = subprocess.Popen(
        [sys.executable, "-c", MODULES_DUMP + script, *args],
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(at)
        mappings = smaps_by_mapping(process.pid)
    finally:
        _stop(process)
    modules: list[str] = json.loads((home / "modules.json").read_text())
    return mappings, modules


def profile_idle(scratch: Path) -> None:
    """Where the app's memory 8 s after start goes beyond the floor's: RSS per mapping
    (the biggest differences) and the modules only the app loaded, per package."""
    from launcher.server.tls import ensure_self_signed

    cert, key = ensure_self_signed(scratch / "floor-tls", "127.0.0.1")
    floor, floor_modules = _profile_one(FLOOR, [str(cert), str(key)], 3.0, scratch)
    app, app_modules = _profile_one(APP, [], 8.0, scratch)
    app_total, floor_total = sum(app.values()) / 1024, sum(floor.values()) / 1024
    print(f"\nRSS app (8 s) {app_total:.0f} MiB, floor {floor_total:.0f} MiB")
    print(f"{'app - floor':>12}  {'app':>6}  mapping (MiB)")
    names = sorted(set(app) | set(floor), key=lambda n: -abs(app.get(n, 0) - floor.get(n, 0)))
    for name in names[:20]:
        difference = (app.get(name, 0) - floor.get(name, 0)) / 1024
        print(f"{difference:12.1f}  {app.get(name, 0) / 1024:6.1f}  {name}")
    extra = sorted(set(app_modules) - set(floor_modules))
    packages: dict[str, int] = {}
    for module in extra:
        top = module.split(".")[0]
        packages[top] = packages.get(top, 0) + 1
    ranked = sorted(packages.items(), key=lambda item: -item[1])
    print(f"\nmodules only the app loaded: {len(extra)}, by package:")
    print(", ".join(f"{name} {count}" for name, count in ranked))


def bench_join(runs: int, scratch: Path) -> None:
    from launcher.api import MeetingsClient
    from launcher.server import BuiltinServer, ServerConfig, create_application

    server = BuiltinServer(ServerConfig(data_dir=scratch / "server"))
    server.start()
    try:
        app_id, key = create_application(server.config.data_dir, "bench", server.config.database)
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
    from launcher.server.tls import ensure_self_signed

    cert, key = ensure_self_signed(scratch / "floor-tls", "127.0.0.1")
    floor_cmd = [sys.executable, "-c", FLOOR, str(cert), str(key)]
    samples: dict[str, list[tuple[int, int]]] = {
        key: [] for key in ("floor", "bare", "label", "window", "app1", "app8", "eng")
    }
    for _ in range(runs):
        samples["floor"] += measure_process(floor_cmd, [3.0], scratch)
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
    floor_rss = median_of("floor")[0]
    print(f"\nMemory, process and children (MiB, median of {runs})")
    print(f"{'process':<48}{'RSS':>8}{'PSS':>8}{'RSS ratio':>11}{'vs floor':>10}")
    for label, sample in (
        ("floor: window + QLabel + aiohttp TLS server", "floor"),
        ("bare PySide6 window", "bare"),
        ("bare window + one QLabel (text)", "label"),
        ("app main window, no account (no network code)", "window"),
        ("app (main window), 1.6 s: before warm_up()", "app1"),
        ("app (main window), 8 s: after warm_up()", "app8"),
        ("bare window + warm_up(start_engine=True)", "eng"),
    ):
        rss, pss = median_of(sample)
        floor_ratio = rss / floor_rss
        verdict = ""
        if sample in ("app1", "app8"):
            verdict = "  <= 1.15x " + ("ok" if floor_ratio <= 1.15 else "MISSED")
        print(
            f"{label:<48}{rss / 1024:8.0f}{pss / 1024:8.0f}{rss / bare_rss:10.2f}x"
            f"{floor_ratio:9.2f}x{verdict}"
        )


if __name__ == "__main__":
    sys.exit(main())
