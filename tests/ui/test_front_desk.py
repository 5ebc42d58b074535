""" "A visitor is waiting" with no meeting window open: a real guest knocks through the
real server's signalling socket; the app hears it over the host event stream and shows a
desktop notification through a notification server on the session's real D-Bus; its
"Admit" lets the guest in for real."""

from __future__ import annotations

import asyncio
import json
import queue
import ssl
import threading
from collections.abc import Iterator
from typing import Any, TypeVar

import aiohttp
import pytest
from pytestqt.qtbot import QtBot

from launcher.api import MeetingsClient, Room
from launcher.ui.front_desk import FrontDesk
from launcher.ui.main_window import MainWindow
from launcher.ui.tray import Tray
from tests.helpers.notifications import NotificationServer
from tests.helpers.servers import AppCredentials

TIMEOUT = 20.0
T = TypeVar("T")


class Guest:
    """A guest's signalling socket on a thread of its own (what the guest page holds)."""

    def __init__(self, origin: str, ca_file: str, room: Room, name: str) -> None:
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self._loop = asyncio.new_event_loop()
        self._closed = asyncio.Event()
        self._thread = threading.Thread(
            target=self._loop.run_until_complete,
            args=(self._run(origin, ca_file, str(room.meeting_code), name),),
            daemon=True,
        )
        self._thread.start()

    async def _run(self, origin: str, ca_file: str, code: str, name: str) -> None:
        context = ssl.create_default_context(cafile=ca_file)
        async with (
            aiohttp.ClientSession() as http,
            http.ws_connect(origin + "/meeting-ws", ssl=context) as ws,
        ):
            await ws.send_str(json.dumps({"type": "hello", "meeting_code": code, "name": name}))
            reader = asyncio.ensure_future(self._read(ws))
            await self._closed.wait()
            reader.cancel()

    async def _read(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        async for message in ws:
            if message.type == aiohttp.WSMsgType.TEXT:
                self.messages.put(json.loads(message.data))

    def wait_for(self, qtbot: QtBot, kind: str) -> dict[str, Any]:
        while True:
            message = take(qtbot, self.messages)
            if message["type"] == kind:
                return message

    def leave(self) -> None:
        self._loop.call_soon_threadsafe(self._closed.set)
        self._thread.join(TIMEOUT)


def take(qtbot: QtBot, items: queue.Queue[T]) -> T:
    """The next item of ``items``, the Qt event loop running meanwhile."""
    got: list[T] = []

    def arrived() -> bool:
        try:
            got.append(items.get_nowait())
        except queue.Empty:
            return False
        return True

    qtbot.waitUntil(arrived, timeout=int(TIMEOUT * 1000))
    return got[0]


@pytest.fixture
def notifications() -> Iterator[NotificationServer]:
    server = NotificationServer()
    yield server
    server.stop()


def _desk(window: MainWindow) -> tuple[FrontDesk, Tray]:
    tray = Tray(window, window.windowIcon())
    return FrontDesk(window), tray


def test_a_knock_is_notified_and_admit_lets_the_guest_in(
    qtbot: QtBot,
    window: MainWindow,
    api: MeetingsClient,
    app_credentials: AppCredentials,
    notifications: NotificationServer,
) -> None:
    room = api.create_room("Reception", join_approval_level="explicit_approval")
    window.rooms_view.refresh()
    qtbot.waitUntil(lambda: window.rooms_view.model.row_of(room.id) >= 0, timeout=10_000)
    desk, tray = _desk(window)
    qtbot.waitUntil(lambda: "Office" in desk.watcher._follows, timeout=10_000)
    origin = app_credentials.api_url.removesuffix("/v1/meetings")
    ca = str(app_credentials.ca_cert_path)
    try:
        # The stream is up once the server has sent its snapshot: knock until then.
        guest = Guest(origin, ca, room, "Ada Lovelace")
        assert guest.wait_for(qtbot, "waiting")["reason"] == "host_absent"
        shown = take(qtbot, notifications.received)
        assert shown.summary == "Ada Lovelace is waiting"
        assert "Reception" in shown.body
        assert shown.actions[shown.actions.index("admit") + 1] == "Admit"
        assert shown.actions[shown.actions.index("open") + 1] == "Open meeting"
        assert shown.hints["sound-name"] == ("s", "message-new-instant")
        assert shown.hints["urgency"] == ("y", 2)

        # The tray and the rooms list say who is waiting.
        qtbot.waitUntil(lambda: "1 visitor waiting" in tray.icon.toolTip(), timeout=5000)
        texts = [a.text() for a in tray.menu.actions()]
        assert "Ada Lovelace – Reception" in texts
        model = window.rooms_view.model
        status = model.index(model.row_of(room.id), model.STATUS)
        assert model.data(status) == "Waiting: Ada Lovelace"

        # "Admit" on the notification lets her in, through the server.
        notifications.invoke(shown.id, "admit")
        joined = guest.wait_for(qtbot, "joined")
        assert joined["peers"] == []
        qtbot.waitUntil(lambda: "waiting" not in tray.icon.toolTip(), timeout=10_000)
        assert model.data(status) != "Waiting: Ada Lovelace"
        guest.leave()

        # With the sound turned off, the next notification asks for silence.
        window.context.preferences.set_visitor_sound(False)
        second = Guest(origin, ca, room, "Bob")
        second.wait_for(qtbot, "waiting")
        quiet = take(qtbot, notifications.received)
        assert quiet.summary == "Bob is waiting"
        assert quiet.hints.get("suppress-sound") == ("b", True)
        assert "sound-name" not in quiet.hints
        second.leave()
        qtbot.waitUntil(lambda: "waiting" not in tray.icon.toolTip(), timeout=10_000)
    finally:
        desk.stop()


def test_open_meeting_from_the_notification_opens_the_room(
    qtbot: QtBot,
    window: MainWindow,
    api: MeetingsClient,
    app_credentials: AppCredentials,
    notifications: NotificationServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    room = api.create_room("Lobby", join_approval_level="explicit_approval")
    desk, _tray = _desk(window)
    opened: list[tuple[str, str]] = []
    monkeypatch.setattr(
        desk, "_open", lambda fresh, account: opened.append((fresh.id, account.name))
    )
    qtbot.waitUntil(lambda: "Office" in desk.watcher._follows, timeout=10_000)
    origin = app_credentials.api_url.removesuffix("/v1/meetings")
    try:
        guest = Guest(origin, str(app_credentials.ca_cert_path), room, "Carol")
        shown = take(qtbot, notifications.received)
        notifications.invoke(shown.id, "default")  # a click on the notification itself
        qtbot.waitUntil(lambda: opened == [(room.id, "Office")], timeout=10_000)
        guest.leave()
    finally:
        desk.stop()
