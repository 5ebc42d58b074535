"""Two participants in one room, each in a real meeting window (one QApplication)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from launcher.api import MeetingsClient
from launcher.server import BuiltinServer
from launcher.server.sessions import ParticipantRecord, SessionRecord, SessionStore
from launcher.server.store import DB_NAME
from tests.helpers.png import png
from tests.web.conftest import SHOTS, run_js, status, wait_js, wait_painted


def js_value(qtbot: Any, page: Any, expression: str) -> Any:
    """``expression``'s value, through JSON (runJavaScript drops arrays and objects)."""
    return json.loads(run_js(qtbot, page, f"JSON.stringify({expression})"))


def join(qtbot: Any, window: Any, name: str) -> None:
    """Wait for the lobby (camera preview running), type a name, press Join."""
    wait_js(
        qtbot, window.page, "meetingStatus().view === 'lobby' && meetingStatus().firstLocalFrameAt"
    )
    run_js(
        qtbot,
        window.page,
        f"document.querySelector('#name').value = {json.dumps(name)};"
        " document.querySelector('#join-btn').click(); true",
    )


def receiving(qtbot: Any, window: Any, peer_name: str) -> dict[str, Any]:
    """Wait until video frames and audio packets from ``peer_name`` arrive; its stats."""
    expression = (
        f"meetingStatus().peers.find(p => p.name === {json.dumps(peer_name)}"
        " && p.videoWidth > 0 && p.framesDecoded > 0 && p.audioPacketsReceived > 0)"
    )
    return dict(wait_js(qtbot, window.page, expression, timeout=30))


def host_and_guest(
    qtbot: Any, client: MeetingsClient, windows: Any, name: str, **room_options: Any
) -> tuple[Any, Any, Any]:
    """A new room with Alice (host) and Bob (guest) in its meeting; (room, host, guest)."""
    room = client.create_room(name, **room_options)
    host = windows(room.host_url, name)
    guest = windows(room.guest_url, name)
    join(qtbot, host, "Alice")
    wait_js(qtbot, host.page, "meetingStatus().view === 'meeting'")
    join(qtbot, guest, "Bob")
    return room, host, guest


def test_two_people_see_hear_and_chat_then_one_leaves(
    qtbot: Any, server: BuiltinServer, client: MeetingsClient, windows: Any
) -> None:
    room, host, guest = host_and_guest(qtbot, client, windows, "Two people")

    bob_sees = receiving(qtbot, guest, "Alice")
    alice_sees = receiving(qtbot, host, "Bob")
    assert bob_sees["isHost"] is True and alice_sees["isHost"] is False
    assert status(qtbot, host.page)["isHost"] is True

    run_js(qtbot, guest.page, "meeting.sendChat('Hello Alice'); true")
    message = wait_js(qtbot, host.page, "meetingStatus().chat[0]")
    assert message["name"] == "Bob" and message["text"] == "Hello Alice"

    # With her microphone off, Alice's page highlights Bob (his audio over WebRTC).
    run_js(qtbot, host.page, "meeting.setMic(false); true")
    wait_js(qtbot, host.page, f"meetingStatus().speaker === {json.dumps(alice_sees['id'])}")
    assert wait_js(qtbot, guest.page, "meetingStatus().peers[0].audio === false")

    # Screenshot of the host's window: both tiles, chat open.
    run_js(qtbot, host.page, "document.querySelector('#btn-chat').click(); true")
    wait_js(qtbot, host.page, "!document.querySelector('#chat-panel').hidden")
    qtbot.wait(700)  # a few more frames on screen for the picture, not for logic
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert host.grab().save(str(SHOTS / "meeting-two-people.png"))

    # A session with both people is stored while they are in.
    sessions = stored_sessions(server, room.id)
    assert len(sessions) == 1 and sessions[0].ended_at is None

    # Closing the guest's window leaves the meeting; the host's page sees it at once.
    with qtbot.waitSignal(guest.closed, timeout=5000):
        guest.close()
    wait_js(
        qtbot, host.page, "meetingStatus().peers.length === 0 && meetingStatus().view === 'meeting'"
    )

    run_js(qtbot, host.page, "meeting.leave(); true")
    wait_js(qtbot, host.page, "meetingStatus().message === 'left'")
    qtbot.waitUntil(lambda: stored_sessions(server, room.id)[0].ended_at is not None, timeout=5000)
    people = stored_participants(server, stored_sessions(server, room.id)[0].session_id)
    assert [(p.name, p.is_host) for p in people] == [("Alice", True), ("Bob", False)]
    assert all(p.left_at for p in people)
    # The instant room now expires 10 minutes after the last one left.
    expires = client.get_room(room.id).expires_at
    assert expires is not None
    assert timedelta(minutes=9) < expires - datetime.now(UTC) <= timedelta(minutes=10)


