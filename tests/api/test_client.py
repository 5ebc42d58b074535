"""The client's own logic over real HTTP on 127.0.0.1: request shapes, retries, cancel.

The server here is a scripted stdlib HTTP server (one canned answer per request) for what
the built-in server cannot be made to do on demand: 503s, 429s, hanging answers, garbage
bodies. The contract itself is tested against the built-in server in tests/api/.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from launcher import __version__
from launcher.api import MeetingsClient, errors
from launcher.server.tls import ensure_self_signed, server_context

FIXTURES = Path(__file__).resolve().parent.parent / "api" / "fixtures"
ROOM = json.loads((FIXTURES / "long_term_room.json").read_text())
HANG = "hang"
DROP = "drop"  # close the connection without an answer


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Script:
    answers: list[Any] = field(default_factory=list)
    seen: list[Seen] = field(default_factory=list)
    arrived: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)


def make_handler(script: Script) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            script.seen.append(Seen(self.command, self.path, dict(self.headers), body))
            answer = script.answers.pop(0) if script.answers else (500, {}, b"no script")
            script.arrived.set()
            if answer == HANG:
                script.release.wait(20)
            if answer in (HANG, DROP):
                self.close_connection = True
                return
            status, headers, payload = answer
            if not isinstance(payload, bytes):
                payload = json.dumps(payload).encode()
            self.send_response(status)
            for name, value in {"Content-Type": "application/json", **headers}.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _answer

    return Handler


@pytest.fixture
def script() -> Iterator[Script]:
    yield Script()


@contextmanager
def scripted_server(script: Script, tls_dir: Path | None = None) -> Iterator[str]:
    """Serve ``script`` on 127.0.0.1; over TLS (self-signed, as the built-in server makes
    it) when ``tls_dir`` is given. Yields the origin."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(script))
    server.daemon_threads = True
    scheme = "http"
    if tls_dir is not None:
        cert, key = ensure_self_signed(tls_dir, "127.0.0.1")
        server.socket = server_context(cert, key).wrap_socket(server.socket, server_side=True)
        scheme = "https"
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield f"{scheme}://127.0.0.1:{server.server_address[1]}"
    finally:
        script.release.set()
        server.shutdown()
        server.server_close()


@pytest.fixture
def http_server(script: Script) -> Iterator[str]:
    with scripted_server(script) as origin:
        yield origin


@pytest.fixture(scope="module")
def key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture
def client(http_server: str, key: rsa.RSAPrivateKey) -> Iterator[MeetingsClient]:
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    with MeetingsClient(f"{http_server}/v1/meetings", "app-1", pem, timeout=5) as made:
        made.retry_backoff = 0.01
        yield made


def ok(body: Any, status: int = 200, **headers: str) -> tuple[int, dict[str, str], Any]:
    return (status, headers, body)


def test_request_shape_and_auth(client: MeetingsClient, script: Script, key: Any) -> None:
    script.answers = [ok(ROOM, 201)]
    expires = datetime(2031, 1, 2, 3, 4, 5, 678000, tzinfo=UTC)
    room = client.create_room(
        "Weekly", type="long_term", expires_at=expires, metadata="m", expire_after_use=True
    )
    assert room.id == ROOM["id"]
    (seen,) = script.seen
    assert (seen.method, seen.path) == ("POST", "/v1/meetings/rooms")
    assert json.loads(seen.body) == {
        "display_name": "Weekly",
        "type": "long_term",
        "expires_at": "2031-01-02T03:04:05.678Z",
        "metadata": "m",
        "expire_after_use": True,
    }
    assert seen.headers["User-Agent"] == f"meeting-launcher/{__version__}"
    scheme, token = seen.headers["Authorization"].split(" ")
    assert scheme == "Bearer"
    claims = jwt.decode(token, key.public_key(), algorithms=["RS256"])
    assert claims["application_id"] == "app-1"


