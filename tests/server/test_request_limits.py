"""Request rate limits of one server process (no Redis): API requests per application,
joins and one-time links per client address; real HTTPS on 127.0.0.1. Across processes
with Redis: tests/server/test_redis_limits.py."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import httpx
import pytest

from launcher.server import BuiltinServer, ServerConfig
from launcher.server.request_limits import LocalWindows, RequestLimits
from launcher.server.serve_settings import SETTINGS, describe, resolve
from tests.helpers.api import raw_client
from tests.helpers.servers import AppCredentials, register_app, start_server

TIMEOUT = 20.0
#: Written into X-Forwarded-For only (the server trusts 127.0.0.1 as its proxy); never
#: an address anything connects to.
CLIENT = "198.18.0.7"


@pytest.fixture
def limited(tmp_path: Path) -> Iterator[BuiltinServer]:
    server = start_server(
        tmp_path / "data",
        requests=RequestLimits(api_per_application=5, joins_per_address=3),
        trusted_proxies=("127.0.0.1",),
    )
    yield server
    server.stop()


def origin(server: BuiltinServer) -> str:
    return server.api_url.removesuffix("/v1/meetings")


def assert_too_many(response: httpx.Response, limit: int) -> None:
    """A 429 with Retry-After (within the minute's window) and the contract's body."""
    assert response.status_code == 429, response.text
    assert 1 <= int(response.headers["Retry-After"]) <= 60
    body = response.json()
    assert body["name"] == "TooManyRequestsError" and body["status"] == 429
    assert f"at most {limit} in 60 seconds" in body["message"]
    assert set(body) == {"message", "name", "status"}


def test_api_requests_over_the_applications_limit_get_429(limited: BuiltinServer) -> None:
    """Five requests a minute per application: the sixth is a 429 whatever its kind,
    another application still has its own five."""
    first, second = register_app(limited, "first"), register_app(limited, "second")
    with raw_client(first) as api:
        assert api.post("rooms", json={"display_name": "Paced"}).status_code == 201
        for _ in range(4):
            assert api.get("rooms").status_code == 200
        assert_too_many(api.get("rooms"), 5)
        assert_too_many(api.post("rooms", json={"display_name": "Refused"}), 5)
    with raw_client(second) as api:
        listed = [api.get("rooms").status_code for _ in range(6)]
        assert listed == [200] * 5 + [429]
    with raw_client(first) as api:  # the refused create made no room
        assert_too_many(api.get("rooms"), 5)
    assert limited.store is not None
    page = limited.store.call(lambda s: s.list_rooms(first.application_id, page_size=10))
    assert [room.doc["display_name"] for room in page.rooms] == ["Paced"]


def test_no_limit_by_default(tmp_path: Path, app_credentials: AppCredentials) -> None:
    """Without limits configured (the in-app server, `serve` by default) nothing changes."""
    assert ServerConfig(data_dir=tmp_path).requests == RequestLimits()
    assert SETTINGS["api_requests_per_minute"] == (int, 0)
    assert SETTINGS["joins_per_minute"] == (int, 0)
    with raw_client(app_credentials) as api:
        assert {api.get("rooms").status_code for _ in range(30)} == {200}


def test_one_time_links_and_joins_are_counted_per_client_address(
    limited: BuiltinServer,
) -> None:
    """Three joins or one-time links a minute per address (as a trusted proxy names it):
    the fourth is a 429, another address has its own three, loopback is not counted."""
    context = ssl.create_default_context(cafile=str(limited.ca_cert_path))
    base = origin(limited)
    with httpx.Client(verify=context, timeout=TIMEOUT) as http:
        seen = [
            http.get(f"{base}/meeting-handoff/made-up", headers={"X-Forwarded-For": CLIENT})
            for _ in range(4)
        ]
        assert [r.status_code for r in seen] == [404, 404, 404, 429]
        assert_too_many(seen[-1], 3)
        refused = http.post(
            f"{base}/meeting-handoff", json={"url": "x"}, headers={"X-Forwarded-For": CLIENT}
        )
        assert_too_many(refused, 3)
        other = http.get(
            f"{base}/meeting-handoff/made-up", headers={"X-Forwarded-For": "2001:db8::5"}
        )
        assert other.status_code == 404
        for _ in range(6):  # loopback itself: the app's own pages and web views
            assert http.get(f"{base}/meeting-handoff/made-up").status_code == 404

    async def sockets() -> list[int]:
        statuses: list[int] = []
        connector = aiohttp.TCPConnector(ssl=context)
        async with aiohttp.ClientSession(connector=connector) as session:
            for _ in range(4):
                try:
                    ws = await session.ws_connect(
                        f"{base}/meeting-ws", headers={"X-Forwarded-For": "198.18.0.8"}
                    )
                except aiohttp.WSServerHandshakeError as exc:
                    statuses.append(exc.status)
                else:
                    statuses.append(101)
                    await ws.close()
        return statuses

    assert asyncio.run(sockets()) == [101, 101, 101, 429]


def test_a_window_ends_after_its_time() -> None:
    now = [100.0]
    windows = LocalWindows(lambda: now[0])
    assert [windows.hit_now("a", 60)[0] for _ in range(3)] == [1, 2, 3]
    now[0] += 59.5
    count, left = windows.hit_now("a", 60)
    assert count == 4 and left == pytest.approx(0.5)
    now[0] += 0.5
    assert windows.hit_now("a", 60) == (1, 60.0)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ({}, RequestLimits()),
        (
            {"api_requests_per_minute": "120", "joins_per_minute": 30},
            RequestLimits(api_per_application=120, joins_per_address=30),
        ),
    ],
)
def test_serve_settings_read_the_limits(
    tmp_path: Path, given: dict[str, Any], expected: RequestLimits
) -> None:
    values = {name: default for name, (_kind, default) in SETTINGS.items()}
    values.update(data_dir=str(tmp_path), **given)
    resolved = resolve(values)
    assert resolved.problems == []
    assert resolved.config is not None and resolved.config.requests == expected
    (line,) = [line for line in describe(resolved) if line.startswith("rate limits:")]
    if expected.api_per_application:
        assert line == (
            "rate limits:     120 API requests a minute per application; 30 joins and "
            "one-time links a minute per address (not loopback), counted in this process"
        )
    else:
        assert line == "rate limits:     none (api_requests_per_minute, joins_per_minute)"


@pytest.mark.parametrize("bad", ["-1", "many", -3, True])
def test_serve_refuses_a_limit_that_is_no_whole_number(tmp_path: Path, bad: object) -> None:
    values = {name: default for name, (_kind, default) in SETTINGS.items()}
    values.update(data_dir=str(tmp_path), api_requests_per_minute=bad)
    problems = resolve(values).problems
    assert problems == [
        f"api_requests_per_minute must be a whole number, 0 for no limit, not {bad!r}"
    ]
