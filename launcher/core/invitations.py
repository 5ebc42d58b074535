"""Invitations for a room's guests: text, mailto: link, calendar file, QR code.

No Qt here: the window and the command line share it. Only the guest link ever
goes into an invitation; the host link carries a participant token that gives
host rights, so nothing in this module accepts one.

The wording is supplied by the caller (:class:`InvitationLabels`): the window
passes translated labels, the English defaults serve scripts and tests.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol
from urllib.parse import quote, urlsplit

import icalendar
import segno

from launcher.core.reach import Audience, reach_of

PRODID = "-//Meeting Launcher//Invitations//EN"


class SharedRoom(Protocol):
    """What an invitation needs of a room (``launcher.api`` rooms fit)."""

    @property
    def id(self) -> str: ...
    @property
    def display_name(self) -> str: ...
    @property
    def type(self) -> str | None: ...
    @property
    def expires_at(self) -> datetime | None: ...
    @property
    def guest_url(self) -> str | None: ...


@dataclass(frozen=True)
class InvitationLabels:
    """The words of an invitation; ``{...}`` fields are filled in by :func:`invitation_text`."""

    greeting: str = "You are invited to a video meeting: {name}"
    join: str = "Join from your browser: {link}"
    valid_until: str = "This link works until {expiry}."
    instant_note: str = "The meeting room closes 10 minutes after the last person leaves."
    subject: str = "Invitation: {name}"
    #: For a link that opens only on the computer that made it (loopback): said instead
    #: of inviting anyone, since no guest elsewhere can open it.
    this_computer_note: str = (
        "This link opens only on the computer that made it: it is not for guests elsewhere."
    )


def is_host_url(url: str) -> bool:
    """True when ``url`` carries a participant token (a host link)."""
    query = urlsplit(url).query
    return any(part.split("=", 1)[0] == "participant_token" for part in query.split("&"))


def _guest_link(room: SharedRoom) -> str:
    link = room.guest_url
    if not link or is_host_url(link):
        # A host link in an invitation would hand host rights to every guest.
        raise ValueError("the room has no guest link")
    return link


def format_local_time(moment: datetime, tz: tzinfo | None = None) -> str:
    """``moment`` in the user's local time zone, e.g. ``Tue 14 Jan 2025, 14:05 CET``."""
    local = moment.astimezone(tz)
    zone = local.tzname() or ""
    return f"{local:%a %d %b %Y, %H:%M} {zone}".strip()


def invitation_text(
    room: SharedRoom,
    labels: InvitationLabels | None = None,
    *,
    tz: tzinfo | None = None,
    expiry_text: str | None = None,
) -> str:
    """A ready-to-send invitation: the room's name, its guest link, until when it works.

    ``expiry_text`` lets the caller format the expiry itself (in the user's
    locale); by default it is :func:`format_local_time` in ``tz`` (local time).
    """
    labels = labels or InvitationLabels()
    link = _guest_link(room)
    lines = [
        labels.greeting.format(name=room.display_name),
        "",
        labels.join.format(link=link),
    ]
    if reach_of(link).audience is Audience.COMPUTER:
        lines += ["", labels.this_computer_note]
    if room.type == "long_term" and room.expires_at is not None:
        expiry = expiry_text or format_local_time(room.expires_at, tz)
        lines += ["", labels.valid_until.format(expiry=expiry)]
    elif room.type == "instant":
        lines += ["", labels.instant_note]
    return "\n".join(lines) + "\n"


def invitation_subject(room: SharedRoom, labels: InvitationLabels | None = None) -> str:
    return (labels or InvitationLabels()).subject.format(name=room.display_name)


def mailto_url(subject: str, body: str, to: Sequence[str] = ()) -> str:
    """A ``mailto:`` URL (RFC 6068) that opens the mail client with a prepared message.

    Everything is percent-encoded as UTF-8; line breaks become CRLF as the RFC
    asks, spaces ``%20`` (mail clients do not all read ``+`` as a space).
    """
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    recipients = ",".join(quote(address, safe="@") for address in to)
    query = f"subject={quote(subject, safe='')}&body={quote(body, safe='')}"
    return f"mailto:{recipients}?{query}"


def ics_bytes(
    room: SharedRoom,
    *,
    description: str,
    start: datetime | None = None,
    duration: timedelta = timedelta(hours=1),
    weekly: bool = False,
    now: datetime | None = None,
) -> bytes:
    """An iCalendar file (RFC 5545) with one event for a long-term room.

    With ``start`` the event is a meeting at that time (repeating every week
    until the room expires when ``weekly``); without it the event spans from
    now to the room's expiry, so that calendars show the link as long as it
    works. The guest link is the event's URL and location.
    """
    if room.type != "long_term" or room.expires_at is None:
        raise ValueError("calendar files are for long-term rooms")
    link = _guest_link(room)
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    # iCalendar counts whole seconds: round down, never past the expiry.
    expires = room.expires_at.astimezone(UTC).replace(microsecond=0)

    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    event = icalendar.Event()
    # Stable per room and start, so that importing a file twice updates the event.
    seed = f"{room.id}/{start.isoformat() if start else 'span'}"
    event.add("uid", f"{uuid.uuid5(uuid.NAMESPACE_URL, seed)}@meeting-launcher")
    event.add("dtstamp", now)
    event.add("summary", room.display_name)
    event.add("description", description)
    event.add("location", link)
    event.add("url", link)
    if start is None:
        event.add("dtstart", now)
        event.add("dtend", expires)
        event.add("transp", "TRANSPARENT")  # a validity span, not busy time
    else:
        begin = start.astimezone(UTC)
        event.add("dtstart", begin)
        event.add("dtend", begin + duration)
        if weekly:
            event.add("rrule", {"freq": "weekly", "until": expires})
    cal.add_component(event)
    return bytes(cal.to_ical())


def qr_png(link: str, *, scale: int = 8) -> bytes:
    """PNG bytes of a QR code for ``link`` (a guest link; host links are refused)."""
    if is_host_url(link):
        raise ValueError("host links are not shared as QR codes")
    buffer = io.BytesIO()
    segno.make(link, error="m").save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()


def qr_svg(link: str, *, scale: int = 8) -> bytes:
    """SVG bytes of a QR code for ``link``."""
    if is_host_url(link):
        raise ValueError("host links are not shared as QR codes")
    buffer = io.BytesIO()
    segno.make(link, error="m").save(buffer, kind="svg", scale=scale, border=2, xmldecl=False)
    return buffer.getvalue()
