"""Callbacks (webhooks) the built-in server sends, from a durable outbox.

Events and bodies follow the contract (each body has an ``event`` field):
``room:expired``, ``session:started``, ``session:ended``,
``session:participant:joined``, ``session:participant:left``,
``recording:started``, ``recording:ended``, ``recording:uploaded``.

Delivery is at least once. A state change and the outbox rows for its events
are written in one SQLite transaction (``Store.enqueue_webhooks`` and the
presence, expiry and recording methods that call it), so an event is not lost
when the server is killed; this module's :class:`WebhookSender` runs on the
server loop and POSTs the rows as JSON, oldest first. Any 2xx answer
delivers a row (the contract's receivers answer 204); an error status, a
timeout or a connection error is retried after ``ServerConfig.webhook_retry_delays``
(by default 6 attempts over about 10 minutes), then the row is kept with state
``failed``. Rows still pending when the server starts are sent at once; a
delivery cut off by a shutdown or a kill is sent again after the restart,
so receivers should treat ``X-Meetings-Delivery`` as an idempotency key.

Headers of every delivery:

- ``X-Meetings-Event``: the event name
- ``X-Meetings-Delivery``: the outbox row id (the same on every retry)
- ``X-Meetings-Signature: sha256=<hex>``: HMAC-SHA256 of the exact body bytes
  with ``ServerConfig.webhook_secret``, only when that is set

Deliveries go to public addresses only, unless ``ServerConfig.webhook_allow_private``
allows a range (:mod:`launcher.server.addresses`, checked on the addresses
actually connected to); a refused address is a failed attempt like any other.

The same loop sweeps rooms every ``ServerConfig.room_sweep_interval`` seconds
(and at start) and queues ``room:expired`` for rooms that are over.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import hmac
import logging
import time
from collections.abc import Mapping, Sequence
from typing import Any

import aiohttp
from aiohttp import web

from launcher import __version__
from launcher.server.addresses import AddressRefused, GuardedResolver, Network, check_url
from launcher.server.store import DatabaseUnavailable, Store
from launcher.server.worker import StoreWorker

log = logging.getLogger(__name__)

#: Seconds to wait before each retry: 6 attempts over a little under 10 minutes.
DEFAULT_RETRY_DELAYS: tuple[float, ...] = (10.0, 30.0, 60.0, 180.0, 300.0)
DEFAULT_SWEEP_INTERVAL = 30.0
REQUEST_TIMEOUT = aiohttp.ClientTimeout(total=15.0, connect=5.0)
#: Deliveries read from the outbox per round.
BATCH = 32


def sign(secret: bytes, body: bytes) -> str:
    """The ``X-Meetings-Signature`` value for ``body``."""
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


class WebhookSender:
    """Sends queued deliveries and sweeps expired rooms, on the server loop."""

    def __init__(
        self,
        store: StoreWorker,
        *,
        retry_delays: tuple[float, ...] = DEFAULT_RETRY_DELAYS,
        sweep_interval: float = DEFAULT_SWEEP_INTERVAL,
        secret: bytes | None = None,
        allow_private: Sequence[Network] = (),
    ) -> None:
        self._store = store
        self._allowed = tuple(allow_private)
        self._retry_delays = retry_delays
        self._sweep_interval = sweep_interval
        self._secret = secret
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._http: aiohttp.ClientSession | None = None

    def wake(self) -> None:
        """New rows were queued: look at the outbox now (loop thread only)."""
        self._wake.set()

    def on_event(self, _event: str, _body: Mapping[str, Any]) -> None:
        """A ``SessionTracker`` listener: its rows are already queued, send them."""
        self.wake()

    async def start(self) -> None:
        """Start the background task (from an ``on_startup`` hook)."""
        self._http = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(resolver=GuardedResolver(self._allowed)),
            timeout=REQUEST_TIMEOUT,
            headers={"User-Agent": f"meeting-launcher-server/{__version__}"},
        )
        self._task = asyncio.get_running_loop().create_task(self._run(), name="webhooks")

    async def stop(self) -> None:
        """Stop sending; undelivered rows stay queued for the next start."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._http is not None:
            await self._http.close()

    async def _run(self) -> None:
        next_sweep = 0.0
        while True:
            try:
                self._wake.clear()  # before reading: a later wake() is not missed
                now = time.time()
                if now >= next_sweep:
                    expired = await self._store.write(lambda s: s.expire_rooms())
                    if expired:
                        log.info("webhooks: %d room(s) expired", len(expired))
                    next_sweep = now + self._sweep_interval
                due = await self._store.run(functools.partial(_due, now))
                for delivery in due:
                    await self._deliver(delivery)
                if len(due) == BATCH:
                    continue
                upcoming = await self._store.run(lambda s: s.next_webhook_at())
                until = min(next_sweep, upcoming if upcoming is not None else next_sweep)
                delay = max(0.0, until - time.time())
            except asyncio.CancelledError:
                raise
            except DatabaseUnavailable:  # logged once per outage by the store's worker
                delay = 1.0
            except Exception:
                log.exception("webhooks: outbox round failed")
                delay = 1.0
            await self._sleep(delay)

    async def _sleep(self, delay: float) -> None:
        """Wait ``delay`` seconds or until woken.

        Not ``asyncio.wait_for``: on Python 3.11 it can swallow a cancellation
        that arrives together with a wake-up, and stop() would wait forever.
        """
        waiter = asyncio.ensure_future(self._wake.wait())
        try:
            await asyncio.wait({waiter}, timeout=delay)
        finally:
            waiter.cancel()

    async def _deliver(self, delivery: Mapping[str, Any]) -> None:
        assert self._http is not None
        delivery_id = int(delivery["id"])
        body = str(delivery["body"]).encode()
        headers = {
            "Content-Type": "application/json",
            "X-Meetings-Event": str(delivery["event"]),
            "X-Meetings-Delivery": str(delivery_id),
        }
        if self._secret:
            headers["X-Meetings-Signature"] = sign(self._secret, body)
        error = ""
        try:
            check_url(str(delivery["url"]), self._allowed)
            async with self._http.post(str(delivery["url"]), data=body, headers=headers) as reply:
                await reply.read()
                if 200 <= reply.status < 300:
                    await self._store.write(lambda s: s.webhook_delivered(delivery_id))
                    log.debug("webhooks: delivered %s #%d", delivery["event"], delivery_id)
                    return
                error = f"HTTP {reply.status}"
        except (aiohttp.ClientError, TimeoutError, ValueError, AddressRefused) as exc:
            error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        attempt = int(delivery["attempts"])  # failed attempts before this one
        retry_at = (
            time.time() + self._retry_delays[attempt] if attempt < len(self._retry_delays) else None
        )
        # The URL stays out of the log: it may carry a receiver's secret.
        log.info(
            "webhooks: %s #%d failed (%s); %s",
            delivery["event"],
            delivery_id,
            error,
            "will retry" if retry_at is not None else "giving up",
        )
        await self._store.write(lambda s: s.webhook_failed(delivery_id, error, retry_at))


def _due(at: float, store: Store) -> list[dict[str, Any]]:
    return store.due_webhooks(at, BATCH)


def install(
    app: web.Application,
    store: StoreWorker,
    *,
    callback_urls: Mapping[str, str],
    retry_delays: tuple[float, ...],
    sweep_interval: float,
    secret: str | None,
    allow_private: Sequence[Network] = (),
) -> WebhookSender:
    """A sender started and stopped with ``app``; the caller keeps it as ``keys.SENDER``."""
    sender = WebhookSender(
        store,
        retry_delays=retry_delays,
        sweep_interval=sweep_interval,
        secret=secret.encode() if secret else None,
        allow_private=allow_private,
    )
    fallback = dict(callback_urls)

    async def on_startup(_app: web.Application) -> None:
        def prepare(s: Store) -> None:
            s.fallback_callback_urls = fallback
            # Rows left by the last run (also by a killed one) go out first thing.
            pending = s.retry_webhooks_now()
            if pending:
                log.info("webhooks: %d delivery(ies) pending from the last run", pending)

        await store.write(prepare)
        await sender.start()

    async def on_cleanup(_app: web.Application) -> None:
        await sender.stop()

    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    return sender
