"""``meeting-launcher selftest [--json] [--account NAME]``: is this computer ready for meetings?

Runs with no window on screen and a throwaway data directory: the built-in
server, a room made through the API client, the host link in the real meeting
window with Chromium's fake camera and microphone (granted by the window's own
policy, not by a flag), the TURN relay, a second origin refused, and the OS
keyring. One line per check (``PASS name: detail`` / ``FAIL name: detail``), or
JSON with ``--json``; exit status 0 only when every check passed.

The relay: the TURN servers a host is handed on joining (signalling's ``joined``;
the built-in throwaway server has none, which is one line saying so). With
``--account NAME`` they come from that account's server: an instant room made
there with the account's stored credentials, its host link joined in a second
hidden meeting window. Each TURN URI is one line: an allocation made with those
credentials and freed again (:mod:`launcher.core.relay_probe`), or what is wrong
with it.

The checks run in a worker process (this same command, marked by an
environment variable) that reports each check as soon as it ends; this process
only prints the report. What the worker and the web engine write on stderr
(Chromium's, Vulkan's and D-Bus's chatter) goes to a temporary file, not the
terminal: a passing run prints its results and nothing else; a failing one adds
the last of those lines on stderr after the report (``--json``: ``"log"``), where
the real error usually is. So a check that crashes the process (the web engine is
native code), never finishes, or a shutdown that goes wrong still ends up in the
report as a failed check with its reason, and the exit status is 1.

Nothing secret is printed: no host link, token or key.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TextIO

from launcher.cli_i18n import QT_TRANSLATE_NOOP, Translator, translate

FAKE_MEDIA_FLAG = "--use-fake-device-for-media-stream"
#: How long a page gets to show what a check waits for.
CHECK_TIMEOUT = 30.0
#: The checks, in the order they run and are reported (``--json`` keeps these names;
#: the text report shows them in the system's language, context "cli_selftest").
CHECK_NAMES = (
    QT_TRANSLATE_NOOP("cli_selftest", "server"),
    QT_TRANSLATE_NOOP("cli_selftest", "room"),
    QT_TRANSLATE_NOOP("cli_selftest", "web engine"),
    QT_TRANSLATE_NOOP("cli_selftest", "camera and microphone"),
    QT_TRANSLATE_NOOP("cli_selftest", "host join"),
    QT_TRANSLATE_NOOP("cli_selftest", "relay"),
    QT_TRANSLATE_NOOP("cli_selftest", "other origin denied"),
    QT_TRANSLATE_NOOP("cli_selftest", "keyring"),
)
#: The report's sentences, in the system's language (launcher.cli_i18n).
cli_selftest = Translator("cli_selftest")
#: Reported only when closing the window, the web profile or the server went wrong.
CLEAN_UP = QT_TRANSLATE_NOOP("cli_selftest", "clean-up")
#: Set in the environment of the worker process that runs the checks.
WORKER_VARIABLE = "MEETING_LAUNCHER_SELFTEST_WORKER"
#: How long the worker may take for one check (start-up included) or the clean-up
#: before it is stopped and the check reported as not finished.
STEP_TIMEOUT = 90.0
#: How long the worker may take to exit once it reported everything.
EXIT_TIMEOUT = 30.0
#: The name of the instant room the relay check makes on an account's server.
RELAY_ROOM_NAME = "Meeting Launcher self-test"

Emit = Callable[[dict[str, Any]], None]


@dataclass
class Check:
    """One line of the report."""

    name: str
    ok: bool
    detail: str


class _Failed(Exception):
    """A check failed; the message is its detail line."""


def _prepare_environment() -> list[str]:
    """Flags and platform before Qt starts; returns notes for the report."""
    from launcher.web.profile import add_chromium_flags

    notes = []
    add_chromium_flags(FAKE_MEDIA_FLAG)
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        notes.append("no display: offscreen")
    if (
        hasattr(os, "geteuid")
        and os.geteuid() == 0
        and not os.environ.get("QTWEBENGINE_DISABLE_SANDBOX")
    ):
        # Chromium cannot sandbox its renderers when run as root.
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
        notes.append("running as root: web sandbox off")
    return notes


class _Runner:
    """Runs the checks in order; a check whose prerequisite failed is reported as such.

    ``emit`` hears ``{"start": name}`` before a check runs and ``{"check": {...}}``
    when it ended (the worker passes both on to the supervising process).
    """

    def __init__(self, emit: Emit | None = None) -> None:
        self.checks: list[Check] = []
        self._emit = emit

    def run(
        self,
        name: str,
        fn: Callable[[], str],
        *,
        needs: tuple[str, ...] = (),
        only_failure: bool = False,
    ) -> bool:
        missing = [n for n in needs if not any(c.name == n and c.ok for c in self.checks)]
        if missing:
            return self._add(Check(name, False, f"not run: {', '.join(missing)} failed"))
        if self._emit is not None:
            self._emit({"start": name})
        try:
            detail = fn()
        except _Failed as exc:
            return self._add(Check(name, False, str(exc)))
        except Exception as exc:
            return self._add(Check(name, False, f"unexpected {type(exc).__name__}: {exc}"))
        if only_failure:
            return True
        return self._add(Check(name, True, detail))

    def _add(self, check: Check) -> bool:
        self.checks.append(check)
        if self._emit is not None:
            self._emit({"check": asdict(check)})
        return check.ok


def _wait_js(page: Any, expression: str, timeout: float = CHECK_TIMEOUT) -> Any:
    """Poll a JS expression in ``page`` until truthy; its JSON value, or _Failed."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout
    script = (
        f"(() => {{ try {{ return JSON.stringify({expression}); }} catch {{ return 'null'; }} }})()"
    )
    while time.monotonic() < deadline:
        loop = QEventLoop()
        box: list[Any] = []

        def got(value: Any, box: list[Any] = box, loop: QEventLoop = loop) -> None:
            box.append(value)
            loop.quit()

        page.runJavaScript(script, 0, got)
        QTimer.singleShot(2000, loop.quit)
        loop.exec()
        if box and isinstance(box[0], str) and box[0]:
            value = json.loads(box[0])
            if value:
                return value
        pause = QEventLoop()
        QTimer.singleShot(150, pause.quit)
        pause.exec()
    raise _Failed(f"timed out after {timeout:.0f} s")


