"""The theme preview route: the real meeting page template, filled from the query."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from launcher.server import BuiltinServer, ServerConfig
from launcher.server.theme_preview import PREVIEW_PATH


@pytest.fixture(scope="module")
def http(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    # The route comes with the meeting pages, as in every built-in server.
    config = ServerConfig(data_dir=tmp_path_factory.mktemp("preview-server"))
    server = BuiltinServer(config)
    server.start()
    try:
        with httpx.Client(base_url=server.origin, timeout=10) as client:
            yield client
    finally:
        server.stop()


def _config(html: str) -> dict[str, Any]:
    match = re.search(r'<script id="meeting-config" type="application/json">(.*?)</script>', html)
    assert match, html[:400]
    return dict(json.loads(match.group(1)))


def test_preview_is_the_meeting_page_with_the_theme(http: httpx.Client) -> None:
    response = http.get(
        PREVIEW_PATH,
        params={
            "main_color": "#14213d",
            "brand_text": "Acme Travel",
            "brand_image_colored": "logos/colored/0b7c4a6e-1111-4a2b-9c3d-5e6f7a8b9c0d",
            "branded_favicon": "logos/favicon/0b7c4a6e-2222-4a2b-9c3d-5e6f7a8b9c0d",
            "view": "meeting",
            "room_name": "Weekly sales",
        },
    )
    assert response.status_code == 200
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Robots-Tag"] == "noindex"
    # The guest page's template and assets.
    assert 'src="/meeting-assets/meeting.js"' in response.text
    assert 'href="/meeting-assets/meeting.css"' in response.text
    config = _config(response.text)
    assert config["view"] == "preview-meeting"
    assert config["room_name"] == "Weekly sales"
    assert config["theme"] == {
        "main_color": "#14213d",
        "brand_text": "Acme Travel",
        # No white logo: the coloured one, as on a guest page.
        "logo_url": "/v1/logos/colored/0b7c4a6e-1111-4a2b-9c3d-5e6f7a8b9c0d",
        "favicon_url": "/v1/logos/favicon/0b7c4a6e-2222-4a2b-9c3d-5e6f7a8b9c0d",
    }
    assert http.get("/meeting-assets/preview.js").status_code == 200


def test_defaults_and_markup_in_text(http: httpx.Client) -> None:
    response = http.get(PREVIEW_PATH, params={"brand_text": "</script><b>x</b>"})
    assert response.status_code == 200
    assert "</script><b>" not in response.text
    config = _config(response.text)
    assert config["view"] == "preview-lobby"
    assert config["theme"]["main_color"] == "#3b5bdb"
    assert config["theme"]["brand_text"] == "</script><b>x</b>"
    assert config["theme"]["logo_url"] is None


@pytest.mark.parametrize(
    "params",
    [
        {"main_color": "red"},
        {"main_color": "#12345"},
        {"brand_text": "x" * 201},
        {"view": "waiting"},
        {"language": "xx"},
        {"brand_image_white": "https://elsewhere.example/logo.png"},
        {"brand_image_white": "logos/colored/abc"},
        {"branded_favicon": "../../etc/passwd"},
    ],
)
def test_bad_values_are_refused(http: httpx.Client, params: dict[str, str]) -> None:
    assert http.get(PREVIEW_PATH, params=params).status_code == 400


def test_no_route_without_the_meeting_pages(tmp_path: Path) -> None:
    server = BuiltinServer(ServerConfig(data_dir=tmp_path, meeting_pages=False))
    server.start()
    try:
        with httpx.Client(base_url=server.origin, timeout=10) as client:
            assert client.get(PREVIEW_PATH).status_code == 404
    finally:
        server.stop()
