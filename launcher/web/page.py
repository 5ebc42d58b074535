"""The meeting page: who may use camera, microphone and screen, and where links go.

Policy, in one place:

- camera, microphone (alone or together) and desktop capture are granted only
  when the permission's origin is the meeting origin; every other permission
  (notifications, geolocation, clipboard, ...) and every other origin is denied;
- a navigation of the main frame away from the meeting origin opens in the
  system browser and is blocked here; so are requests for new windows;
- a certificate error is accepted only on the meeting origin, and only when the
  presented chain verifies up to a certificate of the account's CA file for the
  meeting's host name (an office CA that signs through an intermediate: the server
  sends leaf and intermediate, the file holds the root), or when the server presents
  exactly a certificate of that file (the built-in server's own certificate, which
  is its own CA).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
from collections.abc import Sequence
from pathlib import Path

from cryptography import x509
from cryptography.x509.verification import PolicyBuilder, Store, VerificationError
from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtNetwork import QSsl, QSslCertificate
from PySide6.QtWebEngineCore import (
    QWebEngineCertificateError,
    QWebEngineDesktopMediaRequest,
    QWebEngineNewWindowRequest,
    QWebEnginePage,
    QWebEnginePermission,
    QWebEngineProfile,
    QWebEngineSettings,
)
from PySide6.QtWidgets import QDialog, QWidget

from launcher.web.policy import opens_externally, origin_of, same_origin

log = logging.getLogger(__name__)

_Type = QWebEnginePermission.PermissionType
MEETING_PERMISSIONS = frozenset(
    {
        _Type.MediaAudioCapture,
        _Type.MediaVideoCapture,
        _Type.MediaAudioVideoCapture,
        _Type.DesktopVideoCapture,
        _Type.DesktopAudioVideoCapture,
    }
)


def load_ca_certificates(ca_file: str | Path | None) -> list[bytes]:
    """DER bytes of every certificate in a PEM (or DER) CA file; [] without a file."""
    if not ca_file:
        return []
    certificates = QSslCertificate.fromPath(str(ca_file), QSsl.EncodingFormat.Pem)
    if not certificates:
        certificates = QSslCertificate.fromPath(str(ca_file), QSsl.EncodingFormat.Der)
    return [bytes(cert.toDer().data()) for cert in certificates if not cert.isNull()]


def chain_verifies(
    chain: Sequence[bytes], host: str, ca_der: Sequence[bytes], now: dt.datetime | None = None
) -> bool:
    """True when ``chain`` (DER, the server's certificate first, then the intermediates
    it sent) verifies up to one of ``ca_der`` for ``host`` (a name or an IP address):
    signatures, validity dates, key usages and the name, as a browser checks them."""
    if not chain or not ca_der or not host:
        return False
    try:
        roots = [x509.load_der_x509_certificate(der) for der in ca_der]
        leaf, *intermediates = [x509.load_der_x509_certificate(der) for der in chain]
    except ValueError:
        return False
    name = host.strip("[]")
    subject: x509.DNSName | x509.IPAddress
    try:
        subject = x509.IPAddress(ipaddress.ip_address(name))
    except ValueError:
        subject = x509.DNSName(name)
    verifier = (
        PolicyBuilder()
        .store(Store(roots))
        .time(now or dt.datetime.now(dt.UTC))
        .build_server_verifier(subject)
    )
    try:
        verifier.verify(leaf, intermediates)
    except VerificationError as exc:
        log.info("certificate chain of %s not verified: %s", name, exc)
        return False
    return True


class MeetingPage(QWebEnginePage):
    """A QWebEnginePage that enforces the meeting window's policy."""

    #: (permission type name, origin, granted) for every decision.
    permission_decided = Signal(str, str, bool)
    #: A link left the meeting; it was handed to the system browser.
    opened_externally = Signal(QUrl)
    #: The screen-share picker is about to be shown (tests answer it).
    picker_opened = Signal(QDialog)

    def __init__(
        self,
        profile: QWebEngineProfile,
        *,
        meeting_origin: str,
        ca_file: str | Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(profile, parent)
        self.meeting_origin = origin_of(meeting_origin)
        if not self.meeting_origin:
            raise ValueError("the meeting origin must be an http(s) address")
        self._ca_der = load_ca_certificates(ca_file)
        self._picker_parent = parent
        # A meeting plays the others' audio and video as they arrive, without a click.
        self.settings().setAttribute(
            QWebEngineSettings.WebAttribute.PlaybackRequiresUserGesture, False
        )
        self.settings().setAttribute(QWebEngineSettings.WebAttribute.ScreenCaptureEnabled, True)
        # The page's full-screen button; the window follows (fullScreenRequested).
        self.settings().setAttribute(QWebEngineSettings.WebAttribute.FullScreenSupportEnabled, True)
        self.permissionRequested.connect(self._on_page_permission_requested)
        self.desktopMediaRequested.connect(self._on_page_desktop_media_requested)
        self.newWindowRequested.connect(self._on_page_new_window_requested)
        self.certificateError.connect(self._on_page_certificate_error)

    # -- permissions -------------------------------------------------------------------

    def allows(self, permission_type: QWebEnginePermission.PermissionType, origin: QUrl) -> bool:
        """The policy: meeting media only, only for the meeting origin."""
        return permission_type in MEETING_PERMISSIONS and same_origin(
            origin.toString(), self.meeting_origin
        )

    def _on_page_permission_requested(self, permission: QWebEnginePermission) -> None:
        granted = self.allows(permission.permissionType(), permission.origin())
        if granted:
            permission.grant()
        else:
            permission.deny()
        name = permission.permissionType().name
        origin = origin_of(permission.origin().toString()) or permission.origin().scheme()
        log.info("web permission %s for %s: %s", name, origin, "granted" if granted else "denied")
        self.permission_decided.emit(name, origin, granted)

    def _on_page_desktop_media_requested(self, request: QWebEngineDesktopMediaRequest) -> None:
        from launcher.web.picker import ScreenSharePicker

        picker = ScreenSharePicker(
            request.screensModel(), request.windowsModel(), self._picker_parent
        )
        self.picker_opened.emit(picker)
        choice = picker.choose()
        if choice is None:
            # Unanswered, Qt would share the primary screen: say no explicitly.
            request.cancel()
        elif choice.kind == "screen":
            request.selectScreen(choice.index)
        else:
            request.selectWindow(choice.index)
        picker.deleteLater()

    # -- navigation --------------------------------------------------------------------

    def acceptNavigationRequest(
        self, url: QUrl | str, type: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        target = QUrl(url)
        text = target.toString()
        if not is_main_frame or same_origin(text, self.meeting_origin):
            return True
        if target.scheme() == "about":
            return True
        self._open_externally(target)
        return False

    def _on_page_new_window_requested(self, request: QWebEngineNewWindowRequest) -> None:
        # Never a second web window: links for elsewhere go to the system browser.
        self._open_externally(request.requestedUrl())

    def _open_externally(self, url: QUrl) -> None:
        if opens_externally(url.toString()):
            QDesktopServices.openUrl(url)
            self.opened_externally.emit(url)
        else:
            log.info("blocked a link with scheme %r", url.scheme())

    # -- certificates ------------------------------------------------------------------

    def _on_page_certificate_error(self, error: QWebEngineCertificateError) -> None:
        if self.accepts_certificate(error.url(), error.certificateChain()):
            error.acceptCertificate()
        else:
            log.warning(
                "certificate of %s rejected: %s", origin_of(error.url().toString()), error.type()
            )
            error.rejectCertificate()

    def accepts_certificate(self, url: QUrl, chain: list[QSslCertificate]) -> bool:
        """True for the meeting origin presenting a chain that verifies up to the
        account's CA file, or presenting a certificate of that file itself."""
        if not self._ca_der or not same_origin(url.toString(), self.meeting_origin):
            return False
        presented = [bytes(cert.toDer().data()) for cert in chain]
        if presented and presented[0] in self._ca_der:
            # The built-in server's certificate is its own CA, which a verifier refuses
            # as a server certificate: the account's file names this very certificate.
            return True
        return chain_verifies(presented, url.host(), self._ca_der)
