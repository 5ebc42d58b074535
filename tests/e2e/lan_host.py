"""A computer with "guests on my network" on: run inside a network namespace.

    ip netns exec NS python -m tests.e2e.lan_host DATA_DIR

Starts the app's built-in server as the app does in LAN mode (``LocalServer(lan=True)``:
all interfaces, its own certificate, links with this computer's network address),
registers an application, creates a room with the launcher's own client (over
loopback, trusting the server's certificate, as the app does), prints one JSON line
(links, the certificate file, the meeting origin), and serves until stdin closes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from launcher.api import MeetingsClient
from launcher.core.local_server import LocalServer


def main(data_dir: Path) -> None:
    server = LocalServer(data_dir, lan=True)
    server.start()
    try:
        application_id, key = server.create_application("LAN host")
        with MeetingsClient(
            server.api_url, application_id, key, ca_file=str(server.ca_cert_path)
        ) as client:
            room = client.create_room("Reception", join_approval_level="explicit_approval")
        info = {
            "api_url": server.api_url,
            "meeting_origin": server.meeting_origin,
            "ca_file": str(server.ca_cert_path),
            "guest_url": room.guest_url,
            "host_url": room.host_url,
        }
        print(json.dumps(info), flush=True)
        sys.stdin.read()  # until the test closes it
    finally:
        server.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
