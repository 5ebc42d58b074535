"""Frozen dataclasses for Meetings API responses.

Parsing is lenient by design: a field of the wrong type becomes None (or its safe default),
unknown fields are ignored by the typed attributes and kept in ``raw``, and nothing here
raises on a surprising but well-formed JSON object. ``raw`` is the whole object as received.

Host URLs carry a participant token and recording links carry storage credentials, so
those fields (and ``raw``) are left out of ``repr()``: a model can be logged safely.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any
from urllib.parse import parse_qs, urlsplit

__all__ = [
    "ApplicationInfo",
    "AvailableFeatures",
    "CallbackUrls",
    "DialInNumber",
    "InitialJoinOptions",
    "LogoUploadForm",
    "Recording",
    "RecordingOptions",
    "Room",
    "RoomPage",
    "Theme",
    "UiSettings",
    "format_timestamp",
    "parse_timestamp",
]

_EMPTY: Mapping[str, Any] = MappingProxyType({})


def parse_timestamp(value: Any) -> datetime | None:
    """An aware UTC datetime from the API's ``2023-01-24T03:30:38.629Z``, or None.

    Accepts any ISO 8601 form ``datetime.fromisoformat`` reads; a value without an offset
    is taken as UTC (the API only speaks UTC). Anything unreadable gives None.
    """
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def format_timestamp(value: datetime) -> str:
    """The API's timestamp form, milliseconds and ``Z``; ``value`` must be timezone-aware."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("timestamps sent to the API must be timezone-aware")
    utc = value.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def _frozen(data: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(data))


