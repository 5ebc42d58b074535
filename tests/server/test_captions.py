"""Captions: the contract's ``is_captions_available`` is kept on the room, and does nothing.

The meetings have no captions (README: no local recogniser ships with models for the
page's languages), so the flag never reaches a meeting page: nothing there can act on
it or pretend to.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from tests.helpers.api import raw_client, tls_context
from tests.helpers.servers import AppCredentials


def page_config(url: str, creds: AppCredentials) -> dict[str, Any]:
    body = httpx.get(url, verify=tls_context(creds), timeout=10.0).text
    marker = 'id="meeting-config" type="application/json">'
    config: dict[str, Any] = json.loads(body.split(marker)[1].split("</script>")[0])
    return config


def test_the_captions_flag_is_stored_but_never_reaches_the_page(
    app_credentials: AppCredentials,
) -> None:
    with raw_client(app_credentials) as client:
        features = {"is_captions_available": True, "is_chat_available": False}
        room = client.post(
            "rooms", json={"display_name": "Captions?", "available_features": features}
        ).json()
        # The API keeps what the client set (the contract's field round-trips) ...
        assert room["available_features"]["is_captions_available"] is True
        stored = client.get(f"rooms/{room['id']}").json()
        assert stored["available_features"]["is_captions_available"] is True
        # ... and still checks it: a boolean or a 400.
        bad = client.post(
            "rooms",
            json={"display_name": "x", "available_features": {"is_captions_available": "yes"}},
        )
        assert bad.status_code == 400

        # The pages get the features they act on, never the captions flag.
        for link in ("guest_url", "host_url"):
            config = page_config(room["_links"][link]["href"], app_credentials)
            assert config["features"]["is_chat_available"] is False
            assert "is_captions_available" not in config["features"]
        assert (
            "caption"
            not in httpx.get(
                app_credentials.api_url.replace("/v1/meetings", "/meeting-assets/i18n.js"),
                verify=tls_context(app_credentials),
            ).text.lower()
        )
