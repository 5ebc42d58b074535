"""The "This computer" account: the built-in server, in this process, with no sign-up.

Interface::

    from launcher.core.local_server import LocalServer, ensure_local_account
    account = ensure_local_account(store)   # blocking: run it through TaskRunner
    current_server() -> LocalServer | None  # the running one, if any
    stop_local_server()                     # on quit (idempotent)

``ensure_local_account(store)``:

- no account at all (first run): starts the built-in server (background
  thread, ``127.0.0.1``, a free port), registers an application with a fresh
  RSA key, stores id and key in the keyring, and makes it the default account;
- a local account exists: starts the server on the port remembered in the
  settings file (a new free port if that one is taken, said in the log, and the
  account's URL follows); if the keyring lost its secrets, a new application is
  registered for it;
- only other accounts: starts nothing, returns the default account.

The server's data (SQLite, its own signing secret) lives under
``<data dir>/server``; it holds the application id and *public* key (it needs
them to check tokens), never the private key.

Guests can open links of this account only from this computer. The settings
flag ``local_server.lan`` (:func:`set_local_network`) makes the next start
listen on all interfaces with a self-signed certificate and build links with
this computer's network address; :func:`apply_local_network` also restarts a
running server that way at once. See :class:`LocalServer` for its limits.
"""

from __future__ import annotations

import dataclasses
import logging
import socket
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from launcher.core.accounts import LOCAL_ACCOUNT_NAME, Account, AccountStore
from launcher.core.credentials import SecretNotFound

if TYPE_CHECKING:
    from launcher.server import BuiltinServer

__all__ = [
    "LocalServer",
    "apply_local_network",
    "current_server",
    "ensure_local_account",
    "lan_address",
    "set_local_network",
    "stop_local_server",
]

log = logging.getLogger(__name__)

_lock = threading.RLock()
_current: LocalServer | None = None


def lan_address() -> str | None:
    """This computer's address on the local network, or None when it has none.

    Connecting a UDP socket sends nothing; it only asks the OS which interface
    would route outwards.
    """
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed anywhere real
        address = str(probe.getsockname()[0])
    except OSError:
        return None
    finally:
        probe.close()
    return None if address.startswith("127.") or address == "0.0.0.0" else address  # noqa: S104


class LocalServer:
    """The built-in Meetings server for this computer, on its own background thread.

    Loopback (default): ``http://127.0.0.1:<port>``; browsers treat loopback as
    a secure context, so camera and microphone work without a certificate.
    ``lan=True``: listens on ``0.0.0.0`` over HTTPS with a self-signed
    certificate (naming loopback and this computer's network address); links
    carry ``https://<lan address>:<port>`` and guests' browsers show a
    certificate warning they must accept (no browser knows this certificate),
    while the launcher itself keeps talking to ``https://127.0.0.1:<port>``
    trusting that certificate.
    """

    def __init__(self, data_dir: Path, *, port: int = 0, lan: bool = False) -> None:
        self.data_dir = data_dir
        self.requested_port = port
        self.lan = lan
        self._server: BuiltinServer | None = None
        self.port = 0
        self.origin = ""
        self.meeting_origin = ""
        self.ca_cert_path: Path | None = None

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def api_url(self) -> str:
        return self.origin + "/v1/meetings"

    def start(self) -> None:
        """Listen (blocking until ready); ``ServerStartError`` when the port is taken."""
        from launcher.server import BuiltinServer, ServerConfig
        from launcher.server.addresses import LOOPBACK

        if self.lan:
            address = lan_address()
            port = self.requested_port or _free_port("0.0.0.0")  # noqa: S104
            config = ServerConfig(
                data_dir=self.data_dir,
                host="0.0.0.0",  # noqa: S104  the user asked for the local network
                port=port,
                tls="self-signed",
                public_url=f"https://{address}:{port}" if address else None,
                webhook_allow_private=list(LOOPBACK),
            )
        else:
            config = ServerConfig(
                data_dir=self.data_dir,
                port=self.requested_port,
                webhook_allow_private=list(LOOPBACK),
            )
        server = BuiltinServer(config)
        server.start()
        self._server = server
        self.port = int(server.origin.rsplit(":", 1)[1]) if not self.lan else config.port
        self.meeting_origin = server.origin
        self.ca_cert_path = server.ca_cert_path
        # The launcher's own calls always go over loopback.
        scheme = "https" if self.lan else "http"
        self.origin = f"{scheme}://127.0.0.1:{self.port}"

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None

    def create_application(self, name: str) -> tuple[str, str]:
        """Register an application on this server: ``(application_id, private_key_pem)``."""
        from launcher.server import create_application

        application_id, private_key = create_application(self.data_dir, name)
        pem = private_key.decode("ascii") if isinstance(private_key, bytes) else private_key
        return application_id, pem


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def current_server() -> LocalServer | None:
    """The local server this process runs, if any."""
    return _current


