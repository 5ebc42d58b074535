"""Fixtures for the client-against-server tests: a MeetingsClient per test, PNG logos.

Each test registers its own application on the session's shared HTTPS server, so rooms,
themes and the default theme of one test are invisible to the others. The server runs
on each storage back-end: SQLite and a throwaway PostgreSQL.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator

import pytest

from launcher.api import MeetingsClient
from tests.helpers.servers import BACKENDS, AppCredentials, each_backend


@pytest.fixture(params=BACKENDS)
def storage_backend(request: pytest.FixtureRequest) -> str:
    return each_backend(request)


@pytest.fixture(scope="session", params=BACKENDS)
def shared_storage_backend(request: pytest.FixtureRequest) -> str:
    return each_backend(request)


def make_client(creds: AppCredentials, **options: object) -> MeetingsClient:
    """A client trusting the server's self-signed certificate."""
    return MeetingsClient(
        creds.api_url,
        creds.application_id,
        creds.private_key_pem,
        ca_file=creds.ca_cert_path,
        **options,  # type: ignore[arg-type]
    )


@pytest.fixture
def client(shared_app_credentials: AppCredentials) -> Iterator[MeetingsClient]:
    with make_client(shared_app_credentials) as made:
        yield made


def png(width: int, height: int, *, transparent: bool = True) -> bytes:
    """An RGBA PNG: a red square in the middle, the background clear (or opaque white)."""
    rows = []
    for y in range(height):
        row = bytearray(b"\x00")  # filter type: none
        for x in range(width):
            inside = (
                width // 4 <= x < width - width // 4 and height // 4 <= y < height - height // 4
            )
            if inside:
                row += b"\xff\x00\x00\xff"
            else:
                row += b"\x00\x00\x00\x00" if transparent else b"\xff\xff\xff\xff"
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + chunk(b"IEND", b"")
    )
