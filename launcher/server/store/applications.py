"""Applications: who may use the API (their public keys) and their default theme."""

from __future__ import annotations

import json
import secrets
import uuid
from dataclasses import dataclass
from typing import Any

from launcher.server.store.connection import format_time, utc_now
from launcher.server.store.themes import ThemesPart


@dataclass(frozen=True)
class Application:
    application_id: str
    account_id: str
    name: str
    public_key_pem: str
    default_theme_id: str | None
    #: Origins whose pages may show this application's meeting pages in a frame.
    embed_domains: tuple[str, ...] = ()


class ApplicationsPart(ThemesPart):
    """Register and read applications; set their default theme (one of their themes)."""

    def add_application(self, name: str, public_key_pem: str) -> Application:
        app = Application(
            application_id=str(uuid.uuid4()),
            account_id=str(secrets.randbelow(90_000_000) + 10_000_000),
            name=name,
            public_key_pem=public_key_pem,
            default_theme_id=None,
        )
        with self.transaction():
            self._conn.execute(
                "INSERT INTO applications (application_id, account_id, name, public_key_pem,"
                " created_at) VALUES (?, ?, ?, ?, ?)",
                (app.application_id, app.account_id, name, public_key_pem, format_time(utc_now())),
            )
        return app

    def get_application(self, application_id: str) -> Application | None:
        row = self._conn.execute(
            "SELECT * FROM applications WHERE application_id = ?", (application_id,)
        ).fetchone()
        return None if row is None else _application(row)

    def list_applications(self) -> list[Application]:
        rows = self._conn.execute("SELECT * FROM applications ORDER BY created_at, name")
        return [_application(row) for row in rows]

    def set_default_theme(self, application_id: str, theme_id: str | None) -> Application:
        """Set the application's default theme; KeyError if the theme is not its own."""
        with self.transaction():
            if theme_id is not None and self._theme_row(application_id, theme_id) is None:
                raise KeyError(theme_id)
            self._conn.execute(
                "UPDATE applications SET default_theme_id = ? WHERE application_id = ?",
                (theme_id, application_id),
            )
        app = self.get_application(application_id)
        assert app is not None
        return app

    def set_embed_domains(self, application_id: str, origins: list[str]) -> Application:
        """Replace the origins that may frame the application's pages (already
        validated, :mod:`launcher.server.embedding`); KeyError for an unknown application."""
        with self.transaction():
            updated = self._conn.execute(
                "UPDATE applications SET embed_domains = ? WHERE application_id = ?",
                (json.dumps(origins), application_id),
            ).rowcount
            if not updated:
                raise KeyError(application_id)
        app = self.get_application(application_id)
        assert app is not None
        return app


def _application(row: Any) -> Application:
    return Application(
        application_id=row["application_id"],
        account_id=row["account_id"],
        name=row["name"],
        public_key_pem=row["public_key_pem"],
        default_theme_id=row["default_theme_id"],
        embed_domains=tuple(json.loads(row["embed_domains"])),
    )