def stop_local_server() -> None:
    """Stop the local server (on quit); harmless when none runs."""
    global _current
    with _lock:
        if _current is not None:
            _current.stop()
            _current = None


def set_local_network(store: AccountStore, enabled: bool) -> None:
    """Remember whether guests on the local network may join (takes effect at next start)."""
    with store.settings.lock:
        data = store.settings.load()
        data["local_server"]["lan"] = bool(enabled)
        store.settings.save(data)


def apply_local_network(store: AccountStore, enabled: bool) -> Account | None:
    """Remember the choice and apply it now: when this process runs the local server,
    restart it on the same port (a new one if that is taken), on all interfaces with
    its certificate or back on loopback. The local account follows (address, CA file,
    meeting origin): its new state, or None when no server ran here. Blocking.

    People in a meeting on it lose their connection for the restart; links copied
    before keep the old address: they must be copied again.
    """
    with _lock:
        set_local_network(store, enabled)
        if _current is None:
            return None
        stop_local_server()
        return ensure_local_account(store)


def _start(store: AccountStore) -> LocalServer:
    global _current
    if _current is not None and _current.running:
        return _current
    from launcher.server import ServerStartError

    data_dir = store.data_dir / "server"
    prefs = store.settings.load()["local_server"]
    port = int(prefs.get("port") or 0)
    lan = bool(prefs.get("lan", False))
    server = LocalServer(data_dir, port=port, lan=lan)
    try:
        server.start()
    except ServerStartError as exc:
        if port == 0:
            raise
        log.warning("local server: port %d unavailable (%s); using a new free port", port, exc)
        server = LocalServer(data_dir, port=0, lan=lan)
        server.start()
    if server.port != port:
        with store.settings.lock:
            data = store.settings.load()
            data["local_server"]["port"] = server.port
            store.settings.save(data)
    log.info("local server for this computer at %s", server.origin)
    _current = server
    return server


def _local_fields(account: Account, server: LocalServer) -> Account:
    ca_file = str(server.ca_cert_path) if server.lan and server.ca_cert_path else None
    return dataclasses.replace(
        account,
        server_url=server.origin,
        ca_file=ca_file,
        meeting_origin=server.meeting_origin,
    )


def ensure_local_account(store: AccountStore) -> Account:
    """See the module docstring. Blocking (server start, key generation, keyring)."""
    with _lock:
        accounts = store.accounts()
        local = next((a for a in accounts if a.is_local), None)
        if local is None and accounts:
            default = store.default()
            assert default is not None  # accounts is not empty
            return default
        server = _start(store)
        if local is None:
            application_id, pem = server.create_application(LOCAL_ACCOUNT_NAME)
            account = _local_fields(
                Account(name=LOCAL_ACCOUNT_NAME, server_url=server.origin, is_local=True), server
            )
            log.info("first run: created the account for this computer")
            return store.add(account, application_id, pem, make_default=True)
        wanted = _local_fields(local, server)
        try:
            store.secrets(local)
        except SecretNotFound:
            log.warning("keyring lost the local account's key; registering a new one")
            application_id, pem = server.create_application(LOCAL_ACCOUNT_NAME)
            return store.update(
                local.name, wanted, application_id=application_id, private_key_pem=pem
            )
        if wanted != local:
            return store.update(local.name, wanted)
        return local
