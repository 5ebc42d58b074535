"""Per-socket pacing of the signalling WebSocket: rate limits in, a bounded queue out.

- :class:`TokenBucket`: ``rate`` tokens a second up to ``burst``; a frame takes one.
- :class:`FrameLimiter`: what a page may send. Every frame takes a token of the
  signalling bucket, a chat message also one of the chat bucket, an emoji reaction one
  of the reaction bucket. A frame over the
  budget is dropped and the page told once (until a frame passes again); a page that
  keeps sending over its budget (its drops outrun the drop bucket) is disconnected.
- :class:`SendQueue`: what a page is sent goes into its own bounded queue, written by
  its own task, so a broadcast never waits for one slow reader. A queue that fills up
  (the page stopped reading) disconnects that page alone.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from enum import Enum
from typing import Any

log = logging.getLogger(__name__)

#: WebSocket close codes (4000-4999 are the application's own): the page stopped
#: reading what it was sent, and the page kept sending over its budget.
CLOSE_TOO_SLOW = 4408
CLOSE_TOO_MANY = 4429
#: How long the close handshake of a socket being dropped may take before the
#: connection is cut (a page that does not read never answers it).
CLOSE_GRACE = 2.0


@dataclass(frozen=True)
class PacingLimits:
    """What one signalling socket may send and have queued; see ServerConfig."""

    chat_rate: float = 1.0  # chat messages a second, sustained
    chat_burst: int = 8  # chat messages at once
    reaction_rate: float = 1.0  # emoji reactions a second, sustained
    reaction_burst: int = 5  # emoji reactions at once
    frame_rate: float = 50.0  # frames of any kind a second, sustained
    frame_burst: int = 300  # frames at once (a join's offers and ICE candidates)
    drop_rate: float = 1.0  # frames over the budget forgiven a second
    drop_burst: int = 50  # frames over the budget before the socket is closed
    send_queue_frames: int = 256  # frames waiting for one page before it is dropped
    send_queue_bytes: int = 2 * 1024 * 1024  # their size (a lone bigger frame passes)


class TokenBucket:
    """``burst`` tokens, refilled at ``rate`` a second."""

    def __init__(self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic):
        self._rate = rate
        self._burst = float(burst)
        self._tokens = float(burst)
        self._clock = clock
        self._at = clock()

    def take(self) -> bool:
        """Take one token; False (taking nothing) when there is none."""
        now = self._clock()
        self._tokens = min(self._burst, self._tokens + (now - self._at) * self._rate)
        self._at = now
        if self._tokens < 1.0:
            return False
        self._tokens -= 1.0
        return True


class Verdict(Enum):
    """What to do with one incoming frame."""

    PASS = "pass"  # noqa: S105 (not a password)
    DROP = "drop"  # silently: the page was told already
    DROP_AND_TELL = "drop_and_tell"  # and send the page a notice
    CLOSE = "close"  # the page keeps sending over its budget


class FrameLimiter:
    """The incoming budget of one socket."""

    def __init__(self, limits: PacingLimits, clock: Callable[[], float] = time.monotonic):
        self._frames = TokenBucket(limits.frame_rate, limits.frame_burst, clock)
        # Kinds of frame with a budget of their own, besides the signalling one.
        self._kinds = {
            "chat": TokenBucket(limits.chat_rate, limits.chat_burst, clock),
            "react": TokenBucket(limits.reaction_rate, limits.reaction_burst, clock),
        }
        self._drops = TokenBucket(limits.drop_rate, limits.drop_burst, clock)
        self._told = False

    def check(self, kind: object) -> Verdict:
        """The verdict on a frame of type ``kind``."""
        extra = self._kinds.get(kind) if isinstance(kind, str) else None
        if self._frames.take() and (extra is None or extra.take()):
            self._told = False
            return Verdict.PASS
        if not self._drops.take():
            return Verdict.CLOSE
        if self._told:
            return Verdict.DROP
        self._told = True
        return Verdict.DROP_AND_TELL


class SendQueue:
    """The outgoing frames of one socket, written in order by their own task.

    ``write`` sends one frame (it may wait for the reader); ``drop`` is called once,
    when the queue overflows, and should disconnect the page.
    """

    def __init__(
        self,
        write: Callable[[str], Awaitable[None]],
        drop: Callable[[], Coroutine[Any, Any, None]],
        limits: PacingLimits,
    ) -> None:
        self._write = write
        self._drop = drop
        self._max_frames = limits.send_queue_frames
        self._max_bytes = limits.send_queue_bytes
        self._frames: deque[str] = deque()
        self._bytes = 0
        self._ready = asyncio.Event()
        self._idle = asyncio.Event()
        self._idle.set()
        self._closed = False
        self._task = asyncio.get_running_loop().create_task(self._run())
        self._dropper: asyncio.Task[None] | None = None

    @property
    def overflowed(self) -> bool:
        """True once the queue overflowed (the page is being disconnected)."""
        return self._dropper is not None

    def put(self, frame: str) -> None:
        """Queue a frame (never waits); on overflow, disconnect the page."""
        if self._closed:
            return
        size = len(frame)
        if self._frames and (
            len(self._frames) >= self._max_frames or self._bytes + size > self._max_bytes
        ):
            log.info("signalling: a page stopped reading; disconnecting it")
            self._closed = True
            self._frames.clear()
            self._bytes = 0
            # The writer is left waiting for the reader: cancelling it would also cancel
            # the drain the close frame waits for. Cutting the connection ends both.
            self._dropper = asyncio.get_running_loop().create_task(self._drop())
            return
        self._frames.append(frame)
        self._bytes += size
        self._idle.clear()
        self._ready.set()

    async def drain(self, timeout: float) -> None:
        """Wait (at most ``timeout`` seconds) until everything queued was written."""
        if not self._closed:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._idle.wait(), timeout)

    async def close(self) -> None:
        """Stop writing (what is queued is discarded) and wait for the task to end."""
        self._closed = True
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        if self._dropper is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._dropper

    async def _run(self) -> None:
        while True:
            await self._ready.wait()
            while self._frames:
                frame = self._frames.popleft()
                self._bytes -= len(frame)
                try:
                    await self._write(frame)
                except (ConnectionError, RuntimeError):
                    # The page went away; its own close handling cleans up.
                    self._closed = True
                    self._frames.clear()
                    self._idle.set()
                    return
            self._ready.clear()
            self._idle.set()