def test_paths_params_and_bodies(client: MeetingsClient, script: Script) -> None:
    script.answers = [ok(ROOM), ok(b"", 204), ok({"_embedded": []}), ok(ROOM)]
    client.update_room("a/../b", {"expires_at": datetime(2031, 1, 1, tzinfo=UTC)})
    client.delete_theme("t1", force=True)
    client.list_rooms(page_size=5, start_id=20)
    client.get_room("..")
    assert [(s.method, s.path) for s in script.seen] == [
        ("PATCH", "/v1/meetings/rooms/a%2F..%2Fb"),
        ("DELETE", "/v1/meetings/themes/t1?force=true"),
        ("GET", "/v1/meetings/rooms?page_size=5&start_id=20"),
        ("GET", "/v1/meetings/rooms/%2E%2E"),
    ]
    assert json.loads(script.seen[0].body) == {
        "update_details": {"expires_at": "2031-01-01T00:00:00.000Z"}
    }


def test_token_reused_across_calls(client: MeetingsClient, script: Script) -> None:
    script.answers = [ok(ROOM), ok(ROOM), ok(ROOM)]
    for _ in range(3):
        client.get_room("r")
    assert len({seen.headers["Authorization"] for seen in script.seen}) == 1


def test_get_retried_on_503_and_502(client: MeetingsClient, script: Script) -> None:
    script.answers = [ok({}, 503), ok({}, 502), ok(ROOM)]
    assert client.get_room("r").id == ROOM["id"]
    assert len(script.seen) == 3


def test_get_retried_after_a_dropped_connection(client: MeetingsClient, script: Script) -> None:
    script.answers = [DROP, ok(ROOM)]
    assert client.get_room("r").id == ROOM["id"]
    assert len(script.seen) == 2
    script.answers = [DROP, ok(ROOM)]
    with pytest.raises(errors.Offline, match="lost"):
        client.create_room("x")  # the room may exist now: a POST is never sent twice
    assert len(script.seen) == 3


def test_get_retries_are_bounded(client: MeetingsClient, script: Script) -> None:
    script.answers = [ok({"message": "down", "name": "X", "status": 503}, 503)] * 5
    with pytest.raises(errors.ServerError, match="down"):
        client.get_room("r")
    assert len(script.seen) == 1 + client.max_get_retries


def test_post_and_patch_never_retried(client: MeetingsClient, script: Script) -> None:
    script.answers = [ok({}, 503), ok({}, 503), ok(ROOM)]
    with pytest.raises(errors.ServerError):
        client.create_room("x")
    with pytest.raises(errors.ServerError):
        client.update_room("r", {"theme_id": None})
    assert [s.method for s in script.seen] == ["POST", "PATCH"]


def test_429_waits_for_retry_after(client: MeetingsClient, script: Script) -> None:
    script.answers = [ok({}, 429, **{"Retry-After": "1"}), ok(ROOM)]
    started = time.monotonic()
    client.get_room("r")
    assert time.monotonic() - started >= 1.0
    assert len(script.seen) == 2


def test_429_with_long_retry_after_is_raised(client: MeetingsClient, script: Script) -> None:
    script.answers = [ok({"message": "slow down"}, 429, **{"Retry-After": "3600"}), ok(ROOM)]
    with pytest.raises(errors.RateLimited) as caught:
        client.get_room("r")
    assert caught.value.retry_after == 3600.0
    assert len(script.seen) == 1


def test_bad_success_bodies(client: MeetingsClient, script: Script) -> None:
    script.answers = [ok(b"<html>portal</html>"), ok([1, 2]), ok(b"", 204)]
    with pytest.raises(errors.UnexpectedResponse):
        client.get_room("r")
    with pytest.raises(errors.UnexpectedResponse):
        client.get_theme("t")
    client.delete_recording("x")  # an empty 204 body is fine
    assert [s.method for s in script.seen] == ["GET", "GET", "DELETE"]


def test_cancel_wakes_a_blocked_read(client: MeetingsClient, script: Script) -> None:
    check_cancel_wakes_a_blocked_read(client, script)


def test_cancel_wakes_a_blocked_tls_read(
    key: rsa.RSAPrivateKey, script: Script, tmp_path: Path
) -> None:
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    with (
        scripted_server(script, tmp_path / "tls") as origin,
        MeetingsClient(
            f"{origin}/v1/meetings", "app-1", pem, ca_file=tmp_path / "tls" / "cert.pem", timeout=5
        ) as client,
    ):
        check_cancel_wakes_a_blocked_read(client, script)


