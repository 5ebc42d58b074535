"""The desktop's appearance settings on Linux, read from the XDG desktop portal.

Qt follows the portal's ``org.freedesktop.appearance`` changes while the app runs, but
with older portals (xdg-desktop-portal before 1.18, as in Debian 12 and Ubuntu 22.04)
it does not learn the value the desktop already had when the app started: the app
would open light on a dark desktop. :func:`read_portal_appearance` asks the portal
once (blocking, on a worker); no Qt here.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

PORTAL = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.Settings"
NAMESPACE = "org.freedesktop.appearance"
TIMEOUT = 2.0


@dataclass(frozen=True)
class Appearance:
    """What the desktop asks for; None where the portal did not say."""

    dark: bool | None
    high_contrast: bool | None


def _unwrap(value: Any) -> Any:
    """``Read`` answers a variant holding the variant of the value: (sig, value) pairs."""
    while isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str):
        value = value[1]
    return value


def parse(color_scheme: Any, contrast: Any) -> Appearance:
    """The portal's numbers: color-scheme 0 no preference, 1 dark, 2 light; contrast 0
    normal, 1 high. Anything else: not said."""
    scheme, high = _unwrap(color_scheme), _unwrap(contrast)
    dark = {1: True, 2: False, 0: False}.get(scheme) if isinstance(scheme, int) else None
    hc = {1: True, 0: False}.get(high) if isinstance(high, int) else None
    return Appearance(dark=dark, high_contrast=hc)


def read_portal_appearance() -> Appearance | None:
    """The desktop's colour scheme and contrast from the portal, or None (not Linux, no
    session bus, no portal, or it did not answer within TIMEOUT)."""
    if not sys.platform.startswith("linux") or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return None
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection
    from jeepney.wrappers import DBusErrorResponse, unwrap_msg

    address = DBusAddress(PATH, bus_name=PORTAL, interface=INTERFACE)
    answers: list[Any] = []
    try:
        with open_dbus_connection(bus="SESSION") as connection:
            for key in ("color-scheme", "contrast"):
                message = new_method_call(address, "Read", "ss", (NAMESPACE, key))
                try:
                    reply = connection.send_and_get_reply(message, timeout=TIMEOUT)
                    answers.append(unwrap_msg(reply)[0])
                except DBusErrorResponse:  # an older portal without this key
                    answers.append(None)
    except (OSError, TimeoutError, ValueError) as exc:
        log.info("appearance: the desktop portal did not answer: %s", exc)
        return None
    return parse(*answers)
