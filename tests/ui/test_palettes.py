"""The app follows the system's light, dark and high-contrast palettes.

The palettes themselves are checked for legible contrast (WCAG's ratios). The system
path is the real one on a Linux desktop: GNOME's settings (gsettings, dconf), read by
xdg-desktop-portal and its GTK back-end, and handed by the portal's
``org.freedesktop.appearance`` settings to Qt, which tells the running app; the real
main window (tests/ui/palette_child.py, on the session's Xvfb) is redrawn and saved at
each step to /tmp/team/shots/main-window-<palette>.png.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from launcher.ui import style
from tests.web.conftest import SHOTS

ROOT = Path(__file__).resolve().parents[2]


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("palette", style.PALETTES, ids=lambda p: p.name)
def test_each_palette_is_legible(palette: style.Colors) -> None:
    """Text 4.5:1 or more on what it sits on (7:1 in high contrast, WCAG AAA)."""
    need = 7.0 if palette.name.startswith("high-contrast") else 4.5
    pairs = {
        "text on window": (palette.text, palette.window),
        "text on card": (palette.text, palette.card),
        "muted on card": (palette.muted, palette.card),
        "muted on window": (palette.muted, palette.window),
        "link on card": (palette.accent_text, palette.card),
        "guest link": (palette.accent_text, palette.accent_soft),
        "button text on accent": (palette.on_accent, palette.accent),
        "button text on hovered accent": (palette.on_accent, palette.accent_hover),
        "selected row": (palette.selection_text, palette.selection_bg),
        "toast": (palette.toast_text, palette.toast_bg),
        "error": (palette.danger, palette.danger_soft),
        "success": (palette.success, palette.card),
        "warning on card": (palette.warning, palette.card),
        "notice": (palette.text, palette.warning_soft),
    }
    weak = {
        what: round(contrast(fg, bg), 2)
        for what, (fg, bg) in pairs.items()
        if contrast(fg, bg) < need
    }
    assert weak == {}, f"{palette.name}: below {need}:1"
    # Focus is seen: the focus colour stands out from the card it is drawn on (3:1).
    assert contrast(palette.focus, palette.card) >= 3.0


def test_the_system_choice_picks_the_palette() -> None:
    assert style.choose(dark=False, high_contrast=False) is style.LIGHT
    assert style.choose(dark=True, high_contrast=False) is style.DARK
    assert style.choose(dark=False, high_contrast=True) is style.HIGH_CONTRAST
    assert style.choose(dark=True, high_contrast=True) is style.HIGH_CONTRAST_DARK


def gsettings(env: dict[str, str], *args: str) -> None:
    subprocess.run(["gsettings", "set", *args], env=env, check=True, timeout=30)


class DesktopApp:
    """The real main window (tests/ui/palette_child.py) in a D-Bus session of its own on
    the test display, GNOME settings ``start`` (schema, key, value) set before it opens."""

    def __init__(self, tmp_path: Path, start: dict[str, str]) -> None:
        display = os.environ.get("LAUNCHER_TEST_DISPLAY")
        if not display:
            pytest.fail("needs the test session's Xvfb display: run ./run tests", pytrace=False)
        home = tmp_path / "home"  # dconf keeps the settings under it
        self.env = {
            **os.environ,
            **start,
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_RUNTIME_DIR": str(tmp_path / "run"),
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "XDG_CURRENT_DESKTOP": "GNOME",
        }
        (tmp_path / "run").mkdir(mode=0o700)
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.child = subprocess.Popen(
            ["dbus-run-session", "--", sys.executable, "-m", "tests.ui.palette_child",
             str(tmp_path), str(SHOTS)],
            cwd=ROOT, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            text=True, start_new_session=True,
        )  # fmt: skip
        self.lines: queue.Queue[str] = queue.Queue()
        output = self.child.stdout
        assert output is not None

        def read() -> None:
            for line in output:
                self.lines.put(line)

        threading.Thread(target=read, daemon=True).start()
        first = self.lines.get(timeout=60)
        assert first.startswith("bus "), first
        self.on_its_bus = {
            **self.env, "DBUS_SESSION_BUS_ADDRESS": first.split(maxsplit=1)[1].strip()
        }  # fmt: skip

    def next_palette(self, timeout: float = 30) -> tuple[str, str]:
        """The next palette the window took: its name and the window's commonest colour."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no palette change within {timeout} s") from None
            if line.startswith("palette "):
                _, name, colour = line.split()
                return name, colour

    def close(self) -> None:
        # The window, and the bus with its portal, dconf and keyring daemons.
        os.killpg(self.child.pid, signal.SIGTERM)
        try:
            self.child.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.child.pid, signal.SIGKILL)
            self.child.wait()


@pytest.mark.timeout(240)
def test_the_window_follows_the_desktop_while_it_runs(tmp_path: Path) -> None:
    app = DesktopApp(tmp_path, {})
    try:
        name, colour = app.next_palette(90)
        assert name == "light" and colour in {style.LIGHT.window, style.LIGHT.card}
        steps = [
            (("org.gnome.desktop.interface", "color-scheme", "prefer-dark"), style.DARK),
            (("org.gnome.desktop.a11y.interface", "high-contrast", "true"),
             style.HIGH_CONTRAST_DARK),
            (("org.gnome.desktop.interface", "color-scheme", "default"), style.HIGH_CONTRAST),
            (("org.gnome.desktop.a11y.interface", "high-contrast", "false"), style.LIGHT),
        ]  # fmt: skip
        for setting, expected in steps:
            gsettings(app.on_its_bus, *setting)
            name, colour = app.next_palette()
            assert name == expected.name, (setting, name)
            # What is drawn: most of the window is its background or its cards.
            assert colour in {expected.window, expected.card}, (name, colour)
    finally:
        app.close()


@pytest.mark.timeout(240)
def test_a_desktop_dark_before_the_app_starts_gets_a_dark_window(tmp_path: Path) -> None:
    """Debian 12's portal (1.16) does not tell Qt the scheme a desktop already had: the
    app asks the portal itself once it is on screen."""
    app = DesktopApp(tmp_path, {"START_SCHEME": "prefer-dark", "START_HC": "true"})
    try:
        seen: list[tuple[str, str]] = []
        while not seen or seen[-1][0] != style.HIGH_CONTRAST_DARK.name:
            seen.append(app.next_palette(90))
        colour = seen[-1][1]
        assert colour in {style.HIGH_CONTRAST_DARK.window, style.HIGH_CONTRAST_DARK.card}
        # And it stays so: nothing else comes.
        with pytest.raises(AssertionError, match="no palette change"):
            app.next_palette(2)
        # A change from there still arrives (the contrast alone).
        gsettings(app.on_its_bus, "org.gnome.desktop.a11y.interface", "high-contrast", "false")
        assert app.next_palette()[0] == style.DARK.name
    finally:
        app.close()


@pytest.mark.parametrize("palette", style.PALETTES, ids=lambda p: p.name)
def test_the_drop_down_arrow_is_drawn_in_each_palette(palette: style.Colors) -> None:
    """A light arrow on dark palettes (Qt's own is dark), from a file the build ships."""
    from PySide6.QtGui import QImage

    from launcher.resources import resource_path

    path = (
        palette.arrow
        if palette.arrow.startswith(":")
        else str(resource_path("icons", palette.arrow))
    )
    image = QImage(path)
    assert not image.isNull(), path
    ink = [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert ink, path
    arrow = ink[len(ink) // 2].name()
    assert contrast(arrow, palette.card) >= 3.0, (palette.name, arrow)
