"""The application JWT: RS256, the contract's claims, reused until shortly before expiry."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from launcher.api import errors
from launcher.api.auth import TOKEN_LIFETIME, TOKEN_RENEW_MARGIN, TokenSource


@pytest.fixture(scope="module")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def pem(key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_token_header_and_claims(rsa_key: rsa.RSAPrivateKey) -> None:
    clock = Clock(1_800_000_000.4)
    source = TokenSource("app-1", pem(rsa_key).decode(), clock=clock)
    token = source.token()
    assert jwt.get_unverified_header(token) == {"alg": "RS256", "typ": "JWT"}
    claims = jwt.decode(
        token,
        rsa_key.public_key(),
        algorithms=["RS256"],
        options={"verify_exp": False, "verify_iat": False},
    )
    assert claims["application_id"] == "app-1"
    assert claims["iat"] == 1_800_000_000
    assert claims["exp"] == 1_800_000_000 + TOKEN_LIFETIME
    assert uuid.UUID(claims["jti"]).version == 4


def test_token_verifies_now(rsa_key: rsa.RSAPrivateKey) -> None:
    token = TokenSource("app-1", pem(rsa_key)).token()
    claims = jwt.decode(token, rsa_key.public_key(), algorithms=["RS256"])
    assert claims["application_id"] == "app-1"


def test_token_reused_then_renewed(rsa_key: rsa.RSAPrivateKey) -> None:
    clock = Clock(1_000_000.0)
    source = TokenSource("app-1", pem(rsa_key), clock=clock)
    first = source.token()
    clock.now += TOKEN_LIFETIME - TOKEN_RENEW_MARGIN - 1
    assert source.token() == first
    clock.now += 1
    renewed = source.token()
    assert renewed != first
    assert jwt.decode(renewed, options={"verify_signature": False})["iat"] == int(clock.now)


def test_one_token_across_threads(rsa_key: rsa.RSAPrivateKey) -> None:
    source = TokenSource("app-1", pem(rsa_key))
    with ThreadPoolExecutor(8) as pool:
        tokens = set(pool.map(lambda _: source.token(), range(64)))
    assert len(tokens) == 1


@pytest.mark.parametrize(
    "bad",
    [b"", b"-----BEGIN PRIVATE KEY-----\nc2VjcmV0LXN0dWZm\n-----END PRIVATE KEY-----\n", "junk"],
)
def test_unreadable_key(bad: bytes | str) -> None:
    with pytest.raises(errors.AuthError) as caught:
        TokenSource("app-1", bad)
    assert "c2VjcmV0" not in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_non_rsa_key_and_empty_application() -> None:
    with pytest.raises(errors.AuthError, match="not an RSA key"):
        TokenSource("app-1", pem(ec.generate_private_key(ec.SECP256R1())))
    with pytest.raises(errors.AuthError, match="application id"):
        TokenSource("", b"")


def test_repr_has_no_key(rsa_key: rsa.RSAPrivateKey) -> None:
    source = TokenSource("app-1", pem(rsa_key))
    assert repr(source) == "TokenSource(application_id='app-1')"
