"""The webhook outbox: deliveries queued with the change that caused them.

Rooms and recordings queue their events through :meth:`OutboxPart.enqueue_webhooks`
inside their own transactions; :mod:`launcher.server.webhooks` sends the rows.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from launcher.server.store.connection import Database, StoreBase, dumps, format_time, utc_now

#: Which room ``callback_urls`` key receives an event, by the event's prefix.
#: How long a server's claim on a due webhook delivery (PostgreSQL) keeps others off it:
#: longer than an attempt can take.
CLAIM_LEASE = 120.0

CALLBACK_KEY_BY_PREFIX = {
    "room": "rooms_callback_url",
    "session": "sessions_callback_url",
    "recording": "recordings_callback_url",
}


class OutboxPart(StoreBase):
    """Queue, hand out and settle webhook deliveries."""

    def __init__(self, data_dir: Path, database: Database | None = None) -> None:
        super().__init__(data_dir, database)
        #: Server-wide webhook URLs (``callback_urls`` keys) for rooms without their own.
        self.fallback_callback_urls: dict[str, str] = {}

    def enqueue_webhooks(self, room_id: str | None, events: Sequence[Mapping[str, Any]]) -> int:
        """Queue webhook deliveries for a room's events; returns how many.

        Each body's ``event`` prefix (``room``, ``session``, ``recording``)
        picks the room's ``callback_urls`` entry, else the server-wide one;
        events with no URL are dropped.
        """
        if not events:
            return 0
        row = self._conn.execute("SELECT doc FROM rooms WHERE id = ?", (room_id,)).fetchone()
        urls = dict(self.fallback_callback_urls)
        if row is not None:
            urls.update(json.loads(row["doc"]).get("callback_urls") or {})
        queued = 0
        with self.transaction():
            for body in events:
                event = str(body["event"])
                url = urls.get(CALLBACK_KEY_BY_PREFIX.get(event.split(":", 1)[0], ""))
                if not url:
                    continue
                self._conn.execute(
                    "INSERT INTO webhook_outbox (url, event, body, next_attempt_at, created_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (url, event, dumps(dict(body)), time.time(), format_time(utc_now())),
                )
                queued += 1
        return queued

    def due_webhooks(self, now: float, limit: int = 32) -> list[dict[str, Any]]:
        """Pending deliveries whose time has come, oldest first.

        On PostgreSQL, shared by several servers, the rows are claimed: locked with
        ``FOR UPDATE SKIP LOCKED`` (another server's claim is skipped, never waited
        for) and their next attempt moved :data:`CLAIM_LEASE` ahead, so no other
        server sends them meanwhile; a server that dies leaves them to be sent
        again once the lease is over (at least once). Sending or failing settles them.
        """
        if self.dialect == "postgresql":
            with self.transaction():
                rows = self._conn.execute(
                    "UPDATE webhook_outbox SET next_attempt_at = ? WHERE id IN"
                    " (SELECT id FROM webhook_outbox WHERE state = 'pending'"
                    " AND next_attempt_at <= ? ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED)"
                    " RETURNING id, url, event, body, attempts",
                    (now + CLAIM_LEASE, now, limit),
                ).fetchall()
            return sorted((dict(row) for row in rows), key=lambda row: int(row["id"]))
        rows = self._conn.execute(
            "SELECT id, url, event, body, attempts FROM webhook_outbox"
            " WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT ?",
            (now, limit),
        )
        return [dict(row) for row in rows]

    def next_webhook_at(self) -> float | None:
        """When the next pending delivery is due (unix time), if any."""
        row = self._conn.execute(
            "SELECT MIN(next_attempt_at) FROM webhook_outbox WHERE state = 'pending'"
        ).fetchone()
        return None if row[0] is None else float(row[0])

    def retry_webhooks_now(self) -> int:
        """Make every pending delivery due (at start: the server was down meanwhile)."""
        with self.transaction():
            cursor = self._conn.execute(
                "UPDATE webhook_outbox SET next_attempt_at = ? WHERE state = 'pending'",
                (time.time(),),
            )
        return int(cursor.rowcount)

    def webhook_delivered(self, delivery_id: int) -> None:
        """A receiver took the delivery: forget it."""
        with self.transaction():
            self._conn.execute("DELETE FROM webhook_outbox WHERE id = ?", (delivery_id,))

    def webhook_failed(self, delivery_id: int, error: str, retry_at: float | None) -> None:
        """Count a failed attempt; ``retry_at`` None gives up (state ``failed``, kept)."""
        with self.transaction():
            self._conn.execute(
                "UPDATE webhook_outbox SET attempts = attempts + 1, last_error = ?,"
                " next_attempt_at = COALESCE(?, next_attempt_at),"
                " state = COALESCE(?, state) WHERE id = ?",
                (error[:500], retry_at, "failed" if retry_at is None else None, delivery_id),
            )

    def webhook_outbox(self) -> list[dict[str, Any]]:
        """Every queued or failed delivery (tests, support)."""
        rows = self._conn.execute(
            "SELECT id, url, event, body, attempts, state, last_error FROM webhook_outbox"
            " ORDER BY id"
        )
        return [dict(row) for row in rows]
