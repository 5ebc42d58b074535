"""The client's retry rules against a real misbehaving server (tests/helpers/faults.py).

POST is never retried (a retried create makes two rooms); GET is retried with backoff
after 429 (waiting Retry-After), 502/503/504 and dropped connections, never after a
TLS failure, a timeout or a malformed answer.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from launcher.api import MeetingsClient, errors
from tests.helpers.faults import FaultServer

APP_ID = "6b1c9a52-2f1e-4f62-8d4e-3c1a7a2b9f10"


@cache
def private_key() -> bytes:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


@pytest.fixture
def faults(tmp_path: Path) -> Iterator[FaultServer]:
    with FaultServer(tmp_path / "tls") as server:
        yield server


def client_of(server: FaultServer, *, trusted: bool = True, scheme: str = "") -> MeetingsClient:
    url = server.url if not scheme else scheme + "://" + server.url.split("://", 1)[1]
    client = MeetingsClient(
        url + "/v1/meetings",
        APP_ID,
        private_key(),
        ca_file=server.ca_file if trusted else None,
        timeout=1.0,
    )
    client.retry_backoff = 0.05
    return client


def test_get_retries_429_honouring_retry_after_then_5xx_then_succeeds(
    faults: FaultServer,
) -> None:
    faults.script["GET"] = ["429", "503"]
    with client_of(faults) as client:
        started = time.monotonic()
        page = client.list_rooms()
    assert page.rooms == ()
    assert faults.count("GET") == 3
    assert time.monotonic() - started >= 1.0  # Retry-After: 1 was waited for


@pytest.mark.parametrize("fault", ["502", "504", "reset"])
def test_get_retries_a_bad_gateway_or_a_reset_at_most_twice(
    faults: FaultServer, fault: str
) -> None:
    faults.default = fault
    with client_of(faults) as client, pytest.raises(errors.ApiError) as failed:
        client.list_rooms()
    assert faults.count("GET") == 3
    expected = errors.Offline if fault == "reset" else errors.ServerError
    assert isinstance(failed.value, expected)
    faults.default = "ok"
    faults.script["GET"] = [fault]
    with client_of(faults) as client:
        assert client.list_rooms().rooms == ()


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        ("500", errors.ServerError),
        ("hang", errors.Timeout),
        ("stall", errors.Timeout),
        ("malformed", errors.UnexpectedResponse),
    ],
)
def test_get_is_not_retried_after_a_500_a_timeout_or_a_malformed_answer(
    faults: FaultServer, fault: str, expected: type[errors.ApiError]
) -> None:
    faults.default = fault
    with client_of(faults) as client, pytest.raises(expected):
        client.list_rooms()
    assert faults.count("GET") == 1


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        ("503", errors.ServerError),
        ("502", errors.ServerError),
        ("429", errors.RateLimited),
        ("reset", errors.Offline),
        ("hang", errors.Timeout),
        ("stall", errors.Timeout),
        ("malformed", errors.UnexpectedResponse),
    ],
)
def test_post_is_never_retried(
    faults: FaultServer, fault: str, expected: type[errors.ApiError]
) -> None:
    faults.default = fault
    with client_of(faults) as client, pytest.raises(expected) as failed:
        client.create_room("Once")
    assert faults.count("POST") == 1
    if fault == "429":
        assert isinstance(failed.value, errors.RateLimited) and failed.value.retry_after == 1


def test_tls_failures_are_not_retried(faults: FaultServer, tmp_path: Path) -> None:
    with client_of(faults, trusted=False) as client, pytest.raises(errors.TlsError) as refused:
        client.list_rooms()
    assert refused.value.certificate_problem
    assert faults.count("GET") == 0  # the handshake failed: no request was sent
    with FaultServer() as plain, client_of(plain, scheme="https") as client:
        with pytest.raises(errors.TlsError) as failed:
            client.list_rooms()
        assert not failed.value.certificate_problem
        assert plain.count("GET") == 0
