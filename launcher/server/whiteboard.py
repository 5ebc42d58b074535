"""The meeting's live whiteboard, as the signalling server keeps and checks it.

A stroke is sent while it is drawn: ``begin`` (its colour, width and first points),
then ``points`` in small batches, then ``end``. Everyone admitted sees it grow; a late
comer gets the finished strokes and the ones still being drawn. Points are fractions
of the board (0..1), so every screen shows the same drawing at its own size.

Every action is checked here: sizes (points per message and per stroke, strokes per
board, strokes drawn at once), a budget of board frames per participant, ``clear``
for hosts only, ``undo`` of one's own strokes only (strokes drawn by this connection). A frame
that breaks a rule changes nothing and gets ``board {action: "refused", reason}``.

page -> server  ``board {action, ...}``
  ``begin {id, stroke: {color, width, points}}``  a new stroke (``id``: the page's
                 own short name for it)
  ``points {id, points}``   more points of one's stroke being drawn
  ``end {id}``              the stroke is finished
  ``stroke {stroke}``       a whole stroke at once
  ``undo {}``               take back one's latest finished stroke
  ``clear {}``              hosts only: empty the board

server -> page  ``board {action, ...}``  (to everyone else; ``remove`` and ``clear``
also to the sender, so that every page shows the same board)
  ``begin {from, id, stroke}`` / ``points {id, points}`` / ``end {id}``
  ``stroke {from, id, stroke}`` / ``remove {id}`` / ``clear {from}``
  ``accepted {ref, id}``    to the sender of a ``begin``: the id of its stroke (``ref``:
                 the page's name for it), so that the page knows its own strokes
  ``refused {reason}``      to the sender only
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from launcher.server.pacing import TokenBucket

#: At most this many points in a stroke, in one ``points`` or ``begin`` message, strokes
#: on a board (the oldest finished ones go first) and strokes one person draws at once.
MAX_STROKE_POINTS = 1000
MAX_BATCH_POINTS = 100
MAX_BOARD_STROKES = 500
MAX_LIVE_STROKES = 4
#: Points on the whole board: past this the oldest finished strokes go first.
MAX_BOARD_POINTS = 100_000
#: Widths (thousandths of the board's width) and the colour's form.
STROKE_WIDTHS = (1.0, 24.0)
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
_PAGE_ID = re.compile(r"[A-Za-z0-9_-]{1,24}")
#: Board frames a participant may send: a second, sustained, and at once.
BOARD_RATE = 40.0
BOARD_BURST = 80


class BoardError(Exception):
    """A board frame that breaks a rule; ``reason`` is a short code for the page."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason)
        self.reason = reason


@dataclass
class _Stroke:
    id: str
    author: str
    color: str
    width: float
    points: list[list[float]]

    def public(self) -> dict[str, Any]:
        return {"id": self.id, "color": self.color, "width": self.width, "points": self.points}

    def record(self) -> dict[str, Any]:
        """What is kept of a finished stroke (its author too) for another process."""
        return {**self.public(), "author": self.author}


#: Told of each change to the finished strokes: ``("keep", record)`` (a stroke
#: finished, :meth:`_Stroke.record`), ``("remove", stroke id)`` (undone, or the oldest
#: gone past the limits) or ``("clear", None)``.
BoardListener = Callable[[str, Any], None]


