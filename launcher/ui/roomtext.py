"""How rooms read to people: local times, "expires in 3 days", the default meeting name."""

from __future__ import annotations

import enum
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from launcher.ui.i18n import rooms

if TYPE_CHECKING:
    from PySide6.QtCore import QDateTime

# QDateTime, QLocale and QTimeZone are imported where used: the first touch of each
# builds its Python enums (QLocale's list of languages and countries among them),
# tens of milliseconds that the first frame of the window does not need.


class Status(enum.Enum):
    AVAILABLE = "available"
    EXPIRING = "expiring"  # within a day
    EXPIRED = "expired"


EXPIRING_WITHIN = timedelta(days=1)


def now_utc() -> datetime:
    return datetime.now(UTC)


def to_qdatetime(moment: datetime) -> QDateTime:
    """An aware datetime as a QDateTime in the user's local time zone."""
    from PySide6.QtCore import QDateTime, QTimeZone

    utc = QDateTime.fromMSecsSinceEpoch(
        round(moment.timestamp() * 1000), QTimeZone(QTimeZone.Initialization.UTC)
    )
    return utc.toLocalTime()


def from_qdatetime(value: QDateTime) -> datetime:
    """A QDateTime (any zone) as an aware UTC datetime."""
    return datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000, UTC)


def local_text(moment: datetime | None) -> str:
    """``moment`` in local time, names in the user's language (``Fri 14 Mar 2031, 10:30``)."""
    if moment is None:
        return ""
    from PySide6.QtCore import QLocale

    return QLocale().toString(to_qdatetime(moment), "ddd d MMM yyyy, HH:mm")


def default_meeting_name(now: datetime | None = None) -> str:
    """``Meeting 14:05`` (or ``Meeting 2:05 PM``): the local time in the locale's own
    clock convention, the one the meeting page's clock follows too. Computed when a room
    is made, not when the window opens (two rooms made later do not share a name)."""
    from PySide6.QtCore import QLocale

    moment = to_qdatetime(now or now_utc())
    time = QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)
    return rooms.tr("Meeting {time}").format(time=time)


def status_of(room: Any, now: datetime | None = None) -> Status:
    now = now or now_utc()
    expires = room.expires_at
    if room.is_available is False or (expires is not None and expires <= now):
        return Status.EXPIRED
    if expires is not None and expires - now <= EXPIRING_WITHIN:
        return Status.EXPIRING
    return Status.AVAILABLE


def remaining_text(delta: timedelta) -> str:
    """A short "in 5 minutes" / "in 3 hours" / "in 12 days" phrase."""
    minutes = max(1, int(delta.total_seconds() // 60))
    if minutes < 60:
        return rooms.tr("in %n minute(s)", "", minutes)
    hours = minutes // 60
    if hours < 48:
        return rooms.tr("in %n hour(s)", "", hours)
    days = hours // 24
    return rooms.tr("in %n day(s)", "", days)


def people_in(room: Any) -> int:
    """How many people are in the room's meeting now (0 when the server does not say)."""
    return getattr(room, "participant_count", None) or 0


def status_text(room: Any, now: datetime | None = None) -> str:
    now = now or now_utc()
    status = status_of(room, now)
    if status is Status.EXPIRED:
        return rooms.tr("Expired")
    people = people_in(room)
    if people:
        # Not "Expires in 7 minutes": an instant room in use lives while people are in it.
        return rooms.tr("In a meeting now · %n person(s)", "", people)
    if status is Status.EXPIRING and room.expires_at is not None:
        return rooms.tr("Expires {when}").format(when=remaining_text(room.expires_at - now))
    return rooms.tr("Available")


def kind_text(room: Any) -> str:
    return rooms.tr("Long-term") if room.type == "long_term" else rooms.tr("Instant")
