"""Undo/redo history of the main window: every undoable change is one step (label, undo, redo).

Steps hold plain callables that return :class:`~directory_app.directory.Changes`; a step without a
redo (e.g. an undone removal of a saved search) leaves the history once undone. Like ``QUndoStack``,
a new step clears what could be redone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from directory_app.directory import Changes

Action = Callable[[], Changes]


@dataclass(frozen=True, slots=True)
class Step:
    """One undoable change.

    :param label: what it was, as the Edit menu shows it ("Edit “Bio Park”")
    :param undo: puts things back as before
    :param redo: does it again (``None``: cannot be redone)
    """

    label: str
    undo: Action
    redo: Action | None = None


class EditHistory(QObject):
    """Two stacks of :class:`Step`; ``changed`` after every push, undo, redo or clear."""

    changed = Signal()
    LIMIT = 100

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._undo: list[Step] = []
        self._redo: list[Step] = []

    def push(self, label: str, undo: Action, redo: Action | None = None) -> None:
        """Record a change that has just been made."""
        self._undo.append(Step(label, undo, redo))
        del self._undo[: -self.LIMIT]
        self._redo.clear()
        self.changed.emit()

    def can_undo(self) -> bool:
        """Whether there is a step to undo."""
        return bool(self._undo)

    def can_redo(self) -> bool:
        """Whether there is a step to redo."""
        return bool(self._redo)

    def undo_label(self) -> str:
        """Label of the step :meth:`undo` would undo ("" for none)."""
        return self._undo[-1].label if self._undo else ""

    def redo_label(self) -> str:
        """Label of the step :meth:`redo` would redo ("" for none)."""
        return self._redo[-1].label if self._redo else ""

    def undo(self) -> Changes | None:
        """Undo the newest step. If it fails the step is dropped (and the error raised)."""
        if not self._undo:
            return None
        step = self._undo.pop()
        try:
            changes = step.undo()
        finally:
            self.changed.emit()
        if step.redo is not None:
            self._redo.append(step)
            self.changed.emit()
        return changes

    def redo(self) -> Changes | None:
        """Redo the newest undone step. If it fails the step is dropped (and the error raised)."""
        if not self._redo:
            return None
        step = self._redo.pop()
        try:
            changes = step.redo()  # type: ignore[misc]
        finally:
            self.changed.emit()
        self._undo.append(step)
        self.changed.emit()
        return changes

    def clear(self) -> None:
        """Forget every step (another database was opened, or a backup restored)."""
        self._undo.clear()
        self._redo.clear()
        self.changed.emit()
