"""'Open in browser' never puts a host link on the URL opener's command line."""

from __future__ import annotations

import ssl
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QDesktopServices

from launcher.api import MeetingsClient
from launcher.server import BuiltinServer, ServerConfig, create_application
from launcher.web.handoff import BrowserHandoff, open_in_browser
from tests.web.test_permissions import UrlCatcher


@pytest.fixture
def catcher() -> Iterator[UrlCatcher]:
    catcher = UrlCatcher()
    # The stubs say bytes, but PySide6 accepts only the method name as str.
    QDesktopServices.setUrlHandler("http", catcher, "open")  # type: ignore[arg-type]
    QDesktopServices.setUrlHandler("https", catcher, "open")  # type: ignore[arg-type]
    yield catcher
    QDesktopServices.unsetUrlHandler("http")
    QDesktopServices.unsetUrlHandler("https")


def _hand_off(qtbot: Any, url: str | None, origin: str, ca_file: str | None = None) -> str:
    assert url is not None
    handoff = BrowserHandoff(url, meeting_origin=origin, ca_file=ca_file, ask=False)
    with qtbot.waitSignal(handoff.finished, timeout=10000) as outcome:
        handoff.start()
    # The handoff goes with this frame, maybe before its reply's deferred deletion.
    return str(outcome.args[0])


StartServer = Callable[..., tuple[BuiltinServer, MeetingsClient]]


@pytest.fixture
def start_server(tmp_path: Path) -> Iterator[StartServer]:
    """Starts a built-in server (``ServerConfig`` options) with a client of it; both are
    closed after the test."""
    running: list[BuiltinServer] = []
    clients: list[MeetingsClient] = []

    def start(**config: Any) -> tuple[BuiltinServer, MeetingsClient]:
        srv = BuiltinServer(ServerConfig(data_dir=tmp_path, **config))
        srv.start()
        running.append(srv)
        app_id, key = create_application(tmp_path, "handoff")
        ca = str(srv.ca_cert_path) if srv.ca_cert_path else None
        clients.append(MeetingsClient(srv.api_url, app_id, key, ca_file=ca))
        return srv, clients[-1]

    yield start
    for client in clients:
        client.close()
    for srv in running:
        srv.stop()


def test_host_link_reaches_the_browser_as_a_one_time_link(
    qtbot: Any, catcher: UrlCatcher, start_server: StartServer
) -> None:
    srv, api = start_server(tls="self-signed")  # an office server with its own CA
    room = api.create_room("Browser handoff")
    ca = str(srv.ca_cert_path)
    assert _hand_off(qtbot, room.host_url, srv.origin, ca) == "opened"
    [opened] = catcher.urls
    assert opened.startswith(srv.origin + "/meeting-handoff/")
    assert "participant_token" not in opened
    with httpx.Client(verify=ssl.create_default_context(cafile=ca), timeout=10) as http:
        answer = http.get(opened)
    assert answer.status_code == 303
    assert srv.origin + answer.headers["Location"] == room.host_url


def test_guest_link_opens_directly(
    qtbot: Any, catcher: UrlCatcher, start_server: StartServer
) -> None:
    srv, api = start_server()
    room = api.create_room("Guests")
    assert _hand_off(qtbot, room.guest_url, srv.origin) == "opened"
    assert catcher.urls == [room.guest_url]


def test_server_without_handoff_gets_no_silent_fallback(
    qtbot: Any, catcher: UrlCatcher, start_server: StartServer
) -> None:
    # Stands for another Meetings server: the API without our pages or handoff route.
    srv, api = start_server(meeting_pages=False)
    room = api.create_room("Elsewhere")
    assert _hand_off(qtbot, room.host_url, srv.origin) == "refused"
    assert catcher.urls == []


def test_handoff_let_go_after_its_outcome_is_deleted_with_its_reply(
    qtbot: Any, catcher: UrlCatcher, start_server: StartServer
) -> None:
    # Once crashed the process: the reply's slot kept the last reference to the handoff,
    # so the reply's deferred deletion deleted the handoff, its network manager and the
    # reply again from inside the reply's destructor.
    srv, api = start_server(meeting_pages=False)
    room = api.create_room("Let go")
    assert room.host_url is not None
    handoff = BrowserHandoff(room.host_url, meeting_origin=srv.origin, ask=False)
    deleted: list[bool] = []
    handoff.destroyed.connect(lambda: deleted.append(True))
    with qtbot.waitSignal(handoff.finished, timeout=10000) as outcome:
        handoff.start()
    assert outcome.args == ["refused"]
    del handoff, outcome
    assert deleted == [True]  # nothing else kept it (nor its manager and reply)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert catcher.urls == []


def test_open_in_browser_needs_no_reference_kept(
    qtbot: Any, catcher: UrlCatcher, start_server: StartServer
) -> None:
    srv, api = start_server(tls="self-signed")
    room = api.create_room("Fire and forget")
    assert room.host_url is not None
    handoff = open_in_browser(
        room.host_url, meeting_origin=srv.origin, ca_file=str(srv.ca_cert_path)
    )
    deleted: list[bool] = []
    handoff.destroyed.connect(lambda: deleted.append(True))
    del handoff  # callers need not keep it
    qtbot.waitUntil(lambda: bool(catcher.urls) and bool(deleted), timeout=10000)
    [opened] = catcher.urls
    assert opened.startswith(srv.origin + "/meeting-handoff/")