def run_checks(emit: Emit | None = None, account: str | None = None) -> list[Check]:
    """Every check, in order, in this process (starts Qt if needed); then the clean-up,
    reported only when it failed. ``account``: whose server's relay to check."""
    runner = _Runner(emit)
    state: dict[str, Any] = {}
    # A file the web engine still writes while the directory goes must not end the run.
    with tempfile.TemporaryDirectory(
        prefix="meeting-launcher-selftest-", ignore_cleanup_errors=True
    ) as tmp:
        try:
            state["account"] = account
            _run_all(runner, state, Path(tmp))
        finally:
            runner.run(CLEAN_UP, lambda: _clean_up(state), only_failure=True)
    return runner.checks


def _clean_up(state: dict[str, Any]) -> str:
    """Close the window, the web profile and the server; every step is tried."""
    problems: list[str] = []

    def step(what: str, fn: Callable[[], object]) -> None:
        try:
            fn()
        except Exception as exc:
            problems.append(f"{what}: {type(exc).__name__}: {exc}")

    for key in ("window", "relay window"):
        window = state.get(key)
        if window is not None:
            step(f"closing the {key.replace('window', 'meeting window')}", _closer(window))
    for view in state.get("pages", []):
        step("closing the probe page", view.deleteLater)
    if "app" in state:
        from launcher.web.profile import shutdown

        step("closing the web profile", shutdown)
    server = state.get("server")
    if server is not None:
        step("stopping the server", server.stop)
    if problems:
        raise _Failed("; ".join(problems))
    return "done"


def _closer(window: Any) -> Callable[[], None]:
    return lambda: _close_window(window)


