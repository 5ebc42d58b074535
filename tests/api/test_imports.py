"""launcher.api stays free of Qt and of the keyring (checked in a fresh interpreter)."""

from __future__ import annotations

import subprocess
import sys


def test_api_imports_no_qt_and_no_keyring() -> None:
    code = (
        "import sys, launcher.api, launcher.api.client, launcher.api.transport\n"
        "roots = {m.split('.')[0] for m in sys.modules}\n"
        "print(','.join(sorted(roots & {'PySide6', 'shiboken6', 'keyring'})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == ""