# The page's real WebSocket, kept where the test can reach it; while ``window.offline``
# is set, every new connection drops at once (the network is down).
UNRELIABLE_NETWORK = """(() => {
  const Real = window.WebSocket;
  window.sockets = [];
  window.offline = false;
  window.WebSocket = class extends Real {
    constructor(...args) {
      super(...args);
      window.sockets.push(this);
      if (window.offline) setTimeout(() => this.close(), 0);
    }
  };
  return true;
})()"""


def host_on_unreliable_network(qtbot: Any, client: MeetingsClient, windows: Any, name: str) -> Any:
    """A host alone in the meeting of a new room, on UNRELIABLE_NETWORK; the window."""
    room = client.create_room(name)
    host = windows(room.host_url, name)
    wait_js(qtbot, host.page, "meetingStatus().view === 'lobby'")
    run_js(qtbot, host.page, UNRELIABLE_NETWORK)
    join(qtbot, host, "Alice")
    wait_js(qtbot, host.page, "meetingStatus().view === 'meeting'")
    return host


def test_a_dropped_connection_comes_back_by_itself(
    qtbot: Any, client: MeetingsClient, windows: Any
) -> None:
    room = client.create_room("Wobbly", join_approval_level="explicit_approval")
    host = windows(room.host_url, "Wobbly")
    guest = windows(room.guest_url, "Wobbly")
    join(qtbot, host, "Alice")
    wait_js(qtbot, host.page, "meetingStatus().view === 'meeting'")
    wait_js(qtbot, guest.page, "meetingStatus().view === 'lobby'")
    run_js(qtbot, guest.page, UNRELIABLE_NETWORK)
    join(qtbot, guest, "Bob")
    knock = wait_js(qtbot, host.page, "meetingStatus().waiting[0]")
    run_js(qtbot, host.page, f"meeting.admit({json.dumps(knock['id'])}); true")
    receiving(qtbot, guest, "Alice")
    receiving(qtbot, host, "Bob")
    first_id = status(qtbot, guest.page)["selfId"]

    # Bob's network goes down: his connection drops, and so does every retry.
    run_js(qtbot, guest.page, "window.offline = true; window.sockets.at(-1).close(); true")
    wait_js(qtbot, guest.page, "meetingStatus().reconnecting")
    wait_js(qtbot, host.page, "meetingStatus().peers.length === 0")
    wait_js(qtbot, guest.page, "window.sockets.length >= 3")  # it keeps trying
    shown = status(qtbot, guest.page)
    # Still in the meeting, with his own camera and microphone; no one else for now.
    assert shown["view"] == "meeting" and shown["peers"] == []
    assert shown["camOn"] and shown["micOn"]
    assert all(track["readyState"] == "live" for track in shown["localTracks"])
    assert run_js(qtbot, guest.page, "document.querySelector('#reconnecting').hidden") is False
    assert run_js(qtbot, guest.page, "document.querySelector('#alone').hidden") is True
    qtbot.wait(300)  # a few frames on screen for the picture, not for logic
    guest.grab().save(str(SHOTS / "meeting-reconnecting.png"))

    # The network is back: the next retry rejoins, without asking Alice again, and
    # both see and hear each other.
    run_js(qtbot, guest.page, "window.offline = false; true")
    receiving(qtbot, guest, "Alice")
    receiving(qtbot, host, "Bob")
    assert status(qtbot, host.page)["waiting"] == []
    back = status(qtbot, guest.page)
    assert not back["reconnecting"] and back["selfId"] != first_id
    assert run_js(qtbot, guest.page, "document.querySelectorAll('#grid .tile').length") == 2
    assert run_js(qtbot, guest.page, "document.querySelector('#reconnecting').hidden") is True
    run_js(qtbot, guest.page, "meeting.sendChat('Back again'); true")
    message = wait_js(qtbot, host.page, "meetingStatus().chat.at(-1)")
    assert message["name"] == "Bob" and message["text"] == "Back again"


