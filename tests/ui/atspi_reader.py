"""A screen reader's view of a running app, over AT-SPI (run with Debian's python3 and
its python3-pyatspi, not the project's virtualenv):

    /usr/bin/python3 tests/ui/atspi_reader.py APP_NAME BUTTON_NAME [press LABEL]

Waits (up to 60 s) for the application called APP_NAME on the accessibility bus to show
a push button named BUTTON_NAME (the window is up), then prints one JSON line: every
showing node of its windows as {role, name, value, focusable}, under "tree".
With ``press``, it first does what a screen reader user does to press that button (runs
its first action) and waits until a label named LABEL shows and the app has announced
something (AT-SPI object:announcement, what a reader speaks unasked), then prints the
tree and, under "heard", the announcements.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from typing import Any

import pyatspi

TIMEOUT = 60.0


def nodes(root: Any, depth: int = 0) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    try:
        states = root.getState()
        if depth > 0 and not states.contains(pyatspi.STATE_SHOWING):
            return found
        value = ""
        with contextlib.suppress(NotImplementedError):
            value = root.queryText().getText(0, -1)
        found.append(
            {
                "role": root.getRoleName(),
                "name": root.name or "",
                "value": value,
                "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
            }
        )
        for index in range(root.childCount):
            child = root.getChildAtIndex(index)
            if child is not None and depth < 40:
                found += nodes(child, depth + 1)
    except Exception as exc:  # a node that went away while read
        found.append({"role": "gone", "name": str(exc), "value": "", "focusable": False})
    return found


def application(name: str) -> Any:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == name and app.childCount > 0:
                return app
        time.sleep(0.5)
    raise SystemExit(f"no application {name!r} on the accessibility bus within {TIMEOUT} s")


def showing(app: Any, role: str, name: str) -> Any:
    def match(node: Any) -> bool:
        return bool(node.getRoleName() == role and node.name == name)

    for index in range(app.childCount):
        found = pyatspi.findDescendant(app.getChildAtIndex(index), match)
        if found is not None and found.getState().contains(pyatspi.STATE_SHOWING):
            return found
    return None


def find(app: Any, role: str, name: str) -> Any:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        found = showing(app, role, name)
        if found is not None:
            return found
        time.sleep(0.5)
    raise SystemExit(f"no showing {role} {name!r} within {TIMEOUT} s")


def press(app: Any, button: Any, label: str) -> list[str]:
    """Press ``button``; listen until ``label`` shows and an announcement came."""
    from gi.repository import GLib

    heard: list[str] = []
    pyatspi.Registry.registerEventListener(
        lambda event: heard.append(str(event.any_data)), "object:announcement"
    )
    deadline = time.monotonic() + TIMEOUT

    def check() -> bool:
        done = showing(app, "label", label) is not None and heard
        if done or time.monotonic() > deadline:
            pyatspi.Registry.stop()
            return False
        return True

    button.queryAction().doAction(0)
    GLib.timeout_add(300, check)
    pyatspi.Registry.start()
    if showing(app, "label", label) is None:
        raise SystemExit(f"no showing label {label!r} within {TIMEOUT} s")
    return heard


def main(argv: list[str]) -> None:
    app = application(argv[0])
    button = find(app, "push button", argv[1])
    heard = press(app, button, argv[3]) if len(argv) == 4 and argv[2] == "press" else []
    tree = [node for index in range(app.childCount) for node in nodes(app.getChildAtIndex(index))]
    print(json.dumps({"tree": tree, "heard": heard}))


if __name__ == "__main__":
    main(sys.argv[1:])
