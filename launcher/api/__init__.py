"""Client for the Meetings API contract (httpx, pyjwt). No Qt, no keyring.

    from launcher.api import MeetingsClient, errors, models

    with MeetingsClient(api_url, application_id, private_key_pem, ca_file=None) as client:
        room = client.create_room("Reception")

Every failure is an :class:`errors.ApiError` subclass (see ``launcher/api/errors.py``).
"""

from __future__ import annotations

import logging

from launcher.api import errors, models
from launcher.api.client import MeetingsClient, ProgressCallback
from launcher.api.errors import ApiError
from launcher.api.models import (
    ApplicationInfo,
    DialInNumber,
    LogoUploadForm,
    Recording,
    Room,
    RoomPage,
    Theme,
)

__all__ = [
    "ApiError",
    "ApplicationInfo",
    "DialInNumber",
    "LogoUploadForm",
    "MeetingsClient",
    "ProgressCallback",
    "Recording",
    "Room",
    "RoomPage",
    "Theme",
    "errors",
    "models",
]

# httpx logs every request line at INFO; keep its loggers at WARNING unless the app chose.
for _name in ("httpx", "httpcore"):
    if logging.getLogger(_name).level == logging.NOTSET:
        logging.getLogger(_name).setLevel(logging.WARNING)
