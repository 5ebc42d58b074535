"""Rooms: create, get, update, validation rules, links and paging."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from launcher.server import BuiltinServer, verify_participant_token
from tests.helpers.api import raw_client
from tests.helpers.servers import AppCredentials, register_app, start_server

# The real captured responses (a copy of ../shared/reference/fixtures, see its SOURCES.md).
FIXTURES = Path(__file__).resolve().parents[1] / "api" / "fixtures"
TIME_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


def iso(delta: timedelta) -> str:
    return (datetime.now(UTC) + delta).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def parse(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@pytest.fixture
def client(shared_app_credentials: AppCredentials) -> httpx.Client:
    return raw_client(shared_app_credentials)


def create(client: httpx.Client, **body: Any) -> dict[str, Any]:
    response = client.post("rooms", json={"display_name": "room", **body})
    assert response.status_code == 201, response.text
    room: dict[str, Any] = response.json()
    return room


def assert_error(
    response: httpx.Response, status: int, name: str, field: str | None = None
) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["status"] == status
    assert body["name"] == name
    assert isinstance(body["message"], str) and body["message"]
    if field is not None:
        assert f'"{field}"' in body["message"]
        assert body["errors"][0]["field"] == field


# ----------------------------------------------------------------- creation


def test_instant_room_has_the_real_shape_and_defaults(client: httpx.Client) -> None:
    before = datetime.now(UTC)
    room = create(client, display_name="my_test_room")
    real = json.loads((FIXTURES / "meeting_room.json").read_text())
    # Same keys, same order; plus participant_count, the built-in server's extension.
    assert [key for key in room if key != "participant_count"] == list(real)
    assert room["participant_count"] == 0
    assert room["type"] == "instant"
    assert room["metadata"] is None
    assert room["theme_id"] is None
    assert room["is_available"] is True
    assert room["expire_after_use"] is False
    for key in (
        "recording_options",
        "initial_join_options",
        "join_approval_level",
        "ui_settings",
        "available_features",
    ):
        assert room[key] == real[key], key
    assert TIME_RE.match(room["created_at"]) and TIME_RE.match(room["expires_at"])
    lifetime = parse(room["expires_at"]) - parse(room["created_at"])
    assert lifetime == timedelta(minutes=10)
    assert parse(room["created_at"]) >= before.replace(microsecond=0) - timedelta(seconds=1)
    assert re.fullmatch(r"\d{9,}", room["meeting_code"])
    assert "callback_urls" not in room


def test_long_term_room_keeps_what_was_asked(client: httpx.Client) -> None:
    expires = iso(timedelta(days=30))
    body = {
        "display_name": "weekly",
        "metadata": "m" * 500,
        "type": "long_term",
        "expires_at": expires,
        "expire_after_use": True,
        "recording_options": {"auto_record": True, "record_only_owner": True},
        "join_approval_level": "explicit_approval",
        "initial_join_options": {"microphone_state": "off"},
        "callback_urls": {"rooms_callback_url": "https://example.com/rooms"},
        "available_features": {"is_chat_available": False, "is_captions_available": True},
        "ui_settings": {"language": "pt-br"},
        "unknown_field": {"is": "ignored"},
    }
    room = create(client, **body)
    assert room["type"] == "long_term"
    assert room["expires_at"] == expires
    assert room["metadata"] == "m" * 500
    assert room["expire_after_use"] is True
    assert room["recording_options"] == {"auto_record": True, "record_only_owner": True}
    assert room["join_approval_level"] == "explicit_approval"
    assert room["initial_join_options"] == {"microphone_state": "off"}
    assert room["callback_urls"] == {"rooms_callback_url": "https://example.com/rooms"}
    assert room["available_features"]["is_chat_available"] is False
    assert room["available_features"]["is_captions_available"] is True
    assert room["available_features"]["is_whiteboard_available"] is True
    assert room["ui_settings"] == {"language": "pt-br"}
    assert "unknown_field" not in room
    assert client.get(f"rooms/{room['id']}").json()["expires_at"] == expires


def test_expires_at_without_offset_is_utc(client: httpx.Client) -> None:
    when = datetime.now(UTC) + timedelta(days=2)
    room = create(client, type="long_term", expires_at=when.strftime("%Y-%m-%d %H:%M:%S"))
    assert room["expires_at"] == when.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def test_links_point_at_the_meeting_origin(
    shared_server: BuiltinServer, client: httpx.Client
) -> None:
    room = create(client)
    code = room["meeting_code"]
    assert room["_links"]["guest_url"]["href"] == f"{shared_server.origin}/{code}"
    host = urlsplit(room["_links"]["host_url"]["href"])
    assert f"{host.scheme}://{host.netloc}" == shared_server.origin
    assert host.path == "/"
    query = parse_qs(host.query)
    assert query["room_token"] == [code]
    claims = verify_participant_token(
        shared_server.config.data_dir, query["participant_token"][0], meeting_code=code
    )
    assert claims.room_id == room["id"] and claims.role == "host"


def test_meeting_codes_are_unique(client: httpx.Client) -> None:
    codes = {create(client)["meeting_code"] for _ in range(30)}
    assert len(codes) == 30


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "display_name"),
        ({"display_name": ""}, "display_name"),
        ({"display_name": 5}, "display_name"),
        ({"display_name": "x" * 201}, "display_name"),
        ({"display_name": "x", "metadata": "m" * 501}, "metadata"),
        ({"display_name": "x", "type": "forever"}, "type"),
        ({"display_name": "x", "type": "long_term"}, "expires_at"),
        (
            {"display_name": "x", "type": "instant", "expires_at": "2030-01-01T00:00:00Z"},
            "expires_at",
        ),
        ({"display_name": "x", "type": "long_term", "expires_at": "tomorrow"}, "expires_at"),
        ({"display_name": "x", "expire_after_use": True}, "expire_after_use"),
        ({"display_name": "x", "join_approval_level": "maybe"}, "join_approval_level"),
        (
            {"display_name": "x", "initial_join_options": {"microphone_state": "loud"}},
            "initial_join_options.microphone_state",
        ),
        (
            {"display_name": "x", "recording_options": {"auto_record": "yes"}},
            "recording_options.auto_record",
        ),
        (
            {"display_name": "x", "callback_urls": {"rooms_callback_url": "ftp://x"}},
            "callback_urls.rooms_callback_url",
        ),
        (
            {"display_name": "x", "available_features": {"is_chat_available": 1}},
            "available_features.is_chat_available",
        ),
        ({"display_name": "x", "ui_settings": {"language": "xx"}}, "ui_settings.language"),
        ({"display_name": "x", "ui_settings": "en"}, "ui_settings"),
        ({"display_name": "x", "theme_id": "not-a-uuid"}, "theme_id"),
    ],
)
def test_invalid_room_names_the_field(
    client: httpx.Client, body: dict[str, Any], field: str
) -> None:
    assert_error(client.post("rooms", json=body), 400, "InputValidationError", field)


@pytest.mark.parametrize(
    ("delta", "ok"),
    [
        (timedelta(minutes=9), False),
        (timedelta(minutes=10), False),
        (timedelta(minutes=11), True),
        (timedelta(days=364), True),
        (timedelta(days=366), False),
    ],
)
def test_long_term_expiry_window(client: httpx.Client, delta: timedelta, ok: bool) -> None:
    response = client.post(
        "rooms", json={"display_name": "x", "type": "long_term", "expires_at": iso(delta)}
    )
    if ok:
        assert response.status_code == 201, response.text
    else:
        assert_error(response, 400, "InputValidationError", "expires_at")


def test_bad_bodies(client: httpx.Client) -> None:
    headers = {"Content-Type": "application/json"}
    not_json = client.post("rooms", content=b"{display_name:", headers=headers)
    assert_error(not_json, 400, "BadRequestError")
    assert_error(client.post("rooms", json=["a"]), 400, "InputValidationError")
    huge = json.dumps({"display_name": "x", "metadata": "m" * (1024 * 1024)}).encode()
    too_big = client.post("rooms", content=huge, headers=headers)
    assert_error(too_big, 413, "PayloadTooLargeError")

    def chunks() -> Any:
        yield b'{"display_name": "x", "pad": "'
        for _ in range(20):
            yield b"p" * 65536
        yield b'"}'

    chunked = client.post("rooms", content=chunks(), headers=headers)
    assert_error(chunked, 413, "PayloadTooLargeError")


def test_bad_input_writes_nothing(client: httpx.Client) -> None:
    before = client.get("rooms").json()["total_items"]
    client.post("rooms", json={"display_name": "x", "type": "long_term"})
    client.post("rooms", content=b"nope", headers={"Content-Type": "application/json"})
    assert client.get("rooms").json()["total_items"] == before


def test_room_quota_is_403(tmp_path: Path) -> None:
    server = start_server(tmp_path, max_rooms_per_application=2)
    try:
        with raw_client(register_app(server)) as client:
            create(client)
            create(client)
            over = client.post("rooms", json={"display_name": "third"})
        assert_error(over, 403, "ForbiddenError")
        assert over.json()["message"] == "Maximum number of rooms for owner exceeded"
    finally:
        server.stop()


# --------------------------------------------------------------- get, patch


def test_unknown_and_foreign_rooms_are_404(
    shared_server: BuiltinServer, client: httpx.Client
) -> None:
    missing = client.get("rooms/33791484-231c-421b-8349-96e1a44e27d2")
    assert_error(missing, 404, "NotFoundError")
    room = create(client)
    with raw_client(register_app(shared_server, "other")) as other:
        assert_error(other.get(f"rooms/{room['id']}"), 404, "NotFoundError")
        patch = other.patch(f"rooms/{room['id']}", json={"update_details": {"theme_id": None}})
        assert_error(patch, 404, "NotFoundError")


def test_patch_long_term_room(client: httpx.Client) -> None:
    room = create(
        client,
        type="long_term",
        expires_at=iso(timedelta(days=3)),
        callback_urls={
            "rooms_callback_url": "https://example.com/r",
            "sessions_callback_url": "http://example.com/s",
        },
    )
    new_expiry = iso(timedelta(days=40))
    response = client.patch(
        f"rooms/{room['id']}",
        json={
            "update_details": {
                "expires_at": new_expiry,
                "expire_after_use": True,
                "join_approval_level": "after_owner_only",
                "initial_join_options": {"microphone_state": "on"},
                "callback_urls": {"sessions_callback_url": None},
                "available_features": {"is_whiteboard_available": False},
                "ui_settings": {"language": "de"},
                "display_name": "not updatable, ignored",
            }
        },
    )
    assert response.status_code == 200, response.text
    updated = response.json()
    assert updated["expires_at"] == new_expiry
    assert updated["expire_after_use"] is True
    assert updated["join_approval_level"] == "after_owner_only"
    assert updated["initial_join_options"] == {"microphone_state": "on"}
    assert updated["callback_urls"] == {"rooms_callback_url": "https://example.com/r"}
    assert updated["available_features"]["is_whiteboard_available"] is False
    assert updated["available_features"]["is_chat_available"] is True
    assert updated["ui_settings"] == {"language": "de"}
    assert updated["display_name"] == "room"
    assert updated["meeting_code"] == room["meeting_code"]
    assert client.get(f"rooms/{room['id']}").json()["expires_at"] == new_expiry


def test_patch_rules(client: httpx.Client) -> None:
    long_term = create(client, type="long_term", expires_at=iso(timedelta(days=3)))
    path = f"rooms/{long_term['id']}"
    empty = client.patch(path, json={"update_details": {}})
    assert_error(empty, 400, "InputValidationError")
    assert empty.json() == {
        "message": '"update_details" must have at least 1 key',
        "name": "InputValidationError",
        "status": 400,
    }
    only_unknown = client.patch(path, json={"update_details": {"display_name": "x"}})
    assert_error(only_unknown, 400, "InputValidationError")
    assert_error(client.patch(path, json={}), 400, "InputValidationError", "update_details")
    too_soon = client.patch(path, json={"update_details": {"expires_at": iso(timedelta(0))}})
    assert_error(too_soon, 400, "InputValidationError", "expires_at")
    missing_theme = client.patch(
        path, json={"update_details": {"theme_id": "90a21428-b74a-4221-adc3-783935d654dc"}}
    )
    assert_error(missing_theme, 400, "BadRequestError")

    instant = create(client)
    response = client.patch(
        f"rooms/{instant['id']}", json={"update_details": {"join_approval_level": "none"}}
    )
    assert response.status_code == 400
    assert response.json() == {
        "message": f"The room with id: {instant['id']} could not be updated because of its"
        " type: temporary",
        "name": "BadRequestError",
        "status": 400,
    }


# ------------------------------------------------------------------- paging


def test_paging_through_several_pages(app_credentials: AppCredentials) -> None:
    with raw_client(app_credentials) as client:
        created = [create(client, display_name=f"room {i}")["id"] for i in range(23)]
        first = client.get("rooms", params={"page_size": 10})
        assert first.status_code == 200
        page = first.json()
        assert page["page_size"] == 10 and page["total_items"] == 23
        assert isinstance(page["_embedded"], list)
        assert "prev" not in page["_links"]
        assert page["_links"]["first"]["href"] == f"{app_credentials.api_url}/rooms?page_size=10"
        seen: list[str] = []
        pages: list[dict[str, Any]] = []
        while True:
            pages.append(page)
            seen += [room["id"] for room in page["_embedded"]]
            if "next" not in page["_links"]:
                break
            href = page["_links"]["next"]["href"]
            assert href.startswith(f"{app_credentials.api_url}/rooms?")
            start_id = parse_qs(urlsplit(href).query)["start_id"][0]
            page = client.get("rooms", params={"page_size": 10, "start_id": start_id}).json()
        assert seen == created
        assert [len(p["_embedded"]) for p in pages] == [10, 10, 3]
        # Walking back from the last page with prev links gives the pages again.
        prev_href = pages[2]["_links"]["prev"]["href"]
        back = client.get(prev_href.split("/v1/meetings/", 1)[1]).json()
        assert [r["id"] for r in back["_embedded"]] == created[10:20]
        self_href = pages[1]["_links"]["self"]["href"]
        again = client.get(self_href.split("/v1/meetings/", 1)[1]).json()
        assert [r["id"] for r in again["_embedded"]] == created[10:20]
        default = client.get("rooms").json()
        assert default["page_size"] == 20 and len(default["_embedded"]) == 20
        beyond = client.get("rooms", params={"start_id": 10**9}).json()
        assert beyond["_embedded"] == [] and "next" not in beyond["_links"]
        assert "prev" in beyond["_links"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"page_size": "ten"}, "page_size"),
        ({"page_size": 0}, "page_size"),
        ({"start_id": "x"}, "start_id"),
        ({"end_id": -1}, "end_id"),
    ],
)
def test_bad_paging_parameters(client: httpx.Client, params: dict[str, Any], field: str) -> None:
    assert_error(client.get("rooms", params=params), 400, "InputValidationError", field)


def test_apps_see_only_their_rooms(shared_server: BuiltinServer) -> None:
    first, second = register_app(shared_server), register_app(shared_server)
    with raw_client(first) as a, raw_client(second) as b:
        create(a)
        assert b.get("rooms").json()["total_items"] == 0
        assert a.get("rooms").json()["total_items"] == 1


# ------------------------------------------------------------------- expiry


def test_instant_room_expiry_follows_participants(
    shared_server: BuiltinServer, client: httpx.Client
) -> None:
    room = create(client)
    store = shared_server.store
    assert store is not None
    record = store.call(lambda s: s.get_room_by_meeting_code(room["meeting_code"]))
    assert record is not None
    _, stored = record
    later = parse(room["expires_at"]) + timedelta(seconds=1)
    assert not stored.is_available(later)  # nobody joined: gone after 10 minutes
    store.call(lambda s: s.room_participant_joined(room["id"]))
    joined = store.call(lambda s: s.get_room_by_meeting_code(room["meeting_code"]))
    assert joined is not None and joined[1].is_available(later + timedelta(hours=5))
    store.call(lambda s: s.room_participant_left(room["id"]))
    after = client.get(f"rooms/{room['id']}").json()
    left_at = datetime.now(UTC)
    assert parse(after["expires_at"]) - left_at > timedelta(minutes=9)
    assert after["is_available"] is True


def test_expire_after_use_closes_long_term_room(
    shared_server: BuiltinServer, client: httpx.Client
) -> None:
    room = create(
        client, type="long_term", expires_at=iso(timedelta(days=1)), expire_after_use=True
    )
    store = shared_server.store
    assert store is not None
    store.call(lambda s: s.room_participant_joined(room["id"]))
    assert client.get(f"rooms/{room['id']}").json()["is_available"] is True
    store.call(lambda s: s.room_participant_left(room["id"]))
    assert client.get(f"rooms/{room['id']}").json()["is_available"] is False


def test_paging_backwards_from_the_newest(app_credentials: AppCredentials) -> None:
    with raw_client(app_credentials) as client:
        created = [create(client, display_name=f"room {i}")["id"] for i in range(7)]
        # A lone end_id past every serial gives the newest page; prev links walk back.
        page = client.get("rooms", params={"page_size": 3, "end_id": 2**63 - 1}).json()
        pages = []
        while True:
            pages.append([room["id"] for room in page["_embedded"]])
            if "prev" not in page["_links"]:
                break
            end_id = parse_qs(urlsplit(page["_links"]["prev"]["href"]).query)["end_id"][0]
            page = client.get("rooms", params={"page_size": 3, "end_id": end_id}).json()
        assert pages == [created[4:], created[1:4], created[:1]]
        assert_error(
            client.get("rooms", params={"end_id": 2**63}), 400, "InputValidationError", "end_id"
        )
