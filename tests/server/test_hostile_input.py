"""Bad input is a 4xx with the contract's body, never a 500; an unexpected error
is a 500 with a request id, logged once."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import ssl
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import httpx
import pytest
from aiohttp import web

from launcher.server import BuiltinServer, jsonsafe
from tests.helpers.api import make_token, raw_client, tls_context
from tests.helpers.servers import AppCredentials, register_app, start_server

UNAUTHORIZED = {"title": "Unauthorized", "detail": "You did not provide correct credentials"}
DEEP = "[" * 100_000 + "]" * 100_000


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


# ------------------------------------------------------------ the parser


@pytest.mark.parametrize(
    "text",
    [
        "[" * 33 + "]" * 33,
        '{"a":' * 33 + "1" + "}" * 33,
        DEEP,
        '"' + "[" * 40,  # an unterminated string, then brackets: still refused
    ],
)
def test_safe_loads_refuses_deep_or_broken_json(text: str) -> None:
    with pytest.raises(jsonsafe.JsonRejected):
        jsonsafe.loads(text, max_bytes=1 << 20)


def test_safe_loads_reads_what_json_reads() -> None:
    nested = "[" * 32 + "]" * 32
    assert jsonsafe.loads(nested, max_bytes=1 << 20) == json.loads(nested)
    # Brackets inside strings, escaped quotes and backslashes do not nest.
    text = json.dumps({"a": "[[[[" * 50 + '\\"{{', "b": ["]]]" * 40, {"c": "\\"}]})
    assert jsonsafe.loads(text.encode(), max_bytes=1 << 20) == json.loads(text)
    with pytest.raises(jsonsafe.JsonRejected):
        jsonsafe.loads("[1, 2]", max_bytes=5)


# ------------------------------------------------------------ REST bodies


def test_deeply_nested_body_is_400(shared_app_credentials: AppCredentials) -> None:
    with raw_client(shared_app_credentials) as http:
        for path, method in (("rooms", "POST"), ("themes", "POST"), ("applications", "PATCH")):
            response = http.request(
                method, path, content=DEEP, headers={"Content-Type": "application/json"}
            )
            assert response.status_code == 400, (path, response.text)
            body = response.json()
            assert body["name"] == "BadRequestError"
            assert body["status"] == 400
            assert "nested" in body["message"]


@pytest.mark.parametrize("when", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"])
def test_out_of_range_date_is_input_validation_error(
    when: str, shared_app_credentials: AppCredentials
) -> None:
    with raw_client(shared_app_credentials) as http:
        created = http.post(
            "rooms", json={"display_name": "Dates", "type": "long_term", "expires_at": when}
        )
        assert created.status_code == 400, created.text
        assert created.json()["name"] == "InputValidationError"
        assert created.json()["errors"][0]["field"] == "expires_at"

        soon = (datetime.now(UTC) + timedelta(days=30)).isoformat()
        room = http.post(
            "rooms", json={"display_name": "Dates", "type": "long_term", "expires_at": soon}
        )
        assert room.status_code == 201, room.text
        patched = http.patch(
            f"rooms/{room.json()['id']}", json={"update_details": {"expires_at": when}}
        )
        assert patched.status_code == 400, patched.text
        assert patched.json()["name"] == "InputValidationError"
        assert patched.json()["errors"][0]["field"] == "expires_at"


# ------------------------------------------------------------ token segments


@pytest.mark.parametrize("which", ["header", "claims", "both-long"])
def test_deeply_nested_token_segment_is_401(
    which: str, shared_app_credentials: AppCredentials
) -> None:
    good = make_token(shared_app_credentials).split(".")
    # Under the segment limit (4 KB) and aiohttp's header limit (8 KB), deeper than
    # the interpreter's recursion limit.
    deep = _b64(('{"a":' + "[" * 1500 + "]" * 1500 + "}").encode())
    if which == "header":
        token = f"{deep}.{good[1]}.{good[2]}"
    elif which == "claims":
        token = f"{good[0]}.{deep}.{good[2]}"
    else:
        long = _b64(json.dumps({"alg": "RS256", "pad": "x" * 3500}).encode())
        token = f"{long}.{good[1]}.{good[2]}"
    response = httpx.get(
        f"{shared_app_credentials.api_url}/rooms",
        headers={"Authorization": f"Bearer {token}"},
        verify=tls_context(shared_app_credentials),
        timeout=10,
    )
    assert response.status_code == 401
    assert response.json() == UNAUTHORIZED


# ------------------------------------------------------------ logo upload


MALFORMED_MULTIPART: dict[str, tuple[str, bytes]] = {
    "no boundary": ("multipart/form-data", b"--x\r\n\r\n"),
    "empty boundary": ("multipart/form-data; boundary=", b"--\r\n"),
    "wrong boundary": ("multipart/form-data; boundary=abc", b"--zzz\r\nhello\r\n--zzz--\r\n"),
    "truncated part": (
        "multipart/form-data; boundary=abc",
        b'--abc\r\nContent-Disposition: form-data; name="key"\r\n\r\nvalue',
    ),
    "no headers end": (
        "multipart/form-data; boundary=abc",
        b'--abc\r\nContent-Disposition: form-data; name="key"',
    ),
    "bad part header": (
        "multipart/form-data; boundary=abc",
        b"--abc\r\n\x00\x01 broken\r\n\r\nv\r\n--abc--\r\n",
    ),
    "nested multipart": (
        "multipart/form-data; boundary=abc",
        b"--abc\r\nContent-Type: multipart/mixed; boundary=\r\n\r\n--\r\n--abc--\r\n",
    ),
    "bad transfer encoding": (
        "multipart/form-data; boundary=abc",
        b'--abc\r\nContent-Disposition: form-data; name="file"\r\n'
        b"Content-Transfer-Encoding: rot13\r\n\r\nxx\r\n--abc--\r\n",
    ),
    "bad base64": (
        "multipart/form-data; boundary=abc",
        b'--abc\r\nContent-Disposition: form-data; name="file"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n@@@@\r\n--abc--\r\n",
    ),
    "bad gzip": (
        "multipart/form-data; boundary=abc",
        b'--abc\r\nContent-Disposition: form-data; name="file"\r\n'
        b"Content-Encoding: gzip\r\n\r\nnot gzip at all\r\n--abc--\r\n",
    ),
    "not multipart": ("text/plain", b"hello"),
    "forged policy": (
        "multipart/form-data; boundary=abc",
        b'--abc\r\nContent-Disposition: form-data; name="Policy"\r\n\r\n!!!!\r\n'
        b'--abc\r\nContent-Disposition: form-data; name="X-Amz-Signature"\r\n\r\nab\r\n'
        b'--abc\r\nContent-Disposition: form-data; name="file"\r\n\r\nPNG\r\n--abc--\r\n',
    ),
}


@pytest.mark.parametrize("case", sorted(MALFORMED_MULTIPART))
def test_malformed_logo_upload_is_400(case: str, shared_server: BuiltinServer) -> None:
    content_type, body = MALFORMED_MULTIPART[case]
    assert shared_server.ca_cert_path is not None
    response = httpx.post(
        f"{shared_server.origin}/v1/uploads/logos",
        content=body,
        headers={"Content-Type": content_type},
        verify=ssl.create_default_context(cafile=str(shared_server.ca_cert_path)),
        timeout=10,
    )
    assert 400 <= response.status_code < 500, (case, response.status_code, response.text)
    assert "<Error><Code>" in response.text


# ------------------------------------------------------------ signalling


def test_deeply_nested_signalling_frame_is_refused(shared_server: BuiltinServer) -> None:
    assert shared_server.ca_cert_path is not None
    context = ssl.create_default_context(cafile=str(shared_server.ca_cert_path))

    async def go() -> dict[str, Any]:
        async with aiohttp.ClientSession() as http:
            ws = await http.ws_connect(shared_server.origin + "/meeting-ws", ssl=context)
            await ws.send_str("[" * 30_000 + "]" * 30_000)
            msg = await ws.receive(timeout=10)
            await ws.close()
            return dict(json.loads(msg.data))

    assert asyncio.run(go()) == {"type": "error", "code": "bad_request"}


# ------------------------------------------------------------ the 500 guarantee


async def _boom(request: web.Request) -> web.Response:
    raise RuntimeError("an unexpected bug")


def _add_boom(app: web.Application) -> None:
    app.router.add_get("/test-boom/{code}", _boom)
    app.router.add_get("/v1/meetings/test-boom", _boom)


@pytest.fixture
def boom_server(tmp_path: Path) -> Iterator[BuiltinServer]:
    srv = start_server(tmp_path / "data", extra_setup=[_add_boom])
    try:
        yield srv
    finally:
        srv.stop()


def test_unexpected_error_is_500_with_request_id_logged_once(
    boom_server: BuiltinServer, caplog: pytest.LogCaptureFixture
) -> None:
    creds = register_app(boom_server)
    secret_code = "do-not-log-this-code"
    caplog.set_level(logging.INFO)
    with raw_client(creds) as http:
        responses = [
            httpx.get(f"{boom_server.origin}/test-boom/{secret_code}", verify=tls_context(creds)),
            http.get("test-boom"),
        ]
    for response in responses:
        assert response.status_code == 500
        body = response.json()
        request_id = body["request_id"]
        assert response.headers["X-Request-Id"] == request_id
        assert body["name"] == "InternalServerError"
        assert body["status"] == 500
        assert request_id in body["message"]
        logged = [r for r in caplog.records if request_id in r.getMessage()]
        assert len(logged) == 1, [r.getMessage() for r in caplog.records]
        # The traceback: exc_info, or its redacted text once the launcher's
        # redaction (launcher.core.logs) is installed in this process.
        assert logged[0].exc_info is not None or "an unexpected bug" in (logged[0].exc_text or "")
    # Nothing else logged the traceback (aiohttp's own "Error handling request"),
    # and the server's log does not carry the path's code (httpx's own log does).
    server_records = [r for r in caplog.records if r.name.startswith(("launcher", "aiohttp"))]
    tracebacks = [
        r
        for r in server_records
        if (r.exc_info and "unexpected bug" in str(r.exc_info[1]))
        or "an unexpected bug" in (r.exc_text or "")
    ]
    assert len(tracebacks) == len(responses)
    assert not any(secret_code in r.getMessage() for r in server_records)


def test_every_response_says_nosniff(shared_app_credentials: AppCredentials) -> None:
    with raw_client(shared_app_credentials) as http:
        assert http.get("rooms").headers["X-Content-Type-Options"] == "nosniff"
        assert http.get("no-such-thing").headers["X-Content-Type-Options"] == "nosniff"
