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
ordinary module; and those modules compile three large regular expressions (some
15 ms more). :class:`BootstrapCodeCache` keeps the code objects and the compiled
expressions' programs in the user's cache folder, as ``__pycache__`` would, and
hands them back while the source, or the expression, is the same.

Both rely on CPython internals (``sys._getframe``; ``re._compiler``, ``re._parser``
and ``_sre``), looked up when the cache is opened: a Python without one of them
starts without that part of the cache, as PySide6 would. ``MEETING_LAUNCHER_NO_CODE_CACHE=1``
in the environment turns the cache off altogether (nothing replaced, read or written).
"""

from __future__ import annotations
import __future__

import builtins
import logging
import marshal
import os
import re
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

#: Set to anything but "" or "0" to start without :class:`BootstrapCodeCache`.
NO_CODE_CACHE_ENV = "MEETING_LAUNCHER_NO_CODE_CACHE"

#: The ``from __future__`` features ``compile`` takes as flags (what a caller passes on).
_FUTURE_FLAGS = 0
for _feature in __future__.all_feature_names:
    _FUTURE_FLAGS |= getattr(__future__, _feature).compiler_flag

#: A stored module: its source, (future flags, optimisation level), the code.
_Entry = tuple[Any, tuple[int, int], CodeType]
#: A stored regular expression, by (pattern, flags): the arguments ``_sre.compile``
#: takes after the pattern (flags, program, groups, group index, index group).
_Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


class BootstrapCodeCache:
    """Code objects of PySide6's embedded support modules, kept between starts.

    The file holds this Python's bytecode magic number and, per module file name,
    the source it was compiled from and the code object (marshal, as ``.pyc`` files
    are). A code object is reused only for the same source, byte for byte, under
    the same magic number; anything else (another PySide6 or Python, a damaged
    file) is compiled as PySide6 would and the file written again, unless Python
    was told not to write bytecode (``PYTHONDONTWRITEBYTECODE``; a PyInstaller
    build, which runs so anyway, writes it).

    Regular expressions compiled in the block are kept the same way: the program
    ``re`` makes of a pattern, stored only after rebuilding the pattern from it gave
    a pattern equal to ``re``'s own (same flags and program), and reused under the
    same bytecode and regular-expression engine numbers (``_sre.MAGIC``).
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
        self.pattern_hits = 0
        self.pattern_misses = 0
        self.written = False
        #: What :func:`bootstrap_code_cache` installed (False for a cache made directly).
        self.code_active = False
        self.patterns_active = False
        self._stored: dict[str, _Entry] = {}
        self._stored_patterns: dict[tuple[Any, int], _Program] = {}
        self._loaded = False  # the file is read at the first compile, if any comes
        self._used: dict[str, _Entry] = {}
        self._used_patterns: dict[tuple[Any, int], _Program] = {}

    @staticmethod
    def _magic() -> tuple[bytes, int | None]:
        from importlib.util import MAGIC_NUMBER

        engine = _regex_engine()
        return MAGIC_NUMBER, None if engine is None else engine.MAGIC

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        try:
            with open(self.path, "rb") as file:
                if not _private_to_this_user(os.fstat(file.fileno())):
                    return
                data = file.read()
        except OSError:
            return
        try:
            # Code from a file only this user can write, as Python's own __pycache__.
            magic, entries, patterns = marshal.loads(data)  # noqa: S302
            if tuple(magic) != self._magic():
                return
            self._stored = {
                name: (source, tuple(options), code)
                for name, (source, options, code) in entries.items()
                if isinstance(name, str) and isinstance(code, CodeType)
            }
            self._stored_patterns = {
                (pattern, flags): tuple(program) for (pattern, flags), program in patterns.items()
            }
        except Exception:  # damaged or from another format: compile afresh
            log.debug("PySide6 bootstrap cache %s unreadable; rebuilt", self.path)
            self._stored, self._stored_patterns = {}, {}

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
        self._load()
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

    def compile_pattern(self, pattern: Any, flags: int) -> Any:
        """``re``'s internal compile step (``re._compiler.compile``), with programs kept."""
        if _REAL_RE_COMPILE is None:  # installed only where re has the step
            raise RuntimeError("re has no internal compile step here")
        if not isinstance(pattern, str | bytes) or flags & re.DEBUG:
            return _REAL_RE_COMPILE(pattern, flags)
        key = (pattern, int(flags))  # re passes a plain int; marshal takes no RegexFlag
        self._load()
        program = self._stored_patterns.get(key)
        if program is not None:
            try:
                compiled = _sre_compile(pattern, program)
            except Exception:  # not this engine's program after all: compile afresh
                program = None
            else:
                self.pattern_hits += 1
                self._used_patterns[key] = program
                return compiled
        compiled = _REAL_RE_COMPILE(pattern, flags)
        self.pattern_misses += 1
        try:
            program = _program_of(pattern, flags)
            if _sre_compile(pattern, program) == compiled:
                self._used_patterns[key] = program
        except Exception:  # another re: its compiled pattern serves, nothing is kept
            log.debug("regular expression program not kept", exc_info=True)
        return compiled

    def save(self) -> None:
        """Write what this start used, when it differs from the file (a miss, or
        entries no longer used)."""
        if not self.write or not (self._used or self._used_patterns):
            return
        if (
            self.misses == 0
            and self.pattern_misses == 0
            and self._used.keys() == self._stored.keys()
            and self._used_patterns.keys() == self._stored_patterns.keys()
        ):
            return
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            contents = (self._magic(), self._used, self._used_patterns)
            temporary.write_bytes(marshal.dumps(contents))
            os.replace(temporary, self.path)  # a start beside this one reads all or nothing
            self.written = True
        except (OSError, ValueError) as exc:  # a read-only cache is slower, not broken
            log.debug("PySide6 bootstrap cache not written: %s", exc)
            with suppress(OSError):
                temporary.unlink(missing_ok=True)


