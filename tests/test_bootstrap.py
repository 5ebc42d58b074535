"""PySide6's support code, compiled once and kept in the cache folder between starts."""

from __future__ import annotations
import __future__

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from launcher.bootstrap import NO_CODE_CACHE_ENV, BootstrapCodeCache, bootstrap_code_cache
from tests.helpers.desktop import exit_when_shown_env

# PySide6's first import in a fresh process, as the app does it; then what PySide6
# compiled is used: signatures in a docstring and the message of a call with a wrong type
# (both made by its support modules).
PROBE = r"""
import builtins, json, sys
from pathlib import Path

real_compile = builtins.compile
if sys.argv[1] == "plain":
    import PySide6.QtCore
    stats = {}
else:
    from launcher.bootstrap import bootstrap_code_cache

    with bootstrap_code_cache(Path(sys.argv[1])) as cache:
        import PySide6.QtCore
    stats = {
        "hits": cache.hits,
        "misses": cache.misses,
        "pattern_hits": cache.pattern_hits,
        "pattern_misses": cache.pattern_misses,
        "written": cache.written,
        "code_active": cache.code_active,
        "patterns_active": cache.patterns_active,
    }
assert builtins.compile is real_compile
from PySide6.QtCore import QObject, QTimer

try:
    QObject().setObjectName(1)
    error = None
except TypeError as exc:
    error = str(exc)
stats.update(signature=QTimer.singleShot.__doc__, error=error)
print(json.dumps(stats))
"""


