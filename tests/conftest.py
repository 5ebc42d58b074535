"""Suite-wide settings: Qt runs offscreen unless a test asks for the Xvfb display."""

from __future__ import annotations

import os

pytest_plugins = ["tests.helpers.servers"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