_REAL_COMPILE = builtins.compile
#: re's internal compile step, when this Python has it where CPython 3.11+ does.
_REAL_RE_COMPILE: Any = getattr(getattr(re, "_compiler", None), "compile", None)


def _code_cache_supported() -> bool:
    """True when ``compile`` can be replaced faithfully: the caller's ``from __future__``
    features are found through ``sys._getframe`` (CPython's, and most others')."""
    return callable(getattr(sys, "_getframe", None))


def _regex_engine() -> Any:
    """``_sre``, when it has what the pattern cache uses (else None)."""
    try:
        import _sre
    except ImportError:
        return None
    if not isinstance(getattr(_sre, "MAGIC", None), int) or not callable(
        getattr(_sre, "compile", None)
    ):
        return None
    return _sre


def _pattern_cache_supported() -> bool:
    """True when ``re`` and ``_sre`` have the private pieces the pattern cache uses
    (CPython 3.11 and later: ``re._compiler.compile`` and ``_code``, ``re._parser.parse``,
    ``_sre.compile`` and ``MAGIC``)."""
    compiler = getattr(re, "_compiler", None)
    parser = getattr(re, "_parser", None)
    return (
        _REAL_RE_COMPILE is not None
        and getattr(compiler, "compile", None) is _REAL_RE_COMPILE
        and callable(getattr(compiler, "_code", None))
        and callable(getattr(parser, "parse", None))
        and _regex_engine() is not None
    )


def code_cache_disabled() -> bool:
    """True when the environment turns the cache off (:data:`NO_CODE_CACHE_ENV`)."""
    return os.environ.get(NO_CODE_CACHE_ENV, "").strip() not in ("", "0")


def _program_of(pattern: str | bytes, flags: int) -> _Program:
    """What ``re._compiler.compile`` passes to ``_sre.compile`` for ``pattern``."""
    _compiler, _parser = re._compiler, re._parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (  # plain ints: the program holds re's named opcode constants (int subclasses)
        int(flags | parsed.state.flags),
        [int(word) for word in code],
        int(parsed.state.groups - 1),
        {str(name): int(index) for name, index in groupindex.items()},
        tuple(indexgroup),
    )


def _sre_compile(pattern: str | bytes, program: _Program) -> Any:
    return _regex_engine().compile(pattern, *program)


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
def bootstrap_code_cache(path: Path, *, patterns: bool = True) -> Iterator[BootstrapCodeCache]:
    """While in the block, PySide6's first import takes its support modules' code and
    (unless ``patterns`` is false) regular expressions from ``path`` (see
    :class:`BootstrapCodeCache`); the cache is saved on leaving.
    Meant for the first PySide6 import of the process, before any other thread runs.

    Each part is installed only where this Python has what it relies on, and neither
    when :data:`NO_CODE_CACHE_ENV` is set; the cache's ``code_active`` and
    ``patterns_active`` say what was."""
    cache = BootstrapCodeCache(path)
    enabled = not code_cache_disabled()
    cache.code_active = enabled and _code_cache_supported()
    cache.patterns_active = enabled and patterns and _pattern_cache_supported()
    if cache.code_active:
        builtins.compile = cache.compile
    if cache.patterns_active:
        re._compiler.compile = cache.compile_pattern  # type: ignore[attr-defined]
    try:
        yield cache
    finally:
        if cache.code_active:
            builtins.compile = _REAL_COMPILE
        if cache.patterns_active:
            re._compiler.compile = _REAL_RE_COMPILE  # type: ignore[attr-defined]
    if not (cache.code_active or cache.patterns_active):
        return
    try:
        cache.save()
    except Exception:  # a cache only saves time: it never stops the app starting
        log.debug("PySide6 bootstrap cache not saved", exc_info=True)


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