def _join_as_host(window: Any) -> dict[str, Any]:
    """Press Join in a meeting window opened with a host link; the page's status."""
    # The camera first: the page is ready to join once it has its tracks.
    _wait_js(
        window.page,
        "meetingStatus().localTracks.filter(t => t.readyState === 'live').length >= 2",
    )
    window.run_js("document.querySelector('#join-btn').click()")
    status = _wait_js(window.page, "meetingStatus().view === 'meeting' && meetingStatus()")
    if not status.get("isHost"):
        raise _Failed("joined, but not as host: the host link was refused")
    return dict(status)


def _turn_entries(ice_servers: object) -> list[tuple[str, str, str]]:
    """``(uri, username, credential)`` for each TURN URI among RTCPeerConnection
    ``iceServers``."""
    entries: list[tuple[str, str, str]] = []
    for server in ice_servers if isinstance(ice_servers, list) else []:
        if not isinstance(server, dict):
            continue
        urls = server.get("urls")
        for uri in [urls] if isinstance(urls, str) else urls if isinstance(urls, list) else []:
            if isinstance(uri, str) and uri.startswith(("turn:", "turns:")):
                entries.append(
                    (uri, str(server.get("username", "")), str(server.get("credential", "")))
                )
    return entries


def _relay_names(entries: list[tuple[str, str, str]]) -> list[str]:
    """Report names, one per TURN URI: ``relay (UDP)``, ``relay (TLS)``, ..."""
    from launcher.core.relay_probe import RelayProblem, parse_uri

    names: list[str] = []
    for uri, _username, _password in entries:
        try:
            label = parse_uri(uri).label
        except RelayProblem:
            label = "?"
        name = f"relay ({label})"
        count = 1
        while name in names:
            count += 1
            name = f"relay ({label}, {count})"
        names.append(name)
    return names


