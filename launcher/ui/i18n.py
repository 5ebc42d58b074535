"""The contexts the window's sentences are translated in, one translator each.

    from launcher.ui.i18n import themes
    themes.tr("Save")

Widgets use their own ``self.tr()`` (the context is the class name). Module-level
text uses one of the translators below, imported by its own name: pyside6-lupdate
takes a ``name.tr("…")`` call's context from the name before ``.tr``, so each
translator's name is its context. A bare ``tr("…")`` helper would be collected with
no context at all, where the app never looks it up. tests/ui/test_i18n.py runs
pyside6-lupdate over launcher/ui to keep it that way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

__all__ = ["Translator", "accounts", "errors", "reach", "rooms", "sharing", "themes"]


class Translator:
    """``tr()`` in one context of the translation catalogue."""

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(self.context, text)


accounts = Translator("accounts")  # launcher/ui/accounts: the list and the form
errors = Translator("errors")  # launcher/ui/errors.py: what failed and what to do next
reach = Translator("reach")  # launcher/ui/reach_note.py: who can open a guest link
rooms = Translator("rooms")  # launcher/ui/roomtext.py: times, states, default names
sharing = Translator("sharing")  # launcher/ui/sharing.py: copying links, joining as host
themes = Translator("themes")  # launcher/ui/themes: names, notes, the editor, applying
