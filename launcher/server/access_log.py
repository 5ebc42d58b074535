"""One log line per request (``ServerConfig.access_log``), on the
``launcher.server.access`` logger at INFO.

The line names the client as :func:`~launcher.server.forwarded.client_address`
sees it, the method, the path, the status and the time taken. Never the query
string (host links carry ``participant_token=``) nor headers, and the one-time
code of a hand-off link is left out of its path. The same facts are on the
record as ``client``, ``method``, ``path``, ``status`` and ``duration_ms`` for
the JSON log format.
"""

from __future__ import annotations

from aiohttp import web
from aiohttp.abc import AbstractAccessLogger

from launcher.server.forwarded import client_address
from launcher.server.keys import HANDOFF_PATH

LOGGER = "launcher.server.access"


def loggable_path(path: str) -> str:
    """``path`` without the secrets some paths carry."""
    if path.startswith(HANDOFF_PATH + "/"):
        return HANDOFF_PATH + "/[redacted]"
    return path


class AccessLogger(AbstractAccessLogger):
    """aiohttp's ``access_log_class`` for the server's runner."""

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        client = (
            client_address(request) if isinstance(request, web.Request) else request.remote or ""
        )
        facts = {
            "client": client,
            "method": request.method,
            "path": loggable_path(request.path),
            "status": response.status,
            "duration_ms": round(time * 1000, 1),
        }
        self.logger.info(
            "%(client)s %(method)s %(path)s %(status)d %(duration_ms).1f ms", facts, extra=facts
        )