def _run_all(runner: _Runner, state: dict[str, Any], root: Path) -> None:
    from launcher.api import MeetingsClient
    from launcher.server import BuiltinServer, ServerConfig, create_application

    def server_up() -> str:
        server = BuiltinServer(ServerConfig(data_dir=root / "server"))
        server.start()
        state["server"] = server
        return cli_selftest.tr("built-in server at {origin}").format(origin=server.origin)

    def room_created() -> str:
        server = state["server"]
        application_id, key = create_application(server.config.data_dir, "Self-test")
        with MeetingsClient(server.api_url, application_id, key) as client:
            room = client.create_room("Self-test")
        if not room.host_url or not room.meeting_code:
            raise _Failed("the room has no host link")
        state["room"] = room
        return cli_selftest.tr("room {code} created through the API client").format(
            code=room.meeting_code
        )

    def engine_started() -> str:
        from launcher import web

        notes = _prepare_environment()
        web.before_qapplication()
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([sys.argv[0] or "meeting-launcher"])
        state["app"] = app
        web.set_data_dir(root / "app")
        from PySide6 import QtWebEngineCore

        def text(value: object) -> str:
            return bytes(value).decode() if isinstance(value, bytes | bytearray) else str(value)

        version = text(QtWebEngineCore.qWebEngineVersion())
        chromium = text(QtWebEngineCore.qWebEngineChromiumVersion())
        from launcher.web.profile import FLAGS_VARIABLE

        extra = "".join(f"; {note}" for note in notes)
        flags = os.environ.get(FLAGS_VARIABLE, "")
        return f"QtWebEngine {version} (Chromium {chromium}); flags: {flags}{extra}"

    def camera_and_microphone() -> str:
        from PySide6.QtCore import Qt

        from launcher.web.window import MeetingWindow

        server, room = state["server"], state["room"]
        window = MeetingWindow(room.host_url, meeting_origin=server.origin, title="Self-test")
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        window.show()
        window.start()
        state["window"] = window
        if window.fallback_shown or window.page is None:
            raise _Failed("the meeting window could not start the web engine")
        tracks = _wait_js(
            window.page,
            "meetingStatus().localTracks.filter(t => t.readyState === 'live').length >= 2"
            " && meetingStatus().localTracks",
        )
        if window.fallback_shown:
            raise _Failed("the meeting page did not load")
        return ", ".join(f"{t['kind']} '{t['label']}' {t['readyState']}" for t in tracks)

    def joined_as_host() -> str:
        _join_as_host(state["window"])
        return cli_selftest.tr("joined the meeting as host over the signalling socket")

    def relay_servers() -> str:
        """The TURN servers a host gets on joining: state["turn"], state["relay note"]."""
        account_name = state.get("account")
        if account_name is None:
            window, where = state["window"], "the built-in test server"
            ca_file = None
        else:
            from launcher.core.accounts import AccountNotFound, AccountStore

            store = AccountStore()
            try:
                account = store.get(account_name)
            except AccountNotFound:
                known = ", ".join(repr(n) for n in sorted(store.names())) or "none"
                raise _Failed(f"no account named {account_name!r} (accounts: {known})") from None
            where, ca_file = f"{account.name}'s server", account.ca_file
            if account.is_local:
                state["turn"] = []
                state["relay note"] = f"{where} (built in) has no TURN relay"
                return "checked"
            from PySide6.QtCore import Qt

            from launcher.api.errors import ApiError
            from launcher.core.credentials import KeyringUnavailable, SecretNotFound
            from launcher.web.window import MeetingWindow

            try:
                with store.client_for(account) as client:
                    room = client.create_room(RELAY_ROOM_NAME)
            except SecretNotFound:
                raise _Failed(
                    f"the keyring holds no credentials for {where}"
                    " (remove the account and add it again)"
                ) from None
            except KeyringUnavailable as exc:
                raise _Failed(f"could not read {where}'s credentials: {exc.message}") from None
            except ApiError as exc:
                raise _Failed(f"could not make a room on {where}: {exc}") from None
            if not room.host_url:
                raise _Failed(f"the room made on {where} has no host link")
            window = MeetingWindow(
                room.host_url,
                meeting_origin=account.meeting_origin,
                ca_file=account.ca_file,
                title="Self-test (relay)",
            )
            window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
            window.show()
            window.start()
            state["relay window"] = window
            if window.fallback_shown or window.page is None:
                raise _Failed(f"the meeting page of {where} did not open")
            _join_as_host(window)
        ice = _wait_js(window.page, "{servers: window.meetingIceServers()}")
        state["turn"] = _turn_entries(ice.get("servers"))
        state["relay ca"] = ca_file
        if account_name is None:
            state["relay note"] = (
                f"{where} has no TURN relay (--account NAME checks an account's server)"
            )
        else:
            state["relay note"] = (
                f"{where} hands out no TURN relay: guests on other networks may not get"
                " through (ask its administrator)"
            )
        return "checked"

    def relay_check(uri: str, username: str, password: str) -> Callable[[], str]:
        from launcher.core.relay_probe import RelayProblem, probe

        def check() -> str:
            try:
                detail = probe(uri, username, password, ca_file=state.get("relay ca"))
            except RelayProblem as exc:
                raise _Failed(str(exc)) from None
            return f"{uri}: {detail} with this meeting's credentials"

        return check

    def other_origin_denied() -> str:
        from PySide6.QtCore import QUrl
        from PySide6.QtWebEngineWidgets import QWebEngineView

        from launcher.web.page import MeetingPage
        from launcher.web.profile import meeting_profile

        server = state["server"]
        foreign = server.origin.replace("127.0.0.1", "localhost")
        view = QWebEngineView()
        page = MeetingPage(meeting_profile(), meeting_origin=server.origin, parent=view)
        view.setPage(page)
        state.setdefault("pages", []).append(view)
        probe = "/meeting-assets/probe.html"
        view.load(QUrl(f"{server.origin}{probe}?frame={foreign}{probe}"))
        result = _wait_js(page, "window.probeResult")
        if result.get("ok"):
            raise _Failed(f"{foreign} was given the camera")
        return f"{foreign} refused ({result.get('error')})"

    def keyring_reachable() -> str:
        from launcher.core.credentials import CredentialStore, SecretNotFound

        store = CredentialStore(service="meeting-launcher-selftest")
        account = f"selftest-{uuid.uuid4().hex[:8]}"
        secret = uuid.uuid4().hex
        store.save(account, "selftest-application", secret)
        try:
            if store.load(account) != ("selftest-application", secret):
                raise _Failed("the keyring returned something else than was stored")
        finally:
            store.delete(account)
        try:
            store.load(account)
        except SecretNotFound:
            pass
        else:
            raise _Failed("the throwaway entry could not be deleted")
        return cli_selftest.tr("set, read and deleted a throwaway entry in the OS keyring")

    runner.run("server", server_up)
    runner.run("room", room_created, needs=("server",))
    runner.run("web engine", engine_started)
    runner.run("camera and microphone", camera_and_microphone, needs=("room", "web engine"))
    runner.run("host join", joined_as_host, needs=("camera and microphone",))
    relay_needs = ("host join",) if state.get("account") is None else ("web engine",)
    if runner.run("relay", relay_servers, needs=relay_needs, only_failure=True):
        entries = state["turn"]
        if not entries:
            runner.run("relay", lambda: str(state["relay note"]))
        for name, (uri, username, password) in zip(_relay_names(entries), entries, strict=True):
            runner.run(name, relay_check(uri, username, password))
    runner.run("other origin denied", other_origin_denied, needs=("server", "web engine"))
    runner.run("keyring", keyring_reachable)


