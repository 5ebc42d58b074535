"""Server-held secrets: participant tokens in host URLs and logo upload forms.

One random secret per data dir (``server-secret.key``, mode 0600) is the root;
each use gets its own key derived from it, so a token of one kind can never
pass as another.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jwt

SECRET_NAME = "server-secret.key"  # noqa: S105 - a file name
_PARTICIPANT_KID = "meeting-launcher-participant"


class InvalidParticipantToken(Exception):
    """The participant token is malformed, forged, or for another room."""


@dataclass(frozen=True)
class ParticipantClaims:
    """What a valid host participant token says."""

    room_id: str
    meeting_code: str
    participant_id: str
    role: str  # "host"
    issued_at: int


def load_server_secret(data_dir: Path) -> bytes:
    """The data dir's root secret, created (0600, atomically) on first use."""
    path = data_dir / SECRET_NAME
    try:
        return path.read_bytes()
    except FileNotFoundError:
        pass
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    secret = secrets.token_bytes(32)
    tmp = data_dir / f".{SECRET_NAME}.{os.getpid()}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, secret)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        # link() fails if another process won the race; then its secret counts.
        os.link(tmp, path)
    except FileExistsError:
        pass
    finally:
        tmp.unlink()
    return path.read_bytes()


def derive_key(secret: bytes, purpose: str) -> bytes:
    return hmac.new(secret, purpose.encode(), hashlib.sha256).digest()


class ParticipantTokens:
    """Issues and verifies the ``participant_token`` of host URLs (HS256)."""

    def __init__(self, secret: bytes) -> None:
        self._key = derive_key(secret, "participant-token")

    def issue(self, room_id: str, meeting_code: str) -> str:
        claims = {
            "participantId": str(uuid.uuid4()),
            "room_id": room_id,
            "meeting_code": meeting_code,
            "role": "host",
            "iat": int(time.time()),
        }
        return jwt.encode(claims, self._key, algorithm="HS256", headers={"kid": _PARTICIPANT_KID})

    def verify(self, token: str, meeting_code: str | None = None) -> ParticipantClaims:
        """Check signature and shape; with ``meeting_code``, also that it matches.

        The token has no expiry of its own: it is valid while its room is, which
        the caller checks in the store.
        """
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                self._key,
                algorithms=["HS256"],
                options={"require": ["iat", "room_id", "meeting_code", "participantId"]},
            )
        except jwt.PyJWTError as exc:
            raise InvalidParticipantToken(str(exc)) from None
        if claims.get("role") != "host":
            raise InvalidParticipantToken("not a host token")
        if meeting_code is not None and claims["meeting_code"] != meeting_code:
            raise InvalidParticipantToken("token is for another room")
        return ParticipantClaims(
            room_id=str(claims["room_id"]),
            meeting_code=str(claims["meeting_code"]),
            participant_id=str(claims["participantId"]),
            role="host",
            issued_at=int(claims["iat"]),
        )


def verify_participant_token(
    data_dir: Path, token: str, meeting_code: str | None = None
) -> ParticipantClaims:
    """Verify a host URL's participant token against the data dir's secret.

    Raises InvalidParticipantToken. Inside the server prefer
    ``app[PARTICIPANT_TOKENS].verify(...)``, which does not read the key file.
    """
    return ParticipantTokens(load_server_secret(data_dir)).verify(token, meeting_code)


class UploadSigner:
    """HMAC signatures of logo upload forms (our stand-in for S3 policies)."""

    def __init__(self, secret: bytes) -> None:
        self._key = derive_key(secret, "logo-upload-form")

    def sign(self, policy: str) -> str:
        return hmac.new(self._key, policy.encode(), hashlib.sha256).hexdigest()

    def check(self, policy: str, signature: str) -> bool:
        return hmac.compare_digest(self.sign(policy), signature)
