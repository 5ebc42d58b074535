"""The launcher's folders on Linux, worked out without platformdirs, are platformdirs'."""

from __future__ import annotations

import itertools
import os
import pwd
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import platformdirs
import pytest

from launcher.core import paths

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="elsewhere the launcher asks platformdirs"
)

FOLDERS = [
    (paths.default_config_dir, "XDG_CONFIG_HOME", platformdirs.user_config_dir),
    (paths.default_data_dir, "XDG_DATA_HOME", platformdirs.user_data_dir),
    (paths.default_cache_dir, "XDG_CACHE_HOME", platformdirs.user_cache_dir),
]
# None: unset. Relative and empty values are not XDG folders; "/" and trailing
# slashes are edge cases of the joining.
XDG_VALUES = [None, "", "relative/dir", "/srv/xdg", "/srv/xdg/", "/"]
HOME_VALUES = [None, "", "relative-home", "/home/someone", "/home/someone/", "/"]


@pytest.mark.parametrize(("ours", "variable", "theirs"), FOLDERS)
def test_the_same_folder_as_platformdirs(
    ours: Callable[[], Path],
    variable: str,
    theirs: Callable[..., str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    checked = 0
    for xdg, home in itertools.product(XDG_VALUES, HOME_VALUES):
        for name, value in ((variable, xdg), ("HOME", home)):
            if value is None:
                monkeypatch.delenv(name, raising=False)
            else:
                monkeypatch.setenv(name, value)
        expected = Path(theirs(paths.APP_NAME, appauthor=False))
        assert ours() == expected, (variable, xdg, "HOME", home)
        checked += 1
    assert checked == len(XDG_VALUES) * len(HOME_VALUES)


def test_a_relative_home_falls_back_to_the_account(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", "not/absolute")
    account_home = pwd.getpwuid(os.getuid()).pw_dir
    assert paths.default_data_dir() == Path(account_home, ".local/share", paths.APP_NAME)


def test_the_desktop_start_does_not_import_platformdirs(tmp_path: Path) -> None:
    env = dict(os.environ, HOME=str(tmp_path))
    probe = (
        "import sys\n"
        "from launcher.core import paths\n"
        "paths.default_data_dir(); paths.default_cache_dir(); paths.default_config_dir()\n"
        "print('platformdirs' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
