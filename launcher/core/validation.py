"""Checks for what a person types into the account form or ``account add``.

Each check returns the cleaned value or raises :class:`InvalidInput`, which
names the ``field`` it is about, a machine-readable ``reason`` (the UI maps it
to a translated sentence) and a one-line English ``message`` (the command line
prints it). ``detail`` is extra text for a Details expander. None of them ever
holds the key or the application id.

``check_connection`` is the live check (one ``GET /rooms?page_size=1``); it
blocks, so the UI runs it through ``TaskRunner``.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from launcher.server.tls import is_loopback_host

__all__ = [
    "Field",
    "InvalidInput",
    "check_connection",
    "is_encrypted_key",
    "load_private_key",
    "normalize_origin",
    "normalize_server_url",
    "validate_application_id",
    "validate_ca_file",
    "validate_name",
]

Field = Literal[
    "name", "server", "application_id", "private_key", "ca_file", "meeting_origin", "connection"
]

API_PATH = "/v1/meetings"
MAX_NAME_LENGTH = 80
# Larger files are not keys; refusing early keeps a wrong pick from filling memory.
MAX_KEY_FILE_BYTES = 64 * 1024


class InvalidInput(ValueError):
    """A value was refused; see the module docstring."""

    def __init__(self, field: Field, reason: str, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.field: Field = field
        self.reason = reason
        self.message = message
        self.detail = detail


def validate_name(name: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A trimmed, non-empty display name not already in ``taken``."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput("name", "empty", "the account needs a name")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise InvalidInput("name", "too_long", f"the name is longer than {MAX_NAME_LENGTH} chars")
    if cleaned.casefold() in {t.casefold() for t in taken}:
        raise InvalidInput("name", "duplicate", f"an account named {cleaned!r} already exists")
    return cleaned


def normalize_origin(url: str, field: Field = "server") -> str:
    """``scheme://host[:port]`` from a URL; refuses anything else with ``reason`` ``url``."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port  # raises ValueError for a bad port
    except ValueError as exc:
        raise InvalidInput(field, "url", f"{text!r} is not a valid web address") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidInput(
            field, "url", f"{text!r} is not a web address (expected https://host[:port])"
        )
    if parts.username or parts.password:
        raise InvalidInput(field, "url", "the address must not contain a user name or password")
    if parts.query or parts.fragment:
        raise InvalidInput(field, "url", "the address must not contain ? or # parts")
    host = parts.hostname
    if ":" in host:
        host = f"[{host}]"
    return f"{parts.scheme}://{host}" + (f":{port}" if port is not None else "")


def normalize_server_url(url: str) -> str:
    """The meeting API origin (plus any path prefix), without ``/v1/meetings`` or ``/``.

    Plain ``http`` is refused except for this computer (loopback): the bearer token
    would otherwise cross the network readable by anyone on it.
    """
    text = url.strip()
    origin = normalize_origin(text)
    path = urlsplit(text).path.rstrip("/")
    if path.endswith(API_PATH):
        path = path[: -len(API_PATH)]
    host = urlsplit(origin).hostname or ""
    if origin.startswith("http://") and not is_loopback_host(host):
        raise InvalidInput(
            "server",
            "insecure",
            "use an https:// address: plain http is only allowed for this computer",
        )
    return origin + path


def validate_application_id(text: str) -> str:
    """The application id in canonical lower-case UUID form."""
    cleaned = text.strip()
    try:
        return str(uuid.UUID(cleaned))
    except ValueError as exc:
        raise InvalidInput(
            "application_id", "not_uuid", "the application id must be a UUID"
        ) from exc


def read_key_file(path: str | Path) -> bytes:
    """The bytes of a private key file, with one-line reasons for unreadable files."""
    file = Path(path).expanduser()
    try:
        if file.stat().st_size > MAX_KEY_FILE_BYTES:
            raise InvalidInput("private_key", "not_pem", f"{file} is too large to be a key")
        return file.read_bytes()
    except FileNotFoundError as exc:
        raise InvalidInput("private_key", "missing", f"no such file: {file}") from exc
    except IsADirectoryError as exc:
        raise InvalidInput("private_key", "unreadable", f"{file} is a folder") from exc
    except OSError as exc:
        raise InvalidInput(
            "private_key", "unreadable", f"cannot read {file}: {exc.strerror}"
        ) from exc


def is_encrypted_key(data: bytes) -> bool:
    """True when ``data`` is a PEM private key that needs a passphrase."""
    try:
        serialization.load_pem_private_key(data.strip(), password=None)
    except TypeError:
        return True
    except ValueError:
        return False
    return False


