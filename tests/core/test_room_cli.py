"""``meeting-launcher new`` in a subprocess: stored accounts, the real keyring, real servers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from launcher.api import MeetingsClient
from launcher.core.accounts import Account, AccountStore
from launcher.core.room_cli import BadInput, parse_expiry
from tests.helpers.servers import AppCredentials

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Private config/data folders for this test and its subprocesses."""
    env = {
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return env


@pytest.fixture
def store(xdg: dict[str, str]) -> Iterator[AccountStore]:
    accounts = AccountStore()  # the same default folders the subprocess uses
    yield accounts
    from launcher.core.local_server import stop_local_server

    stop_local_server()
    for account in accounts.accounts():
        accounts.remove(account.name)


def new(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "launcher", "new", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=dict(os.environ),
        timeout=60,
    )


def _office(store: AccountStore, creds: AppCredentials) -> Account:
    account = Account(
        name="Office",
        server_url=creds.api_url.removesuffix("/v1/meetings"),
        ca_file=str(creds.ca_cert_path),
    )
    return store.add(
        account, creds.application_id, creds.private_key_pem.decode(), make_default=True
    )


def _client(creds: AppCredentials) -> MeetingsClient:
    return MeetingsClient(
        creds.api_url, creds.application_id, creds.private_key_pem, ca_file=creds.ca_cert_path
    )


def test_parse_expiry() -> None:
    now = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)
    assert parse_expiry("2030-01-08T09:30:00Z", now) == datetime(2030, 1, 8, 9, 30, tzinfo=UTC)
    assert parse_expiry("2030-01-08T09:30+02:00", now) == datetime(2030, 1, 8, 7, 30, tzinfo=UTC)
    local = parse_expiry("2030-01-08T09:30", now)  # no offset: this computer's time zone
    assert local == datetime(2030, 1, 8, 9, 30).astimezone().astimezone(UTC)
    for bad in ("next tuesday", "2030-01-01T12:05Z", "2031-06-01T00:00Z"):
        with pytest.raises(BadInput):
            parse_expiry(bad, now)


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["--long-term"], "--long-term needs --expires"),
        (["--expires", "2030-01-01T00:00Z"], "long-term rooms only"),
        (["--long-term", "--expires", "soon"], "cannot read 'soon'"),
        (["--account", "Nope"], "no account named 'Nope'"),
        (["--name", "x" * 201], "at most 200"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    store: AccountStore, app_credentials: AppCredentials, args: list[str], reason: str
) -> None:
    _office(store, app_credentials)
    result = new(*args)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("meeting-launcher new: ")
    assert reason in lines[0]


#: What refusing a bad argument must not load: the HTTP client, the accounts and their
#: keyring, the built-in server, Qt (seconds on a busy or cold machine).
HEAVY = ("httpx", "keyring", "aiohttp", "PySide6", "launcher.api", "launcher.core.accounts")


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["--name", ""], "must not be empty"),
        (["--name", "   "], "must not be empty"),
        (["--name", "x" * 500], "at most 200"),
        (["--long-term", "--expires", "yesterday"], "cannot read"),
    ],
)
def test_bad_arguments_are_refused_before_anything_heavy_starts(
    xdg: dict[str, str], args: list[str], reason: str
) -> None:
    # In a fresh interpreter: main() returns 2 having imported none of HEAVY (so no
    # server, keyring or Qt was started). Not a timing assertion: the modules tell.
    probe = (
        "import sys\n"
        "from launcher.__main__ import main\n"
        f"code = main({['new', *args]!r})\n"
        f"loaded = [m for m in {HEAVY!r} if m in sys.modules]\n"
        "print(code, loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=dict(os.environ),
        timeout=60,
    )
    assert result.stdout.strip() == "2 []", result.stdout + result.stderr
    assert reason in result.stderr


def test_prints_the_guest_link_of_a_new_room(
    store: AccountStore, app_credentials: AppCredentials
) -> None:
    _office(store, app_credentials)
    result = new("--name", "Front desk visitor")
    assert result.returncode == 0, result.stderr
    link = result.stdout.strip()
    with _client(app_credentials) as client:
        rooms = list(client.iter_rooms())
    assert [room.guest_url for room in rooms] == [link]
    assert rooms[0].display_name == "Front desk visitor"
    assert "participant_token" not in result.stdout + result.stderr


def test_long_term_json_is_the_api_response(
    store: AccountStore, app_credentials: AppCredentials
) -> None:
    _office(store, app_credentials)
    expires = (datetime.now(UTC) + timedelta(days=3)).replace(microsecond=0)
    result = new(
        "--account", "Office", "--name", "Weekly", "--long-term", "--json",
        "--expires", expires.isoformat(),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    with _client(app_credentials) as client:
        stored = client.get_room(body["id"])
    assert body["type"] == "long_term" and body["display_name"] == "Weekly"
    assert stored.expires_at == expires
    assert body["_links"]["guest_url"]["href"] == stored.guest_url


def test_this_computer_starts_the_server_for_the_call(store: AccountStore) -> None:
    from launcher.core.local_server import ensure_local_account, stop_local_server

    local = ensure_local_account(store)  # first run, as the app does it
    stop_local_server()  # the app is not running
    result = new("--json")
    assert result.returncode == 0, result.stderr
    room_id = json.loads(result.stdout)["id"]
    assert "only while" in result.stderr and "not running" in result.stderr
    # The room outlives the call: the next start serves it on the remembered port.
    again = ensure_local_account(store)
    assert again.server_url == local.server_url
    with store.client_for(again) as client:
        assert client.get_room(room_id).type == "instant"


def test_this_computer_uses_the_running_server(store: AccountStore) -> None:
    from launcher.core.local_server import current_server, ensure_local_account

    local = ensure_local_account(store)  # the app's server, running in this process
    result = new()
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().startswith(local.meeting_origin + "/")
    assert "not running" not in result.stderr and "only while" in result.stderr
    # A loopback link: said before anyone pastes it, with the ways forward.
    assert "opens only on this computer" in result.stderr
    assert "local network" in result.stderr and "account add" in result.stderr
    server = current_server()
    assert server is not None and server.running
    with store.client_for(local) as client:
        assert [room.guest_url for room in client.iter_rooms()] == [result.stdout.strip()]
