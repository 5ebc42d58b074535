"""A facilitated speaking round: who speaks in which order, whose turn it is, and for
how long. Pure state; the signalling hub (:mod:`launcher.server.signalling`) checks who
may start, pass and stop it, and tells every page (``round`` messages).

The order is the people with a raised hand, in the order they raised it, then everyone
else in the order they joined. "Next" passes the turn; after the last speaker the round
is over. Somebody who leaves is taken out of the order (their turn passes on).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

#: Seconds each speaker may have (the page offers a few choices inside this range).
SPEAKER_SECONDS = (10, 900)
DEFAULT_SECONDS = 60


def speaking_order(people: Sequence[tuple[str, float | None]]) -> list[str]:
    """Ids of ``(id, hand raised at or None)`` in join order: raised hands first
    (earliest first), then the others in their order."""
    hands = sorted((at, index, pid) for index, (pid, at) in enumerate(people) if at is not None)
    first = [pid for _at, _index, pid in hands]
    return first + [pid for pid, at in people if at is None]


@dataclass
class Roundtable:
    """One round in progress."""

    order: list[str]
    names: dict[str, str]
    seconds: int
    current: int = 0
    clock: Callable[[], float] = time.monotonic
    turn_started: float = field(default=0.0)

    def __post_init__(self) -> None:
        self.turn_started = self.clock()

    @property
    def finished(self) -> bool:
        return self.current >= len(self.order)

    @property
    def speaker(self) -> str | None:
        return None if self.finished else self.order[self.current]

    def next(self) -> None:
        """Pass the turn to the next speaker (the round may be over then)."""
        self.current += 1
        self.turn_started = self.clock()

    def drop(self, participant_id: str) -> bool:
        """Take somebody who left out of the order; True when the round changed."""
        if participant_id not in self.order:
            return False
        at = self.order.index(participant_id)
        self.order.pop(at)
        if at < self.current:
            self.current -= 1
        elif at == self.current:
            self.turn_started = self.clock()  # the next one's turn starts now
        return True

    def public(self) -> dict[str, Any]:
        """What pages are told: the order with names, whose turn, how long it has run
        (milliseconds, so that a page's clock need not agree with the server's)."""
        return {
            "active": not self.finished,
            "order": [{"id": pid, "name": self.names.get(pid, "")} for pid in self.order],
            "current": self.current,
            "seconds": self.seconds,
            "elapsed_ms": int((self.clock() - self.turn_started) * 1000),
        }
