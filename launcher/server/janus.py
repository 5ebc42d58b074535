"""A small asyncio client of Janus' API over WebSocket (``janus-protocol``).

One :class:`JanusClient` holds one WebSocket and one Janus session (kept alive every
:data:`KEEPALIVE` seconds); :meth:`JanusClient.attach` gives a :class:`JanusHandle`
on a plugin. Every request carries a transaction and waits at most :data:`TIMEOUT`
seconds for its answer; a request that times out closes the connection, because a Janus
that does not answer is treated as gone. When the connection ends for any reason the
pending requests fail with :class:`JanusLost` and ``on_lost`` is called once.

Answers to plugin messages come in two steps (``ack``, then an ``event`` with the same
transaction); :meth:`JanusHandle.message` returns the event's plugin data and JSEP.
Events without a transaction of ours (a renegotiation offer, trickled candidates,
``hangup``) go to the handle's ``on_event``. :func:`probe` is ``serve --check``'s look at
Janus (its version, the VideoRoom plugin, the admin key).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import aiohttp

log = logging.getLogger(__name__)

#: Seconds any request may take before Janus counts as lost.
TIMEOUT = 10.0
#: Seconds between session keepalives (Janus' session_timeout is 60 s).
KEEPALIVE = 25.0
PROTOCOL = "janus-protocol"
VIDEOROOM = "janus.plugin.videoroom"

EventCallback = Callable[[Mapping[str, Any]], Awaitable[None]]


class JanusLost(Exception):
    """The connection to Janus is gone (closed, refused or not answering)."""


class JanusError(Exception):
    """Janus or its plugin refused a request; ``code`` is Janus' error code."""

    def __init__(self, code: int, reason: str) -> None:
        super().__init__(f"{code}: {reason}")
        self.code = code
        self.reason = reason


