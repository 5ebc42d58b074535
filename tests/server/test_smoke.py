"""The fixtures give a working HTTPS server and credentials."""

from __future__ import annotations

from tests.helpers.api import raw_client
from tests.helpers.servers import AppCredentials


def test_create_and_get_room(app_credentials: AppCredentials) -> None:
    with raw_client(app_credentials) as client:
        created = client.post("rooms", json={"display_name": "smoke"})
        assert created.status_code == 201
        room = created.json()
        fetched = client.get(f"rooms/{room['id']}")
    assert fetched.status_code == 200
    assert fetched.json()["meeting_code"] == room["meeting_code"]
    assert app_credentials.api_url.startswith("https://127.0.0.1:")
