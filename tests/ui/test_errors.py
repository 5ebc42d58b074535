"""Every client error maps to one sentence for people, with the technical part kept for Details."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from launcher.api import errors as api
from launcher.core.credentials import KeyringUnavailable
from launcher.ui.errors import describe

CASES = [
    (api.Offline("connection refused", method="POST", path="/rooms"), "could not be reached"),
    (api.TlsError("bad cert", certificate_problem=True), "certificate is not trusted"),
    (api.TlsError("handshake"), "secure connection"),
    (api.Timeout("read timeout"), "too long"),
    (api.AuthError("You did not provide correct credentials", status=401), "did not accept"),
    (api.QuotaExceeded("Maximum number of rooms", status=403), "limit"),
    (api.Forbidden("no", status=403), "did not allow"),
    (api.NotFound("Room not found", status=404), "no longer exists"),
    (api.Conflict("taken", status=409), "already taken"),
    (api.InvalidRequest("bad", status=400, field_errors={"expires_at": "x"}), "highlighted"),
    (api.InvalidRequest("bad", status=400), "did not accept the request"),
    (api.RateLimited("slow down", status=429), "busy"),
    (api.ServerError("boom", status=500), "problem"),
    (api.UnexpectedResponse("not json", status=200), "not understood"),
    (KeyringUnavailable("locked", "The keyring is locked."), "keyring"),
    (OSError("disk full"), "file could not be read"),
    (RuntimeError("surprise"), "Something went wrong"),
]


@pytest.mark.parametrize(("error", "words"), CASES)
def test_one_sentence_each(qtbot: QtBot, error: BaseException, words: str) -> None:
    text = describe(error)
    assert words in text.summary
    assert "\n" not in text.summary and text.summary.endswith(".")
    assert text.summary.count(". ") == 0  # one sentence
    assert text.details  # something for the Details expander


def test_details_hold_the_request_and_status(qtbot: QtBot) -> None:
    error = api.NotFound("Room abc not found", status=404, method="GET", path="/rooms/abc")
    details = describe(error).details
    assert "GET /rooms/abc" in details and "404" in details and "Room abc not found" in details


def test_local_server_wording(qtbot: QtBot) -> None:
    text = describe(api.Offline("refused"), local_server=True)
    assert "this computer" in text.summary and "restart Meeting Launcher" in text.summary
