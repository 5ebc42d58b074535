"""The meeting page's JavaScript modules, as the built-in server serves them.

The page is plain ES modules (no bundler): the browser fetches every module
meeting.js imports, and refuses one that is missing or not served as JavaScript.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from launcher.resources import resource_path
from launcher.server import BuiltinServer, ServerConfig
from launcher.server.keys import ASSETS_PATH

PAGES = resource_path("meeting")
# `import ... from "./x.js"`, `import "./x.js"` and `export ... from "./x.js"`.
IMPORT = re.compile(r"""^\s*(?:import|export)\b[^"';\n]*?["'](\./[^"']+)["']""", re.MULTILINE)


@pytest.fixture(scope="module")
def http(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    server = BuiltinServer(ServerConfig(data_dir=tmp_path_factory.mktemp("assets-server")))
    server.start()
    try:
        with httpx.Client(base_url=server.origin, timeout=10) as client:
            yield client
    finally:
        server.stop()


def _imports(module: Path) -> list[str]:
    return IMPORT.findall(module.read_text(encoding="utf-8"))


def _page_modules() -> set[str]:
    """Every module the page loads: meeting.js and what it imports, transitively."""
    seen: set[str] = set()
    todo = ["meeting.js"]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for target in _imports(PAGES / name):
            assert target.count("/") == 1, f"{name} imports {target} outside resources/meeting"
            assert (PAGES / target[2:]).is_file(), f"{name} imports {target}, which is missing"
            todo.append(target[2:])
    return seen


def test_every_module_is_served_as_javascript(http: httpx.Client) -> None:
    modules = _page_modules()
    assert len(modules) > 10  # the page is cut into feature modules
    for name in sorted(modules):
        response = http.get(ASSETS_PATH + name)
        assert response.status_code == 200, name
        # Browsers run a module script only with a JavaScript MIME type.
        assert "javascript" in response.headers["Content-Type"], (name, response.headers)


def test_every_script_in_the_folder_is_used() -> None:
    # probe.js is probe.html's classic script; every other file is part of the page.
    scripts = {path.name for path in PAGES.glob("*.js")}
    assert scripts - _page_modules() == {"probe.js"}
