"""What the first-run set-up leaves in memory once done (checked in a fresh interpreter).

The app runs the same steps off the GUI thread after its first paint: the built-in
server for "This computer", its key in the real keyring, the rooms list through the
API client. Nothing of it should keep whole source files in ``linecache`` (they are
read by ``inspect.getsource``, ``warnings`` and traceback formatting and kept for the
life of the process) nor load the system and certifi certificate stores, which a
plain-HTTP loopback account never uses.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CODE = r"""
import json, linecache, sys
from pathlib import Path
from launcher.core import local_server
from launcher.core.accounts import AccountStore
from launcher.core.credentials import CredentialStore

config, data, service = sys.argv[1:4]
store = AccountStore(Path(config), Path(data), CredentialStore(service=service))
account = local_server.ensure_local_account(store)
client = store.client_for(account)
try:
    client.list_rooms()
    # File-backed entries: (size, mtime, lines, name); generated code has no mtime.
    sources = {
        name: entry[0]
        for name, entry in linecache.cache.items()
        if len(entry) == 4 and entry[1] is not None
    }
    print(json.dumps({"sources": sources, "trust_loaded": client._transport.trust.loaded}))
finally:
    client.close()
    local_server.stop_local_server()
"""


def test_first_run_set_up_keeps_no_sources_and_no_certificate_stores(
    dirs: dict[str, Path], test_service: str
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CODE, str(dirs["config"]), str(dirs["data"]), test_service],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["trust_loaded"] is False
    # anyio's lazy importer (httpcore imports anyio) reads anyio/__init__.py, ~15 KB:
    # a library's own doing, left alone.
    kept = {
        name: size
        for name, size in report["sources"].items()
        if Path(name).parts[-2:] != ("anyio", "__init__.py")
    }
    assert kept == {}, f"source files kept in linecache: {kept}"
