"""Verification of the API's bearer JWTs (RS256, per-application public keys)."""

from __future__ import annotations

import base64
import binascii
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key

from launcher.server import jsonsafe

#: Allowed clock difference between client and server, in seconds.
LEEWAY = 30
#: The longest a token may live (``exp - iat``), in seconds: a leaked token is
#: useless after a day at most. Clients sign a fresh one instead (the launcher's
#: own lives 15 minutes, like the Vonage SDKs').
MAX_TOKEN_LIFETIME = 24 * 3600
#: The longest header or claims segment of a token read (before its signature
#: is checked), and how deeply it may nest.
MAX_SEGMENT = 4096
MAX_SEGMENT_DEPTH = 4
#: Verified tokens remembered per server (clients reuse one token for minutes).
CACHE_SIZE = 4096

KeyLookup = Callable[[str], Awaitable[RSAPublicKey | None]]


class AuthFailed(Exception):
    """The request did not carry a valid token (the reason is only logged)."""


def load_public_key(pem: str) -> RSAPublicKey:
    key = load_pem_public_key(pem.encode())
    if not isinstance(key, RSAPublicKey):
        raise ValueError("application key is not RSA")
    return key


def _segment(text: str) -> dict[str, Any]:
    try:
        if len(text) > MAX_SEGMENT:
            raise AuthFailed("token segment too long")
        value = jsonsafe.loads(
            base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)),
            max_bytes=MAX_SEGMENT,
            max_depth=MAX_SEGMENT_DEPTH,
        )
    except (binascii.Error, ValueError) as exc:
        raise AuthFailed(f"malformed token: {exc}") from None
    if not isinstance(value, dict):
        raise AuthFailed("malformed token")
    return value


class TokenVerifier:
    """Checks ``Authorization`` headers; remembers tokens it has verified.

    Only RS256 is accepted and only with the application's own public key, so
    ``alg: none`` and HS256 "signed" with the public key both fail. ``iat`` and
    ``exp`` are required; a token issued in the future (beyond :data:`LEEWAY`)
    or living longer than :data:`MAX_TOKEN_LIFETIME` fails. A remembered
    token is still refused once its ``exp`` has passed.
    """

    def __init__(self, lookup: KeyLookup) -> None:
        self._lookup = lookup
        self._verified: OrderedDict[str, tuple[str, float]] = OrderedDict()

    async def verify(self, header: str | None) -> str:
        """The application id the header's token proves; AuthFailed otherwise."""
        if not header or not header.startswith("Bearer "):
            raise AuthFailed("no bearer token")
        token = header[len("Bearer ") :].strip()
        known = self._verified.get(token)
        if known is not None:
            application_id, expires = known
            if time.time() < expires + LEEWAY:
                self._verified.move_to_end(token)
                return application_id
            del self._verified[token]
        application_id, expires = await self._verify_new(token)
        self._verified[token] = (application_id, expires)
        if len(self._verified) > CACHE_SIZE:
            self._verified.popitem(last=False)
        return application_id

    def expiry(self, header: str | None) -> float | None:
        """When a token :meth:`verify` accepted expires (epoch seconds), else None."""
        token = (header or "")[len("Bearer ") :].strip()
        known = self._verified.get(token)
        return known[1] if known is not None else None

    async def _verify_new(self, token: str) -> tuple[str, float]:
        parts = token.split(".")
        if len(parts) != 3:
            raise AuthFailed("malformed token")
        if _segment(parts[0]).get("alg") != "RS256":
            raise AuthFailed("algorithm not allowed")
        application_id = _segment(parts[1]).get("application_id")
        if not isinstance(application_id, str) or not application_id:
            raise AuthFailed("no application_id")
        key = await self._lookup(application_id)
        if key is None:
            raise AuthFailed("unknown application")
        try:
            claims = jwt.decode(
                token,
                key,
                algorithms=["RS256"],
                leeway=LEEWAY,
                options={"require": ["iat", "exp", "application_id"]},
            )
        except jwt.PyJWTError as exc:
            raise AuthFailed(str(exc)) from None
        issued, expires = claims["iat"], claims["exp"]
        if float(issued) > time.time() + LEEWAY:
            raise AuthFailed("issued in the future")
        if float(expires) - float(issued) > MAX_TOKEN_LIFETIME:
            raise AuthFailed(f"lives longer than {MAX_TOKEN_LIFETIME} s")
        return application_id, float(expires)
