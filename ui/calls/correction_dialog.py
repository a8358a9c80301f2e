"""Correct a logged contact: a note added under it, the contact itself left as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from app.db import Database
from app.services.actor import Actor
from app.services.contacts.interactions import add_correction
from ui.widgets.form_dialog import FormDialog, SaveCall

SAVE_KEYS = "Ctrl+Return"


def keys_text(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class CorrectionDialog(FormDialog):
    """The original contact in one read-only summary, a note box, Save: `saved(InteractionView)`
    (the original with its corrections)."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        interaction_id: int,
        summary: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.setObjectName("CorrectionDialog")
        self._actor = actor
        self._interaction_id = interaction_id
        self.set_heading(
            self.tr("Correct a contact"),
            self.tr(
                "The contact stays as it was logged. Your note is added under it, with "
                "your name and the time, and everyone sees both."
            ),
        )
        self.summary_label = QLabel(summary, objectName="DialogNote")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_field("original", self.tr("Contact"), self.summary_label)
        self.note_edit = QPlainTextEdit(objectName="CorrectionNote")
        self.note_edit.setPlaceholderText(
            self.tr("What was wrong or missing, e.g. “The serial number is 5CD1234XYZ.”")
        )
        # Tab leaves the box: the keyboard reaches Save without the mouse.
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumHeight(110)
        self.add_field("note", self.tr("&Correction"), self.note_edit)
        self.save_button.setText(self.tr("Add correction"))
        self.save_button.setToolTip(
            self.tr("Add the note under the contact ({keys})").format(keys=keys_text(SAVE_KEYS))
        )
        QShortcut(QKeySequence(SAVE_KEYS), self, self.submit)
        self.setMinimumWidth(560)
        self.note_edit.setFocus()

    def interaction_id(self) -> int:
        return self._interaction_id

    def save_call(self) -> SaveCall:
        return add_correction, (self._actor, self._interaction_id, self.note_edit.toPlainText())
