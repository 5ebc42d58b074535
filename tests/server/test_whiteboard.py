"""The live whiteboard over the real signalling socket (launcher.server.whiteboard)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from launcher.api import MeetingsClient
from launcher.server import BuiltinServer
from launcher.server.sessions import SessionStore
from launcher.server.store import DB_NAME
from launcher.server.whiteboard import (
    BOARD_BURST,
    MAX_BATCH_POINTS,
    MAX_BOARD_POINTS,
    MAX_BOARD_STROKES,
    MAX_STROKE_POINTS,
    Board,
    BoardError,
)
from tests.server.test_signalling import Page, client, run, server

__all__ = ["client", "server"]  # the fixtures, shared with the signalling tests


def test_a_stroke_reaches_the_others_while_it_is_drawn_and_late_comers_get_it(
    server: BuiltinServer, client: MeetingsClient
) -> None:
    room = client.create_room("Live board")

    async def scenario(connect: Callable[..., Awaitable[Page]]) -> None:
        host = await connect(room, "Ann", host=True)
        await host.next("joined")
        guest = await connect(room, "Ben")
        guest_id = (await guest.next("welcome"))["id"]
        await guest.next("joined")
        stroke = {"color": "#1971c2", "width": 4, "points": [[0.1, 0.1]]}
        await guest.send(type="board", action="begin", id="a1", stroke=stroke)
        begun = await host.next("board")
        accepted = await guest.next("board")
        assert accepted == {"type": "board", "action": "accepted", "ref": "a1", "id": begun["id"]}
        assert begun["action"] == "begin" and begun["from"] == guest_id
        sid = begun["id"]
        assert begun["stroke"]["points"] == [[0.1, 0.1]]
        await guest.send(type="board", action="points", id="a1", points=[[0.2, 0.2], [0.3, 0.3]])
        assert await host.next("board") == {
            "type": "board",
            "action": "points",
            "id": sid,
            "points": [[0.2, 0.2], [0.3, 0.3]],
        }
        # A late comer during the stroke gets it as drawn so far, then the rest.
        late = await connect(room, "Cleo")
        board = (await late.next("joined"))["board"]
        assert board == [{**begun["stroke"], "points": [[0.1, 0.1], [0.2, 0.2], [0.3, 0.3]]}]
        await guest.send(type="board", action="points", id="a1", points=[[0.4, 0.4]])
        for page in (host, late):
            assert (await page.next("board"))["points"] == [[0.4, 0.4]]
        await guest.send(type="board", action="end", id="a1")
        for page in (host, late):
            assert (await page.next("board")) == {"type": "board", "action": "end", "id": sid}

        # Sizes are bounded: a batch, a stroke, strokes drawn at once; odd frames refused.
        async def refused(**frame: object) -> str:
            await guest.send(type="board", **frame)
            answer = await guest.next("board")
            assert answer["action"] == "refused"
            return str(answer["reason"])

        many = [[0.5, 0.5]] * (MAX_BATCH_POINTS + 1)
        assert (
            await refused(action="begin", id="b", stroke={**stroke, "points": many}) == "bad_stroke"
        )
        await guest.send(type="board", action="begin", id="b", stroke=stroke)
        await host.next("board")
        await guest.next("board")
        assert await refused(action="points", id="b", points=many) == "bad_stroke"
        batch = [[0.5, 0.5]] * MAX_BATCH_POINTS
        for _ in range(MAX_STROKE_POINTS // MAX_BATCH_POINTS - 1):
            await guest.send(type="board", action="points", id="b", points=batch)
            await host.next("board")
        assert await refused(action="points", id="b", points=batch) == "too_long"
        assert await refused(action="points", id="nope", points=[[0.1, 0.1]]) == "bad_stroke"
        assert await refused(action="begin", id="../x", stroke=stroke) == "bad_stroke"
        assert await refused(action="begin", id="b", stroke=stroke) == "bad_stroke"
        for name in ("c", "d", "e"):
            await guest.send(type="board", action="begin", id=name, stroke=stroke)
            await host.next("board")
            await guest.next("board")
        assert await refused(action="begin", id="f", stroke=stroke) == "too_many"
        assert await refused(action="wipe") == "bad_request"
        assert await refused(action="points", id="b", points="lots") == "bad_stroke"
        # The socket is still fine after all that.
        await guest.send(type="board", action="end", id="b")
        assert (await host.next("board"))["action"] == "end"

        # Leaving finishes one's strokes being drawn, for everyone else.
        await guest.ws.close()
        ends = [await host.next("board") for _ in range(3)]
        assert {e["action"] for e in ends} == {"end"}

    run(server, scenario)


def test_the_board_keeps_its_newest_strokes_within_its_bounds() -> None:
    board = Board()
    line = {"color": "#1f2937", "width": 4, "points": [[0.5, 0.5]] * MAX_STROKE_POINTS}
    # (a new sender each time: one sender alone would run out of its budget)
    for n in range(MAX_BOARD_POINTS // MAX_STROKE_POINTS + 5):
        board.handle(f"p{n}", "p", False, {"action": "stroke", "stroke": line})
    assert sum(len(s["points"]) for s in board.public()) <= MAX_BOARD_POINTS
    assert board.public()[-1]["id"] == f"s{MAX_BOARD_POINTS // MAX_STROKE_POINTS + 5}"
    dot = {**line, "points": [[0.1, 0.1]]}
    for n in range(MAX_BOARD_STROKES + 3):
        board.handle(f"q{n}", "q", False, {"action": "stroke", "stroke": dot})
    assert len(board.public()) == MAX_BOARD_STROKES
    # One sender has a budget of board frames: a flood is refused, not stored.
    reasons = []
    for _ in range(BOARD_BURST + 20):
        try:
            board.handle("r", "r", False, {"action": "stroke", "stroke": dot})
        except BoardError as exc:
            reasons.append(exc.reason)
    assert 10 <= len(reasons) <= 20 and set(reasons) == {"slow_down"}


def test_a_board_kept_elsewhere_as_it_changes_is_restored_the_same() -> None:
    """What another process keeps (launcher.server.failover): every finished stroke,
    each one undone, trimmed or cleared; a board restored from it shows the same strokes,
    undo still works for their authors and new strokes get new ids."""
    kept: dict[str, dict[str, Any]] = {}

    def listener(change: str, value: Any) -> None:
        if change == "keep":
            kept[value["id"]] = value
        elif change == "remove":
            del kept[value]
        else:
            kept.clear()

    board = Board(listener=listener)
    dot = {"color": "#1F2937", "width": 4, "points": [[0.1, 0.1]]}
    board.handle("a", "a", False, {"action": "begin", "id": "x", "stroke": dot})
    assert kept == {}  # not finished yet
    board.handle("a", "a", False, {"action": "points", "id": "x", "points": [[0.2, 0.2]]})
    board.handle("a", "a", False, {"action": "end", "id": "x"})
    board.handle("b", "b", False, {"action": "stroke", "stroke": dot})
    board.handle("b", "b", False, {"action": "stroke", "stroke": dot})
    board.handle("b", "b", False, {"action": "undo"})
    board.handle("a", "a", False, {"action": "begin", "id": "y", "stroke": dot})
    board.forget("a")  # left while drawing: finished as it is
    assert sorted(kept) == ["s1", "s2", "s4"]
    restored = Board.restore([*kept.values(), {"id": "s9", "color": "red"}])  # bad: left out
    assert restored.public() == board.public()
    assert restored.handle("b", "b", False, {"action": "undo"})[0] == {
        "action": "remove",
        "id": "s2",
    }
    out, _to_me, _answer = restored.handle("c", "c", True, {"action": "stroke", "stroke": dot})
    assert out["id"] == "s5"
    board.handle("c", "c", True, {"action": "clear"})
    assert kept == {}
    for n in range(MAX_BOARD_STROKES + 2):
        board.handle(f"q{n}", "q", False, {"action": "stroke", "stroke": dot})
    assert sorted(kept, key=lambda i: int(i[1:])) == [s["id"] for s in board.public()]


def test_undo_takes_back_only_ones_own_strokes_and_the_board_survives_a_reconnect(
    server: BuiltinServer, client: MeetingsClient
) -> None:
    room = client.create_room("Undo board")
    stroke = {"color": "#2f9e44", "width": 4, "points": [[0.1, 0.1], [0.2, 0.2]]}
    seen: dict[str, str] = {}

    async def scenario(connect: Callable[..., Awaitable[Page]]) -> None:
        host = await connect(room, "Ann", host=True)
        await host.next("joined")
        guest = await connect(room, "Ben")
        await guest.next("joined")
        await host.send(type="board", action="stroke", stroke=stroke)
        mine = (await guest.next("board"))["id"]
        # The guest has drawn nothing: undo takes nothing, the host's stroke stays.
        await guest.send(type="board", action="undo")
        assert (await guest.next("board"))["reason"] == "nothing_to_undo"
        await guest.send(type="board", action="stroke", stroke=stroke)
        theirs = (await host.next("board"))["id"]
        await guest.send(type="board", action="undo")
        for page in (host, guest):
            assert await page.next("board") == {"type": "board", "action": "remove", "id": theirs}
        # The host's own undo removes the host's stroke.
        await host.send(type="board", action="undo")
        assert (await guest.next("board"))["id"] == mine
        await host.send(type="board", action="stroke", stroke=stroke)
        kept = seen["kept"] = (await guest.next("board"))["id"]

        # Everybody drops out, then comes back: the board is still there.
        await guest.ws.close()
        await host.ws.close()
        again = await connect(room, "Ann", host=True)
        assert [s["id"] for s in (await again.next("joined"))["board"]] == [kept]
        # Leaving on purpose ends it: the board is saved with the session, and the
        # next session starts with a blank board.
        await again.send(type="leave")
        await again.closed_by_server()
        fresh = await connect(room, "Ann", host=True)
        assert (await fresh.next("joined"))["board"] == []

    run(server, scenario)
    store = SessionStore(server.config.data_dir / DB_NAME, server.config.database)
    try:
        saved = [store.board(s.session_id) for s in store.sessions(room.id)]
    finally:
        store.close()
    # Saved when the first session ended (everyone dropped) and the second (Ann left).
    assert len(saved) == 3 and saved[2] is None  # the last session is still running
    for board in saved[:2]:
        assert board is not None
        assert [(s["id"], s["points"]) for s in board] == [(seen["kept"], stroke["points"])]
