"""Services under the GUI: accounts, credentials, settings, invitations. No Qt widgets."""
