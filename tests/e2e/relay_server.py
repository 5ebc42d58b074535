"""The meeting server on the "public" network: run inside a namespace.

    ip netns exec NS python -m tests.e2e.relay_server DATA_DIR HOST TURN_URI SECRET_FILE

Starts two built-in servers on HOST over HTTPS (one self-signed certificate): one handing admitted
participants TURN credentials for TURN_URI (the secret read from SECRET_FILE, as serve
does), one without a relay. Prints one JSON line {ca_file, relay: {guest_url, host_url},
direct: {...}}, then one more room pair per line read from stdin; stops at EOF.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from launcher.api import MeetingsClient
from launcher.server import BuiltinServer, ServerConfig, create_application
from launcher.server.turn import TurnRelay


def main(data_dir: Path, host: str, turn_uri: str, secret_file: Path) -> None:
    relay = TurnRelay((turn_uri,), secret_file.read_text().strip())
    servers = {
        "relay": BuiltinServer(
            ServerConfig(data_dir / "relay", host=host, tls="self-signed", turn_relay=relay)
        ),
        "direct": BuiltinServer(ServerConfig(data_dir / "direct", host=host, tls="self-signed")),
    }
    clients: dict[str, MeetingsClient] = {}
    try:
        for kind, server in servers.items():
            if kind == "direct":  # one certificate for both: the browsers trust one CA
                shutil.copytree(data_dir / "relay" / "tls", data_dir / "direct" / "tls")
            server.start()
            app_id, key = create_application(server.config.data_dir, kind)
            ca = str(server.ca_cert_path)
            clients[kind] = MeetingsClient(server.api_url, app_id, key, ca_file=ca)

        def rooms() -> dict[str, dict[str, str | None]]:
            out: dict[str, dict[str, str | None]] = {}
            for kind, client in clients.items():
                room = client.create_room("Across", join_approval_level="none")
                out[kind] = {"guest_url": room.guest_url, "host_url": room.host_url}
            return out

        ca_file = str(servers["relay"].ca_cert_path)
        print(json.dumps({"ca_file": ca_file, **rooms()}), flush=True)
        for _line in sys.stdin:
            print(json.dumps(rooms()), flush=True)
    finally:
        for client in clients.values():
            client.close()
        for server in servers.values():
            server.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], sys.argv[3], Path(sys.argv[4]))
