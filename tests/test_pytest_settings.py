"""Settings of the test run itself that keep it from crashing."""

from __future__ import annotations

import pytest


def test_pytest_qt_never_swaps_the_qt_message_handler(request: pytest.FixtureRequest) -> None:
    """pytest-qt's log capture installs a Python Qt message handler before each test and
    removes it after. PySide6 sets its stored handler to NULL on removal while another
    thread may be inside it: a QtWebEngine thread logging a warning then calls NULL and
    the whole run dies (a CI failure in tests/gui/test_themes.py; its core dump showed
    ``_PyObject_Call(callable=0x0)`` under ``QMessageLogger::warning`` in
    libQt6WebEngineCore). A script that swaps handlers while a thread logs crashes
    within seconds. So the capture stays off (pyproject: ``--no-qt-log``)."""
    assert request.config.getoption("qt_log") is False
