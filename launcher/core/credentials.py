"""Account secrets in the OS keyring: the only module that imports ``keyring``.

Interface::

    from launcher.core.credentials import CredentialStore, KeyringUnavailable
    creds = CredentialStore()                 # the OS keyring (Secret Service, Keychain, ...)
    creds.save(account_key, application_id, private_key_pem)
    creds.load(account_key) -> (application_id, private_key_pem)   # SecretNotFound if absent
    creds.delete(account_key)                 # removes every item, chunks included
    creds.use_session_only()                  # the user chose "use for this session only"

Every call blocks (D-Bus, Keychain): call it off the GUI thread. Every keyring
failure (no backend, locked collection, D-Bus trouble, the ``fail`` backend)
becomes :class:`KeyringUnavailable` with ``kind`` ``"locked"``, ``"missing"``
or ``"error"`` and a plain-language English ``message`` (the UI shows its own
translated sentence per kind). There is no plaintext fallback: the only
alternative to the keyring is :meth:`CredentialStore.use_session_only`, an
in-memory store the user chooses explicitly and that is gone when the process ends.

Layout in the keyring: service ``meeting-launcher``; usernames
``<account key>/application-id`` and ``<account key>/private-key``, where the
account key is an opaque uuid (never the display name). Windows Credential
Manager refuses blobs over 2560 bytes (UTF-16: about 1280 characters), so a
value longer than :data:`CHUNK_SIZE` characters is stored as chunks
``<username>#0``, ``<username>#1``... under a manifest at ``<username>``
(``meeting-launcher-chunks:v1:{"chunks": N, "sha256": ...}``); reading checks
the digest, so a half-written value is reported missing rather than returned
damaged.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import suppress
from typing import Literal, TypeVar

import keyring
import keyring.backend
import keyring.core
import keyring.errors

from launcher import redaction

__all__ = [
    "CHUNK_SIZE",
    "SERVICE",
    "CredentialStore",
    "KeyringUnavailable",
    "SecretNotFound",
]

log = logging.getLogger(__name__)

SERVICE = "meeting-launcher"
#: Longest value stored as one item; a 4096-bit key PEM (~3.2 KB) is split.
CHUNK_SIZE = 1000
_MANIFEST_PREFIX = "meeting-launcher-chunks:v1:"
# Chunks of one value never exceed this: 1000 chars * 64 = a 64 KB value.
_MAX_CHUNKS = 64

KeyringKind = Literal["locked", "missing", "error"]

_MESSAGES: dict[KeyringKind, str] = {
    "locked": "The password store (keyring) of this computer is locked. Unlock it and try again.",
    "missing": "This computer has no password store (keyring) the launcher can use "
    "to keep the account's key safe.",
    "error": "The password store (keyring) of this computer could not be used.",
}

T = TypeVar("T")


class KeyringUnavailable(Exception):
    """The OS keyring cannot be used right now.

    ``kind``: ``"locked"`` (unlocking was refused or failed), ``"missing"`` (no
    usable backend) or ``"error"`` (anything else). ``message`` is one plain
    English sentence; ``detail`` names the underlying error type and text (safe:
    keyring errors never carry the secret).
    """

    def __init__(self, kind: KeyringKind, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.kind: KeyringKind = kind
        self.message = message
        self.detail = detail


class SecretNotFound(KeyError):
    """The keyring holds no (complete) secret for this account."""


def _names(account_key: str) -> tuple[str, str]:
    return f"{account_key}/application-id", f"{account_key}/private-key"


def _classify(exc: BaseException) -> KeyringUnavailable:
    detail = f"{type(exc).__name__}: {exc}"
    kind: KeyringKind
    if isinstance(exc, keyring.errors.KeyringLocked):
        kind = "locked"
    elif isinstance(exc, keyring.errors.NoKeyringError | keyring.errors.InitError):
        kind = "missing"
    else:
        # secretstorage.LockedException, SecretServiceNotAvailableException and
        # jeepney's DBusErrorResponse arrive here unless keyring wrapped them.
        name = type(exc).__name__
        if "Locked" in name:
            kind = "locked"
        elif "NotAvailable" in name:
            kind = "missing"
        else:
            kind = "error"
    return KeyringUnavailable(kind, _MESSAGES[kind], detail)


_discovery_lock = threading.Lock()
_discovery_done = False


def _system_keyring() -> keyring.backend.KeyringBackend:
    """``keyring.get_keyring()``, sparing Linux keyring's full backend discovery.

    That discovery loads every backend through entry points; the macOS one runs
    ``ctypes.util.find_library`` (ldconfig in a subprocess) even on Linux: about
    100 ms of CPU, holding the GIL, before the first rooms list. When nothing has
    chosen a backend (no ``keyring.set_keyring``, no PYTHON_KEYRING_BACKEND, no
    keyringrc.cfg) and the Secret Service answers, it is what discovery picks
    among the backends the app installs (kwallet and libsecret need dbus-python
    and gi, which it does not ship), so it is set directly. Otherwise, or on
    other systems, keyring decides as usual.
    """
    global _discovery_done
    if not _discovery_done:
        with _discovery_lock:
            if not _discovery_done:
                _discovery_done = True
                _select_secret_service()
    return keyring.get_keyring()


def _select_secret_service() -> None:
    # keyring keeps its choice in a private global; None means "not chosen yet".
    if not sys.platform.startswith("linux") or keyring.core._keyring_backend is not None:
        return
    if keyring.core.load_env() is not None or keyring.core.load_config() is not None:
        return
    try:
        from keyring.backends import SecretService

        if SecretService.Keyring.priority > 0:  # raises when unusable
            keyring.set_keyring(SecretService.Keyring())  # type: ignore[no-untyped-call]
    except Exception as exc:  # keyring.get_keyring() below reports the trouble properly
        log.debug("Secret Service not selected directly: %s", exc)


class _MemoryBackend:
    """Secrets for this process only: what "use for this session only" means."""

    def __init__(self) -> None:
        self._values: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self._values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            self._values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            if self._values.pop((service, username), None) is None:
                raise keyring.errors.PasswordDeleteError("not found")


class CredentialStore:
    """Reads and writes account secrets; see the module docstring for the layout.

    ``backend`` defaults to ``keyring.get_keyring()`` looked up at each call (so
    ``keyring.set_keyring`` takes effect; on Linux the Secret Service is chosen
    without keyring's slow discovery, see :func:`_system_keyring`). Thread-safe.
    """

    def __init__(
        self,
        session_only: bool = False,
        *,
        service: str = SERVICE,
        backend: keyring.backend.KeyringBackend | None = None,
    ) -> None:
        self.service = service
        self._backend = backend
        self._memory: _MemoryBackend | None = _MemoryBackend() if session_only else None
        self._lock = threading.RLock()

    @property
    def session_only(self) -> bool:
        """True once secrets are kept in memory only (lost when the app quits)."""
        return self._memory is not None

    def use_session_only(self) -> None:
        """Keep secrets in this process's memory from now on; never on disk."""
        with self._lock:
            if self._memory is None:
                log.warning("keyring unavailable: secrets kept for this session only")
                self._memory = _MemoryBackend()

    # -- public operations -------------------------------------------------------------

    def save(self, account_key: str, application_id: str, private_key_pem: str) -> None:
        """Store both secrets; on failure, nothing partial is left behind."""
        for value in (application_id, private_key_pem):
            if len(value) > CHUNK_SIZE * _MAX_CHUNKS:
                raise ValueError("secret too large for the keyring")
            redaction.register_secret(value)
        id_name, key_name = _names(account_key)
        with self._lock:
            try:
                self._guard(lambda: self._put(id_name, application_id))
                self._guard(lambda: self._put(key_name, private_key_pem))
            except KeyringUnavailable:
                self._delete_quietly(account_key)
                raise

    def load(self, account_key: str) -> tuple[str, str]:
        """``(application_id, private_key_pem)``; :class:`SecretNotFound` if incomplete."""
        id_name, key_name = _names(account_key)
        with self._lock:
            application_id = self._guard(lambda: self._get(id_name))
            private_key_pem = self._guard(lambda: self._get(key_name))
        if application_id is None or private_key_pem is None:
            raise SecretNotFound(account_key)
        redaction.register_secret(application_id)
        redaction.register_secret(private_key_pem)
        return application_id, private_key_pem

    def delete(self, account_key: str) -> None:
        """Remove every item of the account (chunks too); absent items are fine."""
        with self._lock:
            for name in _names(account_key):
                self._guard(functools.partial(self._remove, name))

    def check(self) -> None:
        """Raise :class:`KeyringUnavailable` unless the keyring can be read now."""
        self._guard(lambda: self._backend_now().get_password(self.service, "probe"))

    # -- internals -----------------------------------------------------------------------

    def _backend_now(self) -> keyring.backend.KeyringBackend | _MemoryBackend:
        if self._memory is not None:
            return self._memory
        return self._backend if self._backend is not None else _system_keyring()

    def _guard(self, fn: Callable[[], T]) -> T:
        try:
            return fn()
        except (KeyringUnavailable, SecretNotFound):
            raise
        except Exception as exc:
            error = _classify(exc)
            log.warning("keyring unavailable (%s): %s", error.kind, error.detail)
            raise error from exc

    def _put(self, username: str, value: str) -> None:
        backend = self._backend_now()
        # A shorter value replacing a chunked one must not leave old chunks behind.
        self._remove(username)
        if len(value) <= CHUNK_SIZE:
            backend.set_password(self.service, username, value)
            return
        chunks = [value[i : i + CHUNK_SIZE] for i in range(0, len(value), CHUNK_SIZE)]
        for index, chunk in enumerate(chunks):
            backend.set_password(self.service, f"{username}#{index}", chunk)
        manifest = {"chunks": len(chunks), "sha256": _digest(value)}
        # The manifest goes last: a reader never sees a manifest without its chunks.
        backend.set_password(self.service, username, _MANIFEST_PREFIX + json.dumps(manifest))

    def _get(self, username: str) -> str | None:
        backend = self._backend_now()
        stored = backend.get_password(self.service, username)
        if stored is None or not stored.startswith(_MANIFEST_PREFIX):
            return stored
        manifest = _parse_manifest(stored)
        if manifest is None:
            return None
        count, digest = manifest
        parts = []
        for index in range(count):
            chunk = backend.get_password(self.service, f"{username}#{index}")
            if chunk is None:
                return None
            parts.append(chunk)
        value = "".join(parts)
        return value if _digest(value) == digest else None

    def _remove(self, username: str) -> None:
        backend = self._backend_now()
        stored = backend.get_password(self.service, username)
        if stored is None:
            return
        count = _MAX_CHUNKS
        if stored.startswith(_MANIFEST_PREFIX):
            manifest = _parse_manifest(stored)
            count = manifest[0] if manifest else _MAX_CHUNKS
            # The manifest goes first, so a half-finished removal reads as absent.
            _delete_item(backend, self.service, username)
            for name in _chunk_names(username, count):
                _delete_item(backend, self.service, name)
        else:
            _delete_item(backend, self.service, username)

    def _delete_quietly(self, account_key: str) -> None:
        with suppress(KeyringUnavailable):
            self.delete(account_key)


def _chunk_names(username: str, count: int) -> Iterator[str]:
    for index in range(count):
        yield f"{username}#{index}"


def _delete_item(
    backend: keyring.backend.KeyringBackend | _MemoryBackend, service: str, username: str
) -> None:
    with suppress(keyring.errors.PasswordDeleteError):  # already gone is fine
        backend.delete_password(service, username)


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def _parse_manifest(stored: str) -> tuple[int, str] | None:
    try:
        manifest = json.loads(stored[len(_MANIFEST_PREFIX) :])
        count = int(manifest["chunks"])
        digest = str(manifest["sha256"])
    except (ValueError, KeyError, TypeError):
        return None
    if not 0 < count <= _MAX_CHUNKS:
        return None
    return count, digest
