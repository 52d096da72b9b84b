"""Download the detailed map of this area: plan, ask (tile count, size and what is already stored
first), download with progress into the tile cache; and how much of an area is stored (readiness).

Downloads run on their own thread, one tile at a time (the tile policy), and can be cancelled;
tiles already stored stay stored. A hard cap bounds every download.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from directory_app.maps.tile_fetch import PrefetchReport, prefetch
from directory_app.maps.tiles import (
    MAX_ZOOM,
    Bounds,
    PrefetchPlan,
    TileSource,
    offline_readiness,
    plan_prefetch,
    tiles_in_bounds,
)
from directory_app.qt.dialogs import Prompter
from directory_app.qt.tasks import CancellableJob, JobSignals
from directory_app.qt.tile_service import TileService

HARD_CAP = 2000
EXTRA_ZOOMS = 3
DEEPEST = 16
BASEMAP_ZOOMS = 6  # the offline basemap has zooms 0-6
READINESS_SAMPLE = 256  # tiles looked up per zoom for the readiness shown after every move


def detail_zooms(zoom: int, source_max: int = MAX_ZOOM) -> tuple[int, int]:
    """First and last zoom of the detailed map of an area seen at ``zoom`` (what a download fetches).

    From the first zoom the basemap lacks (those tiles are few), so the area works at every zoom.
    """
    first = max(0, min(zoom + 1, BASEMAP_ZOOMS + 1, MAX_ZOOM))
    last = max(first, min(zoom + EXTRA_ZOOMS, DEEPEST, source_max))
    return first, last


def detail_readiness(service: TileService, bounds: Bounds, zoom: int, source_max: int = MAX_ZOOM) -> tuple[int, int]:
    """(tiles stored, tiles needed) of the detailed map of ``bounds`` seen at ``zoom``; large zooms
    are estimated from a sample, so this stays quick enough to ask after every move."""
    first, last = detail_zooms(zoom, source_max)
    zooms = range(first, last + 1)
    fractions = offline_readiness(bounds, zooms, service.has_offline, sample_limit=READINESS_SAMPLE)
    needed = stored = 0
    for z in zooms:
        n = len(tiles_in_bounds(*bounds, z))
        needed += n
        stored += round(fractions[z] * n)
    return stored, needed


class AreaPrefetch(QObject):
    """One "make this area available offline" run, from the question to the report."""

    finished = Signal(object)  # PrefetchReport | BaseException

    def __init__(self, parent: QWidget, service: TileService, source: TileSource, prompter: Prompter) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.service = service
        self.source = source
        self.prompter = prompter
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = JobSignals(self)
        self._job: CancellableJob | None = None
        self.dialog: QProgressDialog | None = None
        self.report: PrefetchReport | BaseException | None = None

    def plan(self, bounds: Bounds, zoom: int) -> PrefetchPlan:
        """The tiles of ``bounds`` down to a few zooms deeper than ``zoom``, not yet available offline."""
        first, last = detail_zooms(zoom, self.source.max_zoom)
        average = self.service.cache.mean_tile_bytes() if self.service.cache is not None else None
        kwargs = {"avg_tile_bytes": average} if average else {}
        return plan_prefetch(bounds, first, last, cap=HARD_CAP, have=self.service.has_offline, **kwargs)

    def start(self, bounds: Bounds, zoom: int) -> bool:
        """Ask, then download in the background; False when there is nothing to do or the user declined."""
        title = self.tr("Download the Detailed Map of This Area")
        if self.service.cache is None:
            self.prompter.inform(self.parent_widget, title, self.tr("The map tile cache cannot be written."))
            return False
        if not self.source.allows_prefetch:
            self.prompter.inform(
                self.parent_widget,
                title,
                self.tr(
                    "The tile server %1 does not allow downloading areas for offline use. Tiles you look at "
                    "online are kept for offline use anyway. To prefetch areas, choose a tile server that "
                    "allows it (Map › Tile Server…)."
                ).replace("%1", self.source.host),
            )
            return False
        plan = self.plan(bounds, zoom)
        if not plan.tiles:
            self.prompter.inform(
                self.parent_widget,
                title,
                self.tr("This area is already available offline to zoom %1.").replace(
                    "%1", str(min(zoom + EXTRA_ZOOMS, DEEPEST))
                ),
            )
            return False
        first, last = plan.tiles[0][0], plan.tiles[-1][0]
        text = (
            self.tr("Download %1 map tiles (about %2 MB) for zoom levels %3 to %4 from %5?")
            .replace("%1", str(len(plan.tiles)))
            .replace("%2", f"{plan.estimated_bytes / 1e6:.1f}")
            .replace("%3", str(first))
            .replace("%4", str(last))
            .replace("%5", self.source.host)
        )
        stored = max(0, plan.total - plan.missing)
        text += " " + (
            self.tr("Already stored for offline use: %1 of %2 tiles (%3%).")
            .replace("%1", str(stored))
            .replace("%2", str(plan.total))
            .replace("%3", str(int(100 * stored / plan.total) if plan.total else 0))
        )
        if plan.capped:
            text += " " + self.tr("The area needs more; this download stops at %1 tiles.").replace("%1", str(HARD_CAP))
        answer = self.prompter.choose(
            self.parent_widget,
            title,
            text,
            [("download", self.tr("Download")), ("cancel", self.tr("Cancel"))],
            warning=False,
        )
        if answer != "download":
            return False
        self.dialog = QProgressDialog(
            self.tr("Downloading map tiles…"), self.tr("Cancel"), 0, len(plan.tiles), self.parent_widget
        )
        self.dialog.setWindowTitle(title)
        self.dialog.setMinimumDuration(300)
        cache, source = self.service.cache, self.source
        self._job = CancellableJob(lambda progress: prefetch(plan, source, cache, progress=progress), self._signals)
        self.dialog.canceled.connect(self._job.cancel.set)
        self._signals.progress.connect(self._progress)
        self._signals.finished.connect(self._finished)
        self._pool.start(self._job)
        return True

    def cancel(self) -> None:
        """Stop after the tile being downloaded (tiles stored so far stay)."""
        if self._job is not None:
            self._job.cancel.set()

    def wait(self, msecs: int = 60000) -> bool:
        """Wait for the download thread (tests, shutdown)."""
        return self._pool.waitForDone(msecs)

    def _progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _finished(self, report: object) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None
        self.report = report  # type: ignore[assignment]
        self.service.cache_changed.emit()
        self.finished.emit(report)

    def summary(self) -> str:
        """What happened, for the status bar."""
        report = self.report
        if isinstance(report, BaseException):
            return self.tr("Map download failed: %1").replace("%1", getattr(report, "message", str(report)))
        if report is None:
            return ""
        text = self.tr("Map tiles downloaded: %1, already there: %2, failed: %3").replace("%1", str(report.fetched))
        text = text.replace("%2", str(report.skipped)).replace("%3", str(report.failed))
        if report.cancelled:
            text += self.tr(" (cancelled)")
        if report.error:
            text += " — " + report.error
        return text