def _probe(
    target: str, *, write_bytecode: bool = True, extra_env: dict[str, str] | None = None
) -> dict[str, Any]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop(NO_CODE_CACHE_ENV, None)
    if not write_bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update(extra_env or {})
    result = subprocess.run(
        [sys.executable, "-c", PROBE, target],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    stats: dict[str, Any] = json.loads(result.stdout.splitlines()[-1])
    return stats


def test_the_second_start_compiles_nothing_and_pyside_works_the_same(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "pyside-bootstrap.marshal"
    plain = _probe("plain")
    first = _probe(str(path))
    second = _probe(str(path))

    assert first["misses"] >= 10 and first["hits"] == 0 and first["written"]
    assert first["code_active"] and first["patterns_active"]
    assert first["pattern_misses"] >= 3 and first["pattern_hits"] == 0  # PySide6's large ones
    assert path.is_file()
    assert second == {
        **first,
        "hits": first["misses"],
        "misses": 0,
        "pattern_hits": first["pattern_misses"],
        "pattern_misses": 0,
        "written": False,
    }
    # What PySide6's support code makes is the same with code from the cache.
    assert "singleShot(msec: int" in plain["signature"]
    assert "Supported signatures" in plain["error"]
    for run in (first, second):
        assert (run["signature"], run["error"]) == (plain["signature"], plain["error"])


def test_a_damaged_or_stale_cache_is_compiled_afresh(tmp_path: Path) -> None:
    path = tmp_path / "pyside-bootstrap.marshal"
    compiled = _probe(str(path))["misses"]

    path.write_bytes(b"\x00not marshal data")
    damaged = _probe(str(path))
    assert (damaged["hits"], damaged["misses"], damaged["written"]) == (0, compiled, True)

    # One module's source changed (another PySide6): only that one is compiled again.
    (python, engine), entries, patterns = marshal.loads(path.read_bytes())
    name = sorted(entries)[0]
    source, options, code = entries[name]
    entries[name] = (source + b"\n# changed\n", options, code)
    path.write_bytes(marshal.dumps(((python, engine), entries, patterns)))
    stale = _probe(str(path))
    assert (stale["hits"], stale["misses"], stale["written"]) == (compiled - 1, 1, True)

    # Another Python's bytecode or regular-expression engine: nothing is reused.
    for magic in ((b"\x00\x00\r\n", engine), (python, engine + 1)):
        path.write_bytes(marshal.dumps((magic, entries, patterns)))
        other = _probe(str(path))
        assert (other["hits"], other["misses"], other["pattern_hits"]) == (0, compiled, 0)
    assert _probe(str(path))["misses"] == 0


def test_nothing_is_written_when_python_writes_no_bytecode(tmp_path: Path) -> None:
    path = tmp_path / "pyside-bootstrap.marshal"
    stats = _probe(str(path), write_bytecode=False)
    assert stats["misses"] >= 10 and not stats["written"]
    assert not path.exists()


def test_only_pyside_support_modules_are_cached(tmp_path: Path) -> None:
    with bootstrap_code_cache(tmp_path / "cache.marshal") as cache:
        assert compile == cache.compile  # the builtin, for PySide6's loader
        namespace: dict[str, Any] = {}
        exec(compile("value = 6 * 7\n", "<string>", "exec"), namespace)
        assert namespace["value"] == 42
        compile("1 + 1", "shibokensupport/expression.py", "eval")
        assert (cache.hits, cache.misses) == (0, 0)
        compile(b"value = 1\n", "shibokensupport/module.py", "exec")
        assert (cache.hits, cache.misses) == (0, 1)
    assert compile != cache.compile


def test_code_is_reused_only_for_the_same_source(tmp_path: Path) -> None:
    path = tmp_path / "cache.marshal"
    cache = BootstrapCodeCache(path, write=True)
    code = cache.compile(b"value = 1\n", "shibokensupport/module.py", "exec")
    cache.save()
    assert cache.written

    again = BootstrapCodeCache(path, write=True)
    assert again.compile(b"value = 1\n", "shibokensupport/module.py", "exec") == code
    assert (again.hits, again.misses) == (1, 0)
    other = again.compile(b"value = 2\n", "shibokensupport/module.py", "exec")
    assert other != code and again.misses == 1
    namespace: dict[str, Any] = {}
    exec(other, namespace)
    assert namespace["value"] == 2


def test_an_unwritable_cache_folder_only_costs_time(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    cache = BootstrapCodeCache(blocker / "cache.marshal", write=True)
    cache.compile(b"value = 1\n", "shibokensupport/module.py", "exec")
    cache.save()  # logs at debug level, raises nothing
    assert not cache.written
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]


def test_a_cache_file_others_can_write_is_not_used(tmp_path: Path) -> None:
    path = tmp_path / "cache.marshal"
    cache = BootstrapCodeCache(path, write=True)
    cache.compile(b"value = 1\n", "shibokensupport/module.py", "exec")
    cache.save()
    for mode, hits in ((0o600, 1), (0o666, 0), (0o620, 0)):
        path.chmod(mode)
        again = BootstrapCodeCache(path)
        again.compile(b"value = 1\n", "shibokensupport/module.py", "exec")
        assert again.hits == hits, oct(mode)


def test_future_features_are_the_callers_and_part_of_the_key(tmp_path: Path) -> None:
    """As the builtin does, the caller's ``from __future__`` features apply (PySide6's
    loader postpones annotations); code compiled without them is not reused with them."""
    cache = BootstrapCodeCache(tmp_path / "cache.marshal", write=True)
    source = b"def f(x: Undefined) -> None: ...\n"
    postponed = cache.compile(source, "shibokensupport/module.py", "exec")
    assert postponed.co_flags & __future__.annotations.compiler_flag  # this module's
    exec(postponed, {})  # annotations not evaluated: no NameError
    eager = cache.compile(source, "shibokensupport/module.py", "exec", dont_inherit=True)
    assert not eager.co_flags & __future__.annotations.compiler_flag
    assert (cache.hits, cache.misses) == (0, 2)
    with pytest.raises(NameError):
        exec(eager, {})
    cache.save()

    again = BootstrapCodeCache(tmp_path / "cache.marshal", write=True)
    # The file holds the last compile (eager); a caller with the future import misses.
    assert again.compile(source, "shibokensupport/module.py", "exec").co_flags & (
        __future__.annotations.compiler_flag
    )
    assert (again.hits, again.misses) == (0, 1)


PATTERNS: list[tuple[str | bytes, int]] = [
    (r"(?P<name>\w+)\s*=\s*(?P<value>[^;]+);", 0),
    (
        r"""
        \b (?P<word> [a-z]+ ) \b   # a word
        (?= \s | $ )               # before a space or the end
     """,
        re.VERBOSE | re.IGNORECASE,
    ),
    (rb"(?<=\x00)[\x01-\x7f]{2,}", 0),
    (r"^(?:ab|cd)*?e$", re.MULTILINE),
]
SUBJECTS = ["a = 1; Bb = two;", "Hello world\nfoo", "e\ncdabe"]


def _behaviour(compiled: re.Pattern[Any]) -> list[object]:
    subjects = [s.encode() if isinstance(compiled.pattern, bytes) else s for s in SUBJECTS]
    if isinstance(compiled.pattern, bytes):
        subjects.append(b"\x00abc\x00d")
    return [[m.groupdict() or m.group(0) for m in compiled.finditer(s)] for s in subjects]


def test_a_regular_expression_from_the_cache_is_re_s_own(tmp_path: Path) -> None:
    path = tmp_path / "cache.marshal"
    cache = BootstrapCodeCache(path, write=True)
    first = [cache.compile_pattern(pattern, flags) for pattern, flags in PATTERNS]
    assert (cache.pattern_hits, cache.pattern_misses) == (0, len(PATTERNS))
    cache.save()

    again = BootstrapCodeCache(path, write=True)
    rebuilt = [again.compile_pattern(pattern, flags) for pattern, flags in PATTERNS]
    assert (again.pattern_hits, again.pattern_misses) == (len(PATTERNS), 0)
    for (pattern, flags), before, after in zip(PATTERNS, first, rebuilt, strict=True):
        own = re.compile(pattern, flags)
        assert after == own == before  # same flags, pattern and program
        assert after.groupindex == own.groupindex and after.groups == own.groups
        assert _behaviour(after) == _behaviour(own)


def test_a_damaged_program_is_compiled_afresh(tmp_path: Path) -> None:
    path = tmp_path / "cache.marshal"
    cache = BootstrapCodeCache(path, write=True)
    pattern, flags = PATTERNS[0]
    cache.compile_pattern(pattern, flags)
    cache.save()
    magic, entries, patterns = marshal.loads(path.read_bytes())
    program = list(patterns[(pattern, flags)])
    program[1] = [0xFFFF] * len(program[1])  # not a program the engine accepts
    patterns[(pattern, flags)] = tuple(program)
    path.write_bytes(marshal.dumps((magic, entries, patterns)))

    again = BootstrapCodeCache(path, write=True)
    compiled = again.compile_pattern(pattern, flags)
    assert (again.pattern_hits, again.pattern_misses) == (0, 1)
    assert compiled == re.compile(pattern, flags)


def test_re_is_itself_again_after_the_block(tmp_path: Path) -> None:
    from re import _compiler  # type: ignore[attr-defined]

    before = _compiler.compile
    with bootstrap_code_cache(tmp_path / "cache.marshal") as cache:
        assert _compiler.compile == cache.compile_pattern
        re.compile(r"only-in-the-block-\d+")
    assert _compiler.compile is before
    assert cache.pattern_misses == 1


def test_a_failing_save_does_not_stop_the_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_dumps(value: object) -> bytes:
        raise TypeError("not this time")

    monkeypatch.setattr(marshal, "dumps", broken_dumps)
    with bootstrap_code_cache(tmp_path / "cache.marshal") as cache:
        cache.write = True
        compile(b"value = 1\n", "shibokensupport/module.py", "exec")
    assert cache.misses == 1 and not cache.written
    assert list(tmp_path.iterdir()) == []


def test_the_file_is_read_only_when_something_is_compiled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A packaged build's run-time hook has imported PySide6 already when main() opens
    the cache again: that second cache must not read the file for nothing."""
    from launcher import bootstrap

    path = tmp_path / "cache.marshal"
    cache = BootstrapCodeCache(path, write=True)
    cache.compile(b"value = 1\n", "shibokensupport/module.py", "exec")
    cache.save()
    opened: list[object] = []

    def counting_open(file: object, *args: Any, **kwargs: Any) -> Any:
        opened.append(file)
        return open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(bootstrap, "open", counting_open, raising=False)
    with bootstrap_code_cache(path) as unused:
        pass
    assert opened == [] and (unused.hits, unused.misses, unused.written) == (0, 0, False)
    with bootstrap_code_cache(path) as used:
        compile(b"value = 1\n", "shibokensupport/module.py", "exec")
    assert opened == [path] and used.hits == 1


def test_the_environment_switch_turns_the_cache_off(tmp_path: Path) -> None:
    path = tmp_path / "pyside-bootstrap.marshal"
    plain = _probe("plain")
    _probe(str(path))  # a cache file from an earlier start is not read either
    before = path.read_bytes()
    off = _probe(str(path), extra_env={NO_CODE_CACHE_ENV: "1"})
    assert not off["code_active"] and not off["patterns_active"]
    assert (off["hits"], off["misses"], off["pattern_hits"], off["pattern_misses"]) == (0, 0, 0, 0)
    assert not off["written"] and path.read_bytes() == before
    assert (off["signature"], off["error"]) == (plain["signature"], plain["error"])
    # "0" or empty means on, as unset.
    for value in ("0", ""):
        on = _probe(str(path), extra_env={NO_CODE_CACHE_ENV: value})
        assert on["code_active"] and on["hits"] >= 10, value


# -- the app's start path, on a Python without the private names the cache uses ------------

# Removes what a run asks for before anything else is imported, then starts the desktop
# app as ``python -m launcher`` does; prints "shown" when its window is painted, then
# "regex ok" when re still compiles a new pattern after the start.
START_PROBE = r"""
import sys, types
remove = sys.argv[1].split(",")
if "re" in remove:
    # A re that keeps its compiler elsewhere (as before 3.11): re.compile still works.
    import re
    compiler = re._compiler
    re._compile = lambda pattern, flags: compiler.compile(pattern, flags)
    del re._compiler, re._parser
if "sre" in remove:
    # An _sre without the engine number and program entry the pattern cache uses.
    import _sre
    fake = types.ModuleType("_sre")
    fake.__dict__.update({k: v for k, v in vars(_sre).items() if k not in ("MAGIC", "compile")})
    sys.modules["_sre"] = fake
from launcher.__main__ import main
status = main([])
import re
assert re.compile(r"after-(?P<start>\d+)").match("after-42").group("start") == "42"
print("regex ok", flush=True)
sys.exit(status)
"""


def _start_app(tmp_path: Path, remove: str, **extra_env: str) -> tuple[list[str], Path]:
    """Runs the app's start path in a fresh process; its output lines and its cache file."""
    result = subprocess.run(
        [sys.executable, "-c", START_PROBE, remove],
        env=exit_when_shown_env(tmp_path, **extra_env),
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stderr[-3000:]
    assert any(line.startswith("shown") for line in lines), result.stderr[-3000:]
    assert lines[-1] == "regex ok"
    return lines, tmp_path / "cache" / "meeting-launcher" / "pyside-bootstrap.marshal"


def _cached(path: Path) -> tuple[int, int]:
    """How many code objects and regular-expression programs the file holds."""
    _magic, entries, patterns = marshal.loads(path.read_bytes())
    return len(entries), len(patterns)


def test_the_app_starts_with_the_whole_cache(tmp_path: Path) -> None:
    _, path = _start_app(tmp_path, "")
    modules, patterns = _cached(path)
    assert modules >= 10 and patterns >= 3


@pytest.mark.parametrize("remove", ["re", "sre", "re,sre"])
def test_the_app_starts_on_a_python_without_re_s_private_names(tmp_path: Path, remove: str) -> None:
    """The code cache still works; no regular expression is kept."""
    _, path = _start_app(tmp_path, remove)
    modules, patterns = _cached(path)
    assert modules >= 10 and patterns == 0


def test_compile_is_left_alone_without_sys_getframe(tmp_path: Path) -> None:
    """(PySide6 itself needs ``sys._getframe``: no app start here, only the cache.)"""
    script = (
        "import builtins, sys\n"
        "from pathlib import Path\n"
        "from launcher.bootstrap import bootstrap_code_cache\n"
        "real = builtins.compile\n"
        "del sys._getframe\n"
        "with bootstrap_code_cache(Path(sys.argv[1])) as cache:\n"
        "    replaced = builtins.compile is not real\n"
        "print(cache.code_active, cache.patterns_active, replaced)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "cache.marshal")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "False"]


def test_the_app_starts_with_the_cache_switched_off(tmp_path: Path) -> None:
    _start_app(tmp_path, "", **{NO_CODE_CACHE_ENV: "1"})
    assert not (tmp_path / "cache" / "meeting-launcher" / "pyside-bootstrap.marshal").exists()
