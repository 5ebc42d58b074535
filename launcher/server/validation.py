"""Input validation of room and theme bodies, with the contract's messages.

Messages follow the hosted API's Joi style (``"display_name" is required``) and
always name the field. Unknown fields are ignored.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime, timedelta
from typing import Any

from launcher.server.errors import BadRequest, InputValidation
from launcher.server.store import format_time, parse_time

ROOM_TYPES = ("instant", "long_term")
JOIN_APPROVAL_LEVELS = ("none", "after_owner_only", "explicit_approval")
MICROPHONE_STATES = ("on", "off", "default")
LANGUAGES = ("default", "en", "fr", "de", "it", "es", "he", "ar", "ca", "pt-br", "zh-tw", "zh-cn")
CALLBACK_KEYS = ("rooms_callback_url", "sessions_callback_url", "recordings_callback_url")
FEATURE_KEYS = (
    "is_recording_available",
    "is_chat_available",
    "is_whiteboard_available",
    "is_locale_switcher_available",
    "is_captions_available",
)
DEFAULT_FEATURES = {
    "is_recording_available": True,
    "is_chat_available": True,
    "is_whiteboard_available": True,
    "is_locale_switcher_available": False,
    "is_captions_available": False,
}
ROOM_UPDATE_KEYS = (
    "expires_at",
    "expire_after_use",
    "theme_id",
    "join_approval_level",
    "initial_join_options",
    "callback_urls",
    "available_features",
    "ui_settings",
)
THEME_KEYS = ("theme_name", "main_color", "brand_text", "short_company_url")

MIN_LONG_TERM_LEAD = timedelta(minutes=10)
MAX_LONG_TERM_LEAD = timedelta(days=365)
_CALLBACK_RE = re.compile(r"^https?://\S+$")
_COLOR_RE = re.compile(r"^#([a-fA-F0-9]{6}|[a-fA-F0-9]{3})$")
_SHORT_URL_RE = re.compile(r"^(?=.*[a-zA-Z_~-])([a-zA-Z0-9_~-]+)$")

#: Short company URLs that would shadow the server's own paths (API, page assets,
#: signalling socket: see launcher.server.pages).
RESERVED_SHORT_URLS = frozenset({"v1", "meeting-assets", "meeting-ws"})


def require_object(value: Any, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InputValidation(field, f'"{field}" must be of type object')
    return value


def _string(
    body: dict[str, Any],
    field: str,
    *,
    max_len: int,
    required: bool = False,
    nullable: bool = False,
    label: str | None = None,
) -> str | None:
    name = label or field
    if field not in body:
        if required:
            raise InputValidation(name, f'"{name}" is required')
        return None
    value = body[field]
    if value is None:
        if nullable:
            return None
        raise InputValidation(name, f'"{name}" must be a string')
    if not isinstance(value, str):
        raise InputValidation(name, f'"{name}" must be a string')
    if required and not value.strip():
        raise InputValidation(name, f'"{name}" is not allowed to be empty')
    if len(value) > max_len:
        raise InputValidation(
            name, f'"{name}" length must be less than or equal to {max_len} characters long'
        )
    return value


def _bool(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise InputValidation(name, f'"{name}" must be a boolean')
    return value


def _choice(value: Any, name: str, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise InputValidation(name, f'"{name}" must be one of [{", ".join(choices)}]')
    return value


def _theme_id(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputValidation("theme_id", '"theme_id" must be a string')
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise InputValidation("theme_id", '"theme_id" must be a valid GUID') from None


def _expires_at(value: Any, now: datetime) -> str:
    if not isinstance(value, str):
        raise InputValidation("expires_at", '"expires_at" must be a valid date')
    try:
        when = parse_time(value)
    except ValueError:
        raise InputValidation("expires_at", '"expires_at" must be a valid date') from None
    if when <= now + MIN_LONG_TERM_LEAD:
        raise InputValidation(
            "expires_at", '"expires_at" must be more than 10 minutes in the future'
        )
    if when > now + MAX_LONG_TERM_LEAD:
        raise InputValidation("expires_at", '"expires_at" must be at most one year in the future')
    return format_time(when)


def _sub_object(body: dict[str, Any], field: str, check: dict[str, Any]) -> dict[str, Any] | None:
    """Validate a nested object whose known keys map to a checker."""
    if field not in body:
        return None
    value = require_object(body[field], field)
    result: dict[str, Any] = {}
    for key, checker in check.items():
        if key in value:
            result[key] = checker(value[key], f"{field}.{key}")
    return result


def _callback_url(value: Any, name: str) -> str | None:
    if value is None:
        return None  # clears it in an update
    if not isinstance(value, str) or not _CALLBACK_RE.match(value):
        raise InputValidation(name, f'"{name}" must be an http or https URL')
    if len(value) > 2048:
        raise InputValidation(
            name, f'"{name}" length must be less than or equal to 2048 characters long'
        )
    return value


_OPTION_CHECKS: dict[str, dict[str, Any]] = {
    "recording_options": {"auto_record": _bool, "record_only_owner": _bool},
    "initial_join_options": {
        "microphone_state": lambda v, n: _choice(v, n, MICROPHONE_STATES),
    },
    "callback_urls": dict.fromkeys(CALLBACK_KEYS, _callback_url),
    "available_features": dict.fromkeys(FEATURE_KEYS, _bool),
    "ui_settings": {"language": lambda v, n: _choice(v, n, LANGUAGES)},
}


def validate_new_room(body: dict[str, Any], now: datetime) -> dict[str, Any]:
    """A room document (without id, meeting code, links) from a create body."""
    display_name = _string(body, "display_name", max_len=200, required=True)
    metadata = _string(body, "metadata", max_len=500, nullable=True)
    room_type = _choice(body.get("type", "instant"), "type", ROOM_TYPES)
    if room_type == "long_term":
        if body.get("expires_at") is None:
            raise InputValidation("expires_at", '"expires_at" is required for long_term rooms')
        expires_at = _expires_at(body["expires_at"], now)
    else:
        if body.get("expires_at") is not None:
            raise InputValidation("expires_at", '"expires_at" is not allowed for instant rooms')
        expires_at = format_time(now + timedelta(minutes=10))
    expire_after_use = _bool(body.get("expire_after_use", False), "expire_after_use")
    if expire_after_use and room_type == "instant":
        raise InputValidation(
            "expire_after_use", '"expire_after_use" is only allowed for long_term rooms'
        )
    join_level = _choice(
        body.get("join_approval_level", "none"), "join_approval_level", JOIN_APPROVAL_LEVELS
    )
    options = {key: _sub_object(body, key, checks) for key, checks in _OPTION_CHECKS.items()}
    recording = {"auto_record": False, "record_only_owner": False}
    recording.update(options["recording_options"] or {})
    features = dict(DEFAULT_FEATURES)
    features.update(options["available_features"] or {})
    doc: dict[str, Any] = {
        "display_name": display_name,
        "metadata": metadata,
        "type": room_type,
        "expires_at": expires_at,
        "recording_options": recording,
        "created_at": format_time(now),
        "expire_after_use": expire_after_use,
        "theme_id": _theme_id(body.get("theme_id")),
        "initial_join_options": {
            "microphone_state": "default",
            **(options["initial_join_options"] or {}),
        },
        "join_approval_level": join_level,
        "ui_settings": {"language": "default", **(options["ui_settings"] or {})},
        "available_features": features,
    }
    callbacks = {k: v for k, v in (options["callback_urls"] or {}).items() if v is not None}
    if callbacks:
        doc["callback_urls"] = callbacks
    return doc


def validate_room_update(
    body: dict[str, Any], room_id: str, room_type: str, now: datetime
) -> dict[str, Any]:
    """The changes a PATCH body asks for (only the allowed keys)."""
    if "update_details" not in body:
        raise InputValidation("update_details", '"update_details" is required')
    details = require_object(body["update_details"], "update_details")
    known = {key: details[key] for key in ROOM_UPDATE_KEYS if key in details}
    if not known:
        raise InputValidation(
            "update_details", '"update_details" must have at least 1 key', with_errors=False
        )
    if room_type != "long_term":
        raise BadRequest(
            f"The room with id: {room_id} could not be updated because of its type: temporary"
        )
    changes: dict[str, Any] = {}
    if "expires_at" in known:
        changes["expires_at"] = _expires_at(known["expires_at"], now)
    if "expire_after_use" in known:
        changes["expire_after_use"] = _bool(known["expire_after_use"], "expire_after_use")
    if "theme_id" in known:
        changes["theme_id"] = _theme_id(known["theme_id"])
    if "join_approval_level" in known:
        changes["join_approval_level"] = _choice(
            known["join_approval_level"], "join_approval_level", JOIN_APPROVAL_LEVELS
        )
    for key in ("initial_join_options", "callback_urls", "available_features", "ui_settings"):
        if key in known:
            # An explicit null callback URL stays in ``checked`` as None: the
            # store's merge then removes that URL.
            checked = _sub_object(known, key, _OPTION_CHECKS[key])
            assert checked is not None
            changes[key] = checked
    return changes


def _main_color(value: Any) -> str:
    if not isinstance(value, str) or not _COLOR_RE.match(value):
        raise InputValidation("main_color", '"main_color" must be a color like #RRGGBB or #RGB')
    return value


def _short_company_url(body: dict[str, Any]) -> str | None:
    value = _string(body, "short_company_url", max_len=128, nullable=True)
    if value is None:
        return None
    if not _SHORT_URL_RE.match(value):
        raise InputValidation(
            "short_company_url",
            '"short_company_url" may only contain letters, digits, "_", "~" and "-",'
            " and at least one letter or symbol",
        )
    return value


def validate_new_theme(body: dict[str, Any]) -> dict[str, Any]:
    """Fields of a new theme (without ids)."""
    if "main_color" not in body:
        raise InputValidation("main_color", '"main_color" is required')
    main_color = _main_color(body["main_color"])
    brand_text = _string(body, "brand_text", max_len=200, required=True)
    theme_name = _string(body, "theme_name", max_len=200, nullable=True)
    if theme_name is not None and not theme_name.strip():
        raise InputValidation("theme_name", '"theme_name" is not allowed to be empty')
    return {
        "theme_name": theme_name or str(uuid.uuid4()),
        "main_color": main_color,
        "short_company_url": _short_company_url(body),
        "brand_text": brand_text,
    }


def validate_theme_update(body: dict[str, Any]) -> dict[str, Any]:
    if "update_details" not in body:
        raise InputValidation("update_details", '"update_details" is required')
    details = require_object(body["update_details"], "update_details")
    known = {key: details[key] for key in THEME_KEYS if key in details}
    if not known:
        raise InputValidation(
            "update_details", '"update_details" must have at least 1 key', with_errors=False
        )
    changes: dict[str, Any] = {}
    if "theme_name" in known:
        name = _string(known, "theme_name", max_len=200, required=True)
        changes["theme_name"] = name
    if "main_color" in known:
        changes["main_color"] = _main_color(known["main_color"])
    if "brand_text" in known:
        changes["brand_text"] = _string(known, "brand_text", max_len=200, required=True)
    if "short_company_url" in known:
        changes["short_company_url"] = _short_company_url(known)
    return changes


def validate_application_update(body: dict[str, Any]) -> str | None:
    """The new default theme id (None clears it)."""
    if "update_details" not in body:
        raise InputValidation("update_details", '"update_details" is required')
    details = require_object(body["update_details"], "update_details")
    if "default_theme_id" not in details:
        raise InputValidation(
            "update_details", '"update_details" must have at least 1 key', with_errors=False
        )
    value = details["default_theme_id"]
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputValidation("default_theme_id", '"default_theme_id" must be a string')
    return value
