"""The meeting window around the page: light import, certificates, engine trouble."""

from __future__ import annotations

import datetime as dt
import ssl
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from launcher import web
from launcher.api import MeetingsClient
from launcher.server import BuiltinServer, ServerConfig, create_application
from launcher.web.page import chain_verifies
from tests.helpers.caddy import CaddyProcess
from tests.web.conftest import SHOTS, wait_js

PROBE = "/meeting-assets/probe.html"


def test_importing_launcher_web_loads_no_web_engine() -> None:
    code = textwrap.dedent(
        """
        import sys
        import launcher.web
        from launcher.web import open_meeting, warm_up, set_data_dir
        loaded = sorted(m for m in sys.modules if "WebEngine" in m)
        print(loaded)
        sys.exit(1 if loaded else 0)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltinServer]:
    srv = BuiltinServer(ServerConfig(data_dir=tmp_path_factory.mktemp("tls"), tls="self-signed"))
    srv.start()
    yield srv
    srv.stop()


def test_office_server_certificate_accepted_with_the_accounts_ca(
    qtbot: Any, tls_server: BuiltinServer, windows: Any
) -> None:
    assert tls_server.origin.startswith("https://") and tls_server.ca_cert_path is not None
    window = windows(
        tls_server.origin + PROBE,
        meeting_origin=tls_server.origin,
        ca_file=str(tls_server.ca_cert_path),
    )
    result = wait_js(qtbot, window.page, "window.probeResult")
    assert result["ok"] is True  # loaded over TLS, and the camera works there too
    assert not window.fallback_shown

    # A whole meeting over HTTPS: the page, then signalling over wss://.
    application_id, key = create_application(tls_server.config.data_dir, "tls")
    with MeetingsClient(
        tls_server.api_url, application_id, key, ca_file=tls_server.ca_cert_path
    ) as client:
        room = client.create_room("Office")
    assert room.host_url is not None
    host = windows(
        room.host_url, meeting_origin=tls_server.origin, ca_file=str(tls_server.ca_cert_path)
    )
    wait_js(
        qtbot, host.page, "meetingStatus().view === 'lobby' && meetingStatus().firstLocalFrameAt"
    )
    host.run_js("document.querySelector('#join-btn').click()")
    assert wait_js(qtbot, host.page, "meetingStatus().view === 'meeting' && meetingStatus().isHost")


def test_unknown_certificate_is_refused(qtbot: Any, windows: Any, tmp_path: Path) -> None:
    # A server whose certificate no page of this engine has accepted yet (Chromium
    # remembers accepted certificates per host for the session), and another CA.
    fresh = BuiltinServer(ServerConfig(data_dir=tmp_path / "fresh", tls="self-signed"))
    other = BuiltinServer(ServerConfig(data_dir=tmp_path / "other", tls="self-signed"))
    fresh.start()
    other.start()
    other.stop()
    try:
        assert other.ca_cert_path is not None
        for ca_file in (None, str(other.ca_cert_path)):
            window = windows(fresh.origin + PROBE, meeting_origin=fresh.origin, ca_file=ca_file)
            qtbot.waitUntil(lambda window=window: window.fallback_shown, timeout=15000)
            assert "certificate" in window._fallback.message.text()
    finally:
        fresh.stop()


def test_unreachable_server_offers_the_browser(qtbot: Any, windows: Any, tmp_path: Path) -> None:
    # A port nobody listens on any more: the engine works, the server does not answer.
    srv = BuiltinServer(ServerConfig(data_dir=tmp_path))
    srv.start()
    origin = srv.origin
    srv.stop()
    window = windows(origin + "/123456789", meeting_origin=origin)
    with qtbot.waitSignal(window.engine_failed, timeout=15000) as failed:
        pass
    assert "cannot be reached" in failed.args[0]
    assert window.fallback_shown and window._fallback.open_browser.isVisible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "meeting-window-fallback.png"))


def test_without_web_engine_the_window_offers_the_browser(tmp_path: Path) -> None:
    # A packaged build missing QtWebEngine (or its libraries) fails at import.
    code = textwrap.dedent(
        f"""
        import sys
        sys.modules["PySide6.QtWebEngineWidgets"] = None  # import fails like a missing module
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from launcher import web
        web.set_data_dir({str(tmp_path)!r})
        window = web.open_meeting("http://127.0.0.1:9/123456789",
                                  meeting_origin="http://127.0.0.1:9", title="x")
        print("fallback" if window.fallback_shown else "view")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.stdout.strip() == "fallback", result.stderr[-2000:]


def test_link_for_another_server_is_refused() -> None:
    with pytest.raises(ValueError, match="not on the account's meeting server"):
        web.open_meeting(
            "http://localhost:1/123456789", meeting_origin="http://127.0.0.1:1", title="x"
        )


def test_joining_the_same_room_again_brings_its_window_to_the_front(
    qtbot: Any, server: BuiltinServer, client: MeetingsClient, windows: Any
) -> None:
    room = client.create_room("Once")
    assert room.host_url is not None
    first = windows(room.host_url, "Once", key="Office\nroom-1")
    wait_js(qtbot, first.page, "meetingStatus().view === 'lobby'")
    again = web.open_meeting(
        room.host_url, meeting_origin=server.origin, title="Once", key="Office\nroom-1"
    )
    assert again is first and first.isVisible()
    # Another key (room or account) is another window; so is no key.
    other = windows(room.host_url, "Once", key="Office\nroom-2")
    plain = windows(room.host_url, "Once")
    assert other is not first and plain is not first

    # Once the window is closed, the same key opens a new one.
    with qtbot.waitSignal(first.closed, timeout=5_000):
        first.close()
    third = windows(room.host_url, "Once", key="Office\nroom-1")
    assert third is not first and third.isVisible()


@pytest.fixture(scope="module")
def office_caddy(
    tmp_path_factory: pytest.TempPathFactory, server: BuiltinServer
) -> Iterator[CaddyProcess]:
    """Caddy (``tls internal``: a root CA and an intermediate) in front of the server."""
    with CaddyProcess(
        tmp_path_factory.mktemp("caddy"), server.origin.removeprefix("http://")
    ) as caddy:
        yield caddy


def test_office_ca_signing_through_an_intermediate_is_accepted_with_its_root(
    qtbot: Any, office_caddy: CaddyProcess, windows: Any
) -> None:
    # Caddy sends its certificate and the intermediate; the account holds the root only.
    window = windows(
        office_caddy.origin + PROBE,
        meeting_origin=office_caddy.origin,
        ca_file=str(office_caddy.root_ca),
    )
    result = wait_js(qtbot, window.page, "window.probeResult")
    assert result["ok"] is True
    assert not window.fallback_shown


def test_another_office_ca_is_refused(
    qtbot: Any, tmp_path: Path, server: BuiltinServer, windows: Any
) -> None:
    # Two Caddy CAs: the page of one, the account's file of the other.
    with (
        CaddyProcess(tmp_path / "one", server.origin.removeprefix("http://")) as one,
        CaddyProcess(tmp_path / "two", server.origin.removeprefix("http://")) as two,
    ):
        window = windows(one.origin + PROBE, meeting_origin=one.origin, ca_file=str(two.root_ca))
        qtbot.waitUntil(lambda: window.fallback_shown, timeout=15000)
        assert "certificate" in window._fallback.message.text()


def test_chain_is_verified_for_the_meetings_host_name(office_caddy: CaddyProcess) -> None:
    leaf = ssl.PEM_cert_to_DER_cert(
        ssl.get_server_certificate(("127.0.0.1", office_caddy.port), timeout=5)
    )
    intermediate = x509.load_pem_x509_certificate(office_caddy.intermediate_ca.read_bytes())
    root = x509.load_pem_x509_certificate(office_caddy.root_ca.read_bytes())
    chain = [leaf, intermediate.public_bytes(Encoding.DER)]
    ca = [root.public_bytes(Encoding.DER)]
    assert chain_verifies(chain, "127.0.0.1", ca)
    assert not chain_verifies(chain, "meet.example.org", ca)  # not the certificate's name
    assert not chain_verifies(chain[:1], "127.0.0.1", ca)  # the intermediate is needed
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=400)  # Caddy's leaf lives 12 hours
    assert not chain_verifies(chain, "127.0.0.1", ca, now=later)