class JanusClient:
    """One connection and one session; :meth:`connect` once, then requests."""

    def __init__(self, url: str, *, timeout: float = TIMEOUT, keepalive: float = KEEPALIVE):
        self.url = url
        self.timeout = timeout
        self.keepalive = keepalive
        self.session_id: int | None = None
        self.on_lost: Callable[[], None] | None = None
        self._http: aiohttp.ClientSession | None = None
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._pending: dict[str, tuple[asyncio.Future[dict[str, Any]], bool]] = {}
        self._handles: dict[int, JanusHandle] = {}
        self._tasks: list[asyncio.Task[None]] = []
        self._lost = False

    @property
    def connected(self) -> bool:
        return self._ws is not None and not self._ws.closed and not self._lost

    async def connect(self) -> None:
        """Open the WebSocket and create the session; JanusLost when Janus is not there."""
        self._http = aiohttp.ClientSession()
        try:
            self._ws = await asyncio.wait_for(
                self._http.ws_connect(
                    self.url, protocols=(PROTOCOL,), max_msg_size=4 * 1024 * 1024
                ),
                self.timeout,
            )
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            await self._http.close()
            self._http = None
            raise JanusLost(f"cannot connect to Janus at {self.url}: {_why(exc)}") from None
        self._tasks.append(asyncio.create_task(self._read(), name="janus-reader"))
        try:
            created = await self.request({"janus": "create"})
        except (JanusLost, JanusError):
            await self.close()
            raise
        self.session_id = int(created["data"]["id"])
        self._tasks.append(asyncio.create_task(self._keep_alive(), name="janus-keepalive"))

    async def info(self) -> dict[str, Any]:
        """Janus' ``info`` (version, plugins), no session needed."""
        return await self.request({"janus": "info"}, session=False)

    async def attach(
        self, plugin: str = VIDEOROOM, on_event: EventCallback | None = None
    ) -> JanusHandle:
        reply = await self.request({"janus": "attach", "plugin": plugin})
        handle = JanusHandle(self, int(reply["data"]["id"]), on_event)
        self._handles[handle.id] = handle
        return handle

    async def request(
        self, message: dict[str, Any], *, session: bool = True, ack_is_answer: bool = False
    ) -> dict[str, Any]:
        """Send ``message`` (a transaction and the session id added); its answer: the first
        reply that is not an ``ack`` (or the ack with ``ack_is_answer``)."""
        ws = self._ws
        if ws is None or ws.closed or self._lost:
            raise JanusLost("not connected to Janus")
        transaction = secrets.token_hex(8)
        message = {**message, "transaction": transaction}
        if session and self.session_id is not None:
            message.setdefault("session_id", self.session_id)
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._pending[transaction] = (future, ack_is_answer)
        try:
            await ws.send_json(message)
            reply = await asyncio.wait_for(future, self.timeout)
        except TimeoutError:
            log.warning(
                "Janus did not answer a %s request within %.0f s", message["janus"], self.timeout
            )
            await self._give_up()
            raise JanusLost("Janus did not answer in time") from None
        except (ConnectionError, aiohttp.ClientError, RuntimeError) as exc:
            await self._give_up()
            raise JanusLost(f"lost Janus: {_why(exc)}") from None
        finally:
            self._pending.pop(transaction, None)
        if reply.get("janus") == "error":
            error = reply.get("error") or {}
            raise JanusError(int(error.get("code", 0)), str(error.get("reason", "error")))
        return reply

    async def close(self) -> None:
        """Destroy the session (when Janus answers quickly) and close the connection."""
        if self.connected and self.session_id is not None:
            with contextlib.suppress(JanusLost, JanusError, KeyError, TypeError, ValueError):
                await asyncio.wait_for(self.request({"janus": "destroy"}), 2.0)
        self._lost = True  # a close of our own: nobody is told
        await self._shutdown()

    # -- internals ----------------------------------------------------------

    async def _give_up(self) -> None:
        if self._ws is not None and not self._ws.closed:
            await self._ws.close()

    async def _shutdown(self) -> None:
        current = asyncio.current_task()
        for task in self._tasks:
            if task is not current:
                task.cancel()
        for task in self._tasks:
            if task is not current:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        self._tasks.clear()
        if self._ws is not None:
            await self._ws.close()
        if self._http is not None:
            await self._http.close()
            self._http = None
        self._fail_pending()

    def _fail_pending(self) -> None:
        for future, _ack in self._pending.values():
            if not future.done():
                future.set_exception(JanusLost("lost Janus"))
        self._pending.clear()

    async def _read(self) -> None:
        ws = self._ws
        assert ws is not None
        try:
            async for frame in ws:
                if frame.type != aiohttp.WSMsgType.TEXT:
                    break
                try:
                    message = frame.json()
                except ValueError:
                    continue
                if isinstance(message, dict):
                    await self._route(message)
        except (aiohttp.ClientError, ConnectionError) as exc:
            log.debug("janus: reading failed: %s", exc)
        finally:
            lost = not self._lost
            self._lost = True
            self._fail_pending()
            if lost and self.on_lost is not None:
                self.on_lost()

    async def _route(self, message: dict[str, Any]) -> None:
        transaction = message.get("transaction")
        waiting = self._pending.get(transaction) if isinstance(transaction, str) else None
        if waiting is not None:
            future, ack_is_answer = waiting
            if (message.get("janus") != "ack" or ack_is_answer) and not future.done():
                future.set_result(message)
            return
        sender = message.get("sender")
        handle = self._handles.get(sender) if isinstance(sender, int) else None
        if handle is not None and handle.on_event is not None:
            try:
                await handle.on_event(message)
            except Exception:
                log.exception("janus: an event handler failed")
        elif message.get("janus") == "timeout":
            log.warning("Janus timed out this server's session")
            await self._give_up()

    async def _keep_alive(self) -> None:
        while True:
            await asyncio.sleep(self.keepalive)
            try:
                await self.request({"janus": "keepalive"}, ack_is_answer=True)
            except (JanusLost, JanusError):
                return


