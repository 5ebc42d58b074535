"""Server-held secrets: participant tokens in host URLs, logo upload forms, and
the one-time codes of host-link handoffs (:mod:`launcher.server.handoff`).

One random secret per data dir (``server-secret.key``, mode 0600) is the root;
each use gets its own key derived from it, so a token of one kind can never
pass as another.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import jwt

SECRET_NAME = "server-secret.key"  # noqa: S105 - a file name
_PARTICIPANT_KID = "meeting-launcher-participant"
#: How long a handoff code stays valid, in seconds.
HANDOFF_TTL_SECONDS = 60.0
#: Handoff codes kept at most (the oldest goes first).
MAX_PENDING_HANDOFFS = 256


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


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _compact_json(value: dict[str, Any], *, sort_keys: bool = False) -> bytes:
    return json.dumps(value, separators=(",", ":"), sort_keys=sort_keys).encode()


#: The JWS header of every participant token, encoded once (PyJWT's form: keys sorted).
_PARTICIPANT_HEADER = _b64(
    _compact_json({"alg": "HS256", "kid": _PARTICIPANT_KID, "typ": "JWT"}, sort_keys=True)
)


class ParticipantTokens:
    """Issues and verifies the ``participant_token`` of host URLs (HS256)."""

    def __init__(self, secret: bytes) -> None:
        self._key = derive_key(secret, "participant-token")

    def issue(self, room_id: str, meeting_code: str) -> str:
        """A new host token: an HS256 compact JWS, byte for byte what
        ``jwt.encode(claims, key, "HS256", headers={"kid": ...})`` makes.

        Built here rather than by PyJWT: every room a list shows gets one, and
        PyJWT's per-call key checks cost more than the signature.
        """
        claims = {
            "participantId": str(uuid.uuid4()),
            "room_id": room_id,
            "meeting_code": meeting_code,
            "role": "host",
            "iat": int(time.time()),
        }
        signing_input = f"{_PARTICIPANT_HEADER}.{_b64(_compact_json(claims))}"
        signature = hmac.digest(self._key, signing_input.encode("ascii"), "sha256")
        return f"{signing_input}.{_b64(signature)}"

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


class HandoffUnavailable(Exception):
    """The shared store of handoff codes did not answer."""


class HandoffStore(Protocol):
    """Where pending handoff codes live: this process's memory (:class:`HandoffCodes`)
    or, with ``serve --redis``, Redis (:mod:`launcher.server.handoff_redis`)."""

    async def issue_code(self, target: str) -> str:
        """A new single-use code for ``target`` (a host link's path and query)."""
        ...

    async def redeem_code(self, code: str) -> str | None:
        """The target for ``code``, once; None when unknown, used or expired."""
        ...


@dataclass
class HandoffCodes:
    """Pending single-use codes in this process: code -> (target path and query,
    deadline)."""

    ttl: float = HANDOFF_TTL_SECONDS
    clock: Callable[[], float] = time.monotonic
    _pending: dict[str, tuple[str, float]] = field(default_factory=dict)

    def issue(self, target: str) -> str:
        self._expire()
        while len(self._pending) >= MAX_PENDING_HANDOFFS:
            self._pending.pop(next(iter(self._pending)))  # oldest first
        code = secrets.token_urlsafe(24)
        self._pending[code] = (target, self.clock() + self.ttl)
        return code

    def redeem(self, code: str) -> str | None:
        """The target for ``code``, once; None when unknown, used or expired."""
        entry = self._pending.pop(code, None)
        if entry is None or entry[1] < self.clock():
            return None
        return entry[0]

    async def issue_code(self, target: str) -> str:
        return self.issue(target)

    async def redeem_code(self, code: str) -> str | None:
        return self.redeem(code)

    def _expire(self) -> None:
        now = self.clock()
        for code in [c for c, (_, deadline) in self._pending.items() if deadline < now]:
            del self._pending[code]
