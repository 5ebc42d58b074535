"""The core layer loads no Qt: the command line and the server run without it."""

from __future__ import annotations

import subprocess
import sys


def test_core_modules_import_without_pyside() -> None:
    code = (
        "import sys\n"
        "import launcher.core.accounts, launcher.core.credentials, launcher.core.local_server\n"
        "import launcher.core.account_cli, launcher.core.account_service, launcher.redaction\n"
        "import launcher.core.validation\n"
        "import launcher.core.settings, launcher.core.reach\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == ""