def test_after_a_minute_of_failed_retries_the_page_says_the_connection_is_lost(
    qtbot: Any, client: MeetingsClient, windows: Any
) -> None:
    host = host_on_unreliable_network(qtbot, client, windows, "Gone")
    # The page's retry delays (about a minute in all) pass a hundred times faster.
    run_js(
        qtbot,
        host.page,
        """(() => {
          const later = window.setTimeout;
          window.setTimeout = (work, ms, ...args) => later(work, (ms || 0) / 100, ...args);
          window.offline = true;
          window.sockets.at(-1).close();
          return true;
        })()""",
    )
    wait_js(qtbot, host.page, "meetingStatus().message === 'lost'")
    shown = status(qtbot, host.page)
    assert not shown["reconnecting"] and shown["localTracks"] == []  # camera and mic off
    assert run_js(qtbot, host.page, "window.sockets.length") == 1 + 10  # every retry made
    assert run_js(qtbot, host.page, "document.querySelector('#message-action').hidden") is False

    # "Rejoin" once the network is back.
    run_js(qtbot, host.page, "window.offline = false; true")
    run_js(qtbot, host.page, "document.querySelector('#message-action').click(); true")
    join(qtbot, host, "Alice")
    wait_js(qtbot, host.page, "meetingStatus().view === 'meeting'")


def draw_line(
    qtbot: Any, window: Any, start: tuple[float, float], end: tuple[float, float]
) -> None:
    """Drag the mouse (real input) across the open whiteboard, in fractions of its size."""
    rect = wait_js(
        qtbot,
        window.page,
        "(() => { const r = document.querySelector('#board-canvas').getBoundingClientRect();"
        " return r.width && [r.x, r.y, r.width, r.height]; })()",
    )
    target = window.view.focusProxy() or window.view

    def at(fx: float, fy: float) -> QPoint:
        return QPoint(int(rect[0] + rect[2] * fx), int(rect[1] + rect[3] * fy))

    QTest.mousePress(target, Qt.MouseButton.LeftButton, pos=at(*start))
    for step in range(1, 21):
        fx = start[0] + (end[0] - start[0]) * step / 20
        fy = start[1] + (end[1] - start[1]) * step / 20
        QTest.mouseMove(target, at(fx, fy), 10)
    QTest.mouseRelease(target, Qt.MouseButton.LeftButton, pos=at(*end))


# Pixels of the whiteboard's canvas close to ``color`` (#rrggbb), sampled every 4 px.
BOARD_PIXELS = """((color) => {
  const canvas = document.querySelector('#board-canvas');
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  const want = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  let count = 0;
  for (let i = 0; i < data.length; i += 16) {
    if (want.every((v, k) => Math.abs(data[i + k] - v) < 24)) count += 1;
  }
  return count;
})"""


def test_whiteboard_drawn_by_one_shows_on_the_other_and_the_host_clears_it(
    qtbot: Any, client: MeetingsClient, windows: Any
) -> None:
    _room, host, guest = host_and_guest(qtbot, client, windows, "Board")
    receiving(qtbot, host, "Bob")

    # Bob draws in red.
    click(qtbot, guest, "#btn-board")
    wait_js(qtbot, guest.page, "meetingStatus().board.open")
    click(qtbot, guest, "#board-tools .swatch[data-color='#e03131']")
    draw_line(qtbot, guest, (0.2, 0.5), (0.8, 0.5))
    wait_js(qtbot, guest.page, "meetingStatus().board.strokes === 1")
    assert run_js(qtbot, guest.page, f"{BOARD_PIXELS}('#e03131')") > 50
    assert run_js(qtbot, guest.page, "document.querySelector('#board-clear') === null")  # hosts

    # Alice's page has it too, and marks the closed whiteboard; opening shows it.
    wait_js(qtbot, host.page, "meetingStatus().board.strokes === 1")
    assert run_js(qtbot, host.page, "document.querySelector('#btn-board .badge').hidden") is False
    click(qtbot, host, "#btn-board")
    wait_js(qtbot, host.page, f"{BOARD_PIXELS}('#e03131') > 50")
    board = status(qtbot, host.page)["board"]
    assert (board["strokes"], board["open"], board["unseen"]) == (1, True, False)
    qtbot.wait(300)  # a few frames on screen for the picture, not for logic
    assert host.grab().save(str(SHOTS / "meeting-whiteboard.png"))

    click(qtbot, host, "#board-clear")
    wait_js(qtbot, guest.page, "meetingStatus().board.strokes === 0")
    wait_js(qtbot, guest.page, f"{BOARD_PIXELS}('#e03131') === 0")
    assert run_js(qtbot, host.page, f"{BOARD_PIXELS}('#e03131')") == 0

    # A room without the whiteboard has no button.
    off = client.create_room("No board", available_features={"is_whiteboard_available": False})
    plain = windows(off.host_url, "No board")
    join(qtbot, plain, "Alice")
    wait_js(qtbot, plain.page, "meetingStatus().view === 'meeting'")
    assert run_js(qtbot, plain.page, "document.querySelector('#btn-board').hidden") is True


