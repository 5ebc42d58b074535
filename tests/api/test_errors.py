"""Error bodies (the captured fixtures) and httpx failures become the right typed errors."""

from __future__ import annotations

import json
import ssl
from pathlib import Path
from typing import Any

import httpx
import pytest

from launcher.api import errors
from launcher.api.client import _finalize_problems, _storage_error, error_from_response
from launcher.api.transport import map_transport_error

FIXTURES = Path(__file__).resolve().parent.parent / "api" / "fixtures"


def response(
    status: int, body: Any = None, *, text: str | None = None, **headers: str
) -> httpx.Response:
    if text is None:
        text = json.dumps(body)
    return httpx.Response(status, text=text, headers=headers)


def fixture_response(name: str) -> httpx.Response:
    data = json.loads((FIXTURES / name).read_text())
    return response(data.get("status", 401), data)


@pytest.mark.parametrize(
    ("name", "kind", "server_name"),
    [
        ("delete_recording_not_found.json", errors.NotFound, "NotFoundError"),
        ("delete_theme_in_use.json", errors.InvalidRequest, "BadRequestError"),
        ("get_recording_not_found.json", errors.NotFound, "NotFoundError"),
        ("get_session_recordings_not_found.json", errors.NotFound, "NotFoundError"),
        ("list_rooms_theme_id_not_found.json", errors.NotFound, "NotFoundError"),
        ("logo_key_error.json", errors.InvalidRequest, "BadRequestError"),
        ("theme_name_in_use.json", errors.Conflict, "ConflictError"),
        ("theme_not_found.json", errors.NotFound, "NotFoundError"),
        ("unauthorized.json", errors.AuthError, "Unauthorized"),
        ("update_application_theme_id_not_found.json", errors.InvalidRequest, "BadRequestError"),
        ("update_no_keys.json", errors.InvalidRequest, "InputValidationError"),
        ("update_room_type_error.json", errors.InvalidRequest, "BadRequestError"),
        ("update_theme_already_exists.json", errors.Conflict, "ConflictError"),
    ],
)
def test_captured_error_bodies(name: str, kind: type[errors.ApiError], server_name: str) -> None:
    error = error_from_response(fixture_response(name), "GET", "/themes/x")
    assert type(error) is kind
    assert error.name == server_name
    assert error.message and error.message in str(error)
    assert error.status in (400, 401, 404, 409)
    assert "GET /themes/x" in error.details


def test_unauthorized_gateway_shape() -> None:
    error = error_from_response(fixture_response("unauthorized.json"), "POST", "/rooms")
    assert isinstance(error, errors.AuthError)
    assert error.status == 401
    assert error.message == "You did not provide correct credentials"


def test_theme_in_use_keeps_its_errors_list() -> None:
    error = error_from_response(fixture_response("delete_theme_in_use.json"), "DELETE", "/t")
    assert error.errors == ["Theme 90a21428-b74a-4221-adc3-783935d654db is used by 1 room"]
    assert isinstance(error, errors.InvalidRequest) and error.field_errors == {}
    assert "used by 1 room" in error.details


def test_input_validation_message_names_the_field() -> None:
    error = error_from_response(fixture_response("update_no_keys.json"), "PATCH", "/rooms/1")
    assert isinstance(error, errors.InvalidRequest)
    assert error.field_errors == {"update_details": '"update_details" must have at least 1 key'}


def test_input_validation_error_objects() -> None:
    body = {
        "message": '"display_name" is required',
        "name": "InputValidationError",
        "status": 400,
        "errors": [
            {"field": "display_name", "message": '"display_name" is required'},
            {"path": ["recording_options", "auto_record"], "message": "must be a boolean"},
            '"metadata" length must be less than or equal to 500 characters long',
        ],
    }
    error = error_from_response(response(400, body), "POST", "/rooms")
    assert isinstance(error, errors.InvalidRequest)
    assert error.field_errors == {
        "display_name": '"display_name" is required',
        "recording_options.auto_record": "must be a boolean",
        "metadata": '"metadata" length must be less than or equal to 500 characters long',
    }


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("Maximum number of rooms for owner exceeded", errors.QuotaExceeded),
        ("theme limit reached", errors.QuotaExceeded),
        ("Recording can be deleted only when its status is uploaded", errors.Forbidden),
    ],
)
def test_forbidden_and_quota(message: str, kind: type[errors.ApiError]) -> None:
    body = {"message": message, "name": "ForbiddenError", "status": 403}
    error = error_from_response(response(403, body), "POST", "/rooms")
    assert type(error) is kind
    assert isinstance(error, errors.Forbidden)


