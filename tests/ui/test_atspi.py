"""The app as a screen reader reads it: over AT-SPI, from another process.

The real app (``python -m launcher``, a fresh home, "This computer") runs on the test
session's Xvfb display with Qt's AT-SPI bridge on (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1,
as Orca turns it on for a desktop session); tests/ui/atspi_reader.py, under Debian's
python3 with python3-pyatspi, reads its tree from the accessibility bus, presses "Start
a meeting now" through the button's AT-SPI action and reads the result.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
READER = Path(__file__).with_name("atspi_reader.py")
SYSTEM_PYTHON = "/usr/bin/python3"
CONTROLS = {"push button", "text", "combo box", "check box", "table", "list", "spin button"}


def read(*args: str) -> dict[str, Any]:
    done = subprocess.run(
        [SYSTEM_PYTHON, str(READER), "Meeting Launcher", "Start a meeting now", *args],
        capture_output=True,
        text=True,
        timeout=150,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return seen


@pytest.fixture
def running_app(tmp_path: Path) -> Any:
    display = os.environ.get("LAUNCHER_TEST_DISPLAY")
    if not display:
        pytest.fail("needs the test session's Xvfb display: run through ./run tests", pytrace=False)
    # The accessibility bus, started as a desktop session starts it, before the app.
    subprocess.run(
        ["dbus-send", "--session", "--dest=org.a11y.Bus", "--print-reply",
         "/org/a11y/bus", "org.a11y.Bus.GetAddress"],
        check=True, capture_output=True, timeout=30,
    )  # fmt: skip
    home = tmp_path / "home"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
    }
    log = (tmp_path / "app.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "launcher"], cwd=ROOT, env=env, stdout=log, stderr=log
    )
    try:
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def test_a_screen_reader_reads_every_control_and_starts_a_meeting(running_app: Any) -> None:
    tree = read()["tree"]
    named = {(node["role"], node["name"]) for node in tree}
    # What a person hears on the main window: the field by its label, the big button.
    assert ("text", "Meeting name (optional)") in named, tree
    assert ("push button", "Start a meeting now") in named
    assert ("text", "Search by name") in named
    silent = [n for n in tree if n["role"] in CONTROLS and n["focusable"] and not n["name"]]
    assert not silent, silent

    # Pressed through AT-SPI, as a screen reader user presses it: the room is made and
    # its card read out, the guest link in a field named for it.
    pressed = read("press", "Your meeting is ready")
    after = pressed["tree"]
    links = [n for n in after if n["role"] == "text" and n["name"] == "Guest link"]
    assert links and re.fullmatch(r"https?://127\.0\.0\.1:\d+/\d{9}", links[0]["value"]), links
    assert ("table", "Rooms") in {(n["role"], n["name"]) for n in after}  # the room listed
    # And it is told, unasked, that the link is on the clipboard (Toast's announcement).
    assert "✓ Guest link copied" in pressed["heard"], pressed["heard"]
    silent = [n for n in after if n["role"] in CONTROLS and n["focusable"] and not n["name"]]
    assert not silent, silent
