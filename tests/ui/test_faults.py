"""The main window's "Start a meeting now" against a server that misbehaves in each way
(tests/helpers/faults.py): the window never freezes, the room is asked for once, and
the failure is one plain sentence of launcher/ui/errors.py, details behind the expander."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer
from pytestqt.qtbot import QtBot

from launcher.api import errors
from launcher.core.accounts import Account, AccountStore
from launcher.core.credentials import CredentialStore
from launcher.ui.errors import describe
from launcher.ui.preferences import Preferences
from tests.api.test_faults import APP_ID, private_key
from tests.helpers.faults import FaultServer
from tests.ui.conftest import open_window

#: The client's timeout in these tests (the app's is 10 s): "hang" and "stall" wait it out.
TIMEOUT = 2.0
#: The longest the GUI thread may go without turning its event loop while waiting.
MAX_GAP_MS = 150

CASES: list[tuple[str, str, errors.ApiError]] = [
    # (fault of the POST, how the account reaches the server, the error it must read as)
    ("500", "trusted", errors.ServerError("x")),
    ("503", "trusted", errors.ServerError("x")),
    ("429", "trusted", errors.RateLimited("x")),
    ("reset", "trusted", errors.Offline("x")),
    ("hang", "trusted", errors.Timeout("x")),
    ("stall", "trusted", errors.Timeout("x")),
    ("malformed", "trusted", errors.UnexpectedResponse("x")),
    ("ok", "untrusted", errors.TlsError("x", certificate_problem=True)),
    ("ok", "not-tls", errors.TlsError("x")),
]


@pytest.fixture
def fast_client(monkeypatch: pytest.MonkeyPatch) -> None:
    original = AccountStore.client_for

    def client_for(self: AccountStore, account: Account, *, timeout: float = TIMEOUT) -> Any:
        return original(self, account, timeout=TIMEOUT)

    monkeypatch.setattr(AccountStore, "client_for", client_for)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AccountStore]:
    made = AccountStore(
        config_dir=tmp_path / "c",
        data_dir=tmp_path / "d",
        credentials=CredentialStore(service=f"meeting-launcher-gui-faults-{tmp_path.name}"),
    )
    yield made
    for account in made.accounts():
        made.remove(account.name)


@pytest.mark.parametrize(
    ("fault", "reach", "expected"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES]
)
@pytest.mark.usefixtures("fast_client")
def test_start_a_meeting_against_a_faulty_server(
    qtbot: QtBot,
    tmp_path: Path,
    store: AccountStore,
    preferences: Preferences,
    fault: str,
    reach: str,
    expected: errors.ApiError,
) -> None:
    plain = reach == "not-tls"
    with FaultServer(None if plain else tmp_path / "tls") as server:
        server.script["POST"] = [fault]
        url = "https://" + server.url.split("://", 1)[1]
        trusted = reach == "trusted"
        store.add(
            Account(
                name="Faulty", server_url=url, ca_file=str(server.ca_file) if trusted else None
            ),
            APP_ID,
            private_key().decode(),
            make_default=True,
        )
        window = open_window(qtbot, store, preferences)
        try:
            gaps: list[int] = []
            clock = QElapsedTimer()
            ticker = QTimer()
            ticker.setInterval(10)
            ticker.timeout.connect(lambda: gaps.append(clock.restart()))
            created: list[object] = []
            window.room_created.connect(created.append)
            clock.start()
            ticker.start()
            window.start_button.click()
            qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=int(TIMEOUT * 1000) + 10_000)
            ticker.stop()

            assert created == []
            assert server.count("POST") <= 1  # never asked twice for one click
            if trusted:
                assert server.count("POST") == 1
            summary = window.banner.summary_label.text()
            assert summary == describe(expected).summary
            assert summary.count(".") <= 1 and "\n" not in summary
            assert not re.search(r"HTTP|\b[45]\d\d\b|Traceback|Error\b", summary)
            assert not window.banner.details_view.isVisible()  # details behind the expander
            window.banner.details_button.click()
            assert "POST" in window.banner.details_view.toPlainText()
            assert window.start_button.isEnabled() and not window.start_button.busy
            # The loop kept turning while the call waited (the slow faults wait TIMEOUT).
            assert max(gaps[1:], default=0) < MAX_GAP_MS, f"GUI stalled: {max(gaps)} ms"
            if fault in ("hang", "stall"):
                assert len(gaps) > TIMEOUT * 1000 / 10 / 2
        finally:
            window.context.close()
