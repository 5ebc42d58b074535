"""Recordings streamed while they record: chunks on the server as they are made, the
file assembled at the stop, and ``recording:ended`` durations without the pauses."""

from __future__ import annotations

import json
import logging
import os
import socket
import sqlite3
import stat
import struct
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from launcher.server import BuiltinServer, ServerConfig, recordings
from launcher.server.store import DB_NAME, Store
from tests.server.test_recording_upload import WEBM, Uploads

T0 = datetime(2026, 3, 1, 9, 0, 0, tzinfo=UTC)


def ended_events(store: Store) -> list[dict[str, object]]:
    rows = store._conn.execute(
        "SELECT body FROM webhook_outbox WHERE event = 'recording:ended' ORDER BY id"
    )
    return [json.loads(row["body"]) for row in rows]


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def test_the_ended_duration_leaves_out_pauses(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.fallback_callback_urls = {"recordings_callback_url": "https://hooks.example/rec"}
    try:
        # 10 s recorded, 30 s paused, 20 s recorded: 30 s of recording.
        one = store.add_recording("app", "s-1", room_id="r-1", started_at=at(0))["id"]
        assert (store.pause_recording(one, True, at(10)) or {})["status"] == "paused"
        assert (store.pause_recording(one, False, at(40)) or {})["status"] == "started"
        store.stop_recording(one, at(60))
        # Paused twice, and stopped while paused: 5 + 5 s of recording.
        two = store.add_recording("app", "s-1", room_id="r-1", started_at=at(0))["id"]
        store.pause_recording(two, True, at(5))
        store.pause_recording(two, True, at(7))  # already paused: nothing changes
        store.pause_recording(two, False, at(15))
        store.pause_recording(two, True, at(20))
        store.stop_recording(two, at(100))
        # Never paused: the whole time.
        three = store.add_recording("app", "s-1", room_id="r-1", started_at=at(0))["id"]
        store.stop_recording(three, at(42))
        durations = {e["recording_id"]: e["duration"] for e in ended_events(store)}
        assert durations == {one: 30, two: 10, three: 42}
        ended = {e["recording_id"]: e for e in ended_events(store)}
        # Start and end stay the wall-clock times.
        assert ended[one]["started_at"] == "2026-03-01T09:00:00.000Z"
        assert ended[one]["ended_at"] == "2026-03-01T09:01:00.000Z"
    finally:
        store.close()


def test_a_recordings_table_from_before_pause_durations_gets_the_columns(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute(
        "CREATE TABLE recordings (id TEXT PRIMARY KEY, application_id TEXT NOT NULL,"
        " room_id TEXT, session_id TEXT NOT NULL, started_at TEXT NOT NULL, ended_at TEXT,"
        " status TEXT NOT NULL, url TEXT)"
    )
    conn.execute(
        "INSERT INTO recordings VALUES ('old', 'app', 'r', 's', '2026-03-01T09:00:00.000Z',"
        " NULL, 'paused', NULL)"
    )
    conn.commit()
    conn.close()
    store = Store(tmp_path)
    store.fallback_callback_urls = {"recordings_callback_url": "https://hooks.example/rec"}
    try:
        # A pause that began before the upgrade has no start: it is not counted.
        store.pause_recording("old", False, T0 + timedelta(seconds=50))
        store.stop_recording("old", T0 + timedelta(seconds=60))
        assert [e["duration"] for e in ended_events(store)] == [60]
    finally:
        store.close()


@pytest.fixture
def uploads(tmp_path: Path) -> Iterator[Uploads]:
    server = BuiltinServer(ServerConfig(data_dir=tmp_path / "data"))
    server.start()
    try:
        yield Uploads(server)
    finally:
        server.stop()


def send_chunk(
    uploads: Uploads, recording_id: str, seq: int | str, body: bytes, token: str | None = None
) -> httpx.Response:
    return httpx.post(
        f"{uploads.server.origin}/meeting-api/recordings/{recording_id}/chunks/{seq}",
        content=body,
        headers={"Authorization": f"Bearer {token or uploads.token}"},
        timeout=10,
    )


def finish(uploads: Uploads, recording_id: str, chunks: object) -> httpx.Response:
    return httpx.post(
        f"{uploads.server.origin}/meeting-api/recordings/{recording_id}/finish",
        params={"chunks": str(chunks)},
        headers={"Authorization": f"Bearer {uploads.token}"},
        timeout=10,
    )


def test_chunks_are_kept_as_they_come_and_assembled_at_the_finish(uploads: Uploads) -> None:
    recording_id = uploads.recording()
    parts = [WEBM[:100], WEBM[100:1000], WEBM[1000:]]
    chunk_dir = uploads.folder / f".{recording_id}.chunks"
    for seq, part in enumerate(parts):
        reply = send_chunk(uploads, recording_id, seq, part)
        assert reply.status_code == 201, reply.text
        assert reply.json() == {"id": recording_id, "chunk": seq, "size": len(part)}
        # On disk at once, private, before anything is assembled.
        assert (chunk_dir / f"{seq:06d}.webm").read_bytes() == part
        assert stat.S_IMODE((chunk_dir / f"{seq:06d}.webm").stat().st_mode) == 0o600
        assert not (uploads.folder / f"{recording_id}.webm").exists()
    # A chunk sent again (a retry) replaces its first copy.
    assert send_chunk(uploads, recording_id, 1, parts[1]).status_code == 201

    # A count that claims more than came: refused, nothing lost.
    missing = finish(uploads, recording_id, 4)
    assert missing.status_code == 400 and "Chunk 3" in missing.json()["message"]
    assert uploads.status(recording_id) != "uploaded"

    done = finish(uploads, recording_id, 3)
    assert done.status_code == 201, done.text
    assert done.json() == {"id": recording_id, "status": "uploaded", "size": len(WEBM)}
    assert (uploads.folder / f"{recording_id}.webm").read_bytes() == WEBM
    assert uploads.status(recording_id) == "uploaded"
    assert not chunk_dir.exists()
    # Saved: no more chunks, no second finish.
    assert send_chunk(uploads, recording_id, 3, b"late").status_code == 409
    assert finish(uploads, recording_id, 3).status_code == 409


def test_chunk_refusals(uploads: Uploads) -> None:
    recording_id = uploads.recording()
    # Only the host: no token, a forged one.
    assert send_chunk(uploads, recording_id, 0, WEBM, token="x.y.z").status_code == 403
    no_token = httpx.post(
        f"{uploads.server.origin}/meeting-api/recordings/{recording_id}/chunks/0",
        content=WEBM,
        timeout=10,
    )
    assert no_token.status_code == 403
    assert send_chunk(uploads, "no-such-recording", 0, WEBM).status_code == 404
    # The first chunk must start a WebM file; any chunk must have bytes; numbers are
    # numbers.
    assert send_chunk(uploads, recording_id, 0, b"not webm at all").status_code == 415
    assert send_chunk(uploads, recording_id, 1, b"").status_code == 400
    for seq in ("-1", "abc", "1234567"):
        assert send_chunk(uploads, recording_id, seq, b"x").status_code == 400
    for count in ("0", "", "x"):
        assert finish(uploads, recording_id, count).status_code == 400
    assert finish(uploads, recording_id, 1).status_code == 400  # nothing came


def test_chunks_count_against_the_recording_limit(tmp_path: Path) -> None:
    server = BuiltinServer(ServerConfig(data_dir=tmp_path / "data", max_recording_bytes=3000))
    server.start()
    try:
        uploads = Uploads(server)
        recording_id = uploads.recording()
        assert send_chunk(uploads, recording_id, 0, WEBM[:2000]).status_code == 201
        assert send_chunk(uploads, recording_id, 1, b"\x01" * 1500).status_code == 413
        assert send_chunk(uploads, recording_id, 1, b"\x01" * 1000).status_code == 201
        # Replacing a chunk counts it once.
        assert send_chunk(uploads, recording_id, 1, b"\x01" * 1000).status_code == 201
    finally:
        server.stop()


def test_a_first_chunk_of_one_byte_is_the_start_of_a_webm_file(uploads: Uploads) -> None:
    """QtWebEngine's recorder hands over the file's first byte alone, then the rest."""
    recording_id = uploads.recording()
    assert send_chunk(uploads, recording_id, 0, WEBM[:1]).status_code == 201
    assert send_chunk(uploads, recording_id, 1, WEBM[1:]).status_code == 201
    assert finish(uploads, recording_id, 2).json()["size"] == len(WEBM)
    assert (uploads.folder / f"{recording_id}.webm").read_bytes() == WEBM

    # A first byte that starts no WebM file is refused at once; one that does but is
    # followed by something else, at the finish (and nothing is published).
    other = uploads.recording()
    assert send_chunk(uploads, other, 0, b"\x00").status_code == 415
    assert send_chunk(uploads, other, 0, WEBM[:2]).status_code == 201
    assert send_chunk(uploads, other, 1, b"garbage").status_code == 201
    assert finish(uploads, other, 2).status_code == 415
    assert not (uploads.folder / f"{other}.webm").exists()
    assert not list(uploads.folder.glob("*.part"))
    assert uploads.status(other) != "uploaded"


def test_chunks_left_by_a_stopped_server_are_assembled_after_its_restart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(recordings, "ORPHANED_CHUNKS_GRACE", 0.5)
    server = BuiltinServer(ServerConfig(data_dir=tmp_path / "data"))
    server.start()
    try:
        uploads = Uploads(server)
        recording_id = uploads.recording()
        empty = uploads.recording()  # a gap at the start: nothing to keep
        assert send_chunk(uploads, recording_id, 0, WEBM[:500]).status_code == 201
        assert send_chunk(uploads, recording_id, 1, WEBM[500:]).status_code == 201
        assert send_chunk(uploads, recording_id, 3, b"after a gap").status_code == 201
        assert send_chunk(uploads, empty, 1, b"no start").status_code == 201
    finally:
        server.stop()
    again = BuiltinServer(ServerConfig(data_dir=tmp_path / "data"))
    again.start()
    try:
        uploads.server = again
        deadline = time.monotonic() + 30
        while uploads.status(recording_id) != "uploaded":
            assert time.monotonic() < deadline
            time.sleep(0.1)
        # Chunks 0 and 1, up to the first gap.
        assert (uploads.folder / f"{recording_id}.webm").read_bytes() == WEBM
        while (uploads.folder / f".{empty}.chunks").exists():
            assert time.monotonic() < deadline
            time.sleep(0.1)
        assert uploads.status(empty) == "stopped"
        assert not (uploads.folder / f"{empty}.webm").exists()
    finally:
        again.stop()


def test_a_chunk_cut_off_midway_is_no_server_error(
    uploads: Uploads, caplog: pytest.LogCaptureFixture
) -> None:
    """A chunk whose connection drops before its end (a proxy in front lost its way, the
    page's network went): nothing is kept, nothing is logged as an error, and the page's
    next try is taken."""
    recording_id = uploads.recording()
    host, port = uploads.server.origin.removeprefix("http://").split(":")
    path = f"/meeting-api/recordings/{recording_id}/chunks/0"
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        head = (
            f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\n"
            f"Authorization: Bearer {uploads.token}\r\nContent-Length: 100000\r\n\r\n"
        )
        sock.sendall(head.encode() + WEBM[:100])
        time.sleep(0.5)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    time.sleep(1.0)
    assert not (uploads.folder / f".{recording_id}.chunks" / "000000.webm").exists()
    headers = {"Authorization": f"Bearer {uploads.token}"}
    again = httpx.post(uploads.server.origin + path, content=WEBM, headers=headers, timeout=10)
    assert again.status_code == 201, again.text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text


def test_a_restarted_server_leaves_alone_chunks_another_process_still_receives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Several processes on one data directory (serve --redis): one starts again while
    a recording's chunks reach another. The chunk files keep coming, so the recording
    is not assembled under that process; once they stop, it is."""
    monkeypatch.setattr(recordings, "ORPHANED_CHUNKS_GRACE", 1.0)
    data = tmp_path / "data"
    server = BuiltinServer(ServerConfig(data_dir=data))
    server.start()
    try:
        uploads = Uploads(server)
        recording_id = uploads.recording()
        assert send_chunk(uploads, recording_id, 0, WEBM[:500]).status_code == 201
    finally:
        server.stop()
    chunk_dir = uploads.folder / f".{recording_id}.chunks"
    restarted = BuiltinServer(ServerConfig(data_dir=data))
    restarted.start()
    try:
        uploads.server = restarted
        # Another process writes the next chunks, more than one a second, for 4 s.
        for seq in range(1, 6):
            time.sleep(0.8)
            (chunk_dir / f"{seq:06d}.webm").write_bytes(WEBM[500:] if seq == 1 else b"x")
            assert uploads.status(recording_id) == "stopped"
        deadline = time.monotonic() + 30
        while uploads.status(recording_id) != "uploaded":
            assert time.monotonic() < deadline
            time.sleep(0.1)
    finally:
        restarted.stop()
    assert (uploads.folder / f"{recording_id}.webm").read_bytes()[: len(WEBM)] == WEBM


def test_a_start_on_a_shared_data_directory_keeps_partial_uploads_being_written(
    tmp_path: Path,
) -> None:
    """With other processes on the data directory a start removes only the partial
    uploads nobody wrote to for a while (alone, it removes them all)."""
    folder = tmp_path / "recordings"
    folder.mkdir()
    writing, dead = folder / ".a.webm.part", folder / ".b.webm.part"
    writing.write_bytes(b"being written by another process")
    dead.write_bytes(b"left by a process that died")
    old = time.time() - recordings.STALE_PART_SECONDS - 60
    os.utime(dead, (old, old))
    assert recordings.remove_partial_uploads(folder, recordings.STALE_PART_SECONDS) == 1
    assert writing.exists() and not dead.exists()
    assert recordings.remove_partial_uploads(folder) == 1
    assert not writing.exists()