def check_cancel_wakes_a_blocked_read(client: MeetingsClient, script: Script) -> None:
    script.answers = [HANG, ok(ROOM)]
    outcome: dict[str, Any] = {}

    def call() -> None:
        started = time.monotonic()
        try:
            client.get_room("r")
        except errors.ApiError as exc:
            outcome["error"] = exc
        outcome["took"] = time.monotonic() - started

    worker = threading.Thread(target=call)
    worker.start()
    assert script.arrived.wait(5)
    client.cancel()
    worker.join(5)
    assert isinstance(outcome["error"], errors.Cancelled)
    assert outcome["took"] < 2  # the timeout is 5 s: the read was woken, not timed out
    # Only calls in progress are cancelled: the client keeps working.
    assert client.get_room("r").id == ROOM["id"]


def test_cancel_during_retry_backoff(client: MeetingsClient, script: Script) -> None:
    client.retry_backoff = 30
    script.answers = [ok({}, 503)]
    failure: list[BaseException] = []
    worker = threading.Thread(target=lambda: _capture(failure, client.get_room, "r"))
    worker.start()
    assert script.arrived.wait(5)
    client.cancel()
    worker.join(5)
    assert not worker.is_alive()
    assert isinstance(failure[0], errors.Cancelled)


def _capture(into: list[BaseException], func: Any, *args: Any) -> None:
    try:
        func(*args)
    except BaseException as exc:
        into.append(exc)


def test_iter_rooms_stops_on_empty_page_and_stuck_links(
    client: MeetingsClient, script: Script
) -> None:
    def page(ids: list[str], next_start: str) -> Any:
        return ok(
            {
                "_embedded": [dict(ROOM, id=i) for i in ids],
                "_links": {"next": {"href": f"host/rooms?page_size=20&start_id={next_start}"}},
            }
        )

    # The live API kept a "next" link on its last page.
    script.answers = [page(["a", "b"], "7"), page(["c"], "9"), page([], "11")]
    assert [room.id for room in client.iter_rooms(page_size=2)] == ["a", "b", "c"]
    assert [s.path for s in script.seen] == [
        "/v1/meetings/rooms?page_size=2",
        "/v1/meetings/rooms?page_size=2&start_id=7",
        "/v1/meetings/rooms?page_size=2&start_id=9",
    ]
    script.seen.clear()
    script.answers = [page(["a"], "7"), page(["b"], "7")]
    assert [room.id for room in client.iter_theme_rooms("t")] == ["a", "b"]
    assert len(script.seen) == 2


def test_upload_logos_posts_fields_then_file(
    client: MeetingsClient, script: Script, http_server: str
) -> None:
    forms = json.loads((FIXTURES / "list_logo_upload_urls.json").read_text())
    for form in forms:
        form["url"] = f"{http_server}/upload"
    theme = json.loads((FIXTURES / "theme.json").read_text())
    script.answers = [ok(forms), ok(b"", 204), ok(b"", 204), ok(b""), ok(theme)]
    colored, favicon = b"\x89PNG colored" * 10_000, b"\x89PNG fav"
    reported: list[tuple[int, int]] = []
    result = client.upload_logos(
        "t1", colored=colored, favicon=favicon, progress=lambda *p: reported.append(p)
    )
    assert result.theme_id == theme["theme_id"]
    get_forms, post_colored, post_favicon, finalize, get_theme = script.seen
    assert get_forms.path == "/v1/meetings/themes/logos-upload-urls"
    assert post_colored.path == "/upload" and "Authorization" not in post_colored.headers
    body = post_colored.body
    # Every signed field precedes the file part, in the order the server gave them.
    positions = [body.index(f'name="{name}"'.encode()) for name in forms[1]["fields"]]
    assert positions == sorted(positions)
    assert positions[-1] < body.index(b'name="file"') < body.index(colored)
    assert favicon in post_favicon.body
    assert (finalize.method, finalize.path) == ("PUT", "/v1/meetings/themes/t1/finalizeLogos")
    assert json.loads(finalize.body) == {
        "keys": [forms[1]["fields"]["key"], forms[2]["fields"]["key"]]
    }
    assert get_theme.path == "/v1/meetings/themes/t1"
    total = len(post_colored.body) + len(post_favicon.body)
    assert reported[0] == (0, total) and reported[-1] == (total, total)
    assert [sent for sent, _ in reported] == sorted(sent for sent, _ in reported)
    assert len(reported) > 3  # reported while sending, not only per file