def test_rate_limited_retry_after() -> None:
    error = error_from_response(response(429, {}, **{"Retry-After": "7"}), "GET", "/rooms")
    assert isinstance(error, errors.RateLimited) and error.retry_after == 7.0
    dated = response(429, {}, **{"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})
    error = error_from_response(dated, "GET", "/rooms")
    assert isinstance(error, errors.RateLimited) and error.retry_after == 0.0
    error = error_from_response(response(429, text="slow down"), "GET", "/rooms")
    assert isinstance(error, errors.RateLimited) and error.retry_after is None


def test_server_errors_and_non_json_bodies() -> None:
    error = error_from_response(response(502, text="<html>Bad Gateway</html>"), "GET", "/rooms")
    assert isinstance(error, errors.ServerError)
    assert error.message == "Bad Gateway" and error.name is None
    body = {"message": "boom", "name": "InternalServerError", "status": 500}
    assert isinstance(error_from_response(response(500, body), "GET", "/"), errors.ServerError)
    too_big = error_from_response(response(413, {"message": "too large"}), "POST", "/rooms")
    assert isinstance(too_big, errors.InvalidRequest)
    teapot = error_from_response(response(418, text=""), "GET", "/")
    assert type(teapot) is errors.ApiError and teapot.status == 418


def test_s3_style_upload_error() -> None:
    text = (FIXTURES / "upload_to_aws_error.xml").read_text()
    code, message = _storage_error(response(403, text=text))
    assert code == "SignatureDoesNotMatch"
    assert message is not None and message.startswith("The request signature we calculated")
    escaped = "<Error><Code>EntityTooLarge</Code><Message>a &lt;1 MB&gt; file</Message></Error>"
    assert _storage_error(response(400, text=escaped)) == ("EntityTooLarge", "a <1 MB> file")
    assert _storage_error(response(400, text="nope")) == ("HTTP 400", "Bad Request")


def test_finalize_errors_name_each_logo() -> None:
    body = json.loads((FIXTURES / "logo_key_error.json").read_text())
    problems = _finalize_problems(body["errors"], {"not-a-key": "favicon"})
    assert problems == [errors.LogoProblem("favicon", "key_not_found", key="not-a-key")]
    rejected = errors.LogoRejected("could not finalize logos", problems=problems, status=400)
    assert "favicon logo: key_not_found" in str(rejected)
    detailed = _finalize_problems(
        [{"logoKey": "k", "code": "invalid_logo_properties", "invalidProperty": "transparent_bg"}],
        {"k": "colored"},
    )
    assert str(detailed[0]) == "colored logo: invalid_logo_properties (transparent_bg)"


def _raised_from(outer: httpx.TransportError, inner: BaseException) -> httpx.TransportError:
    try:
        try:
            raise inner
        except BaseException as exc:
            raise outer from exc
    except httpx.TransportError as chained:
        return chained


def test_transport_errors() -> None:
    refused = _raised_from(httpx.ConnectError("refused"), ConnectionRefusedError(111, "refused"))
    assert isinstance(map_transport_error(refused, "GET", "/rooms"), errors.Offline)

    cert = ssl.SSLCertVerificationError(1, "certificate verify failed")
    cert.verify_message = "self-signed certificate"
    tls = map_transport_error(_raised_from(httpx.ConnectError("x"), cert), "GET", "/rooms")
    assert isinstance(tls, errors.TlsError) and tls.certificate_problem
    assert "self-signed certificate" in tls.message

    handshake = ssl.SSLError(1, "[SSL: WRONG_VERSION_NUMBER] wrong version number")
    tls = map_transport_error(_raised_from(httpx.ConnectError("x"), handshake), "GET", "/")
    assert isinstance(tls, errors.TlsError) and not tls.certificate_problem

    for timeout in (httpx.ConnectTimeout("t"), httpx.ReadTimeout("t"), httpx.PoolTimeout("t")):
        error = map_transport_error(timeout, "GET", "/rooms")
        assert isinstance(error, errors.Timeout) and error.status is None
    dropped = map_transport_error(httpx.RemoteProtocolError("closed"), "GET", "/rooms")
    assert isinstance(dropped, errors.Offline) and "lost" in dropped.message


def test_hierarchy_for_callers() -> None:
    for kind in (errors.Offline, errors.TlsError, errors.Timeout):
        assert issubclass(kind, errors.ConnectionProblem)
    assert issubclass(errors.LogoRejected, errors.InvalidRequest)
    assert issubclass(errors.QuotaExceeded, errors.Forbidden)
    for name in errors.__all__:
        value = getattr(errors, name)
        if isinstance(value, type) and issubclass(value, Exception):
            assert issubclass(value, errors.ApiError)
