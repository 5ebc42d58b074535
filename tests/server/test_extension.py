"""The extension hook (ServerConfig.extra_setup) and the 500 body."""

from __future__ import annotations

from pathlib import Path

import httpx
from aiohttp import web

from launcher.server import ORIGIN, PARTICIPANT_TOKENS, STORE
from tests.helpers.api import raw_client, tls_context
from tests.helpers.servers import register_app, start_server


def test_extra_setup_routes_and_internal_error_body(tmp_path: Path) -> None:
    seen: list[str] = []

    async def hello(request: web.Request) -> web.Response:
        # Pages read the store, origin and participant tokens through these keys.
        count = await request.app[STORE].run(lambda s: len(s.list_applications()))
        assert request.app[PARTICIPANT_TOKENS] is not None
        return web.Response(text=f"{request.app[ORIGIN]} {count}")

    async def boom(request: web.Request) -> web.Response:
        raise RuntimeError("a bug")

    def setup(app: web.Application) -> None:
        seen.append("setup")
        app.router.add_get("/hello", hello)
        app.router.add_get("/v1/meetings/boom", boom)

    server = start_server(tmp_path, extra_setup=[setup], meeting_pages=False)
    try:
        creds = register_app(server)
        page = httpx.get(f"{server.origin}/hello", verify=tls_context(creds))
        assert page.text == f"{server.origin} 1"  # outside /v1/meetings: no API auth
        with raw_client(creds) as client:
            failed = client.get("boom")
        assert failed.status_code == 500
        body = failed.json()
        request_id = body.pop("request_id")
        assert failed.headers["X-Request-Id"] == request_id
        assert body == {
            "message": f"Internal server error (request id {request_id})",
            "name": "InternalServerError",
            "status": 500,
        }
        assert seen == ["setup"]
    finally:
        server.stop()