def _close_window(window: Any) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    window.closed.connect(loop.quit)
    QTimer.singleShot(3000, loop.quit)
    window.close()
    loop.exec()


def cmd_selftest(args: argparse.Namespace) -> int:
    """The ``selftest`` sub-command (or, with WORKER_VARIABLE set, its worker)."""
    account = getattr(args, "account", None)
    if os.environ.get(WORKER_VARIABLE) == "1":
        return _worker_main(account)
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as log:
        try:
            checks = _supervise(account, log)
        except Exception as exc:  # the report is printed whatever happened
            checks = _complete([], None, f"the self-test failed: {type(exc).__name__}: {exc}")
        ok = bool(checks) and all(c.ok for c in checks)
        messages = [] if ok else _tail(log)
    if getattr(args, "json", False):
        report: dict[str, Any] = {"ok": ok, "checks": [asdict(c) for c in checks]}
        if messages:
            report["log"] = messages
        print(json.dumps(report, indent=2))
    else:
        for check in checks:
            verdict = cli_selftest.tr("PASS") if check.ok else cli_selftest.tr("FAIL")
            name = translate("cli_selftest", check.name)
            print(f"{verdict} {name}: {check.detail}")
        if messages:
            sys.stdout.flush()
            heading = cli_selftest.tr("the last %n lines the checks logged", "", len(messages))
            print(f"--- {heading} ---", file=sys.stderr)
            print("\n".join(messages), file=sys.stderr)
    sys.stdout.flush()
    return 0 if ok else 1


#: How many of the worker's last stderr lines a failed run shows.
LOG_LINES = 40


#: A crash's stack (faulthandler) is shown from its first line, up to this many.
CRASH_LINES = 120


def _tail(log: TextIO) -> list[str]:
    """The last non-empty lines the worker wrote on stderr; a crash's whole stack from
    its "Fatal Python error" line on (a deep stack would otherwise lose its cause)."""
    log.flush()
    log.seek(0)
    lines = [line.rstrip() for line in log if line.strip()]
    fatal = [i for i, line in enumerate(lines) if line.startswith("Fatal Python error")]
    if fatal and len(lines) - fatal[-1] > LOG_LINES:
        return lines[fatal[-1] : fatal[-1] + CRASH_LINES]
    return lines[-LOG_LINES:]


