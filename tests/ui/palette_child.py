"""The real main window in a process of its own on the test session's X display, for
tests/ui/test_palettes.py: it prints ``palette NAME COLOUR`` each time the app's palette
changes (NAME from style.py, COLOUR the commonest pixel of the window as drawn), after
saving the window to ``<shots>/main-window-<NAME>.png``.

Run in a D-Bus session of its own (``dbus-run-session -- python -m
tests.ui.palette_child CONFIG_DIR SHOTS_DIR``): first it prints ``bus ADDRESS`` (where
the test's gsettings must go), readies the desktop portal on that bus, then opens the
window. Nothing started earlier on the suite's bus (a portal Chromium woke without a
display) is in the way.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

from launcher.core.accounts import AccountStore
from launcher.core.credentials import CredentialStore
from launcher.ui import style
from launcher.ui.app import create_window
from launcher.ui.preferences import Preferences


def commonest_colour(window: object) -> str:
    image = window.grab().toImage()  # type: ignore[attr-defined]
    counts: Counter[str] = Counter()
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            counts[image.pixelColor(x, y).name()] += 1
    return counts.most_common(1)[0][0]


def ready_the_portal() -> None:
    """The GNOME settings the app starts with (light and normal contrast unless
    START_SCHEME / START_HC say otherwise), and the portal
    with its GTK back-end started by D-Bus with the display and the desktop's name."""
    subprocess.run(
        ["dbus-update-activation-environment", "DISPLAY", "XDG_CURRENT_DESKTOP"],
        check=True, timeout=30,
    )  # fmt: skip
    for schema, key, value in (
        ("org.gnome.desktop.interface", "color-scheme", os.environ.get("START_SCHEME", "default")),
        ("org.gnome.desktop.a11y.interface", "high-contrast", os.environ.get("START_HC", "false")),
    ):
        subprocess.run(["gsettings", "set", schema, key, value], check=True, timeout=30)
    subprocess.run(
        ["gdbus", "call", "--session", "--dest", "org.freedesktop.portal.Desktop",
         "--object-path", "/org/freedesktop/portal/desktop",
         "--method", "org.freedesktop.portal.Settings.Read",
         "org.freedesktop.appearance", "color-scheme"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip


def main() -> int:
    config, shots = Path(sys.argv[1]), Path(sys.argv[2])
    print("bus", os.environ["DBUS_SESSION_BUS_ADDRESS"], flush=True)
    ready_the_portal()
    app = style.create_application(sys.argv[:1])
    store = AccountStore(
        config_dir=config / "config",
        data_dir=config / "data",
        credentials=CredentialStore(service=f"meeting-launcher-palette-{uuid.uuid4().hex[:8]}"),
    )
    preferences = Preferences(QSettings(str(config / "window.ini"), QSettings.Format.IniFormat))
    window = create_window(store, preferences=preferences, prepare_local=False)
    window.resize(1180, 740)
    window.show()
    QTimer.singleShot(0, window.finish_start_up)
    reported: list[str] = []

    def report() -> None:
        name = str(app.property("launcher_palette"))
        if reported and reported[-1] == name:
            return
        reported.append(name)
        window.grab().save(str(shots / f"main-window-{name}.png"))
        print("palette", name, commonest_colour(window), flush=True)

    def settle() -> None:
        # Once the palette stopped changing for a moment (a scheme and a contrast change
        # may come one after the other), with the window repainted.
        QTimer.singleShot(400, report)

    watcher = QTimer()
    watcher.setInterval(100)
    last = [""]

    def check() -> None:
        name = str(app.property("launcher_palette"))
        if name != last[0]:
            last[0] = name
            settle()

    watcher.timeout.connect(check)
    watcher.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
