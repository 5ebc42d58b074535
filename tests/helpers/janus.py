"""Real Janus for tests: the shipped packaging/server/janus/ configuration with the test's
ports, folders and admin key filled in, run inside a network namespace (Janus offers no
loopback ICE candidates, so media needs the namespace's 198.18.0.0/15 address).

    with netns_pair() as (a, b):
        janus = Janus(a, tmp_path / "janus", admin_key=secrets.token_hex(16))
        janus.url                # ws://127.0.0.1:8188: the API, on a's loopback only
        ...                      # the meeting server in a (netns.call_in(a.name, server.start))
        janus.stop(); janus.start()   # "Janus restarted mid-meeting"
        janus.close()

The admin key goes into the config folder (mode 0700, the key's file 0600), never on a
command line. The API listens on the namespace's 127.0.0.1 only: reach it from a thread
in that namespace (tests/helpers/netns.py ``call_in``/``NetnsLoop``).
"""

from __future__ import annotations

import asyncio
import json
import re
import secrets
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

import aiohttp

from tests.helpers.caddy import REPO
from tests.helpers.netns import Netns, call_in

SHIPPED = REPO / "packaging" / "server" / "janus"
JANUS = "/usr/bin/janus"
CONFIG_FILES = ("janus.jcfg", "janus.plugin.videoroom.jcfg", "janus.transport.websockets.jcfg")


def _set(text: str, key: str, value: str) -> str:
    """``key = ...`` (commented out or not) set to ``value`` in a jcfg text, once."""
    pattern = re.compile(rf"^(\s*)#?{re.escape(key)} = .*$", re.MULTILINE)
    new, count = pattern.subn(lambda m: f"{m.group(1)}{key} = {value}", text, count=1)
    if count != 1:
        raise AssertionError(f"{key} not found in a shipped Janus config")
    return new


def write_config(
    folder: Path,
    *,
    admin_key: str,
    ws_port: int,
    rtp_ports: tuple[int, int],
    write_key: bool = True,
) -> Path:
    """The shipped files, filled in, in ``folder`` (made 0700); the main file's path.
    Without ``write_key`` the admin key's include is missing, as when an operator forgot it."""
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o700)
    main = (SHIPPED / "janus.jcfg").read_text()
    main = _set(main, "configs_folder", json.dumps(str(folder)))
    main = _set(main, "rtp_port_range", json.dumps(f"{rtp_ports[0]}-{rtp_ports[1]}"))
    main = _set(main, "debug_level", "4")
    (folder / "janus.jcfg").write_text(main)
    ws = (SHIPPED / "janus.transport.websockets.jcfg").read_text()
    (folder / "janus.transport.websockets.jcfg").write_text(_set(ws, "ws_port", str(ws_port)))
    room = (SHIPPED / "janus.plugin.videoroom.jcfg").read_text()
    key_file = folder / "videoroom-admin-key.jcfg"
    shipped_include = '@include "/etc/janus/videoroom-admin-key.jcfg"'
    assert shipped_include in room, "the shipped VideoRoom config includes its admin key file"
    room = room.replace(shipped_include, f'@include "{key_file}"')
    (folder / "janus.plugin.videoroom.jcfg").write_text(room)
    if write_key:
        key_file.touch(mode=0o600)
        key_file.write_text(f"admin_key = {json.dumps(admin_key)}\n")
    return folder / "janus.jcfg"


