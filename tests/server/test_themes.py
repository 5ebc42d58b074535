"""Themes: validation, uniqueness, force delete, rooms by theme, default theme."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from launcher.server import BuiltinServer
from tests.helpers.api import raw_client
from tests.helpers.servers import AppCredentials, register_app, start_server
from tests.server.test_rooms import FIXTURES, assert_error, create

MISSING = "90a21428-b74a-4221-adc3-783935d654dc"


@pytest.fixture
def client(app_credentials: AppCredentials) -> httpx.Client:
    return raw_client(app_credentials)


def new_theme(client: httpx.Client, **body: Any) -> dict[str, Any]:
    payload = {"main_color": "#12f64e", "brand_text": "My Company", **body}
    response = client.post("themes", json=payload)
    assert response.status_code == 201, response.text
    theme: dict[str, Any] = response.json()
    return theme


def test_create_theme_has_the_real_shape(
    client: httpx.Client, app_credentials: AppCredentials
) -> None:
    theme = new_theme(client, theme_name="my_theme", short_company_url="my-company")
    real = json.loads((FIXTURES / "theme.json").read_text())
    assert list(theme) == list(real)
    assert theme["theme_name"] == "my_theme"
    assert theme["domain"] == "VCP"
    assert theme["application_id"] == app_credentials.application_id
    assert theme["account_id"]
    assert theme["short_company_url"] == "my-company"
    for key in ("brand_image_colored", "brand_image_white", "branded_favicon"):
        assert theme[key] is None
        assert theme[f"{key}_url"] is None
    assert client.get(f"themes/{theme['theme_id']}").json() == theme


def test_theme_name_defaults_to_a_uuid(client: httpx.Client) -> None:
    import uuid

    theme = new_theme(client, main_color="#FFF")
    uuid.UUID(theme["theme_name"])
    assert theme["short_company_url"] is None


def test_empty_theme_list_is_an_empty_object(client: httpx.Client) -> None:
    response = client.get("themes")
    assert response.status_code == 200
    assert response.json() == json.loads((FIXTURES / "empty_themes.json").read_text())
    first = new_theme(client, theme_name="a")
    second = new_theme(client, theme_name="b")
    assert client.get("themes").json() == [first, second]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"brand_text": "x"}, "main_color"),
        ({"brand_text": "x", "main_color": "red"}, "main_color"),
        ({"brand_text": "x", "main_color": "#12345"}, "main_color"),
        ({"brand_text": "x", "main_color": "#1234567"}, "main_color"),
        ({"main_color": "#fff"}, "brand_text"),
        ({"main_color": "#fff", "brand_text": "b" * 201}, "brand_text"),
        ({"main_color": "#fff", "brand_text": "x", "theme_name": "t" * 201}, "theme_name"),
        (
            {"main_color": "#fff", "brand_text": "x", "short_company_url": "12345"},
            "short_company_url",
        ),
        (
            {"main_color": "#fff", "brand_text": "x", "short_company_url": "has space"},
            "short_company_url",
        ),
        (
            {"main_color": "#fff", "brand_text": "x", "short_company_url": "https://example.com"},
            "short_company_url",
        ),
        (
            {"main_color": "#fff", "brand_text": "x", "short_company_url": "a" * 129},
            "short_company_url",
        ),
    ],
)
def test_invalid_theme_names_the_field(
    client: httpx.Client, body: dict[str, Any], field: str
) -> None:
    assert_error(client.post("themes", json=body), 400, "InputValidationError", field)


def test_theme_name_unique_per_application(server: BuiltinServer, client: httpx.Client) -> None:
    new_theme(client, theme_name="my_theme")
    duplicate = client.post(
        "themes", json={"theme_name": "my_theme", "main_color": "#000", "brand_text": "x"}
    )
    assert duplicate.status_code == 409
    assert duplicate.json() == json.loads((FIXTURES / "theme_name_in_use.json").read_text())
    with raw_client(register_app(server, "other")) as other:
        new_theme(other, theme_name="my_theme")  # another application may use the name


def test_short_company_url_is_globally_unique(server: BuiltinServer, client: httpx.Client) -> None:
    new_theme(client, short_company_url="acme")
    with raw_client(register_app(server, "other")) as other:
        taken = other.post(
            "themes", json={"main_color": "#000", "brand_text": "x", "short_company_url": "ACME"}
        )
        assert_error(taken, 409, "ConflictError")
        reserved = other.post(
            "themes", json={"main_color": "#000", "brand_text": "x", "short_company_url": "v1"}
        )
        assert_error(reserved, 409, "ConflictError")


def test_update_theme(client: httpx.Client) -> None:
    theme = new_theme(client, theme_name="my_theme", short_company_url="my-company")
    other = new_theme(client, theme_name="other", short_company_url="other-co")
    path = f"themes/{theme['theme_id']}"
    response = client.patch(
        path,
        json={
            "update_details": {
                "theme_name": "updated_theme",
                "main_color": "#FF0000",
                "brand_text": "My Updated Company Name",
                "short_company_url": "updated_company_url",
            }
        },
    )
    assert response.status_code == 200, response.text
    real = json.loads((FIXTURES / "updated_theme.json").read_text())
    updated = response.json()
    for key in ("theme_name", "main_color", "brand_text", "short_company_url"):
        assert updated[key] == real[key]
    renamed_to_taken = client.patch(path, json={"update_details": {"theme_name": "other"}})
    assert renamed_to_taken.json() == json.loads(
        (FIXTURES / "update_theme_already_exists.json").read_text()
    )
    url_taken = client.patch(path, json={"update_details": {"short_company_url": "other-co"}})
    assert_error(url_taken, 409, "ConflictError")
    assert_error(client.patch(path, json={"update_details": {}}), 400, "InputValidationError")
    bad_color = client.patch(path, json={"update_details": {"main_color": "blue"}})
    assert_error(bad_color, 400, "InputValidationError", "main_color")
    cleared = client.patch(path, json={"update_details": {"short_company_url": None}})
    assert cleared.json()["short_company_url"] is None
    assert client.get(f"themes/{other['theme_id']}").json() == other


def test_missing_theme_is_404(client: httpx.Client) -> None:
    expected = json.loads((FIXTURES / "theme_not_found.json").read_text())
    assert client.get(f"themes/{MISSING}").json() == expected
    assert client.delete(f"themes/{MISSING}").json() == expected
    patch = client.patch(f"themes/{MISSING}", json={"update_details": {"brand_text": "x"}})
    assert patch.json() == expected
    rooms = client.get(f"themes/{MISSING}/rooms")
    assert rooms.json() == json.loads((FIXTURES / "list_rooms_theme_id_not_found.json").read_text())


def test_themed_room_links_carry_the_short_company_url(
    server: BuiltinServer, client: httpx.Client
) -> None:
    theme = new_theme(client, short_company_url="updated_company_url")
    room = create(client, theme_id=theme["theme_id"])
    code = room["meeting_code"]
    assert room["theme_id"] == theme["theme_id"]
    assert room["_links"]["guest_url"]["href"] == (f"{server.origin}/updated_company_url/{code}")
    host = room["_links"]["host_url"]["href"]
    assert host.startswith(f"{server.origin}/updated_company_url/?room_token={code}&")
    assert_error(
        client.post("rooms", json={"display_name": "x", "theme_id": MISSING}),
        400,
        "BadRequestError",
    )


def test_delete_theme_in_use_needs_force(client: httpx.Client) -> None:
    theme = new_theme(client)
    theme_id = theme["theme_id"]
    room = create(client, theme_id=theme_id)
    refused = client.delete(f"themes/{theme_id}")
    assert refused.status_code == 400
    assert refused.json() == {
        "message": "could not delete theme",
        "name": "BadRequestError",
        "errors": [f"Theme {theme_id} is used by 1 room"],
        "status": 400,
    }
    create(client, theme_id=theme_id)
    assert client.delete(f"themes/{theme_id}", params={"force": "false"}).json()["errors"] == [
        f"Theme {theme_id} is used by 2 rooms"
    ]
    assert client.get(f"themes/{theme_id}").status_code == 200
    assert_error(
        client.delete(f"themes/{theme_id}", params={"force": "perhaps"}),
        400,
        "InputValidationError",
        "force",
    )
    forced = client.delete(f"themes/{theme_id}", params={"force": "true"})
    assert forced.status_code == 204
    assert client.get(f"themes/{theme_id}").status_code == 404
    assert client.get(f"rooms/{room['id']}").json()["theme_id"] is None


def test_delete_unused_theme(client: httpx.Client) -> None:
    theme = new_theme(client)
    assert client.delete(f"themes/{theme['theme_id']}").status_code == 204
    assert client.get("themes").json() == {}


def test_rooms_by_theme_are_paged(client: httpx.Client) -> None:
    theme = new_theme(client)
    other = new_theme(client)
    mine = [create(client, theme_id=theme["theme_id"])["id"] for _ in range(5)]
    create(client, theme_id=other["theme_id"])
    create(client)
    path = f"themes/{theme['theme_id']}/rooms"
    page = client.get(path, params={"page_size": 2}).json()
    assert page["total_items"] == 5
    seen = []
    while True:
        seen += [room["id"] for room in page["_embedded"]]
        assert all(room["theme_id"] == theme["theme_id"] for room in page["_embedded"])
        if "next" not in page["_links"]:
            break
        href = page["_links"]["next"]["href"]
        assert f"/v1/meetings/{path}?" in href
        start_id = parse_qs(urlsplit(href).query)["start_id"][0]
        page = client.get(path, params={"page_size": 2, "start_id": start_id}).json()
    assert seen == mine


def test_application_default_theme(client: httpx.Client, app_credentials: AppCredentials) -> None:
    theme = new_theme(client, short_company_url="default-co")
    response = client.patch(
        "applications", json={"update_details": {"default_theme_id": theme["theme_id"]}}
    )
    assert response.status_code == 200
    body = response.json()
    # The contract's fields, then this server's extension (tests/server/test_embed.py).
    assert list(body) == ["application_id", "account_id", "default_theme_id", "embed_domains"]
    assert body["application_id"] == app_credentials.application_id
    assert body["default_theme_id"] == theme["theme_id"]
    room = create(client)
    assert room["theme_id"] == theme["theme_id"]
    assert "/default-co/" in room["_links"]["guest_url"]["href"]
    in_use = client.delete(f"themes/{theme['theme_id']}").json()
    assert f"Theme {theme['theme_id']} is the application default theme" in in_use["errors"]
    unknown = client.patch(
        "applications", json={"update_details": {"default_theme_id": "not-a-real-theme-id"}}
    )
    assert unknown.json() == json.loads(
        (FIXTURES / "update_application_theme_id_not_found.json").read_text()
    )
    empty = client.patch("applications", json={"update_details": {}})
    assert_error(empty, 400, "InputValidationError")
    cleared = client.patch("applications", json={"update_details": {"default_theme_id": None}})
    assert cleared.json()["default_theme_id"] is None
    assert create(client)["theme_id"] is None


def test_theme_quota_is_403(tmp_path: Path) -> None:
    server = start_server(tmp_path, max_themes_per_application=1)
    try:
        with raw_client(register_app(server)) as client:
            new_theme(client)
            over = client.post("themes", json={"main_color": "#000", "brand_text": "x"})
        assert_error(over, 403, "ForbiddenError")
    finally:
        server.stop()
