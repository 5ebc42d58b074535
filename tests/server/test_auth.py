"""JWT verification: every attack answered with the gateway's exact 401 body."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization

from launcher.api.auth import TOKEN_LIFETIME
from launcher.server import BuiltinServer
from launcher.server.auth import LEEWAY, MAX_TOKEN_LIFETIME
from tests.helpers.api import make_token, tls_context
from tests.helpers.servers import AppCredentials, register_app

UNAUTHORIZED = {"title": "Unauthorized", "detail": "You did not provide correct credentials"}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _get_rooms(creds: AppCredentials, authorization: str | None) -> httpx.Response:
    headers = {} if authorization is None else {"Authorization": authorization}
    return httpx.get(
        f"{creds.api_url}/rooms", headers=headers, verify=tls_context(creds), timeout=10
    )


def _public_pem(creds: AppCredentials) -> bytes:
    key = serialization.load_pem_private_key(creds.private_key_pem, password=None)
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _claims(creds: AppCredentials, **changes: int | str) -> dict[str, int | str]:
    now = int(time.time())
    claims: dict[str, int | str] = {
        "application_id": creds.application_id,
        "iat": now,
        "exp": now + 900,
        "jti": "a7c2b1f0-0000-4000-8000-000000000001",
    }
    claims.update(changes)
    return claims


def test_valid_token_is_accepted(app_credentials: AppCredentials) -> None:
    response = _get_rooms(app_credentials, f"Bearer {make_token(app_credentials)}")
    assert response.status_code == 200


def _alg_none(creds: AppCredentials) -> str:
    header = _b64(json.dumps({"alg": "none", "typ": "JWT"}).encode())
    return f"{header}.{_b64(json.dumps(_claims(creds)).encode())}."


def _hs256_with_public_key(creds: AppCredentials) -> str:
    # The classic key-confusion attack: HMAC keyed with the (public) RSA key.
    signing_input = (
        _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
        + "."
        + _b64(json.dumps(_claims(creds)).encode())
    )
    import hashlib
    import hmac

    signature = hmac.new(_public_pem(creds), signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{_b64(signature)}"


def _expired(creds: AppCredentials) -> str:
    now = int(time.time())
    return make_token(creds, iat=now - 2000, exp=now - 1000)


def _future_iat(creds: AppCredentials) -> str:
    now = int(time.time())
    return make_token(creds, iat=now + 3600, exp=now + 4500)


def _not_before(creds: AppCredentials) -> str:
    return make_token(creds, nbf=int(time.time()) + 3600)


def _lives_too_long(creds: AppCredentials) -> str:
    now = int(time.time())
    return make_token(creds, iat=now, exp=now + MAX_TOKEN_LIFETIME + 1)


def _lives_for_centuries(creds: AppCredentials) -> str:
    now = int(time.time())
    return make_token(creds, iat=now, exp=now + 300 * 365 * 86400)


def _iat_just_past_leeway(creds: AppCredentials) -> str:
    now = int(time.time())
    return make_token(creds, iat=now + LEEWAY + 30, exp=now + 900)


def _no_exp(creds: AppCredentials) -> str:
    return make_token(creds, exp=None)


def _no_iat(creds: AppCredentials) -> str:
    return make_token(creds, iat=None)


def _unknown_application(creds: AppCredentials) -> str:
    return make_token(creds, application_id="00000000-0000-4000-8000-000000000000")


def _no_application(creds: AppCredentials) -> str:
    return make_token(creds, application_id=None)


def _tampered_payload(creds: AppCredentials) -> str:
    header, _payload, signature = make_token(creds).split(".")
    forged = _b64(json.dumps(_claims(creds, exp=int(time.time()) + 10**6)).encode())
    return f"{header}.{forged}.{signature}"


def _tampered_signature(creds: AppCredentials) -> str:
    header, payload, signature = make_token(creds).split(".")
    flipped = ("A" if signature[0] != "A" else "B") + signature[1:]
    return f"{header}.{payload}.{flipped}"


def _other_key(creds: AppCredentials) -> str:
    from cryptography.hazmat.primitives.asymmetric import rsa

    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return jwt.encode(_claims(creds), other, algorithm="RS256")


def _garbage(creds: AppCredentials) -> str:
    return "not-a-jwt"


ATTACKS: dict[str, Callable[[AppCredentials], str]] = {
    "alg-none": _alg_none,
    "hs256-signed-with-public-key": _hs256_with_public_key,
    "expired": _expired,
    "issued-in-the-future": _future_iat,
    "issued-beyond-the-leeway": _iat_just_past_leeway,
    "lives-longer-than-a-day": _lives_too_long,
    "lives-for-centuries": _lives_for_centuries,
    "not-yet-valid-nbf": _not_before,
    "no-exp": _no_exp,
    "no-iat": _no_iat,
    "unknown-application": _unknown_application,
    "no-application-id": _no_application,
    "tampered-payload": _tampered_payload,
    "tampered-signature": _tampered_signature,
    "signed-by-another-key": _other_key,
    "garbage": _garbage,
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_attack_is_rejected(attack: str, shared_app_credentials: AppCredentials) -> None:
    token = ATTACKS[attack](shared_app_credentials)
    response = _get_rooms(shared_app_credentials, f"Bearer {token}")
    assert response.status_code == 401
    assert response.json() == UNAUTHORIZED


@pytest.mark.parametrize("header", [None, "", "Basic dXNlcjpwYXNz", "Bearer", "bearer x.y.z"])
def test_missing_or_malformed_header(
    header: str | None, shared_app_credentials: AppCredentials
) -> None:
    response = _get_rooms(shared_app_credentials, header)
    assert response.status_code == 401
    assert response.json() == UNAUTHORIZED


def test_token_of_one_app_cannot_claim_another(shared_server: BuiltinServer) -> None:
    first, second = register_app(shared_server), register_app(shared_server)
    # Signed with the first app's key but claiming the second app.
    token = jwt.encode(_claims(second), first.private_key_pem, algorithm="RS256")
    assert _get_rooms(second, f"Bearer {token}").status_code == 401


def test_app_registered_while_running_is_accepted(shared_server: BuiltinServer) -> None:
    # The first request of a new app misses the key cache and must find it in storage.
    creds = register_app(shared_server, "late")
    assert _get_rooms(creds, f"Bearer {make_token(creds)}").status_code == 200


def test_unauthorised_even_for_unknown_paths(shared_app_credentials: AppCredentials) -> None:
    response = httpx.get(
        f"{shared_app_credentials.api_url}/no-such-thing",
        verify=tls_context(shared_app_credentials),
    )
    assert response.status_code == 401
    assert response.json() == UNAUTHORIZED


def test_longest_allowed_lifetime_is_accepted(shared_app_credentials: AppCredentials) -> None:
    now = int(time.time())
    token = make_token(shared_app_credentials, iat=now, exp=now + MAX_TOKEN_LIFETIME)
    assert _get_rooms(shared_app_credentials, f"Bearer {token}").status_code == 200


def test_the_launchers_own_tokens_comply() -> None:
    assert TOKEN_LIFETIME <= MAX_TOKEN_LIFETIME
