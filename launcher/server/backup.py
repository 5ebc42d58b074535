"""A consistent copy of a server's data directory, also while the server runs.

The database is copied with SQLite's online backup API (a snapshot of one
moment, including what is still in the WAL file: copying ``meetings.sqlite3``
with ``cp`` while the server writes can give a torn or stale file), then checked
with ``PRAGMA integrity_check``. The other files (the server secret, TLS files,
recordings, dial-in numbers) are copied as they are, modes kept; unfinished
uploads (``*.part``) and temporary dot files are left out. The copy is made in a
temporary folder beside the target and renamed into place at the end, so the
target either is a complete backup or does not exist.

To restore: stop the server, put the backup folder where the data dir was (or
point ``--data-dir`` at it), start the server.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from launcher.server.store.connection import DB_NAME

#: SQLite's own companions of the database; the backup API covers them.
_SKIP = {DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}-journal"}


class BackupError(RuntimeError):
    """The backup could not be made; the message says why in one sentence."""


def _copy_database(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=30.0)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            result = dst.execute("PRAGMA integrity_check").fetchone()
            if result is None or result[0] != "ok":
                raise BackupError(f"the copy of {source} failed its integrity check: {result}")
            # A single file, needing no -wal beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _copy_files(source: Path, target: Path) -> None:
    for entry in sorted(source.iterdir()):
        if entry.name in _SKIP or entry.name.startswith(".") or entry.name.endswith(".part"):
            continue
        if entry.is_symlink():
            continue  # the server makes none; never follow one out of the data dir
        if entry.is_dir():
            (target / entry.name).mkdir(mode=0o700)
            shutil.copystat(entry, target / entry.name)
            _copy_files(entry, target / entry.name)
        elif entry.is_file():
            shutil.copy2(entry, target / entry.name)


def backup_data_dir(data_dir: Path, target: Path) -> Path:
    """Copy ``data_dir`` to the new folder ``target``; returns ``target``.

    BackupError with a plain reason (no data dir, target exists, I/O error).
    """
    database = data_dir / DB_NAME
    if not database.is_file():
        raise BackupError(f"no server data in {data_dir}: {DB_NAME} is missing")
    if target.exists():
        raise BackupError(f"{target} already exists; choose a new folder for the backup")
    if not target.parent.is_dir():
        raise BackupError(f"no such folder: {target.parent}")
    partial = target.parent / f".{target.name}.partial-{os.getpid()}"
    try:
        partial.mkdir(mode=0o700)
        _copy_database(database, partial / DB_NAME)
        _copy_files(data_dir, partial)
        os.rename(partial, target)
    except BackupError:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    except (OSError, sqlite3.Error) as exc:
        shutil.rmtree(partial, ignore_errors=True)
        raise BackupError(f"cannot back up {data_dir} to {target}: {exc}") from None
    return target
