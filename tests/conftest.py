"""Suite-wide settings (Qt runs offscreen unless a test asks for the Xvfb display) and RSA keys."""

from __future__ import annotations

import os

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

pytest_plugins = ["tests.helpers.servers"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")


def _pem(bits: int) -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


@pytest.fixture(scope="session")
def rsa_2048_pem() -> str:
    return _pem(2048)


@pytest.fixture(scope="session")
def rsa_4096_pem() -> str:
    return _pem(4096)


MODAL_PATIENCE_S = 30.0


@pytest.fixture(autouse=True)
def _no_modal_waits_for_a_click(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """A modal dialog nobody answers would hold a Qt test (or its teardown) forever:
    pytest-timeout's alarm cannot interrupt Qt's own event loop. Any modal still open
    after MODAL_PATIENCE_S is named, closed, and the test fails."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    request.getfixturevalue("qapp")
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    seen: dict[int, float] = {}
    closed: list[str] = []

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            seen.clear()
            return
        since = seen.setdefault(id(modal), time.monotonic())
        if time.monotonic() - since < MODAL_PATIENCE_S:
            return
        text = modal.text() if isinstance(modal, QMessageBox) else ""
        closed.append(f"{type(modal).__name__} {modal.windowTitle()!r} {text!r}")
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()

    timer = QTimer()
    timer.setInterval(1000)
    timer.timeout.connect(check)
    timer.start()
    yield
    timer.stop()
    if closed:
        pytest.fail("a modal dialog waited for a click: " + "; ".join(closed))
