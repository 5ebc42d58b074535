"""TURN relay credentials: minted per admitted participant, over the signalling socket
of a real built-in server; never in a page, never to somebody still at the door."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import time
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from launcher.api import MeetingsClient
from launcher.server import BuiltinServer, ServerConfig, create_application
from launcher.server.turn import MARGIN, MAX_VALIDITY, TurnRelay, check_uri
from tests.helpers.caddy import free_port
from tests.server.test_serve_ops import fails
from tests.server.test_serve_ops import run as serve_run
from tests.server.test_signalling import Page, run

SECRET = "s3cret-shared-with-coturn-0123456789"
URIS = ("turn:198.18.0.1:3478?transport=udp", "turns:turn.example.org:5349?transport=tcp")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltinServer]:
    relay = TurnRelay(URIS, SECRET)
    srv = BuiltinServer(ServerConfig(data_dir=tmp_path_factory.mktemp("turn"), turn_relay=relay))
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def client(server: BuiltinServer) -> Iterator[MeetingsClient]:
    application_id, key = create_application(
        server.config.data_dir, "turn tests", server.config.database
    )
    with MeetingsClient(server.api_url, application_id, key) as api:
        yield api


def check_credentials(ice: list[dict[str, Any]], participant_id: str) -> int:
    """The relay entry is coturn's use-auth-secret pair for this participant; its expiry."""
    (relay,) = ice
    assert relay["urls"] == list(URIS)
    expiry, who = relay["username"].split(":")
    assert who == participant_id
    mac = hmac.new(SECRET.encode(), relay["username"].encode(), hashlib.sha1).digest()
    assert relay["credential"] == base64.b64encode(mac).decode()
    return int(expiry)


def test_credentials_only_after_admission_and_fresh_on_reconnect(
    server: BuiltinServer, client: MeetingsClient
) -> None:
    room = client.create_room("Relay", join_approval_level="explicit_approval")
    assert room.host_url is not None

    async def scenario(connect: Callable[..., Awaitable[Page]]) -> None:
        host = await connect(room, "Hana", host=True)
        welcome = await host.next("welcome")
        assert welcome["ice_servers"] == []  # nothing secret before admission
        joined = await host.next("joined")
        expiry = check_credentials(joined["ice_servers"], welcome["id"])
        assert time.time() + MARGIN - 5 <= expiry <= time.time() + MAX_VALIDITY + 5

        guest = await connect(room, "Gus")
        guest_welcome = await guest.next("welcome")
        assert guest_welcome["ice_servers"] == []
        waiting = await guest.next()
        assert waiting == {"type": "waiting", "reason": "approval"}  # no credentials in it
        knock = await host.next("knock")
        await host.send(type="admit", id=knock["peer"]["id"])
        guest_joined = await guest.next("joined")
        check_credentials(guest_joined["ice_servers"], guest_welcome["id"])

        # A dropped socket: back with the rejoin key, a new id and new credentials.
        await guest.ws.close()
        again = await connect(room, "Gus", rejoin=guest_joined["rejoin"])
        again_welcome = await again.next("welcome")
        again_joined = await again.next("joined")
        assert again_welcome["id"] != guest_welcome["id"]
        check_credentials(again_joined["ice_servers"], again_welcome["id"])
        assert again_joined["ice_servers"] != guest_joined["ice_servers"]

    run(server, scenario)


def test_no_page_carries_the_secret_or_a_credential(
    server: BuiltinServer, client: MeetingsClient
) -> None:
    room = client.create_room("Pages")
    assert room.host_url is not None

    async def fetch(url: str) -> str:
        async with aiohttp.ClientSession() as http, http.get(url) as response:
            assert response.status == 200
            return await response.text()

    async def pages() -> list[str]:
        return [await fetch(room.guest_url or ""), await fetch(room.host_url or "")]

    for html in asyncio.run(pages()):
        assert SECRET not in html
        assert "turn:" not in html and "credential" not in html


