"""Website embed: `app embed-domains`, the pages' frame-ancestors, the application resource.

The browser side (an iframe on another origin, camera and microphone inside it, and
a refused origin) is tests/web/test_embed.py.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import httpx
import pytest

from launcher.server import BuiltinServer, create_application, embed_domains
from launcher.server.embedding import MAX_ORIGINS, InvalidOrigin, parse_origin, parse_origins
from launcher.server.store import DB_NAME, Store
from tests.helpers.api import raw_client, tls_context
from tests.helpers.servers import AppCredentials, register_app, start_server
from tests.server.test_cli import launcher

INTRANET = "https://intranet.example.com"


def run_cli(*args: str) -> tuple[int, str, str]:
    proc = launcher("app", "embed-domains", *args)
    out, err = proc.communicate(timeout=60)
    return proc.returncode, out, err


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("https://intranet.example.com", INTRANET),
        ("HTTPS://Intranet.Example.COM/", INTRANET),
        ("  https://intranet.example.com  ", INTRANET),
        ("https://portal.example.com:8443", "https://portal.example.com:8443"),
        ("https://*.example.com", "https://*.example.com"),
        ("http://localhost:8080", "http://localhost:8080"),
        ("http://127.0.0.1:5000", "http://127.0.0.1:5000"),
        ("http://[::1]:5000", "http://[::1]:5000"),
        ("https://10.1.2.3", "https://10.1.2.3"),
    ],
)
def test_origins_accepted_and_normalised(text: str, origin: str) -> None:
    assert parse_origin(text) == origin


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("intranet.example.com", "https://intranet.example.com"),
        ("https://intranet.example.com/meetings", "no path"),
        ("https://intranet.example.com?x=1", "no path"),
        ("https://user@intranet.example.com", "user name"),
        ("https://intranet.example.com; script-src *", "spaces"),
        ("https://a.example.com https://b.example.com", "spaces"),
        ("https://a.example.com,https://b.example.com", "only scheme"),
        ("http://intranet.example.com", "need https"),
        ("ftp://intranet.example.com", "only scheme"),
        ("https://*", "only scheme"),
        ("https://*.com", "top-level"),
        ("https://intra*.example.com", "only scheme"),
        ("https://intranet.example.com:99999", "1 to 65535"),
        ("https://-bad-.example.com", "only scheme"),
        ("https://intranät.example.com", "only scheme"),
        ("'self'", "scheme"),
        ("*", "scheme"),
    ],
)
def test_bad_origins_are_refused_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(InvalidOrigin) as caught:
        parse_origin(text)
    message = str(caught.value)
    assert reason in message
    assert "\n" not in message


def test_a_list_drops_duplicates_and_has_a_limit() -> None:
    assert parse_origins([INTRANET, INTRANET + "/", "https://b.example.com"]) == [
        INTRANET,
        "https://b.example.com",
    ]
    too_many = [f"https://site{i}.example.com" for i in range(MAX_ORIGINS + 1)]
    with pytest.raises(InvalidOrigin, match="at most"):
        parse_origins(too_many)


def page_headers(url: str, creds: AppCredentials) -> httpx.Headers:
    response = httpx.get(url, verify=tls_context(creds), timeout=10.0)
    assert response.status_code == 200, response.text
    return response.headers


def frame_ancestors(headers: httpx.Headers) -> str:
    directives = [d.strip() for d in headers["Content-Security-Policy"].split(";")]
    found = [d for d in directives if d.startswith("frame-ancestors")]
    assert len(found) == 1, directives
    return found[0]


def test_pages_may_be_framed_only_by_the_applications_origins(
    server: BuiltinServer, app_credentials: AppCredentials
) -> None:
    other = register_app(server, "another application")
    with raw_client(app_credentials) as client, raw_client(other) as other_client:
        room = client.post("rooms", json={"display_name": "Embedded"}).json()
        elsewhere = other_client.post("rooms", json={"display_name": "Not embedded"}).json()
        host_url = room["_links"]["host_url"]["href"]
        guest_url = room["_links"]["guest_url"]["href"]

        # Nothing allowed by default: no site may frame a page.
        for url in (guest_url, host_url):
            headers = page_headers(url, app_credentials)
            assert frame_ancestors(headers) == "frame-ancestors 'none'"
            assert "X-Frame-Options" not in headers
        assert client.get("applications").json()["embed_domains"] == []

        # The operator allows two sites, while the server runs.
        assert embed_domains(
            server.config.data_dir,
            app_credentials.application_id,
            [INTRANET, "http://localhost:8080"],
            server.config.database,
        ) == (INTRANET, "http://localhost:8080")
        for url in (guest_url, host_url):
            headers = page_headers(url, app_credentials)
            assert frame_ancestors(headers) == f"frame-ancestors {INTRANET} http://localhost:8080"
            assert "X-Frame-Options" not in headers
            # The rest of the policy is unchanged.
            assert "default-src 'self'" in headers["Content-Security-Policy"]
            assert "camera=(self)" in headers["Permissions-Policy"]

        # Another application's rooms keep 'none'; so do pages that are no room's.
        other_guest = elsewhere["_links"]["guest_url"]["href"]
        assert frame_ancestors(page_headers(other_guest, other)) == "frame-ancestors 'none'"
        home = httpx.get(server.origin + "/", verify=tls_context(app_credentials))
        assert frame_ancestors(home.headers) == "frame-ancestors 'none'"
        bad_link = httpx.get(
            host_url.split("participant_token=")[0] + "participant_token=x.y.z",
            verify=tls_context(app_credentials),
        )
        assert bad_link.status_code == 403
        assert frame_ancestors(bad_link.headers) == "frame-ancestors 'none'"

        # The application resource shows the list (GET, and PATCH's answer).
        shown = client.get("applications")
        assert shown.status_code == 200
        assert shown.json() == {
            "application_id": app_credentials.application_id,
            "account_id": shown.json()["account_id"],
            "default_theme_id": None,
            "embed_domains": [INTRANET, "http://localhost:8080"],
        }
        patched = client.patch("applications", json={"update_details": {"default_theme_id": None}})
        assert patched.status_code == 200
        assert patched.json()["embed_domains"] == [INTRANET, "http://localhost:8080"]
        assert other_client.get("applications").json()["embed_domains"] == []

        # The list is the operator's: the API does not change it.
        refused = client.patch(
            "applications", json={"update_details": {"embed_domains": ["https://evil.example"]}}
        )
        assert refused.status_code == 400
        assert client.get("applications").json()["embed_domains"] == [
            INTRANET,
            "http://localhost:8080",
        ]

        # Cleared: 'none' again.
        assert (
            embed_domains(
                server.config.data_dir, app_credentials.application_id, [], server.config.database
            )
            == ()
        )
        assert frame_ancestors(page_headers(guest_url, app_credentials)) == (
            "frame-ancestors 'none'"
        )


def test_cli_sets_shows_and_clears_the_list(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    app_id, _key = create_application(data_dir, "Intranet")
    code, out, err = run_cli("--data-dir", str(data_dir), app_id)
    assert (code, out) == (0, "") and "no website may embed" in err

    code, out, err = run_cli(
        "--data-dir", str(data_dir), app_id, "HTTPS://Intranet.Example.com/", "http://127.0.0.1:9"
    )
    assert code == 0, err
    assert out.splitlines() == [INTRANET, "http://127.0.0.1:9"]
    code, out, _ = run_cli("--data-dir", str(data_dir), app_id)
    assert out.splitlines() == [INTRANET, "http://127.0.0.1:9"]

    # A bad origin among good ones changes nothing: one line on stderr, exit 2.
    for bad, reason in [
        ("intranet.example.com", "write it with its scheme"),
        ("http://intranet.example.com", "need https"),
        ("https://intranet.example.com/path", "no path"),
    ]:
        code, out, err = run_cli("--data-dir", str(data_dir), app_id, "https://ok.example", bad)
        assert code == 2 and out == "", (out, err)
        assert len(err.strip().splitlines()) == 1 and reason in err, err
    assert embed_domains(data_dir, app_id) == (INTRANET, "http://127.0.0.1:9")

    code, out, err = run_cli("--data-dir", str(data_dir), "--clear", app_id, INTRANET)
    assert code == 2 and "not both" in err
    code, out, err = run_cli("--data-dir", str(data_dir), "0b4c6a3e-no-such-app", INTRANET)
    assert code == 2 and "no application 0b4c6a3e-no-such-app" in err
    code, out, err = run_cli("--data-dir", str(tmp_path / "missing"), app_id)
    assert code == 2 and "no such data directory" in err
    assert not (tmp_path / "missing").exists()

    code, out, err = run_cli("--data-dir", str(data_dir), app_id, "--clear")
    assert (code, out) == (0, "") and "no website may embed" in err
    assert embed_domains(data_dir, app_id) == ()


def test_a_data_dir_from_before_embedding_gets_the_column(tmp_path: Path) -> None:
    """An applications table without ``embed_domains`` (an older version's) gains it,
    empty, and keeps its applications."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    old = sqlite3.connect(data_dir / DB_NAME)
    old.execute(
        "CREATE TABLE applications (application_id TEXT PRIMARY KEY, account_id TEXT NOT NULL,"
        " name TEXT NOT NULL, public_key_pem TEXT NOT NULL, default_theme_id TEXT,"
        " created_at TEXT NOT NULL)"
    )
    old.execute(
        "INSERT INTO applications VALUES ('old-app', '12345678', 'Old', 'PEM', NULL,"
        " '2026-01-01T00:00:00.000Z')"
    )
    old.commit()
    old.close()
    store = Store(data_dir)
    try:
        app = store.get_application("old-app")
        assert app is not None and app.embed_domains == ()
        assert store.set_embed_domains("old-app", [INTRANET]).embed_domains == (INTRANET,)
        added = store.add_application("New", "PEM")
        assert added.embed_domains == ()
        assert store.get_application(added.application_id) == added
    finally:
        store.close()
    # And a server starts on it.
    server = start_server(data_dir)
    server.stop()
    assert json.loads(
        sqlite3.connect(data_dir / DB_NAME)
        .execute("SELECT embed_domains FROM applications WHERE application_id = 'old-app'")
        .fetchone()[0]
    ) == [INTRANET]
