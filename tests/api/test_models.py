"""Every captured and SDK response fixture parses into the client's models."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from launcher.api import models
from launcher.api.models import (
    ApplicationInfo,
    DialInNumber,
    LogoUploadForm,
    Recording,
    Room,
    RoomPage,
    Theme,
)

FIXTURES = Path(__file__).resolve().parent.parent / "api" / "fixtures"
DOTNET = FIXTURES / "vonage-dotnet-sdk"
PHP = FIXTURES / "vonage-php-sdk-core"


def load(path: Path) -> Any:
    # The .NET files start with a byte order mark.
    return json.loads(path.read_text(encoding="utf-8-sig"))


def parse_any(data: Any) -> object:
    """Parse a response by its shape, the way the client's endpoints do."""
    if isinstance(data, list):
        if data and "url" in data[0]:
            return [LogoUploadForm.from_json(item) for item in data]
        if data and "number" in data[0]:
            return [DialInNumber.from_json(item) for item in data]
        return Theme.list_from_json(data)
    if "_embedded" in data:
        embedded = data["_embedded"]
        if isinstance(embedded, dict) and "recordings" in embedded:
            return Recording.list_from_json(data)
        return RoomPage.from_json(data)
    if "theme_id" in data and "main_color" in data:
        return Theme.from_json(data)
    if "default_theme_id" in data:
        return ApplicationInfo.from_json(data)
    if "session_id" in data:
        return Recording.from_json(data)
    if "display_name" in data:
        return Room.from_json(data)
    if data == {}:
        return Theme.list_from_json(data)
    raise AssertionError(f"no model for {sorted(data)}")


def is_error_body(data: Any) -> bool:
    return isinstance(data, dict) and ({"message", "name"} <= data.keys() or "title" in data)


# Top level: real responses captured from the live API (error bodies are in test_api_errors).
SUCCESS_FIXTURES = sorted(path for path in FIXTURES.glob("*.json") if not is_error_body(load(path)))
SDK_RESPONSES = sorted(DOTNET.glob("*/*response.json")) + sorted(
    path for path in PHP.glob("*.json") if path.stat().st_size > 0
)


def test_fixture_sets_are_complete() -> None:
    # A fixture folder that went missing must not turn the parametrised tests into no-ops.
    assert len(SUCCESS_FIXTURES) == 16
    assert len(SDK_RESPONSES) == 29  # 14 .NET responses, 15 PHP (empty.json is a 204)


@pytest.mark.parametrize("path", SUCCESS_FIXTURES, ids=lambda p: p.name)
def test_captured_responses_parse(path: Path) -> None:
    parsed = parse_any(load(path))
    assert parsed is not None


