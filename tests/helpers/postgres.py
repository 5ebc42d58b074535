"""A throwaway PostgreSQL cluster: Debian's ``initdb``/``pg_ctl`` in a temporary
directory, listening on a free 127.0.0.1 port and a unix socket in that directory.

initdb refuses to run as root, so as root the cluster belongs to ``nobody``. Logins
over TCP need a password (SCRAM), as on a real server: tests hand it to the store
the way ``serve --database-password-file`` does, never in a URL.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

import psycopg

from launcher.server.store import Database

PASSWORD = "throwaway-test-password"


def bin_dir() -> Path:
    """The newest installed PostgreSQL's programs (Debian: /usr/lib/postgresql/N/bin)."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda path: int(Path(path).parent.parent.name),
    )
    if not found:
        raise RuntimeError("PostgreSQL is not installed (Debian package postgresql)")
    return Path(found[-1]).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PostgresCluster:
    """One running cluster; :meth:`new_database` gives each test its own database."""

    def __init__(self, *, durable: bool = False) -> None:
        """``durable``: commits fsynced as on a real server (benchmarks); tests go
        without, for speed."""
        self.durable = durable
        self.bin = bin_dir()
        self.root = Path(tempfile.mkdtemp(prefix="meetings-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root / "run"
        self.port = free_port()
        self._counter = itertools.count(1)
        self._demote: Callable[[], None] | None = None
        if os.geteuid() == 0:
            user = pwd.getpwnam("nobody")
            os.chown(self.root, user.pw_uid, user.pw_gid)
            uid, gid = user.pw_uid, user.pw_gid

            def demote() -> None:
                os.setgid(gid)
                os.setuid(uid)

            self._demote = demote
        self.root.chmod(0o700)
        self._start()

    def _run(self, *args: str | Path, timeout: float = 120.0) -> None:
        result = subprocess.run(
            [str(arg) for arg in args],
            cwd=self.root,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            preexec_fn=self._demote,
            env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8"},
        )
        if result.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {result.stdout}{result.stderr}")

    def _start(self) -> None:
        pwfile = self.root / "pwfile"
        pwfile.write_text(PASSWORD + "\n")
        if self._demote is not None:
            user = pwd.getpwnam("nobody")
            os.chown(pwfile, user.pw_uid, user.pw_gid)
        self._run(
            self.bin / "initdb",
            "-D",
            self.data,
            "-U",
            "postgres",
            f"--pwfile={pwfile}",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--no-sync",
        )
        pwfile.unlink()
        self.socket_dir.mkdir(mode=0o700)
        if self._demote is not None:
            user = pwd.getpwnam("nobody")
            os.chown(self.socket_dir, user.pw_uid, user.pw_gid)
        settings = [
            "-c listen_addresses=127.0.0.1",
            f"-p {self.port}",
            f"-k {self.socket_dir}",
            "-c max_connections=200",
        ]
        if not self.durable:
            # A throwaway cluster: durability off for speed (the server's own
            # durability is tested on SQLite and by kill -9 elsewhere).
            settings += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        self._options = " ".join(settings)
        self.start_server()

    def start_server(self) -> None:
        """Start the cluster's server (again, after :meth:`stop_server`: same port)."""
        self._run(
            self.bin / "pg_ctl",
            "-D",
            self.data,
            "-o",
            self._options,
            "-l",
            self.root / "log",
            "-w",
            "start",
        )

    def stop_server(self) -> None:
        """Stop the server as an operator would (``pg_ctl stop -m fast``: sessions are
        ended), keeping the cluster's data for :meth:`start_server`."""
        self._run(self.bin / "pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")

    @property
    def admin_url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, name: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"

    def new_database(self) -> Database:
        """A new, empty database (the server's migrations create its tables)."""
        name = f"meetings_{next(self._counter)}"
        with psycopg.connect(self.admin_url, password=PASSWORD, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return Database(self.url(name), password=PASSWORD)

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():  # not after stop_server()
                self._run(self.bin / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
