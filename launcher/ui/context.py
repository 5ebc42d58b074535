"""What every window part shares: the task runner, the accounts, API clients, preferences.

The accounts source is :class:`launcher.core.accounts.AccountStore` in the app and
may be any object with the same four methods in tests. Creating a client reads
the keyring, so it happens inside background work, never on the GUI thread; one
client per account is kept (keep-alive connections, one JWT) until ``close()``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QObject

from launcher.tasks import CancelToken, Task, TaskRunner
from launcher.ui.preferences import Preferences

if TYPE_CHECKING:
    from launcher.api import MeetingsClient

T = TypeVar("T")


class AccountLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def meeting_origin(self) -> str: ...
    @property
    def is_local(self) -> bool: ...
    @property
    def ca_file(self) -> str | None: ...


class AccountSource(Protocol):
    def accounts(self) -> list[Any]: ...
    def default(self) -> Any | None: ...
    def get(self, name: str) -> Any: ...
    def client_for(self, account: Any) -> MeetingsClient: ...


class DeferredAccounts:
    """An account source whose real store is created later, off the GUI thread.

    Importing the account store pulls in the keyring library (tens of
    milliseconds), so the app builds the window first and calls :meth:`load`
    from background work; until then there are no accounts.
    """

    def __init__(self, factory: Callable[[], AccountSource]) -> None:
        self._factory = factory
        self._store: AccountSource | None = None
        self._lock = threading.Lock()

    def load(self) -> AccountSource:
        with self._lock:
            if self._store is None:
                self._store = self._factory()
            return self._store

    @property
    def store(self) -> AccountSource | None:
        return self._store

    def accounts(self) -> list[Any]:
        return [] if self._store is None else self._store.accounts()

    def default(self) -> Any | None:
        return None if self._store is None else self._store.default()

    def get(self, name: str) -> Any:
        return self.load().get(name)

    def client_for(self, account: Any) -> MeetingsClient:
        return self.load().client_for(account)


class AppContext(QObject):
    """Shared services of one window; lives on the GUI thread."""

    def __init__(
        self,
        accounts: AccountSource,
        *,
        runner: TaskRunner | None = None,
        preferences: Preferences | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.runner = runner or TaskRunner(parent=self)
        self.preferences = preferences or Preferences()
        self._clients: dict[str, MeetingsClient] = {}
        self._lock = threading.Lock()
        self._account_name: str | None = None
        # What the settings file said when last read: the GUI thread reads this copy,
        # never the file (background work refreshes it, see read_accounts).
        self._accounts: list[Any] = []
        self._default_name: str | None = None

    # -- the account the window works on -------------------------------------------------

    def read_accounts(self) -> tuple[list[Any], str | None]:
        """The accounts and the default's name from the store. Blocking: background only."""
        default = self.accounts.default()
        return self.accounts.accounts(), (default.name if default is not None else None)

    def set_accounts(self, snapshot: tuple[list[Any], str | None]) -> None:
        """Take a :meth:`read_accounts` result (on the GUI thread)."""
        self._accounts, self._default_name = list(snapshot[0]), snapshot[1]
        if self._account_name is None:
            self._account_name = self.preferences.selected_account()

    def account_list(self) -> list[Any]:
        return list(self._accounts)

    def account(self) -> Any | None:
        """The chosen account, else the default one, else None (first run in progress)."""
        for wanted in (self._account_name, self._default_name):
            for account in self._accounts:
                if account.name == wanted:
                    return account
        return self._accounts[0] if self._accounts else None

    def set_account(self, name: str) -> None:
        self._account_name = name
        self.preferences.set_selected_account(name)

    def store(self) -> Any | None:
        """The real account store (None while it is still being loaded at start-up)."""
        accounts: Any = self.accounts
        return accounts.store if isinstance(accounts, DeferredAccounts) else accounts

    # -- background work -----------------------------------------------------------------

    def client(self, account: Any) -> MeetingsClient:
        """The account's client; blocking (keyring), call it from background work only."""
        with self._lock:
            client = self._clients.get(account.name)
        if client is not None:
            return client
        created = self.accounts.client_for(account)
        with self._lock:
            client = self._clients.setdefault(account.name, created)
        if client is not created:
            created.close()
        return client

    def forget_client(self, account_name: str) -> None:
        """Drop a cached client (after the account was edited or removed)."""
        with self._lock:
            client = self._clients.pop(account_name, None)
        if client is not None:
            client.close()

    def call(
        self,
        work: Callable[[MeetingsClient, CancelToken], T],
        *,
        on_done: Callable[[T], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        on_settled: Callable[[], object] | None = None,
        owner: QObject | None = None,
        key: str | None = None,
        account: Any | None = None,
    ) -> Task:
        """Run ``work(client, token)`` for ``account`` (default: the current one) off the GUI."""
        target = account if account is not None else self.account()

        def run(token: CancelToken) -> T:
            if target is None:
                raise LookupError("no account is set up yet")
            client = self.client(target)
            token.raise_if_cancelled()
            return work(client, token)

        return self.runner.submit(
            run, on_done=on_done, on_error=on_error, on_settled=on_settled, owner=owner, key=key
        )

    def close(self) -> None:
        """Cancel pending work and close every client."""
        self.runner.cancel_all()
        with self._lock:
            clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            client.close()
