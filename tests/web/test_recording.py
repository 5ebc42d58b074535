"""Recording in a real two-person meeting: record, upload, list, download, delete."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from launcher import web
from launcher.api import MeetingsClient
from launcher.api.errors import NotFound
from launcher.server import BuiltinServer, recordings
from tests.helpers.receiver import Receiver
from tests.web.conftest import SHOTS, run_js, status, wait_js, wait_painted
from tests.web.test_meeting import host_and_guest, host_on_unreliable_network, join, receiving

EBML_MAGIC = bytes.fromhex("1a45dfa3")


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with Receiver() as rec:
        yield rec


def click(qtbot: Any, window: Any, selector: str) -> None:
    run_js(qtbot, window.page, f"document.querySelector('{selector}').click(); true")


def wait_uploaded(qtbot: Any, window: Any) -> dict[str, Any]:
    """Wait until the page says its recording is uploaded; its ``recordingUpload``."""
    upload = "meetingStatus().recordingUpload"
    return dict(wait_js(qtbot, window.page, f"{upload}?.state === 'uploaded' && {upload}", 30))


def webm_download(url: str, size: int) -> None:
    """The recording's download is the uploaded WebM composite of ``size`` bytes."""
    download = httpx.get(url, timeout=10)
    assert download.status_code == 200
    assert len(download.content) == size
    assert download.content[:4] == EBML_MAGIC
    # A composite: one video track (the canvas) and one audio track (the mix).
    head = download.content[:8192]
    assert b"V_VP8" in head and b"A_OPUS" in head


def decoded_frame(qtbot: Any, window: Any, url: str, at: float) -> dict[str, Any]:
    """The picture at ``at`` seconds of the video at ``url``, decoded by the page.

    ``{width, height, png}`` (PNG bytes); the first picture for ``at=0``.
    """
    run_js(
        qtbot,
        window.page,
        f"""(() => {{
          const video = document.createElement('video');
          video.muted = true;
          video.src = {json.dumps(url)};
          const grab = () => {{
            const canvas = document.createElement('canvas');
            canvas.width = video.videoWidth;
            canvas.height = video.videoHeight;
            canvas.getContext('2d').drawImage(video, 0, 0);
            const png = canvas.toDataURL('image/png');
            window.decodedFrame = {{ width: video.videoWidth, height: video.videoHeight, png }};
          }};
          video.addEventListener('loadeddata', () => {{
            if ({at} > 0) video.currentTime = {at};
            else grab();
          }});
          video.addEventListener('seeked', grab);
          video.addEventListener('error', () => {{
            window.decodedFrame = {{ error: video.error.code }};
          }});
          return true;
        }})()""",
    )
    frame = dict(wait_js(qtbot, window.page, "window.decodedFrame"))
    assert "error" not in frame, frame
    run_js(qtbot, window.page, "delete window.decodedFrame; true")
    frame["png"] = base64.b64decode(frame["png"].split(",", 1)[1])
    return frame


