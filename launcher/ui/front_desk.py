"""The front desk: "a visitor is waiting" for every account, with no meeting window open.

:class:`WaitingWatcher` reads each account's host event stream
(:mod:`launcher.api.events`) on a thread of its own: the stream is one long blocking
read, which would hold a worker of the shared pool for ever. What it hears comes to
the GUI thread through a queued signal. :class:`FrontDesk` tells the user: a desktop
notification ("Admit", "Open meeting"), the tray's count and menu, the rooms list.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from launcher.ui import sharing
from launcher.ui.notifications import Notifier

log = logging.getLogger(__name__)

# How often the watcher compares the accounts it follows with the window's.
ACCOUNT_CHECK_MS = 5000


@dataclass(frozen=True)
class Waiting:
    """A visitor waiting at the door of one of an account's rooms."""

    account_name: str
    visitor: Any  # launcher.api.events.Visitor

    @property
    def key(self) -> str:
        return f"{self.account_name}\n{self.visitor.room_id}\n{self.visitor.participant_id}"


class _Follow:
    """One account's stream, on its own thread."""

    def __init__(self, watcher: WaitingWatcher, account: Any) -> None:
        self.account = account
        self._watcher = watcher
        self._stream: Any = None
        self._stopped = threading.Event()
        self._lock = threading.Lock()
        self.thread = threading.Thread(
            target=self._run, name=f"host-events {account.name}", daemon=True
        )

    def _run(self) -> None:
        from launcher.api.events import HostEventStream

        name = self.account.name
        try:
            client = self._watcher.accounts.client_for(self.account)  # keyring: blocking
        except Exception as exc:
            log.info("waiting room: no client for an account (%s)", type(exc).__name__)
            return
        stream = HostEventStream(
            client, lambda visitors, knocked: self._watcher.heard.emit(name, visitors, knocked)
        )
        with self._lock:
            if self._stopped.is_set():
                client.close()
                return
            self._stream = stream
        try:
            stream.run()
        finally:
            client.close()

    def stop(self) -> None:
        with self._lock:
            self._stopped.set()
            stream = self._stream
        if stream is not None:
            stream.stop()


