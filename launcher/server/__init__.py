"""The built-in Meetings API server (aiohttp, SQLite). No Qt.

Public surface::

    ServerConfig, BuiltinServer          run the server (own loop, one thread)
    create_application(data_dir, name)   register an app -> (id, private key PEM)
    list_applications(data_dir)          registered apps
    make_app(config, origin=, store=, secret=)   the aiohttp application
    verify_participant_token(data_dir, token, meeting_code=None)

Extending: put ``setup(app)`` callables in ``ServerConfig.extra_setup``. Each
runs once, after the API routes and the meeting pages (``ServerConfig.meeting_pages``,
on by default) are added and before the app is frozen; it may add routes
(``app.router.add_get(...)``), ``app.on_startup``/``app.on_cleanup`` hooks and
state. Inside handlers use ``request.app[STORE]`` (a StoreWorker: ``await
store.run(lambda s: s.get_...)`` for reads and work on other connections, ``await
store.write(fn)`` for Store writes that should be group-committed),
``request.app[ORIGIN]`` and ``request.app[PARTICIPANT_TOKENS].verify(token,
meeting_code)``. The API owns ``/v1/...``; every other path of the origin
(``/``, ``/{meeting_code}``, ``/{short_company_url}/...``) belongs to the pages.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from launcher.server.app import make_app
from launcher.server.config import ServerConfig, SetupHook
from launcher.server.keys import ORIGIN, PARTICIPANT_TOKENS, STORE
from launcher.server.runner import BuiltinServer, ServerStartError
from launcher.server.store import Application, Database, Store
from launcher.server.tokens import (
    InvalidParticipantToken,
    ParticipantClaims,
    ParticipantTokens,
    verify_participant_token,
)
from launcher.server.worker import StoreWorker

__all__ = [
    "ORIGIN",
    "PARTICIPANT_TOKENS",
    "STORE",
    "Application",
    "BuiltinServer",
    "Database",
    "InvalidParticipantToken",
    "ParticipantClaims",
    "ParticipantTokens",
    "ServerConfig",
    "ServerStartError",
    "SetupHook",
    "Store",
    "StoreWorker",
    "create_application",
    "list_applications",
    "make_app",
    "verify_participant_token",
]


def create_application(
    data_dir: Path, name: str, database: Database | None = None
) -> tuple[str, bytes]:
    """Register an application (also while a server on ``data_dir`` or ``database`` runs).

    Returns ``(application_id, private_key_pem)``; only the public key is stored.
    """
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    private_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    store = Store(data_dir, database)
    try:
        app = store.add_application(name, public_pem.decode())
    finally:
        store.close()
    return app.application_id, private_pem


def list_applications(data_dir: Path, database: Database | None = None) -> list[Application]:
    """Registered applications, oldest first."""
    store = Store(data_dir, database)
    try:
        return store.list_applications()
    finally:
        store.close()