def test_the_host_removes_a_guest_from_the_people_list(
    qtbot: Any, client: MeetingsClient, windows: Any
) -> None:
    _room, host, guest = host_and_guest(qtbot, client, windows, "Removal")
    receiving(qtbot, host, "Bob")
    assert run_js(qtbot, guest.page, "document.querySelector('[data-action=remove]') === null")

    click(qtbot, host, "#btn-people")
    remove = "#people-list button[data-action=remove]"
    wait_js(qtbot, host.page, f"document.querySelector('{remove}') !== null")
    # The host's own line: her initial, not "A(" from "Alice (You)".
    avatar = run_js(qtbot, host.page, "document.querySelector('#people-list .avatar').textContent")
    assert avatar == "A"
    click(qtbot, host, remove)  # the first click only asks
    wait_js(qtbot, host.page, f"document.querySelector('{remove}').textContent === 'Remove?'")
    assert status(qtbot, guest.page)["view"] == "meeting"
    wait_painted(qtbot, host)
    host.grab().save(str(SHOTS / "meeting-people-remove.png"))
    click(qtbot, host, remove)

    wait_js(qtbot, guest.page, "meetingStatus().message === 'removed'")
    assert status(qtbot, guest.page)["localTracks"] == []  # camera and microphone off
    title = run_js(qtbot, guest.page, "document.querySelector('#message-title').textContent")
    assert title == "You were removed from the meeting"
    wait_js(qtbot, host.page, "meetingStatus().peers.length === 0")
    qtbot.wait(300)  # a few frames on screen for the picture, not for logic
    assert guest.grab().save(str(SHOTS / "meeting-removed.png"))


def test_a_raised_hand_shows_on_the_others_tile_and_people_list(
    qtbot: Any, client: MeetingsClient, windows: Any
) -> None:
    _room, host, guest = host_and_guest(qtbot, client, windows, "Hands")
    receiving(qtbot, host, "Bob")
    bob_tile = "document.querySelector('#grid .tile:not(.self) .hand-state')"

    click(qtbot, guest, "#btn-hand")
    wait_js(qtbot, guest.page, "meetingStatus().hand === true")  # the click is an event
    wait_js(qtbot, host.page, "meetingStatus().peers[0].hand")
    assert run_js(qtbot, host.page, f"{bob_tile}.hidden") is False
    toasts = "[...document.querySelectorAll('.toast')].map(t => t.textContent).join('|')"
    assert "Bob raised their hand" in run_js(qtbot, host.page, toasts)
    click(qtbot, host, "#btn-people")
    wait_js(qtbot, host.page, "document.querySelector('#people-list .hand-state') !== null")
    wait_painted(qtbot, host)
    host.grab().save(str(SHOTS / "meeting-hand-raised.png"))

    click(qtbot, guest, "#btn-hand")  # lowered again
    wait_js(qtbot, host.page, "meetingStatus().peers[0].hand === false")
    assert run_js(qtbot, host.page, f"{bob_tile}.hidden") is True


def stored_sessions(server: BuiltinServer, room_id: str) -> list[SessionRecord]:
    # Its own connection to the server's SQLite file, as a later reader would have.
    store = SessionStore(server.config.data_dir / DB_NAME)
    try:
        return store.sessions(room_id)
    finally:
        store.close()


def stored_participants(server: BuiltinServer, session_id: str) -> list[ParticipantRecord]:
    store = SessionStore(server.config.data_dir / DB_NAME)
    try:
        return store.participants(session_id)
    finally:
        store.close()