def load_private_key(data: bytes | str, passphrase: bytes | None = None) -> str:
    """An RSA private key as unencrypted PKCS#8 PEM (what goes to the keyring).

    Encrypted keys need ``passphrase`` (reason ``encrypted`` without one,
    ``bad_passphrase`` when it is wrong); the keyring then protects the key.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    raw = raw.strip()
    if b"-----BEGIN" not in raw or b"PRIVATE KEY-----" not in raw:
        raise InvalidInput(
            "private_key", "not_pem", "the private key is not a PEM file (-----BEGIN ...)"
        )
    try:
        key = serialization.load_pem_private_key(raw, password=passphrase or None)
    except TypeError as exc:
        if passphrase:
            raise InvalidInput(
                "private_key", "not_encrypted", "a passphrase was given but the key has none"
            ) from exc
        raise InvalidInput(
            "private_key", "encrypted", "the private key is protected by a passphrase"
        ) from exc
    except ValueError as exc:
        if passphrase:
            raise InvalidInput(
                "private_key", "bad_passphrase", "the passphrase for the private key is wrong"
            ) from exc
        raise InvalidInput(
            "private_key", "not_pem", "the private key could not be read (damaged PEM)"
        ) from exc
    except Exception as exc:  # e.g. an unsupported cipher in an old-style PEM
        raise InvalidInput(
            "private_key", "not_pem", "the private key could not be read", type(exc).__name__
        ) from exc
    if not isinstance(key, rsa.RSAPrivateKey):
        raise InvalidInput(
            "private_key", "not_rsa", "the private key is not an RSA key (RS256 needs one)"
        )
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return pem.decode("ascii")


def validate_ca_file(path: str | Path) -> str:
    """The absolute path of a readable PEM file holding at least one certificate."""
    file = Path(path).expanduser()
    try:
        data = file.read_bytes()
    except FileNotFoundError as exc:
        raise InvalidInput("ca_file", "missing", f"no such file: {file}") from exc
    except OSError as exc:
        raise InvalidInput("ca_file", "unreadable", f"cannot read {file}: {exc.strerror}") from exc
    try:
        certificates = x509.load_pem_x509_certificates(data)
    except ValueError as exc:
        raise InvalidInput(
            "ca_file", "not_pem", f"{file.name} holds no PEM certificate", str(exc)
        ) from exc
    if not certificates:
        raise InvalidInput("ca_file", "not_pem", f"{file.name} holds no PEM certificate")
    return str(file.resolve())


def check_connection(
    server_url: str,
    application_id: str,
    private_key_pem: str,
    ca_file: str | None = None,
    *,
    timeout: float = 10.0,
) -> None:
    """List one room with these credentials; :class:`InvalidInput` says why it failed.

    Reasons (field ``connection``): ``auth`` (401), ``not_found`` (404: wrong URL),
    ``tls`` (certificate or handshake), ``unreachable``, ``timeout``, ``server``
    (any other answer). ``detail`` holds the client error's safe details.
    """
    from launcher.api import MeetingsClient
    from launcher.api import errors as api_errors

    def fail(reason: str, message: str, error: BaseException) -> InvalidInput:
        detail = getattr(error, "details", "") or f"{type(error).__name__}: {error}"
        return InvalidInput("connection", reason, message, detail)

    try:
        client = MeetingsClient(
            server_url + API_PATH, application_id, private_key_pem, ca_file=ca_file, timeout=timeout
        )
    except api_errors.ApiError as exc:
        if isinstance(exc, api_errors.TlsError):
            raise fail("tls", "the CA file could not be used", exc) from exc
        raise fail("auth", "the private key could not be used", exc) from exc
    try:
        client.list_rooms(page_size=1)
    except api_errors.AuthError as exc:
        raise fail(
            "auth",
            "the server refused the credentials (401): wrong private key or application id",
            exc,
        ) from exc
    except api_errors.NotFound as exc:
        raise fail(
            "not_found",
            "no Meetings API at this address (404): check the server URL",
            exc,
        ) from exc
    except api_errors.TlsError as exc:
        raise fail(
            "tls",
            "the server's certificate is not trusted: add the office CA file",
            exc,
        ) from exc
    except api_errors.Timeout as exc:
        raise fail("timeout", "the server did not answer in time", exc) from exc
    except api_errors.ConnectionProblem as exc:
        raise fail(
            "unreachable",
            "the server cannot be reached: check the address and the network",
            exc,
        ) from exc
    except api_errors.ApiError as exc:
        raise fail("server", f"the server answered with an error: {exc}", exc) from exc
    finally:
        client.close()
