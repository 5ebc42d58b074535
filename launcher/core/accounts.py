"""Accounts: which Meetings servers the launcher talks to, and with which credentials.

Interface::

    from launcher.core.accounts import Account, AccountStore
    store = AccountStore(config_dir=None, data_dir=None, credentials=None)
    store.accounts() -> list[Account]          # settings order
    store.default() -> Account | None
    store.get(name) -> Account                 # AccountNotFound (a KeyError) if absent
    store.add(account, application_id, private_key_pem, *, make_default=False) -> Account
    store.update(name, account, *, application_id=None, private_key_pem=None) -> Account
    store.remove(name); store.set_default(name)
    store.secrets(account) -> (application_id, private_key_pem)   # keyring: blocking
    store.client_for(account) -> MeetingsClient                   # keyring: blocking

``config_dir``/``data_dir`` default to platformdirs' ``user_config_dir`` /
``user_data_dir("meeting-launcher")``. The settings file in ``config_dir``
holds only the non-secret fields of :class:`Account`; the application id and
private key go to the keyring (:class:`~launcher.core.credentials.CredentialStore`)
under the account's opaque ``key``. The first account added becomes the default.

Methods touching the keyring block and may raise
:class:`~launcher.core.credentials.KeyringUnavailable`: call them off the GUI
thread (``TaskRunner``). While the credential store is session-only, added
accounts are kept in memory and never written to the settings file (their
secrets would be gone at the next start).
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from launcher.core.credentials import CredentialStore, KeyringUnavailable, SecretNotFound
from launcher.core.settings import SettingsFile, default_config_dir, default_data_dir

if TYPE_CHECKING:
    from launcher.api import MeetingsClient

__all__ = [
    "API_PATH",
    "LOCAL_ACCOUNT_NAME",
    "Account",
    "AccountExists",
    "AccountNotFound",
    "AccountStore",
    "KeyringUnavailable",
    "SecretNotFound",
]

log = logging.getLogger(__name__)

API_PATH = "/v1/meetings"
#: The stored name of the first-run account; the UI shows its own translation.
LOCAL_ACCOUNT_NAME = "This computer"


class AccountNotFound(KeyError):
    """No account has this name."""


class AccountExists(ValueError):
    """Another account already has this name."""


@dataclass(frozen=True)
class Account:
    """One server the launcher can create meetings on (no secrets in here).

    ``server_url`` is the meeting API origin (``https://meet.office.lan:8443``);
    ``meeting_origin`` is where guests open meeting links: left empty it is the
    ``server_url``'s origin. ``key`` is an opaque uuid naming the keyring items.
    ``is_local`` marks the "This computer" account served by the built-in server.
    """

    name: str
    server_url: str
    ca_file: str | None = None
    meeting_origin: str = ""
    is_local: bool = False
    key: str = field(default_factory=lambda: str(uuid.uuid4()))

    def __post_init__(self) -> None:
        server_url = self.server_url.rstrip("/")
        object.__setattr__(self, "server_url", server_url)
        if not self.meeting_origin:
            object.__setattr__(self, "meeting_origin", _origin_of(server_url))
        else:
            object.__setattr__(self, "meeting_origin", self.meeting_origin.rstrip("/"))

    @property
    def api_url(self) -> str:
        """The API base: ``server_url + "/v1/meetings"``."""
        return self.server_url + API_PATH

    @property
    def has_meeting_origin_override(self) -> bool:
        return self.meeting_origin != _origin_of(self.server_url)

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "server_url": self.server_url,
            "ca_file": self.ca_file,
            # Stored only when overridden, so a moved server keeps deriving it.
            "meeting_origin": self.meeting_origin if self.has_meeting_origin_override else None,
            "is_local": self.is_local,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Account:
        return cls(
            name=str(data["name"]),
            server_url=str(data["server_url"]),
            ca_file=data.get("ca_file") or None,
            meeting_origin=data.get("meeting_origin") or "",
            is_local=bool(data.get("is_local", False)),
            key=str(data["key"]),
        )


def _origin_of(url: str) -> str:
    scheme, _, rest = url.partition("://")
    return f"{scheme}://{rest.split('/', 1)[0]}"


class AccountStore:
    """Accounts in the settings file, their secrets in the keyring. Thread-safe."""

    def __init__(
        self,
        config_dir: Path | None = None,
        data_dir: Path | None = None,
        credentials: CredentialStore | None = None,
    ) -> None:
        self.config_dir = config_dir if config_dir is not None else default_config_dir()
        self.data_dir = data_dir if data_dir is not None else default_data_dir()
        self.credentials = credentials if credentials is not None else CredentialStore()
        self.settings = SettingsFile(self.config_dir)
        self._lock = threading.RLock()
        # Accounts added while the keyring was unavailable: this process only.
        self._session_accounts: list[Account] = []
        self._session_default: str | None = None

    # -- reading -------------------------------------------------------------------------

    def accounts(self) -> list[Account]:
        with self._lock:
            data = self.settings.load()
            stored = [Account.from_json(item) for item in data["accounts"] if _valid(item)]
            return stored + list(self._session_accounts)

    def default(self) -> Account | None:
        with self._lock:
            accounts = self.accounts()
            wanted = self._session_default or self.settings.load().get("default_account")
            for account in accounts:
                if account.key == wanted:
                    return account
            return accounts[0] if accounts else None

    def get(self, name: str) -> Account:
        for account in self.accounts():
            if account.name.casefold() == name.strip().casefold():
                return account
        raise AccountNotFound(name)

    def names(self) -> set[str]:
        return {account.name for account in self.accounts()}

    def local_account(self) -> Account | None:
        return next((a for a in self.accounts() if a.is_local), None)

    # -- changing ------------------------------------------------------------------------

    def add(
        self,
        account: Account,
        application_id: str,
        private_key_pem: str,
        *,
        make_default: bool = False,
    ) -> Account:
        """Store ``account`` and its secrets (secrets first: no account without them)."""
        with self._lock:
            existing = self.accounts()
            if any(a.name.casefold() == account.name.casefold() for a in existing):
                raise AccountExists(account.name)
            self.credentials.save(account.key, application_id, private_key_pem)
            if self.credentials.session_only:
                self._session_accounts.append(account)
                if make_default or not existing:
                    self._session_default = account.key
                return account
            try:
                data = self.settings.load()
                data["accounts"].append(account.to_json())
                if make_default or not data.get("default_account") or not existing:
                    data["default_account"] = account.key
                self.settings.save(data)
            except BaseException:
                self._forget_secrets(account.key)
                raise
            log.info("account added: %s (%s)", account.name, account.server_url)
            return account

    def update(
        self,
        name: str,
        account: Account,
        *,
        application_id: str | None = None,
        private_key_pem: str | None = None,
    ) -> Account:
        """Replace the account called ``name`` (it keeps its key); new secrets if given.

        Both secrets must be given together, or neither.
        """
        if (application_id is None) != (private_key_pem is None):
            raise ValueError("give both the application id and the private key, or neither")
        with self._lock:
            old = self.get(name)
            updated = dataclasses.replace(account, key=old.key)
            if updated.name.casefold() != old.name.casefold() and any(
                a.name.casefold() == updated.name.casefold() for a in self.accounts()
            ):
                raise AccountExists(updated.name)
            if application_id is not None and private_key_pem is not None:
                self.credentials.save(old.key, application_id, private_key_pem)
            if old in self._session_accounts:
                self._session_accounts[self._session_accounts.index(old)] = updated
                return updated
            data = self.settings.load()
            data["accounts"] = [
                updated.to_json() if item.get("key") == old.key else item
                for item in data["accounts"]
            ]
            self.settings.save(data)
            return updated

    def remove(self, name: str) -> Account:
        """Remove the account and every keyring item of it."""
        with self._lock:
            account = self.get(name)
            self.credentials.delete(account.key)
            if account in self._session_accounts:
                self._session_accounts.remove(account)
                if self._session_default == account.key:
                    self._session_default = None
                return account
            data = self.settings.load()
            data["accounts"] = [a for a in data["accounts"] if a.get("key") != account.key]
            if data.get("default_account") == account.key:
                remaining = [a for a in data["accounts"] if _valid(a)]
                data["default_account"] = remaining[0]["key"] if remaining else None
            self.settings.save(data)
            log.info("account removed: %s", account.name)
            return account

    def set_default(self, name: str) -> Account:
        with self._lock:
            account = self.get(name)
            if account in self._session_accounts:
                self._session_default = account.key
                return account
            self._session_default = None
            data = self.settings.load()
            data["default_account"] = account.key
            self.settings.save(data)
            return account

    # -- secrets -------------------------------------------------------------------------

    def secrets(self, account: Account) -> tuple[str, str]:
        """``(application_id, private_key_pem)`` from the keyring. Blocking."""
        return self.credentials.load(account.key)

    def client_for(self, account: Account, *, timeout: float = 10.0) -> MeetingsClient:
        """A client for ``account`` (secrets read from the keyring). Blocking."""
        from launcher.api import MeetingsClient

        application_id, private_key_pem = self.secrets(account)
        return MeetingsClient(
            account.api_url,
            application_id,
            private_key_pem,
            ca_file=account.ca_file,
            timeout=timeout,
        )

    def _forget_secrets(self, key: str) -> None:
        try:
            self.credentials.delete(key)
        except KeyringUnavailable:
            log.warning("could not remove the keyring items of a failed add")


def _valid(item: object) -> bool:
    return isinstance(item, dict) and all(
        isinstance(item.get(k), str) for k in ("key", "name", "server_url")
    )
