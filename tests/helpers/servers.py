"""Pytest fixtures: real built-in servers over HTTPS on 127.0.0.1.

- ``server``: a fresh BuiltinServer (self-signed TLS, tmp data dir) per test.
- ``shared_server``: one such server for the whole session.
- Their storage: SQLite in the data dir, unless a directory's conftest overrides
  ``storage_backend`` / ``shared_storage_backend`` with :func:`each_backend` (tests/api
  and tests/server do: the contract suite runs on each back-end, ``[sqlite]`` and
  ``[postgresql]``). PostgreSQL is a throwaway cluster (``postgres_cluster``,
  tests.helpers.postgres) started on first use, with a new database for each server.
- ``app_credentials``: a newly registered application on ``server``.
- ``shared_app_credentials``: a newly registered application on ``shared_server``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from launcher.server import BuiltinServer, Database, ServerConfig, create_application
from tests.helpers.postgres import PostgresCluster

#: The storage back-ends every ``server`` and ``shared_server`` test runs on.
BACKENDS = ("sqlite", "postgresql")


@dataclass(frozen=True)
class AppCredentials:
    """What a client needs to talk to the server as one application."""

    application_id: str
    private_key_pem: bytes
    api_url: str
    ca_cert_path: Path
    data_dir: Path
    database: Database = field(default_factory=Database)


def start_server(data_dir: Path, **options: object) -> BuiltinServer:
    """A started self-signed HTTPS server on 127.0.0.1 (caller stops it)."""
    config = ServerConfig(data_dir=data_dir, tls="self-signed", **options)  # type: ignore[arg-type]
    server = BuiltinServer(config)
    server.start()
    return server


def register_app(server: BuiltinServer, name: str = "tests") -> AppCredentials:
    application_id, private_pem = create_application(
        server.config.data_dir, name, server.config.database
    )
    assert server.ca_cert_path is not None
    return AppCredentials(
        application_id=application_id,
        private_key_pem=private_pem,
        api_url=server.api_url,
        ca_cert_path=server.ca_cert_path,
        data_dir=server.config.data_dir,
        database=server.config.database,
    )


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    cluster = PostgresCluster()
    try:
        yield cluster
    finally:
        cluster.stop()


def backend_database(request: pytest.FixtureRequest, backend: str) -> Database:
    """A new, empty database on ``backend`` (SQLite: the data dir's own file)."""
    if backend == "sqlite":
        return Database()
    cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
    return cluster.new_database()


def each_backend(request: pytest.FixtureRequest) -> str:
    """Body of a ``storage_backend`` fixture with ``params=BACKENDS``."""
    return str(request.param)


@pytest.fixture
def storage_backend() -> str:
    return "sqlite"


@pytest.fixture(scope="session")
def shared_storage_backend() -> str:
    return "sqlite"


@pytest.fixture
def server(
    request: pytest.FixtureRequest, tmp_path: Path, storage_backend: str
) -> Iterator[BuiltinServer]:
    srv = start_server(
        tmp_path / "server-data", database=backend_database(request, storage_backend)
    )
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="session")
def shared_server(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    shared_storage_backend: str,
) -> Iterator[BuiltinServer]:
    srv = start_server(
        tmp_path_factory.mktemp("shared-server"),
        database=backend_database(request, shared_storage_backend),
    )
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