def test_upload_logos_names_each_failed_logo(
    client: MeetingsClient, script: Script, http_server: str
) -> None:
    forms = json.loads((FIXTURES / "list_logo_upload_urls.json").read_text())
    for form in forms:
        form["url"] = f"{http_server}/upload"
    xml = (FIXTURES / "upload_to_aws_error.xml").read_bytes()
    too_big = b"<Error><Code>EntityTooLarge</Code><Message>max 1 MB</Message></Error>"
    script.answers = [ok(forms), ok(xml, 403), ok(b"", 204), ok(too_big, 400)]
    with pytest.raises(errors.LogoRejected) as caught:
        client.upload_logos("t1", colored=b"c", white=b"w", favicon=b"f")
    problems = caught.value.problems
    assert [(p.logo_type, p.code) for p in problems] == [
        ("colored", "SignatureDoesNotMatch"),
        ("favicon", "EntityTooLarge"),
    ]
    assert "colored logo: SignatureDoesNotMatch" in str(caught.value)
    assert len(script.seen) == 4  # nothing finalized


def test_upload_logos_finalize_errors(
    client: MeetingsClient, script: Script, http_server: str
) -> None:
    forms = json.loads((FIXTURES / "list_logo_upload_urls.json").read_text())
    for form in forms:
        form["url"] = f"{http_server}/upload"
    white_key = forms[0]["fields"]["key"]
    refusal = {
        "message": "could not finalize logos",
        "name": "BadRequestError",
        "status": 400,
        "errors": [
            {
                "logoKey": white_key,
                "code": "invalid_logo_properties",
                "invalidProperty": "dimensions",
            }
        ],
    }
    script.answers = [ok(forms), ok(b"", 204), ok(refusal, 400)]
    with pytest.raises(errors.LogoRejected) as caught:
        client.upload_logos("t1", white=b"w")
    (problem,) = caught.value.problems
    assert (problem.logo_type, problem.code, problem.invalid_property) == (
        "white",
        "invalid_logo_properties",
        "dimensions",
    )
    assert caught.value.status == 400
    with pytest.raises(ValueError, match="at least one"):
        client.upload_logos("t1")


def test_the_token_never_reaches_logs_or_errors(
    client: MeetingsClient, script: Script, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    script.answers = [ok(ROOM), ok(json.loads((FIXTURES / "unauthorized.json").read_text()), 401)]
    client.get_room("r")
    with pytest.raises(errors.AuthError) as caught:
        client.get_room("r")
    token = script.seen[0].headers["Authorization"].split(" ")[1]
    assert any("GET /rooms/r -> 200" in record.getMessage() for record in caplog.records)
    for record in caplog.records:
        assert token not in record.getMessage()
    assert token not in str(caught.value) and token not in caught.value.details
    assert logging.getLogger("httpx").level == logging.WARNING


def test_bad_arguments(key: rsa.RSAPrivateKey, tmp_path: Path) -> None:
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    with pytest.raises(ValueError, match="http"):
        MeetingsClient("ftp://example.com/v1/meetings", "app", pem)
    with pytest.raises(errors.AuthError):
        MeetingsClient("https://example.com/v1/meetings", "app", b"not a key")
    bad_ca = tmp_path / "ca.pem"
    bad_ca.write_text("not a certificate")
    with pytest.raises(errors.TlsError) as caught:
        MeetingsClient("https://example.com/v1/meetings", "app", pem, ca_file=bad_ca)
    assert caught.value.certificate_problem
    with (
        MeetingsClient("https://example.com/v1/meetings", "app", pem) as made,
        pytest.raises(ValueError, match="timezone-aware"),
    ):
        made.create_room("x", type="long_term", expires_at=datetime(2031, 1, 1))
