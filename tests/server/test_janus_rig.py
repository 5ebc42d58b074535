"""The Janus test rig (tests/helpers/janus.py) runs the shipped packaging/server/janus/
files for real: API on the namespace's loopback only, the admin key required to make a
room, string ids, and a restart that comes back."""

from __future__ import annotations

import secrets
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.janus import Janus
from tests.helpers.netns import Netns, call_in, netns_pair


@pytest.fixture(scope="module")
def janus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Janus, Netns]]:
    with netns_pair() as (a, b):
        rig = Janus(a, tmp_path_factory.mktemp("janus"), admin_key=secrets.token_hex(16))
        try:
            yield rig, b
        finally:
            rig.close()


def test_config_folder_is_private_and_argv_has_no_key(janus: tuple[Janus, Netns]) -> None:
    rig, _ = janus
    assert rig.config.parent.stat().st_mode & 0o077 == 0
    assert (rig.config.parent / "videoroom-admin-key.jcfg").stat().st_mode & 0o077 == 0
    assert rig.proc is not None
    cmdline = Path(f"/proc/{rig.proc.pid}/cmdline").read_bytes()
    assert rig.admin_key.encode() not in cmdline


def test_rooms_need_the_admin_key_and_take_string_ids(janus: tuple[Janus, Netns]) -> None:
    rig, _ = janus
    room = f"test-{secrets.token_hex(4)}"
    missing = rig.request({"request": "create", "room": room}, with_admin_key=False)
    assert missing.get("error_code") == 429, missing  # JANUS_VIDEOROOM_ERROR_MISSING_ELEMENT
    wrong = rig.request(
        {"request": "create", "room": room, "admin_key": "wrong"}, with_admin_key=False
    )
    assert wrong.get("error_code") == 433, wrong  # JANUS_VIDEOROOM_ERROR_UNAUTHORIZED
    created = rig.request({"request": "create", "room": room})
    assert created.get("videoroom") == "created", created
    assert room in rig.rooms()
    gone = rig.request({"request": "destroy", "room": room})
    assert gone.get("videoroom") == "destroyed", gone
    assert room not in rig.rooms()


def test_api_listens_on_the_namespace_loopback_only(janus: tuple[Janus, Netns]) -> None:
    rig, other = janus

    def reach() -> bool:
        try:
            socket.create_connection((rig.netns.address, rig.ws_port), 3).close()
        except OSError:
            return False
        return True

    assert not call_in(rig.netns.name, reach)  # not on its own veth address
    assert not call_in(other.name, reach)  # nor from the other network


def test_restart_comes_back(janus: tuple[Janus, Netns]) -> None:
    rig, _ = janus
    rig.stop(kill=True)
    assert not rig.api_answers()
    rig.start()
    assert rig.api_answers()
    assert isinstance(rig.rooms(), list)
