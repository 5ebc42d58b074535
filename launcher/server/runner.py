"""BuiltinServer: the aiohttp app on its own asyncio loop in one background thread."""

from __future__ import annotations

import asyncio
import errno
import ipaddress
import logging
import socket
import ssl
import threading
from pathlib import Path
from types import TracebackType
from urllib.parse import urlsplit

from aiohttp import web

from launcher.server.access_log import LOGGER as ACCESS_LOGGER
from launcher.server.access_log import AccessLogger
from launcher.server.app import make_app
from launcher.server.config import ServerConfig, StartupRefused
from launcher.server.connections import ConnectionGate, listen
from launcher.server.keys import API_PREFIX
from launcher.server.store import DatabaseUnavailable, SchemaTooNew
from launcher.server.tls import ensure_self_signed, limit_tls_read_buffer, server_context
from launcher.server.tokens import load_server_secret
from launcher.server.worker import StoreWorker

log = logging.getLogger(__name__)

_START_TIMEOUT = 30.0


class ServerStartError(RuntimeError):
    """The server could not start; the message says why in one sentence."""


def _format_host(host: str) -> str:
    try:
        if ipaddress.ip_address(host).version == 6:
            return f"[{host}]"
    except ValueError:
        pass
    return host


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        # SO_REUSEADDR lets a restart bind while old connections sit in
        # TIME_WAIT; it does not allow two listeners on one port on Linux.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise ServerStartError(f"port {port} on {host} is already in use") from None
        if exc.errno == errno.EACCES:
            raise ServerStartError(f"no permission to listen on {host}:{port}") from None
        raise ServerStartError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    sock.setblocking(False)
    return sock


def probe_port(host: str, port: int) -> str | None:
    """Why nothing could listen on ``host:port`` right now (one sentence), or None."""
    try:
        _bind(host, port).close()
    except ServerStartError as exc:
        return str(exc)
    return None


class BuiltinServer:
    """The Meetings API server, started and stopped from any thread.

    ``start()`` returns once the socket listens; ``origin``/``api_url`` are then
    set. ``stop()`` is graceful and idempotent.
    """

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.origin = ""
        self.api_url = ""
        self.ca_cert_path: Path | None = None
        self.store: StoreWorker | None = None
        #: Counts the open connections (on the server's loop only).
        self.gate: ConnectionGate | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._stopped = threading.Event()
        self._stop_lock = threading.Lock()

    def _ssl_context(self) -> ssl.SSLContext | None:
        config = self.config
        if config.tls == "none":
            return None
        if config.tls == "self-signed":
            public_host = urlsplit(config.public_url).hostname if config.public_url else None
            cert, key = ensure_self_signed(
                config.data_dir / "tls", config.host, [public_host] if public_host else []
            )
            self.ca_cert_path = cert
        else:
            if config.tls_cert is None or config.tls_key is None:
                raise ServerStartError("TLS from files needs both a certificate and a key file")
            cert, key = config.tls_cert, config.tls_key
        try:
            context = server_context(cert, key)
        except ValueError as exc:
            raise ServerStartError(str(exc)) from None
        limit_tls_read_buffer()
        return context

    def start(self) -> None:
        if self._thread is not None:
            raise ServerStartError("server already started")
        config = self.config
        # Listen first: a port in use fails before anything is written to the data dir.
        sock = _bind(config.host, config.port)
        try:
            config.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            secret = load_server_secret(config.data_dir)
            context = self._ssl_context()
            self.store = StoreWorker(config.data_dir, config.database)
        except (SchemaTooNew, DatabaseUnavailable) as exc:
            sock.close()
            raise ServerStartError(str(exc)) from None
        except OSError as exc:
            sock.close()
            raise ServerStartError(f"cannot use data directory {config.data_dir}: {exc}") from None
        except BaseException:
            sock.close()
            raise
        port = sock.getsockname()[1]
        scheme = "https" if context else "http"
        connect_host = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(  # noqa: S104
            config.host, config.host
        )
        self.origin = (
            config.public_url.rstrip("/")
            if config.public_url
            else f"{scheme}://{_format_host(connect_host)}:{port}"
        )
        self.api_url = self.origin + API_PREFIX
        app = make_app(config, origin=self.origin, store=self.store, secret=secret)
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            try:
                runner = web.AppRunner(
                    app,
                    handle_signals=False,
                    shutdown_timeout=2.0,
                    access_log=logging.getLogger(ACCESS_LOGGER) if config.access_log else None,
                    access_log_class=AccessLogger,
                    keepalive_timeout=config.connections.keepalive_timeout,
                )
                loop.run_until_complete(runner.setup())
                listener, self.gate = loop.run_until_complete(
                    listen(runner, sock, context, config.connections)
                )
                self._runner = runner
            except BaseException as exc:
                failure.append(exc)
                sock.close()
                ready.set()
                loop.close()
                return
            ready.set()
            try:
                loop.run_forever()
            finally:
                # Stop listening, let running requests finish (up to the
                # shutdown timeout), then cancel whatever is left, and wait for it.
                listener.close()
                loop.run_until_complete(runner.cleanup())
                leftovers = asyncio.all_tasks(loop)
                for task in leftovers:
                    task.cancel()
                loop.run_until_complete(asyncio.gather(*leftovers, return_exceptions=True))
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.close()
                self._stopped.set()

        self._thread = threading.Thread(target=run, name="meetings-server", daemon=True)
        self._thread.start()
        if not ready.wait(_START_TIMEOUT) or failure:
            self.store.close()
            if failure and isinstance(failure[0], StartupRefused):
                raise ServerStartError(str(failure[0]))
            reason = failure[0] if failure else "timed out"
            raise ServerStartError(f"server did not start: {reason}")
        log.info("Meetings API listening at %s", self.api_url)

    def stop(self) -> None:
        with self._stop_lock:
            thread, loop = self._thread, self._loop
            if thread is None or loop is None or self._stopped.is_set():
                return
            if thread.is_alive():
                loop.call_soon_threadsafe(loop.stop)
                thread.join()
            self._stopped.set()
            if self.store is not None:
                self.store.close()

    def __enter__(self) -> BuiltinServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