def test_waiting_room_admit_and_deny(qtbot: Any, client: MeetingsClient, windows: Any) -> None:
    room = client.create_room("Front desk", join_approval_level="explicit_approval")
    host = windows(room.host_url)
    guest = windows(room.guest_url)
    join(qtbot, host, "Reception")
    wait_js(qtbot, host.page, "meetingStatus().view === 'meeting'")

    alone = (
        "[document.querySelector('#alone').hidden,"
        " document.querySelector('#alone strong').textContent]"
    )
    assert js_value(qtbot, host.page, alone) == [False, "You're the only one here"]

    join(qtbot, guest, "Visitor")
    wait_js(qtbot, guest.page, "meetingStatus().message === 'waiting_approval'")
    knock = wait_js(qtbot, host.page, "meetingStatus().waiting[0]")
    assert knock["name"] == "Visitor"
    # Not "the only one here" while someone knocks: the box says who is waiting.
    assert js_value(qtbot, host.page, alone) == [False, "Visitor is waiting to join"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    host.grab().save(str(SHOTS / "meeting-knock.png"))
    run_js(
        qtbot, host.page, "document.querySelector('.knock button[data-action=admit]').click(); true"
    )
    wait_js(qtbot, guest.page, "meetingStatus().view === 'meeting'")
    wait_js(qtbot, host.page, "meetingStatus().peers.some(p => p.name === 'Visitor')")
    wait_js(qtbot, host.page, "document.querySelector('#alone').hidden")

    # The same window tries again as someone else, and is turned away.
    run_js(qtbot, guest.page, "meeting.leave(); true")
    wait_js(qtbot, host.page, "meetingStatus().peers.length === 0")
    run_js(qtbot, guest.page, "document.querySelector('#message-action').click(); true")
    join(qtbot, guest, "Stranger")
    wait_js(qtbot, host.page, "meetingStatus().waiting.some(w => w.name === 'Stranger')")
    run_js(
        qtbot, host.page, "document.querySelector('.knock button[data-action=deny]').click(); true"
    )
    wait_js(qtbot, guest.page, "meetingStatus().message === 'denied'")
    assert status(qtbot, host.page)["peers"] == []


def test_guests_wait_for_the_host_when_after_owner_only(
    qtbot: Any, client: MeetingsClient, windows: Any
) -> None:
    room = client.create_room(
        "Board",
        join_approval_level="after_owner_only",
        initial_join_options={"microphone_state": "off"},
        available_features={"is_chat_available": False},
    )
    guest = windows(room.guest_url)
    wait_js(qtbot, guest.page, "meetingStatus().view === 'lobby'")
    run_js(qtbot, guest.page, UNRELIABLE_NETWORK)
    join(qtbot, guest, "Early bird")
    wait_js(qtbot, guest.page, "meetingStatus().message === 'waiting_host_absent'")
    SHOTS.mkdir(parents=True, exist_ok=True)
    guest.grab().save(str(SHOTS / "meeting-waiting.png"))
    # A dropped connection in the waiting room: the page asks again, still waiting.
    run_js(qtbot, guest.page, "window.sockets.at(-1).close(); true")
    wait_js(qtbot, guest.page, "window.sockets.length === 2 && !meetingStatus().reconnecting")
    assert status(qtbot, guest.page)["message"] == "waiting_host_absent"
    host = windows(room.host_url)
    join(qtbot, host, "Chair")
    wait_js(qtbot, guest.page, "meetingStatus().view === 'meeting'")
    # Microphones start off in this room, and chat is absent from the page.
    assert status(qtbot, guest.page)["micOn"] is False
    assert run_js(qtbot, guest.page, "document.querySelector('#btn-chat').hidden") is True
    peer = wait_js(qtbot, host.page, "meetingStatus().peers.find(p => p.name === 'Early bird')")
    assert peer["audio"] is False


def test_language_theme_and_switcher(qtbot: Any, client: MeetingsClient, windows: Any) -> None:
    theme = client.create_theme(main_color="#0a7d4f", brand_text="Cabinet Dupont")
    theme = client.upload_logos(theme.theme_id, white=png(120, 40, color=(255, 255, 255, 255)))
    room = client.create_room(
        "Réunion",
        type="long_term",
        expires_at=datetime.now(UTC) + timedelta(days=1),
        theme_id=theme.theme_id,
        ui_settings={"language": "fr"},
        available_features={"is_locale_switcher_available": True},
    )
    guest = windows(room.guest_url)
    wait_js(
        qtbot, guest.page, "meetingStatus().view === 'lobby' && meetingStatus().firstLocalFrameAt"
    )
    assert run_js(qtbot, guest.page, "document.querySelector('#lobby-title').textContent") == (
        "Prêt à participer ?"
    )
    assert (
        run_js(qtbot, guest.page, "document.querySelector('#join-btn').textContent") == "Participer"
    )
    assert run_js(qtbot, guest.page, "document.querySelector('.brand-text').textContent") == (
        "Cabinet Dupont"
    )
    logo = wait_js(
        qtbot,
        guest.page,
        "(() => { const i = document.querySelector('.brand-logo');"
        " return !i.hidden && i.complete && [i.naturalWidth, i.getAttribute('src')]; })()",
    )
    assert logo == [120, f"/v1/{theme.brand_image_white}"]
    brand = run_js(
        qtbot, guest.page, "getComputedStyle(document.querySelector('#join-btn')).backgroundColor"
    )
    assert brand == "rgb(10, 125, 79)"
    SHOTS.mkdir(parents=True, exist_ok=True)
    guest.grab().save(str(SHOTS / "meeting-lobby-fr.png"))
    run_js(
        qtbot,
        guest.page,
        "const s = document.querySelector('#language'); s.value = 'de';"
        " s.dispatchEvent(new Event('change')); true",
    )
    assert run_js(qtbot, guest.page, "document.querySelector('#join-btn').textContent") == (
        "Jetzt teilnehmen"
    )


def test_used_up_and_unknown_rooms_show_a_clear_page(
    qtbot: Any, server: BuiltinServer, client: MeetingsClient, windows: Any
) -> None:
    room = client.create_room(
        "One-off",
        type="long_term",
        expires_at=datetime.now(UTC) + timedelta(days=1),
        expire_after_use=True,
    )
    host = windows(room.host_url)
    join(qtbot, host, "Host")
    wait_js(qtbot, host.page, "meetingStatus().view === 'meeting'")
    run_js(qtbot, host.page, "meeting.leave(); true")
    qtbot.waitUntil(lambda: not client.get_room(room.id).is_available, timeout=5000)

    late = windows(room.guest_url)
    wait_js(qtbot, late.page, "meetingStatus().message === 'unavailable'")
    title = run_js(qtbot, late.page, "document.querySelector('#message-title').textContent")
    assert title == "This meeting is not available"
    assert not late.fallback_shown
    SHOTS.mkdir(parents=True, exist_ok=True)
    late.grab().save(str(SHOTS / "meeting-unavailable.png"))

    unknown = windows(server.origin + "/123456789012")
    wait_js(qtbot, unknown.page, "meetingStatus().message === 'unavailable'")


def click(qtbot: Any, window: Any, selector: str) -> None:
    """A real mouse click on an element (full screen needs a user gesture)."""
    # After a window resize the page lays out again: click where the element is now.
    size = window.view.size()
    wait_js(
        qtbot,
        window.page,
        f"window.innerWidth === {size.width()} && window.innerHeight === {size.height()}",
    )
    rect = wait_js(
        qtbot,
        window.page,
        f"(() => {{ const r = document.querySelector({json.dumps(selector)})"
        ".getBoundingClientRect(); return r.width && [r.x + r.width / 2, r.y + r.height / 2]; })()",
    )
    target = window.view.focusProxy() or window.view
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(int(rect[0]), int(rect[1])))


