"""The recording upload answers each body and type the meeting page can send.

The page sends its MediaRecorder's Blob with the recorder's type as
``Content-Type``. What decides is the file (its EBML header), never the type:
every spelling a browser's recorder gives for WebM is taken, no type at all
too, and an empty body (a recorder that wrote nothing) gets its own answer.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from launcher.api import MeetingsClient
from launcher.server import BuiltinServer, ServerConfig, create_application

EBML_MAGIC = bytes.fromhex("1a45dfa3")
#: The EBML magic and the first elements of the header Chromium's recorder
#: writes (DocType "webm"), then filler: the server reads no further than the magic.
HEADER = bytes.fromhex("9f4286810142f7810142f2810442f381084282847765626d")
WEBM = EBML_MAGIC + HEADER + b"\x01" * 2000
SESSION = "upload-test-session"


class Uploads:
    """A room with its host token, and fresh recordings of it to upload to."""

    def __init__(self, server: BuiltinServer) -> None:
        self.server = server
        self.app_id, key = create_application(
            server.config.data_dir, "uploads", server.config.database
        )
        with MeetingsClient(server.api_url, self.app_id, key) as api:
            room = api.create_room("Uploads")
        assert room.host_url is not None
        self.room_id = room.id
        self.token = room.host_url.split("participant_token=")[1]
        self.folder = server.config.data_dir / "recordings"

    def recording(self) -> str:
        assert self.server.store is not None
        app_id, room_id = self.app_id, self.room_id
        row = self.server.store.call(
            lambda s: s.add_recording(app_id, SESSION, room_id=room_id, status="stopped")
        )
        return str(row["id"])

    def status(self, recording_id: str) -> str:
        assert self.server.store is not None
        row = self.server.store.call(lambda s: s.find_recording(recording_id))
        assert row is not None
        return str(row["status"])

    def post(self, recording_id: str, body: Any, content_type: str | None) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.token}"}
        if content_type is not None:
            headers["Content-Type"] = content_type
        url = f"{self.server.origin}/meeting-api/recordings/{recording_id}"
        return httpx.post(url, content=body, headers=headers, timeout=10)


@pytest.fixture
def uploads(tmp_path: Path) -> Iterator[Uploads]:
    server = BuiltinServer(ServerConfig(data_dir=tmp_path / "data"))
    server.start()
    try:
        yield Uploads(server)
    finally:
        server.stop()


# What Chromium's and Firefox's MediaRecorder report as their type for WebM
# (recorder.mimeType, so the Blob's type), the page's fallback, a Matroska
# file (also EBML), and a Blob without a type (no Content-Type sent).
RECORDER_TYPES = [
    "video/webm;codecs=vp8,opus",
    "video/webm",
    "video/webm;codecs=vp9,opus",
    "video/webm;codecs=vp8",
    'video/webm; codecs="vp8, opus"',
    "audio/webm;codecs=opus",
    "video/x-matroska;codecs=avc1,opus",
    "",
    None,
]


@pytest.mark.parametrize("content_type", RECORDER_TYPES)
def test_a_webm_file_is_taken_whatever_type_the_recorder_gave(
    uploads: Uploads, content_type: str | None
) -> None:
    recording_id = uploads.recording()
    reply = uploads.post(recording_id, WEBM, content_type)
    assert reply.status_code == 201, reply.text
    assert reply.json() == {"id": recording_id, "status": "uploaded", "size": len(WEBM)}
    assert (uploads.folder / f"{recording_id}.webm").read_bytes() == WEBM
    assert uploads.status(recording_id) == "uploaded"


def test_the_header_may_come_in_pieces(uploads: Uploads) -> None:
    # Chromium hands the page the first byte of the EBML magic as a Blob of
    # its own; streamed, the magic can arrive split over several chunks.
    recording_id = uploads.recording()

    def pieces() -> Iterator[bytes]:
        yield WEBM[:1]
        yield WEBM[1:3]
        yield WEBM[3:5]
        yield WEBM[5:]

    reply = uploads.post(recording_id, pieces(), "video/webm;codecs=vp8,opus")
    assert reply.status_code == 201, reply.text
    assert (uploads.folder / f"{recording_id}.webm").read_bytes() == WEBM


def test_an_empty_recording_is_refused_as_empty(uploads: Uploads) -> None:
    # What the page sent when its recorder was stopped before writing anything.
    recording_id = uploads.recording()
    reply = uploads.post(recording_id, b"", "video/webm")
    assert reply.status_code == 400
    assert reply.json() == {
        "message": "The recording is empty: no data was recorded",
        "name": "BadRequestError",
        "status": 400,
    }
    assert not uploads.folder.exists() or list(uploads.folder.iterdir()) == []
    assert uploads.status(recording_id) == "stopped"
    # The recording can still get its file.
    assert uploads.post(recording_id, WEBM, "video/webm").status_code == 201
    assert uploads.status(recording_id) == "uploaded"


@pytest.mark.parametrize(
    "body",
    [
        EBML_MAGIC[:3],  # cut short inside the magic
        b"\x00\x00\x00\x20ftypisom" + b"\x00" * 100,  # an MP4 (Chromium can record those)
        b"OggS" + b"\x00" * 100,  # an Ogg file
        b"not a recording",
    ],
    ids=["short", "mp4", "ogg", "text"],
)
def test_anything_but_webm_is_refused_whatever_its_type(uploads: Uploads, body: bytes) -> None:
    recording_id = uploads.recording()
    reply = uploads.post(recording_id, body, "video/webm;codecs=vp8,opus")
    assert reply.status_code == 415
    assert reply.json() == {
        "message": "A recording must be a WebM file",
        "name": "UnsupportedMediaType",
        "status": 415,
    }
    assert list(uploads.folder.iterdir()) == []
    assert uploads.status(recording_id) == "stopped"
