"""Error text for people: one sentence saying what failed and what to do next.

Every failure the window shows goes through :func:`describe`, which maps the
client's typed errors (``launcher.api.errors``) and the keyring's to a sentence
and keeps the technical part (status, server message) for a Details expander.
:func:`describe_theme_error` adds the sentences that differ for themes, and
:func:`invalid_input_text` names what is wrong with a field of the account form.
Nothing here shows a stack trace; nothing here formats a secret (the client's
error details hold no token or key, by its contract).
"""

from __future__ import annotations

from dataclasses import dataclass

from launcher.ui.i18n import errors


@dataclass(frozen=True)
class UserError:
    """What the window shows: ``summary`` (one sentence) and ``details`` (for the expander)."""

    summary: str
    details: str


def describe(error: BaseException, *, local_server: bool = False) -> UserError:
    """The sentence for ``error``; ``local_server`` when the account is "This computer"."""
    # Over 60 lines on purpose: one branch per error class, in the order they are tried,
    # reads best as one table of sentences (the same for invalid_input_text below).
    # Imported here: launcher.api is not needed to paint the first window.
    from launcher.api import errors as api

    details = _details(error)
    summary: str
    if isinstance(error, api.TlsError):
        if error.certificate_problem:
            summary = errors.tr(
                "The server's security certificate is not trusted: ask your IT contact "
                "for the server's certificate file and add it to the account."
            )
        else:
            summary = errors.tr(
                "A secure connection to the server could not be made; try again later."
            )
    elif isinstance(error, api.Timeout):
        summary = errors.tr("The server took too long to answer; try again in a moment.")
    elif isinstance(error, api.Offline | api.ConnectionProblem):
        if local_server:
            summary = errors.tr(
                "The meeting service on this computer is not answering; "
                "restart Meeting Launcher and try again."
            )
        else:
            summary = errors.tr(
                "The meeting server could not be reached; check the network connection "
                "and try again."
            )
    elif isinstance(error, api.AuthError):
        summary = errors.tr(
            "The server did not accept this account's key; check the account under "
            "Settings › Accounts."
        )
    elif isinstance(error, api.QuotaExceeded):
        summary = errors.tr(
            "The server's limit has been reached; ask the server's administrator for help."
        )
    elif isinstance(error, api.Forbidden):
        summary = errors.tr(
            "The server did not allow this; ask the server's administrator for help."
        )
    elif isinstance(error, api.NotFound):
        summary = errors.tr("This room no longer exists on the server; refresh the list of rooms.")
    elif isinstance(error, api.Conflict):
        summary = errors.tr("That name is already taken; choose another one.")
    elif isinstance(error, api.InvalidRequest):
        if error.field_errors:
            summary = errors.tr("Some details were not accepted; correct the highlighted fields.")
        else:
            summary = errors.tr(
                "The server did not accept the request; see Details for its reason."
            )
    elif isinstance(error, api.RateLimited):
        summary = errors.tr("The server is busy; wait a moment and try again.")
    elif isinstance(error, api.ServerError):
        summary = errors.tr("The server ran into a problem; try again in a moment.")
    elif isinstance(error, api.UnexpectedResponse):
        summary = errors.tr(
            "The server's answer was not understood; check the account's server address."
        )
    elif _is_keyring_error(error):
        summary = errors.tr(
            "The system keyring, where account keys are kept, could not be opened; "
            "unlock it and try again."
        )
    elif isinstance(error, OSError):
        summary = errors.tr("A file could not be read or written; check the folder and try again.")
    else:
        summary = errors.tr(
            "Something went wrong; try again, and see Details if it keeps happening."
        )
    return UserError(summary, details)


def describe_theme_error(error: BaseException, *, local_server: bool = False) -> UserError:
    """:func:`describe`, with the sentences that differ for themes."""
    from launcher.api import errors as api  # as in describe(): not for the first frame

    found = describe(error, local_server=local_server)
    if isinstance(error, api.NotFound):
        return UserError(
            errors.tr("This theme no longer exists on the server; the list has been refreshed."),
            found.details,
        )
    if isinstance(error, api.Conflict):
        if "short_company_url" in error.message:
            text = errors.tr("That short company URL is already used; choose another one.")
        else:
            text = errors.tr("A theme with that name already exists; choose another name.")
        return UserError(text, found.details)
    if isinstance(error, api.QuotaExceeded):
        return UserError(
            errors.tr("The server allows no more themes; delete one you no longer use."),
            found.details,
        )
    return found


def no_network_address() -> UserError:
    """Guests on my network was turned on, but this computer is on no network."""
    return UserError(
        errors.tr(
            "This computer has no network address right now, so its links still open only "
            "here; connect it to your network and turn the option on again."
        ),
        "",
    )


def invalid_input_text(field: str, reason: str) -> str:
    """The sentence for a :class:`launcher.core.validation.InvalidInput` (field, reason)."""
    texts = {
        ("name", "empty"): errors.tr("Enter a name for the account, such as “Front desk”."),
        ("name", "too_long"): errors.tr("Choose a shorter name."),
        ("name", "duplicate"): errors.tr(
            "Another account already has this name; choose another one."
        ),
        ("server", "url"): errors.tr(
            "Enter the server address as given by your IT contact, e.g. https://meet.example.org."
        ),
        ("server", "insecure"): errors.tr(
            "The address must start with https:// so that the key travels safely."
        ),
        ("meeting_origin", "url"): errors.tr(
            "Enter the meeting links address as https://host, or leave it empty."
        ),
        ("application_id", "not_uuid"): errors.tr(
            "The application ID looks like 12345678-abcd-… (36 characters); check it."
        ),
        ("private_key", "empty"): errors.tr("Choose, drop or paste the private key file."),
        ("private_key", "missing"): errors.tr("That key file no longer exists; choose it again."),
        ("private_key", "unreadable"): errors.tr(
            "That key file could not be read; choose another."
        ),
        ("private_key", "not_pem"): errors.tr(
            "This is not a private key file (it should start with -----BEGIN)."
        ),
        ("private_key", "not_rsa"): errors.tr(
            "This key is not an RSA key; the server needs an RSA key."
        ),
        ("private_key", "encrypted"): errors.tr(
            "This key is protected: enter its passphrase below."
        ),
        ("private_key", "bad_passphrase"): errors.tr("The passphrase is not right; try again."),
        ("private_key", "not_encrypted"): errors.tr(
            "This key has no passphrase; leave that field empty."
        ),
        ("ca_file", "missing"): errors.tr(
            "That certificate file no longer exists; choose it again."
        ),
        ("ca_file", "unreadable"): errors.tr("That certificate file could not be read."),
        ("ca_file", "not_pem"): errors.tr(
            "This file holds no certificate; choose the .pem or .crt file."
        ),
        ("connection", "auth"): errors.tr(
            "The server did not accept the application ID and key; check that they belong together."
        ),
        ("connection", "not_found"): errors.tr(
            "No meeting server answers at this address; check the server address."
        ),
        ("connection", "tls"): errors.tr(
            "The server's certificate is not trusted; "
            "add the certificate file from your IT contact."
        ),
        ("connection", "unreachable"): errors.tr(
            "The server cannot be reached; check the address and the network connection."
        ),
        ("connection", "timeout"): errors.tr("The server did not answer in time; try again."),
        ("connection", "server"): errors.tr("The server answered with an error; see Details."),
    }
    return texts.get((field, reason), errors.tr("This value is not accepted."))


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
