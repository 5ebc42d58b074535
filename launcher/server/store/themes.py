"""Themes and their logos: the themes table, logo upload forms and finalized logos."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from launcher.server.store.connection import StoreBase, dumps, format_time, utc_now


class StoreConflict(Exception):
    """A uniqueness rule was broken; ``field`` names it."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


@dataclass(frozen=True)
class LogoUpload:
    key: str
    application_id: str
    logo_type: str
    expires_at: str
    data: bytes | None


class ThemesPart(StoreBase):
    """Themes of an application, and the logo files they show."""

    def list_themes(self, application_id: str) -> list[dict[str, Any]]:
        rows = self._conn.execute(
            "SELECT doc FROM themes WHERE application_id = ? ORDER BY created_at, rowid",
            (application_id,),
        )
        return [json.loads(row["doc"]) for row in rows]

    def get_theme(self, application_id: str, theme_id: str) -> dict[str, Any] | None:
        row = self._theme_row(application_id, theme_id)
        return None if row is None else dict(json.loads(row["doc"]))

    def insert_theme(
        self, application_id: str, doc: dict[str, Any], *, max_themes: int | None = None
    ) -> dict[str, Any]:
        """Store a new theme. StoreConflict on a taken name or short URL;
        OverflowError over ``max_themes``."""
        with self.transaction():
            if max_themes is not None:
                count = self._conn.execute(
                    "SELECT COUNT(*) FROM themes WHERE application_id = ?", (application_id,)
                ).fetchone()[0]
                if count >= max_themes:
                    raise OverflowError("themes")
            self._check_theme_unique(application_id, None, doc)
            self._conn.execute(
                "INSERT INTO themes (theme_id, application_id, theme_name, short_company_url,"
                " doc, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    doc["theme_id"],
                    application_id,
                    doc["theme_name"],
                    doc.get("short_company_url"),
                    dumps(doc),
                    format_time(utc_now()),
                ),
            )
        return doc

    def update_theme(
        self, application_id: str, theme_id: str, changes: dict[str, Any]
    ) -> dict[str, Any] | None:
        """Apply changes; None if there is no such theme; StoreConflict as insert."""
        with self.transaction():
            row = self._theme_row(application_id, theme_id)
            if row is None:
                return None
            doc = dict(json.loads(row["doc"]))
            doc.update(changes)
            self._check_theme_unique(application_id, theme_id, doc)
            self._conn.execute(
                "UPDATE themes SET theme_name = ?, short_company_url = ?, doc = ?"
                " WHERE theme_id = ?",
                (doc["theme_name"], doc.get("short_company_url"), dumps(doc), theme_id),
            )
        return doc

    def theme_usage(self, theme_id: str) -> tuple[int, bool]:
        """(number of rooms using the theme, whether it is an application default)."""
        rooms = self._conn.execute(
            "SELECT COUNT(*) FROM rooms WHERE theme_id = ?", (theme_id,)
        ).fetchone()[0]
        default = self._exists_sql(
            "SELECT 1 FROM applications WHERE default_theme_id = ?", [theme_id]
        )
        return int(rooms), default

    def delete_theme(self, application_id: str, theme_id: str, *, force: bool) -> list[str] | None:
        """Delete a theme. None if missing; a list of reasons (nothing deleted)
        when it is in use and not ``force``; else [] after deleting it and
        detaching its rooms and logos."""
        with self.transaction():
            if self._theme_row(application_id, theme_id) is None:
                return None
            rooms, default = self.theme_usage(theme_id)
            if not force and (rooms or default):
                reasons = []
                if rooms:
                    reasons.append(
                        f"Theme {theme_id} is used by {rooms} room{'s' if rooms != 1 else ''}"
                    )
                if default:
                    reasons.append(f"Theme {theme_id} is the application default theme")
                return reasons
            for row in self._conn.execute(
                f"SELECT id, doc FROM rooms WHERE theme_id = ?{self.for_update}", (theme_id,)
            ).fetchall():
                doc = json.loads(row["doc"])
                doc["theme_id"] = None
                self._conn.execute(
                    "UPDATE rooms SET theme_id = NULL, doc = ? WHERE id = ?",
                    (dumps(doc), row["id"]),
                )
            self._conn.execute(
                "UPDATE applications SET default_theme_id = NULL WHERE default_theme_id = ?",
                (theme_id,),
            )
            self._conn.execute("DELETE FROM logos WHERE theme_id = ?", (theme_id,))
            self._conn.execute("DELETE FROM themes WHERE theme_id = ?", (theme_id,))
        return []

    def _check_theme_unique(
        self, application_id: str, theme_id: str | None, doc: dict[str, Any]
    ) -> None:
        other = theme_id or ""  # theme ids are never empty: "" matches every theme
        if self._exists_sql(
            "SELECT 1 FROM themes WHERE application_id = ? AND theme_name = ? AND theme_id <> ?",
            [application_id, doc["theme_name"], other],
        ):
            raise StoreConflict("theme_name")
        url = doc.get("short_company_url")
        if url is not None and self._exists_sql(
            "SELECT 1 FROM themes WHERE lower(short_company_url) = lower(?) AND theme_id <> ?",
            [url, other],
        ):
            raise StoreConflict("short_company_url")

    def _theme_row(self, application_id: str, theme_id: str) -> Any:
        """The theme's row (locked until the commit on PostgreSQL), or None."""
        return self._conn.execute(
            f"SELECT theme_id, doc FROM themes WHERE theme_id = ? AND application_id = ?"
            f"{self.for_update}",
            (theme_id, application_id),
        ).fetchone()

    def get_theme_by_short_company_url(self, short_company_url: str) -> dict[str, Any] | None:
        """The theme with this short URL (any application), for the meeting pages."""
        row = self._conn.execute(
            "SELECT doc FROM themes WHERE lower(short_company_url) = lower(?)",
            (short_company_url,),
        ).fetchone()
        return None if row is None else dict(json.loads(row["doc"]))

    # --------------------------------------------------------------- logos

    def add_logo_uploads(self, application_id: str, uploads: list[tuple[str, str, str]]) -> None:
        """Remember issued upload forms: (key, logo_type, expires_at)."""
        with self.transaction():
            self._conn.execute(
                "DELETE FROM logo_uploads WHERE expires_at < ?", (format_time(utc_now()),)
            )
            self._conn.executemany(
                "INSERT INTO logo_uploads (key, application_id, logo_type, expires_at)"
                " VALUES (?, ?, ?, ?)",
                [(key, application_id, kind, expires) for key, kind, expires in uploads],
            )

    def store_logo_upload(self, key: str, data: bytes) -> bool:
        """Keep an uploaded file for its form's key; False if the key is unknown."""
        with self.transaction():
            cursor = self._conn.execute(
                "UPDATE logo_uploads SET data = ? WHERE key = ?", (data, key)
            )
        return int(cursor.rowcount) == 1

    def get_logo_upload(self, application_id: str, key: str) -> LogoUpload | None:
        row = self._conn.execute(
            "SELECT key, application_id, logo_type, expires_at, data FROM logo_uploads"
            " WHERE key = ? AND application_id = ?",
            (key, application_id),
        ).fetchone()
        if row is None:
            return None
        return LogoUpload(
            key=row["key"],
            application_id=row["application_id"],
            logo_type=row["logo_type"],
            expires_at=row["expires_at"],
            data=None if row["data"] is None else bytes(row["data"]),
        )

    def finalize_logos(
        self, application_id: str, theme_id: str, logos: list[tuple[str, str, str]]
    ) -> dict[str, Any] | None:
        """Make uploads permanent for a theme: (temp key, logo type, final key).

        Sets the theme's storage-key fields; URL fields are the caller's.
        None if the theme is gone; KeyError (nothing changed) for a temp key
        that is no longer there.
        """
        field_by_type = {
            "white": "brand_image_white",
            "colored": "brand_image_colored",
            "favicon": "branded_favicon",
        }
        with self.transaction():
            row = self._theme_row(application_id, theme_id)
            if row is None:
                return None
            doc = dict(json.loads(row["doc"]))
            for temp_key, kind, final_key in logos:
                old = doc.get(field_by_type[kind])
                if old:
                    self._conn.execute("DELETE FROM logos WHERE key = ?", (old,))
                moved = self._conn.execute(
                    "INSERT INTO logos (key, theme_id, logo_type, data)"
                    " SELECT ?, ?, logo_type, data FROM logo_uploads"
                    " WHERE key = ? AND data IS NOT NULL",
                    (final_key, theme_id, temp_key),
                )
                if moved.rowcount != 1:
                    raise KeyError(temp_key)  # rolls the whole call back
                self._conn.execute("DELETE FROM logo_uploads WHERE key = ?", (temp_key,))
                doc[field_by_type[kind]] = final_key
            self._conn.execute(
                "UPDATE themes SET doc = ? WHERE theme_id = ?", (dumps(doc), theme_id)
            )
        return doc

    def get_logo(self, key: str) -> bytes | None:
        row = self._conn.execute("SELECT data FROM logos WHERE key = ?", (key,)).fetchone()
        return None if row is None else bytes(row["data"])
