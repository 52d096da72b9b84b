"""Background work with one door: ``BackgroundRunner.submit(op, on_done, on_error)``.

``op`` runs on a single worker thread (jobs are serialised, like Anki's collection worker) and
must never touch a widget; ``on_done`` / ``on_error`` run back on the GUI thread. A job
submitted under a *key* supersedes older jobs with the same key: their results are dropped,
so a slow facet count never overwrites a newer one.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Signals(QObject):
    done = Signal(object, object, int)
    failed = Signal(object, object, int)


class _Job(QRunnable):
    def __init__(self, op: Callable[[], Any], signals: _Signals, token: object, generation: int) -> None:
        super().__init__()
        self._op = op
        self._signals = signals
        self._token = token
        self._generation = generation

    def run(self) -> None:
        try:
            result = self._op()
        except BaseException as exc:
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._signals.failed.emit(self._token, exc, self._generation)
        else:
            self._signals.done.emit(self._token, result, self._generation)


class BackgroundRunner(QObject):
    """A single worker thread and the callbacks of its jobs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._finished)
        self._signals.failed.connect(self._failed)
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[BaseException], None] | None]] = {}
        self._latest: dict[str, int] = {}
        self._generation = 0

    def submit(
        self,
        op: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        key: str | None = None,
    ) -> int:
        """Run ``op`` in the background; returns the job's number."""
        self._generation += 1
        generation = self._generation
        if key is not None:
            self._latest[key] = generation
        self._callbacks[generation] = (on_done, on_error)
        self._pool.start(_Job(op, self._signals, key, generation))
        return generation

    def wait(self, msecs: int = 30000) -> bool:
        """Wait until every submitted job has finished (tests, shutdown)."""
        return self._pool.waitForDone(msecs)

    def _current(self, key: object, generation: int) -> bool:
        return key is None or self._latest.get(str(key)) == generation

    def _finished(self, key: object, result: Any, generation: int) -> None:
        on_done, _ = self._callbacks.pop(generation, (None, None))
        if on_done is not None and self._current(key, generation):
            on_done(result)

    def _failed(self, key: object, error: BaseException, generation: int) -> None:
        _, on_error = self._callbacks.pop(generation, (None, None))
        if on_error is not None and self._current(key, generation):
            on_error(error)


class JobSignals(QObject):
    """Progress and outcome of a :class:`CancellableJob` (delivered on the GUI thread)."""

    progress = Signal(int, int)
    finished = Signal(object)  # what the work returned, or the exception it raised


class CancellableJob(QRunnable):
    """Runs ``work(progress)`` on a pool thread; ``progress(done, total)`` returns False once cancelled.

    For long work with a progress dialog (downloads, exports): set :attr:`cancel` to stop it.
    """

    def __init__(self, work: Callable[[Callable[[int, int], bool]], Any], signals: JobSignals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.cancel = threading.Event()

    def run(self) -> None:
        def progress(done: int, total: int) -> bool:
            self.signals.progress.emit(done, total)
            return not self.cancel.is_set()

        try:
            outcome: Any = self.work(progress)
        except BaseException as exc:  # handed to the GUI thread, which explains it
            outcome = exc
        self.signals.finished.emit(outcome)


class ProgressRun(QObject):
    """Long work (a bulk edit, a check, an export) on its own worker thread, with a progress dialog
    that can cancel it; ``finished(outcome)`` carries what the work returned, or the exception it
    raised. ``progress(0, 0)`` shows a busy dialog."""

    finished = Signal(object)

    def __init__(self, parent: QWidget, title: str, text: str) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = JobSignals(self)
        self._signals.progress.connect(self._progress)
        self._signals.finished.connect(self._finished)
        self.dialog = QProgressDialog(text, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.job: CancellableJob | None = None
        self.done = False

    def start_work(self, work: Callable[[Callable[[int, int], bool]], Any]) -> None:
        """Run ``work(progress)`` in the background; ``progress`` returns False once cancelled."""
        self.job = CancellableJob(work, self._signals)
        self.dialog.canceled.connect(self.job.cancel.set)
        self._pool.start(self.job)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel.set()

    def wait(self, msecs: int = 60000) -> bool:
        """Block until the work is over (tests, closing the window)."""
        return self._pool.waitForDone(msecs)

    def _progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    def _finished(self, outcome: object) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.done = True
        self.finished.emit(self.outcome_of(outcome))

    def outcome_of(self, outcome: object) -> object:
        """What ``finished`` carries (subclasses narrow it)."""
        return outcome