def test_full_screen_on_request_and_speaker_highlight(
    qtbot: Any, client: MeetingsClient, windows: Any
) -> None:
    room = client.create_room("Full screen")
    host = windows(room.host_url)
    join(qtbot, host, "Presenter")
    wait_js(qtbot, host.page, "meetingStatus().view === 'meeting'")
    # The fake microphone beeps: the local tile gets the speaker highlight.
    wait_js(
        qtbot,
        host.page,
        "meetingStatus().speaker === 'self' && document.querySelector('.tile.speaking')"
        f".dataset.id === {json.dumps(status(qtbot, host.page)['selfId'])}",
    )
    click(qtbot, host, "#btn-fullscreen")
    qtbot.waitUntil(host.isFullScreen, timeout=5000)
    # Full screen on this 800 px screen crowds the host's toolbar: the button is in More.
    wait_js(qtbot, host.page, "document.querySelector('.toolbar').classList.contains('crowded')")
    click(qtbot, host, "#btn-more")
    click(qtbot, host, '#more-menu [data-for="btn-fullscreen"]')
    qtbot.waitUntil(lambda: not host.isFullScreen(), timeout=5000)


def test_device_choice_and_camera_off_reach_the_other_side(
    qtbot: Any, client: MeetingsClient, windows: Any
) -> None:
    room = client.create_room("Devices")
    host = windows(room.host_url)
    guest = windows(room.guest_url)
    wait_js(
        qtbot, guest.page, "meetingStatus().view === 'lobby' && meetingStatus().firstLocalFrameAt"
    )
    # Chromium's second fake camera delivers a depth format WebRTC does not send, so
    # the camera is switched there and back; the microphone stays switched.
    for select, wanted in (("#camera-select", 1), ("#camera-select", 0), ("#mic-select", 1)):
        labels = wait_js(
            qtbot,
            guest.page,
            f"[...document.querySelectorAll('{select} option')].map(o => o.textContent)",
        )
        assert len(labels) >= 2, labels  # microphones: a "default" entry besides the two
        run_js(
            qtbot,
            guest.page,
            # A block: a top-level const would clash with the next run's.
            f"{{ const s = document.querySelector('{select}'); s.selectedIndex = {wanted};"
            " s.dispatchEvent(new Event('change')); } true",
        )
        label = json.dumps(labels[wanted])
        wait_js(qtbot, guest.page, f"meetingStatus().localTracks.some(t => t.label === {label})")
    join(qtbot, host, "Host")
    wait_js(qtbot, host.page, "meetingStatus().view === 'meeting'")
    join(qtbot, guest, "Guest")
    receiving(qtbot, host, "Guest")

    # Camera off: the light goes off (the track ends) and the host sees an avatar.
    run_js(qtbot, guest.page, "document.querySelector('#btn-cam').click(); true")
    wait_js(qtbot, guest.page, "!meetingStatus().localTracks.some(t => t.kind === 'video')")
    wait_js(qtbot, host.page, "meetingStatus().peers[0].video === false")
    wait_js(
        qtbot,
        host.page,
        "document.querySelector('.tile:not(.self)').classList.contains('video-off')",
    )
    # And back on, with video flowing again.
    run_js(qtbot, guest.page, "document.querySelector('#btn-cam').click(); true")
    wait_js(qtbot, host.page, "meetingStatus().peers[0].video === true")
    before = status(qtbot, host.page)["peers"][0]["framesDecoded"]
    wait_js(qtbot, host.page, f"meetingStatus().peers[0].framesDecoded > {before + 5}")


