"""The built-in Meetings API server (aiohttp, SQLite). No Qt.

Public surface::

    ServerConfig, BuiltinServer          run the server (own loop, one thread)
    create_application(data_dir, name)   register an app -> (id, private key PEM)
    list_applications(data_dir)          registered apps
    embed_domains(data_dir, id, origins) set or read the origins that may embed its pages
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
    "embed_domains",
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


def embed_domains(
    data_dir: Path,
    application_id: str,
    origins: list[str] | None = None,
    database: Database | None = None,
) -> tuple[str, ...]:
    """The origins that may show the application's meeting pages in a frame, after
    replacing them with ``origins`` (parsed by :mod:`launcher.server.embedding`) unless
    None. KeyError for an unknown application. Works while a server runs: its pages
    send the new list from their next load on."""
    store = Store(data_dir, database)
    try:
        if origins is not None:
            return store.set_embed_domains(application_id, origins).embed_domains
        app = store.get_application(application_id)
        if app is None:
            raise KeyError(application_id)
        return app.embed_domains
    finally:
        store.close()
