"""The window's languages: the catalogues loaded at start and on a change, and the
contexts the window's sentences are translated in, one translator each.

    from launcher.ui.i18n import themes
    themes.tr("Save")
    rooms.tr("in %n minute(s)", "", minutes)   # plural forms: Qt's %n

Widgets use their own ``self.tr()`` (the context is the class name). Module-level
text uses one of the translators below, imported by its own name: pyside6-lupdate
takes a ``name.tr("…")`` call's context from the name before ``.tr``, so each
translator's name is its context. A bare ``tr("…")`` helper would be collected with
no context at all, where the app never looks it up. tests/ui/test_i18n.py runs
pyside6-lupdate over launcher/ui to keep it that way.

The catalogues are ``resources/translations/meeting-launcher_<lang>.qm``, compiled
from the ``.ts`` sources by ``tools/translations.py`` (English is the source; its
catalogue holds only the plural forms), and Qt's own ``qtbase_<lang>.qm`` for the
standard dialogs' buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from launcher.resources import resource_path

__all__ = [
    "LANGUAGES",
    "Translator",
    "accounts",
    "errors",
    "install",
    "installed_language",
    "links",
    "reach",
    "resolve",
    "rooms",
    "sharing",
    "system_language",
    "themes",
]

#: The languages the window speaks, each named in itself (never translated).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "de": "Deutsch",
    "it": "Italiano",
    "es": "Español",
}
CATALOGUE = "meeting-launcher"

_installed: list[QTranslator] = []
_language = "en"


class Translator:
    """``tr()`` in one context of the translation catalogue."""

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.context, text, disambiguation, n)


def system_language() -> str:
    """The first of the system's preferred languages the window speaks; else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-", 1)[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def resolve(choice: str | None) -> str:
    """The language to show for a stored choice (None or "": the system's)."""
    return choice if choice in LANGUAGES else system_language()


def installed_language() -> str:
    return _language


def install(language: str) -> None:
    """Load ``language``'s catalogues (the app's and Qt's) in place of the ones before,
    and make it the default locale of dates and numbers. Widgets built before keep
    their text: the main window rebuilds its contents (``MainWindow.retranslate``)."""
    global _language
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs the QApplication first")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    system = QLocale.system()
    # The system's own locale when it speaks this language (keeps its region: en_GB's
    # dates, de_CH's numbers); else the language's main one.
    same = system.name().split("_", 1)[0] == language
    QLocale.setDefault(system if same else QLocale(language))
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (CATALOGUE, str(resource_path("translations"))),
        ("qtbase", qt_translations),
    ):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            _installed.append(translator)
    _language = language


accounts = Translator("accounts")  # launcher/ui/accounts: the list and the form
errors = Translator("errors")  # launcher/ui/errors.py: what failed and what to do next
links = Translator("links")  # launcher/ui/links.py: opening a link someone sent
reach = Translator("reach")  # launcher/ui/reach_note.py: who can open a guest link
rooms = Translator("rooms")  # launcher/ui/roomtext.py: times, states, default names
sharing = Translator("sharing")  # launcher/ui/sharing.py: copying links, joining as host
themes = Translator("themes")  # launcher/ui/themes: names, notes, the editor, applying
