"""Accounts: the list (``list.AccountDialog``) and the form to add or edit one
(``form.AccountFormDialog``), with what both share in ``common``. Adding and editing
go through :mod:`launcher.core.account_service`, as ``meeting-launcher account add`` does."""
