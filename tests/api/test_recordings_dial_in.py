"""Recordings and dial-in numbers through MeetingsClient against the built-in server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from launcher.api import MeetingsClient, errors
from launcher.server import Store, create_application
from tests.api.conftest import make_client
from tests.helpers.servers import AppCredentials, register_app, start_server


def add_recording(creds: AppCredentials, session_id: str, status: str) -> str:
    """Store a recording the way the meeting pages will (the server's storage API)."""
    store = Store(creds.data_dir, creds.database)
    try:
        started = datetime(2030, 1, 2, 3, 4, 5, 123000, tzinfo=UTC)
        row = store.add_recording(
            creds.application_id,
            session_id,
            started_at=started,
            ended_at=started + timedelta(minutes=5),
            status=status,
        )
    finally:
        store.close()
    return str(row["id"])


def test_recordings(client: MeetingsClient, shared_app_credentials: AppCredentials) -> None:
    first = add_recording(shared_app_credentials, "session-1", "uploaded")
    second = add_recording(shared_app_credentials, "session-1", "started")
    recording = client.get_recording(first)
    assert recording.id == first and recording.session_id == "session-1"
    assert recording.status == "uploaded"
    assert recording.started_at == datetime(2030, 1, 2, 3, 4, 5, 123000, tzinfo=UTC)
    assert recording.ended_at == datetime(2030, 1, 2, 3, 9, 5, 123000, tzinfo=UTC)
    assert recording.url is not None and recording.url.startswith("https://127.0.0.1:")
    listed = client.list_session_recordings("session-1")
    assert [item.id for item in listed] == [first, second]
    # Only uploaded recordings can be deleted.
    with pytest.raises(errors.Forbidden) as caught:
        client.delete_recording(second)
    assert caught.value.status == 403
    assert not isinstance(caught.value, errors.QuotaExceeded)
    client.delete_recording(first)
    with pytest.raises(errors.NotFound):
        client.get_recording(first)
    assert [item.id for item in client.list_session_recordings("session-1")] == [second]


def test_unknown_recordings(client: MeetingsClient) -> None:
    with pytest.raises(errors.NotFound) as caught:
        client.get_recording("not-a-real-recording-id")
    assert caught.value.message == "Recording not-a-real-recording-id was not found"
    with pytest.raises(errors.NotFound, match="Could not find recording"):
        client.delete_recording("not-a-real-recording-id")
    with pytest.raises(errors.NotFound, match="not-a-real-session-id"):
        client.list_session_recordings("not-a-real-session-id")


def test_recordings_of_other_applications_are_invisible(
    client: MeetingsClient, shared_app_credentials: AppCredentials
) -> None:
    other = register_app_on_same_server(shared_app_credentials)
    theirs = add_recording(other, "their-session", "uploaded")
    with pytest.raises(errors.NotFound):
        client.get_recording(theirs)


def register_app_on_same_server(creds: AppCredentials) -> AppCredentials:
    application_id, pem = create_application(creds.data_dir, "other")
    return AppCredentials(application_id, pem, creds.api_url, creds.ca_cert_path, creds.data_dir)


def test_dial_in_numbers_empty_by_default(client: MeetingsClient) -> None:
    assert client.list_dial_in_numbers() == []


def test_configured_dial_in_numbers(tmp_path: Path) -> None:
    numbers = [
        {"number": "541139862166", "locale": "es-AR", "display_name": "Argentina"},
        {"number": "442381924626", "locale": "en-GB", "display_name": "United Kingdom"},
    ]
    server = start_server(tmp_path / "data", dial_in_numbers=numbers)
    try:
        with make_client(register_app(server)) as client:
            listed = client.list_dial_in_numbers()
    finally:
        server.stop()
    assert [(n.number, n.locale, n.display_name) for n in listed] == [
        (item["number"], item["locale"], item["display_name"]) for item in numbers
    ]
