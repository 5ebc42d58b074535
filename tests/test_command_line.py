"""``meeting-launcher --help`` for people first, the operator's commands apart, and
``app`` saying what it is (a real process: what a person runs)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "launcher", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_help_groups_the_commands_for_people_apart_from_the_operators() -> None:
    result = _run("--help")
    assert result.returncode == 0 and result.stderr == ""
    text = result.stdout
    people = text.index("For everyone:")
    operator = text.index("For whoever runs an office server:")
    assert people < operator
    people_part, operator_part = text[people:operator], text[operator:]
    for command in ("new", "selftest", "account", "meeting-launcher LINK"):
        assert f"\n  {command} " in people_part, command
    for command in ("serve", "app", "backup"):
        assert f"\n  {command} " in operator_part, command
        assert f"\n  {command} " not in people_part, command
    assert "it does not start the app" in operator_part


def test_app_help_says_first_that_it_registers_applications() -> None:
    result = _run("app", "--help")
    assert result.returncode == 0
    description = result.stdout.split("\n\n")[1]
    assert description.startswith("Registers applications on a Meetings server")
    assert "does not start the desktop app" in description


def test_an_unknown_command_still_lists_the_commands() -> None:
    result = _run("bogus")
    assert result.returncode == 2
    assert "invalid choice: 'bogus'" in result.stderr and "selftest" in result.stderr
