"""Typed errors of the Meetings API client.

Every failure a :class:`~launcher.api.MeetingsClient` call can raise is an :class:`ApiError`
(plus ``ValueError`` for arguments that can never be valid, and ``RuntimeError`` once the
client is closed). Callers catch the most specific class they can act on::

    ApiError                    base: status, name, message, errors, details
    ├── AuthError               401, or a private key that cannot be read
    ├── Forbidden               403 (e.g. deleting a recording that is not uploaded yet)
    │   └── QuotaExceeded       403 for a limit: rooms per owner, themes per application
    ├── NotFound                404
    ├── Conflict                409 (theme name or short company URL taken)
    ├── InvalidRequest          400, 413, 422; ``field_errors`` maps field -> message
    │   └── LogoRejected        finalizeLogos refused a logo, or the upload form post failed
    ├── RateLimited             429; ``retry_after`` seconds when the server said so
    ├── ServerError             5xx
    ├── UnexpectedResponse      a success status whose body is not what the contract says
    ├── ConnectionProblem       no HTTP answer at all
    │   ├── Offline             refused, DNS failure, unreachable, connection dropped
    │   ├── TlsError            certificate not trusted, wrong host, TLS handshake failed
    │   └── Timeout             connect, read, write or pool timeout
    └── Cancelled               the call was abandoned with ``MeetingsClient.cancel()``

``str(error)`` and ``error.details`` are safe to show and to log: they hold the method, the
API path, the status and the server's message, never the bearer token or a key.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = [
    "ApiError",
    "AuthError",
    "Cancelled",
    "Conflict",
    "ConnectionProblem",
    "Forbidden",
    "InvalidRequest",
    "LogoProblem",
    "LogoRejected",
    "NotFound",
    "Offline",
    "QuotaExceeded",
    "RateLimited",
    "ServerError",
    "Timeout",
    "TlsError",
    "UnexpectedResponse",
]


class ApiError(Exception):
    """Base of every client error.

    Attributes:
        message: the server's message (or ours when there was no answer), one line.
        status: the HTTP status, or None when no response arrived.
        name: the server's error ``name`` (``NotFoundError``, ...) or the 401 ``title``.
        errors: the body's ``errors`` list as sent (strings or objects), else empty.
        method, path: the request, for ``details`` (path only: no host, no query secrets).
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        name: str | None = None,
        errors: Sequence[Any] = (),
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.name = name
        self.errors: list[Any] = list(errors)
        self.method = method
        self.path = path

    @property
    def details(self) -> str:
        """Multi-line text for a "Details" expander: request, status, server name, errors."""
        lines = []
        if self.method and self.path:
            lines.append(f"Request: {self.method} {self.path}")
        if self.status is not None:
            lines.append(f"HTTP status: {self.status}")
        if self.name:
            lines.append(f"Error: {self.name}")
        lines.append(f"Message: {self.message}")
        lines.extend(f"- {_describe(item)}" for item in self.errors)
        return "\n".join(lines)

    def __str__(self) -> str:
        prefix = f"{self.status} " if self.status is not None else ""
        where = f" ({self.method} {self.path})" if self.method and self.path else ""
        return f"{prefix}{self.message}{where}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status!r}, message={self.message!r})"


class AuthError(ApiError):
    """The server refused the credentials (401), or the private key could not be used."""


class Forbidden(ApiError):
    """403: the credentials are fine but the action is not allowed."""


class QuotaExceeded(Forbidden):
    """403 for a limit (maximum rooms for the owner, maximum themes)."""


class NotFound(ApiError):
    """404: the room, theme, recording or session does not exist (any more)."""


class Conflict(ApiError):
    """409: a theme name or short company URL is already taken."""


