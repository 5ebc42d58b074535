"""Invitation outputs: text, mailto:, .ics (parsed back with icalendar), QR codes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import parse_qs, unquote, urlsplit

import icalendar
import pytest

from launcher.core import invitations
from launcher.core.invitations import (
    InvitationLabels,
    ics_bytes,
    invitation_text,
    is_host_url,
    mailto_url,
    qr_png,
    qr_svg,
)

GUEST = "https://meet.example.org/123456789"
HOST = "https://meet.example.org/?room_token=123456789&participant_token=eyJhbGciOi.secret.sig"


@dataclass(frozen=True)
class _Room:
    id: str = "6b1c9a52-2f1e-4f62-8d4e-3c1a7a2b9f10"
    display_name: str = "Weekly sync – Ünïcode & co"
    type: str = "long_term"
    expires_at: datetime | None = datetime(2031, 3, 14, 9, 30, tzinfo=UTC)
    guest_url: str = GUEST


def test_text_has_name_link_and_local_expiry() -> None:
    cet = timezone(timedelta(hours=1), "CET")
    text = invitation_text(_Room(), tz=cet)
    assert "Weekly sync – Ünïcode & co" in text
    assert GUEST in text
    assert "Fri 14 Mar 2031, 10:30 CET" in text  # 09:30 UTC shown in local time
    assert "participant_token" not in text


def test_text_for_instant_room_mentions_closing_not_expiry() -> None:
    text = invitation_text(_Room(type="instant", expires_at=None))
    assert GUEST in text
    assert "10 minutes" in text
    assert "works until" not in text


def test_text_uses_caller_labels() -> None:
    labels = InvitationLabels(
        greeting="Einladung: {name}", join="Link: {link}", valid_until="Bis {expiry}"
    )
    text = invitation_text(_Room(), labels, expiry_text="morgen")
    assert text.splitlines()[0] == "Einladung: Weekly sync – Ünïcode & co"
    assert f"Link: {GUEST}" in text
    assert "Bis morgen" in text


def test_host_link_is_never_put_into_an_invitation() -> None:
    room = _Room(guest_url=HOST)
    assert is_host_url(HOST)
    assert not is_host_url(GUEST)
    with pytest.raises(ValueError):
        invitation_text(room)
    with pytest.raises(ValueError):
        ics_bytes(room, description="x")
    with pytest.raises(ValueError):
        qr_png(HOST)


def test_mailto_decodes_back_to_subject_and_body() -> None:
    body = invitation_text(_Room())
    subject = invitations.invitation_subject(_Room())
    url = mailto_url(subject, body, to=["visitor@example.org"])
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "visitor@example.org"
    assert "+" not in parts.query and " " not in parts.query and "\n" not in parts.query
    fields = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert fields["subject"] == "Invitation: Weekly sync – Ünïcode & co"
    assert fields["body"] == body.replace("\n", "\r\n")


def test_ics_span_until_expiry_parses_back() -> None:
    now = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
    data = ics_bytes(_Room(), description=invitation_text(_Room()), now=now)
    cal = icalendar.Calendar.from_ical(data)
    events = list(cal.walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    assert str(event["summary"]) == "Weekly sync – Ünïcode & co"
    assert str(event["url"]) == GUEST
    assert str(event["location"]) == GUEST
    assert GUEST in str(event["description"])
    assert event.decoded("dtstart") == now
    assert event.decoded("dtend") == datetime(2031, 3, 14, 9, 30, tzinfo=UTC)
    assert str(cal["version"]) == "2.0"


def test_ics_weekly_meeting_repeats_until_expiry() -> None:
    start = datetime(2030, 1, 7, 10, 0, tzinfo=UTC)
    data = ics_bytes(
        _Room(), description="d", start=start, duration=timedelta(minutes=45), weekly=True
    )
    event = next(iter(icalendar.Calendar.from_ical(data).walk("VEVENT")))
    assert event.decoded("dtstart") == start
    assert event.decoded("dtend") == start + timedelta(minutes=45)
    rule = event.decoded("rrule")
    assert rule["FREQ"] == ["WEEKLY"]
    assert rule["UNTIL"] == [datetime(2031, 3, 14, 9, 30, tzinfo=UTC)]


def test_ics_refuses_instant_rooms() -> None:
    with pytest.raises(ValueError):
        ics_bytes(_Room(type="instant", expires_at=None), description="d")


def test_qr_outputs_are_images() -> None:
    png = qr_png(GUEST, scale=4)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    svg = qr_svg(GUEST)
    assert svg.lstrip().startswith(b"<svg")


def test_a_loopback_link_is_not_offered_to_guests_elsewhere() -> None:
    local = invitation_text(_Room(guest_url="http://127.0.0.1:8123/123456789"))
    assert "opens only on the computer that made it" in local
    assert "opens only on" not in invitation_text(_Room())
    assert "opens only on" not in invitation_text(_Room(guest_url="https://192.168.1.5:8/1"))