def _worker_main(account: str | None) -> int:
    """Run the checks, reporting each as one JSON line on the original stdout."""
    import faulthandler

    # The report goes through a private copy of stdout that child processes (the
    # web engine's) do not inherit; anything else written to stdout goes to stderr.
    sys.stdout.flush()
    channel = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    faulthandler.enable()  # a crash leaves the Python stack on stderr

    def emit(message: dict[str, Any]) -> None:
        channel.write(json.dumps(message) + "\n")
        channel.flush()

    run_checks(emit, account)
    emit({"done": True})
    channel.close()
    return 0


def _worker_command(account: str | None) -> list[str]:
    """This program's ``selftest`` command, as the worker process runs it."""
    extra = ["--account", account] if account is not None else []
    if getattr(sys, "frozen", False):
        return [sys.executable, "selftest", *extra]
    return [sys.executable, "-m", "launcher", "selftest", *extra]


def _ended(returncode: int) -> str:
    """How a process ended, for a report line."""
    if returncode < 0:
        try:
            return f"crashed ({signal.Signals(-returncode).name})"
        except ValueError:
            return f"was killed by signal {-returncode}"
    return f"ended with exit status {returncode}"


def _supervise(account: str | None = None, log: TextIO | None = None) -> list[Check]:
    """Run the checks in a worker process; the report, whatever happened to the worker.
    The worker's stderr goes to ``log`` (None: this process's stderr)."""
    env = {**os.environ, WORKER_VARIABLE: "1"}
    try:
        worker = subprocess.Popen(  # noqa: S603  this same program, no shell
            _worker_command(account),
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
    except OSError as exc:
        return _complete([], None, f"the self-test could not start its worker process: {exc}")
    assert worker.stdout is not None
    messages: queue.Queue[dict[str, Any] | None] = queue.Queue()

    def read(stream: TextIO) -> None:
        for line in stream:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if isinstance(message, dict):
                messages.put(message)
        messages.put(None)

    threading.Thread(target=read, args=(worker.stdout,), daemon=True).start()
    checks: list[Check] = []
    current: str | None = None
    done = False
    problem: str | None = None
    budget = STEP_TIMEOUT
    deadline = time.monotonic() + budget

    def late() -> str:
        return f"the self-test did not {'exit' if done else 'finish'} within {budget:.0f} s"

    try:
        while True:
            try:
                message = messages.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                problem = late()
                break
            if message is None:
                break
            if "start" in message:
                current = str(message["start"])
            elif isinstance(message.get("check"), dict):
                item = message["check"]
                checks.append(
                    Check(str(item.get("name")), item.get("ok") is True, str(item.get("detail")))
                )
                current = None
            elif message.get("done"):
                done = True
            budget = EXIT_TIMEOUT if done else STEP_TIMEOUT
            deadline = time.monotonic() + budget
        if problem is None:
            try:
                returncode = worker.wait(timeout=max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                problem = late()
            else:
                if returncode != 0 or not done:
                    when = "while shutting down" if done or current == CLEAN_UP else "in this check"
                    problem = f"the self-test process {_ended(returncode)} {when}"
    except KeyboardInterrupt:
        problem = "the self-test was interrupted"
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
    if problem is None:
        return checks
    return _complete(checks, CLEAN_UP if done else current, problem)


def _complete(checks: list[Check], current: str | None, problem: str) -> list[Check]:
    """The report of a run that stopped early: ``current`` (or the first check not
    reported) failed with ``problem``, the checks after it were not run."""

    def covered(name: str) -> bool:  # "relay" is reported as "relay (UDP)", ... too
        return any(c.name == name or c.name.startswith(f"{name} (") for c in checks)

    if current is None:
        current = next((n for n in CHECK_NAMES if not covered(n)), CLEAN_UP)
    # The checks run in CHECK_NAMES' order: what was reported comes first.
    report = list(checks)
    if not any(c.name == current for c in checks):
        report.append(Check(current, False, problem))
    for name in CHECK_NAMES:
        if not covered(name) and name != current:
            report.append(Check(name, False, f"not run: the self-test stopped at {current}"))
    return report
