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

PySide6 also compiles the Python source of its own support package
(``shibokensupport``: signatures, ``__feature__``), kept inside its binary, on every
import: some 30 ms of each start, where Python would read ``__pycache__`` for an
ordinary module. :class:`BootstrapCodeCache` keeps those code objects in the
user's cache folder, as ``__pycache__`` would, and hands them back while the source
is byte for byte the same.
"""

from __future__ import annotations
import __future__

import builtins
import logging
import marshal
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from types import CodeType, ModuleType
from typing import Any

_PYSIDE_PREFIXES = ("PySide6", "shiboken6")
#: Names PySide6 compiles its embedded support modules under.
_BOOTSTRAP_PREFIXES = ("shibokensupport/",)

log = logging.getLogger(__name__)

#: The ``from __future__`` features ``compile`` takes as flags (what a caller passes on).
_FUTURE_FLAGS = 0
for _feature in __future__.all_feature_names:
    _FUTURE_FLAGS |= getattr(__future__, _feature).compiler_flag

#: A stored module: its source, (future flags, optimisation level), the code.
_Entry = tuple[Any, tuple[int, int], CodeType]


class BootstrapCodeCache:
    """Code objects of PySide6's embedded support modules, kept between starts.

    The file holds this Python's bytecode magic number and, per module file name,
    the source it was compiled from and the code object (marshal, as ``.pyc`` files
    are). A code object is reused only for the same source, byte for byte, under
    the same magic number; anything else (another PySide6 or Python, a damaged
    file) is compiled as PySide6 would and the file written again, unless Python
    was told not to write bytecode (``PYTHONDONTWRITEBYTECODE``; a PyInstaller
    build, which runs so anyway, writes it).
    """

    def __init__(self, path: Path, *, write: bool | None = None) -> None:
        self.path = path
        if write is None:
            # A PyInstaller build runs with bytecode writing off because its own modules
            # are in its archive, not because anyone asked: it keeps this cache.
            write = bool(getattr(sys, "frozen", False)) or not sys.dont_write_bytecode
        self.write = write
        self.hits = 0
        self.misses = 0
        self.written = False
        self._stored: dict[str, _Entry] = self._read()
        self._used: dict[str, _Entry] = {}

    @staticmethod
    def _magic() -> bytes:
        from importlib.util import MAGIC_NUMBER

        return MAGIC_NUMBER

    def _read(self) -> dict[str, _Entry]:
        try:
            with open(self.path, "rb") as file:
                if not _private_to_this_user(os.fstat(file.fileno())):
                    return {}
                data = file.read()
        except OSError:
            return {}
        try:
            # Code from a file only this user can write, as Python's own __pycache__.
            magic, entries = marshal.loads(data)  # noqa: S302
            if magic != self._magic() or not isinstance(entries, dict):
                return {}
            return {
                name: (source, tuple(options), code)
                for name, (source, options, code) in entries.items()
                if isinstance(name, str) and isinstance(code, CodeType)
            }
        except Exception:  # damaged or from another format: compile afresh
            log.debug("PySide6 bootstrap cache %s unreadable; rebuilt", self.path)
            return {}

    def compile(
        self,
        source: Any,
        filename: Any,
        mode: str,
        flags: int = 0,
        dont_inherit: bool = False,
        optimize: int = -1,
        **kwargs: Any,
    ) -> Any:
        """``compile`` for PySide6's support modules; any other call goes to Python's.

        As the builtin does, a call that does not say ``dont_inherit`` compiles with
        its caller's ``from __future__`` features (found here, since this function is
        the caller Python would see); they are part of what a stored code object is
        reused for, with the optimisation level (``-O``).
        """
        if not dont_inherit:
            flags |= sys._getframe(1).f_code.co_flags & _FUTURE_FLAGS
            dont_inherit = True
        if (
            kwargs
            or mode != "exec"
            or optimize != -1
            or flags & ~_FUTURE_FLAGS
            or not isinstance(filename, str)
            or not filename.startswith(_BOOTSTRAP_PREFIXES)
            or not isinstance(source, bytes | str)
        ):
            return _REAL_COMPILE(source, filename, mode, flags, dont_inherit, optimize, **kwargs)
        options = (flags, sys.flags.optimize)
        stored = self._stored.get(filename)
        if (
            stored is not None
            and stored[1] == options
            and type(stored[0]) is type(source)
            and stored[0] == source
        ):
            self.hits += 1
            code = stored[2]
        else:
            self.misses += 1
            code = _REAL_COMPILE(source, filename, mode, flags, True)
        self._used[filename] = (source, options, code)
        return code

    def save(self) -> None:
        """Write what this start used, when it differs from the file (a miss, or
        entries no longer used)."""
        if not self.write or not self._used:
            return
        if self.misses == 0 and self._used.keys() == self._stored.keys():
            return
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(marshal.dumps((self._magic(), self._used)))
            os.replace(temporary, self.path)  # a start beside this one reads all or nothing
            self.written = True
        except (OSError, ValueError) as exc:  # a read-only cache is slower, not broken
            log.debug("PySide6 bootstrap cache not written: %s", exc)
            with suppress(OSError):
                temporary.unlink(missing_ok=True)


_REAL_COMPILE = builtins.compile


def _private_to_this_user(status: os.stat_result) -> bool:
    """False for a file another user could have written (owner, group or world)."""
    if not hasattr(os, "getuid"):  # Windows: the per-user cache folder's ACL
        return True
    return status.st_uid == os.getuid() and not status.st_mode & 0o022


def default_bootstrap_cache() -> Path:
    """Where the app keeps PySide6's compiled support code: the per-user cache folder."""
    from launcher.core.paths import default_cache_dir

    return default_cache_dir() / "pyside-bootstrap.marshal"


@contextmanager
def bootstrap_code_cache(path: Path) -> Iterator[BootstrapCodeCache]:
    """While in the block, PySide6's first import takes its support modules' code
    from ``path`` (see :class:`BootstrapCodeCache`); the cache is saved on leaving.
    Meant for the first PySide6 import of the process, before any other thread runs."""
    cache = BootstrapCodeCache(path)
    builtins.compile = cache.compile
    try:
        yield cache
    finally:
        builtins.compile = _REAL_COMPILE
    cache.save()


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
