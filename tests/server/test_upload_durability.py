"""Files are never served half-written: `meeting-launcher serve` killed (SIGKILL)
in the middle of a recording upload, then started again."""

from __future__ import annotations

import signal
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx

from launcher.api import MeetingsClient
from launcher.server import Store, create_application
from tests.server.test_cli import Served, _free_port
from tests.server.test_recording_upload import SESSION, WEBM

FIRST_CHUNK = WEBM[:1000]


def _add_recording(data_dir: Path, app_id: str, room_id: str) -> str:
    # The store of the running server's data dir, opened beside it (SQLite WAL).
    store = Store(data_dir)
    try:
        row = store.add_recording(app_id, SESSION, room_id=room_id, status="stopped")
    finally:
        store.close()
    return str(row["id"])


def test_upload_cut_by_sigkill_is_never_served_and_is_cleaned(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    port = _free_port()  # the same after the restart: the upload goes on to it
    served = Served(data_dir, port=port)
    try:
        app_id, key = create_application(data_dir, "durability")
        ca = data_dir / "tls" / "cert.pem"
        verify = ssl.create_default_context(cafile=str(ca))
        with MeetingsClient(served.api_url, app_id, key, ca_file=ca) as api:
            room = api.create_room("Durability")
        assert room.host_url is not None
        token = room.host_url.split("participant_token=")[1]
        recording_id = _add_recording(data_dir, app_id, room.id)
        origin = served.api_url.removesuffix("/v1/meetings")
        upload_url = f"{origin}/meeting-api/recordings/{recording_id}"
        folder = data_dir / "recordings"

        # The upload sends its first chunk, then stalls until the server is gone.
        sent_first = threading.Event()
        server_gone = threading.Event()

        def body() -> Iterator[bytes]:
            yield FIRST_CHUNK
            sent_first.set()
            server_gone.wait(30)
            yield WEBM[len(FIRST_CHUNK) :]

        outcome: list[object] = []

        def upload() -> None:
            try:
                outcome.append(
                    httpx.post(
                        upload_url,
                        content=body(),
                        headers={"Authorization": f"Bearer {token}"},
                        verify=verify,
                        timeout=30,
                    )
                )
            except httpx.HTTPError as exc:
                outcome.append(exc)

        uploader = threading.Thread(target=upload)
        uploader.start()
        assert sent_first.wait(10)
        parts = _wait_for(lambda: sorted(folder.glob("*.part")))
        assert len(parts) == 1

        # In progress: the API does not list it as uploaded; its link serves nothing.
        with MeetingsClient(served.api_url, app_id, key, ca_file=ca) as api:
            listed = api.get_recording(recording_id)
        assert listed.status == "stopped"
        link = listed.url
        assert link is not None
        assert httpx.get(link, verify=verify).status_code == 404

        assert served.stop(signal.SIGKILL) == -signal.SIGKILL
        server_gone.set()
        uploader.join(30)
        assert outcome and not isinstance(outcome[0], httpx.Response)
        assert sorted(folder.glob("*.part")) == parts  # the killed server left it

        served = Served(data_dir, port=port)
        assert sorted(folder.glob("*")) == [], "the part file is removed at start"
        with MeetingsClient(served.api_url, app_id, key, ca_file=ca) as api:
            again = api.get_recording(recording_id)
            assert again.status == "stopped"
            assert again.url is not None
            assert httpx.get(again.url, verify=verify).status_code == 404

            # The page uploads again after the restart: complete, so served.
            done = httpx.post(
                upload_url,
                content=WEBM,
                headers={"Authorization": f"Bearer {token}"},
                verify=verify,
                timeout=30,
            )
            assert done.status_code == 201, done.text
            uploaded = api.get_recording(recording_id)
        assert uploaded.status == "uploaded" and uploaded.url is not None
        download = httpx.get(uploaded.url, verify=verify)
        assert download.status_code == 200
        assert download.content == WEBM
        assert download.headers["Content-Type"] == "video/webm"
        assert download.headers["X-Content-Type-Options"] == "nosniff"
        assert [p.name for p in folder.iterdir()] == [f"{recording_id}.webm"]
        assert (folder / f"{recording_id}.webm").stat().st_mode & 0o777 == 0o600
    finally:
        if served.proc.poll() is None:
            served.stop(signal.SIGKILL)


def _wait_for(probe: Callable[[], list[Path]], timeout: float = 10.0) -> list[Path]:
    deadline = time.monotonic() + timeout
    while not (found := probe()):
        assert time.monotonic() < deadline, "nothing appeared"
        time.sleep(0.05)
    return found
