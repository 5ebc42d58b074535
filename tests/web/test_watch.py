"""Watch together with real participants: the host in the app's meeting window
(QtWebEngine) uploads a small WebM made at test time, guests in Chromium follow its
player (play, pause, seek, a late joiner), and control is handed to a guest."""

from __future__ import annotations

import base64
import json
import time
from pathlib import Path
from typing import Any

from launcher.api import MeetingsClient
from tests.e2e.conftest import qt_idle
from tests.helpers.videos import make_webm
from tests.web.test_moderation import (  # noqa: F401 (fixtures)
    chromium_browser,
    guests,
    host_in_window,
    id_of,
    shot,
    toasts,
)

VIDEO = "document.querySelector('#watch-video')"
SOCKET = "window.sockets.at(-1)"


def toast_with(text: str) -> str:
    return (
        "[...document.querySelectorAll('.toast')]"
        f".some(t => t.textContent.includes({json.dumps(text)}))"
    )


def where(page: Any) -> float:
    """Where the page's player is, brought to one common instant (Date.now() is the
    same clock in every page on this machine): seconds at Unix time 0."""
    position, now, playing = page.evaluate(f"[{VIDEO}.currentTime, Date.now(), !{VIDEO}.paused]")
    return float(position) - (float(now) / 1000 if playing else 0.0)


def drift(a: Any, b: Any) -> float:
    """How far apart two playing players are (seconds)."""
    return abs(where(a) - where(b))


def measured_drift(pages: list[Any], samples: int = 8) -> float:
    worst = 0.0
    for _ in range(samples):
        qt_idle(0.25)
        for page in pages[1:]:
            worst = max(worst, drift(pages[0], page))
    return worst


