"""The window's own preferences (QSettings): the pinned "My room", the tray choice, the
language.

Nothing secret is stored here: a guest link is meant to be shared, and host links
(which carry a participant token) are never written.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings


@dataclass(frozen=True)
class PinnedRoom:
    """The room pinned as "My room" for one account."""

    room_id: str
    display_name: str
    guest_url: str


def default_settings() -> QSettings:
    """Per-user settings file of the window (an INI file under the user's config folder)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Meeting Launcher", "window"
    )


class Preferences:
    """Typed access to the window's settings; use on the GUI thread only."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else default_settings()

    @property
    def settings(self) -> QSettings:
        return self._settings

    def pinned_room(self, account_name: str) -> PinnedRoom | None:
        self._settings.beginGroup(_group("pinned", account_name))
        try:
            room_id = str(self._settings.value("room_id", "") or "")
            name = str(self._settings.value("display_name", "") or "")
            link = str(self._settings.value("guest_url", "") or "")
        finally:
            self._settings.endGroup()
        if not room_id or not link:
            return None
        return PinnedRoom(room_id, name, link)

    def set_pinned_room(self, account_name: str, room: PinnedRoom | None) -> None:
        group = _group("pinned", account_name)
        if room is None:
            self._settings.remove(group)
        else:
            # Imported here: invitations pulls in icalendar, not needed at start-up.
            from launcher.core.invitations import is_host_url

            if is_host_url(room.guest_url):
                raise ValueError("only guest links are stored")
            self._settings.beginGroup(group)
            self._settings.setValue("room_id", room.room_id)
            self._settings.setValue("display_name", room.display_name)
            self._settings.setValue("guest_url", room.guest_url)
            self._settings.endGroup()
        self._settings.sync()

    def close_to_tray(self) -> bool | None:
        """True: closing the window keeps the app in the tray; None: not asked yet."""
        value = self._settings.value("window/close_to_tray", None)
        if value is None or value == "":
            return None
        return str(value).lower() in {"true", "1"}

    def set_close_to_tray(self, keep: bool | None) -> None:
        if keep is None:
            self._settings.remove("window/close_to_tray")
        else:
            self._settings.setValue("window/close_to_tray", keep)
        self._settings.sync()

    def visitor_sound(self) -> bool:
        """Whether a visitor waiting at the door is announced with a sound (default on)."""
        value = self._settings.value("notifications/visitor_sound", None)
        return value is None or value == "" or str(value).lower() in {"true", "1"}

    def set_visitor_sound(self, on: bool) -> None:
        self._settings.setValue("notifications/visitor_sound", on)
        self._settings.sync()

    def language(self) -> str | None:
        """The chosen language code (``launcher.ui.i18n.LANGUAGES``); None: the system's."""
        value = self._settings.value("window/language", None)
        return str(value) if value else None

    def set_language(self, code: str | None) -> None:
        if code:
            self._settings.setValue("window/language", code)
        else:
            self._settings.remove("window/language")
        self._settings.sync()

    def selected_account(self) -> str | None:
        value = self._settings.value("window/account", None)
        return str(value) if value else None

    def set_selected_account(self, name: str) -> None:
        self._settings.setValue("window/account", name)


def _group(kind: str, account_name: str) -> str:
    # Account names are free text; keep them from being read as key paths.
    safe = "".join(ch if ch.isalnum() else f"_{ord(ch):x}_" for ch in account_name)
    return f"{kind}/{safe}"
