"""Who waits at the door of an application's rooms: the host event stream's client side.

The stream is an extension of the contract (``GET {api}/events``, Server-Sent Events;
see :mod:`launcher.server.host_events` and the README). :class:`Door` keeps the
current state from its events; :class:`HostEventStream` reads the stream on the
caller's (worker) thread for as long as it runs, reconnecting with backoff.

    stream = HostEventStream(client, on_change=lambda visitors, knocked: ...)
    threading.Thread(target=stream.run, daemon=True).start()
    ...
    stream.stop()   # from any thread; run() returns soon after
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from launcher.api import errors
from launcher.api.client import MeetingsClient

__all__ = ["Door", "HostEventStream", "Visitor"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Visitor:
    """Somebody waiting to be let into a room."""

    room_id: str
    meeting_code: str
    room_name: str
    participant_id: str
    name: str
    since: str = ""

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Visitor | None:
        """A visitor from an event's data; None when a required field is missing."""
        room_id, participant_id = data.get("room_id"), data.get("participant_id")
        if not isinstance(room_id, str) or not isinstance(participant_id, str):
            return None
        return cls(
            room_id=room_id,
            meeting_code=str(data.get("meeting_code") or ""),
            room_name=str(data.get("room_name") or ""),
            participant_id=participant_id,
            name=str(data.get("name") or ""),
            since=str(data.get("since") or ""),
        )


class Door:
    """Who is waiting now, kept from the stream's events (not thread-safe: one reader)."""

    def __init__(self) -> None:
        self._visitors: dict[str, Visitor] = {}

    @property
    def visitors(self) -> list[Visitor]:
        """Everybody waiting, in the order they came."""
        return list(self._visitors.values())

    def apply(self, kind: str, data: Any) -> Visitor | None:
        """Take one event; returns the visitor who just knocked (a ``knock``), else None."""
        if not isinstance(data, Mapping):
            return None
        if kind == "snapshot":
            items = data.get("waiting")
            fresh = (
                [Visitor.from_json(i) for i in items if isinstance(i, Mapping)]
                if isinstance(items, list)
                else []
            )
            self._visitors = {v.participant_id: v for v in fresh if v is not None}
        elif kind == "knock":
            visitor = Visitor.from_json(data)
            if visitor is not None and visitor.participant_id not in self._visitors:
                self._visitors[visitor.participant_id] = visitor
                return visitor
        elif kind in ("admitted", "left"):
            self._visitors.pop(str(data.get("participant_id")), None)
        return None

    def clear(self) -> None:
        self._visitors.clear()


#: ``on_change(visitors, knocked)``: the door's state after an event; ``knocked`` is the
#: newcomer when the event was a knock (called on the stream's thread).
ChangeCallback = Callable[[list[Visitor], Visitor | None], None]
#: ``on_status(connected, error)``: the stream (re)connected, or failed with ``error``.
StatusCallback = Callable[[bool, errors.ApiError | None], None]


class HostEventStream:
    """Reads one application's events until :meth:`stop`, reconnecting with backoff.

    ``client`` should be this stream's own :class:`MeetingsClient`: :meth:`stop` cancels
    every call in progress on it. While disconnected the door is reported empty (who
    waits is not known). An :class:`errors.AuthError` or :class:`errors.NotFound`
    (a server without the extension) waits :attr:`max_backoff` before trying again.
    """

    first_backoff = 1.0
    max_backoff = 60.0

    def __init__(
        self,
        client: MeetingsClient,
        on_change: ChangeCallback,
        on_status: StatusCallback | None = None,
    ) -> None:
        self._client = client
        self._on_change = on_change
        self._on_status = on_status
        self._stopped = threading.Event()
        self.door = Door()

    def stop(self) -> None:
        """End :meth:`run` (from any thread)."""
        self._stopped.set()
        self._client.cancel()

    @property
    def stopped(self) -> bool:
        return self._stopped.is_set()

    def run(self) -> None:
        """Read and reconnect until stopped (blocking: a worker thread's whole job)."""
        delay = self.first_backoff
        while not self._stopped.is_set():
            error: errors.ApiError | None = None
            try:
                got_any = self._read_once()
            except errors.Cancelled:
                break
            except errors.ApiError as exc:
                error, got_any = exc, False
            except Exception as exc:  # never let the watcher thread die quietly
                log.exception("host events: unexpected failure")
                error, got_any = errors.ApiError(str(exc)), False
            if self._stopped.is_set():
                break
            if self.door.visitors:
                self.door.clear()
                self._tell(self.door.visitors, None)
            if self._on_status is not None:
                self._on_status(False, error)
            if got_any:
                delay = self.first_backoff  # it worked for a while: come back soon
            elif isinstance(error, errors.AuthError | errors.NotFound):
                delay = self.max_backoff
            log.debug("host events: reconnecting in %.0f s (%s)", delay, error)
            if self._stopped.wait(delay):
                break
            delay = min(delay * 2, self.max_backoff)

    def _read_once(self) -> bool:
        """One connection: True when the server sent at least its snapshot."""
        got_any = False
        for kind, data in self._client.host_events():
            if self._stopped.is_set():
                break
            if not got_any and self._on_status is not None:
                self._on_status(True, None)
            got_any = True
            knocked = self.door.apply(kind, data)
            if kind in ("snapshot", "knock", "admitted", "left"):
                self._tell(self.door.visitors, knocked)
        return got_any

    def _tell(self, visitors: Iterable[Visitor], knocked: Visitor | None) -> None:
        try:
            self._on_change(list(visitors), knocked)
        except Exception:
            log.exception("host events: a listener failed")
