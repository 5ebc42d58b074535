"""How many video senders a mesh meeting handles well (``serve --mesh-video-senders``):
the number reaches every admitted page in signalling's ``joined``, from a real ``serve``
process and from the app's own "This computer" server (the default); bad values stop
``serve`` with one line, exit 2. The page's warning itself: tests/web/test_mesh_warning.py.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from launcher.__main__ import build_parser
from launcher.api import MeetingsClient
from launcher.core.local_server import LocalServer
from launcher.server import create_application
from launcher.server.cli import cmd_serve
from launcher.server.config import MAX_MESH_VIDEO_SENDERS, MESH_VIDEO_SENDERS
from tests.helpers.caddy import free_port
from tests.server.test_serve_ops import Serve, fails, run

TIMEOUT = 10.0


def joined_messages(origin: str, meeting_code: str, host_token: str) -> list[dict[str, Any]]:
    """``joined`` as a host's page and then a guest's page get it from ``origin``."""

    sockets: list[aiohttp.ClientWebSocketResponse] = []  # the host stays in

    async def hello(http: aiohttp.ClientSession, **fields: str) -> dict[str, Any]:
        ws = await http.ws_connect(origin + "/meeting-ws")
        sockets.append(ws)
        await ws.send_str(json.dumps({"type": "hello", "meeting_code": meeting_code, **fields}))
        while True:
            message: dict[str, Any] = json.loads(await ws.receive_str(timeout=TIMEOUT))
            assert message["type"] in ("welcome", "joined"), message
            if message["type"] == "joined":
                return message

    async def main() -> list[dict[str, Any]]:
        async with aiohttp.ClientSession() as http:
            host = await hello(http, name="Hana", participant_token=host_token)
            guest = await hello(http, name="Gus")  # let in: the host is there
            return [host, guest]

    return asyncio.run(main())


def pages_get(origin: str, data_dir: Path) -> list[int]:
    """``mesh_video_senders`` in the ``joined`` of a host and a guest of a new room."""
    application_id, key = create_application(data_dir, "mesh")
    with MeetingsClient(origin + "/v1/meetings", application_id, key) as client:
        room = client.create_room("Mesh", join_approval_level="after_owner_only")
    assert room.host_url is not None and room.meeting_code is not None
    token = room.host_url.split("participant_token=")[1]
    return [m["mesh_video_senders"] for m in joined_messages(origin, room.meeting_code, token)]


def test_serve_hands_its_setting_to_every_page_in_the_meeting(tmp_path: Path) -> None:
    serve = Serve(tmp_path, "--data-dir", str(tmp_path / "d"), "--mesh-video-senders", "3")
    try:
        assert pages_get(serve.origin, tmp_path / "d") == [3, 3]
    finally:
        assert serve.stop() == 0
    # From the config file too, and --check says what hosts get.
    config = tmp_path / "serve.toml"
    config.write_text("mesh_video_senders = 7\n")
    base = ("serve", "--check", "--data-dir", str(tmp_path / "d"), "--port", str(free_port()))
    result = run(*base, "--config", str(config))
    assert result.returncode == 0, result.stderr
    assert "video senders:   hosts are warned above 7 cameras on" in result.stdout
    result = run(*base, "--config", str(config), "--mesh-video-senders", "2")  # option wins
    assert "hosts are warned above 2 cameras on" in result.stdout, result.stderr
    assert f"above {MESH_VIDEO_SENDERS} cameras on" in run(*base).stdout


def test_the_app_s_own_server_uses_the_default(tmp_path: Path) -> None:
    local = LocalServer(tmp_path / "local")
    local.start()
    try:
        assert pages_get(local.origin, tmp_path / "local") == [MESH_VIDEO_SENDERS] * 2
    finally:
        local.stop()
    assert MESH_VIDEO_SENDERS == 4


def refused(value: object) -> str:
    return (
        "meeting-launcher: mesh_video_senders must be a whole number from 1 to "
        f"{MAX_MESH_VIDEO_SENDERS} (people sending video before hosts are warned), not {value!r}"
    )


def test_serve_refuses_a_bad_number_with_one_line(tmp_path: Path) -> None:
    data = tmp_path / "d"
    port = str(free_port())
    (line,) = fails("serve", "--data-dir", str(data), "--port", port, "--mesh-video-senders", "0")
    assert line == refused("0")
    assert not data.exists()  # nothing started, nothing written


@pytest.mark.parametrize(
    "value", ["-1", "abc", "2.5", "", "+3", "3 people", str(MAX_MESH_VIDEO_SENDERS + 1)]
)
def test_every_bad_number_is_refused_the_same_way(
    tmp_path: Path, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "d"
    # The command line's own parser and handler, in this process (a new one costs seconds).
    args = ["serve", "--data-dir", str(data), "--port", str(free_port())]
    assert cmd_serve(build_parser().parse_args([*args, "--mesh-video-senders", value])) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.splitlines() == [refused(value)]
    assert not data.exists()


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        ('mesh_video_senders = "four"', "mesh_video_senders must be an integer"),
        ("mesh_video_senders = true", "mesh_video_senders must be an integer"),
        ("mesh_video_senders = 0", "mesh_video_senders must be a whole number from 1 to"),
    ],
)
def test_the_config_file_s_bad_values_too(tmp_path: Path, toml: str, expected: str) -> None:
    config = tmp_path / "serve.toml"
    config.write_text(toml + "\n")
    (line,) = fails("serve", "--check", "--config", str(config), "--data-dir", str(tmp_path))
    assert expected in line, line
