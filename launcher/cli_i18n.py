"""The command line's sentences for people, in the system's language.

    from launcher.cli_i18n import Translator
    new_text = Translator("cli_new")
    new_text.tr("--name must not be empty")
    new_text.tr("%n account(s)", "", count)      # plural forms: Qt's %n

The people's commands (``new``, ``selftest``, ``account``, a link, ``--help``) speak
the language of the system locale (``LANGUAGE``, then the first of ``LC_ALL``,
``LC_MESSAGES``, ``LANG`` that is set, as gettext reads them) when it is one the
window speaks, else English. The sentences live in the window's catalogues
(``resources/translations/*.ts``, compiled to ``.qm``; pyside6-lupdate collects
``name.tr("…")`` calls in the context ``name`` was built with, and
``QT_TRANSLATE_NOOP("cli", "…")`` marks, e.g. for ``--help``). The operator's
commands (``serve``, ``app``, ``backup``) stay English.

Looking a sentence up needs Qt's QTranslator (PySide6.QtCore, some 70 ms to import),
so it is imported the first time a sentence is needed in another language than
English: an English command line never loads Qt, and ``new`` refuses a bad argument
before any of it. No QCoreApplication is made (QTranslator reads a catalogue
without one), so a process that later makes its QApplication still can.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterable, Mapping
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

__all__ = [
    "QT_TRANSLATE_NOOP",
    "HelpFormatter",
    "RawDescriptionHelpFormatter",
    "Translator",
    "cli_language",
    "translate",
    "translate_argparse_messages",
]

#: The languages the command line speaks (those of the window, launcher.ui.i18n).
LANGUAGES = ("en", "fr", "de", "it", "es")
CATALOGUE = "meeting-launcher"
#: The context of the sentences marked with QT_TRANSLATE_NOOP (help texts).
HELP_CONTEXT = "cli"
#: Every context of the command line's sentences (each Translator is named after its
#: context, as pyside6-lupdate reads it from the name before ``.tr``).
CONTEXTS = (HELP_CONTEXT, "cli_account", "cli_new", "cli_selftest", "cli_start")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for pyside6-lupdate; it is looked up later, e.g. by ``--help``."""
    del context
    return text


def cli_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of the system locale when the command line speaks it, else "en"."""
    env = os.environ if environ is None else environ
    for item in env.get("LANGUAGE", "").split(":"):
        code = _code(item)
        if code in LANGUAGES:
            return code
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        if value:  # the first one set decides, as for gettext
            code = _code(value)
            return code if code in LANGUAGES else "en"
    return "en"


def _code(locale_name: str) -> str:
    # "fr_CH.UTF-8@euro" -> "fr"; "C", "POSIX" -> "c", "posix" (not spoken)
    return locale_name.split(".", 1)[0].split("@", 1)[0].replace("-", "_").split("_", 1)[0].lower()


@cache
def _catalogue(language: str) -> QTranslator | None:
    from launcher.bootstrap import bootstrap_code_cache, default_bootstrap_cache

    # PySide6's first import, with its support code cached as the app's start does.
    with bootstrap_code_cache(default_bootstrap_cache()):
        from PySide6.QtCore import QTranslator

    from launcher.resources import resource_path

    translator = QTranslator()
    if translator.load(f"{CATALOGUE}_{language}", str(resource_path("translations"))):
        return translator
    return None  # not built (a checkout before ./run app): English


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the command line's language (English when not translated)."""
    language = cli_language()
    if language == "en" and n != 1:
        # The source is English, written in its plural form ("%n lines"): only the
        # singular needs the catalogue.
        return text.replace("%n", str(n)) if n >= 0 else text
    catalogue = _catalogue(language)
    found = catalogue.translate(context, text, disambiguation, n) if catalogue else ""
    result = found or text
    # As QCoreApplication.translate does: %n is the count.
    return result.replace("%n", str(n)) if n >= 0 else result


class Translator:
    """``tr()`` in one context of the catalogue, for the command line."""

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.context, text, disambiguation, n)


def _help(text: str) -> str:
    return translate(HELP_CONTEXT, text)


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help, its texts looked up (context "cli") only when it is printed:
    a command that prints no help loads no catalogue. Texts nobody marked stay as given."""

    def start_section(self, heading: str | None) -> None:
        super().start_section(_help(heading) if heading else heading)

    def add_text(self, text: str | None) -> None:
        super().add_text(_help(text) if text and text is not argparse.SUPPRESS else text)

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, _help("usage: ") if prefix is None else prefix)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = super()._get_help_string(action)
        return _help(text) if text else text


class RawDescriptionHelpFormatter(HelpFormatter, argparse.RawDescriptionHelpFormatter):
    """:class:`HelpFormatter` keeping the description's own line breaks."""


#: argparse's own sentences a person meets (its gettext messages), in context "cli".
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("cli", "usage: "),
    QT_TRANSLATE_NOOP("cli", "positional arguments"),
    QT_TRANSLATE_NOOP("cli", "options"),
    QT_TRANSLATE_NOOP("cli", "show this help message and exit"),
    QT_TRANSLATE_NOOP("cli", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("cli", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("cli", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("cli", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("cli", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("cli", "expected one argument"),
    QT_TRANSLATE_NOOP("cli", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("cli", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("cli", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("cli", "invalid %(type)s value: %(value)r"),
)


def _argparse_message(text: str) -> str:
    # "usage: " is the formatters' (HelpFormatter passes its own): the operator's
    # commands keep an English help. Their errors are translated like everyone's.
    return text if text == "usage: " else _help(text)


def translate_argparse_messages() -> None:
    """argparse's error messages in the command line's language, from now on (call it
    once the parser is built: argparse looks its help headings up while building)."""
    setattr(argparse, "_", _argparse_message)  # noqa: B010  argparse's gettext hook