def test_host_records_uploads_and_everyone_sees_the_indicator(
    qtbot: Any,
    server: BuiltinServer,
    client: MeetingsClient,
    windows: Any,
    receiver: Receiver,
) -> None:
    room = client.create_room(
        "Recorded",
        callback_urls={
            "sessions_callback_url": receiver.url + "/sessions",
            "recordings_callback_url": receiver.url + "/recordings",
        },
    )
    host = windows(room.host_url, "Recorded")
    guest = windows(room.guest_url, "Recorded")
    join(qtbot, host, "Alice")
    wait_js(qtbot, host.page, "meetingStatus().view === 'meeting'")
    join(qtbot, guest, "Bob")
    receiving(qtbot, host, "Bob")
    receiving(qtbot, guest, "Alice")
    # Only the host has the button (recording is available by default).
    assert wait_js(qtbot, host.page, "!document.querySelector('#btn-record').hidden")
    assert run_js(qtbot, guest.page, "document.querySelector('#btn-record').hidden") is True

    click(qtbot, host, "#btn-record")
    wait_js(qtbot, host.page, "meetingStatus().recorder?.state === 'recording'")
    wait_js(qtbot, guest.page, "meetingStatus().recordingIndicator")
    assert wait_js(qtbot, host.page, "meetingStatus().recordingIndicator")
    recording_id = status(qtbot, host.page)["recorder"]["id"]
    assert status(qtbot, guest.page)["recording"]["id"] == recording_id

    qtbot.wait(700)  # a few more frames on screen for the picture, not for logic
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert guest.grab().save(str(SHOTS / "meeting-recording.png"))
    assert host.grab().save(str(SHOTS / "meeting-recording-host.png"))

    # While it runs the API lists it as started.
    receiver.wait_events("/recordings", ["recording:started"])
    started = receiver.bodies("/recordings")[0]
    assert started == {
        "event": "recording:started",
        "recording_id": recording_id,
        "session_id": started["session_id"],
    }
    session_id = started["session_id"]
    # Deliveries go out in order: session:started came before recording:started.
    assert receiver.bodies("/sessions")[0]["session_id"] == session_id
    assert client.get_recording(recording_id).status == "started"

    wait_js(qtbot, host.page, "meetingStatus().recorder?.recordedMs > 3000")
    click(qtbot, host, "#btn-record")
    size = wait_uploaded(qtbot, host)["size"]
    wait_js(qtbot, guest.page, "!meetingStatus().recordingIndicator")
    assert size > 0

    recordings = client.list_session_recordings(session_id)
    assert [(r.id, r.status) for r in recordings] == [(recording_id, "uploaded")]
    recording = recordings[0]
    assert recording.started_at and recording.ended_at
    assert (recording.ended_at - recording.started_at).total_seconds() >= 3
    assert recording.url is not None
    webm_download(recording.url, size)

    # The file plays: the host's page decodes a frame of it (saved for a look).
    frame = decoded_frame(qtbot, host, recording.url, at=2)
    assert frame["width"] == 1280
    (SHOTS / "recording-frame.png").write_bytes(frame["png"])

    receiver.wait_events(
        "/recordings", ["recording:started", "recording:ended", "recording:uploaded"]
    )
    _, ended, uploaded = receiver.bodies("/recordings")
    assert ended["recording_id"] == recording_id and ended["session_id"] == session_id
    assert ended["duration"] >= 3
    assert set(ended) == {
        "event",
        "recording_id",
        "session_id",
        "started_at",
        "ended_at",
        "duration",
    }
    assert uploaded["room_id"] == room.id and uploaded["recording_id"] == recording_id
    assert httpx.get(uploaded["url"], timeout=10).content[:4] == EBML_MAGIC

    # A guest has no host token: the upload endpoint refuses them, as it does
    # another room's host token.
    upload_url = f"{server.origin}/meeting-api/recordings/{recording_id}"
    other = client.create_room("Other")
    assert other.host_url is not None
    other_token = other.host_url.split("participant_token=")[1]
    webm = EBML_MAGIC + b"\0" * 64
    assert httpx.post(upload_url, content=webm).status_code == 403
    forged = httpx.post(
        upload_url, content=webm, headers={"Authorization": f"Bearer {other_token}"}
    )
    assert forged.status_code == 403

    client.delete_recording(recording_id)
    with pytest.raises(NotFound):
        client.get_recording(recording_id)
    assert httpx.get(recording.url, timeout=10).status_code == 404


def test_auto_record_of_the_owner_only_is_uploaded_on_leave(
    qtbot: Any, client: MeetingsClient, windows: Any
) -> None:
    room = client.create_room(
        "Auto", recording_options={"auto_record": True, "record_only_owner": True}
    )
    host = windows(room.host_url, "Auto")
    join(qtbot, host, "Alice")
    # No click: the host's arrival starts the recording of only the host.
    recording = wait_js(qtbot, host.page, "meetingStatus().recording")
    assert recording["only_owner"] is True and recording["by_name"] == "Alice"
    wait_js(qtbot, host.page, "meetingStatus().recorder?.recordedMs > 1500")
    # Leaving stops the recording and still uploads it; the page says "Saving the
    # recording…" until then, and "You left the meeting" after.
    assert run_js(qtbot, host.page, "meeting.leave(); meetingStatus().message") == "saving"
    upload = wait_uploaded(qtbot, host)
    assert upload["id"] == recording["id"] and upload["size"] > 0
    wait_js(qtbot, host.page, "meetingStatus().message === 'left'")
    assert client.get_recording(recording["id"]).status == "uploaded"

    off = client.create_room("Off", available_features={"is_recording_available": False})
    other = windows(off.host_url, "Off")
    join(qtbot, other, "Alice")
    wait_js(qtbot, other.page, "meetingStatus().view === 'meeting'")
    assert run_js(qtbot, other.page, "document.querySelector('#btn-record').hidden") is True
    assert status(qtbot, other.page)["recording"] is None


