"""Themes: how meetings look to guests.

    common    names, contrast notes and the context their text is translated in
    list      the account's themes with a preview of each (ThemesView, ThemesDialog)
    editor    create or edit one theme, with its images (ThemeDialog)
    apply     apply a theme to several rooms at once (ApplyThemeDialog)
    preview   the meeting page as guests will see it (ThemePreview)

Imports point down this list's last three, and all of them at ``common``.
"""
