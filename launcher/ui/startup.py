"""Start-up helpers that must run before the rest of the desktop app is imported.

PySide6 replaces ``__import__`` to support ``from __feature__ import snake_case``:
after every import it asks whether the new module "uses PySide" by reading the
module's whole source (``inspect.getsource``), which also keeps every source
file in ``linecache`` for the life of the process. In this app that is about
75 modules before the window shows (some 11 ms) and about 470 by the time the
built-in server and the rooms list are up (some 70 ms of CPU, and 190,000
source lines, roughly 15 MB, held in memory). The app selects no ``__feature__``,
so the answer only matters for code that would; :func:`lighten_pyside_imports`
keeps the answer but finds it from the module's namespace instead.
"""

from __future__ import annotations

import sys
from types import ModuleType

_PYSIDE_PREFIXES = ("PySide6", "shiboken6")


def lighten_pyside_imports() -> bool:
    """Import PySide6's core and make its per-import check cheap; False when this
    PySide6 has no such check (then nothing is changed)."""
    import PySide6.QtCore  # noqa: F401  installs PySide6's import hook

    for name in ("shibokensupport.feature", "PySide6.support.feature"):
        feature = sys.modules.get(name)
        if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
            feature._mod_uses_pyside = module_uses_pyside  # type: ignore[attr-defined]
            return True
    return False


def module_uses_pyside(module: ModuleType) -> bool:
    """True when ``module`` holds PySide6 names (a module, class or function from it).

    Called once per imported module, after it ran: what it imported at the top is
    in its namespace, which is what the source scan it replaces looked for.
    """
    for value in list(vars(module).values()):
        try:
            owner = value.__name__ if isinstance(value, ModuleType) else value.__module__
        except Exception:  # any object may raise from __getattr__; it is not PySide's
            owner = None
        if isinstance(owner, str) and owner.startswith(_PYSIDE_PREFIXES):
            return True
    return False
