"""The ``dirapp://`` URL scheme: the map page, its assets, its tiles and its data, from this process.

Nothing the map shows comes from the network: the page, Leaflet (from the XStatic packages),
our scripts, the offline basemap and the tile cache are all answered here. Online tiles, when
the user has chosen an online source, are fetched by the application (see
:class:`~directory_app.qt.tile_service.TileService`) and reach the page through this scheme too.

:func:`register_scheme` must run before the ``QApplication`` exists.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QFile, QIODevice, QObject, QUrl, QUrlQuery
from PySide6.QtWebEngineCore import QWebEngineUrlRequestJob, QWebEngineUrlScheme, QWebEngineUrlSchemeHandler

from directory_app.maps.assets import asset_bytes, mime_type

SCHEME = b"dirapp"
HOST = "app"
BASE_URL = "dirapp://app"
MAP_URL = f"{BASE_URL}/map"
_TILE = re.compile(r"^/tiles/(base|detail)/(\d{1,2})/(\d{1,7})/(\d{1,7})\.png$")
_MAX_ZOOM = 19

TileResponder = Callable[[bytes | None], None]
"""Called once with a tile's PNG bytes, or ``None`` when there is none."""


def register_scheme() -> None:
    """Declare ``dirapp://`` to QtWebEngine (once, before the QApplication is created).

    Importing QtWebEngineWidgets here also sets up the shared OpenGL context it needs then.
    """
    import PySide6.QtWebEngineWidgets  # noqa: F401

    if QWebEngineUrlScheme.schemeByName(QByteArray(SCHEME)).name() == QByteArray(SCHEME):
        return
    scheme = QWebEngineUrlScheme(QByteArray(SCHEME))
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    flags = (
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.CorsEnabled
        | QWebEngineUrlScheme.Flag.FetchApiAllowed
        | QWebEngineUrlScheme.Flag.LocalAccessAllowed
    )
    scheme.setFlags(flags)
    QWebEngineUrlScheme.registerScheme(scheme)


def _reply(job: QWebEngineUrlRequestJob, mime: str, data: bytes) -> None:
    buffer = QBuffer(job)  # lives as long as the job reads it
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    job.reply(QByteArray(mime.encode("ascii")), buffer)


def _qwebchannel_js() -> bytes | None:
    file = QFile(":/qtwebchannel/qwebchannel.js")
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        return None
    try:
        return bytes(file.readAll().data())
    finally:
        file.close()


class MapSchemeHandler(QWebEngineUrlSchemeHandler):
    """Answers every ``dirapp://app/...`` request of one map view.

    Routes: ``/map`` (the page), ``/web/<package>/<file>`` (assets), ``/web/qt/qwebchannel.js``,
    ``/tiles/base/z/x/y.png`` (offline basemap), ``/tiles/detail/z/x/y.png`` (tile cache and
    online source), ``/data/points?gen=N`` (the current result), ``/data/facility?id=…`` (a popup).

    The owner sets the providers (attributes) it has; a route without one answers "not found".
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page_html: bytes = b""
        self.points: bytes = b'{"gen":0,"points":[],"kinds":[],"circles":[]}'
        self.facility_detail: Callable[[str], dict[str, object] | None] | None = None
        self.base_tile: Callable[[int, int, int], bytes | None] | None = None
        self.detail_tile: Callable[[int, int, int, TileResponder], None] | None = None
        self.requests: dict[str, int] = {}  # route -> count (tests, diagnostics)
        self._pending: set[QWebEngineUrlRequestJob] = set()

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        try:
            self._route(job)
        except Exception:  # never leave a request hanging (a damaged cache, a strange URL)
            job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)

    def _route(self, job: QWebEngineUrlRequestJob) -> None:
        url = job.requestUrl()
        path = url.path()
        if url.host() != HOST or ".." in path:
            job.fail(QWebEngineUrlRequestJob.Error.UrlInvalid)
            return
        route = path.split("/")[1] if "/" in path[1:] else path.strip("/")
        self.requests[route] = self.requests.get(route, 0) + 1
        if path == "/map":
            _reply(job, "text/html; charset=utf-8", self.page_html)
        elif path == "/web/qt/qwebchannel.js":
            self._answer(job, "text/javascript", _qwebchannel_js())
        elif path.startswith("/web/"):
            relative = path[len("/web/") :]
            self._answer(job, mime_type(relative), asset_bytes(relative))
        elif path.startswith("/tiles/"):
            self._tile(job, path)
        elif path == "/data/points":
            _reply(job, "application/json", self.points)
        elif path == "/data/facility":
            facility_id = QUrlQuery(url).queryItemValue("id", QUrl.ComponentFormattingOption.FullyDecoded)
            detail = self.facility_detail(facility_id) if self.facility_detail and facility_id else None
            if detail is None:
                job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            else:
                _reply(job, "application/json", json.dumps(detail, ensure_ascii=False).encode("utf-8"))
        else:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)

    @staticmethod
    def _answer(job: QWebEngineUrlRequestJob, mime: str, data: bytes | None) -> None:
        if data is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
        else:
            _reply(job, mime, data)

    def _tile(self, job: QWebEngineUrlRequestJob, path: str) -> None:
        match = _TILE.match(path)
        if match is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        layer = match.group(1)
        z, x, y = (int(match.group(i)) for i in (2, 3, 4))
        if z > _MAX_ZOOM or x >= 2**z or y >= 2**z:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        if layer == "base":
            self._answer(job, "image/png", self.base_tile(z, x, y) if self.base_tile else None)
            return
        if self.detail_tile is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        # the answer may come later (a download): the job may be gone by then
        self._pending.add(job)
        alive = [True]
        job.destroyed.connect(lambda *_: alive.__setitem__(0, False))

        def respond(data: bytes | None) -> None:
            self._pending.discard(job)
            if not alive[0]:
                return
            self._answer(job, "image/png", data)

        self.detail_tile(z, x, y, respond)