def _obj(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    return value if isinstance(value, Mapping) else _EMPTY


def _str(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    if isinstance(value, str):
        return value
    # Meeting codes and ids sometimes arrive as numbers from other servers.
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _bool(data: Mapping[str, Any], key: str) -> bool | None:
    value = data.get(key)
    return value if isinstance(value, bool) else None


def _int(data: Mapping[str, Any], key: str) -> int | None:
    value = data.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _href(links: Mapping[str, Any], name: str) -> str | None:
    return _str(_obj(links, name), "href")


@dataclass(frozen=True, slots=True)
class RecordingOptions:
    auto_record: bool | None = None
    record_only_owner: bool | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RecordingOptions:
        return cls(_bool(data, "auto_record"), _bool(data, "record_only_owner"))


@dataclass(frozen=True, slots=True)
class AvailableFeatures:
    is_recording_available: bool | None = None
    is_chat_available: bool | None = None
    is_whiteboard_available: bool | None = None
    is_locale_switcher_available: bool | None = None
    is_captions_available: bool | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AvailableFeatures:
        return cls(
            _bool(data, "is_recording_available"),
            _bool(data, "is_chat_available"),
            _bool(data, "is_whiteboard_available"),
            _bool(data, "is_locale_switcher_available"),
            _bool(data, "is_captions_available"),
        )


@dataclass(frozen=True, slots=True)
class InitialJoinOptions:
    microphone_state: str | None = None  # on | off | default

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> InitialJoinOptions:
        return cls(_str(data, "microphone_state"))


@dataclass(frozen=True, slots=True)
class UiSettings:
    language: str | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> UiSettings:
        return cls(_str(data, "language"))


@dataclass(frozen=True, slots=True)
class CallbackUrls:
    rooms_callback_url: str | None = None
    sessions_callback_url: str | None = None
    recordings_callback_url: str | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CallbackUrls:
        return cls(
            _str(data, "rooms_callback_url"),
            _str(data, "sessions_callback_url"),
            _str(data, "recordings_callback_url"),
        )


@dataclass(frozen=True, slots=True)
class Room:
    """A meeting room. ``host_url`` is a secret (it carries a participant token)."""

    id: str
    display_name: str
    type: str | None  # instant | long_term
    meeting_code: str | None
    is_available: bool | None
    expires_at: datetime | None
    expire_after_use: bool | None
    theme_id: str | None
    created_at: datetime | None
    join_approval_level: str | None  # none | after_owner_only | explicit_approval
    metadata: str | None
    host_url: str | None = field(repr=False)
    guest_url: str | None
    recording_options: RecordingOptions
    available_features: AvailableFeatures
    initial_join_options: InitialJoinOptions
    ui_settings: UiSettings
    callback_urls: CallbackUrls | None  # None: the response left them out (unset)
    raw: Mapping[str, Any] = field(repr=False, compare=False, hash=False)

    @property
    def is_long_term(self) -> bool:
        return self.type == "long_term"

    @property
    def participant_count(self) -> int | None:
        """People in the room's meeting now: an extension the built-in server sends
        (``participant_count``); None from a server that does not."""
        return _int(self.raw, "participant_count")

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Room:
        links = _obj(data, "_links")
        callbacks = data.get("callback_urls")
        return cls(
            id=_str(data, "id") or "",
            display_name=_str(data, "display_name") or "",
            type=_str(data, "type"),
            meeting_code=_str(data, "meeting_code"),
            is_available=_bool(data, "is_available"),
            expires_at=parse_timestamp(data.get("expires_at")),
            expire_after_use=_bool(data, "expire_after_use"),
            theme_id=_str(data, "theme_id"),
            created_at=parse_timestamp(data.get("created_at")),
            join_approval_level=_str(data, "join_approval_level"),
            metadata=_str(data, "metadata"),
            host_url=_href(links, "host_url"),
            guest_url=_href(links, "guest_url"),
            recording_options=RecordingOptions.from_json(_obj(data, "recording_options")),
            available_features=AvailableFeatures.from_json(_obj(data, "available_features")),
            initial_join_options=InitialJoinOptions.from_json(_obj(data, "initial_join_options")),
            ui_settings=UiSettings.from_json(_obj(data, "ui_settings")),
            callback_urls=(
                CallbackUrls.from_json(callbacks) if isinstance(callbacks, Mapping) else None
            ),
            raw=_frozen(data),
        )


def _query_value(href: str | None, name: str) -> str | None:
    if not href:
        return None
    # Real responses use scheme-less links ("api-eu.vonage.com/meetings/rooms?..."),
    # which urlsplit still splits at "?".
    values = parse_qs(urlsplit(href).query).get(name)
    return values[0] if values else None


@dataclass(frozen=True, slots=True)
class RoomPage:
    """One page of rooms. ``next_start_id`` is read from ``_links.next.href``."""

    rooms: tuple[Room, ...]
    page_size: int | None
    total_items: int | None
    next_start_id: str | None
    prev_end_id: str | None
    links: Mapping[str, str] = field(compare=False, hash=False)
    raw: Mapping[str, Any] = field(repr=False, compare=False, hash=False)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RoomPage:
        embedded = data.get("_embedded")
        # Real responses: "_embedded": [...]; the beta spec: "_embedded": {"rooms": [...]}.
        items: Any = embedded.get("rooms") if isinstance(embedded, Mapping) else embedded
        if not isinstance(items, list):
            items = []
        links = _obj(data, "_links")
        hrefs = {name: href for name in links if (href := _href(links, name)) is not None}
        return cls(
            rooms=tuple(Room.from_json(item) for item in items if isinstance(item, Mapping)),
            page_size=_int(data, "page_size"),
            total_items=_int(data, "total_items"),
            next_start_id=_query_value(hrefs.get("next"), "start_id"),
            prev_end_id=_query_value(hrefs.get("prev"), "end_id"),
            links=MappingProxyType(hrefs),
            raw=_frozen(data),
        )


@dataclass(frozen=True, slots=True)
class Theme:
    """A brand theme. The ``brand_image_*``/``branded_favicon`` fields are storage keys."""

    theme_id: str
    theme_name: str | None
    domain: str | None
    account_id: str | None
    application_id: str | None
    main_color: str | None
    brand_text: str | None
    short_company_url: str | None
    brand_image_colored: str | None
    brand_image_white: str | None
    branded_favicon: str | None
    brand_image_colored_url: str | None
    brand_image_white_url: str | None
    branded_favicon_url: str | None
    raw: Mapping[str, Any] = field(repr=False, compare=False, hash=False)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Theme:
        return cls(
            theme_id=_str(data, "theme_id") or "",
            theme_name=_str(data, "theme_name"),
            domain=_str(data, "domain"),
            account_id=_str(data, "account_id"),
            application_id=_str(data, "application_id"),
            main_color=_str(data, "main_color"),
            brand_text=_str(data, "brand_text"),
            short_company_url=_str(data, "short_company_url"),
            brand_image_colored=_str(data, "brand_image_colored"),
            brand_image_white=_str(data, "brand_image_white"),
            branded_favicon=_str(data, "branded_favicon"),
            brand_image_colored_url=_str(data, "brand_image_colored_url"),
            brand_image_white_url=_str(data, "brand_image_white_url"),
            branded_favicon_url=_str(data, "branded_favicon_url"),
            raw=_frozen(data),
        )

    @classmethod
    def list_from_json(cls, data: Any) -> list[Theme]:
        """A theme list; the live API answered an empty list with ``{}``."""
        if isinstance(data, Sequence) and not isinstance(data, str):
            return [cls.from_json(item) for item in data if isinstance(item, Mapping)]
        return []


@dataclass(frozen=True, slots=True)
class Recording:
    """A session recording. ``url`` (the download link) may carry storage credentials."""

    id: str
    session_id: str | None
    started_at: datetime | None
    ended_at: datetime | None
    status: str | None  # started | stopped | paused | uploaded
    url: str | None = field(repr=False)
    raw: Mapping[str, Any] = field(repr=False, compare=False, hash=False)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Recording:
        return cls(
            id=_str(data, "id") or "",
            session_id=_str(data, "session_id"),
            started_at=parse_timestamp(data.get("started_at")),
            ended_at=parse_timestamp(data.get("ended_at")),
            status=_str(data, "status"),
            url=_href(_obj(data, "_links"), "url"),
            raw=_frozen(data),
        )

    @classmethod
    def list_from_json(cls, data: Any) -> list[Recording]:
        """``{"_embedded": {"recordings": [...]}}``; a plain array is accepted too."""
        items: Any = data
        if isinstance(data, Mapping):
            embedded = data.get("_embedded")
            items = embedded.get("recordings") if isinstance(embedded, Mapping) else embedded
        if not isinstance(items, list):
            return []
        return [cls.from_json(item) for item in items if isinstance(item, Mapping)]


@dataclass(frozen=True, slots=True)
class DialInNumber:
    number: str
    locale: str | None
    display_name: str | None
    raw: Mapping[str, Any] = field(repr=False, compare=False, hash=False)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DialInNumber:
        return cls(
            number=_str(data, "number") or "",
            locale=_str(data, "locale"),
            display_name=_str(data, "display_name"),
            raw=_frozen(data),
        )


@dataclass(frozen=True, slots=True)
class ApplicationInfo:
    application_id: str
    account_id: str | None
    default_theme_id: str | None
    raw: Mapping[str, Any] = field(repr=False, compare=False, hash=False)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ApplicationInfo:
        return cls(
            application_id=_str(data, "application_id") or "",
            account_id=_str(data, "account_id"),
            default_theme_id=_str(data, "default_theme_id"),
            raw=_frozen(data),
        )


@dataclass(frozen=True, slots=True)
class LogoUploadForm:
    """Where and how to post one logo: ``fields`` go first, then the ``file`` part."""

    logo_type: str | None  # white | colored | favicon
    url: str
    key: str | None
    fields: Mapping[str, str] = field(repr=False, compare=False, hash=False)
    raw: Mapping[str, Any] = field(repr=False, compare=False, hash=False)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LogoUploadForm:
        fields = _obj(data, "fields")
        return cls(
            logo_type=_str(fields, "logoType"),
            url=_str(data, "url") or "",
            key=_str(fields, "key"),
            fields=MappingProxyType({str(k): str(v) for k, v in fields.items()}),
            raw=_frozen(data),
        )
