"""At most ``max_video_senders`` cameras on in any room (issue 18; 25 by default), here in
a mesh (no Janus configured): the next camera is refused (``video-refused``), a newcomer
is told in ``joined.video_full``, and SFU frames get ``not_sfu``. ``serve`` takes
``--max-video-senders`` and the Janus options, refusing bad ones with one line.
The same limit with Janus: tests/server/test_sfu.py."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from launcher.__main__ import build_parser
from launcher.api import MeetingsClient
from launcher.server import create_application
from launcher.server.cli import cmd_serve
from tests.helpers.caddy import free_port
from tests.helpers.servers import start_server
from tests.server.test_serve_ops import fails, run

TIMEOUT = 10.0


async def next_of(ws: aiohttp.ClientWebSocketResponse, kind: str) -> dict[str, Any]:
    while True:
        message: dict[str, Any] = json.loads(await ws.receive_str(timeout=TIMEOUT))
        if message["type"] == kind:
            return message


def test_a_mesh_room_refuses_the_camera_over_the_limit(tmp_path: Path) -> None:
    server = start_server(tmp_path / "d", max_video_senders=2)
    try:
        app_id, key = create_application(tmp_path / "d", "limit")
        ca = str(server.ca_cert_path)
        with MeetingsClient(server.api_url, app_id, key, ca_file=ca) as client:
            room = client.create_room("Limit")
        assert room.meeting_code is not None
        code = room.meeting_code

        async def scenario() -> None:
            connector = aiohttp.TCPConnector(ssl=False)
            async with aiohttp.ClientSession(connector=connector) as http:
                sockets = []
                joined = []
                for name in ("A", "B", "C"):
                    ws = await http.ws_connect(server.origin + "/meeting-ws")
                    await ws.send_json(
                        {"type": "hello", "meeting_code": code, "name": name,
                         "media": {"audio": True, "video": True}}
                    )  # fmt: skip
                    joined.append(await next_of(ws, "joined"))
                    sockets.append(ws)
                a, b, c = sockets
                assert [j["video_full"] for j in joined] == [False, False, True]
                assert {j["video_senders_max"] for j in joined} == {2}
                assert {j["sfu"] for j in joined} == {"unconfigured"}
                assert {j["media_mode"] for j in joined} == {"mesh"}
                # C joined with the camera off; turning it on is refused.
                await c.send_json({"type": "media", "audio": True, "video": True})
                assert await next_of(c, "video-refused") == {
                    "type": "video-refused", "reason": "full", "max": 2,
                }  # fmt: skip
                seen = await next_of(a, "peer-media")
                assert seen["id"] and seen["video"] is False
                # B turns it off: now C may.
                await b.send_json({"type": "media", "audio": True, "video": False})
                await next_of(a, "peer-media")
                await c.send_json({"type": "media", "audio": True, "video": True})
                seen = await next_of(a, "peer-media")
                assert seen["video"] is True
                # No Janus here: SFU frames are answered plainly.
                await a.send_json({"type": "sfu-unpublish"})
                assert (await next_of(a, "sfu-error"))["code"] == "not_sfu"
                for ws in sockets:
                    await ws.close()

        asyncio.run(scenario())
    finally:
        server.stop()


def test_serve_checks_the_new_options(tmp_path: Path) -> None:
    data = tmp_path / "d"
    port = str(free_port())
    base = ("serve", "--data-dir", str(data), "--port", port)
    (line,) = fails(*base, "--max-video-senders", "0")
    assert "max_video_senders must be a whole number from 1 to 100" in line
    (line,) = fails(*base, "--sfu-url", "ws://127.0.0.1:8188")
    assert "sfu_url needs sfu_admin_key_file" in line
    (line,) = fails(*base, "--sfu-admin-key-file", str(tmp_path / "k"))
    assert "sfu_admin_key_file needs sfu_url" in line
    key = tmp_path / "key"
    key.write_text("a-long-enough-admin-key\n")
    (line,) = fails(*base, "--sfu-url", "http://127.0.0.1:8188", "--sfu-admin-key-file", str(key))
    assert "sfu_url must be Janus' WebSocket API" in line
    (line,) = fails(
        *base, "--sfu-url", "ws://127.0.0.1:8188", "--sfu-admin-key-file", str(tmp_path / "no")
    )
    assert "SFU admin key secret file not found" in line
    assert not data.exists()
    result = run("serve", "--check", *base[1:], "--max-video-senders", "7")
    assert result.returncode == 0, result.stderr
    assert "at most 7 cameras on in a room" in result.stdout
    assert "SFU:             none" in result.stdout


@pytest.mark.parametrize("value", ["-1", "abc", "101"])
def test_bad_limits_are_one_line(
    tmp_path: Path, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["serve", "--data-dir", str(tmp_path / "d"), "--port", str(free_port())]
    assert cmd_serve(build_parser().parse_args([*args, "--max-video-senders", value])) == 2
    _out, err = capsys.readouterr()
    assert len(err.splitlines()) == 1 and "max_video_senders" in err
