"""Opening a meeting link or code someone sent: from the "Join a meeting" card, from the
command line, from the ``meeting-launcher:`` URL scheme, or handed over by a second start.

A host link of a room on one of the accounts' servers opens as host; any other meeting
link opens as a guest (the meeting page asks for the name). A link to a server none of
the accounts uses is opened only after the person agreed. What is not a meeting link
(see launcher.core.meeting_links) gets a sentence saying so, and nothing opens. Links
may be host links (secrets): they are never logged.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from launcher.core.meeting_links import InvalidLink, MeetingLink, parse_code, parse_link
from launcher.ui.i18n import links
from launcher.web.policy import origin_of


def problem_text(error: InvalidLink) -> str:
    """The sentence a person reads when a link is refused."""
    if error.reason == "empty":
        return links.tr("Paste the meeting link or type the meeting code first.")
    if error.reason == "too_long":
        return links.tr("This is too long to be a meeting link. Copy the link again.")
    if error.reason == "not_web":
        return links.tr(
            "This is not a meeting link. Meeting links start with https:// (or http://)."
        )
    return links.tr(
        "This is not a meeting link Meeting Launcher can open. Ask the person who sent "
        "it for the meeting's link or code."
    )


def grouped_code(code: str) -> str:
    """``123456789`` as ``123 456 789``: easier to read and to say aloud."""
    return " ".join(code[i : i + 3] for i in range(0, len(code), 3))


def shown_origin(origin: str) -> str:
    """``https://host:443`` as people write it: ``https://host``."""
    for scheme, port in (("https://", ":443"), ("http://", ":80")):
        if origin.startswith(scheme) and origin.endswith(port):
            return origin.removesuffix(port)
    return origin


class LinkOpener(QObject):
    """Opens links in ``window``'s meeting windows; links that arrive before the accounts
    are ready wait for them. ``refused(sentence)`` when a typed one was not opened (one
    from outside gets a message box); ``opened(window)`` when a meeting window opened."""

    refused = Signal(str)
    opened = Signal(object)

    def __init__(self, window: Any) -> None:
        """``window``: the main window (its ``ready`` signal, ``context`` and parenting)."""
        super().__init__(window)
        self._window = window
        self._ready = False
        self._waiting: list[tuple[str, bool]] = []
        # The message box asked or shown about the last link (tests answer it).
        self.question: QMessageBox | None = None
        window.ready.connect(self._on_window_ready)

    def _on_window_ready(self) -> None:
        self._ready = True
        waiting, self._waiting = self._waiting, []
        for text, typed in waiting:
            self.open(text, typed=typed)

    def open(self, text: str, *, typed: bool = False) -> bool:
        """Check ``text`` and open its meeting; False when it was refused (and said why)
        or waits for the accounts. ``typed``: from the window's field (a bare code is
        taken there, for the chosen account's server)."""
        if not self._ready:
            self._waiting.append((text, typed))
            return False
        try:
            link = self._parse(text, typed=typed)
        except InvalidLink as error:
            self._refuse(problem_text(error), typed=typed)
            return False
        account = self._account_for(link)
        if account is None:
            return self._ask_unknown_server(link)
        self._open(link, account)
        return True

    def _parse(self, text: str, *, typed: bool) -> MeetingLink:
        code = parse_code(text) if typed else None
        account = self._window.context.account()
        if code is not None and account is not None:
            origin = origin_of(account.meeting_origin)
            return MeetingLink(f"{account.meeting_origin}/{code}", origin, code, is_host=False)
        return parse_link(text)

    def _account_for(self, link: MeetingLink) -> Any | None:
        """The account whose meeting server the link is on (the chosen one first)."""
        chosen = self._window.context.account()
        accounts = self._window.context.account_list()
        for account in ([chosen] if chosen is not None else []) + accounts:
            if origin_of(account.meeting_origin) == link.origin:
                return account
        return None

    def _open(self, link: MeetingLink, account: Any | None) -> None:
        from launcher.web import open_meeting

        title = links.tr("Meeting {code}").format(code=grouped_code(link.code))
        if account is None:
            meeting_origin, ca_file, owner = link.origin, None, link.origin
        else:
            meeting_origin, ca_file, owner = account.meeting_origin, account.ca_file, account.name
        role = "host" if link.is_host else "guest"
        window = open_meeting(
            link.url,
            meeting_origin=meeting_origin,
            title=title,
            ca_file=ca_file,
            parent=self._window,
            key=f"{owner}\n{role}\n{link.code}",
        )
        self.opened.emit(window)

    def _refuse(self, sentence: str, *, typed: bool) -> None:
        if typed:
            self.refused.emit(sentence)  # the card shows it under the field
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            links.tr("Link not opened"),
            sentence,
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.setInformativeText(
            links.tr(
                "Meeting Launcher opened nothing. You can paste a link under “Join a meeting”."
            )
        )
        box.open()
        self.question = box

    def _ask_unknown_server(self, link: MeetingLink) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            links.tr("Join a meeting on another server?"),
            links.tr("This meeting is on {server}, a server none of your accounts uses.").format(
                server=shown_origin(link.origin)
            ),
            QMessageBox.StandardButton.Cancel,
            self._window,
        )
        box.setInformativeText(
            links.tr(
                "Join only if you trust the person who sent you the link: the meeting window "
                "will use your camera and microphone for it."
            )
        )
        join = box.addButton(links.tr("Join"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def on_finished(_result: int) -> None:
            if box.clickedButton() is join:
                self._open(link, None)
            box.deleteLater()

        box.finished.connect(on_finished)
        box.open()
        self.question = box
        return False