@pytest.mark.parametrize("path", SDK_RESPONSES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_sdk_fixtures_parse(path: Path) -> None:
    parse_any(load(path))


def test_room_fields_from_live_response() -> None:
    room = Room.from_json(load(FIXTURES / "meeting_room.json"))
    assert room.id == "b3142c46-d1c1-4405-baa6-85683827ed69"
    assert room.display_name == "my_test_room"
    assert room.type == "instant" and not room.is_long_term
    assert room.meeting_code == "412958792"
    assert room.expires_at == datetime(2023, 1, 24, 3, 30, 38, 629000, tzinfo=UTC)
    assert room.created_at == datetime(2023, 1, 24, 3, 20, 38, 629000, tzinfo=UTC)
    assert room.is_available is True
    assert room.expire_after_use is False
    assert room.theme_id is None
    assert room.metadata is None
    assert room.join_approval_level == "none"
    assert room.guest_url == "https://meetings.vonage.com/412958792"
    assert room.host_url is not None and "participant_token=" in room.host_url
    assert room.recording_options == models.RecordingOptions(False, False)
    assert room.available_features.is_captions_available is False
    assert room.available_features.is_whiteboard_available is True
    assert room.initial_join_options.microphone_state == "default"
    assert room.ui_settings.language == "default"
    assert room.callback_urls is None  # left out of the response when unset
    assert room.raw["_links"]["guest_url"]["href"] == room.guest_url


def test_room_repr_hides_the_host_url() -> None:
    room = Room.from_json(load(FIXTURES / "long_term_room.json"))
    assert room.is_long_term
    assert "participant_token" not in repr(room)
    assert "eyJ" not in repr(room)


def test_room_callback_urls_and_unknown_fields_kept() -> None:
    data = load(DOTNET / "GetRoom" / "ShouldDeserialize200-response.json")
    data["brand_new_field"] = {"nested": [1, 2]}
    room = Room.from_json(data)
    assert room.callback_urls == models.CallbackUrls(
        "https://example.com", "https://example.com", "https://example.com"
    )
    assert room.expires_at == datetime(2023, 2, 6, 11, 13, 50, tzinfo=UTC)
    assert room.raw["brand_new_field"] == {"nested": [1, 2]}


def test_models_are_frozen_and_hashable() -> None:
    room = Room.from_json(load(FIXTURES / "meeting_room.json"))
    with pytest.raises(AttributeError):
        room.display_name = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        room.raw["id"] = "x"  # type: ignore[index]
    assert hash(room) == hash(Room.from_json(load(FIXTURES / "meeting_room.json")))


def test_wrong_types_become_none_not_errors() -> None:
    # The PHP fixtures put "abc123" in timestamps and enums.
    room = Room.from_json(load(PHP / "get-room-success.json"))
    assert room.expires_at is None and room.created_at is None
    assert room.type == "abc123"
    odd = Room.from_json(
        {"id": 7, "display_name": None, "is_available": "yes", "recording_options": []}
    )
    assert odd.id == "7"
    assert odd.display_name == ""
    assert odd.is_available is None
    assert odd.recording_options == models.RecordingOptions()


def test_page_with_embedded_array() -> None:
    page = RoomPage.from_json(load(FIXTURES / "multiple_rooms.json"))
    assert len(page.rooms) == 5
    assert page.page_size == 20 and page.total_items == 5
    assert page.next_start_id == "2006655"  # from a scheme-less href
    assert page.prev_end_id == "2006647"
    assert page.links["first"] == "api-eu.vonage.com/meetings/rooms?page_size=20"


def test_page_with_spec_shape() -> None:
    page = RoomPage.from_json(load(PHP / "get-rooms-success.json"))
    assert [room.display_name for room in page.rooms] == ["Room 1", "Room 2"]
    assert page.next_start_id == "30"
    assert page.total_items == 30


def test_page_without_links_or_rooms() -> None:
    page = RoomPage.from_json({"page_size": 20, "_embedded": [], "total_items": 0})
    assert page.rooms == ()
    assert page.next_start_id is None
    assert RoomPage.from_json({}).rooms == ()


def test_themes_list_and_empty_object() -> None:
    themes = Theme.list_from_json(load(FIXTURES / "list_themes.json"))
    assert [theme.theme_name for theme in themes] == ["my_other_theme", "my_theme"]
    assert themes[1].main_color == "#12f64e"
    assert themes[1].short_company_url == "my-company"
    assert themes[1].brand_image_colored is None
    # The live API answered "no themes" with {}.
    assert Theme.list_from_json(load(FIXTURES / "empty_themes.json")) == []


def test_theme_fields() -> None:
    theme = Theme.from_json(load(DOTNET / "GetTheme" / "ShouldDeserialize200-response.json"))
    assert theme.theme_id == "cf7f7327-c8f3-4575-b113-0598571b499a"
    assert theme.domain == "VBC"
    assert theme.branded_favicon_url == "https://example.com"


def test_recordings() -> None:
    recording = Recording.from_json(load(FIXTURES / "get_recording.json"))
    assert recording.status == "uploaded"
    assert recording.started_at == datetime(2023, 1, 25, 2, 38, 31, tzinfo=UTC)
    assert recording.ended_at is not None and recording.ended_at > recording.started_at
    assert recording.url is not None and recording.url.startswith("https://prod-meetings")
    assert "Signature" not in repr(recording)
    listed = Recording.list_from_json(load(FIXTURES / "get_session_recordings.json"))
    assert [item.id for item in listed] == ["e5b73c98-c087-4ee5-b61b-0ea08204fc65"]
    assert Recording.list_from_json({}) == []


def test_dial_in_numbers_and_application() -> None:
    numbers = [
        DialInNumber.from_json(item) for item in load(FIXTURES / "list_dial_in_numbers.json")
    ]
    assert [(n.number, n.locale, n.display_name) for n in numbers] == [
        ("541139862166", "es-AR", "Argentina"),
        ("442381924626", "en-GB", "United Kingdom"),
    ]
    app = ApplicationInfo.from_json(load(FIXTURES / "update_application_theme.json"))
    assert app.default_theme_id == "90a21428-b74a-4221-adc3-783935d654db"


def test_logo_upload_forms() -> None:
    forms = [
        LogoUploadForm.from_json(item) for item in load(FIXTURES / "list_logo_upload_urls.json")
    ]
    assert [form.logo_type for form in forms] == ["white", "colored", "favicon"]
    assert forms[1].key == "auto-expiring-temp/logos/colored/c4e00bac-781b-4bf0-bd5f-b9ff2cbc1b6c"
    assert list(forms[0].fields)[:3] == ["Content-Type", "key", "logoType"]
    assert "some-signature" not in repr(forms[0])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-01-24T03:30:38.629Z", datetime(2023, 1, 24, 3, 30, 38, 629000, tzinfo=UTC)),
        ("2023-02-06T11:13:50Z", datetime(2023, 2, 6, 11, 13, 50, tzinfo=UTC)),
        ("2023-02-07 20:10:05", datetime(2023, 2, 7, 20, 10, 5, tzinfo=UTC)),
        ("2023-02-07T22:10:05+02:00", datetime(2023, 2, 7, 20, 10, 5, tzinfo=UTC)),
        ("abc123", None),
        ("", None),
        (None, None),
        (1674614286, None),
    ],
)
def test_parse_timestamp(text: object, expected: datetime | None) -> None:
    parsed = models.parse_timestamp(text)
    assert parsed == expected
    if parsed is not None:
        assert parsed.utcoffset() == timedelta(0)


def test_format_timestamp() -> None:
    value = datetime(2030, 5, 1, 14, 0, 0, 123456, tzinfo=timezone(timedelta(hours=2)))
    assert models.format_timestamp(value) == "2030-05-01T12:00:00.123Z"
    assert models.parse_timestamp(models.format_timestamp(value)) == value.replace(
        microsecond=123000
    )
    with pytest.raises(ValueError, match="timezone-aware"):
        models.format_timestamp(datetime(2030, 5, 1))
