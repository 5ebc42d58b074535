"""Recordings streamed while they record: chunks on the server as they are made, the
file assembled at the stop, and ``recording:ended`` durations without the pauses."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from launcher.server.store import DB_NAME, Store

T0 = datetime(2026, 3, 1, 9, 0, 0, tzinfo=UTC)


def ended_events(store: Store) -> list[dict[str, object]]:
    rows = store._conn.execute(
        "SELECT body FROM webhook_outbox WHERE event = 'recording:ended' ORDER BY id"
    )
    return [json.loads(row["body"]) for row in rows]


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def test_the_ended_duration_leaves_out_pauses(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.fallback_callback_urls = {"recordings_callback_url": "https://hooks.example/rec"}
    try:
        # 10 s recorded, 30 s paused, 20 s recorded: 30 s of recording.
        one = store.add_recording("app", "s-1", room_id="r-1", started_at=at(0))["id"]
        assert (store.pause_recording(one, True, at(10)) or {})["status"] == "paused"
        assert (store.pause_recording(one, False, at(40)) or {})["status"] == "started"
        store.stop_recording(one, at(60))
        # Paused twice, and stopped while paused: 5 + 5 s of recording.
        two = store.add_recording("app", "s-1", room_id="r-1", started_at=at(0))["id"]
        store.pause_recording(two, True, at(5))
        store.pause_recording(two, True, at(7))  # already paused: nothing changes
        store.pause_recording(two, False, at(15))
        store.pause_recording(two, True, at(20))
        store.stop_recording(two, at(100))
        # Never paused: the whole time.
        three = store.add_recording("app", "s-1", room_id="r-1", started_at=at(0))["id"]
        store.stop_recording(three, at(42))
        durations = {e["recording_id"]: e["duration"] for e in ended_events(store)}
        assert durations == {one: 30, two: 10, three: 42}
        ended = {e["recording_id"]: e for e in ended_events(store)}
        # Start and end stay the wall-clock times.
        assert ended[one]["started_at"] == "2026-03-01T09:00:00.000Z"
        assert ended[one]["ended_at"] == "2026-03-01T09:01:00.000Z"
    finally:
        store.close()


def test_a_recordings_table_from_before_pause_durations_gets_the_columns(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute(
        "CREATE TABLE recordings (id TEXT PRIMARY KEY, application_id TEXT NOT NULL,"
        " room_id TEXT, session_id TEXT NOT NULL, started_at TEXT NOT NULL, ended_at TEXT,"
        " status TEXT NOT NULL, url TEXT)"
    )
    conn.execute(
        "INSERT INTO recordings VALUES ('old', 'app', 'r', 's', '2026-03-01T09:00:00.000Z',"
        " NULL, 'paused', NULL)"
    )
    conn.commit()
    conn.close()
    store = Store(tmp_path)
    store.fallback_callback_urls = {"recordings_callback_url": "https://hooks.example/rec"}
    try:
        # A pause that began before the upgrade has no start: it is not counted.
        store.pause_recording("old", False, T0 + timedelta(seconds=50))
        store.stop_recording("old", T0 + timedelta(seconds=60))
        assert [e["duration"] for e in ended_events(store)] == [60]
    finally:
        store.close()
