"""The application JWT: RS256, built once and reused until shortly before it expires."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable

import jwt
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

from launcher.api.errors import AuthError

__all__ = ["TOKEN_LIFETIME", "TOKEN_RENEW_MARGIN", "TokenSource"]

TOKEN_LIFETIME = 900  # seconds; what the Vonage SDKs used
TOKEN_RENEW_MARGIN = 60  # a token this close to expiry is replaced before use


class TokenSource:
    """Signs application tokens and hands out the current one (thread-safe).

    The private key is parsed once; signing happens at most once per ~14 minutes.
    """

    def __init__(
        self,
        application_id: str,
        private_key_pem: bytes | str,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not application_id:
            raise AuthError("the application id is empty")
        self._application_id = application_id
        self._key = _load_rsa_key(private_key_pem)
        self._clock = clock
        self._lock = threading.Lock()
        self._token = ""
        self._expires = 0.0

    @property
    def application_id(self) -> str:
        return self._application_id

    def token(self) -> str:
        """The current token, signing a new one when the old one is about to expire."""
        with self._lock:
            now = self._clock()
            if now >= self._expires - TOKEN_RENEW_MARGIN:
                issued = int(now)
                claims = {
                    "application_id": self._application_id,
                    "iat": issued,
                    "jti": str(uuid.uuid4()),
                    "exp": issued + TOKEN_LIFETIME,
                }
                self._token = jwt.encode(
                    claims, self._key, algorithm="RS256", headers={"typ": "JWT"}
                )
                self._expires = float(issued + TOKEN_LIFETIME)
            return self._token

    def __repr__(self) -> str:
        return f"TokenSource(application_id={self._application_id!r})"


def _load_rsa_key(private_key_pem: bytes | str) -> RSAPrivateKey:
    data = private_key_pem.encode() if isinstance(private_key_pem, str) else private_key_pem
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        # The cause may quote parts of the input; keep it out of the message and the chain.
        raise AuthError("the private key is not a readable unencrypted PEM key") from None
    if not isinstance(key, RSAPrivateKey):
        raise AuthError("the private key is not an RSA key")
    return key
