"""Guards against a PySide6 release that leaks references to None.

PySide6 6.12.0 under Python 3.11 drops one reference to None on each void Qt
call; a running app aborts with "none_dealloc" after a few thousand calls.
This fails if a pinned upgrade brings that back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot


def test_void_qt_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("a")
        label.update()
        QApplication.processEvents()
    # Unrelated code may hold a few more or fewer references; a leak is ~-6000.
    assert sys.getrefcount(None) - before > -100
