"""A theme's live preview: the server's real meeting page in preview mode, or a painting.

The server's preview route (``/meeting-preview``, launcher/server/theme_preview.py)
renders the guest page itself with the theme given in the query, so what staff
see cannot drift from what guests get. It is shown in a QWebEngineView (imported
on first use). When QtWebEngine is missing, or the account's server has no such
route (another server speaking the contract), a QPainter mock-up of the same page
is shown instead, built from the same rules (colours, text on the brand colour).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

import shiboken6
from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QStackedWidget, QWidget

from launcher.core import themes

if TYPE_CHECKING:
    from PySide6.QtWebEngineCore import QWebEngineLoadingInfo
    from PySide6.QtWebEngineWidgets import QWebEngineView

log = logging.getLogger(__name__)

PREVIEW_PATH = "/meeting-preview"
#: The page is laid out for a meeting window of this width, then zoomed to fit.
PAGE_WIDTH = 1100
DEFAULT_COLOR = "#3b5bdb"  # the page's own default (theme.js)
PLACEHOLDER_PEOPLE = ("Alex Morgan", "Sam Lee", "Robin Park", "Kim Diaz")

# Origins whose server answered without the preview route: painted from then on.
_NO_ROUTE: set[str] = set()

# "lobby" or "meeting" on the server's preview page, "" on any other page.
_PREVIEW_VIEW_JS = """(() => {
  try {
    const view = JSON.parse(document.getElementById('meeting-config').textContent).view;
    return typeof view === 'string' && view.startsWith('preview-') ? view.slice(8) : '';
  } catch (e) { return ''; }
})()"""


@dataclass(frozen=True)
class PreviewTheme:
    """What the preview shows: a theme's fields (saved or being edited)."""

    main_color: str = DEFAULT_COLOR
    brand_text: str = ""
    brand_image_white: str | None = None  # storage keys, as in the Theme object
    brand_image_colored: str | None = None
    branded_favicon: str | None = None
    room_name: str = ""
    logo: bytes | None = None  # a local image not uploaded yet (painted preview only)

    @classmethod
    def of(cls, theme: Any, *, room_name: str = "") -> PreviewTheme:
        """From an API Theme."""
        return cls(
            main_color=theme.main_color or DEFAULT_COLOR,
            brand_text=theme.brand_text or "",
            brand_image_white=theme.brand_image_white,
            brand_image_colored=theme.brand_image_colored,
            branded_favicon=theme.branded_favicon,
            room_name=room_name,
        )


def preview_url(meeting_origin: str, theme: PreviewTheme, view: str) -> str:
    """The server's preview page for ``theme``; ``view`` is ``lobby`` or ``meeting``."""
    params = {"main_color": theme.main_color, "brand_text": theme.brand_text, "view": view}
    for name in ("brand_image_white", "brand_image_colored", "branded_favicon"):
        value = getattr(theme, name)
        if value:
            params[name] = value
    if theme.room_name:
        params["room_name"] = theme.room_name
    return f"{meeting_origin.rstrip('/')}{PREVIEW_PATH}?{urlencode(params)}"


def _same_url(loaded: QUrl, requested: str) -> bool:
    """The engine may percent-encode a query differently from what was asked for
    (logo keys are random): compare the decoded parts. (QUrl refuses to give a whole
    URL fully decoded: it warns and gives another form.)"""

    def parts(url: str) -> tuple[str, str, str, list[tuple[str, str]]]:
        split = urlsplit(url)
        query = parse_qsl(split.query, keep_blank_values=True)
        return split.scheme.lower(), split.netloc.lower(), unquote(split.path), query

    encoded = QUrl.ComponentFormattingOption.FullyEncoded
    return parts(loaded.toString(encoded)) == parts(QUrl(requested).toString(encoded))


