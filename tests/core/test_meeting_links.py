"""Which links the app opens: the contract's guest and host links, bare or behind the
``meeting-launcher:`` scheme; everything else is refused with a reason."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from launcher.core.meeting_links import InvalidLink, looks_like_link, parse_code, parse_link

HOST = "https://meet.example.test:8443/?room_token=123456789&participant_token=abc.DEF-123"


@pytest.mark.parametrize(
    ("text", "origin", "code", "is_host"),
    [
        ("https://meet.example.test/123456789", "https://meet.example.test:443", "123456789", 0),
        ("http://127.0.0.1:8080/acme/1234567890", "http://127.0.0.1:8080", "1234567890", False),
        (HOST, "https://meet.example.test:8443", "123456789", True),
        (
            "https://Meet.Example.Test/acme/?room_token=123456789&participant_token=t",
            "https://meet.example.test:443",
            "123456789",
            True,
        ),
        ("  meeting-launcher:https://meet.example.test/123456789\n", None, "123456789", False),
        (f"meeting-launcher:{HOST}", "https://meet.example.test:8443", "123456789", True),
        (f"Meeting-Launcher://open?url={quote(HOST, safe='')}", None, "123456789", True),
        ("http://[::1]:9000/123456789", "http://[::1]:9000", "123456789", False),
    ],
)
def test_meeting_links_are_accepted(
    text: str, origin: str | None, code: str, is_host: bool | int
) -> None:
    link = parse_link(text)
    assert link.code == code
    assert link.is_host is bool(is_host)
    if origin is not None:
        assert link.origin == origin
    assert link.url.startswith(("http://", "https://"))
    assert "participant_token" not in repr(link)  # a host link is a secret


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("https://meet.example.test/" + "1" * 3000, "too_long"),
        ("ftp://meet.example.test/123456789", "not_web"),
        ("file:///etc/passwd", "not_web"),
        ("javascript:alert(1)", "not_web"),
        ("meeting-launcher:javascript:alert(1)", "not_web"),
        ("meeting-launcher:file:///etc/passwd", "not_web"),
        ("https://meet.example.test/", "not_meeting"),
        ("https://meet.example.test/12345", "not_meeting"),
        ("https://meet.example.test/v1/meetings/rooms", "not_meeting"),
        ("https://meet.example.test/a/b/123456789", "not_meeting"),
        ("https://user:pw@meet.example.test/123456789", "not_meeting"),
        ("https://meet.example.test/123456789#x", "not_meeting"),
        ("https://meet.example.test/123456789?next=https://evil.test", "not_meeting"),
        ("https://meet.example.test/?room_token=123456789", "not_meeting"),
        ("https://meet.example.test/?room_token=12&participant_token=t", "not_meeting"),
        (HOST + "&participant_token=u", "not_meeting"),
        (HOST + "&redirect=1", "not_meeting"),
        ("https://meet.example.test/x/?room_token=123456789&participant_token=a b", "not_meeting"),
        ("https://meet.example.test:99999/123456789", "not_meeting"),
        ("https:///123456789", "not_meeting"),
        ("meeting-launcher://evil?url=https://meet.example.test/123456789", "not_meeting"),
        ("meeting-launcher://open?url=a&url=b", "not_meeting"),
        ("meeting-launcher://open", "not_meeting"),
        ("123456789", "not_web"),
    ],
)
def test_other_links_are_refused(text: str, reason: str) -> None:
    with pytest.raises(InvalidLink) as caught:
        parse_link(text)
    assert caught.value.reason == reason
    assert "participant_token" not in str(caught.value)


def test_codes_typed_by_people() -> None:
    assert parse_code("123 456 789") == "123456789"
    assert parse_code(" 123-456-7890 ") == "1234567890"
    assert parse_code("12345") is None
    assert parse_code("12345678a") is None
    assert parse_code("") is None


def test_what_the_command_line_takes_for_a_link() -> None:
    assert looks_like_link("https://meet.example.test/123456789")
    assert looks_like_link("meeting-launcher:https://x/123456789")
    assert looks_like_link("ftp://x")  # refused later, with a message
    assert not looks_like_link("selftest")
    assert not looks_like_link("--help")
