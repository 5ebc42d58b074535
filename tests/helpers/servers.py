"""Pytest fixtures: real built-in servers over HTTPS on 127.0.0.1.

- ``server``: a fresh BuiltinServer (self-signed TLS, tmp data dir) per test.
- ``shared_server``: one such server for the whole session.
- ``app_credentials``: a newly registered application on ``server``.
- ``shared_app_credentials``: a newly registered application on ``shared_server``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from launcher.server import BuiltinServer, ServerConfig, create_application


@dataclass(frozen=True)
class AppCredentials:
    """What a client needs to talk to the server as one application."""

    application_id: str
    private_key_pem: bytes
    api_url: str
    ca_cert_path: Path
    data_dir: Path


def start_server(data_dir: Path, **options: object) -> BuiltinServer:
    """A started self-signed HTTPS server on 127.0.0.1 (caller stops it)."""
    config = ServerConfig(data_dir=data_dir, tls="self-signed", **options)  # type: ignore[arg-type]
    server = BuiltinServer(config)
    server.start()
    return server


def register_app(server: BuiltinServer, name: str = "tests") -> AppCredentials:
    application_id, private_pem = create_application(server.config.data_dir, name)
    assert server.ca_cert_path is not None
    return AppCredentials(
        application_id=application_id,
        private_key_pem=private_pem,
        api_url=server.api_url,
        ca_cert_path=server.ca_cert_path,
        data_dir=server.config.data_dir,
    )


@pytest.fixture
def server(tmp_path: Path) -> Iterator[BuiltinServer]:
    srv = start_server(tmp_path / "server-data")
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="session")
def shared_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltinServer]:
    srv = start_server(tmp_path_factory.mktemp("shared-server"))
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def app_credentials(server: BuiltinServer) -> AppCredentials:
    return register_app(server)


@pytest.fixture
def shared_app_credentials(shared_server: BuiltinServer) -> AppCredentials:
    return register_app(shared_server)
