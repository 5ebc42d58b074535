"""The people's commands speak the system locale's language: the real commands in a
subprocess with LANG=fr_FR.UTF-8, de_DE.UTF-8, it_IT.UTF-8, es_ES.UTF-8 (the translations
of resources/translations, compiled by ./run tests), and English with no Qt loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from launcher.cli_i18n import cli_language
from launcher.core.accounts import AccountStore

REPO = Path(__file__).resolve().parents[2]
LOCALES = {"fr": "fr_FR.UTF-8", "de": "de_DE.UTF-8", "it": "it_IT.UTF-8", "es": "es_ES.UTF-8"}


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Private config/data folders for this test and its subprocesses."""
    env = {
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return env


@pytest.fixture
def store(xdg: dict[str, str]) -> Iterator[AccountStore]:
    accounts = AccountStore()  # the same default folders the subprocess uses
    yield accounts
    from launcher.core.local_server import stop_local_server

    stop_local_server()
    for account in accounts.accounts():
        accounts.remove(account.name)


def run(language: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """``meeting-launcher ARGS`` with the system locale of ``language`` (only LANG set)."""
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = LOCALES.get(language, "en_US.UTF-8")
    return subprocess.run(
        [sys.executable, "-m", "launcher", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=timeout,
    )


def test_the_language_comes_from_the_locale_variables() -> None:
    assert cli_language({}) == "en"
    assert cli_language({"LANG": "fr_FR.UTF-8"}) == "fr"
    assert cli_language({"LANG": "de_CH"}) == "de"
    assert cli_language({"LANG": "pt_BR.UTF-8"}) == "en"  # not spoken: English
    assert cli_language({"LANG": "C.UTF-8"}) == "en"
    # gettext's order: LANGUAGE's list first, then the first of LC_ALL, LC_MESSAGES, LANG.
    assert cli_language({"LANGUAGE": "pt:it", "LANG": "fr_FR.UTF-8"}) == "it"
    assert cli_language({"LC_ALL": "es_ES.UTF-8", "LANG": "fr_FR.UTF-8"}) == "es"
    assert cli_language({"LC_MESSAGES": "C", "LANG": "fr_FR.UTF-8"}) == "en"


#: One refusal of ``new`` per language: the sentence, and the English one it replaces.
EMPTY_NAME = {
    "fr": "--name ne doit pas être vide",
    "de": "--name darf nicht leer sein",
    "it": "--name non può essere vuoto",
    "es": "--name no puede estar vacío",
}
ENGLISH = ("must not be empty", "must", "empty")


@pytest.mark.parametrize("language", sorted(LOCALES))
def test_new_refuses_in_the_locale_language(xdg: dict[str, str], language: str) -> None:
    result = run(language, "new", "--name", "")
    assert result.returncode == 2, result.stderr
    assert result.stderr == f"meeting-launcher new: {EMPTY_NAME[language]}\n"
    assert not any(word in result.stderr for word in ENGLISH)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", "--name fait 300 caractères ; 200 au plus sont permis"),
        ("de", "--name ist 300 Zeichen lang; höchstens 200 sind erlaubt"),
        ("it", "--name è lungo 300 caratteri; al massimo 200 sono ammessi"),
        ("es", "--name tiene 300 caracteres; se permiten 200 como máximo"),
        ("en", "--name is 300 characters long; at most 200 are allowed"),
    ],
)
def test_a_count_takes_the_plural_form(xdg: dict[str, str], language: str, expected: str) -> None:
    result = run(language, "new", "--name", "x" * 300)
    assert result.returncode == 2
    assert expected in result.stderr, result.stderr


def test_new_in_french_loads_only_qt_core_to_refuse(xdg: dict[str, str]) -> None:
    # The translation needs QTranslator (PySide6.QtCore), loaded only to say the one
    # line: nothing of the HTTP client, the accounts, the keyring, the server or the GUI.
    heavy = ("httpx", "keyring", "aiohttp", "launcher.api", "launcher.core.accounts")
    gui = ("PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtWebEngineCore")
    probe = (
        "import sys\n"
        "from launcher.__main__ import main\n"
        "code = main(['new', '--name', ''])\n"
        f"loaded = [m for m in {heavy + gui!r} if m in sys.modules]\n"
        "print(code, loaded, 'PySide6.QtCore' in sys.modules)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**env, "LANG": "fr_FR.UTF-8"},
        timeout=60,
    )
    assert result.stdout.strip() == "2 [] True", result.stdout + result.stderr
    assert "ne doit pas être vide" in result.stderr


@pytest.mark.parametrize(
    ("language", "usage", "description", "option"),
    [
        ("fr", "utilisation : ", "Créer une salle", "afficher cette aide et quitter"),
        ("de", "Aufruf: ", "einen Raum anlegen", "diese Hilfe anzeigen und beenden"),
        ("it", "uso: ", "Crea una stanza", "mostra questo aiuto ed esce"),
        ("es", "uso: ", "Crea una sala", "muestra esta ayuda y sale"),
    ],
)
def test_help_of_new_is_translated(
    xdg: dict[str, str], language: str, usage: str, description: str, option: str
) -> None:
    result = run(language, "new", "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(usage), result.stdout
    assert description in result.stdout and option in result.stdout
    for english in ("usage:", "show this help", "Create a room", "the meeting's name"):
        assert english not in result.stdout, result.stdout


def test_top_level_help_and_argparse_errors_are_translated(xdg: dict[str, str]) -> None:
    shown = run("de", "--help")
    assert shown.returncode == 0
    assert "Videobesprechungen starten, planen und teilen." in shown.stdout
    assert "Für alle:" in shown.stdout and "For everyone" not in shown.stdout

    refused = run("fr", "new", "--name")
    assert refused.returncode == 2
    assert "erreur : argument --name : une valeur est attendue" in refused.stderr
    assert "error" not in refused.stderr and "expected" not in refused.stderr

    # The operator's commands keep an English help (README says so).
    operator = run("fr", "serve", "--help")
    assert operator.stdout.startswith("usage: "), operator.stdout


@pytest.mark.parametrize(
    ("language", "empty", "missing"),
    [
        ("fr", "Aucun compte.", "aucun compte nommé 'Accueil'"),
        ("de", "Keine Konten.", "kein Konto namens 'Accueil'"),
        ("it", "Nessun account.", "nessun account di nome 'Accueil'"),
        ("es", "No hay cuentas.", "no hay ninguna cuenta llamada 'Accueil'"),
    ],
)
def test_account_commands_speak_the_locale_language(
    store: AccountStore, language: str, empty: str, missing: str
) -> None:
    listed = run(language, "account", "list")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.startswith(empty) and "No accounts" not in listed.stdout

    removed = run(language, "account", "remove", "Accueil")
    assert removed.returncode == 2
    assert removed.stderr == f"meeting-launcher account remove: {missing}\n"


def test_account_add_says_what_is_wrong_in_the_locale_language(
    store: AccountStore, tmp_path: Path
) -> None:
    key = tmp_path / "app.key"
    key.write_text("not a key")
    args = ["account", "add", "--name", "Accueil", "--server", "https://127.0.0.1:9"]
    bad_id = run("it", *args, "--application-id", "nope", "--private-key", str(key))
    assert bad_id.returncode == 2
    assert "l'ID dell'applicazione deve essere un UUID" in bad_id.stderr, bad_id.stderr
    bad_key = run(
        "es",
        *args,
        "--application-id",
        "0b4c6a3e-8f7e-4d6f-9a55-3d4f0f3a2b1c",
        "--private-key",
        str(key),
    )
    assert bad_key.returncode == 2
    assert "no es una clave privada legible" in bad_key.stderr, bad_key.stderr
    assert "not" not in bad_key.stderr.replace(str(key), "")


def test_a_room_from_this_computer_comes_with_translated_notes(store: AccountStore) -> None:
    from launcher.core.local_server import ensure_local_account, stop_local_server

    local = ensure_local_account(store)  # first run, as the app does it
    stop_local_server()  # the app is not running: new starts the server for the call
    result = run("fr", "new", "--name", "Visiteur")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().startswith(local.meeting_origin + "/")
    assert "remarque : ce lien ne s'ouvre que sur cet ordinateur" in result.stderr
    assert "remarque : Meeting Launcher n'est pas lancé" in result.stderr
    assert "note:" not in result.stderr and "only" not in result.stderr
