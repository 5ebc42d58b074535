"""The server tests run on each storage back-end: SQLite and a throwaway PostgreSQL."""

from __future__ import annotations

import pytest

from tests.helpers.servers import BACKENDS, each_backend


@pytest.fixture(params=BACKENDS)
def storage_backend(request: pytest.FixtureRequest) -> str:
    return each_backend(request)


@pytest.fixture(scope="session", params=BACKENDS)
def shared_storage_backend(request: pytest.FixtureRequest) -> str:
    return each_backend(request)