class ThemePreview(QStackedWidget):
    """The preview pane; :meth:`show_theme` updates it (web page or painting)."""

    #: "web" or "painted", once the shown theme is on screen.
    rendered = Signal(str)

    def __init__(
        self,
        *,
        meeting_origin: str | None = None,
        ca_file: str | None = None,
        use_web: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setMinimumSize(QSize(320, 200))
        self.meeting_origin = meeting_origin
        self.ca_file = ca_file
        self.theme = PreviewTheme()
        self.view_name = "lobby"
        self.mode = "painted"
        self._use_web = use_web
        self._web: QWebEngineView | None = None
        self._web_url = ""
        self._web_url_started = False
        self.painted = PaintedPreview()
        self.addWidget(self.painted)
        # Typing in the form updates the preview after a short pause, not per key.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(350)
        self._debounce.timeout.connect(self._render)
        app = QCoreApplication.instance()
        if app is not None:
            # QtWebEngine must see every page deleted before it shuts down with the app.
            app.aboutToQuit.connect(self.release_web)

    # -- public ------------------------------------------------------------------------

    def set_account(self, meeting_origin: str | None, ca_file: str | None) -> None:
        if (meeting_origin, ca_file) != (self.meeting_origin, self.ca_file):
            self.meeting_origin, self.ca_file = meeting_origin, ca_file
            self._drop_web()

    def show_theme(self, theme: PreviewTheme, *, immediately: bool = True) -> None:
        self.theme = theme
        if immediately:
            self._debounce.stop()
            self._render()
        else:
            self._debounce.start()

    def set_view(self, view: str) -> None:
        """``lobby`` (what a guest sees first) or ``meeting`` (people in the meeting)."""
        self.view_name = view
        self._render()

    @property
    def web_view(self) -> QWebEngineView | None:
        """The web view while the server's page is shown (tests read the page through it)."""
        return self._web if self.mode == "web" else None

    # -- rendering ---------------------------------------------------------------------

    def _render(self) -> None:
        self.painted.set_theme(self.theme, self.view_name)
        origin = self.meeting_origin
        if not self._use_web or not origin or origin in _NO_ROUTE or self._web_unavailable():
            self._show_painted()
            return
        web = self._ensure_web()
        if web is None:
            self._show_painted()
            return
        url = preview_url(origin, replace(self.theme, logo=None), self.view_name)
        if url == self._web_url:
            # Shown or on its way: loading it again would abort the load under way.
            if self.mode == "web":
                self.rendered.emit("web")
            return
        self._web_url = url
        self._web_url_started = False
        web.load(QUrl(url))

    def _show_painted(self) -> None:
        self.mode = "painted"
        self.setCurrentWidget(self.painted)
        self.painted.update()
        self.rendered.emit("painted")

    @staticmethod
    def _web_unavailable() -> bool:
        from launcher.web import profile

        # An engine that would abort on start (root, no sandbox) ends the whole app.
        return profile.start_problem() is not None or not profile.engine_available()

    def _ensure_web(self) -> QWebEngineView | None:
        if self._web is not None:
            return self._web
        try:
            from PySide6.QtWebEngineWidgets import QWebEngineView

            from launcher.web.page import MeetingPage
            from launcher.web.profile import preview_profile

            assert self.meeting_origin is not None
            view = QWebEngineView(self)
            # The meeting policy: nothing is granted, links leave to the browser,
            # and only the account's CA is trusted for a self-signed server. The
            # previews' profile is off the record and outlives every page.
            page = MeetingPage(
                preview_profile(), meeting_origin=self.meeting_origin, ca_file=self.ca_file
            )
            page.setParent(view)
            view.setPage(page)
        except Exception:  # an engine that fails to start: the painting still works
            log.exception("the web preview could not start")
            return None
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        page.loadingChanged.connect(self._on_web_loading_changed)
        self.addWidget(view)
        self._web = view
        self._fit_zoom()
        return view

    def _drop_web(self) -> None:
        self.release_web()
        self._show_painted()

    def release_web(self) -> None:
        """Delete the web view and its page now (before the application goes away)."""
        web, self._web, self._web_url = self._web, None, ""
        if web is not None and shiboken6.isValid(web):
            self.removeWidget(web)
            shiboken6.delete(web)

    def _on_web_loading_changed(self, info: QWebEngineLoadingInfo) -> None:
        web = self._web
        if web is None:
            return
        status = info.status()
        ended = status in (info.LoadStatus.LoadSucceededStatus, info.LoadStatus.LoadFailedStatus)
        # A load superseded by a newer theme ends too: only the current one counts.
        if not _same_url(info.url(), self._web_url):
            if ended and self._web_url and not self._web_url_started:
                # The engine can drop a load() issued while another one was starting:
                # the older page finished and the wanted one never began. Ask again.
                web.load(QUrl(self._web_url))
            return
        if status == info.LoadStatus.LoadStartedStatus:
            self._web_url_started = True
        if status == info.LoadStatus.LoadSucceededStatus:
            # A server without the route answers with some other page: ask the page itself.
            # The view is read from the config the server rendered into the page, which is
            # there at load time (the marker preview.js sets may come later).
            web.page().runJavaScript(_PREVIEW_VIEW_JS, 0, self._on_web_checked)
        elif status == info.LoadStatus.LoadFailedStatus:
            no_route = (
                info.errorDomain() == info.ErrorDomain.HttpStatusCodeDomain
                and info.errorCode() == 404
            )
            self._fall_back(remember=no_route)

    def _on_web_checked(self, value: object) -> None:
        # The engine can answer after the preview (and its page) were deleted: a themes
        # window closed while its page was still loading.
        if not shiboken6.isValid(self) or self._web is None or not shiboken6.isValid(self._web):
            return
        if value in ("lobby", "meeting"):
            self.mode = "web"
            self.setCurrentWidget(self._web)
            self.rendered.emit("web")
        else:
            self._fall_back(remember=True)

    def _fall_back(self, *, remember: bool) -> None:
        """Paint instead; ``remember`` when the server has no preview route at all."""
        if remember and self.meeting_origin:
            log.info("no theme preview route on this server; showing a painted preview")
            _NO_ROUTE.add(self.meeting_origin)
        self._web_url = ""
        self._show_painted()

    def _fit_zoom(self) -> None:
        if self._web is not None and self.width() > 0:
            self._web.setZoomFactor(max(0.25, min(1.0, self.width() / PAGE_WIDTH)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_zoom()


class PaintedPreview(QWidget):
    """A QPainter mock-up of the meeting page, for servers without the preview route.

    Same layout and colours as resources/meeting/meeting.css: the dark page, the
    brand bar (logo, brand text, room name), and the lobby's camera-off preview
    with the join card, or a grid of camera-off tiles and the toolbar.
    """

    BG = QColor("#0f1115")
    SURFACE = QColor("#1b1e25")
    SURFACE_2 = QColor("#252a33")
    LINE = QColor("#323846")
    TEXT = QColor("#eef0f4")
    MUTED = QColor("#a3a9b6")
    DANGER = QColor("#e5484d")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = PreviewTheme()
        self.view_name = "lobby"
        self._logo: QPixmap | None = None

    def set_theme(self, theme: PreviewTheme, view: str) -> None:
        self.theme = theme
        self.view_name = view
        self._logo = None
        if theme.logo:
            pixmap = QPixmap()
            if pixmap.loadFromData(theme.logo):
                self._logo = pixmap
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = self.width() / PAGE_WIDTH
        painter.scale(scale, scale)
        width, height = PAGE_WIDTH, self.height() / scale
        painter.fillRect(QRectF(0, 0, width, height), self.BG)
        brand = QColor(self.theme.main_color)
        if not brand.isValid():
            brand = QColor(DEFAULT_COLOR)
        on_brand = QColor(themes.on_brand_color(brand.name()))
        self._paint_bar(painter, width)
        if self.view_name == "meeting":
            self._paint_meeting(painter, width, height, brand, on_brand)
        else:
            self._paint_lobby(painter, width, height, brand, on_brand)
        painter.end()

    def _font(self, size: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(1, round(size)))
        font.setWeight(weight)
        return font

    def _paint_bar(self, painter: QPainter, width: float) -> None:
        x = 20.0
        if self._logo is not None and not self._logo.isNull():
            logo_h = 28.0
            logo_w = min(160.0, self._logo.width() * logo_h / max(1, self._logo.height()))
            painter.drawPixmap(QRectF(x, 12, logo_w, logo_h), self._logo, QRectF(self._logo.rect()))
            x += logo_w + 12
        elif self.theme.brand_image_white or self.theme.brand_image_colored:
            # A saved logo this painting cannot fetch: its place, outlined.
            painter.setPen(self.LINE)
            painter.drawRoundedRect(QRectF(x, 12, 80, 28), 4, 4)
            x += 92
        painter.setPen(self.TEXT)
        painter.setFont(self._font(15, QFont.Weight.DemiBold))
        text = self.theme.brand_text
        if text:
            rect = painter.boundingRect(
                QRectF(x, 0, width, 52), Qt.AlignmentFlag.AlignVCenter, text
            )
            painter.drawText(
                QRectF(x, 0, rect.width() + 2, 52), Qt.AlignmentFlag.AlignVCenter, text
            )
            x += rect.width() + 12
            if self.theme.room_name:
                painter.setPen(self.MUTED)
                painter.drawText(QRectF(x, 0, 20, 52), Qt.AlignmentFlag.AlignVCenter, "·")
                x += 18
        if self.theme.room_name:
            painter.setPen(self.MUTED)
            painter.setFont(self._font(15))
            painter.drawText(
                QRectF(x, 0, width - x, 52), Qt.AlignmentFlag.AlignVCenter, self.theme.room_name
            )

    def _avatar(
        self,
        painter: QPainter,
        center_x: float,
        center_y: float,
        size: float,
        name: str,
        brand: QColor,
        on_brand: QColor,
    ) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(brand)
        painter.drawEllipse(QRectF(center_x - size / 2, center_y - size / 2, size, size))
        painter.setPen(on_brand)
        painter.setFont(self._font(size * 0.37, QFont.Weight.DemiBold))
        parts = name.split()
        initials = (parts[0][0] + (parts[-1][0] if len(parts) > 1 else "")).upper()
        painter.drawText(
            QRectF(center_x - size / 2, center_y - size / 2, size, size),
            Qt.AlignmentFlag.AlignCenter,
            initials,
        )

    def _paint_lobby(
        self, painter: QPainter, width: float, height: float, brand: QColor, on_brand: QColor
    ) -> None:
        card_w, gap = 320.0, 40.0
        video_w = min(720.0, width * 0.55)
        video_h = video_w * 9 / 16
        left = (width - video_w - gap - card_w) / 2
        top = 52 + max(24.0, (height - 52 - video_h) / 2 - 24)
        video = QRectF(left, top, video_w, video_h)
        path = QPainterPath()
        path.addRoundedRect(video, 20, 20)
        painter.fillPath(path, QColor("#1f232b"))
        self._avatar(
            painter,
            video.center().x(),
            video.center().y(),
            120,
            PLACEHOLDER_PEOPLE[0],
            brand,
            on_brand,
        )
        x = left + video_w + gap
        y = top + 20
        painter.setPen(self.TEXT)
        painter.setFont(self._font(28, QFont.Weight.DemiBold))
        painter.drawText(
            QRectF(x, y, card_w, 40), Qt.AlignmentFlag.AlignLeft, self.tr("Ready to join?")
        )
        y += 44
        if self.theme.room_name:
            painter.setPen(self.MUTED)
            painter.setFont(self._font(16))
            painter.drawText(
                QRectF(x, y, card_w, 22), Qt.AlignmentFlag.AlignLeft, self.theme.room_name
            )
        y += 30
        fields = (
            (self.tr("Your name"), PLACEHOLDER_PEOPLE[0]),
            (self.tr("Camera"), self.tr("Camera")),
            (self.tr("Microphone"), self.tr("Microphone")),
        )
        for caption, value in fields:
            painter.setPen(self.MUTED)
            painter.setFont(self._font(13))
            painter.drawText(QRectF(x, y, card_w, 18), Qt.AlignmentFlag.AlignLeft, caption)
            box = QRectF(x, y + 22, card_w, 42)
            painter.setPen(self.LINE)
            painter.setBrush(self.SURFACE)
            painter.drawRoundedRect(box, 10, 10)
            painter.setPen(self.TEXT)
            painter.setFont(self._font(15))
            painter.drawText(box.adjusted(12, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, value)
            y += 80
        button = QRectF(x, y + 8, card_w, 50)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(brand)
        painter.drawRoundedRect(button, 10, 10)
        painter.setPen(on_brand)
        painter.setFont(self._font(16, QFont.Weight.DemiBold))
        painter.drawText(button, Qt.AlignmentFlag.AlignCenter, self.tr("Join now"))

    def _paint_meeting(
        self, painter: QPainter, width: float, height: float, brand: QColor, on_brand: QColor
    ) -> None:
        toolbar_h = 80.0
        stage = QRectF(16, 60, width - 32, height - 60 - toolbar_h)
        gap = 12.0
        tile_w = min((stage.width() - gap) / 2, ((stage.height() - gap) / 2) * 16 / 9)
        tile_h = tile_w * 9 / 16
        grid_w, grid_h = tile_w * 2 + gap, tile_h * 2 + gap
        x0 = stage.left() + (stage.width() - grid_w) / 2
        y0 = stage.top() + (stage.height() - grid_h) / 2
        for index, name in enumerate(PLACEHOLDER_PEOPLE):
            tile = QRectF(
                x0 + (index % 2) * (tile_w + gap),
                y0 + (index // 2) * (tile_h + gap),
                tile_w,
                tile_h,
            )
            path = QPainterPath()
            path.addRoundedRect(tile, 14, 14)
            painter.fillPath(path, QColor("#1f232b"))
            self._avatar(painter, tile.center().x(), tile.center().y(), 96, name, brand, on_brand)
            label = QRectF(tile.left() + 10, tile.bottom() - 38, min(tile_w - 20, 150), 28)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 140))
            painter.drawRoundedRect(label, 8, 8)
            painter.setPen(self.TEXT)
            painter.setFont(self._font(13))
            painter.drawText(label.adjusted(10, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, name)
        center_x, y = width / 2, height - toolbar_h / 2
        painter.setPen(Qt.PenStyle.NoPen)
        for offset, color in ((-84, self.DANGER), (-28, self.DANGER), (28, self.SURFACE_2)):
            painter.setBrush(color)
            painter.drawEllipse(QRectF(center_x + offset - 24, y - 24, 48, 48))
        painter.setBrush(self.DANGER)
        painter.drawRoundedRect(QRectF(center_x + 84 - 32, y - 24, 64, 48), 24, 24)
