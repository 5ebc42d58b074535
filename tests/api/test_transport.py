"""TLS trust, unreachable servers, timeouts and cancel against real sockets on 127.0.0.1."""

from __future__ import annotations

import socket
import ssl
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from launcher.api import MeetingsClient, errors
from launcher.api.transport import ClientTrust
from launcher.server import BuiltinServer, ServerConfig, create_application
from tests.api.conftest import make_client
from tests.helpers.servers import AppCredentials, register_app, start_server


def test_self_signed_server_needs_its_ca_file(shared_app_credentials: AppCredentials) -> None:
    creds = shared_app_credentials
    with MeetingsClient(creds.api_url, creds.application_id, creds.private_key_pem) as untrusting:
        with pytest.raises(errors.TlsError) as caught:
            untrusting.list_themes()
        assert caught.value.certificate_problem
        assert caught.value.status is None
        assert "certificate" in caught.value.message
        # POST too: certificate failures are never retried or hidden.
        with pytest.raises(errors.TlsError):
            untrusting.create_room("x")
    with make_client(creds) as trusting:
        assert trusting.list_themes() == []


def test_ca_file_adds_to_the_default_store(shared_app_credentials: AppCredentials) -> None:
    # The extra CA file must not replace the system/certifi store: the client keeps one SSL
    # context for every host it meets (logo forms may point at other hosts).
    import certifi

    from launcher.api.transport import build_ssl_context

    context = build_ssl_context(shared_app_credentials.ca_cert_path)
    plain = build_ssl_context()
    assert context.cert_store_stats()["x509_ca"] == plain.cert_store_stats()["x509_ca"] + 1
    assert plain.cert_store_stats()["x509_ca"] >= Path(certifi.where()).read_text().count(
        "BEGIN CERTIFICATE"
    )


@pytest.mark.parametrize("keylog", [False, True])
def test_client_trust_is_the_default_context_plus_certifi(
    keylog: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ClientTrust builds the context itself (to load the certificates later): its
    # settings must stay those of ssl.create_default_context() on every Python.
    import certifi

    if keylog:
        monkeypatch.setenv("SSLKEYLOGFILE", str(tmp_path / "keys.log"))
    else:
        monkeypatch.delenv("SSLKEYLOGFILE", raising=False)
    reference = ssl.create_default_context()
    reference.load_verify_locations(cafile=certifi.where())
    trust = ClientTrust()
    assert not trust.loaded
    assert trust.ssl_context.cert_store_stats()["x509_ca"] == 0
    context = trust.loaded_context()
    assert trust.loaded and context is trust.ssl_context
    for setting in (
        "protocol",
        "verify_mode",
        "check_hostname",
        "options",
        "verify_flags",
        "minimum_version",
        "maximum_version",
        "post_handshake_auth",
        "security_level",
        "keylog_filename",
    ):
        assert getattr(context, setting) == getattr(reference, setting), setting
    assert context.get_ciphers() == reference.get_ciphers()
    assert context.cert_store_stats() == reference.cert_store_stats()


def test_certificates_are_loaded_only_for_tls(
    tmp_path: Path, shared_app_credentials: AppCredentials
) -> None:
    # A client of a plain-HTTP loopback server (the "This computer" account) never
    # reads the system and certifi stores; the first TLS connection does.
    plain = BuiltinServer(ServerConfig(data_dir=tmp_path / "plain-data", tls="none"))
    plain.start()
    try:
        application_id, key = create_application(plain.config.data_dir, "plain")
        with MeetingsClient(plain.api_url, application_id, key) as client:
            assert client.list_rooms().rooms == ()
            client.create_room("plain")
            assert not client._transport.trust.loaded
    finally:
        plain.stop()
    with make_client(shared_app_credentials) as client:
        trust = client._transport.trust
        assert not trust.loaded
        assert client.list_themes() == []
        assert trust.loaded
        assert trust.ssl_context.cert_store_stats()["x509_ca"] > 100


def test_an_unloadable_store_is_a_tls_error(
    shared_app_credentials: AppCredentials, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import certifi

    monkeypatch.setattr(certifi, "where", lambda: str(tmp_path / "missing.pem"))
    with make_client(shared_app_credentials) as client:
        with pytest.raises(errors.TlsError) as caught:
            client.list_themes()
        assert "trusted certificates could not be loaded" in caught.value.message
        assert not client._transport.trust.loaded


def test_https_client_against_plain_http_port(tmp_path: Path) -> None:
    server = start_server(tmp_path / "tls-data")
    plain = BuiltinServer(ServerConfig(data_dir=tmp_path / "plain-data", tls="none"))
    plain.start()
    try:
        creds = register_app(server)
        wrong_scheme = plain.api_url.replace("http://", "https://")
        with (
            MeetingsClient(
                wrong_scheme,
                creds.application_id,
                creds.private_key_pem,
                ca_file=creds.ca_cert_path,
            ) as client,
            pytest.raises(errors.TlsError) as caught,
        ):
            client.list_rooms()
        assert not caught.value.certificate_problem
    finally:
        plain.stop()
        server.stop()


@pytest.fixture
def closed_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = int(sock.getsockname()[1])
    sock.close()
    return port


def test_offline_for_a_closed_port(
    shared_app_credentials: AppCredentials, closed_port: int
) -> None:
    creds = shared_app_credentials
    url = f"https://127.0.0.1:{closed_port}/v1/meetings"
    with MeetingsClient(url, creds.application_id, creds.private_key_pem, timeout=2) as client:
        client.retry_backoff = 0.01
        with pytest.raises(errors.Offline) as caught:
            client.list_rooms()
        assert caught.value.status is None
        assert "could not be reached" in caught.value.message
        with pytest.raises(errors.Offline):
            client.create_room("x")


def test_offline_for_an_unknown_host(shared_app_credentials: AppCredentials) -> None:
    creds = shared_app_credentials
    url = "https://no-such-host.invalid/v1/meetings"
    with MeetingsClient(url, creds.application_id, creds.private_key_pem, timeout=2) as client:
        client.max_get_retries = 0
        with pytest.raises(errors.Offline):
            client.list_dial_in_numbers()


@pytest.fixture(scope="module")
def slow_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltinServer]:
    server = start_server(tmp_path_factory.mktemp("slow"), debug_latency=3.0)
    try:
        yield server
    finally:
        server.stop()


def test_timeout_against_a_slow_server(slow_server: BuiltinServer) -> None:
    with make_client(register_app(slow_server), timeout=0.5) as client:
        started = time.monotonic()
        with pytest.raises(errors.Timeout) as caught:
            client.list_rooms()
        # A timeout is not retried: one wait of 0.5 s, not three.
        assert time.monotonic() - started < 1.4
        assert caught.value.status is None
        assert "waiting for the answer" in caught.value.message
        with pytest.raises(errors.Timeout):
            client.create_room("slow")
