"""Verification of the API's bearer JWTs (RS256, per-application public keys)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key

#: Allowed clock difference between client and server, in seconds.
LEEWAY = 30

KeyLookup = Callable[[str], Awaitable[RSAPublicKey | None]]


class AuthFailed(Exception):
    """The request did not carry a valid token (the reason is only logged)."""


def load_public_key(pem: str) -> RSAPublicKey:
    key = load_pem_public_key(pem.encode())
    if not isinstance(key, RSAPublicKey):
        raise ValueError("application key is not RSA")
    return key


async def verify_bearer(header: str | None, lookup: KeyLookup) -> str:
    """Check an ``Authorization`` header; returns the application id.

    Only RS256 is accepted and only with the application's own public key, so
    ``alg: none`` and HS256 "signed" with the public key both fail. ``iat`` and
    ``exp`` are required; a token issued in the future fails.
    """
    if not header or not header.startswith("Bearer "):
        raise AuthFailed("no bearer token")
    token = header[len("Bearer ") :].strip()
    try:
        unverified: dict[str, Any] = jwt.decode(token, options={"verify_signature": False})
        header_fields = jwt.get_unverified_header(token)
    except jwt.PyJWTError as exc:
        raise AuthFailed(f"malformed token: {exc}") from None
    if header_fields.get("alg") != "RS256":
        raise AuthFailed("algorithm not allowed")
    application_id = unverified.get("application_id")
    if not isinstance(application_id, str) or not application_id:
        raise AuthFailed("no application_id")
    key = await lookup(application_id)
    if key is None:
        raise AuthFailed("unknown application")
    try:
        jwt.decode(
            token,
            key,
            algorithms=["RS256"],
            leeway=LEEWAY,
            options={"require": ["iat", "exp", "application_id"]},
        )
    except jwt.PyJWTError as exc:
        raise AuthFailed(str(exc)) from None
    return application_id
