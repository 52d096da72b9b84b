"""Qt fixtures: isolated settings and a scripted prompter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from directory_app.qt.map_scheme import register_scheme

# before pytest-qt creates the QApplication (QtWebEngine's rule)
register_scheme()


@pytest.fixture
def settings(tmp_path):
    """Settings in an INI file under tmp_path (never the user's)."""
    s = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield s
    s.sync()


class ScriptedPrompter:
    """Answers questions from a script and records what was asked."""

    def __init__(self, choices=(), files=(), texts=(), offers=()):
        self.choices = list(choices)
        self.offers = list(offers)
        self.offered: list[tuple[str, str, list[str]]] = []
        self.files = list(files)
        self.texts = list(texts)
        self.asked: list[tuple[str, str, list[str]]] = []
        self.told: list[str] = []

    def choose(self, parent, title, text, choices, *, detail="", warning=True):
        self.asked.append((title, text, [key for key, _ in choices]))
        return self.choices.pop(0)

    def open_file(self, parent, title, directory, filters):
        return self.files.pop(0) if self.files else None

    def save_file(self, parent, title, suggested, filters):
        self.asked.append((title, suggested, []))
        return self.files.pop(0) if self.files else None

    def inform(self, parent, title, text):
        self.told.append(text)

    def ask_text(self, parent, title, label, text=""):
        return self.texts.pop(0) if self.texts else None

    def offer(self, parent, title, text, choices):
        """What to do after something is done: the scripted answer, else the last choice (close)."""
        self.offered.append((title, text, [key for key, _ in choices]))
        return self.offers.pop(0) if self.offers else choices[-1][0]

    def ask_name_and_purpose(self, parent, title, name="", purpose=""):
        """A scripted text: a (name, purpose) pair, or a name alone (no purpose)."""
        answer = self.texts.pop(0) if self.texts else None
        return (answer, "") if isinstance(answer, str) else answer


@pytest.fixture
def prompter_factory():
    return ScriptedPrompter
