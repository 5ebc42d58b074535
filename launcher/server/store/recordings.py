"""Recordings: their rows and states (started, paused, stopped, uploaded), each
change queuing its ``recording:*`` webhook in the same transaction."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from launcher.server.store.connection import format_time, parse_time, utc_now
from launcher.server.store.outbox import OutboxPart

RECORDING_STATUSES = ("started", "stopped", "paused", "uploaded")
#: The columns a recording is inserted with; reads add the pause bookkeeping.
INSERT_COLUMNS = "id, application_id, room_id, session_id, started_at, ended_at, status, url"
RECORDING_COLUMNS = f"{INSERT_COLUMNS}, paused_at, paused_seconds"


class RecordingsPart(OutboxPart):
    """Recordings of an application's sessions."""

    def add_recording(
        self,
        application_id: str,
        session_id: str,
        *,
        room_id: str | None = None,
        started_at: datetime | None = None,
        ended_at: datetime | None = None,
        status: str = "started",
        url: str | None = None,
        recording_id: str | None = None,
    ) -> dict[str, Any]:
        """Store a recording (the meeting pages call this); returns its row.

        Without ``url`` the API links to a signed download of the file
        ``<data dir>/recordings/<id>.<ext>``, which the caller writes.
        """
        if status not in RECORDING_STATUSES:
            raise ValueError(f"unknown recording status {status!r}")
        rec_id = recording_id or str(uuid.uuid4())
        with self.transaction():
            self._conn.execute(
                f"INSERT INTO recordings ({INSERT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    rec_id,
                    application_id,
                    room_id,
                    session_id,
                    format_time(started_at or utc_now()),
                    None if ended_at is None else format_time(ended_at),
                    status,
                    url,
                ),
            )
        recording = self.get_recording(application_id, rec_id)
        assert recording is not None
        return recording

    def update_recording(
        self,
        recording_id: str,
        *,
        status: str | None = None,
        ended_at: datetime | None = None,
        url: str | None = None,
    ) -> bool:
        """Change a recording's status, end time or download URL."""
        if status is not None and status not in RECORDING_STATUSES:
            raise ValueError(f"unknown recording status {status!r}")
        sets: list[str] = []
        args: list[Any] = []
        if status is not None:
            sets.append("status = ?")
            args.append(status)
        if ended_at is not None:
            sets.append("ended_at = ?")
            args.append(format_time(ended_at))
        if url is not None:
            sets.append("url = ?")
            args.append(url)
        if not sets:
            return self._exists_sql("SELECT 1 FROM recordings WHERE id = ?", [recording_id])
        with self.transaction():
            # Column names come from the constants above; values are bound.
            sql = f"UPDATE recordings SET {', '.join(sets)} WHERE id = ?"
            cursor = self._conn.execute(sql, [*args, recording_id])
        return int(cursor.rowcount) == 1

    def find_recording(self, recording_id: str) -> dict[str, Any] | None:
        """A recording of any application (the meeting pages' upload checks it)."""
        row = self._conn.execute(
            f"SELECT {RECORDING_COLUMNS} FROM recordings WHERE id = ?{self.for_update}",
            (recording_id,),
        ).fetchone()
        return None if row is None else dict(row)

    def start_recording(self, application_id: str, session_id: str, room_id: str) -> dict[str, Any]:
        """A new recording in ``started`` state plus its ``recording:started`` webhook."""
        with self.transaction():
            recording = self.add_recording(application_id, session_id, room_id=room_id)
            self.enqueue_webhooks(
                room_id,
                [
                    {
                        "event": "recording:started",
                        "recording_id": recording["id"],
                        "session_id": session_id,
                    }
                ],
            )
        return recording

    def stop_recording(
        self, recording_id: str, ended_at: datetime | None = None
    ) -> dict[str, Any] | None:
        """``started`` or ``paused`` -> ``stopped`` plus ``recording:ended`` (duration in
        seconds of recording: its pauses are left out).

        A recording in another state is returned unchanged; None if unknown.
        """
        ended_at = ended_at or utc_now()
        with self.transaction():
            row = self.find_recording(recording_id)
            if row is None or row["status"] not in ("started", "paused"):
                return row
            self.update_recording(recording_id, status="stopped", ended_at=ended_at)
            started = parse_time(row["started_at"])
            paused = _paused_seconds(row, ended_at)
            self.enqueue_webhooks(
                row["room_id"],
                [
                    {
                        "event": "recording:ended",
                        "recording_id": recording_id,
                        "session_id": row["session_id"],
                        "started_at": row["started_at"],
                        "ended_at": format_time(ended_at),
                        "duration": max(0, round((ended_at - started).total_seconds() - paused)),
                    }
                ],
            )
            return self.find_recording(recording_id)

    def pause_recording(
        self, recording_id: str, paused: bool, at: datetime | None = None
    ) -> dict[str, Any] | None:
        """``started`` <-> ``paused`` (the contract has no webhook for it); the pause's
        length is kept for the ended event's duration.

        A recording in another state is returned unchanged; None if unknown.
        """
        at = at or utc_now()
        before, after = ("started", "paused") if paused else ("paused", "started")
        with self.transaction():
            row = self.find_recording(recording_id)
            if row is None or row["status"] != before:
                return row
            self.update_recording(recording_id, status=after)
            self._conn.execute(
                "UPDATE recordings SET paused_at = ?, paused_seconds = ? WHERE id = ?",
                (format_time(at) if paused else None, _paused_seconds(row, at), recording_id),
            )
            return self.find_recording(recording_id)

    def stop_open_recordings(self, ended_at: datetime | None = None) -> int:
        """Stop recordings a killed server left running (their pages may still upload)."""
        with self.transaction():
            rows = self._conn.execute(
                "SELECT id FROM recordings WHERE status IN ('started', 'paused')"
            ).fetchall()
            for row in rows:
                self.stop_recording(str(row["id"]), ended_at)
        return len(rows)

    def stop_session_recordings(self, session_id: str) -> list[str]:
        """Stop a session's recordings still running (its process died); their ids."""
        with self.transaction():
            rows = self._conn.execute(
                "SELECT id FROM recordings WHERE session_id = ?"
                " AND status IN ('started', 'paused')",
                (session_id,),
            ).fetchall()
            for row in rows:
                self.stop_recording(str(row["id"]))
        return [str(row["id"]) for row in rows]

    def recording_uploaded(self, recording_id: str, url: str) -> dict[str, Any] | None:
        """Its file is in place: ``uploaded`` plus ``recording:uploaded`` with ``url``.

        A recording still ``started`` is stopped first (its end event comes first).
        """
        with self.transaction():
            row = self.stop_recording(recording_id)
            if row is None:
                return None
            self.update_recording(recording_id, status="uploaded")
            self.enqueue_webhooks(
                row["room_id"],
                [
                    {
                        "event": "recording:uploaded",
                        "recording_id": recording_id,
                        "session_id": row["session_id"],
                        "room_id": row["room_id"],
                        "url": url,
                    }
                ],
            )
            return self.find_recording(recording_id)

    def get_recording(self, application_id: str, recording_id: str) -> dict[str, Any] | None:
        row = self._conn.execute(
            f"SELECT {RECORDING_COLUMNS} FROM recordings WHERE id = ? AND application_id = ?",
            (recording_id, application_id),
        ).fetchone()
        return None if row is None else dict(row)

    def session_recordings(self, application_id: str, session_id: str) -> list[dict[str, Any]]:
        rows = self._conn.execute(
            f"SELECT {RECORDING_COLUMNS} FROM recordings WHERE application_id = ?"
            " AND session_id = ?"
            " ORDER BY started_at, rowid",
            (application_id, session_id),
        )
        return [dict(row) for row in rows]

    def delete_recording(self, application_id: str, recording_id: str) -> str | None:
        """Delete an uploaded recording. Returns the status found (None: no such
        recording); only ``uploaded`` ones are deleted."""
        with self.transaction():
            row = self._conn.execute(
                f"SELECT status FROM recordings WHERE id = ? AND application_id = ?"
                f"{self.for_update}",
                (recording_id, application_id),
            ).fetchone()
            if row is None:
                return None
            if row["status"] == "uploaded":
                self._conn.execute("DELETE FROM recordings WHERE id = ?", (recording_id,))
            return str(row["status"])


def _paused_seconds(row: dict[str, Any], now: datetime) -> float:
    """Seconds ``row`` spent paused up to ``now`` (a running pause counts up to then)."""
    paused = float(row.get("paused_seconds") or 0)
    if row.get("paused_at"):
        paused += max(0.0, (now - parse_time(row["paused_at"])).total_seconds())
    return paused
