"""Questions to the user go through a :class:`Prompter`, so tests can answer them.

Widgets never call ``QMessageBox``/``QFileDialog`` directly; they ask their prompter.
Tests pass a scripted prompter instead of patching Qt classes.

Messages quote names, file paths and queries, so every box shows its text as plain text
(:func:`plain_message_box`): a message box would otherwise read text that looks like HTML as markup.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)


def plain_message_box(parent: QWidget | None, title: str, text: str, detail: str = "") -> QMessageBox:
    """A message box whose text and detail are shown as plain text, whatever they hold."""
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
        informative = box.findChild(QLabel, "qt_msgbox_informativelabel")
        if informative is not None:
            informative.setTextFormat(Qt.TextFormat.PlainText)
    return box


class Prompter:
    """Asks the user with standard Qt dialogs."""

    def choose(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        choices: Sequence[tuple[str, str]],
        *,
        detail: str = "",
        warning: bool = True,
    ) -> str:
        """Ask the user to pick one of ``choices`` ((key, button label) pairs); return the key.

        The last choice is the escape/cancel answer.
        """
        box = plain_message_box(parent, title, text, detail)
        box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question)
        buttons = {}
        for i, (key, label) in enumerate(choices):
            role = QMessageBox.ButtonRole.RejectRole if i == len(choices) - 1 else QMessageBox.ButtonRole.AcceptRole
            buttons[box.addButton(label, role)] = key
        first = next(iter(buttons))
        box.setDefaultButton(first)
        box.exec()
        return buttons.get(box.clickedButton(), choices[-1][0])

    def open_file(self, parent: QWidget | None, title: str, directory: str, filters: str) -> str | None:
        """Ask for an existing or new file; ``None`` when cancelled."""
        path, _ = QFileDialog.getSaveFileName(
            parent, title, directory, filters, options=QFileDialog.Option.DontConfirmOverwrite
        )
        return path or None

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
        """Ask where to save (the dialog confirms overwriting); ``None`` when cancelled."""
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path or None

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        """Tell the user something."""
        box = plain_message_box(parent, title, text)
        box.setIcon(QMessageBox.Icon.Information)
        box.exec()

    def ask_text(self, parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
        """Ask for a line of text; ``None`` when cancelled or empty."""
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        value = value.strip()
        return value if ok and value else None

    def offer(self, parent: QWidget | None, title: str, text: str, choices: Sequence[tuple[str, str]]) -> str:
        """Tell the user something and offer what to do next (the last choice closes); return the key."""
        return self.choose(parent, title, text, choices, warning=False)

    def ask_name_and_purpose(
        self, parent: QWidget | None, title: str, name: str = "", purpose: str = ""
    ) -> tuple[str, str] | None:
        """Ask for a shortlist's name and its purpose (who it is for); ``None`` when cancelled."""
        dialog = NameAndPurposeDialog(parent, title, name, purpose)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()


class NameAndPurposeDialog(QDialog):
    """A name (required) and a purpose: who the list is for and why, printed on its handout."""

    def __init__(self, parent: QWidget | None, title: str, name: str = "", purpose: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("nameAndPurposeDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("shortlistName")
        self.name_edit.setPlaceholderText(self.tr("e.g. Boston delegation, March"))
        self.purpose_edit = QLineEdit(purpose, self)
        self.purpose_edit.setObjectName("shortlistPurposeEdit")
        self.purpose_edit.setPlaceholderText(self.tr("e.g. Visit of the Boston biotech delegation, 12-14 March"))
        self.purpose_edit.setToolTip(self.tr("Printed under the title of the handout and the HTML map"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Purpose or visitor:"), self.purpose_edit)
        hint = QLabel(self.tr("The purpose is printed on handouts; you can change it later."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("QLabel{color:palette(mid);}")
        form.addRow(hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.name_edit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name_edit.text().strip()))

    def values(self) -> tuple[str, str]:
        """(name, purpose), trimmed."""
        return self.name_edit.text().strip(), self.purpose_edit.text().strip()