class Janus:
    """``janus`` inside ``netns``: API on that namespace's 127.0.0.1:``ws_port``, media
    on its veth address (``netns.address``) and UDP ``rtp_ports``. Started on creation
    unless ``start`` is False ("Janus unreachable when the server starts"); without
    ``key_file`` its VideoRoom config fails to load (the admin key's include is missing)."""

    def __init__(
        self,
        netns: Netns,
        workdir: Path,
        *,
        admin_key: str | None = None,
        ws_port: int = 8188,
        rtp_ports: tuple[int, int] = (20000, 20999),
        start: bool = True,
        key_file: bool = True,
    ) -> None:
        self.netns = netns
        self.workdir = workdir
        self.admin_key = admin_key if admin_key is not None else secrets.token_hex(16)
        self.ws_port = ws_port
        self.url = f"ws://127.0.0.1:{ws_port}"
        self.config = write_config(
            workdir / "conf",
            admin_key=self.admin_key,
            ws_port=ws_port,
            rtp_ports=rtp_ports,
            write_key=key_file,
        )
        self.log_path = workdir / "janus.log"
        self.proc: subprocess.Popen[str] | None = None
        if start:
            self.start()

    def start(self, timeout: float = 30) -> None:
        """Start Janus (again) and return once its API accepts connections."""
        if self.proc is not None and self.proc.poll() is None:
            return
        with self.log_path.open("a") as log:
            self.proc = self.netns.popen(
                [JANUS, "--config", str(self.config), "--configs-folder",
                 str(self.config.parent), "--disable-colors"],
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            )  # fmt: skip
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"janus exited {self.proc.returncode}: {self.log()[-3000:]}")
            if self.api_answers():
                return
            time.sleep(0.2)
        self.stop()
        raise AssertionError(f"janus did not start within {timeout} s: {self.log()[-3000:]}")

    def api_answers(self) -> bool:
        def probe() -> bool:
            try:
                socket.create_connection(("127.0.0.1", self.ws_port), 2).close()
            except OSError:
                return False
            return True

        return call_in(self.netns.name, probe, timeout=10)

    def stop(self, *, kill: bool = False) -> None:
        """Stop Janus (SIGKILL with ``kill``: "the media server died"); idempotent."""
        proc = self.proc
        if proc is None or proc.poll() is not None:
            return
        if kill:
            proc.kill()
        else:
            proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    def restart(self, *, kill: bool = False) -> None:
        self.stop(kill=kill)
        self.start()

    def close(self) -> None:
        self.stop()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def request(
        self, body: dict[str, Any], timeout: float = 15, *, with_admin_key: bool = True
    ) -> dict[str, Any]:
        """One VideoRoom request (``body`` of a plugin message, the admin key added) on a
        throwaway Janus session; the plugin's answer data. For tests to ask Janus itself
        (``list``, ``exists``, ``listparticipants``), from the namespace."""

        async def ask() -> dict[str, Any]:
            async with (
                aiohttp.ClientSession() as http,
                http.ws_connect(
                    self.url,
                    protocols=("janus-protocol",),
                    timeout=aiohttp.ClientWSTimeout(ws_close=5),
                ) as ws,
            ):

                async def call(message: dict[str, Any]) -> dict[str, Any]:
                    message["transaction"] = secrets.token_hex(8)
                    await ws.send_json(message)
                    while True:
                        reply = await ws.receive_json(timeout=timeout)
                        if reply.get("transaction") == message["transaction"] and (
                            reply.get("janus") != "ack"
                        ):
                            return dict(reply)

                session = await call({"janus": "create"})
                sid = session["data"]["id"]
                handle = await call(
                    {"janus": "attach", "session_id": sid, "plugin": "janus.plugin.videoroom"}
                )
                hid = handle["data"]["id"]
                answer = await call(
                    {"janus": "message", "session_id": sid, "handle_id": hid,
                     "body": {**body, "admin_key": self.admin_key} if with_admin_key else body}
                )  # fmt: skip
                await call({"janus": "destroy", "session_id": sid})
                return dict(answer["plugindata"]["data"])

        def run() -> dict[str, Any]:
            return asyncio.run(ask())

        return call_in(self.netns.name, run, timeout=timeout * 5)

    def rooms(self) -> list[str]:
        """The ids of the VideoRoom rooms that exist now (asked with the admin key)."""
        return [str(room["room"]) for room in self.request({"request": "list"})["list"]]
