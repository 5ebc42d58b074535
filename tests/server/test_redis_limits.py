"""Rate limits across two ``serve`` processes sharing PostgreSQL and Redis (--redis):
counted in Redis, two processes allow together what one allows alone; while Redis
does not answer, each process counts alone (and says so once).

Real programs: Debian's ``redis-server``, a throwaway PostgreSQL, two ``meeting-launcher
serve`` processes. Client addresses are written into X-Forwarded-For (both processes
trust 127.0.0.1 as their proxy, as behind Caddy); nothing connects to them.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import httpx
import pytest

from tests.helpers.api import raw_client
from tests.helpers.postgres import PostgresCluster
from tests.helpers.redis_server import RedisServer
from tests.server.test_redis_signalling import TIMEOUT, Cluster, origin, two_processes
from tests.server.test_request_limits import assert_too_many

API_LIMIT = 6
JOIN_LIMIT = 4
LIMITS = (
    *("--api-requests-per-minute", str(API_LIMIT)),
    *("--joins-per-minute", str(JOIN_LIMIT)),
    *("--trusted-proxy", "127.0.0.1"),
)
FALLBACK = "rate limits: Redis at redis://127.0.0.1:"
RECOVERED = "rate limits: Redis answers again; counting there"


@pytest.fixture(scope="module")
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def limited(
    tmp_path_factory: pytest.TempPathFactory,
    postgres_cluster: PostgresCluster,
    redis_server: RedisServer,
) -> Iterator[Cluster]:
    with two_processes(
        tmp_path_factory.mktemp("limited"), postgres_cluster, redis_server, LIMITS
    ) as pair:
        yield pair


def redis_int(redis: RedisServer, *command: str) -> int:
    """An integer reply (``:n``) or a bulk string holding one (``$1 n``); 0 for none."""
    reply = redis.command(*command).decode().split()
    return 0 if reply == ["$-1"] else int(reply[-1].lstrip(":"))


def handoff_gets(pair: Cluster, client: str, through: list[str]) -> list[httpx.Response]:
    """A browser at ``client`` trying a made-up one-time link through each origin in turn
    (a 404 when let through to the handler, a 429 when over the limit)."""
    with httpx.Client(verify=pair.ssl, timeout=TIMEOUT) as http:
        return [
            http.get(f"{base}/meeting-handoff/made-up", headers={"X-Forwarded-For": client})
            for base in through
        ]


def test_api_requests_through_both_processes_count_once(limited: Cluster) -> None:
    """Requests alternating between the two processes are refused from the seventh on,
    as one process alone refuses them: the window is one Redis key with the minute's TTL."""
    first = limited.first.credentials(limited.app_id, limited.key)
    second = limited.second.credentials(limited.app_id, limited.key)
    with raw_client(first) as one, raw_client(second) as other:
        answers = [(one, other)[n % 2].get("rooms") for n in range(API_LIMIT + 3)]
    assert [a.status_code for a in answers] == [200] * API_LIMIT + [429] * 3
    for refused in answers[API_LIMIT:]:
        assert_too_many(refused, API_LIMIT)
    key = f"meeting-launcher:limit:api:{limited.app_id}"
    assert redis_int(limited.redis, "GET", key) == API_LIMIT + 3
    assert 0 < redis_int(limited.redis, "PTTL", key) <= 60_000


def test_one_time_links_through_both_processes_count_as_through_one(limited: Cluster) -> None:
    """One address alternating between the processes gets its 429 at the same count as
    another address going to one process only."""
    first, second = origin(limited.first), origin(limited.second)
    both = handoff_gets(limited, "198.18.0.10", [first, second] * (JOIN_LIMIT // 2 + 1))
    alone = handoff_gets(limited, "198.18.0.11", [second] * (JOIN_LIMIT + 2))
    expected = [404] * JOIN_LIMIT + [429] * 2
    assert [r.status_code for r in both] == expected
    assert [r.status_code for r in alone] == expected
    assert_too_many(both[-1], JOIN_LIMIT)
    assert_too_many(alone[-1], JOIN_LIMIT)


def test_signalling_sockets_through_both_processes_count_once(limited: Cluster) -> None:
    """Meeting pages opening their socket from one address, on either process: the
    fifth handshake is refused with 429."""

    async def open_sockets() -> list[int]:
        statuses: list[int] = []
        connector = aiohttp.TCPConnector(ssl=limited.ssl)
        async with aiohttp.ClientSession(connector=connector) as session:
            for n in range(JOIN_LIMIT + 2):
                served = (limited.first, limited.second)[n % 2]
                try:
                    ws = await session.ws_connect(
                        f"{origin(served)}/meeting-ws",
                        headers={"X-Forwarded-For": "198.18.0.12"},
                    )
                except aiohttp.WSServerHandshakeError as exc:
                    statuses.append(exc.status)
                else:
                    statuses.append(101)
                    await ws.close()
        return statuses

    assert asyncio.run(open_sockets()) == [101] * JOIN_LIMIT + [429] * 2


def test_while_redis_is_down_each_process_counts_alone_and_it_recovers(
    tmp_path: Path, postgres_cluster: PostgresCluster
) -> None:
    """Redis stops: the limits fall back to each process's own count (each allows the
    limit: at most twice it together), API requests keep being answered, never a 500;
    each process says so once. Redis comes back on its address: within seconds the
    processes count in it again (one limit for both), and say so once."""
    outage = RedisServer()
    try:
        with two_processes(tmp_path, postgres_cluster, outage, LIMITS) as pair:
            first, second = origin(pair.first), origin(pair.second)
            port = outage.port
            outage.stop()

            over = [404] * JOIN_LIMIT + [429]
            assert [r.status_code for r in handoff_gets(pair, "198.18.0.20", [first] * 5)] == over
            assert [r.status_code for r in handoff_gets(pair, "198.18.0.20", [second] * 5)] == over
            one = pair.first.credentials(pair.app_id, pair.key)
            with raw_client(one) as api:
                answers = [api.get("rooms") for _ in range(API_LIMIT + 1)]
            assert [a.status_code for a in answers] == [200] * API_LIMIT + [429]
            assert_too_many(answers[-1], API_LIMIT)

            outage = RedisServer(port=port)
            deadline = time.monotonic() + 60
            for attempt in range(1000):  # each process asks Redis again by itself
                client = f"198.18.1.{attempt % 250}"
                outage.command("DEL", f"meeting-launcher:limit:join:{client}")
                handoff_gets(pair, client, [first, second])
                if redis_int(outage, "GET", f"meeting-launcher:limit:join:{client}") == 2:
                    break
                assert time.monotonic() < deadline, "the processes never counted in Redis again"
                time.sleep(1)
            together = handoff_gets(pair, "198.18.0.21", [first, second] * 3)
            assert [r.status_code for r in together] == [404] * JOIN_LIMIT + [429] * 2

            logs = ""
            for served in (pair.first, pair.second):
                served.proc.terminate()
                assert served.proc.wait(timeout=60) == 0
                assert served.proc.stderr is not None
                log = served.proc.stderr.read()
                assert log.count(FALLBACK) == 1, log
                assert log.count(RECOVERED) == 1, log
                logs += log
            assert "Traceback" not in logs and "ERROR" not in logs, logs
    finally:
        outage.stop()
