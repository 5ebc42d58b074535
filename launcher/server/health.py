"""``GET /healthz``: readiness for load balancers and monitoring.

200 ``{"status": "ok"}`` when the store answers; 503 ``{"status": "unavailable"}``
when it does not (database missing, unreadable or not answering within
:data:`TIMEOUT`). No authentication, no details about the failure in the answer
(they go to the log).
"""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web

from launcher.server.keys import HEALTH_PATH, STORE
from launcher.server.store import DatabaseUnavailable

log = logging.getLogger(__name__)

#: Longest wait for the store; a store busier than this is not ready.
TIMEOUT = 5.0


async def healthz(request: web.Request) -> web.Response:
    try:
        await asyncio.wait_for(request.app[STORE].run(lambda s: s.check()), TIMEOUT)
    except Exception as exc:
        if not isinstance(exc, DatabaseUnavailable):  # that one is logged once per outage
            log.warning("health check failed: the store does not answer: %s", exc)
        return web.json_response(
            {"status": "unavailable"}, status=503, headers={"Cache-Control": "no-store"}
        )
    return web.json_response({"status": "ok"}, headers={"Cache-Control": "no-store"})


def install(app: web.Application) -> None:
    """Add ``GET``/``HEAD`` ``/healthz`` (before the pages' catch-all route)."""
    app.router.add_get(HEALTH_PATH, healthz)