def test_toolbar_buttons_have_visible_words_and_spoken_names(
    qtbot: Any, client: MeetingsClient, windows: Any
) -> None:
    room = client.create_room("Labels")
    host = windows(room.host_url)
    join(qtbot, host, "Reception")
    wait_js(qtbot, host.page, "meetingStatus().view === 'meeting'")
    wait_js(qtbot, host.page, "window.innerWidth >= 700")  # the wide toolbar (no More menu)
    buttons = js_value(
        qtbot,
        host.page,
        "[...document.querySelectorAll('.toolbar button')]"
        ".filter(b => b.offsetWidth > 0)"
        ".map(b => ({id: b.id, name: b.getAttribute('aria-label'),"
        " word: b.querySelector('.caption')?.textContent || '',"
        " shown: (b.querySelector('.caption')?.offsetWidth || 0) > 0}))",
    )
    ids = {button["id"] for button in buttons}
    assert {"btn-mic", "btn-cam", "btn-leave", "btn-people", "btn-chat"} <= ids
    for button in buttons:
        assert button["name"] and button["word"] and button["shown"], button
    words = {button["id"]: button["word"] for button in buttons}
    assert words["btn-mic"] == "Mic" and words["btn-leave"] == "Leave"

    # Narrower, with the host's buttons: no longer all in one row, so the ones that do
    # not fit go into More, the rest keep their words and stay inside the window.
    host.resize(800, 700)
    wait_js(qtbot, host.page, "document.querySelector('.toolbar').classList.contains('crowded')")
    crowded = js_value(
        qtbot,
        host.page,
        "[...document.querySelectorAll('.toolbar button')].filter(b => b.offsetWidth > 0)"
        ".map(b => ({id: b.id, right: b.getBoundingClientRect().right,"
        " word: b.querySelector('.caption')?.textContent || ''}))",
    )
    width = js_value(qtbot, host.page, "window.innerWidth")
    assert {"btn-mic", "btn-cam", "btn-leave", "btn-chat", "btn-more"} <= {b["id"] for b in crowded}
    assert all(b["word"] and b["right"] <= width for b in crowded), (width, crowded)
    click(qtbot, host, "#btn-more")
    qtbot.wait(100)
    host.grab().save(str(SHOTS / "meeting-toolbar-crowded.png"))
    offered = js_value(
        qtbot,
        host.page,
        "[...document.querySelectorAll('#more-menu .menu-item')].filter(i => !i.hidden)"
        ".map(i => i.dataset.for)",
    )
    assert {"btn-share", "btn-hand", "btn-people", "btn-fullscreen"} <= set(offered)
    click(qtbot, host, "#btn-more")
    # The clock keeps one line at every width where it shows (it wrapped to "04:13 /
    # PM" at 900 px once), and the buttons still fit beside it.
    assert js_value(qtbot, host.page, "document.querySelector('#clock').textContent")
    for width in (800, 900, 1000):
        host.resize(width, 700)
        wait_js(qtbot, host.page, f"window.innerWidth === {width}")
        qtbot.wait(200)
        lines = js_value(
            qtbot,
            host.page,
            "(() => { const c = document.querySelector('#clock'); if (!c.offsetWidth)"
            " return 'hidden'; const r = document.createRange(); r.selectNodeContents(c);"
            " return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size; })()",
        )
        assert lines == 1 or (lines == "hidden" and width < 900), (width, lines)
        outside = js_value(
            qtbot,
            host.page,
            "[...document.querySelectorAll('.toolbar button')].filter(b => b.offsetWidth > 0"
            " && b.getBoundingClientRect().right > window.innerWidth).map(b => b.id)",
        )
        assert outside == [], (width, outside)
    host.resize(1100, 700)
    wait_js(qtbot, host.page, "!document.querySelector('.toolbar').classList.contains('crowded')")
    wait_js(qtbot, host.page, "document.querySelector('#more-menu').hidden")
    # Spoken names stay the full sentence (the word is hidden from screen readers).
    assert next(b for b in buttons if b["id"] == "btn-mic")["name"] == "Mute microphone"
    SHOTS.mkdir(parents=True, exist_ok=True)
    host.grab().save(str(SHOTS / "meeting-toolbar-labels.png"))


