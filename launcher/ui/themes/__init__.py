"""Themes: how meetings look to guests.

    common    names, contrast notes and the context their text is translated in
    list      the account's themes with a preview of each (ThemesView, ThemesDialog)
    row       one theme in that list: swatch, name, default badge, rooms (ThemeRow)
    editor    create or edit one theme, with its images (ThemeDialog)
    images    the editor's image rows: thumbnail, rule, the rules a file fails (ImageField)
    apply     apply a theme to several rooms at once (ApplyThemeDialog)
    preview   the meeting page as guests will see it (ThemePreview)

Imports point down this list (list at row, editor, apply and preview; editor at
images and preview), and all of them at ``common``.
"""