def test_leaving_the_moment_the_recorder_starts_still_uploads_a_playable_file(
    qtbot: Any, client: MeetingsClient, windows: Any
) -> None:
    """Stopped before its recorder wrote anything, a recording still gets its file.

    Chromium's MediaRecorder writes nothing until its encoders have the first
    frame (over 1.5 s after start() on a loaded machine); a stop() before that
    gave an empty Blob, which the page uploaded and the server refused (HTTP
    415). The page now stops once the first data came.
    """
    room = client.create_room("Quick", recording_options={"auto_record": True})
    host = windows(room.host_url, "Quick")
    wait_js(qtbot, host.page, "meetingStatus().view === 'lobby'")
    # The real recorder; only wrapped to leave in the very task in which the
    # page starts it, so it cannot have written anything yet.
    run_js(
        qtbot,
        host.page,
        """(() => {
          const start = MediaRecorder.prototype.start;
          MediaRecorder.prototype.start = function (...args) {
            start.apply(this, args);
            queueMicrotask(() => {
              window.atLeave = meetingStatus().recorder;
              meeting.leave();
              window.afterLeave = meetingStatus().recordingUpload;
            });
          };
          return true;
        })()""",
    )
    join(qtbot, host, "Alice")
    at_leave = wait_js(qtbot, host.page, "window.atLeave")
    assert at_leave["state"] == "recording" and at_leave["recordedBytes"] == 0
    assert status(qtbot, host.page)["view"] == "message"
    after_leave = wait_js(qtbot, host.page, "window.afterLeave")
    assert after_leave == {"id": at_leave["id"], "state": "stopping", "size": 0}

    upload = wait_uploaded(qtbot, host)
    assert upload["id"] == at_leave["id"] and upload["size"] > 0
    recording = client.get_recording(at_leave["id"])
    assert recording.status == "uploaded" and recording.url is not None
    webm_download(recording.url, upload["size"])
    # Not just a header: the page decodes a picture of it.
    frame = decoded_frame(qtbot, host, recording.url, at=0)
    assert (frame["width"], frame["height"]) == (1280, 720)


def _slow_uploads(qtbot: Any, window: Any, ms: int) -> None:
    """Hold the page's uploads back ``ms`` milliseconds (a slow network), then send them."""
    run_js(
        qtbot,
        window.page,
        f"""(() => {{
          const send = window.fetch;
          window.fetch = (...args) =>
            new Promise((resolve) => setTimeout(resolve, {ms})).then(() => send(...args));
          return true;
        }})()""",
    )


def _recording_host(qtbot: Any, client: MeetingsClient, windows: Any, name: str) -> Any:
    """A host window whose recording (auto_record) has written over 1.5 s; (window, id)."""
    room = client.create_room(name, recording_options={"auto_record": True})
    host = windows(room.host_url, name)
    join(qtbot, host, "Alice")
    recording = wait_js(qtbot, host.page, "meetingStatus().recording")
    wait_js(qtbot, host.page, "meetingStatus().recorder?.recordedMs > 1500")
    return host, recording["id"]


def _close_while_saving(qtbot: Any, host: Any) -> list[bool]:
    """Close ``host`` and wait until it waits for its recording; [True] once it closed."""
    closed: list[bool] = []
    host.closed.connect(lambda: closed.append(True))
    host.close()
    qtbot.waitUntil(lambda: host.saving_recording, timeout=5_000)
    return closed


def test_closing_the_window_while_recording_waits_until_the_file_is_saved(
    qtbot: Any, client: MeetingsClient, windows: Any
) -> None:
    host, recording_id = _recording_host(qtbot, client, windows, "Close")
    _slow_uploads(qtbot, host, 2500)
    closed = _close_while_saving(qtbot, host)
    # The window stays, and the page says why.
    assert host.isVisible() and not closed
    shown = status(qtbot, host.page)
    assert (shown["view"], shown["message"]) == ("message", "saving")
    assert shown["recordingUpload"]["state"] in ("stopping", "uploading")
    title = run_js(qtbot, host.page, "document.querySelector('#message-title').textContent")
    assert title == "Saving the recording…"
    wait_painted(qtbot, host)
    host.grab().save(str(SHOTS / "meeting-saving-recording.png"))

    # Closing again asks; "Keep saving" keeps the window until the file is saved.
    host.close()
    question = host.close_question
    assert question is not None and question.isVisible()
    question.grab().save(str(SHOTS / "meeting-saving-close-question.png"))
    keep = next(b for b in question.buttons() if b.text() == "Keep saving")
    keep.click()
    assert host.close_question is None and host.saving_recording and host.isVisible()

    qtbot.waitUntil(lambda: bool(closed), timeout=30_000)
    recording = client.get_recording(recording_id)
    assert recording.status == "uploaded" and recording.url is not None
    assert httpx.get(recording.url, timeout=10).content[:4] == EBML_MAGIC


