"""QtWebEngine profile, page and meeting window."""