class WaitingWatcher(QObject):
    """Who waits at the door of each account's rooms; lives on the GUI thread."""

    # Emitted from a stream's thread; delivered queued (account, visitors, knocked).
    heard = Signal(str, object, object)
    # The waiting list changed.
    changed = Signal()
    # Somebody just knocked.
    knocked = Signal(object)  # Waiting

    def __init__(self, accounts: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self._follows: dict[str, _Follow] = {}
        self._visitors: dict[str, list[Any]] = {}
        self._told: dict[str, set[str]] = {}
        self.heard.connect(self._on_heard)

    def follow(self, accounts: list[Any]) -> None:
        """Follow exactly these accounts (by name; an edited account is followed anew)."""
        wanted = {account.name: account for account in accounts}
        for name, follow in list(self._follows.items()):
            if wanted.get(name) != follow.account:
                follow.stop()
                del self._follows[name]
                if self._visitors.pop(name, None):
                    self.changed.emit()
        for name, account in wanted.items():
            if name not in self._follows:
                follow = self._follows[name] = _Follow(self, account)
                follow.thread.start()

    def stop(self) -> None:
        for follow in self._follows.values():
            follow.stop()
        self._follows.clear()

    def waiting(self) -> list[Waiting]:
        """Everybody waiting, per account in the order they came."""
        return [Waiting(name, v) for name, visitors in self._visitors.items() for v in visitors]

    def by_room(self, account_name: str) -> dict[str, list[str]]:
        """Room id -> names of who waits there, for one account."""
        rooms: dict[str, list[str]] = {}
        for visitor in self._visitors.get(account_name, []):
            rooms.setdefault(visitor.room_id, []).append(visitor.name)
        return rooms

    def _on_heard(self, account_name: str, visitors: list[Any], _knocked: Any) -> None:
        if account_name not in self._follows:
            return  # an account no longer followed
        self._visitors[account_name] = list(visitors)
        self.changed.emit()
        # Everybody not told about yet: a knock, or those already waiting when the app
        # started (the stream's first snapshot). A reconnection tells nobody twice.
        told = self._told.setdefault(account_name, set())
        for visitor in visitors:
            if visitor.participant_id not in told:
                told.add(visitor.participant_id)
                self.knocked.emit(Waiting(account_name, visitor))


class FrontDesk(QObject):
    """Tells the user who is waiting; "Admit" and "Open meeting" act on it."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.watcher = WaitingWatcher(self.context.accounts, self)
        tray = window.tray.icon if window.tray is not None else None
        self.notifier = Notifier(self.context.runner, tray, self)
        self.watcher.knocked.connect(self._on_watcher_knocked)
        self.watcher.changed.connect(self._on_watcher_changed)
        self.notifier.action_invoked.connect(self._on_notifier_action_invoked)
        self._timer = QTimer(self)
        self._timer.setInterval(ACCOUNT_CHECK_MS)
        self._timer.timeout.connect(self.follow_accounts)
        self._timer.start()
        window.ready.connect(self.follow_accounts)
        window.front_desk = self
        if window.tray is not None:
            window.tray.open_waiting.connect(self.open_meeting)
        self.follow_accounts()

    def follow_accounts(self) -> None:
        self.watcher.follow(self.context.account_list())

    def stop(self) -> None:
        self._timer.stop()
        self.watcher.stop()

    # -- telling -----------------------------------------------------------------------

    def _on_watcher_knocked(self, waiting: Waiting) -> None:
        visitor = waiting.visitor
        name = visitor.name or self.tr("A visitor")
        summary = self.tr("{name} is waiting").format(name=name)
        body = self.tr("In the waiting room of “{room}”").format(room=visitor.room_name)
        if len(self.context.account_list()) > 1:
            body += f" ({waiting.account_name})"
        self.notifier.notify(
            waiting.key,
            summary,
            body,
            [
                ("default", self.tr("Open meeting")),
                ("admit", self.tr("Admit")),
                ("open", self.tr("Open meeting")),
            ],
            sound=self.context.preferences.visitor_sound(),
        )

    def _on_watcher_changed(self) -> None:
        waiting = self.watcher.waiting()
        account = self.context.account()
        if account is not None:
            self.window.rooms_view.model.set_waiting(self.watcher.by_room(account.name))
        if self.window.tray is not None:
            self.window.tray.set_waiting(waiting)

    # -- acting ------------------------------------------------------------------------

    def _on_notifier_action_invoked(self, key: str, action: str) -> None:
        account_name, room_id, participant_id = [*key.split("\n"), "", "", ""][:3]
        if action == "admit":
            self.admit(account_name, room_id, participant_id)
        elif action in ("open", "default"):
            self.open_meeting(account_name, room_id)

    def _account(self, name: str) -> Any | None:
        return next((a for a in self.context.account_list() if a.name == name), None)

    def admit(self, account_name: str, room_id: str, participant_id: str) -> None:
        """Let the visitor in, through the server (it checks the account may)."""
        account = self._account(account_name)
        if account is None:
            return
        self.context.call(
            lambda client, _token: client.admit_waiting(room_id, participant_id),
            on_error=self.window.show_error,
            owner=self,
            account=account,
        )

    def open_meeting(self, account_name: str, room_id: str) -> None:
        """Join the room as host in the app's meeting window (or bring it forward)."""
        account = self._account(account_name)
        if account is None:
            return
        self.context.call(
            lambda client, _token: client.get_room(room_id),
            on_done=lambda room: self._open(room, account),
            on_error=self.window.show_error,
            owner=self,
            account=account,
        )

    def _open(self, room: Any, account: Any) -> None:
        if not room.host_url:
            return
        sharing.open_as_host(
            room.host_url, account=account, title=room.display_name, parent=None, room_id=room.id
        )
