"""The host event stream and the admit action over real HTTPS, with guests knocking
through the real signalling socket (launcher.server.host_events, launcher.api.events)."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import queue
import ssl
import threading
from collections.abc import Iterator
from typing import Any

import aiohttp
import httpx
import pytest

from launcher.api import MeetingsClient, Room, errors
from launcher.api.events import HostEventStream, Visitor
from launcher.server import BuiltinServer
from tests.helpers.servers import AppCredentials, register_app

TIMEOUT = 15.0


def api(credentials: AppCredentials) -> MeetingsClient:
    return MeetingsClient(
        credentials.api_url,
        credentials.application_id,
        credentials.private_key_pem,
        ca_file=credentials.ca_cert_path,
    )


class Watcher:
    """A HostEventStream on its own thread; what it reports goes into queues."""

    def __init__(self, credentials: AppCredentials) -> None:
        self.client = api(credentials)
        self.changes: queue.Queue[tuple[list[Visitor], Visitor | None]] = queue.Queue()
        self.statuses: queue.Queue[tuple[bool, errors.ApiError | None]] = queue.Queue()
        self.stream = HostEventStream(
            self.client,
            lambda visitors, knocked: self.changes.put((visitors, knocked)),
            lambda connected, error: self.statuses.put((connected, error)),
        )
        self.thread = threading.Thread(target=self.stream.run, daemon=True)
        self.thread.start()

    def next_change(self) -> tuple[list[Visitor], Visitor | None]:
        return self.changes.get(timeout=TIMEOUT)

    def stop(self) -> None:
        self.stream.stop()
        self.thread.join(TIMEOUT)
        assert not self.thread.is_alive()
        self.client.close()


@pytest.fixture
def watcher(app_credentials: AppCredentials) -> Iterator[Watcher]:
    w = Watcher(app_credentials)
    try:
        yield w
    finally:
        w.stop()


def _context(server: BuiltinServer) -> ssl.SSLContext:
    assert server.ca_cert_path is not None
    return ssl.create_default_context(cafile=str(server.ca_cert_path))


async def _knock(
    http: aiohttp.ClientSession, server: BuiltinServer, room: Room, name: str
) -> aiohttp.ClientWebSocketResponse:
    ws = await http.ws_connect(server.origin + "/meeting-ws", ssl=_context(server))
    await ws.send_str(
        json.dumps({"type": "hello", "meeting_code": room.meeting_code, "name": name})
    )
    assert (await _next(ws))["type"] == "welcome"
    assert (await _next(ws)) == {"type": "waiting", "reason": "host_absent"}
    return ws


async def _next(ws: aiohttp.ClientWebSocketResponse) -> dict[str, Any]:
    msg = await ws.receive(timeout=TIMEOUT)
    assert msg.type == aiohttp.WSMsgType.TEXT, msg
    data: dict[str, Any] = json.loads(msg.data)
    return data


def test_knock_admit_and_leave_reach_the_application(
    server: BuiltinServer, app_credentials: AppCredentials, watcher: Watcher
) -> None:
    with api(app_credentials) as client:
        room = client.create_room("Front desk", join_approval_level="explicit_approval")
        assert watcher.next_change() == ([], None)  # the snapshot: nobody waits yet
        assert watcher.statuses.get(timeout=TIMEOUT) == (True, None)

        async def scenario() -> None:
            async with aiohttp.ClientSession() as http:
                ada = await _knock(http, server, room, "Ada Lovelace")
                visitors, knocked = await asyncio.to_thread(watcher.next_change)
                assert knocked is not None
                assert (knocked.name, knocked.room_id, knocked.room_name) == (
                    "Ada Lovelace",
                    room.id,
                    "Front desk",
                )
                assert knocked.meeting_code == room.meeting_code
                assert visitors == [knocked]
                ada_visitor = knocked

                bob = await _knock(http, server, room, "Bob")
                visitors, bob_visitor = await asyncio.to_thread(watcher.next_change)
                assert bob_visitor is not None and [v.name for v in visitors] == [
                    "Ada Lovelace",
                    "Bob",
                ]

                # The host's app lets Ada in from outside the meeting: her page joins.
                await asyncio.to_thread(client.admit_waiting, room.id, knocked.participant_id)
                joined = await _next(ada)
                assert joined["type"] == "joined" and joined["peers"] == []
                visitors, knocked = await asyncio.to_thread(watcher.next_change)
                assert [v.name for v in visitors] == ["Bob"] and knocked is None

                # Twice: she is no longer waiting.
                with pytest.raises(errors.NotFound):
                    await asyncio.to_thread(
                        client.admit_waiting, room.id, ada_visitor.participant_id
                    )

                await bob.close()  # Bob gives up
                visitors, _ = await asyncio.to_thread(watcher.next_change)
                assert visitors == []
                await ada.close()

        asyncio.run(scenario())


def test_events_carry_no_secrets_and_only_the_applications_rooms(
    server: BuiltinServer, app_credentials: AppCredentials
) -> None:
    other = register_app(server, "another office")
    with api(app_credentials) as client, api(other) as other_client:
        room = client.create_room("Private", join_approval_level="explicit_approval")
        theirs = other_client.create_room("Theirs", join_approval_level="explicit_approval")
        token = client._tokens.token()
        lines: queue.Queue[str] = queue.Queue()

        def read_raw() -> None:
            with httpx.stream(
                "GET",
                app_credentials.api_url + "/events",
                headers={"Authorization": "Bearer " + token},
                verify=_context(server),
                timeout=TIMEOUT,
            ) as response:
                lines.put(f"status {response.status_code} {response.headers['content-type']}")
                for line in response.iter_lines():
                    lines.put(line)

        threading.Thread(target=read_raw, daemon=True).start()
        assert lines.get(timeout=TIMEOUT) == "status 200 text/event-stream; charset=utf-8"
        assert lines.get(timeout=TIMEOUT) == "event: snapshot"
        assert lines.get(timeout=TIMEOUT) == 'data: {"waiting":[]}'

        async def scenario() -> None:
            async with aiohttp.ClientSession() as http:
                stranger = await _knock(http, server, theirs, "Someone else's visitor")
                mine = await _knock(http, server, room, "Carol")
                seen: list[str] = []
                while True:  # one event: its lines up to the blank line after it
                    line = await asyncio.to_thread(lines.get, True, TIMEOUT)
                    if line:
                        seen.append(line)
                    elif seen:
                        break
                assert seen[0] == "event: knock"
                data = json.loads(seen[1].removeprefix("data: "))
                assert data["name"] == "Carol" and data["room_id"] == room.id
                assert set(data) == {
                    "room_id",
                    "meeting_code",
                    "room_name",
                    "participant_id",
                    "name",
                    "since",
                }
                text = "\n".join(seen)
                assert "token" not in text and "http" not in text
                # Another application cannot let Carol in, nor see its own rooms' guests here.
                with pytest.raises(errors.NotFound):
                    await asyncio.to_thread(
                        other_client.admit_waiting, room.id, data["participant_id"]
                    )
                with pytest.raises(errors.NotFound):
                    await asyncio.to_thread(
                        other_client.admit_waiting, theirs.id, data["participant_id"]
                    )
                await stranger.close()
                await mine.close()
                # Carol's leaving comes next: the stranger's never did.
                event = await asyncio.to_thread(lines.get, True, TIMEOUT)
                while not event:
                    event = await asyncio.to_thread(lines.get, True, TIMEOUT)
                assert event == "event: left"

        asyncio.run(scenario())


def test_the_stream_and_admit_need_the_applications_token(
    server: BuiltinServer, app_credentials: AppCredentials
) -> None:
    context = _context(server)
    for method, path in (("GET", "/events"), ("POST", "/rooms/r/waiting/p/admit")):
        response = httpx.request(method, app_credentials.api_url + path, verify=context)
        assert response.status_code == 401
        response = httpx.request(
            method,
            app_credentials.api_url + path,
            headers={"Authorization": "Bearer not.a.token"},
            verify=context,
        )
        assert response.status_code == 401
    with api(app_credentials) as client, pytest.raises(errors.NotFound) as caught:
        client.admit_waiting("no-such-room", "nobody")
    assert "nobody" in caught.value.message


def test_the_stream_comes_back_after_the_server_restarts(
    server: BuiltinServer, app_credentials: AppCredentials, watcher: Watcher
) -> None:
    HostEventStream.first_backoff = 0.2
    try:
        with api(app_credentials) as client:
            room = client.create_room("Lobby", join_approval_level="explicit_approval")
        assert watcher.next_change() == ([], None)
        assert watcher.statuses.get(timeout=TIMEOUT) == (True, None)
        port = int(server.origin.rsplit(":", 1)[1])
        server.stop()
        connected, _error = watcher.statuses.get(timeout=TIMEOUT)
        assert not connected
        again = BuiltinServer(dataclasses.replace(server.config, port=port))
        again.start()
        try:
            while watcher.statuses.get(timeout=TIMEOUT * 2) != (True, None):
                pass  # failed attempts while the server was down
            assert watcher.next_change() == ([], None)
            run_knock(again, room, watcher)
        finally:
            again.stop()
    finally:
        HostEventStream.first_backoff = 1.0


def run_knock(server: BuiltinServer, room: Room, watcher: Watcher) -> None:
    """Dan knocks at ``room`` on ``server``; the watcher hears it."""

    async def scenario() -> None:
        async with aiohttp.ClientSession() as http:
            ws = await _knock(http, server, room, "Dan")
            while True:
                _visitors, knocked = await asyncio.to_thread(watcher.next_change)
                if knocked is not None:
                    break
            assert knocked.name == "Dan"
            await ws.close()

    asyncio.run(scenario())