class InvalidRequest(ApiError):
    """400 (and 413, 422): the request was refused as invalid.

    ``field_errors`` maps a field path (``display_name``, ``update_details.expires_at``) to
    the server's message for it, when the body named one (``InputValidationError``).
    """

    def __init__(
        self,
        message: str,
        *,
        field_errors: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(message, **kwargs)
        self.field_errors: dict[str, str] = dict(field_errors or {})


@dataclass(frozen=True, slots=True)
class LogoProblem:
    """Why one logo was refused.

    ``code`` is the server's (``key_not_found``, ``invalid_logo_properties``) or the storage
    service's (``EntityTooLarge``, ``SignatureDoesNotMatch``, ...); ``invalid_property`` is
    one of ``exceeds_size``, ``type``, ``dimensions``, ``transparent_bg`` when given.
    """

    logo_type: str | None
    code: str
    invalid_property: str | None = None
    key: str | None = None
    message: str | None = None

    def __str__(self) -> str:
        what = f"{self.logo_type} logo" if self.logo_type else f"logo {self.key or '?'}"
        rule = f"{self.code} ({self.invalid_property})" if self.invalid_property else self.code
        return f"{what}: {rule}" + (f": {self.message}" if self.message else "")


class LogoRejected(InvalidRequest):
    """A logo upload failed; ``problems`` names each failed logo and the rule it broke."""

    def __init__(
        self, message: str, *, problems: Sequence[LogoProblem] = (), **kwargs: Any
    ) -> None:
        super().__init__(message, **kwargs)
        self.problems: tuple[LogoProblem, ...] = tuple(problems)

    @property
    def details(self) -> str:
        base = super().details
        if not self.problems:
            return base
        return base + "\n" + "\n".join(f"* {problem}" for problem in self.problems)

    def __str__(self) -> str:
        listed = "; ".join(str(problem) for problem in self.problems)
        return f"{super().__str__()}: {listed}" if listed else super().__str__()


class RateLimited(ApiError):
    """429: too many requests; ``retry_after`` is the server's hint in seconds, if any."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(ApiError):
    """5xx: the server failed; trying again later may help."""


class UnexpectedResponse(ApiError):
    """A success status with a body the contract does not allow (not JSON, wrong shape)."""


class ConnectionProblem(ApiError):
    """No HTTP answer arrived; ``status`` is None."""


class Offline(ConnectionProblem):
    """The server could not be reached: refused, unknown host, unreachable, dropped."""


class TlsError(ConnectionProblem):
    """The TLS connection failed: an untrusted or mismatched certificate, or the handshake.

    ``certificate_problem`` is True when the certificate itself was refused (untrusted,
    expired, wrong host name): the case an office server's own CA file fixes.
    """

    def __init__(self, message: str, *, certificate_problem: bool = False, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.certificate_problem = certificate_problem


class Timeout(ConnectionProblem):
    """The server did not answer within the client's timeout."""


class Cancelled(ApiError):
    """The call was abandoned through ``MeetingsClient.cancel()``."""


# Joi-style messages start with the quoted field path: '"display_name" is required'.
_QUOTED_FIELD = re.compile(r'^\s*"([^"]+)"')


def field_errors_from(message: str, errors: Sequence[Any]) -> dict[str, str]:
    """Field path -> message from an ``InputValidationError`` body.

    Accepts ``errors`` items as objects (``field``/``path``/``key`` plus ``message``) or as
    Joi-style strings; with no usable item, the quoted field of ``message`` itself.
    """
    found: dict[str, str] = {}
    for item in errors:
        if isinstance(item, Mapping):
            text = str(item.get("message") or item.get("detail") or message)
            field = item.get("field") or item.get("path") or item.get("key")
            if isinstance(field, list):
                field = ".".join(str(part) for part in field)
            context = item.get("context")
            if not field and isinstance(context, Mapping):
                field = context.get("label") or context.get("key")
            if field:
                found.setdefault(str(field), text)
        elif isinstance(item, str) and (match := _QUOTED_FIELD.match(item)):
            found.setdefault(match.group(1), item)
    if not found and (match := _QUOTED_FIELD.match(message)):
        found[match.group(1)] = message
    return found


def _describe(item: Any) -> str:
    if isinstance(item, Mapping):
        return ", ".join(f"{key}: {value}" for key, value in item.items())
    return str(item)
