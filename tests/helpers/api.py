"""Raw HTTP helpers for server tests: RS256 tokens built with pyjwt, httpx clients."""

from __future__ import annotations

import ssl
import time
import uuid
from typing import Any

import httpx
import jwt

from tests.helpers.servers import AppCredentials


def make_token(creds: AppCredentials, **overrides: Any) -> str:
    """A valid API JWT for ``creds``; keyword overrides change or drop (None) claims."""
    now = int(time.time())
    claims: dict[str, Any] = {
        "application_id": creds.application_id,
        "iat": now,
        "jti": str(uuid.uuid4()),
        "exp": now + 900,
    }
    for key, value in overrides.items():
        if value is None:
            claims.pop(key, None)
        else:
            claims[key] = value
    return jwt.encode(claims, creds.private_key_pem, algorithm="RS256")


def tls_context(creds: AppCredentials) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(creds.ca_cert_path))


def raw_client(creds: AppCredentials, token: str | None = None) -> httpx.Client:
    """An httpx client on the API base URL, authorised as ``creds`` unless a token is given."""
    headers = {"Authorization": f"Bearer {token or make_token(creds)}"}
    return httpx.Client(
        base_url=creds.api_url + "/",
        headers=headers,
        verify=tls_context(creds),
        timeout=10.0,
    )
