"""Participant tokens of host URLs: issued without PyJWT, in PyJWT's exact format."""

from __future__ import annotations

import base64
import json
import time

import jwt
import pytest

from launcher.server.tokens import InvalidParticipantToken, ParticipantTokens, derive_key

SECRET = b"s" * 32
KEY = derive_key(SECRET, "participant-token")


def _segment(text: str) -> dict[str, object]:
    value = json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
    assert isinstance(value, dict)
    return value


def test_issued_token_is_what_pyjwt_would_make() -> None:
    token = ParticipantTokens(SECRET).issue("room-1", "123456789")
    header = token.split(".")[0]
    assert _segment(header) == {"alg": "HS256", "kid": "meeting-launcher-participant", "typ": "JWT"}
    claims = jwt.decode(token, KEY, algorithms=["HS256"])
    assert list(claims) == ["participantId", "room_id", "meeting_code", "role", "iat"]
    assert claims["room_id"] == "room-1"
    assert claims["meeting_code"] == "123456789"
    assert claims["role"] == "host"
    assert abs(int(claims["iat"]) - time.time()) < 60
    again = jwt.encode(
        claims, KEY, algorithm="HS256", headers={"kid": "meeting-launcher-participant"}
    )
    assert again == token


def test_each_token_names_a_new_participant() -> None:
    tokens = ParticipantTokens(SECRET)
    first, second = tokens.issue("room-1", "123456789"), tokens.issue("room-1", "123456789")
    assert tokens.verify(first).participant_id != tokens.verify(second).participant_id


def test_token_made_by_pyjwt_still_verifies() -> None:
    """Host links issued before tokens were built by hand keep working."""
    claims = {
        "participantId": "p-1",
        "room_id": "room-1",
        "meeting_code": "123456789",
        "role": "host",
        "iat": 1_700_000_000,
    }
    old = jwt.encode(
        claims, KEY, algorithm="HS256", headers={"kid": "meeting-launcher-participant"}
    )
    verified = ParticipantTokens(SECRET).verify(old, "123456789")
    assert (verified.room_id, verified.participant_id, verified.issued_at) == (
        "room-1",
        "p-1",
        1_700_000_000,
    )


@pytest.mark.parametrize("part", [0, 1, 2])
def test_tampered_token_is_refused(part: int) -> None:
    tokens = ParticipantTokens(SECRET)
    pieces = tokens.issue("room-1", "123456789").split(".")
    other = ParticipantTokens(SECRET).issue("room-2", "987654321").split(".")
    pieces[part] = other[part] if part else _forged_header()
    with pytest.raises(InvalidParticipantToken):
        tokens.verify(".".join(pieces))


def _forged_header() -> str:
    raw = json.dumps({"alg": "none", "typ": "JWT"}).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def test_token_of_another_secret_is_refused() -> None:
    token = ParticipantTokens(b"t" * 32).issue("room-1", "123456789")
    with pytest.raises(InvalidParticipantToken):
        ParticipantTokens(SECRET).verify(token)
