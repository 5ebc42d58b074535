"""Themes, logos and the default theme through MeetingsClient against the built-in server."""

from __future__ import annotations

import ssl
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from launcher.api import MeetingsClient, errors
from tests.api.conftest import png
from tests.helpers.servers import AppCredentials


def test_theme_lifecycle(client: MeetingsClient) -> None:
    assert client.list_themes() == []
    theme = client.create_theme(
        "#12f64e", "My Company", theme_name="main", short_company_url="my-company-lifecycle"
    )
    assert theme.theme_id and theme.theme_name == "main"
    assert (theme.main_color, theme.brand_text) == ("#12f64e", "My Company")
    assert theme.application_id == client.application_id
    assert theme.brand_image_colored is None and theme.branded_favicon_url is None
    assert client.get_theme(theme.theme_id) == theme
    updated = client.update_theme(theme.theme_id, {"brand_text": "Renamed", "main_color": "#F00"})
    assert (updated.brand_text, updated.main_color) == ("Renamed", "#F00")
    assert updated.theme_name == "main"
    assert client.list_themes() == [updated]
    client.delete_theme(theme.theme_id)
    with pytest.raises(errors.NotFound):
        client.get_theme(theme.theme_id)
    assert client.list_themes() == []


def test_theme_name_defaults_to_a_uuid(client: MeetingsClient) -> None:
    theme = client.create_theme("#abc", "Brand")
    assert theme.theme_name is not None and len(theme.theme_name) == 36


def test_duplicate_theme_name_and_url(client: MeetingsClient) -> None:
    client.create_theme("#000", "A", theme_name="dup", short_company_url="dup-company-x")
    with pytest.raises(errors.Conflict) as caught:
        client.create_theme("#000", "B", theme_name="dup")
    assert caught.value.status == 409 and caught.value.name == "ConflictError"
    assert caught.value.message == "theme_name already exists in application"
    other = client.create_theme("#000", "C", theme_name="other")
    with pytest.raises(errors.Conflict):
        client.update_theme(other.theme_id, {"theme_name": "dup"})
    with pytest.raises(errors.Conflict, match="short_company_url"):
        client.update_theme(other.theme_id, {"short_company_url": "dup-company-x"})


@pytest.mark.parametrize(
    ("main_color", "brand_text", "extra", "field"),
    [
        ("green", "Brand", {}, "main_color"),
        ("#123456", "b" * 201, {}, "brand_text"),
        ("#123456", "Brand", {"short_company_url": "has space"}, "short_company_url"),
        ("#123456", "Brand", {"short_company_url": "12345"}, "short_company_url"),
    ],
)
def test_invalid_theme_fields(
    client: MeetingsClient, main_color: str, brand_text: str, extra: dict[str, str], field: str
) -> None:
    with pytest.raises(errors.InvalidRequest) as caught:
        client.create_theme(main_color, brand_text, **extra)
    assert field in caught.value.field_errors


def test_unknown_theme(client: MeetingsClient) -> None:
    missing = "00000000-0000-4000-8000-000000000000"
    for call in (
        lambda: client.get_theme(missing),
        lambda: client.update_theme(missing, {"brand_text": "x"}),
        lambda: client.delete_theme(missing),
        lambda: client.list_theme_rooms(missing),
    ):
        with pytest.raises(errors.NotFound):
            call()


def test_delete_theme_in_use_needs_force(
    client: MeetingsClient, shared_app_credentials: AppCredentials
) -> None:
    theme = client.create_theme("#123", "Used", short_company_url="used-company-x")
    room = client.create_room("themed", theme_id=theme.theme_id)
    assert room.theme_id == theme.theme_id
    # A themed room's links gain the short company URL prefix.
    origin = shared_app_credentials.api_url.removesuffix("/v1/meetings")
    assert room.guest_url == f"{origin}/used-company-x/{room.meeting_code}"
    assert room.host_url is not None
    assert room.host_url.startswith(f"{origin}/used-company-x/?room_token=")
    with pytest.raises(errors.InvalidRequest) as caught:
        client.delete_theme(theme.theme_id)
    assert caught.value.message == "could not delete theme"
    assert caught.value.errors == [f"Theme {theme.theme_id} is used by 1 room"]
    client.delete_theme(theme.theme_id, force=True)
    with pytest.raises(errors.NotFound):
        client.get_theme(theme.theme_id)
    assert client.get_room(room.id).theme_id is None


