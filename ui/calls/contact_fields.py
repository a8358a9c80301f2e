"""The contact form's smaller parts: value lists, the callback row, the notes box, the two
columns, and the question before typed notes are thrown away."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.timeutil import now_utc
from ui.calls.zone_time import ZoneDateTimeEdit

CALLBACK_AFTER = timedelta(hours=1)
NOTES_HEIGHT = 110


def value_combo(
    items: Iterable[tuple[object, str]], name: str, none_text: str | None = None
) -> QComboBox:
    """A combo of (value, label) items; `none_text` first stands for None."""
    combo = QComboBox(objectName=name)
    if none_text is not None:
        combo.addItem(none_text, None)
    for value, text in items:
        combo.addItem(text, value)
    return combo


def satisfaction_items() -> list[tuple[int, str]]:
    very_unhappy = QCoreApplication.translate("ContactForm", "1 · very unhappy")
    very_happy = QCoreApplication.translate("ContactForm", "5 · very happy")
    return [(1, very_unhappy), (2, "2"), (3, "3"), (4, "4"), (5, very_happy)]


class CallbackRow(QWidget):
    """When to call back (app zone), and whether anyone on the team may take it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = ZoneDateTimeEdit(now_utc() + CALLBACK_AFTER)
        self.edit.setObjectName("CallbackAt")
        self._typed = False
        self.edit.dateTimeChanged.connect(self._changed)
        self.pool_check = QCheckBox(
            self.tr("Leave it to the shared &pool"), objectName="CallbackToPool"
        )
        self.pool_check.setToolTip(
            self.tr("Anyone on the team may take the callback; otherwise it is yours")
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.pool_check)
        row.addStretch(1)
        self.setFocusProxy(self.edit)

    def _changed(self) -> None:
        self._typed = True

    def offer_default(self) -> None:
        """An hour from now, unless a time was already chosen by hand."""
        if not self._typed:
            self.edit.blockSignals(True)
            self.edit.set_moment(now_utc() + CALLBACK_AFTER)
            self.edit.blockSignals(False)

    def moment(self) -> datetime:
        return self.edit.moment()

    def to_pool(self) -> bool:
        return self.pool_check.isChecked()


def split_in_columns(outer: QVBoxLayout, form: QFormLayout) -> QFormLayout:
    """Move `form` into the left of two side-by-side columns; return the right one.

    Fourteen rows in one column do not fit a 768-pixel laptop screen.
    """
    index = outer.indexOf(form)
    outer.removeItem(form)
    right = QFormLayout()
    right.setLabelAlignment(form.labelAlignment())
    right.setFieldGrowthPolicy(form.fieldGrowthPolicy())
    right.setHorizontalSpacing(form.horizontalSpacing())
    right.setVerticalSpacing(form.verticalSpacing())
    columns = QHBoxLayout()
    columns.setSpacing(32)
    for column in (form, right):
        # Rows keep their own height; the shorter column leaves its space empty below.
        holder = QVBoxLayout()
        holder.addLayout(column)
        holder.addStretch(1)
        columns.addLayout(holder, 1)
    outer.insertLayout(index, columns)
    return right


class NotesEdit(QPlainTextEdit):
    """A notes box that starts a few lines high (the form must fit a laptop screen) and
    takes any height the window is given; Tab moves on, as in every other field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(NOTES_HEIGHT)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), NOTES_HEIGHT)


def discard_question(parent: QWidget) -> QMessageBox:
    """The question before a form with typed notes closes unsaved: Discard or Cancel.

    Shown with open(), not exec(): the other forms and the window stay usable meanwhile.
    """
    box = QMessageBox(
        QMessageBox.Icon.Question,
        parent.windowTitle(),
        QCoreApplication.translate(
            "ContactForm",
            "Close without logging this contact? The notes and answers typed here will be lost.",
        ),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box
