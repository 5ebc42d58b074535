"""Recordings storage API, dial-in numbers, and the API's own 404/405 bodies."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import httpx
import pytest

from launcher.server import BuiltinServer
from tests.helpers.api import raw_client, tls_context
from tests.helpers.servers import AppCredentials, register_app, start_server
from tests.server.test_rooms import FIXTURES, assert_error

SESSION = "1_MX40NjMzOTg5Mn5-MTY3NDYxNDI4NjY5M35WM0xaVXBSc1lpT3hKWE1XQ2diM1B3cXB-fn4"


@pytest.fixture
def client(app_credentials: AppCredentials) -> httpx.Client:
    return raw_client(app_credentials)


def add_recording(server: BuiltinServer, creds: AppCredentials, **options: Any) -> dict[str, Any]:
    """Store a recording the way the meeting pages will: through the store."""
    assert server.store is not None
    app_id = creds.application_id
    return server.store.call(
        lambda s: s.add_recording(app_id, options.pop("session", SESSION), **options)
    )


def test_get_recording_has_the_real_shape(
    server: BuiltinServer, app_credentials: AppCredentials, client: httpx.Client
) -> None:
    url = "https://files.example.com/archive.mp4"
    row = add_recording(server, app_credentials, status="uploaded", url=url)
    response = client.get(f"recordings/{row['id']}")
    assert response.status_code == 200
    body = response.json()
    real = json.loads((FIXTURES / "get_recording.json").read_text())
    assert list(body) == list(real)
    assert body["session_id"] == SESSION and body["status"] == "uploaded"
    assert body["_links"]["url"]["href"] == url


def test_recording_not_found_bodies(client: httpx.Client) -> None:
    get = client.get("recordings/not-a-real-recording-id")
    assert get.json() == json.loads((FIXTURES / "get_recording_not_found.json").read_text())
    delete = client.delete("recordings/not-a-real-recording-id")
    assert delete.json() == json.loads((FIXTURES / "delete_recording_not_found.json").read_text())
    session = client.get("sessions/not-a-real-session-id/recordings")
    assert session.json() == json.loads(
        (FIXTURES / "get_session_recordings_not_found.json").read_text()
    )


def test_session_recordings(
    server: BuiltinServer, app_credentials: AppCredentials, client: httpx.Client
) -> None:
    first = add_recording(server, app_credentials, status="uploaded")
    second = add_recording(server, app_credentials, status="started")
    add_recording(server, app_credentials, session="another-session")
    response = client.get(f"sessions/{SESSION}/recordings")
    assert response.status_code == 200
    body = response.json()
    assert list(body) == ["_embedded"] and list(body["_embedded"]) == ["recordings"]
    assert [r["id"] for r in body["_embedded"]["recordings"]] == [first["id"], second["id"]]
    with raw_client(register_app(server, "other")) as other:
        assert other.get(f"sessions/{SESSION}/recordings").status_code == 404
        assert other.get(f"recordings/{first['id']}").status_code == 404


def test_delete_only_uploaded_recordings(
    server: BuiltinServer, app_credentials: AppCredentials, client: httpx.Client
) -> None:
    running = add_recording(server, app_credentials, status="started")
    refused = client.delete(f"recordings/{running['id']}")
    assert_error(refused, 403, "ForbiddenError")
    assert client.get(f"recordings/{running['id']}").status_code == 200
    assert server.store is not None
    server.store.call(lambda s: s.update_recording(running["id"], status="uploaded"))
    assert client.delete(f"recordings/{running['id']}").status_code == 204
    assert client.get(f"recordings/{running['id']}").status_code == 404


def test_recording_file_download_link(
    server: BuiltinServer, app_credentials: AppCredentials, client: httpx.Client
) -> None:
    row = add_recording(server, app_credentials, status="uploaded")
    folder = server.config.data_dir / "recordings"
    folder.mkdir()
    (folder / f"{row['id']}.webm").write_bytes(b"webm bytes")
    href = client.get(f"recordings/{row['id']}").json()["_links"]["url"]["href"]
    verify = tls_context(app_credentials)
    download = httpx.get(href, verify=verify)  # a signed link: no API token needed
    assert download.status_code == 200 and download.content == b"webm bytes"
    query = parse_qs(urlsplit(href).query)
    assert int(query["expires"][0]) > time.time()
    tampered = href.replace(f"expires={query['expires'][0]}", f"expires={int(time.time()) + 10**6}")
    assert httpx.get(tampered, verify=verify).status_code == 403
    assert client.delete(f"recordings/{row['id']}").status_code == 204
    assert not list(folder.iterdir())


def test_dial_in_numbers_empty_by_default(client: httpx.Client) -> None:
    response = client.get("dial-in-numbers")
    assert response.status_code == 200 and response.json() == []


def test_dial_in_numbers_from_config(tmp_path: Path) -> None:
    numbers = json.loads((FIXTURES / "list_dial_in_numbers.json").read_text())
    server = start_server(tmp_path, dial_in_numbers=numbers)
    try:
        with raw_client(register_app(server)) as client:
            assert client.get("dial-in-numbers").json() == numbers
    finally:
        server.stop()


def test_unknown_api_path_and_method(client: httpx.Client) -> None:
    assert_error(client.get("nothing-here"), 404, "NotFoundError")
    assert_error(client.delete("rooms"), 405, "MethodNotAllowedError")


def test_debug_latency_delays_api_answers(tmp_path: Path) -> None:
    server = start_server(tmp_path, debug_latency=0.3)
    try:
        with raw_client(register_app(server)) as client:
            client.get("dial-in-numbers")  # connection set up outside the timing
            started = time.monotonic()
            client.get("dial-in-numbers")
            assert time.monotonic() - started >= 0.3
    finally:
        server.stop()


def test_recording_ids_chosen_by_the_pages(
    server: BuiltinServer, app_credentials: AppCredentials, client: httpx.Client
) -> None:
    row = add_recording(server, app_credentials, status="uploaded", recording_id="rec[1]*")
    other = add_recording(server, app_credentials, status="uploaded", recording_id="rec1x")
    folder = server.config.data_dir / "recordings"
    folder.mkdir()
    (folder / "rec[1]*.mp4").write_bytes(b"mine")
    (folder / "rec1x.mp4").write_bytes(b"not mine")
    href = client.get(f"recordings/{quote(row['id'])}").json()["_links"]["url"]["href"]
    assert httpx.get(href, verify=tls_context(app_credentials)).content == b"mine"
    assert client.delete(f"recordings/{quote(row['id'])}").status_code == 204
    assert sorted(p.name for p in folder.iterdir()) == ["rec1x.mp4"]
    assert client.get(f"recordings/{other['id']}").status_code == 200
    with pytest.raises(ValueError, match="status"):
        add_recording(server, app_credentials, status="finished")