def test_closing_again_while_saving_can_give_the_recording_up(
    qtbot: Any,
    server: BuiltinServer,
    client: MeetingsClient,
    windows: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The server waits this long for a page that went quiet before it assembles.
    monkeypatch.setattr(recordings, "ORPHANED_CHUNKS_GRACE", 2.0)
    host, recording_id = _recording_host(qtbot, client, windows, "Give up")
    chunks = server.config.data_dir / "recordings" / f".{recording_id}.chunks"
    qtbot.waitUntil(lambda: len(list(chunks.glob("*.webm"))) >= 2, timeout=20_000)
    _slow_uploads(qtbot, host, 60_000)
    closed = _close_while_saving(qtbot, host)

    host.close()
    question = host.close_question
    assert question is not None
    give_up = next(b for b in question.buttons() if b.text() == "Close anyway")
    give_up.click()
    qtbot.waitUntil(lambda: bool(closed), timeout=5_000)
    # What had reached the server is kept: it assembles that once the page is gone.
    qtbot.waitUntil(lambda: client.get_recording(recording_id).status == "uploaded", timeout=30_000)
    recording = client.get_recording(recording_id)
    assert recording.url is not None
    assert httpx.get(recording.url, timeout=10).content[:4] == EBML_MAGIC


def test_closing_the_window_without_a_recording_closes_it_at_once(
    qtbot: Any, client: MeetingsClient, windows: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The grace period made long: only the page's answer can close the window in time.
    monkeypatch.setattr("launcher.web.window.LEAVE_GRACE_MS", 120_000)
    room = client.create_room("Plain")
    host = windows(room.host_url, "Plain")
    join(qtbot, host, "Alice")
    wait_js(qtbot, host.page, "meetingStatus().view === 'meeting'")
    closed: list[bool] = []
    host.closed.connect(lambda: closed.append(True))
    host.close()
    # The page answered that nothing is being saved.
    qtbot.waitUntil(lambda: bool(closed), timeout=15_000)


def test_a_host_whose_connection_drops_while_recording_still_gets_the_file(
    qtbot: Any, client: MeetingsClient, windows: Any
) -> None:
    host = host_on_unreliable_network(qtbot, client, windows, "Dropped")
    click(qtbot, host, "#btn-record")
    wait_js(qtbot, host.page, "meetingStatus().recorder?.recordedMs > 1500")
    recording_id = status(qtbot, host.page)["recorder"]["id"]

    # Only the signalling socket drops: the page ends its recording and uploads it
    # (the server ends a recording whose host is gone), then comes back.
    run_js(qtbot, host.page, "window.sockets.at(-1).close(); true")
    upload = wait_uploaded(qtbot, host)
    assert upload["id"] == recording_id and upload["size"] > 0
    wait_js(qtbot, host.page, "window.sockets.length >= 2 && !meetingStatus().reconnecting")
    back = status(qtbot, host.page)
    assert back["view"] == "meeting" and back["recording"] is None and back["recorder"] is None
    recording = client.get_recording(recording_id)
    assert recording.status == "uploaded" and recording.url is not None
    webm_download(recording.url, upload["size"])


def test_a_recorder_that_writes_nothing_uploads_nothing_and_says_so(
    qtbot: Any, client: MeetingsClient, windows: Any
) -> None:
    room = client.create_room("Silent")
    host = windows(room.host_url, "Silent")
    wait_js(qtbot, host.page, "meetingStatus().view === 'lobby'")
    # The real recorder, with its data thrown away (an encoder that never delivers),
    # and the page's wait for the first data shortened.
    run_js(
        qtbot,
        host.page,
        """(() => {
          Object.defineProperty(MediaRecorder.prototype, 'ondataavailable', {
            set() {}, get() { return null; }, configurable: true,
          });
          const later = window.setTimeout;
          window.setTimeout = (work, ms, ...args) => later(work, ms >= 5000 ? 300 : ms, ...args);
          return true;
        })()""",
    )
    join(qtbot, host, "Alice")
    wait_js(qtbot, host.page, "meetingStatus().view === 'meeting'")
    click(qtbot, host, "#btn-record")
    wait_js(qtbot, host.page, "meetingStatus().recorder?.state === 'recording'")
    recording_id = status(qtbot, host.page)["recorder"]["id"]
    click(qtbot, host, "#btn-record")
    upload = wait_js(
        qtbot,
        host.page,
        "meetingStatus().recordingUpload?.state === 'empty' && meetingStatus().recordingUpload",
    )
    assert upload["id"] == recording_id and upload["size"] == 0
    toasts = run_js(
        qtbot,
        host.page,
        "[...document.querySelectorAll('.toast')].map(t => t.textContent).join('|')",
    )
    assert "The recording could not be saved." in toasts
    assert client.get_recording(recording_id).status == "stopped"  # no file was sent


def test_quitting_leaves_every_meeting_and_waits_for_the_recording(
    qtbot: Any, client: MeetingsClient, windows: Any
) -> None:
    host, recording_id = _recording_host(qtbot, client, windows, "Quit")
    other_room = client.create_room("Other")
    other = windows(other_room.host_url, "Other")
    join(qtbot, other, "Alice")
    wait_js(qtbot, other.page, "meetingStatus().view === 'meeting'")
    _slow_uploads(qtbot, host, 2000)
    # The user closed the recording window already; it is saving when the app quits.
    _close_while_saving(qtbot, host)

    quit_calls: list[bool] = []
    with qtbot.waitSignal(other.closed, timeout=5_000):  # it left its meeting
        web.close_meetings(then=lambda: quit_calls.append(True))
    # The saving window is not asked about again, and the app waits for it.
    assert host.close_question is None and host.isVisible() and not quit_calls
    qtbot.waitUntil(lambda: bool(quit_calls), timeout=30_000)
    assert quit_calls == [True]
    assert client.get_recording(recording_id).status == "uploaded"

    # With no meeting open, quitting goes on at once.
    web.close_meetings(then=lambda: quit_calls.append(True))
    assert quit_calls == [True, True]


def test_the_host_pauses_and_resumes_and_the_guest_sees_it(
    qtbot: Any, client: MeetingsClient, windows: Any
) -> None:
    _room, host, guest = host_and_guest(qtbot, client, windows, "Pause")
    receiving(qtbot, host, "Bob")
    # Only the page that records has the pause button.
    assert run_js(qtbot, host.page, "document.querySelector('#btn-record-pause').hidden") is True
    click(qtbot, host, "#btn-record")
    wait_js(qtbot, host.page, "meetingStatus().recorder?.recordedMs > 1000")
    recording_id = status(qtbot, host.page)["recorder"]["id"]
    assert run_js(qtbot, guest.page, "document.querySelector('#btn-record-pause').hidden") is True

    click(qtbot, host, "#btn-record-pause")
    wait_js(qtbot, host.page, "meetingStatus().recorder.state === 'paused'")
    wait_js(qtbot, guest.page, "meetingStatus().recording?.paused")
    label = "document.querySelector('#rec-label').textContent"
    assert run_js(qtbot, guest.page, label) == "Recording paused"
    assert client.get_recording(recording_id).status == "paused"
    qtbot.wait(300)  # a few frames on screen for the picture, not for logic
    assert guest.grab().save(str(SHOTS / "meeting-recording-paused.png"))
    assert host.grab().save(str(SHOTS / "meeting-recording-paused-host.png"))
    host_title = "document.querySelector('#btn-record-pause').title"
    assert run_js(qtbot, host.page, host_title) == "Resume recording"

    click(qtbot, host, "#btn-record-pause")
    wait_js(qtbot, host.page, "meetingStatus().recorder.state === 'recording'")
    wait_js(qtbot, guest.page, "meetingStatus().recording?.paused === false")
    assert run_js(qtbot, guest.page, label) == "Recording"
    assert client.get_recording(recording_id).status == "started"

    click(qtbot, host, "#btn-record")
    upload = wait_uploaded(qtbot, host)
    recording = client.get_recording(recording_id)
    assert recording.status == "uploaded" and recording.url is not None
    webm_download(recording.url, upload["size"])
