"""The redaction filter: nothing secret-shaped reaches a log handler."""

from __future__ import annotations

import io
import logging
import uuid
from collections.abc import Iterator

import pytest

from launcher import redaction
from launcher.core.credentials import CredentialStore


@pytest.fixture
def captured() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(name)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    redaction.install_redaction(root)
    try:
        yield logging.getLogger("launcher.some.child"), stream
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


def test_patterns_are_redacted_in_child_logger_records(
    captured: tuple[logging.Logger, io.StringIO], rsa_2048_pem: str
) -> None:
    logger, stream = captured
    jwt = "eyJhbGciOiJSUzI1NiJ9.eyJhcHBsaWNhdGlvbl9pZCI6IngifQ.c2lnbmF0dXJlLWJ5dGVz"
    logger.info("header Authorization: Bearer %s sent", "abc.def-ghi")
    logger.info("host link https://m.lan/?room_token=123&participant_token=%s&x=1", jwt)
    logger.warning("key was %s", rsa_2048_pem)
    logger.debug("token %s", jwt)
    text = stream.getvalue()
    assert "abc.def-ghi" not in text
    assert jwt not in text
    assert "participant_token=[redacted]&x=1" in text
    assert "room_token=123" in text  # the meeting code is no secret
    body_line = rsa_2048_pem.splitlines()[1]
    assert body_line not in text
    assert "[redacted PEM]" in text


def test_registered_values_are_redacted_anywhere(
    captured: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, stream = captured
    app_id = str(uuid.uuid4())
    CredentialStore(session_only=True).save("k", app_id, "not-a-pem-but-secret")
    logger.error("failed for %s / %s", app_id, "not-a-pem-but-secret")
    try:
        raise RuntimeError(f"boom {app_id}")
    except RuntimeError:
        logger.exception("with traceback")
    text = stream.getvalue()
    assert app_id not in text
    assert "not-a-pem-but-secret" not in text
    assert "RuntimeError: boom [redacted]" in text


def test_httpx_and_httpcore_stay_at_warning(
    captured: tuple[logging.Logger, io.StringIO],
) -> None:
    assert logging.getLogger("httpx").getEffectiveLevel() == logging.WARNING
    assert logging.getLogger("httpcore").getEffectiveLevel() == logging.WARNING


def test_redact_leaves_ordinary_text_alone() -> None:
    text = "created room 7a3c in 120 ms for account Front desk"
    assert redaction.redact(text) == text
