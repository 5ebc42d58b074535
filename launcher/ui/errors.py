"""Error text for people: one sentence saying what failed and what to do next.

Every failure the window shows goes through :func:`describe`, which maps the
client's typed errors (``launcher.api.errors``) and the keyring's to a sentence
and keeps the technical part (status, server message) for a Details expander.
Nothing here shows a stack trace; nothing here formats a secret (the client's
error details hold no token or key, by its contract).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


@dataclass(frozen=True)
class UserError:
    """What the window shows: ``summary`` (one sentence) and ``details`` (for the expander)."""

    summary: str
    details: str


def describe(error: BaseException, *, local_server: bool = False) -> UserError:
    """The sentence for ``error``; ``local_server`` when the account is "This computer"."""
    # Imported here: launcher.api is not needed to paint the first window.
    from launcher.api import errors as api

    details = _details(error)
    summary: str
    if isinstance(error, api.TlsError):
        if error.certificate_problem:
            summary = tr(
                "The server's security certificate is not trusted: ask your IT contact "
                "for the server's certificate file and add it to the account."
            )
        else:
            summary = tr("A secure connection to the server could not be made; try again later.")
    elif isinstance(error, api.Timeout):
        summary = tr("The server took too long to answer; try again in a moment.")
    elif isinstance(error, api.Offline | api.ConnectionProblem):
        if local_server:
            summary = tr(
                "The meeting service on this computer is not answering; "
                "restart Meeting Launcher and try again."
            )
        else:
            summary = tr(
                "The meeting server could not be reached; check the network connection "
                "and try again."
            )
    elif isinstance(error, api.AuthError):
        summary = tr(
            "The server did not accept this account's key; check the account under "
            "Settings › Accounts."
        )
    elif isinstance(error, api.QuotaExceeded):
        summary = tr(
            "The server's limit has been reached; ask the server's administrator for help."
        )
    elif isinstance(error, api.Forbidden):
        summary = tr("The server did not allow this; ask the server's administrator for help.")
    elif isinstance(error, api.NotFound):
        summary = tr("This room no longer exists on the server; refresh the list of rooms.")
    elif isinstance(error, api.Conflict):
        summary = tr("That name is already taken; choose another one.")
    elif isinstance(error, api.InvalidRequest):
        if error.field_errors:
            summary = tr("Some details were not accepted; correct the highlighted fields.")
        else:
            summary = tr("The server did not accept the request; see Details for its reason.")
    elif isinstance(error, api.RateLimited):
        summary = tr("The server is busy; wait a moment and try again.")
    elif isinstance(error, api.ServerError):
        summary = tr("The server ran into a problem; try again in a moment.")
    elif isinstance(error, api.UnexpectedResponse):
        summary = tr("The server's answer was not understood; check the account's server address.")
    elif _is_keyring_error(error):
        summary = tr(
            "The system keyring, where account keys are kept, could not be opened; "
            "unlock it and try again."
        )
    elif isinstance(error, OSError):
        summary = tr("A file could not be read or written; check the folder and try again.")
    else:
        summary = tr("Something went wrong; try again, and see Details if it keeps happening.")
    return UserError(summary, details)


def _is_keyring_error(error: BaseException) -> bool:
    # By name, so that this module does not import keyring (slow) to map one error.
    names = {cls.__name__ for cls in type(error).__mro__}
    return bool(names & {"KeyringUnavailable", "KeyringError", "KeyringLocked", "NoKeyringError"})


def _details(error: BaseException) -> str:
    from launcher.api import errors as api

    if isinstance(error, api.ApiError):
        return error.details
    text = str(error).strip()
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
