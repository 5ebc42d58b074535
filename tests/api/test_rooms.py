"""Rooms through MeetingsClient against the built-in server over HTTPS on 127.0.0.1."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from launcher.api import MeetingsClient, errors
from tests.api.conftest import make_client
from tests.helpers.servers import AppCredentials, register_app, start_server


def test_create_instant_room(
    client: MeetingsClient, shared_app_credentials: AppCredentials
) -> None:
    before = datetime.now(UTC)
    room = client.create_room("Reception", metadata="front desk")
    assert room.type == "instant" and not room.is_long_term
    assert room.display_name == "Reception" and room.metadata == "front desk"
    assert room.meeting_code is not None and room.meeting_code.isdigit()
    assert len(room.meeting_code) >= 9
    assert room.is_available is True
    assert room.theme_id is None
    assert room.created_at is not None and room.expires_at is not None
    assert room.created_at.tzinfo is not None
    # An instant room expires 10 minutes after creation unless someone joins.
    expected = before + timedelta(minutes=10)
    assert abs((room.expires_at - expected).total_seconds()) < 30
    origin = shared_app_credentials.api_url.removesuffix("/v1/meetings")
    assert room.guest_url == f"{origin}/{room.meeting_code}"
    assert room.host_url is not None
    host = urlsplit(room.host_url)
    assert f"{host.scheme}://{host.netloc}" == origin and host.path == "/"
    query = parse_qs(host.query)
    assert query["room_token"] == [room.meeting_code]
    assert query["participant_token"][0]
    assert room.recording_options.auto_record is False
    assert room.initial_join_options.microphone_state == "default"
    assert room.join_approval_level == "none"
    fetched = client.get_room(room.id)
    # Every answer carries a freshly issued host token; the rest is the same room.
    assert (fetched.id, fetched.meeting_code, fetched.guest_url, fetched.expires_at) == (
        room.id,
        room.meeting_code,
        room.guest_url,
        room.expires_at,
    )


def test_long_term_room_round_trip(client: MeetingsClient) -> None:
    expires = (datetime.now(UTC) + timedelta(days=30)).replace(microsecond=250_000)
    room = client.create_room(
        "Weekly sync",
        type="long_term",
        expires_at=expires,
        expire_after_use=True,
        join_approval_level="after_owner_only",
        recording_options={"auto_record": True, "record_only_owner": False},
        ui_settings={"language": "fr"},
        callback_urls={"rooms_callback_url": "https://example.com/rooms"},
        available_features={"is_chat_available": False},
    )
    assert room.is_long_term
    assert room.expires_at == expires
    assert room.expire_after_use is True
    assert room.join_approval_level == "after_owner_only"
    assert room.recording_options.auto_record is True
    assert room.ui_settings.language == "fr"
    assert room.callback_urls is not None
    assert room.callback_urls.rooms_callback_url == "https://example.com/rooms"
    assert room.available_features.is_chat_available is False
    fetched = client.get_room(room.id)
    assert (fetched.id, fetched.meeting_code, fetched.expires_at) == (
        room.id,
        room.meeting_code,
        room.expires_at,
    )
    later = expires + timedelta(days=7)
    updated = client.update_room(
        room.id,
        {"expires_at": later, "join_approval_level": "none", "ui_settings": {"language": "de"}},
    )
    assert updated.expires_at == later
    assert updated.join_approval_level == "none"
    assert updated.ui_settings.language == "de"
    assert updated.meeting_code == room.meeting_code


def test_instant_room_cannot_be_updated(client: MeetingsClient) -> None:
    room = client.create_room("Quick")
    with pytest.raises(errors.InvalidRequest) as caught:
        client.update_room(room.id, {"join_approval_level": "explicit_approval"})
    error = caught.value
    assert error.status == 400 and error.name == "BadRequestError"
    assert "could not be updated because of its type" in error.message
    assert error.field_errors == {}


def test_empty_update_is_a_field_error(client: MeetingsClient) -> None:
    room = client.create_room(
        "Long", type="long_term", expires_at=datetime.now(UTC) + timedelta(days=1)
    )
    with pytest.raises(errors.InvalidRequest) as caught:
        client.update_room(room.id, {})
    assert caught.value.name == "InputValidationError"
    assert set(caught.value.field_errors) == {"update_details"}


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"display_name": "x" * 201}, "display_name"),
        ({"display_name": "r", "type": "long_term"}, "expires_at"),
        (
            {
                "display_name": "r",
                "type": "long_term",
                "expires_at": datetime.now(UTC) + timedelta(minutes=5),
            },
            "expires_at",
        ),
        (
            {"display_name": "r", "expires_at": datetime.now(UTC) + timedelta(days=1)},
            "expires_at",
        ),
        ({"display_name": "r", "join_approval_level": "sometimes"}, "join_approval_level"),
        ({"display_name": "r", "metadata": "m" * 501}, "metadata"),
    ],
)
def test_invalid_rooms_name_the_field(
    client: MeetingsClient, arguments: dict[str, object], field: str
) -> None:
    arguments = dict(arguments)  # the parameters are shared by both storage back-ends' runs
    display_name = arguments.pop("display_name")
    assert isinstance(display_name, str)
    with pytest.raises(errors.InvalidRequest) as caught:
        client.create_room(display_name, **arguments)  # type: ignore[arg-type]
    assert caught.value.status == 400
    assert caught.value.name == "InputValidationError"
    assert field in caught.value.field_errors
    assert field in caught.value.details


def test_unknown_room(client: MeetingsClient) -> None:
    with pytest.raises(errors.NotFound) as caught:
        client.get_room("00000000-0000-4000-8000-000000000000")
    assert caught.value.status == 404 and caught.value.name == "NotFoundError"
    assert "GET /rooms/00000000-0000-4000-8000-000000000000" in caught.value.details


def test_paging_across_pages(client: MeetingsClient) -> None:
    created = [client.create_room(f"room {n}").id for n in range(7)]
    first = client.list_rooms(page_size=3)
    assert [room.id for room in first.rooms] == created[:3]
    assert first.page_size == 3 and first.total_items == 7
    assert first.next_start_id is not None
    second = client.list_rooms(page_size=3, start_id=first.next_start_id)
    assert [room.id for room in second.rooms] == created[3:6]
    assert [room.id for room in client.iter_rooms(page_size=3)] == created  # 3 pages
    assert [room.id for room in client.iter_rooms()] == created  # default page size
    assert second.prev_end_id is not None
    back = client.list_rooms(page_size=3, end_id=second.prev_end_id)
    assert [room.id for room in back.rooms] == created[:3]


def test_wrong_key_is_refused(shared_app_credentials: AppCredentials) -> None:
    other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    with (
        MeetingsClient(
            shared_app_credentials.api_url,
            shared_app_credentials.application_id,
            other_key,
            ca_file=shared_app_credentials.ca_cert_path,
        ) as impostor,
        pytest.raises(errors.AuthError) as caught,
    ):
        impostor.create_room("nope")
    assert caught.value.status == 401
    assert caught.value.message == "You did not provide correct credentials"
    assert caught.value.name == "Unauthorized"


def test_unknown_application_is_refused(shared_app_credentials: AppCredentials) -> None:
    with (
        MeetingsClient(
            shared_app_credentials.api_url,
            "00000000-0000-4000-8000-000000000000",
            shared_app_credentials.private_key_pem,
            ca_file=shared_app_credentials.ca_cert_path,
        ) as stranger,
        pytest.raises(errors.AuthError),
    ):
        stranger.list_rooms()


def test_room_quota(tmp_path: Path) -> None:
    server = start_server(tmp_path / "data", max_rooms_per_application=2)
    try:
        with make_client(register_app(server)) as client:
            client.create_room("one")
            client.create_room("two")
            with pytest.raises(errors.QuotaExceeded) as caught:
                client.create_room("three")
    finally:
        server.stop()
    assert caught.value.status == 403
    assert "Maximum number of rooms" in caught.value.message
