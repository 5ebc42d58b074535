"""Themes: how long the checks before upload take, and how fast the live preview shows.

- check: :func:`launcher.core.themes.check_image` on the largest allowed logo
  (300 x 300 RGBA, every row Paeth-filtered: the slowest pure-Python unfiltering)
  and on a refused 4000 x 3000 photo-sized PNG (decoding is skipped past the size rule).
- preview: a ThemePreview pointed at a built-in server: first page shown (engine
  start included), then switching between two themes, until the page reports the
  new colour; the painted fallback for comparison.

Run inside the test session (offscreen Qt)::

    dbus-run-session -- bash tests/helpers/session.sh \
        .venv/bin/python tests/benchmarks/bench_themes.py
"""

from __future__ import annotations

import argparse
import os
import statistics
import struct
import sys
import tempfile
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

from launcher.core import themes


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def paeth_png(width: int, height: int) -> bytes:
    """An RGBA PNG whose rows all use the Paeth filter (corners come out transparent)."""
    row = b"\x04" + b"\x00" * (width * 4)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(row * height))
        + _chunk(b"IEND", b"")
    )


def bench_checks(rounds: int) -> None:
    for label, data, kind in (
        ("300x300 logo, Paeth rows", paeth_png(300, 300), "colored"),
        ("4000x3000 PNG (refused)", paeth_png(4000, 3000), "white"),
        ("32x32 favicon", paeth_png(32, 32), "favicon"),
    ):
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            check = themes.check_image(data, kind)
            times.append(time.perf_counter() - start)
        print(
            f"check {label:28} median {statistics.median(times) * 1000:8.1f} ms  "
            f"problems={list(check.problems)}"
        )


def bench_preview(switches: int) -> None:
    from launcher import web

    web.before_qapplication()
    from PySide6.QtWidgets import QApplication

    from launcher.server import BuiltinServer, ServerConfig
    from launcher.ui.themes.preview import PreviewTheme, ThemePreview

    app = QApplication.instance() or QApplication([])
    server = BuiltinServer(ServerConfig(data_dir=Path(tempfile.mkdtemp()), tls="none"))
    server.start()
    try:

        def wait_web(preview: ThemePreview, color: str) -> float:
            start = time.perf_counter()
            preview.show_theme(PreviewTheme(main_color=color, brand_text="Bench"))
            done: list[object] = []
            while True:
                app.processEvents()
                if preview.mode == "web" and preview.web_view is not None:
                    preview.web_view.page().runJavaScript(
                        "(() => { const b = document.querySelector('#join-btn');"
                        " return b ? getComputedStyle(b).backgroundColor : ''; })()",
                        0,
                        done.append,
                    )
                    while not done:
                        app.processEvents()
                    rgb = "rgb({}, {}, {})".format(*themes.parse_color(color) or (0, 0, 0))
                    if done[-1] == rgb:
                        return time.perf_counter() - start
                    done.clear()
                if time.perf_counter() - start > 30:
                    raise TimeoutError("the preview did not show")

        preview = ThemePreview(meeting_origin=server.origin)
        preview.resize(660, 400)
        preview.show()
        first = wait_web(preview, "#14213d")
        times = [
            wait_web(preview, color)
            for _, color in zip(range(switches), ["#ffd60a", "#14213d"] * switches, strict=False)
        ]
        print(f"preview first page (engine start)  {first * 1000:8.0f} ms")
        print(
            f"preview theme switch, median of {len(times):2}  "
            f"{statistics.median(times) * 1000:8.0f} ms (max {max(times) * 1000:.0f} ms)"
        )
        painted = ThemePreview(meeting_origin=None)
        painted.resize(660, 400)
        painted.show()
        start = time.perf_counter()
        for _ in range(20):
            painted.show_theme(PreviewTheme(main_color="#ffd60a", brand_text="Bench"))
            painted.grab()  # renders the painting
        print(f"painted preview, per theme          {(time.perf_counter() - start) * 50:8.1f} ms")
        preview.release_web()
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--switches", type=int, default=10)
    parser.add_argument("--skip-preview", action="store_true")
    args = parser.parse_args()
    bench_checks(args.rounds)
    if not args.skip_preview:
        bench_preview(args.switches)


if __name__ == "__main__":
    main()
