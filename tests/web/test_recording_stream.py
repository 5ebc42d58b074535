"""A recording streamed while it records survives its page crashing.

The host records in Chromium (Playwright), pauses a while, goes on, and then its page
crashes (``chrome://crash``: no unload handler, no last upload). The chunks sent until
then are already on the server; the server assembles them into the recording, and
``recording:ended``'s duration leaves out the pause.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import httpx
import pytest

from launcher.api import MeetingsClient
from launcher.server import BuiltinServer, recordings
from tests.helpers.browsers import ChromiumBrowser
from tests.helpers.receiver import Receiver

EBML_MAGIC = bytes.fromhex("1a45dfa3")
PAUSE_S = 4.0


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with Receiver() as rec:
        yield rec


def wait_until(check: Any, timeout: float = 30.0, what: str = "") -> Any:
    deadline = time.monotonic() + timeout
    while not (value := check()):
        assert time.monotonic() < deadline, f"timed out: {what}"
        time.sleep(0.1)
    return value


def test_a_crashed_recording_page_loses_only_its_last_seconds(
    server: BuiltinServer,
    client: MeetingsClient,
    receiver: Receiver,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="launcher.server.recordings")
    # The server waits this long for a page that went quiet before it assembles.
    monkeypatch.setattr(recordings, "ORPHANED_CHUNKS_GRACE", 3.0)
    room = client.create_room(
        "Crash",
        recording_options={"auto_record": True},
        callback_urls={"recordings_callback_url": receiver.url + "/recordings"},
    )
    assert room.host_url is not None
    browser = ChromiumBrowser()
    try:
        host = browser.guest("Alice")
        host.open(room.host_url)
        host.join()
        host.wait_admitted()
        recording_id = host.wait_for("meetingStatus().recorder?.id")
        chunk_dir = server.config.data_dir / "recordings" / f".{recording_id}.chunks"
        host.wait_for("meetingStatus().recorder.recordedMs > 2000")

        # Paused for a while: the recorder writes nothing meanwhile.
        host.click("#btn-record-pause")
        host.wait_for("meetingStatus().recorder.state === 'paused'")
        time.sleep(PAUSE_S)
        host.click("#btn-record-pause")
        host.wait_for("meetingStatus().recorder.state === 'recording'")
        resumed = host.evaluate("meetingStatus().recorder.recordedBytes")
        host.wait_for(f"meetingStatus().recorder.recordedBytes > {resumed} + 50000", 30)

        # While it records, the chunks are on the server already.
        on_server = wait_until(
            lambda: sorted(p.name for p in chunk_dir.glob("*.webm")), what="chunks on the server"
        )
        assert on_server[0] == "000000.webm"
        assert client.get_recording(recording_id).status == "started"
        wait_until(lambda: len(list(chunk_dir.glob("*.webm"))) >= 4, what="four chunks")
        # What the page had recorded two seconds before it crashed.
        time.sleep(2.0)
        early = int(host.evaluate("meetingStatus().recorder.recordedBytes"))
        time.sleep(2.0)
        kept = {p.name: p.stat().st_size for p in chunk_dir.glob("*.webm")}
        with pytest.raises(Exception):  # noqa: B017 (Playwright's error for a crashed page)
            host.page.goto("chrome://crash", timeout=5_000)
        crashed_at = time.time()
    finally:
        browser.close()

    # The socket closed with the page: the recording stops, and once no chunk came
    # for a while, what came is assembled.
    receiver.wait_events("/recordings", ["recording:ended", "recording:uploaded"], timeout=60)
    recording = client.get_recording(recording_id)
    assert recording.status == "uploaded" and recording.url is not None
    data = httpx.get(recording.url, timeout=30).content
    assert data[:4] == EBML_MAGIC
    assert len(data) >= sum(kept.values()) and len(data) >= early
    assert not chunk_dir.exists()

    # Assembled by the server (the page never said it finished).
    assert "stopped sending; kept what came" in caplog.text

    ended = next(b for b in receiver.bodies("/recordings") if b["event"] == "recording:ended")
    started_at = datetime.fromisoformat(ended["started_at"].replace("Z", "+00:00"))
    ended_at = datetime.fromisoformat(ended["ended_at"].replace("Z", "+00:00"))
    # It ended when the page crashed, not when the server assembled it.
    assert abs(ended_at.timestamp() - crashed_at) < 5
    wall = (ended_at - started_at).total_seconds()
    # The pause is not in the duration (a second and a half either way for rounding and
    # the clicks' round trips).
    assert wall - PAUSE_S - 1.5 <= ended["duration"] <= wall - PAUSE_S + 1.5, (wall, ended)