def test_rooms_by_theme(client: MeetingsClient) -> None:
    theme = client.create_theme("#123", "Paged")
    client.create_room("unthemed")
    themed = [client.create_room(f"t{n}", theme_id=theme.theme_id).id for n in range(5)]
    page = client.list_theme_rooms(theme.theme_id, page_size=2)
    assert [room.id for room in page.rooms] == themed[:2]
    assert page.next_start_id is not None
    assert [room.id for room in client.iter_theme_rooms(theme.theme_id, page_size=2)] == themed
    assert [room.id for room in client.iter_theme_rooms(theme.theme_id)] == themed


def test_default_theme(client: MeetingsClient) -> None:
    theme = client.create_theme("#123", "Default")
    info = client.set_default_theme(theme.theme_id)
    assert info.application_id == client.application_id
    assert info.default_theme_id == theme.theme_id
    assert client.create_room("gets the default").theme_id == theme.theme_id
    long_term = client.create_room(
        "long", type="long_term", expires_at=datetime.now(UTC) + timedelta(days=2)
    )
    assert long_term.theme_id == theme.theme_id
    cleared = client.set_default_theme(None)
    assert cleared.default_theme_id is None
    assert client.create_room("plain").theme_id is None
    with pytest.raises(errors.InvalidRequest, match="not found"):
        client.set_default_theme("00000000-0000-4000-8000-000000000000")


def test_upload_logos(client: MeetingsClient, shared_app_credentials: AppCredentials) -> None:
    theme = client.create_theme("#123", "Logos")
    colored, white, favicon = png(120, 40), png(300, 300), png(32, 32)
    progress: list[tuple[int, int]] = []
    updated = client.upload_logos(
        theme.theme_id,
        colored=colored,
        white=white,
        favicon=favicon,
        progress=lambda sent, total: progress.append((sent, total)),
    )
    assert updated.theme_id == theme.theme_id
    assert updated.brand_image_colored and updated.brand_image_white and updated.branded_favicon
    assert progress[0][0] == 0 and progress[-1][0] == progress[-1][1] > len(colored)
    assert client.get_theme(theme.theme_id) == updated
    # The finalized logos are served at their links.
    trust = ssl.create_default_context(cafile=str(shared_app_credentials.ca_cert_path))
    with httpx.Client(verify=trust) as browser:
        for url, data in (
            (updated.brand_image_colored_url, colored),
            (updated.brand_image_white_url, white),
            (updated.branded_favicon_url, favicon),
        ):
            assert url is not None
            assert browser.get(url).content == data
    # One logo at a time keeps the others.
    again = client.upload_logos(theme.theme_id, favicon=png(16, 16))
    assert again.brand_image_colored == updated.brand_image_colored
    assert again.branded_favicon != updated.branded_favicon


def test_bad_logos_are_named(client: MeetingsClient) -> None:
    theme = client.create_theme("#123", "Bad logos")
    with pytest.raises(errors.LogoRejected) as caught:
        client.upload_logos(
            theme.theme_id,
            colored=png(120, 40, transparent=False),
            white=b"GIF89a not a png",
            favicon=png(40, 40),
        )
    problems = {
        problem.logo_type: (problem.code, problem.invalid_property)
        for problem in caught.value.problems
    }
    assert problems == {
        "colored": ("invalid_logo_properties", "transparent_bg"),
        "white": ("invalid_logo_properties", "type"),
        "favicon": ("invalid_logo_properties", "dimensions"),
    }
    assert caught.value.status == 400
    assert "colored logo: invalid_logo_properties (transparent_bg)" in str(caught.value)
    unchanged = client.get_theme(theme.theme_id)
    assert unchanged.brand_image_colored is None and unchanged.branded_favicon is None


def test_oversized_logo(client: MeetingsClient) -> None:
    theme = client.create_theme("#123", "Big logo")
    big = png(64, 64) + b"\x00" * (1024 * 1024)
    with pytest.raises(errors.LogoRejected) as caught:
        client.upload_logos(theme.theme_id, white=big)
    (problem,) = caught.value.problems
    # The upload form takes a little over 1 MB so that finalizeLogos can name the rule.
    assert (problem.logo_type, problem.code, problem.invalid_property) == (
        "white",
        "invalid_logo_properties",
        "exceeds_size",
    )


def test_logo_far_too_large_for_the_upload_form(client: MeetingsClient) -> None:
    theme = client.create_theme("#123", "Huge logo")
    with pytest.raises(errors.LogoRejected) as caught:
        client.upload_logos(theme.theme_id, colored=png(8, 8) + b"\x00" * (2 * 1024 * 1024))
    (problem,) = caught.value.problems
    assert (problem.logo_type, problem.code) == ("colored", "EntityTooLarge")
    assert problem.message is not None and "maximum allowed size" in problem.message
