"""Start-up of the packaged build vs the source tree (a script, not a test).

    packaging/build
    .venv/bin/python tests/benchmarks/bench_frozen_startup.py [--runs 7] [--exe PATH]

Times, from spawning the process, with the same command both ways
(``dist/meeting-launcher/meeting-launcher ARGS`` vs ``.venv/bin/python -m launcher ARGS``):

1. window: the main window painted and the event loop idle (the app's
   ``LAUNCHER_EXIT_WHEN_SHOWN=1`` hook prints ``shown <ms>`` and quits);
2. serve: ``serve --self-signed --port 0`` printing its URL (listening, TLS ready);
3. version: ``--version`` (interpreter and bootloader overhead alone).

Each scenario runs once unmeasured (page cache warm, settings and the server's
certificate created), then ``--runs`` times alternating frozen and source; the
table shows medians and the frozen/source ratio. The first, cold-cache frozen
start is not in it: drop caches (``echo 3 > /proc/sys/vm/drop_caches``) to see one.
Runs offscreen unless ``--platform xcb`` with ``DISPLAY`` set.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_EXE = REPO / "dist" / "meeting-launcher" / "meeting-launcher"
TIMEOUT = 120.0


def _env(home: Path, platform: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        QT_QPA_PLATFORM=platform,
        LAUNCHER_EXIT_WHEN_SHOWN="1",
    )
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    return env


def _until_line(cmd: list[str], env: dict[str, str], wanted: Callable[[str], bool]) -> float:
    """Seconds from spawning ``cmd`` to a stdout line ``wanted`` accepts; then stop it."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            if wanted(line.strip()):
                return time.perf_counter() - started
            if time.perf_counter() - started > TIMEOUT:
                break
        raise RuntimeError(f"{' '.join(cmd)}: no ready line (exit {proc.poll()})")
    finally:
        if proc.poll() is None:
            proc.terminate()
        proc.wait(timeout=30)


def _until_exit(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=True, timeout=TIMEOUT)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="measured runs per side (default 7)")
    parser.add_argument("--exe", type=Path, default=DEFAULT_EXE, help="the built executable")
    parser.add_argument("--platform", default="offscreen", choices=("offscreen", "xcb"))
    args = parser.parse_args()
    if not args.exe.is_file():
        print(f"{args.exe} does not exist: run packaging/build first", file=sys.stderr)
        return 2

    sides = {
        "frozen": [str(args.exe)],
        "source": [str(REPO / ".venv" / "bin" / "python"), "-m", "launcher"],
    }
    with tempfile.TemporaryDirectory(prefix="bench-frozen-") as tmp:
        home, data = Path(tmp) / "home", Path(tmp) / "server"
        env = _env(home, args.platform)
        scenarios: dict[str, Callable[[list[str]], float]] = {
            "main window shown": lambda base: _until_line(
                base, env, lambda line: line.startswith("shown ")
            ),
            "serve: URL printed": lambda base: _until_line(
                [*base, "serve", "--self-signed", "--port", "0", "--data-dir", str(data)],
                env,
                lambda line: line.startswith("https://"),
            ),
            "--version": lambda base: _until_exit([*base, "--version"], env),
        }
        rows = []
        for name, measure in scenarios.items():
            for base in sides.values():
                measure(base)  # warm-up, not counted
            times: dict[str, list[float]] = {side: [] for side in sides}
            for _ in range(args.runs):
                for side, base in sides.items():
                    times[side].append(measure(base))
            frozen = statistics.median(times["frozen"]) * 1000
            source = statistics.median(times["source"]) * 1000
            rows.append((name, source, frozen, frozen / source))

    print(f"\nStart-up, median of {args.runs} warm runs each ({args.platform})")
    print(f"{'scenario':<22} {'source ms':>10} {'frozen ms':>10} {'frozen/source':>14}")
    for name, source, frozen, ratio in rows:
        print(f"{name:<22} {source:>10.0f} {frozen:>10.0f} {ratio:>13.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