@dataclass
class Board:
    """One meeting's whiteboard: finished strokes (oldest first) and live ones."""

    strokes: list[_Stroke] = field(default_factory=list)
    live: dict[str, _Stroke] = field(default_factory=dict)
    _budgets: dict[str, TokenBucket] = field(default_factory=dict)
    _counter: int = 0
    #: Keeps the finished strokes elsewhere as they change (launcher.server.failover).
    listener: BoardListener | None = None

    @classmethod
    def restore(cls, records: Iterable[Mapping[str, Any]]) -> Board:
        """A board with the finished strokes another process kept (their records);
        records that do not check out are left out."""
        board = cls()
        for record in records:
            try:
                clean = clean_stroke(record)
                number = int(str(record.get("id", ""))[1:])
            except (BoardError, ValueError):
                continue
            author = str(record.get("author", ""))
            stroke = _Stroke(f"s{number}", author, clean["color"], clean["width"], clean["points"])
            board.strokes.append(stroke)
            board._counter = max(board._counter, number)
        board.strokes.sort(key=lambda stroke: int(stroke.id[1:]))
        del board.strokes[:-MAX_BOARD_STROKES]
        return board

    def _told(self, change: str, value: Any) -> None:
        if self.listener is not None:
            self.listener(change, value)

    def public(self) -> list[dict[str, Any]]:
        """Everything on the board, as a late comer gets it (live strokes last)."""
        return [s.public() for s in self.strokes] + [s.public() for s in self.live.values()]

    def forget(self, participant_id: str) -> list[dict[str, Any]]:
        """A participant left: their strokes being drawn are finished as they are."""
        out = []
        for key in list(self.live):
            if key.startswith(participant_id + ":"):
                out.append(self._finish(key))
        self._budgets.pop(participant_id, None)
        return out

    def handle(
        self, me_id: str, author: str, is_host: bool, message: Mapping[str, Any]
    ) -> tuple[dict[str, Any], bool, dict[str, Any] | None]:
        """Apply one board frame: (what to relay, whether the sender gets it too, and
        an answer for the sender alone or None)."""
        budget = self._budgets.setdefault(me_id, TokenBucket(BOARD_RATE, BOARD_BURST))
        if not budget.take():
            raise BoardError("slow_down")
        action = message.get("action")
        if action == "begin":
            key = _live_key(me_id, message.get("id"))
            if key in self.live:
                raise BoardError("bad_stroke", "that stroke is already being drawn")
            if sum(k.startswith(me_id + ":") for k in self.live) >= MAX_LIVE_STROKES:
                raise BoardError("too_many", "too many strokes drawn at once")
            stroke = self._new(author, message.get("stroke"), MAX_BATCH_POINTS)
            self.live[key] = stroke
            out = {"action": "begin", "from": me_id, "id": stroke.id, "stroke": stroke.public()}
            return out, False, {"action": "accepted", "ref": message["id"], "id": stroke.id}
        if action == "points":
            growing = self.live.get(_live_key(me_id, message.get("id")))
            if growing is None:
                raise BoardError("bad_stroke", "no such stroke being drawn")
            points = clean_points(message.get("points"), MAX_BATCH_POINTS)
            if len(growing.points) + len(points) > MAX_STROKE_POINTS:
                raise BoardError("too_long", f"a stroke has at most {MAX_STROKE_POINTS} points")
            growing.points.extend(points)
            return {"action": "points", "id": growing.id, "points": points}, False, None
        if action == "end":
            key = _live_key(me_id, message.get("id"))
            if key not in self.live:
                raise BoardError("bad_stroke", "no such stroke being drawn")
            return self._finish(key), False, None
        if action == "stroke":
            stroke = self._new(author, message.get("stroke"), MAX_STROKE_POINTS)
            self._keep(stroke)
            return (
                {
                    "action": "stroke",
                    "from": me_id,
                    "id": stroke.id,
                    "stroke": stroke.public(),
                },
                False,
                None,
            )
        if action == "undo":
            for index in range(len(self.strokes) - 1, -1, -1):
                if self.strokes[index].author == author:
                    removed = self.strokes.pop(index)
                    self._told("remove", removed.id)
                    return {"action": "remove", "id": removed.id}, True, None
            raise BoardError("nothing_to_undo")
        if action == "clear":
            if not is_host:
                raise BoardError("hosts_only", "only hosts clear the whiteboard")
            self.strokes.clear()
            self.live.clear()
            self._told("clear", None)
            return {"action": "clear", "from": me_id}, True, None
        raise BoardError("bad_request", f"unknown board action {action!r}")

    def _new(self, author: str, raw: object, max_points: int) -> _Stroke:
        clean = clean_stroke(raw, max_points)
        self._counter += 1
        return _Stroke(f"s{self._counter}", author, clean["color"], clean["width"], clean["points"])

    def _finish(self, key: str) -> dict[str, Any]:
        stroke = self.live.pop(key)
        self._keep(stroke)
        return {"action": "end", "id": stroke.id}

    def _keep(self, stroke: _Stroke) -> None:
        self.strokes.append(stroke)
        self._told("keep", stroke.record())
        while len(self.strokes) > MAX_BOARD_STROKES:
            self._told("remove", self.strokes.pop(0).id)
        total = sum(len(s.points) for s in self.strokes)
        while total > MAX_BOARD_POINTS and len(self.strokes) > 1:
            oldest = self.strokes.pop(0)
            total -= len(oldest.points)
            self._told("remove", oldest.id)


def _live_key(me_id: str, page_id: object) -> str:
    if not isinstance(page_id, str) or not _PAGE_ID.fullmatch(page_id):
        raise BoardError("bad_stroke", "a stroke's id is 1 to 24 letters, digits, - or _")
    return f"{me_id}:{page_id}"


def clean_points(raw: object, max_points: int) -> list[list[float]]:
    """Points as [x, y] inside the board (rounded), or BoardError."""
    if not isinstance(raw, list) or not 1 <= len(raw) <= max_points:
        raise BoardError("bad_stroke", f"1 to {max_points} points at once")
    clean: list[list[float]] = []
    for point in raw:
        if not isinstance(point, list) or len(point) != 2:
            raise BoardError("bad_stroke", "a point is [x, y]")
        for value in point:
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
                raise BoardError("bad_stroke", "a point is inside the board (0..1)")
        clean.append([round(float(point[0]), 4), round(float(point[1]), 4)])
    return clean


def clean_stroke(raw: object, max_points: int = MAX_STROKE_POINTS) -> dict[str, Any]:
    """A stroke's colour, width and points as stored and relayed, or BoardError."""
    if not isinstance(raw, Mapping):
        raise BoardError("bad_stroke", "a stroke is an object")
    color = raw.get("color")
    if not isinstance(color, str) or not _COLOR.fullmatch(color):
        raise BoardError("bad_stroke", "a stroke's colour is #rrggbb")
    width = raw.get("width")
    low, high = STROKE_WIDTHS
    if isinstance(width, bool) or not isinstance(width, int | float) or not low <= width <= high:
        raise BoardError("bad_stroke", "a stroke's width is out of range")
    points = clean_points(raw.get("points"), max_points)
    return {"color": color.lower(), "width": float(width), "points": points}
