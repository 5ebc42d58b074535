"""HTTP plumbing of the client: TLS context, an abortable transport, exception mapping.

Why a custom transport: closing an ``httpx.Client`` from another thread does not wake a
thread blocked in ``recv()``; that thread only returns when its read timeout fires. To let
the GUI abandon a slow call at once, the transport remembers its open sockets and
``abort()`` shuts them down, which makes the blocked read fail immediately.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import certifi
import httpcore
import httpx

from launcher.api import errors

__all__ = ["AbortableTransport", "build_ssl_context", "map_transport_error"]


def build_ssl_context(ca_file: str | Path | None = None) -> ssl.SSLContext:
    """Verification always on: the system store, certifi, plus ``ca_file`` when given.

    An unreadable or malformed ``ca_file`` raises :class:`errors.TlsError`.
    """
    context = ssl.create_default_context()
    context.load_verify_locations(cafile=certifi.where())
    if ca_file is not None:
        try:
            context.load_verify_locations(cafile=str(ca_file))
        except (OSError, ssl.SSLError) as exc:
            raise errors.TlsError(
                f"the CA file {str(ca_file)!r} could not be loaded: {exc}",
                certificate_problem=True,
            ) from exc
    return context


class _TrackedStream(httpcore.NetworkStream):
    """Delegates to a real stream; unregisters its socket when closed."""

    def __init__(self, inner: httpcore.NetworkStream, registry: _SocketRegistry) -> None:
        self._inner = inner
        self._registry = registry
        self._sock: socket.socket | None = inner.get_extra_info("socket")
        registry.add(self._sock)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, timeout)

    def close(self) -> None:
        self._registry.discard(self._sock)
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        self._registry.discard(self._sock)
        return _TrackedStream(
            self._inner.start_tls(ssl_context, server_hostname, timeout), self._registry
        )

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _SocketRegistry:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()

    def add(self, sock: socket.socket | None) -> None:
        if sock is not None:
            with self._lock:
                self._sockets.add(sock)

    def discard(self, sock: socket.socket | None) -> None:
        if sock is not None:
            with self._lock:
                self._sockets.discard(sock)

    def shutdown_all(self) -> None:
        with self._lock:
            sockets = list(self._sockets)
            self._sockets.clear()
        for sock in sockets:
            # The plain socket method, also for an SSLSocket: it acts on the file
            # descriptor only and leaves the TLS object to the thread using it. OSError:
            # the owner closed it meanwhile.
            with contextlib.suppress(OSError):
                socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _TrackingBackend(httpcore.NetworkBackend):
    def __init__(self, registry: _SocketRegistry) -> None:
        self._inner = httpcore.SyncBackend()
        self._registry = registry

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return _TrackedStream(stream, self._registry)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_unix_socket(path, timeout, socket_options)
        return _TrackedStream(stream, self._registry)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class AbortableTransport(httpx.HTTPTransport):
    """``httpx.HTTPTransport`` whose open connections can be shut down from any thread."""

    def __init__(self, ssl_context: ssl.SSLContext, limits: httpx.Limits) -> None:
        super().__init__(verify=ssl_context, limits=limits)
        self._registry = _SocketRegistry()
        # httpx offers no public hook for the network backend; the pool it builds is
        # replaced by the same pool with a tracking backend (tests/unit/test_api_client.py
        # proves abort() still wakes a blocked read, so an httpx change cannot go unseen).
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_TrackingBackend(self._registry),
        )

    def abort(self) -> None:
        """Shut down every open connection; blocked reads and writes fail at once."""
        self._registry.shutdown_all()


def _ssl_cause(exc: BaseException) -> ssl.SSLError | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLError):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def map_transport_error(exc: httpx.TransportError, method: str, path: str) -> errors.ApiError:
    """The typed error for an httpx failure that produced no response."""
    where: dict[str, Any] = {"method": method, "path": path}
    if isinstance(exc, httpx.TimeoutException):
        kind = {
            httpx.ConnectTimeout: "connecting",
            httpx.ReadTimeout: "waiting for the answer",
            httpx.WriteTimeout: "sending the request",
            httpx.PoolTimeout: "waiting for a free connection",
        }.get(type(exc), "waiting")
        return errors.Timeout(f"the server did not respond in time ({kind})", **where)
    cause = _ssl_cause(exc)
    if cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            reason = getattr(cause, "verify_message", None) or _ssl_reason(cause)
            return errors.TlsError(
                f"the server's certificate was refused: {reason}",
                certificate_problem=True,
                **where,
            )
        return errors.TlsError(f"the secure connection failed: {_ssl_reason(cause)}", **where)
    if isinstance(exc, httpx.ConnectError):
        return errors.Offline(f"the server could not be reached: {_reason(exc)}", **where)
    if isinstance(exc, httpx.UnsupportedProtocol):
        return errors.Offline(f"the server address is not usable: {exc}", **where)
    return errors.Offline(f"the connection to the server was lost: {_reason(exc)}", **where)


def _ssl_reason(exc: ssl.SSLError) -> str:
    # Set on errors raised by the ssl module; absent on ones built by hand.
    return str(getattr(exc, "reason", None) or exc)


def _reason(exc: BaseException) -> str:
    text = str(exc)
    return text or type(exc).__name__
