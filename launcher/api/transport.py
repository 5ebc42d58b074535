"""HTTP plumbing of the client: TLS context, an abortable transport, exception mapping.

Why a custom transport: closing an ``httpx.Client`` from another thread does not wake a
thread blocked in ``recv()``; that thread only returns when its read timeout fires. To let
the GUI abandon a slow call at once, the transport remembers its open sockets and
``abort()`` shuts them down, which makes the blocked read fail immediately.
"""

from __future__ import annotations

import contextlib
import os
import socket
import ssl
import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import httpcore
import httpx

from launcher.api import errors

__all__ = ["AbortableTransport", "ClientTrust", "build_ssl_context", "map_transport_error"]


class ClientTrust:
    """The client's SSL context, whose system and certifi certificates load on first use.

    Verification is always on: the system store, certifi, plus ``ca_file`` when given.
    The two big stores (about 170 certificates, 1.5 MiB of memory) are read only when
    the first TLS connection starts (:meth:`loaded_context`): a client of an ``http://``
    loopback server, the "This computer" account, never needs them. ``ca_file`` is
    read at once: an unreadable or malformed one raises :class:`errors.TlsError`.

    The context's settings are those of ``ssl.create_default_context()`` (a test
    compares them); only the moment the certificates are loaded differs.
    """

    def __init__(self, ca_file: str | Path | None = None) -> None:
        #: The settings, and ``ca_file``; the other certificates once loaded.
        self.ssl_context = _client_context()
        self._loaded = False
        self._lock = threading.Lock()
        if ca_file is not None:
            try:
                self.ssl_context.load_verify_locations(cafile=str(ca_file))
            except (OSError, ssl.SSLError) as exc:
                raise errors.TlsError(
                    f"the CA file {str(ca_file)!r} could not be loaded: {exc}",
                    certificate_problem=True,
                ) from exc

    @property
    def loaded(self) -> bool:
        """True once the system and certifi certificates are in the context."""
        return self._loaded

    def loaded_context(self) -> ssl.SSLContext:
        """``ssl_context`` with every trusted certificate loaded (thread-safe)."""
        if not self._loaded:
            with self._lock:
                if not self._loaded:
                    self._load_default_stores()
                    self._loaded = True
        return self.ssl_context

    def _load_default_stores(self) -> None:
        import certifi  # only here: its resource lookup is not needed before

        try:
            # What ssl.create_default_context() loads, then certifi's bundle.
            self.ssl_context.load_default_certs(ssl.Purpose.SERVER_AUTH)
            self.ssl_context.load_verify_locations(cafile=certifi.where())
        except (OSError, ssl.SSLError) as exc:
            raise errors.TlsError(f"the trusted certificates could not be loaded: {exc}") from exc


def _client_context() -> ssl.SSLContext:
    """``ssl.create_default_context()`` without its certificates (loaded by ClientTrust)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.verify_mode = ssl.CERT_REQUIRED
    context.check_hostname = True
    if sys.version_info >= (3, 13):  # as create_default_context() does since 3.13
        context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN | ssl.VERIFY_X509_STRICT
    keylog_file = os.environ.get("SSLKEYLOGFILE")
    if keylog_file and not sys.flags.ignore_environment:
        context.keylog_filename = keylog_file
    return context


def build_ssl_context(ca_file: str | Path | None = None) -> ssl.SSLContext:
    """Verification always on: the system store, certifi, plus ``ca_file`` when given,
    all loaded now (see :class:`ClientTrust` for the lazy form the client uses).

    An unreadable or malformed ``ca_file`` raises :class:`errors.TlsError`.
    """
    return ClientTrust(ca_file).loaded_context()


class _TrackedStream(httpcore.NetworkStream):
    """Delegates to a real stream; unregisters its socket when closed."""

    def __init__(
        self,
        inner: httpcore.NetworkStream,
        registry: _SocketRegistry,
        before_tls: Callable[[], object],
    ) -> None:
        self._inner = inner
        self._registry = registry
        self._before_tls = before_tls
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
        self._before_tls()
        self._registry.discard(self._sock)
        return _TrackedStream(
            self._inner.start_tls(ssl_context, server_hostname, timeout),
            self._registry,
            self._before_tls,
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
    def __init__(self, registry: _SocketRegistry, before_tls: Callable[[], object]) -> None:
        self._inner = httpcore.SyncBackend()
        self._registry = registry
        self._before_tls = before_tls

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return _TrackedStream(stream, self._registry, self._before_tls)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_unix_socket(path, timeout, socket_options)
        return _TrackedStream(stream, self._registry, self._before_tls)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class AbortableTransport(httpx.HTTPTransport):
    """``httpx.HTTPTransport`` whose open connections can be shut down from any thread.

    ``trust`` gives the SSL context; its certificates are loaded just before the first
    TLS handshake (every handshake of this transport goes through ``start_tls``).
    """

    def __init__(self, trust: ClientTrust, limits: httpx.Limits) -> None:
        super().__init__(verify=trust.ssl_context, limits=limits)
        self.trust = trust
        self._registry = _SocketRegistry()
        # httpx offers no public hook for the network backend; the pool it builds is
        # replaced by the same pool with a tracking backend (tests/api/test_client.py
        # proves abort() still wakes a blocked read, so an httpx change cannot go unseen).
        self._pool = httpcore.ConnectionPool(
            ssl_context=trust.ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_TrackingBackend(self._registry, trust.loaded_context),
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