def test_expiry_follows_the_meeting_within_bounds() -> None:
    now = 1_700_000_000.0
    relay = TurnRelay(URIS, SECRET, clock=lambda: now)

    def iso(seconds: float) -> str:
        return (datetime.fromtimestamp(now, UTC) + timedelta(seconds=seconds)).isoformat()

    assert relay.expiry(iso(1800)) == now + 1800 + MARGIN  # a short meeting, plus the margin
    assert relay.expiry(iso(90 * 86400)) == now + MAX_VALIDITY  # a long-term room: capped
    assert relay.expiry(iso(-600)) == now + MARGIN  # already over: still a margin
    assert relay.expiry(None) == now + MAX_VALIDITY
    assert relay.expiry("not a date") == now + MAX_VALIDITY
    assert "s3cret" not in repr(relay)


@pytest.mark.parametrize(
    ("uri", "ok"),
    [
        ("turn:turn.example.org", True),
        ("turn:198.18.0.1:3478?transport=udp", True),
        ("turns:turn.example.org:5349?transport=tcp", True),
        ("turn:[2001:db8::1]:3478", True),
        ("turns:turn.example.org:5349?transport=udp", False),
        ("stun:turn.example.org", False),
        ("turn://turn.example.org:3478", False),
        ("turn:user:pw@turn.example.org", False),
        ("turn:turn.example.org:99999", False),
        ("turn:turn.example.org:3478?transport=sctp", False),
        ("", False),
    ],
)
def test_turn_uri_check(uri: str, ok: bool) -> None:
    assert (check_uri(uri) is None) is ok


# ------------------------------------------------------------ serve options


def test_serve_check_names_the_relay_never_the_secret(tmp_path: Path) -> None:
    secret = tmp_path / "turn-secret"
    secret.write_text(SECRET + "\n")
    config = tmp_path / "serve.toml"
    config.write_text(f'turn_uris = ["{URIS[1]}"]\nturn_secret_file = "turn-secret"\n')
    result = serve_run(
        *("serve", "--check", "--config", str(config), "--data-dir", str(tmp_path / "d")),
        *("--port", str(free_port()), "--turn-uri", URIS[0], "--turn-uri", URIS[1]),
    )
    assert result.returncode == 0, result.stderr
    assert f"TURN relay:      {URIS[0]}, {URIS[1]} (" in result.stdout
    assert f"secret in {secret}" in result.stdout
    assert SECRET not in result.stdout + result.stderr
    # From the config file alone too.
    result = serve_run("serve", "--check", "--config", str(config), "--data-dir", str(tmp_path))
    assert f"TURN relay:      {URIS[1]} (" in result.stdout, result.stderr
    without = serve_run("serve", "--check", "--data-dir", str(tmp_path / "d"))
    assert "TURN relay:      none" in without.stdout


def test_serve_refuses_a_bad_relay_setting_one_line_each(tmp_path: Path) -> None:
    unreadable = tmp_path / "secret-dir"
    unreadable.mkdir()  # root reads any file: a folder is unreadable as a file
    short = tmp_path / "short"
    short.write_text("tooshort")
    base = ["serve", "--data-dir", str(tmp_path / "d"), "--port", str(free_port())]
    lines = fails(
        *base, "--check", *("--turn-uri", "turn://x", "--turn-uri", "turns:h:5349?transport=udp"),
        *("--turn-secret-file", str(unreadable)),
    )  # fmt: skip
    assert len(lines) == 3, lines
    assert "'turn://x' is not a TURN URI" in lines[0]
    assert "turns: (TLS) runs over TCP" in lines[1]
    assert "cannot read TURN secret file" in lines[2]
    for extra, expected in (
        (["--turn-uri", URIS[0]], "turn_uri needs turn_secret_file"),
        (["--turn-secret-file", str(short)], "needs at least one turn_uri"),
        (["--turn-uri", URIS[0], "--turn-secret-file", str(short)], "TURN secret in"),
        (["--turn-uri", "turn:h:0", "--turn-secret-file", str(short)], "port must be between"),
        (["--turn-uri", URIS[0], "--turn-secret-file", str(tmp_path / "x")], "file not found"),
    ):
        (line,) = fails(*base, *extra)  # serve itself: one line, exit 2
        assert expected in line, line
    assert not (tmp_path / "d").exists()