def test_watching_a_video_together(
    client: MeetingsClient,
    windows: Any,
    guests: Any,  # noqa: F811
    tmp_path: Path,
) -> None:
    room = client.create_room("Watch together")
    assert room.host_url is not None and room.guest_url is not None
    video = make_webm(tmp_path / "clip.webm", seconds=40)
    host = host_in_window(windows, room.host_url)
    bob = guests("Bob", room.guest_url)
    bob.join()
    bob.wait_admitted()
    bob_id = id_of(host, "Bob")

    # A guest is offered no share form, and sharing through the socket is refused.
    assert bob.evaluate("document.querySelector('#host-tools').hidden") is True
    bob.evaluate(
        f"{SOCKET}.send(JSON.stringify({{type: 'watch', action: 'share',"
        " url: 'https://example.org/a.webm'}))"
    )
    bob.wait_for("[...document.querySelectorAll('.toast')].length > 0")
    assert "Only the person in control can do that." in toasts(bob)
    assert bob.status()["watch"] is None

    # The host: a link that is not a video is refused with a message; then an upload.
    host.click("#btn-people")
    host.type_text("#watch-url", "javascript:alert(1)", enter=True)
    host.wait_for(toast_with("not a video file"))
    # A link to a video that is not there: shared, and everyone is told it can't play.
    host.type_text("#watch-url", "http://127.0.0.1:9/missing.webm", enter=True)
    for page in (host, bob):
        page.wait_for(toast_with("can't be played here"))
    data = base64.b64encode(video.read_bytes()).decode()
    host.evaluate(
        f"(() => {{ const bytes = Uint8Array.from(atob({json.dumps(data)}), c => c.charCodeAt(0));"
        " meeting.watch.upload(new File([bytes], 'clip.webm', {type: 'video/webm'}));"
        " return true; })()"
    )
    for page in (host, bob):
        page.wait_for("meetingStatus().watch && meetingStatus().watch.shown")
        page.wait_for(f"{VIDEO}.readyState >= 1 && {VIDEO}.duration > 39", timeout=30)
    assert bob.status()["watch"]["source"].startswith(f"/meeting-watch/{room.meeting_code}/")
    assert bob.evaluate("document.querySelector('#btn-watch-play').hidden") is True

    # Play: the guest's player starts within a second of the shared start.
    for page in (host, bob):
        page.evaluate(
            f"{VIDEO}.addEventListener('playing', () => {{ window.startedAt = Date.now(); }},"
            " {once: true}) || true"
        )
    host.click("#btn-watch-play")
    for page in (host, bob):
        page.wait_for("window.startedAt", timeout=20)
    started_apart = abs(bob.evaluate("window.startedAt") - host.evaluate("window.startedAt"))
    print(f"watch: guest started {started_apart} ms from the host")
    assert started_apart < 1000
    qt_idle(1.5)
    playing_drift = measured_drift([host, bob])
    print(f"watch: drift while playing {playing_drift:.3f} s")
    assert playing_drift < 0.5
    # Pushed off a little, the guest's player catches up by its speed, not a jump;
    # pushed off a lot, it seeks back.
    bob.evaluate(
        f"(() => {{ window.rates = new Set(); {VIDEO}.addEventListener('ratechange',"
        f" () => window.rates.add({VIDEO}.playbackRate)); {VIDEO}.currentTime += 0.3;"
        " return true; })()"
    )
    bob.wait_for("[...window.rates].some(r => r < 1)")
    bob.wait_for("Math.abs(meetingStatus().watch.drift) < 0.05", timeout=30)
    bob.evaluate(f"(() => {{ {VIDEO}.currentTime += 5; return true; }})()")
    bob.wait_for("Math.abs(meetingStatus().watch.drift) < 0.3", timeout=10)
    assert measured_drift([host, bob], samples=4) < 0.5

    # Pause: both stop at the same frame.
    host.click("#btn-watch-play")
    bob.wait_for(f"{VIDEO}.paused")
    host.wait_for(f"{VIDEO}.paused")
    bob.wait_for(f"Math.abs({VIDEO}.currentTime - meetingStatus().watch.target) < 0.1", timeout=10)
    paused_apart = abs(bob.evaluate(f"{VIDEO}.currentTime") - host.evaluate(f"{VIDEO}.currentTime"))
    print(f"watch: paused {paused_apart:.3f} s apart")
    assert paused_apart < 0.2

    # Seek (the host's slider), then play on from there.
    host.evaluate(
        "(() => { const s = document.querySelector('#watch-seek'); s.value = '20';"
        " s.dispatchEvent(new Event('change')); return true; })()"
    )
    bob.wait_for(f"Math.abs({VIDEO}.currentTime - 20) < 0.2")
    host.click("#btn-watch-play")
    bob.wait_for(f"!{VIDEO}.paused && {VIDEO}.currentTime > 20")

    # A late joiner lands where the others are.
    time.sleep(1.0)
    cat = guests("Cat", room.guest_url, width=390, height=844, touch=True)
    cat.join()
    cat.wait_admitted()
    cat.wait_for(f"!{VIDEO}.paused && {VIDEO}.currentTime > 21", timeout=30)
    late_drift = measured_drift([host, cat, bob])
    print(f"watch: late joiner's drift {late_drift:.3f} s")
    assert late_drift < 0.5
    cat_id = id_of(host, "Cat")
    assert cat_id

    # Control handed to Bob: he pauses by keyboard; the others follow; Cat may not.
    host.evaluate(
        "(() => { const s = document.querySelector('#watch-control');"
        f" s.value = {json.dumps(bob_id)}; s.dispatchEvent(new Event('change')); return true; }})()"
    )
    bob.wait_for(f"meetingStatus().watch.controller === {json.dumps(bob_id)}")
    assert bob.evaluate("document.querySelector('#watch-controller').textContent") == (
        "You control the video"
    )
    assert cat.evaluate("document.querySelector('#watch-controller').textContent") == (
        "Bob controls the video"
    )
    shot(bob, "watch-desktop.png")
    shot(cat, "watch-phone.png")
    shot(host, "watch-host.png")
    bob.page.focus("#btn-watch-play")
    bob.press_key("Enter")
    for page in (host, cat):
        page.wait_for(f"{VIDEO}.paused")
    cat.evaluate(f"{SOCKET}.send(JSON.stringify({{type: 'watch', action: 'play'}})) || true")
    cat.wait_for(toast_with("person in control"))
    qt_idle(0.5)
    assert host.status()["watch"]["playing"] is False

    # The host stops: the player goes for everyone.
    host.click("#btn-watch-stop")
    for page in (host, bob, cat):
        page.wait_for("meetingStatus().watch === null")
        assert page.evaluate("document.querySelector('#watch').hidden") is True
