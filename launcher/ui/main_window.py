"""The main window: start a meeting in one click, schedule rooms, the rooms list, "My room".

Start-up: the constructor builds what the first frame shows and nothing that touches
``Qt.*`` (PySide6 builds that whole namespace, every enum in it, at first use: some
20 ms). Parts hidden at first (the result card, "My room", the error banner, the
toast) are built when first needed; the start button's cursor and shortcut, the
rooms model of the list and the menu come with :meth:`MainWindow.finish_start_up`,
which the app calls once the window is painted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from launcher.tasks import CancelToken, Task
from launcher.ui import roomtext, sharing, style
from launcher.ui.context import AppContext
from launcher.ui.join_card import JoinCard
from launcher.ui.links import LinkOpener
from launcher.ui.preferences import PinnedRoom
from launcher.ui.rooms_view import RoomsView
from launcher.ui.widgets import BusyButton, MessageBanner, Toast, card, label

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QIcon
    from PySide6.QtWidgets import QMenu

    from launcher.ui.my_room_card import MyRoomCard
    from launcher.ui.result_card import ResultCard

#: Background preparation before the first request (first run: create "This computer").
Prepare = Callable[[CancelToken], object]


class MainWindow(QMainWindow):
    """One window; every request runs through ``context`` off the GUI thread."""

    room_created = Signal(object)
    ready = Signal()  # accounts prepared, the first list request sent
    quit_requested = Signal()

    def __init__(
        self,
        context: AppContext,
        *,
        prepare: Prepare | None = None,
        icon: QIcon | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._prepare = prepare
        self._start_task: Task | None = None
        self._quitting = False
        self._finished_start_up = False
        self._result_card: ResultCard | None = None
        self._my_room_card: MyRoomCard | None = None
        self._banner: MessageBanner | None = None
        self._toast: Toast | None = None
        self.tray: Any | None = None  # set by the app when a system tray exists
        #: Asks whether to leave the meetings going on when quitting (tests answer it).
        self.quit_question: Any | None = None
        self.themes_dialog: Any = None  # the themes window while it is open
        self.setWindowTitle(self.tr("Meeting Launcher"))
        if icon is not None:
            self.setWindowIcon(icon)
        self.setMinimumSize(900, 600)
        self.resize(1120, 720)
        # Opens meeting links someone sent (the join card, the command line, a second start).
        self.links = LinkOpener(self)
        self.links.refused.connect(self._on_links_refused)
        self.links.opened.connect(self._on_links_opened)
        self._build(icon)

    # -- layout -----------------------------------------------------------------------------

    def _build(self, icon: QIcon | None) -> None:
        header = self._build_header(icon)
        left_scroll = self._build_left_column(self._build_start_card())
        rooms_card = self._build_rooms_card()

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(left_scroll)
        columns.addWidget(rooms_card, 1)
        body = QVBoxLayout()
        body.setContentsMargins(20, 16, 20, 20)
        body.setSpacing(12)
        body.addLayout(columns, 1)  # the error banner goes above, when first needed
        self._body = body

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(header)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self._update_accounts()
        # The cursor starts in the name field: typing names the meeting, Enter starts it
        # (a screen reader says "Meeting name (optional)", the one question asked).
        self.name_edit.setFocus()

    def _build_header(self, icon: QIcon | None) -> QFrame:
        """The app's name, the account choice, Themes and the menu button."""
        header = QFrame()
        header.setObjectName("header")
        icon_label = QLabel()
        if icon is not None:
            icon_label.setPixmap(icon.pixmap(28, 28))
        title = label(self.tr("Meeting Launcher"), "appTitle")
        self.account_combo = QComboBox()
        self.account_combo.setMinimumWidth(180)
        self.account_combo.setToolTip(self.tr("The account new rooms are created with"))
        self.account_combo.currentIndexChanged.connect(self._on_account_combo_changed)
        self.account_label = label("", "muted")
        self.settings_button = QToolButton()
        self.settings_button.setText(self.tr("☰  Menu"))
        self.settings_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # Its menu is built by finish_start_up (the first frame shows only the button).

        head = QHBoxLayout(header)
        head.setContentsMargins(20, 10, 14, 10)
        head.setSpacing(10)
        head.addWidget(icon_label)
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.account_label)
        head.addWidget(self.account_combo)
        self.themes_button = QPushButton(self.tr("Themes"))
        self.themes_button.setToolTip(self.tr("Your company's colour, name and logo on meetings"))
        self.themes_button.clicked.connect(self.open_themes)
        head.addWidget(self.themes_button)
        head.addWidget(self.settings_button)
        return header

    def _build_start_card(self) -> QFrame:
        """The one thing most people come for: a name (optional) and the start button."""
        start = card()
        self.start_title = label(self.tr("Start a meeting"), "heroTitle")
        start_hint = label(
            self.tr("Creates a room and copies the guest link, ready to paste."), "muted", wrap=True
        )
        self.name_edit = QLineEdit()
        # Its placeholder, the name a room gets when none is typed, is in the first frame
        # and follows the clock from finish_start_up; the name is taken when the room is made.
        self.name_edit.setPlaceholderText(roomtext.default_meeting_name())
        self.name_edit.setToolTip(self.tr("Optional: a name guests will see"))
        self.name_edit.setMaxLength(200)
        self.name_edit.returnPressed.connect(self.start_meeting)
        self.start_button = BusyButton(self.tr("Start a meeting now"), role="hero")
        self.start_button.setMinimumHeight(68)
        self.start_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.start_button.clicked.connect(self.start_meeting)
        self.start_button.setToolTip(self.tr("Start a meeting now (Ctrl+N)"))
        self.cancel_start_button = QPushButton(self.tr("Cancel"))
        self.cancel_start_button.hide()
        self.cancel_start_button.clicked.connect(self.cancel_start)
        self.schedule_button = QPushButton(self.tr("Schedule a long-term room…"))
        self.schedule_button.setToolTip(
            self.tr("A room whose link stays the same, for weekly meetings")
        )
        self.schedule_button.clicked.connect(lambda: self.open_schedule_dialog())
        start_layout = QVBoxLayout(start)
        start_layout.setContentsMargins(22, 20, 22, 20)
        start_layout.setSpacing(10)
        start_layout.addWidget(self.start_title)
        start_layout.addWidget(start_hint)
        start_layout.addSpacing(4)
        name_label = label(self.tr("Meeting name (optional)"), "muted")
        name_label.setBuddy(self.name_edit)
        start_layout.addWidget(name_label)
        start_layout.addWidget(self.name_edit)
        start_layout.addWidget(self.start_button)
        row = QHBoxLayout()
        row.addWidget(self.schedule_button)
        row.addStretch(1)
        row.addWidget(self.cancel_start_button)
        start_layout.addLayout(row)
        from launcher.ui.lan_switch import LanSwitch

        self.lan_switch = LanSwitch()
        self.lan_switch.change_requested.connect(self.set_local_network)
        start_layout.addWidget(self.lan_switch)
        return start

    def _build_left_column(self, start: QFrame) -> QScrollArea:
        """The start card; below it, once built, the result card, then "My room"."""
        left = QVBoxLayout()
        left.setSpacing(14)
        left.addWidget(start)
        self.join_card = JoinCard()
        self.join_card.join_requested.connect(self._on_join_card_join_requested)
        left.addWidget(self.join_card)
        left.addStretch(1)
        self._left = left
        left_box = QWidget()
        left_box.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        # Scrolls rather than squeezes when the window is short and everything shows.
        left_scroll = QScrollArea()
        left_scroll.setWidget(left_box)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Qt.ScrollBarPolicy.ScrollBarAlwaysOff, by name: no Qt namespace at start-up.
        left_scroll.setProperty("horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        left_scroll.setProperty("focusPolicy", "NoFocus")  # Tab goes to its controls
        left_scroll.setFixedWidth(424)
        # Transparent (the app's style sheet): a widget's own sheet costs start-up time.
        left_scroll.setObjectName("leftColumn")
        return left_scroll

    def _build_rooms_card(self) -> QFrame:
        rooms_card = card()
        self.rooms_view = RoomsView(self.context)
        self.rooms_view.copy_requested.connect(self.copy_guest_link)
        self.rooms_view.join_requested.connect(self.join_as_host)
        self.rooms_view.invite_requested.connect(self.invite)
        self.rooms_view.edit_requested.connect(self.open_schedule_dialog)
        self.rooms_view.pin_requested.connect(self.pin_room)
        rooms_layout = QVBoxLayout(rooms_card)
        rooms_layout.setContentsMargins(0, 0, 0, 0)
        rooms_layout.addWidget(self.rooms_view)
        return rooms_card

    def finish_start_up(self) -> None:
        """What the first frame does not need: the start button's hand cursor, the Ctrl+N
        shortcut, the list's model and Ctrl+C, the menu. Called once the window
        is painted (and by :meth:`start`); idempotent."""
        if self._finished_start_up:
            return
        self._finished_start_up = True
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut

        self.start_button.setCursor(Qt.CursorShape.PointingHandCursor)
        # The window's, not the button's: a button's setText (busy, idle) resets its own.
        self.start_shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        self.start_shortcut.activated.connect(self.start_meeting)
        self.rooms_view.finish_start_up()
        self._build_menu()
        self._follow_the_clock()
        app = QApplication.instance()
        if isinstance(app, QApplication) and app.property("launcher_styled"):
            style.follow_system(app)  # dark, light or high contrast, as the system says
            self._ask_the_desktop(app)

    def _ask_the_desktop(self, app: QApplication) -> None:
        """On Linux, the portal's appearance settings as they were at start (older
        portals do not tell Qt until they change)."""
        from launcher.core.appearance import Appearance, read_portal_appearance

        def said(answer: Appearance | None) -> None:
            if answer is not None:
                style.desktop_said(app, answer.dark, answer.high_contrast)

        self.context.runner.submit(
            lambda _token: read_portal_appearance(), on_done=said, owner=self
        )

    def _follow_the_clock(self) -> None:
        """Keep the meeting name's placeholder ("Meeting 14:20") on the current minute."""
        from PySide6.QtCore import QTimer

        self._update_name_placeholder()
        if getattr(self, "_name_clock", None) is not None:  # again after retranslate()
            return
        self._name_clock = QTimer(self)
        self._name_clock.setInterval(15_000)
        self._name_clock.timeout.connect(self._update_name_placeholder)
        self._name_clock.start()

    def _update_name_placeholder(self) -> None:
        self.name_edit.setPlaceholderText(roomtext.default_meeting_name())

    def _build_menu(self) -> None:
        from PySide6.QtGui import QAction
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self.settings_button)
        self.accounts_action = menu.addAction(self.tr("Accounts…"))
        self.accounts_action.triggered.connect(lambda: self.open_accounts())
        self.tray_action = QAction(self.tr("Keep running in the tray when closed"), menu)
        self.tray_action.setCheckable(True)
        self.tray_action.toggled.connect(self._on_tray_action_toggled)
        menu.addAction(self.tray_action)
        self.sound_action = QAction(self.tr("Play a sound when a visitor is waiting"), menu)
        self.sound_action.setCheckable(True)
        self.sound_action.toggled.connect(self.context.preferences.set_visitor_sound)
        menu.addAction(self.sound_action)
        self._build_language_menu(menu)
        # Settings are read when the menu opens, not while the window is first shown.
        menu.aboutToShow.connect(self._on_menu_about_to_show)
        menu.addSeparator()
        quit_action = menu.addAction(self.tr("Quit"))
        quit_action.triggered.connect(self.quit)
        self.settings_button.setMenu(menu)

    def _build_language_menu(self, menu: QMenu) -> None:
        """Menu → Language: the system's, or one of the five; applies at once."""
        from PySide6.QtGui import QActionGroup

        from launcher.ui import i18n

        languages = menu.addMenu(self.tr("Language"))
        group = QActionGroup(languages)
        chosen = self.context.preferences.language()
        system = i18n.LANGUAGES[i18n.system_language()]
        choices = [
            (None, self.tr("Same as the system ({language})").format(language=system)),
            *i18n.LANGUAGES.items(),
        ]
        for code, name in choices:
            action = languages.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == chosen or (code is None and chosen not in i18n.LANGUAGES))
            action.setData(code or "")
            group.addAction(action)
        group.triggered.connect(self._on_language_chosen)
        self.language_menu = languages

    def _on_language_chosen(self, action: QAction) -> None:
        self.set_language(str(action.data()) or None)

    def set_language(self, code: str | None) -> None:
        """Remember ``code`` (None: the system's) and show the window in it now."""
        from launcher.ui import i18n

        self.context.preferences.set_language(code)
        language = i18n.resolve(code)
        if language != i18n.installed_language():
            i18n.install(language)
            self.retranslate()

    def retranslate(self) -> None:
        """Build the window's contents again in the language installed now.

        Open dialogs close (the themes window opens again, in the new language); the
        room on the result card, the typed meeting name and the rooms stay; the list is
        read again from the server.
        """
        from PySide6.QtWidgets import QDialog

        themes_open = self.themes_dialog is not None
        for dialog in self.findChildren(QDialog):
            dialog.close()
            dialog.deleteLater()
        self.themes_dialog = None
        shown = self._shown_room()
        typed = self.name_edit.text()
        self._result_card = None
        self._my_room_card = None
        self._banner = None
        self._toast = None
        self._finished_start_up = False
        self.setWindowTitle(self.tr("Meeting Launcher"))
        icon = self.windowIcon()
        self._build(None if icon.isNull() else icon)
        self.finish_start_up()
        self.name_edit.setText(typed)
        if self._start_task is not None:
            self.start_button.set_busy(True, self.tr("Starting…"))
            self.cancel_start_button.show()
        if shown is not None:
            self._show_on_card(shown, copied=False)
        if self.context.store() is not None:
            self.rooms_view.refresh()
        if self.tray is not None:
            self.tray.retranslate()
        if themes_open:
            self.open_themes()

    # -- parts built when first needed ------------------------------------------------------

    @property
    def result_card(self) -> ResultCard:
        """The card of the room just created (hidden until a room is shown)."""
        if self._result_card is None:
            from launcher.ui.result_card import ResultCard

            result_card = ResultCard()
            result_card.copy_requested.connect(self.copy_guest_link)
            result_card.join_requested.connect(self.join_as_host)
            result_card.invite_requested.connect(self.invite)
            result_card.host_link_requested.connect(self.copy_host_link)
            result_card.pin_requested.connect(self.pin_room)
            result_card.network_requested.connect(self.open_to_network)
            result_card.office_requested.connect(self.explain_office_server)
            self._left.insertWidget(1, result_card)  # right below the start card
            self._result_card = result_card
        return self._result_card

    @property
    def my_room_card(self) -> MyRoomCard:
        """The "My room" card: a pinned long-term room, one click from its guest link."""
        if self._my_room_card is None:
            from launcher.ui.my_room_card import MyRoomCard

            my_room_card = MyRoomCard()
            my_room_card.copy_requested.connect(self.copy_my_room_link)
            my_room_card.unpin_requested.connect(lambda: self.pin_room(None))
            self._left.insertWidget(self._left.indexOf(self.join_card), my_room_card)
            self._my_room_card = my_room_card
        return self._my_room_card

    @property
    def banner(self) -> MessageBanner:
        """The error banner above both columns (hidden until an error)."""
        if self._banner is None:
            self._banner = MessageBanner()
            self._body.insertWidget(0, self._banner)
            if self._toast is not None:
                self._toast.raise_()  # a newer sibling would be drawn over a toast on show
        return self._banner

    @property
    def toast(self) -> Toast:
        """Short confirmations floating over the window."""
        if self._toast is None:
            central = self.centralWidget()
            self._toast = Toast(central if central is not None else self)
        return self._toast

    def _shown_room(self) -> Any:
        """The room on the result card, or None (the card is not built before one)."""
        return None if self._result_card is None else self._result_card.room

    # -- accounts and start-up --------------------------------------------------------------

    def start(self) -> None:
        """Prepare accounts (first run) in the background, then load the rooms."""
        self.finish_start_up()
        prepare = self._prepare

        def work(token: CancelToken) -> tuple[list[Any], str | None]:
            if prepare is not None:
                prepare(token)
            return self.context.read_accounts()

        self.start_button.set_busy(True, self.tr("Getting ready…"))
        self.context.runner.submit(
            work,
            on_done=self._after_prepare,
            on_error=self._on_prepare_failed,
            on_settled=self._on_prepare_settled,
            owner=self,
        )

    def _on_prepare_settled(self) -> None:
        self.start_button.set_busy(False)
        self.start_button.setEnabled(self.context.account() is not None)
        # Enter then starts a meeting, the one thing most people come for: from the name
        # field (where the window starts) or the button.
        if self.start_button.isEnabled() and self.focusWidget() in (
            None,
            self.rooms_view.search_edit,
        ):
            self.name_edit.setFocus()

    def _after_prepare(self, snapshot: tuple[list[Any], str | None]) -> None:
        self.context.set_accounts(snapshot)
        self._update_accounts()
        self.rooms_view.refresh()
        self.ready.emit()

    def _on_prepare_failed(self, error: BaseException) -> None:
        if _is_keyring_unavailable(error) and self._offer_keyring_dialog(error):
            return
        self.show_error(error)

    def _update_accounts(self) -> None:
        accounts = self.context.account_list()
        current = self.context.account()
        self.account_combo.blockSignals(True)
        self.account_combo.clear()
        for account in accounts:
            self.account_combo.addItem(_account_title(account, self), account.name)
        if current is not None:
            self.account_combo.setCurrentIndex(max(0, self.account_combo.findData(current.name)))
        self.account_combo.blockSignals(False)
        several = len(accounts) > 1
        self.account_combo.setVisible(several)
        self.account_label.setText(
            "" if several or current is None else _account_title(current, self)
        )
        has_account = current is not None
        self.start_button.setEnabled(has_account and not self.start_button.busy)
        self.schedule_button.setEnabled(has_account)
        self.themes_button.setEnabled(has_account)
        self.lan_switch.show_for(current)
        self._update_my_room()

    def _on_account_combo_changed(self, _index: int) -> None:
        name = self.account_combo.currentData()
        if name:
            self.context.set_account(name)
            if self._result_card is not None:
                self._result_card.hide()
            self._update_my_room()
            self.rooms_view.refresh()

    def open_themes(self) -> Any:
        """The themes window (one at a time); the rooms list reloads after changes."""
        from PySide6.QtCore import Qt

        from launcher.ui.themes.list import ThemesDialog

        dialog = self.themes_dialog
        if dialog is None:
            dialog = ThemesDialog(self.context, self, on_changed=self.rooms_view.refresh)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            # Only this one: after a language change a new one may be open already.
            dialog.destroyed.connect(lambda _obj=None, gone=dialog: self._forget_themes(gone))
            self.themes_dialog = dialog
        dialog.show()
        dialog.raise_()
        return dialog

    def _forget_themes(self, dialog: Any) -> None:
        if self.themes_dialog is dialog:
            self.themes_dialog = None

    def open_accounts(self, explanation: str = "") -> Any:
        """The accounts dialog (``explanation`` above its list); accounts and clients
        reload when it closes."""
        store = self.context.store()
        if store is None:  # still loading at start-up: a moment later it works
            return None
        from PySide6.QtCore import Qt

        from launcher.ui.accounts.list import AccountDialog

        dialog = AccountDialog(store, runner=self.context.runner, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accounts_changed.connect(self._on_accounts_changed)
        dialog.finished.connect(self._on_accounts_changed)
        if explanation:
            dialog.explain(explanation)
        dialog.open()
        return dialog

    def explain_office_server(self) -> Any:
        """The way forward for guests anywhere: the accounts dialog, saying why."""
        return self.open_accounts(
            self.tr(
                "Guests outside your network can join when meetings run on your office's "
                "server, one with an https:// address on the internet. Choose “Connect to "
                "a server…” and enter the address and key your IT contact gives you."
            )
        )

    def open_to_network(self) -> None:
        """Let guests on this network join: this computer's server restarts for it now."""
        self.set_local_network(True)

    def set_local_network(self, enabled: bool) -> None:
        """Open this computer's meetings to the network (or close them again) now: its
        built-in server restarts for it, no restart of the app."""
        store = self.context.store()
        if store is None:
            self.lan_switch.show_for(self.context.account())
            return
        from launcher.core.local_server import apply_local_network

        self.lan_switch.set_busy(True)
        if enabled:
            self.toast.show_message(self.tr("Opening this computer to your network…"))
        self.context.runner.submit(
            lambda _token: (apply_local_network(store, enabled), self.context.read_accounts()),
            on_done=self._on_opened_to_network if enabled else self._on_closed_to_network,
            on_error=self._on_local_network_failed,
            on_settled=lambda: self.lan_switch.set_busy(False),
            owner=self,
            key="local-network",
        )

    def _on_local_network_failed(self, error: BaseException) -> None:
        self.lan_switch.show_for(self.context.account())
        self.show_error(error)

    def _on_closed_to_network(self, result: tuple[Any, tuple[list[Any], str | None]]) -> None:
        self._on_accounts_reloaded(result[1])
        self.toast.show_message(self.tr("Now only this computer can open your meeting links"))
        self._show_link_again()

    def _on_opened_to_network(self, result: tuple[Any, tuple[list[Any], str | None]]) -> None:
        account, snapshot = result
        self._on_accounts_reloaded(snapshot)
        from launcher.core.reach import Audience, reach_of_account

        if account is None or reach_of_account(account).audience is Audience.COMPUTER:
            from launcher.ui.errors import no_network_address

            self.banner.show_error(no_network_address())
            return
        self.toast.show_message(
            self.tr("Guests on your network can join now. Links start with {origin}").format(
                origin=account.meeting_origin
            )
        )
        self._show_link_again()

    def _show_link_again(self) -> None:
        shown = self._shown_room()
        if shown is not None:  # its link changed host: show the new one, not yet copied
            self.context.call(
                lambda client, _token: client.get_room(shown.id),
                on_done=lambda room: self._show_on_card(room, copied=False),
                on_error=self.show_error,
                owner=self,
                key="shown-room",
            )

    def _on_accounts_changed(self, *_args: Any) -> None:
        self.context.runner.submit(
            lambda _token: self.context.read_accounts(),
            on_done=self._on_accounts_reloaded,
            on_error=self.show_error,
            owner=self,
            key="reload-accounts",
        )

    def _on_accounts_reloaded(self, snapshot: tuple[list[Any], str | None]) -> None:
        # An edited account may have a new key or server: its client is rebuilt on next use.
        for account in [*self.context.account_list(), *snapshot[0]]:
            self.context.forget_client(account.name)
        self.context.set_accounts(snapshot)
        self._update_accounts()
        self.rooms_view.refresh()

    def _offer_keyring_dialog(self, error: BaseException) -> bool:
        """The keyring problem and its "this session only" choice; then try again."""
        from launcher.ui.keyring_dialog import show_keyring_problem

        store = self.context.store()
        show_keyring_problem(
            error,
            parent=self,
            credentials=getattr(store, "credentials", None),
            on_session_only=self.start,
        )
        return True

    # -- start a meeting --------------------------------------------------------------------

    def start_meeting(self) -> None:
        """Create an instant room, show it, copy its guest link."""
        if self._start_task is not None or self.context.account() is None:
            return
        name = self.name_edit.text().strip() or roomtext.default_meeting_name()
        if self._banner is not None:
            self._banner.clear()
        self.start_button.set_busy(True, self.tr("Starting…"))
        self.cancel_start_button.show()
        task = self.context.call(
            lambda client, _token: client.create_room(name, type="instant"),
            on_done=self._on_meeting_created,
            on_error=self.show_error,
            on_settled=lambda: self._on_start_settled(task),
            owner=self,
            key="start-meeting",
        )
        self._start_task = task

    def cancel_start(self) -> None:
        """Stop waiting at once; the request's late answer is dropped (the server may
        still have created the room: the rooms list shows it after a refresh)."""
        if self._start_task is not None:
            task = self._start_task
            task.cancel()
            self._on_start_settled(task)

    @property
    def starting(self) -> bool:
        return self._start_task is not None

    def _on_start_settled(self, task: Task) -> None:
        # A cancelled request settles later, maybe after a new one began: leave that one be.
        if task is not self._start_task:
            return
        self._start_task = None
        self.start_button.set_busy(False)
        self.cancel_start_button.hide()

    def _on_meeting_created(self, room: Any) -> None:
        self.name_edit.clear()
        self._update_name_placeholder()
        self.show_room(room)
        self.room_created.emit(room)

    def show_room(self, room: Any) -> None:
        """Put ``room`` on the result card, copy its guest link, list it."""
        copied = bool(room.guest_url)
        if copied:
            sharing.copy_text(room.guest_url)
            self.toast.show_message(self.tr("✓ Guest link copied"))
        self._show_on_card(room, copied=copied)
        self.rooms_view.add_room(room)

    def _show_on_card(self, room: Any, *, copied: bool) -> None:
        from launcher.core.reach import reach_of

        local = bool(getattr(self.context.account(), "is_local", False))
        reach = reach_of(room.guest_url or "", local=local)
        self.result_card.show_room(room, copied=copied, reach=reach, local=local)

    # -- schedule and edit ------------------------------------------------------------------

    def open_schedule_dialog(self, room: Any | None = None) -> Any:
        from launcher.ui.schedule_dialog import ScheduleDialog

        dialog = ScheduleDialog(self.context, room, parent=self)
        if room is None:
            dialog.room_saved.connect(self._on_room_scheduled)
        else:
            dialog.room_saved.connect(self._on_room_edited)
        dialog.open()
        return dialog

    def _on_room_scheduled(self, room: Any) -> None:
        self.show_room(room)
        self.room_created.emit(room)

    def _on_room_edited(self, room: Any) -> None:
        self.rooms_view.model.merge([room])
        shown = self._shown_room()
        if shown is not None and shown.id == room.id:
            self._show_on_card(room, copied=False)
        self.toast.show_message(self.tr("✓ Changes saved"))

    # -- sharing ----------------------------------------------------------------------------

    def copy_guest_link(self, room: Any) -> None:
        if not room.guest_url:
            return
        sharing.copy_text(room.guest_url)
        shown = self._shown_room()
        if shown is not None and shown.id == room.id:
            self.result_card.set_copied(True)
        self.toast.show_message(self.tr("✓ Guest link copied"))

    def copy_host_link(self, room: Any) -> None:
        if room.host_url and sharing.copy_host_link(room.host_url, self):
            self.toast.show_message(self.tr("Host link copied: share it only with hosts"))

    def invite(self, room: Any) -> Any:
        if not room.guest_url:  # nothing to share (a server that sent no guest link)
            return None
        from launcher.core.reach import reach_of
        from launcher.ui.invite_dialog import InviteDialog

        local = bool(getattr(self.context.account(), "is_local", False))
        reach = reach_of(room.guest_url, local=local)
        dialog = InviteDialog(room, reach=reach, local=local, parent=self)
        dialog.open()
        return dialog

    def join_as_host(self, room: Any) -> None:
        """Fetch a fresh host link (its token ages) and open the meeting."""
        account = self.context.account()
        if account is None:
            return
        self.toast.show_message(self.tr("Opening the meeting…"))
        self.context.call(
            lambda client, _token: client.get_room(room.id),
            on_done=lambda fresh: self._open_host(fresh, account),
            on_error=self.show_error,
            owner=self,
            key="join-as-host",
            account=account,
        )

    def _open_host(self, room: Any, account: Any) -> None:
        if not room.host_url:
            self.show_error(LookupError("the server sent no host link"))
            return
        sharing.open_as_host(
            room.host_url, account=account, title=room.display_name, parent=self, room_id=room.id
        )

    # -- links someone sent ------------------------------------------------------------------

    def open_link(self, text: str) -> bool:
        """Open the meeting of a link from outside (command line, URL scheme, a second
        start); see :class:`launcher.ui.links.LinkOpener`."""
        return self.links.open(text)

    def _on_join_card_join_requested(self, text: str) -> None:
        self.links.open(text, typed=True)

    def _on_links_refused(self, sentence: str) -> None:
        self.join_card.show_problem(sentence)

    def _on_links_opened(self, _window: Any) -> None:
        self.join_card.opened()

    # -- my room ----------------------------------------------------------------------------

    def pin_room(self, room: Any | None) -> None:
        account = self.context.account()
        if account is None:
            return
        if room is None:
            self.context.preferences.set_pinned_room(account.name, None)
        elif room.guest_url:
            self.context.preferences.set_pinned_room(
                account.name, PinnedRoom(room.id, room.display_name, room.guest_url)
            )
            self.toast.show_message(
                self.tr("★ “{name}” is now your room").format(name=room.display_name)
            )
        self._update_my_room()

    def pinned_room(self) -> PinnedRoom | None:
        account = self.context.account()
        return None if account is None else self.context.preferences.pinned_room(account.name)

    def _update_my_room(self) -> None:
        pinned = self.pinned_room()
        if pinned is not None or self._my_room_card is not None:
            self.my_room_card.setVisible(pinned is not None)
        if pinned is not None:
            self.my_room_card.show_name(pinned.display_name)
        self.rooms_view.set_pinned(pinned.room_id if pinned else None)
        if self.tray is not None:
            self.tray.set_my_room_available(pinned is not None)

    def copy_my_room_link(self) -> bool:
        pinned = self.pinned_room()
        if pinned is None:
            return False
        sharing.copy_text(pinned.guest_url)
        self.toast.show_message(
            self.tr("✓ Guest link of “{name}” copied").format(name=pinned.display_name)
        )
        return True

    # -- errors -----------------------------------------------------------------------------

    def show_error(self, error: BaseException) -> None:
        if _is_keyring_unavailable(error) and self._offer_keyring_dialog(error):
            return
        from launcher.ui.errors import describe

        account = self.context.account()
        text = describe(error, local_server=bool(getattr(account, "is_local", False)))
        self.banner.show_error(text)
        if self.tray is not None and not self.isVisible():
            # Started from the tray with the window hidden: say it where the user looks.
            self.tray.show_problem(text.summary)

    # -- closing ----------------------------------------------------------------------------

    def quit(self) -> None:
        """Close for good (not to the tray) and ask the app to end."""
        if not self._may_quit_meetings():
            return
        self._quitting = True
        self.close()
        self.quit_requested.emit()

    def _may_quit_meetings(self) -> bool:
        """Quitting leaves every meeting: with one going on, ask first."""
        from launcher import web

        meetings = web.meetings_in_progress()
        if not meetings:
            return True
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Leave the meeting?"))
        box.setText(
            self.tr("You are in a meeting: “{room}”.").format(room=meetings[0].title)
            if len(meetings) == 1
            else self.tr("You are in %n meeting(s).", "", len(meetings))
        )
        box.setInformativeText(self.tr("Quitting Meeting Launcher leaves the meeting."))
        leave = box.addButton(self.tr("Leave and quit"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        self.quit_question = box
        try:
            box.exec()
        finally:
            self.quit_question = None
        return box.clickedButton() is leave

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._quitting and self.tray is not None and self._keep_in_tray():
            event.ignore()
            self.hide()
            self.tray.notify_hidden()
            return
        self._quitting = True
        super().closeEvent(event)

    def _keep_in_tray(self) -> bool:
        choice = self.context.preferences.close_to_tray()
        if choice is None:
            choice = self._ask_close_to_tray()
        return choice

    def _ask_close_to_tray(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Keep Meeting Launcher running?"))
        box.setText(self.tr("Keep Meeting Launcher running in the tray when you close the window?"))
        box.setInformativeText(
            self.tr(
                "From the tray icon you can start a meeting or copy your room's link at any "
                "time, and guests can still join meetings hosted on this computer. "
                "You can change this later in the menu."
            )
        )
        keep = box.addButton(self.tr("Keep running"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        choice = box.clickedButton() is keep
        self.context.preferences.set_close_to_tray(choice)
        self.tray_action.setChecked(choice)
        return choice

    def _on_menu_about_to_show(self) -> None:
        self.tray_action.blockSignals(True)
        self.tray_action.setChecked(bool(self.context.preferences.close_to_tray()))
        self.tray_action.blockSignals(False)
        self.tray_action.setVisible(self.tray is not None)
        self.sound_action.blockSignals(True)
        self.sound_action.setChecked(self.context.preferences.visitor_sound())
        self.sound_action.blockSignals(False)

    def _on_tray_action_toggled(self, checked: bool) -> None:
        self.context.preferences.set_close_to_tray(checked)


def _account_title(account: Any, window: QWidget) -> str:
    if getattr(account, "is_local", False):
        from launcher.core.accounts import LOCAL_ACCOUNT_NAME

        # The stored name is English: translated here. In the catalogue's context
        # "window" (what pyside6-lupdate records for ``window.tr``), which ``window.tr``
        # itself would not find: at run time it looks in "MainWindow".
        if account.name == LOCAL_ACCOUNT_NAME:
            return QCoreApplication.translate("window", "This computer")
        return QCoreApplication.translate("window", "{name} (this computer)").format(
            name=account.name
        )
    return str(account.name)


def _is_keyring_unavailable(error: BaseException) -> bool:
    return any(cls.__name__ == "KeyringUnavailable" for cls in type(error).__mro__)
