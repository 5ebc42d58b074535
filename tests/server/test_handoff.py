"""One-time links that hand a host link to the system browser."""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx

from launcher.server.tokens import HandoffCodes
from tests.helpers.api import raw_client, tls_context
from tests.helpers.servers import AppCredentials


def _host_url(creds: AppCredentials) -> str:
    with raw_client(creds) as api:
        room = api.post("rooms", json={"display_name": "Handoff"}).json()
    return str(room["_links"]["host_url"]["href"])


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def test_handoff_link_redirects_once_to_the_host_link(app_credentials: AppCredentials) -> None:
    host_url = _host_url(app_credentials)
    origin = _origin(host_url)
    with httpx.Client(verify=tls_context(app_credentials), timeout=10) as http:
        made = http.post(f"{origin}/meeting-handoff", json={"url": host_url})
        assert made.status_code == 201
        handoff = made.json()["url"]
        assert handoff.startswith(f"{origin}/meeting-handoff/")
        assert "participant_token" not in handoff
        assert made.headers["Cache-Control"] == "no-store"

        first = http.get(handoff)
        assert first.status_code == 303
        assert first.headers["Location"] == host_url.removeprefix(origin)
        assert first.headers["Referrer-Policy"] == "no-referrer"
        # The host page it leads to is the real one.
        page = http.get(origin + first.headers["Location"])
        assert page.status_code == 200

        second = http.get(handoff)
        assert second.status_code == 404


def test_handoff_refuses_links_that_are_not_host_links(app_credentials: AppCredentials) -> None:
    host_url = _host_url(app_credentials)
    origin = _origin(host_url)
    code = urlsplit(host_url).query.split("room_token=")[1].split("&")[0]
    forged = f"{origin}/?room_token={code}&participant_token=eyJhbGciOiJIUzI1NiJ9.e30.x"
    with httpx.Client(verify=tls_context(app_credentials), timeout=10) as http:
        for body in (
            {"url": forged},
            {"url": f"{origin}/{code}"},  # a guest link
            {"url": f"{origin}/?room_token=000000000&participant_token=x"},
            {"nothing": True},
        ):
            assert http.post(f"{origin}/meeting-handoff", json=body).status_code in (400, 403)
        assert http.post(f"{origin}/meeting-handoff", content=b"not json").status_code == 400
        assert http.get(f"{origin}/meeting-handoff/made-up").status_code == 404


def test_codes_expire_and_are_bounded() -> None:
    now = [100.0]
    codes = HandoffCodes(ttl=60, clock=lambda: now[0])
    first = codes.issue("/?a=1")
    now[0] += 61
    assert codes.redeem(first) is None
    kept = [codes.issue(f"/?n={n}") for n in range(300)]
    assert codes.redeem(kept[0]) is None  # the oldest made room for newer ones
    assert codes.redeem(kept[-1]) == "/?n=299"


def test_handoff_never_leads_to_another_origin(app_credentials: AppCredentials) -> None:
    host_url = _host_url(app_credentials)
    origin = _origin(host_url)
    parts = urlsplit(host_url)
    port = parts.port
    assert port is not None
    query = parts.query
    evil = [
        f"//evil.example/?{query}",
        f"https://evil.example/?{query}",
        f"https://127.0.0.1:{port}@evil.example/?{query}",
        f"https://user@127.0.0.1:{port}/?{query}",
        f"{origin}//evil.example/?{query}",
        f"{origin}/\\evil.example/?{query}",
        f"{origin}\\\\evil.example/?{query}",
        f"{origin}/%2Fevil.example/?{query}",
        f"{origin}/%2f%2fevil.example/?{query}",
        f"{origin}/..%2F..%2Fevil/?{query}",
        f"https://127.0.0.1:{port + 1}/?{query}",
        f"http://127.0.0.1:{port}/?{query}",
        f"https://localhost:{port}/?{query}",
        f"{origin}/?{query}#@evil.example",
        f"{origin}/?{query}&next=https://evil.example",
        f"{origin}/?next=//evil.example&{query}",
        f"{origin}/?{query}\r\nLocation: https://evil.example",
        f" {origin}/?{query}",
        f"{origin}/?{query}".replace("https://", "HTTPS://"),
        f"{origin}/x/../?{query}",
    ]
    with httpx.Client(verify=tls_context(app_credentials), timeout=10) as http:
        for url in evil:
            made = http.post(f"{origin}/meeting-handoff", json={"url": url})
            assert made.status_code == 400, (url, made.status_code)
        # The real one still works, and redirects on this origin only.
        made = http.post(f"{origin}/meeting-handoff", json={"url": host_url})
        assert made.status_code == 201
        location = http.get(made.json()["url"]).headers["Location"]
        assert location.startswith("/?room_token=") and not location.startswith("//")
        # Deeply nested JSON is a 400 too, not an error.
        deep = "[" * 3000 + "]" * 3000  # under the 8 KB body limit
        made = http.post(
            f"{origin}/meeting-handoff", content=deep, headers={"Content-Type": "application/json"}
        )
        assert made.status_code == 400