class JanusHandle:
    """One plugin handle of the session."""

    def __init__(self, client: JanusClient, handle_id: int, on_event: EventCallback | None):
        self.client = client
        self.id = handle_id
        self.on_event = on_event

    async def message(
        self, body: Mapping[str, Any], jsep: Mapping[str, Any] | None = None
    ) -> tuple[dict[str, Any], dict[str, Any] | None]:
        """A plugin request: ``(plugin data, jsep or None)``; JanusError when the plugin
        answered with an error."""
        message: dict[str, Any] = {"janus": "message", "handle_id": self.id, "body": dict(body)}
        if jsep is not None:
            message["jsep"] = dict(jsep)
        reply = await self.client.request(message)
        data = (reply.get("plugindata") or {}).get("data") or {}
        if not isinstance(data, dict):
            raise JanusError(0, "no plugin data")
        if "error_code" in data or data.get("videoroom") == "error":
            raise JanusError(int(data.get("error_code", 0)), str(data.get("error", "error")))
        jsep_out = reply.get("jsep")
        return data, jsep_out if isinstance(jsep_out, dict) else None

    async def trickle(self, candidate: Mapping[str, Any] | None) -> None:
        """One ICE candidate of the browser's (None: it has no more)."""
        payload = dict(candidate) if candidate is not None else {"completed": True}
        await self.client.request(
            {"janus": "trickle", "handle_id": self.id, "candidate": payload}, ack_is_answer=True
        )

    async def detach(self) -> None:
        """Give the handle up (hangs its PeerConnection up); quiet when Janus is gone."""
        self.client._handles.pop(self.id, None)
        with contextlib.suppress(JanusLost, JanusError):
            await self.client.request({"janus": "detach", "handle_id": self.id})


def _why(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return "no answer"
    if isinstance(exc, aiohttp.ClientConnectorError) and exc.os_error.errno:
        return os.strerror(exc.os_error.errno).lower()
    if isinstance(exc, aiohttp.WSServerHandshakeError):
        return f"not a Janus WebSocket API (HTTP {exc.status})"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__


#: VideoRoom error codes: a missing and a wrong admin_key.
_MISSING_ELEMENT, _UNAUTHORIZED = 429, 433


async def probe(url: str, admin_key: str) -> tuple[str | None, str]:
    """``serve --check``: (problem or None, what it prints): Janus answers ``info``, its
    VideoRoom refuses a room without the admin key and makes (then destroys) a throwaway
    room with a string id and the admin key."""
    client = JanusClient(url)
    try:
        await client.connect()
    except JanusLost as exc:
        return f"SFU: {exc}", ""
    try:
        info = await client.info()
        if VIDEOROOM not in (info.get("plugins") or {}):
            return f"SFU: Janus at {url} has no VideoRoom plugin", ""
        handle = await client.attach()
        room, secret = f"check-{secrets.token_hex(6)}", secrets.token_hex(12)
        create = {"request": "create", "room": room, "secret": secret, "permanent": False,
                  "is_private": True}  # fmt: skip
        try:
            await handle.message(create)
        except JanusError as exc:
            if exc.code not in (_MISSING_ELEMENT, _UNAUTHORIZED):
                return (
                    f"SFU: Janus at {url} did not load packaging/server/janus/"
                    f"janus.plugin.videoroom.jcfg (string_ids, admin_key): {exc.reason}",
                    "",
                )
        else:
            await handle.message({"request": "destroy", "room": room, "secret": secret})
            return (
                f"SFU: Janus at {url} lets anyone make rooms: set the VideoRoom admin_key "
                "(packaging/server/janus/janus.plugin.videoroom.jcfg)",
                "",
            )
        try:
            await handle.message({**create, "admin_key": admin_key})
        except JanusError as exc:
            if exc.code == _UNAUTHORIZED:
                return f"SFU: Janus at {url} refused the admin key (sfu_admin_key_file)", ""
            return f"SFU: Janus at {url} refused a test room: {exc.reason}", ""
        await handle.message({"request": "destroy", "room": room, "secret": secret})
        await handle.detach()
        version = info.get("version_string", "?")
        return None, f"Janus {version} at {url} (admin key accepted)"
    except (JanusLost, JanusError) as exc:
        return f"SFU: Janus at {url} failed: {exc}", ""
    finally:
        await client.close()
