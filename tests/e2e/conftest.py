"""End to end: ``meeting-launcher serve`` behind Caddy, real browsers as guests, and the
host in the app's own meeting window (QtWebEngine, fake camera and microphone).

Everything listens on 127.0.0.1 only. One server, one Caddy, one Chromium and one
Firefox serve a whole test module; each test makes its own rooms.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtTest import QTest

from launcher import web
from launcher.api import MeetingsClient
from launcher.server import create_application
from tests.helpers.browsers import ChromiumBrowser, DomParticipant, FirefoxGuest
from tests.helpers.caddy import CaddyProcess, ServeProcess, free_port
from tests.web.conftest import use_web_data_dir  # sets QtWebEngine's fake devices

SHOTS = Path("/tmp/e2e-shots")


def qt_idle(seconds: float) -> None:
    """Wait while Qt's event loop runs (the app's meeting window keeps working)."""
    QTest.qWait(max(1, int(seconds * 1000)))


@pytest.fixture(scope="session", autouse=True)
def web_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return use_web_data_dir(tmp_path_factory)


@dataclass(frozen=True)
class OfficeServer:
    """``serve`` behind Caddy: the origin everyone uses is Caddy's."""

    serve: ServeProcess
    caddy: CaddyProcess
    client: MeetingsClient  # the launcher's API client, through Caddy
    ca_file: Path  # Caddy's root CA alone, as an account's --ca-cert

    @property
    def origin(self) -> str:
        return self.caddy.origin


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OfficeServer]:
    root = tmp_path_factory.mktemp("office")
    caddy_port = free_port()
    with (
        ServeProcess(root / "server", f"https://127.0.0.1:{caddy_port}") as serve,
        CaddyProcess(root / "caddy", serve.upstream, port=caddy_port) as caddy,
    ):
        # What an office hands out: its root CA alone (Caddy signs through an
        # intermediate, which it sends along with the server's certificate).
        ca_file = caddy.root_ca
        application_id, key = create_application(serve.data_dir, "e2e")
        with MeetingsClient(
            caddy.origin + "/v1/meetings", application_id, key, ca_file=str(ca_file)
        ) as client:
            yield OfficeServer(serve, caddy, client, ca_file)


@pytest.fixture(scope="module")
def chromium_browser(office: OfficeServer) -> Iterator[ChromiumBrowser]:
    browser = ChromiumBrowser(trusted_ca=office.caddy.intermediate_ca)
    try:
        yield browser
    finally:
        browser.close()


@pytest.fixture(scope="module")
def firefox_guest() -> Iterator[FirefoxGuest]:
    guest = FirefoxGuest("Fred", idle=qt_idle)
    try:
        yield guest
    finally:
        guest.close()


class QtHost(DomParticipant):
    """A person in the app's meeting window (QtWebEngine)."""

    def __init__(self, window: Any, name: str) -> None:
        super().__init__(name, qt_idle)
        self.window = window

    def _run(self, script: str) -> Any:
        box: list[Any] = []
        self.window.page.runJavaScript(f"(() => {{ {script} }})()", 0, box.append)
        deadline = time.monotonic() + 10
        while not box:
            assert time.monotonic() < deadline, "the page did not answer a script"
            QTest.qWait(10)
        return box[0]

    def screenshot(self, path: Path) -> Path:
        self.wait_painted()
        path.parent.mkdir(parents=True, exist_ok=True)
        assert self.window.grab().save(str(path))
        return path


@pytest.fixture
def app_host(qtbot: Any, office: OfficeServer) -> Iterator[Callable[[str, str], QtHost]]:
    """Open a host link in the app's meeting window, as the account's launcher would
    (meeting origin and CA file of the account); closed afterwards."""
    opened: list[Any] = []

    def open_host(url: str, name: str) -> QtHost:
        window = web.open_meeting(
            url, meeting_origin=office.origin, title="E2E", ca_file=str(office.ca_file)
        )
        window.resize(1100, 700)
        opened.append(window)
        return QtHost(window, name)

    yield open_host
    for window in opened:
        try:
            if window.isVisible():
                with qtbot.waitSignal(window.closed, timeout=5000, raising=False):
                    window.close()
        except RuntimeError:
            pass  # already deleted
