"""Theme logos: signed upload forms posted to the server, finalizeLogos rules, serving."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from launcher.server import BuiltinServer
from launcher.server.tokens import UploadSigner, load_server_secret
from tests.helpers.api import raw_client, tls_context
from tests.helpers.png import jpeg_like, png
from tests.helpers.servers import AppCredentials
from tests.server.test_rooms import FIXTURES, assert_error

TRANSPARENT = (0, 0, 0, 0)
OPAQUE_WHITE = (255, 255, 255, 255)


@pytest.fixture
def client(shared_app_credentials: AppCredentials) -> httpx.Client:
    return raw_client(shared_app_credentials)


def upload_forms(client: httpx.Client) -> dict[str, dict[str, Any]]:
    response = client.get("themes/logos-upload-urls")
    assert response.status_code == 200, response.text
    return {form["fields"]["logoType"]: form for form in response.json()}


def post_form(
    creds: AppCredentials, form: dict[str, Any], data: bytes, **field_changes: str
) -> httpx.Response:
    fields = {**form["fields"], **field_changes}
    # No API credentials: the signed fields are the authorisation, as with S3.
    return httpx.post(
        form["url"],
        data=fields,
        files={"file": ("logo.png", data, "image/png")},
        verify=tls_context(creds),
        timeout=10,
    )


def new_theme(client: httpx.Client) -> str:
    response = client.post("themes", json={"main_color": "#123456", "brand_text": "Logo Co"})
    assert response.status_code == 201
    return str(response.json()["theme_id"])


def test_upload_forms_have_the_real_shape(
    client: httpx.Client, shared_server: BuiltinServer
) -> None:
    forms = upload_forms(client)
    real = json.loads((FIXTURES / "list_logo_upload_urls.json").read_text())
    assert sorted(forms) == sorted(f["fields"]["logoType"] for f in real)
    for kind, form in forms.items():
        assert set(form) == {"url", "fields"}
        assert form["url"] == f"{shared_server.origin}/v1/uploads/logos"
        fields = form["fields"]
        assert fields["Content-Type"] == "image/png"
        assert fields["key"].startswith(f"auto-expiring-temp/logos/{kind}/")
        for name in ("Policy", "X-Amz-Signature", "X-Amz-Date", "X-Amz-Algorithm", "bucket"):
            assert fields[name]


def test_upload_finalize_and_serve(
    client: httpx.Client, shared_app_credentials: AppCredentials
) -> None:
    theme_id = new_theme(client)
    forms = upload_forms(client)
    images = {
        "white": png(300, 120, color=(255, 255, 255, 255)),
        "colored": png(4, 4, background=TRANSPARENT),
        "favicon": png(32, 32),
    }
    for kind, data in images.items():
        response = post_form(shared_app_credentials, forms[kind], data)
        assert response.status_code == 204, response.text
    keys = [forms[kind]["fields"]["key"] for kind in images]
    finalized = client.put(f"themes/{theme_id}/finalizeLogos", json={"keys": keys})
    assert finalized.status_code == 200, finalized.text
    theme = client.get(f"themes/{theme_id}").json()
    assert theme == finalized.json()
    for kind, field in (
        ("white", "brand_image_white"),
        ("colored", "brand_image_colored"),
        ("favicon", "branded_favicon"),
    ):
        key = theme[field]
        assert key and not key.startswith("auto-expiring-temp/")
        url = theme[f"{field}_url"]
        served = httpx.get(url, verify=tls_context(shared_app_credentials))  # no auth
        assert served.status_code == 200
        assert served.headers["Content-Type"] == "image/png"
        assert served.headers["X-Content-Type-Options"] == "nosniff"
        assert served.content == images[kind]
    # A finalized key is used up: finalizing it again finds nothing.
    again = client.put(f"themes/{theme_id}/finalizeLogos", json={"keys": keys[:1]})
    assert again.json()["errors"] == [{"logoKey": keys[0], "code": "key_not_found"}]


def test_replacing_a_logo_drops_the_old_file(
    client: httpx.Client, shared_app_credentials: AppCredentials
) -> None:
    theme_id = new_theme(client)
    urls = []
    for _ in range(2):
        form = upload_forms(client)["favicon"]
        assert post_form(shared_app_credentials, form, png(16, 16)).status_code == 204
        body = {"keys": [{"key": form["fields"]["key"]}]}  # the spec's object form
        theme = client.put(f"themes/{theme_id}/finalizeLogos", json=body).json()
        urls.append(theme["branded_favicon_url"])
    verify = tls_context(shared_app_credentials)
    assert httpx.get(urls[0], verify=verify).status_code == 404
    assert httpx.get(urls[1], verify=verify).status_code == 200


@pytest.mark.parametrize(
    ("kind", "data", "problem"),
    [
        ("white", jpeg_like(), "type"),
        # A good image with another file behind its end (IEND).
        ("colored", png(4, 4, background=TRANSPARENT) + b"<script>alert(1)</script>", "type"),
        ("colored", png(64, 64, padding=1024 * 1024), "exceeds_size"),
        ("white", png(64, 64, background=OPAQUE_WHITE), "transparent_bg"),
        ("colored", png(301, 20), "dimensions"),
        ("white", png(20, 301), "dimensions"),
        ("favicon", png(32, 16), "dimensions"),
        ("favicon", png(15, 15), "dimensions"),
        ("favicon", png(33, 33), "dimensions"),
    ],
)
def test_finalize_rejects_bad_logos(
    client: httpx.Client,
    shared_app_credentials: AppCredentials,
    kind: str,
    data: bytes,
    problem: str,
) -> None:
    theme_id = new_theme(client)
    forms = upload_forms(client)
    good = forms["favicon" if kind != "favicon" else "white"]
    good_data = png(24, 24) if kind != "favicon" else png(100, 40)
    assert post_form(shared_app_credentials, good, good_data).status_code == 204
    assert post_form(shared_app_credentials, forms[kind], data).status_code == 204
    key = forms[kind]["fields"]["key"]
    response = client.put(
        f"themes/{theme_id}/finalizeLogos", json={"keys": [good["fields"]["key"], key]}
    )
    assert response.status_code == 400
    body = response.json()
    if problem == "type":  # the reason, in a sentence
        message = body["errors"][0].pop("message")
        assert message.startswith("The file is not a PNG image the server accepts: ")
        if data.startswith(b"\x89PNG"):
            assert message.endswith("bytes after the end of the image")
    assert body == {
        "message": "could not finalize logos",
        "name": "BadRequestError",
        "errors": [{"logoKey": key, "code": "invalid_logo_properties", "invalidProperty": problem}],
        "status": 400,
    }
    # Nothing was half-applied: the good logo in the same request is not set either.
    theme = client.get(f"themes/{theme_id}").json()
    assert theme["brand_image_white"] is None and theme["branded_favicon"] is None


def test_finalize_unknown_key_and_theme(client: httpx.Client) -> None:
    theme_id = new_theme(client)
    response = client.put(f"themes/{theme_id}/finalizeLogos", json={"keys": ["not-a-key"]})
    assert response.json() == json.loads((FIXTURES / "logo_key_error.json").read_text())
    not_uploaded = upload_forms(client)["white"]["fields"]["key"]
    response = client.put(f"themes/{theme_id}/finalizeLogos", json={"keys": [not_uploaded]})
    assert response.json()["errors"] == [{"logoKey": not_uploaded, "code": "key_not_found"}]
    missing = client.put(
        "themes/90a21428-b74a-4221-adc3-783935d654dc/finalizeLogos", json={"keys": ["k"]}
    )
    assert_error(missing, 404, "NotFoundError")
    assert_error(
        client.put(f"themes/{theme_id}/finalizeLogos", json={"keys": []}),
        400,
        "InputValidationError",
        "keys",
    )


def test_another_apps_upload_key_is_not_found(
    shared_server: BuiltinServer, client: httpx.Client, shared_app_credentials: AppCredentials
) -> None:
    from tests.helpers.servers import register_app

    form = upload_forms(client)["white"]
    assert post_form(shared_app_credentials, form, png(10, 10)).status_code == 204
    with raw_client(register_app(shared_server, "other")) as other:
        theme = other.post("themes", json={"main_color": "#000", "brand_text": "x"}).json()
        response = other.put(
            f"themes/{theme['theme_id']}/finalizeLogos", json={"keys": [form["fields"]["key"]]}
        )
    assert response.json()["errors"][0]["code"] == "key_not_found"


def _s3_code(response: httpx.Response) -> str:
    assert response.headers["Content-Type"].startswith("application/xml")
    text = response.text
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    return text.split("<Code>", 1)[1].split("</Code>", 1)[0]


def test_tampered_form_is_refused(
    client: httpx.Client, shared_app_credentials: AppCredentials
) -> None:
    form = upload_forms(client)["white"]
    other_key = upload_forms(client)["white"]["fields"]["key"]
    bad_signature = post_form(
        shared_app_credentials, form, png(10, 10), **{"X-Amz-Signature": "0" * 64}
    )
    assert bad_signature.status_code == 403
    assert _s3_code(bad_signature) == "SignatureDoesNotMatch"
    other_file = post_form(shared_app_credentials, form, png(10, 10), key=other_key)
    assert other_file.status_code == 403 and _s3_code(other_file) == "AccessDenied"
    policy = json.loads(base64.urlsafe_b64decode(form["fields"]["Policy"] + "=="))
    policy["expiration"] = "2999-01-01T00:00:00.000Z"
    forged = base64.urlsafe_b64encode(json.dumps(policy).encode()).decode().rstrip("=")
    longer = post_form(shared_app_credentials, form, png(10, 10), Policy=forged)
    assert longer.status_code == 403 and _s3_code(longer) == "SignatureDoesNotMatch"


def test_expired_form_is_refused(
    shared_server: BuiltinServer, client: httpx.Client, shared_app_credentials: AppCredentials
) -> None:
    form = upload_forms(client)["colored"]
    # A correctly signed policy whose time is up (signed here with the data dir's secret).
    past = (datetime.now(UTC) - timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    terms = {"key": form["fields"]["key"], "logoType": "colored", "expiration": past}
    policy = base64.urlsafe_b64encode(json.dumps(terms).encode()).decode().rstrip("=")
    signer = UploadSigner(load_server_secret(shared_server.config.data_dir))
    response = post_form(
        shared_app_credentials,
        form,
        png(10, 10),
        Policy=policy,
        **{"X-Amz-Signature": signer.sign(policy)},
    )
    assert response.status_code == 403
    assert _s3_code(response) == "AccessDenied"
    assert "expired" in response.text


def test_upload_size_limit_and_malformed_posts(
    client: httpx.Client, shared_app_credentials: AppCredentials
) -> None:
    form = upload_forms(client)["white"]
    verify = tls_context(shared_app_credentials)
    # Just over 1 MB gets through the upload and fails finalizeLogos (tested above);
    # far over is refused at the door.
    huge = post_form(shared_app_credentials, form, b"\x00" * (2 * 1024 * 1024))
    assert huge.status_code == 400 and _s3_code(huge) == "EntityTooLarge"
    no_file = httpx.post(form["url"], data=form["fields"], files={}, verify=verify)
    assert no_file.status_code == 400
    not_multipart = httpx.post(form["url"], json={"a": 1}, verify=verify)
    assert not_multipart.status_code == 400
    assert _s3_code(not_multipart) == "MalformedPOSTRequest"
    unsigned = httpx.post(
        form["url"],
        data={"key": form["fields"]["key"]},
        files={"file": ("x.png", png(4, 4), "image/png")},
        verify=verify,
    )
    assert unsigned.status_code == 403