def test_a_remembered_name_is_selected_so_typing_replaces_it(
    qtbot: Any, client: MeetingsClient, windows: Any
) -> None:
    room = client.create_room("Names")
    host = windows(room.host_url)
    wait_js(qtbot, host.page, "meetingStatus().view === 'lobby'")
    selection = js_value(
        qtbot,
        host.page,
        "(() => { const n = document.querySelector('#name'); n.value = 'Reception';"
        " n.blur(); n.focus(); return [n.selectionStart, n.selectionEnd]; })()",
    )
    assert selection == [0, len("Reception")]


def test_the_page_clock_follows_the_locale_like_the_apps_titles(
    qtbot: Any, client: MeetingsClient, windows: Any
) -> None:
    from datetime import datetime as plain_datetime

    from PySide6.QtCore import QLocale, QTime

    from launcher.ui.roomtext import default_meeting_name

    room = client.create_room("Clock")
    host = windows(room.host_url)
    wait_js(qtbot, host.page, "meetingStatus().view === 'lobby'")
    samples = ", ".join(
        f"'{locale}': m.clockText(new Date(2031, 2, 14, 14, 20), '{locale}')"
        for locale in ("en-GB", "en-US", "de-DE", "fr-FR")
    )
    run_js(
        qtbot,
        host.page,
        "import(document.querySelector('script[src$=\"meeting.js\"]').src"
        ".replace(/meeting\\.js$/, 'i18n.js'))"
        f".then(m => {{ window.clockSample = {{{samples}}}; }}); true",
    )
    page = wait_js(qtbot, host.page, "window.clockSample")
    # The page speaks English here; its clock still follows the computer's locale, as
    # Qt's locale of the same name does for the app's titles.
    for locale, text in page.items():
        short = QLocale(locale.replace("-", "_")).timeFormat(QLocale.FormatType.ShortFormat)
        is_12h = "AP" in short.upper()
        assert ("PM" in text) == is_12h, (locale, text, short)
        assert text.startswith("02:20" if is_12h else "14:20"), (locale, text)
    assert page["en-GB"] == "14:20" and page["en-US"].startswith("02:20")
    # The app's default names use its locale's own convention the same way.
    app = QLocale().toString(QTime(14, 20), QLocale.FormatType.ShortFormat)
    local = plain_datetime(2031, 3, 14, 14, 20).astimezone()
    assert default_meeting_name(local) == f"Meeting {app}"
