"""First run: the "This computer" account on the in-process built-in server."""

from __future__ import annotations

import logging
import socket
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
from jeepney.io.blocking import DBusConnection

from launcher.core import local_server
from launcher.core.accounts import AccountStore
from launcher.core.credentials import CredentialStore
from launcher.core.reach import Audience, Reach, reach_of_account
from tests.core.conftest import keyring_items
from tests.core.leaks import assert_no_secret_in


@pytest.fixture
def store(dirs: dict[str, Path], creds: CredentialStore) -> Iterator[AccountStore]:
    yield AccountStore(dirs["config"], dirs["data"], creds)
    local_server.stop_local_server()


def test_first_run_creates_a_working_default_account(
    store: AccountStore, dirs: dict[str, Path], secret_service: DBusConnection
) -> None:
    assert store.accounts() == []
    account = local_server.ensure_local_account(store)
    assert account.is_local
    assert store.default() == account
    assert account.server_url.startswith("http://127.0.0.1:")
    server = local_server.current_server()
    assert server is not None and server.origin == account.server_url

    client = store.client_for(account)
    try:
        room = client.create_room("Reception")
        assert room.guest_url is not None
        assert room.guest_url.startswith(account.meeting_origin + "/")
    finally:
        client.close()

    application_id, private_key_pem = store.secrets(account)
    # The private key is nowhere on disk; the application id only in the server's own
    # database (it needs it to check tokens), not in the launcher's settings.
    assert_no_secret_in([dirs["config"], dirs["data"], dirs["cache"]], private_key_pem)
    assert_no_secret_in([dirs["config"], dirs["cache"]], application_id)

    # Next start: same port, same account, the room is still there.
    port = server.port
    local_server.stop_local_server()
    again = AccountStore(dirs["config"], dirs["data"], store.credentials)
    assert local_server.ensure_local_account(again) == account
    restarted = local_server.current_server()
    assert restarted is not None and restarted.port == port
    with again.client_for(account) as client:
        assert [r.id for r in client.list_rooms(page_size=10).rooms] == [room.id]

    again.remove(account.name)
    assert keyring_items(secret_service, store.credentials.service) == []


def test_taken_port_falls_back_to_a_free_one_and_says_so(
    store: AccountStore, caplog: pytest.LogCaptureFixture
) -> None:
    first = local_server.ensure_local_account(store)
    server = local_server.current_server()
    assert server is not None
    old_port = server.port
    local_server.stop_local_server()

    blocker = socket.socket()
    try:
        blocker.bind(("127.0.0.1", old_port))
        blocker.listen(1)
        with caplog.at_level(logging.WARNING, logger="launcher.core.local_server"):
            moved = local_server.ensure_local_account(store)
    finally:
        blocker.close()
    assert f"port {old_port} unavailable" in caplog.text
    assert moved.key == first.key
    assert moved.server_url != first.server_url
    new_port = store.settings.load()["local_server"]["port"]
    assert moved.server_url == f"http://127.0.0.1:{new_port}"
    with store.client_for(moved) as client:
        client.list_rooms(page_size=1)
    store.remove(moved.name)


def test_other_accounts_only_start_nothing(store: AccountStore, rsa_2048_pem: str) -> None:
    from launcher.core.accounts import Account

    office = store.add(
        Account(name="Office", server_url="https://meet.office.lan"),
        "0b4c6a3e-8f7e-4d6f-9a55-3d4f0f3a2b1c",
        rsa_2048_pem,
    )
    assert local_server.ensure_local_account(store) == office
    assert local_server.current_server() is None
    store.remove("Office")


def test_lost_keyring_secrets_are_replaced(store: AccountStore) -> None:
    account = local_server.ensure_local_account(store)
    store.credentials.delete(account.key)
    repaired = local_server.ensure_local_account(store)
    assert repaired.key == account.key
    with store.client_for(repaired) as client:
        client.list_rooms(page_size=1)
    store.remove(repaired.name)


def test_guests_on_my_network_applies_at_once(store: AccountStore) -> None:
    """The switch restarts the running server on all interfaces with its certificate, on
    the same port; the account follows, and new links name this computer's address."""
    account = local_server.ensure_local_account(store)
    server = local_server.current_server()
    assert server is not None
    port = server.port
    assert reach_of_account(account).audience is Audience.COMPUTER

    lan = local_server.apply_local_network(store, True)
    assert lan is not None and store.get(account.name) == lan
    assert lan.server_url == f"https://127.0.0.1:{port}" and lan.ca_file
    address = local_server.lan_address()
    assert lan.meeting_origin == f"https://{address or '127.0.0.1'}:{port}"
    with store.client_for(lan) as client:  # over TLS, trusting the server's certificate
        room = client.create_room("On the network")
    assert room.guest_url is not None and room.guest_url.startswith(lan.meeting_origin + "/")
    if address is not None:
        assert reach_of_account(lan) == Reach(Audience.NETWORK)
        # Listening on this computer's network address too, with a certificate naming it.
        context = ssl.create_default_context(cafile=lan.ca_file)
        with (
            socket.create_connection((address, port), timeout=5) as raw,
            context.wrap_socket(raw, server_hostname=address),
        ):
            pass

    back = local_server.apply_local_network(store, False)
    assert back is not None and back.server_url == f"http://127.0.0.1:{port}"
    assert back.ca_file is None and reach_of_account(back).audience is Audience.COMPUTER
    with store.client_for(back) as client:
        assert room.id in [r.id for r in client.list_rooms(page_size=10).rooms]


def test_guests_on_my_network_without_a_running_server_waits_for_the_start(
    store: AccountStore,
) -> None:
    assert local_server.apply_local_network(store, True) is None
    assert store.settings.load()["local_server"]["lan"] is True
