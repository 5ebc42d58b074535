"""PyInstaller run-time hook: PySide6's first import, with its support code cached.

Custom run-time hooks run before the ones PyInstaller implies for packages, and
PyInstaller's own PySide6 hook imports QtCore (to embed a qt.conf) before the app's
code runs. This one makes that first import take PySide6's compiled support code
from the launcher's cache folder, as ``python -m launcher`` does
(launcher/bootstrap.py): some 30 ms off every start of the packaged app, whatever
the command.
"""


def _import_pyside_with_cache() -> None:
    from launcher.bootstrap import bootstrap_code_cache, default_bootstrap_cache

    try:
        path = default_bootstrap_cache()
    except RuntimeError:  # no home folder (a service account): PySide6 as usual
        return
    with bootstrap_code_cache(path):
        import PySide6.QtCore  # noqa: F401


_import_pyside_with_cache()
