"""Logging of ``meeting-launcher serve``: text or JSON lines on stderr, secrets redacted.

JSON lines carry ``time`` (UTC, ISO 8601), ``level``, ``logger``, ``message``,
``exception`` when there is one, and the access log's ``client``, ``method``,
``path``, ``status`` and ``duration_ms`` (:mod:`launcher.server.access_log`).
Every record goes through :mod:`launcher.redaction` (bearer tokens,
``participant_token=``, PEM blocks, JWTs, registered values such as the webhook
secret) before it is formatted.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Literal

from launcher.redaction import install_redaction, register_secret

LogFormat = Literal["text", "json"]
LEVELS = ("debug", "info", "warning", "error")
_FIELDS = ("client", "method", "path", "status", "duration_ms")


class JsonFormatter(logging.Formatter):
    """One JSON object per line."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in _FIELDS:
            if hasattr(record, name):
                line[name] = getattr(record, name)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            line["exception"] = record.exc_text
        return json.dumps(line, ensure_ascii=False)


def configure(log_format: LogFormat, level: str, secrets: list[str]) -> None:
    """Send the root logger to stderr in ``log_format`` at ``level``; redact ``secrets``."""
    for secret in secrets:
        register_secret(secret)
    handler = logging.StreamHandler(sys.stderr)
    if log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())
    install_redaction(root)
    # aiohttp's own access logger would repeat ours; its other loggers stay.
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
