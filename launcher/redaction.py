"""Logging that cannot leak secrets.

``install_redaction(logging.getLogger())`` makes every record that reaches the
given logger's handlers pass through :class:`RedactionFilter`, which rewrites
the message (and any formatted traceback) so that none of these survive:

- ``Bearer <token>`` and ``Authorization: ...`` values;
- ``participant_token=...`` (host links carry one);
- PEM blocks (``-----BEGIN ...-----`` to ``-----END ...-----``);
- strings shaped like a JWT (three base64url parts, the first ``eyJ``);
- every value registered with :func:`register_secret` (the credential store
  registers each application id and private key it reads or writes).

It also installs a log record factory doing the same at record creation, so
that handlers added later are covered too, and keeps ``httpx``/``httpcore``
at WARNING (their INFO lines name full request URLs).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from typing import Any

__all__ = ["RedactionFilter", "install_redaction", "redact", "register_secret"]

REDACTED = "[redacted]"

# Registered values shorter than this are not replaced: a short common string
# would make every log line unreadable and is no secret anyway.
_MIN_SECRET_LENGTH = 8

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"-----BEGIN [A-Z0-9 ]+-----.*?(?:-----END [A-Z0-9 ]+-----|\Z)", re.DOTALL),
        "[redacted PEM]",
    ),
    (re.compile(r"(?i)\b(bearer)\s+[A-Za-z0-9._~+/=-]+"), r"\1 " + REDACTED),
    (re.compile(r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?)[^'\"\s,}]+"), r"\1" + REDACTED),
    (re.compile(r"(?i)(participant_token=)[^&\s'\"#]+"), r"\1" + REDACTED),
    (re.compile(r"\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*"), REDACTED),
]

_secrets_lock = threading.Lock()
_secrets: set[str] = set()


def register_secret(value: str) -> None:
    """Make ``value`` (and, for multi-line values, each long line of it) redacted."""
    parts = {value.strip()}
    # A PEM body may be logged line by line or re-wrapped; its lines are secrets too.
    parts.update(line.strip() for line in value.splitlines())
    with _secrets_lock:
        _secrets.update(p for p in parts if len(p) >= _MIN_SECRET_LENGTH and "-----" not in p)


def forget_secret(value: str) -> None:
    """Stop redacting ``value`` (after an account is removed); harmless if unknown."""
    parts = {value.strip(), *(line.strip() for line in value.splitlines())}
    with _secrets_lock:
        _secrets.difference_update(parts)


def redact(text: str) -> str:
    """``text`` with every known kind of secret replaced."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    with _secrets_lock:
        # Longest first, so that a value containing another is replaced whole.
        known = sorted(_secrets, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


class RedactionFilter(logging.Filter):
    """Rewrites a record's message and traceback text; never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        _redact_record(record)
        return True


def _redact_record(record: logging.LogRecord) -> None:
    if getattr(record, "_launcher_redacted", False):
        return
    try:
        message = record.getMessage()
    except Exception:  # a bad format string: keep the raw template, still redacted
        message = str(record.msg)
    record.msg = redact(message)
    record.args = None
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = redact(record.exc_text)
        # The formatter would otherwise format exc_info again, unredacted.
        record.exc_info = None
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    record._launcher_redacted = True


_factory_lock = threading.Lock()
_factory_installed = False


def _install_record_factory() -> None:
    global _factory_installed
    with _factory_lock:
        if _factory_installed:
            return
        previous: Callable[..., logging.LogRecord] = logging.getLogRecordFactory()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            _redact_record(record)
            return record

        logging.setLogRecordFactory(factory)
        _factory_installed = True


def install_redaction(logger: logging.Logger) -> RedactionFilter:
    """Redact everything ``logger`` and its handlers emit; quiet httpx and httpcore.

    Idempotent. Returns the filter (added to the logger and each current handler).
    """
    flt = next((f for f in logger.filters if isinstance(f, RedactionFilter)), None)
    if flt is None:
        flt = RedactionFilter()
        logger.addFilter(flt)
    for handler in logger.handlers:
        if not any(isinstance(f, RedactionFilter) for f in handler.filters):
            handler.addFilter(flt)
    _install_record_factory()
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return flt
