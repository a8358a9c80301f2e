"""A dialog whose Save runs a service call on a worker and shows a refusal where it belongs.

Subclasses add their inputs with `add_field`, say what Save does in `save_call`, and
get `saved(result)` once it worked. A ValidationError naming one of the fields is shown
under that field, anything else (a refused permission, a conflict) at the top. Nothing
typed is lost: the dialog stays open with every value as it was. Before any of that, every
date field must read as a date within its limits: one that does not is never sent as
"no date"; Save waits and the field says why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.errors import CareDeskError, Conflict, ValidationError
from ui.errors import log_exception
from ui.widgets.date_edit import DateEdit
from ui.workers import Task, run_change

SaveCall = tuple[Callable[..., Any], tuple[Any, ...]]


class FormDialog(QDialog):
    """Heading, fields with their own error lines, a banner for other refusals, Save/Cancel.

    `saved(result)` is emitted after a successful save, just before the dialog closes;
    `conflict(message)` when someone else changed the record first (the owner reloads).
    """

    saved = Signal(object)
    conflict = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._task: Task | None = None
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._focus_before_busy: QWidget | None = None
        self.busy_text = QCoreApplication.translate("FormDialog", "Saving…")

        self.heading = QLabel("", objectName="DialogTitle")
        self.intro = QLabel("", objectName="DialogIntro")
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.banner = QLabel("", objectName="FormBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(10)
        self.busy_label = QLabel("", objectName="BusyState")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button: QPushButton = self.buttons.button(
            QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        footer = QVBoxLayout()
        footer.setSpacing(6)
        footer.addWidget(self.busy_label)
        footer.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addLayout(footer)
        self.setMinimumWidth(520)

    # -- building ------------------------------------------------------------------------

    def set_heading(self, title: str, intro: str = "") -> None:
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.intro.setText(intro)
        self.intro.setVisible(bool(intro))

    def add_field(
        self, key: str, caption: str, widget: QWidget, hint: str = "", after: QWidget | None = None
    ) -> QWidget:
        """A row: caption, the input, an optional grey hint and its (hidden) error line.

        `key` is the name services use in ValidationError.field for this input; `after`
        goes under the error line (what the person can do about that error).
        """
        error = QLabel("", objectName="FieldError")
        error.setWordWrap(True)
        error.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(widget)
        if hint:
            note = QLabel(hint, objectName="FieldHint")
            note.setWordWrap(True)
            column.addWidget(note)
        column.addWidget(error)
        if after is not None:
            column.addWidget(after)
        label = QLabel(caption)
        label.setBuddy(widget)
        self.form.addRow(label, box)
        self._fields[key] = (widget, error)
        dates = widget.findChildren(DateEdit)
        if isinstance(widget, DateEdit):
            widget.set_accessible_name(caption)
            dates.append(widget)
        for date_edit in dates:
            date_edit.message_changed.connect(self._date_message_changed)
        return widget

    def _date_message_changed(self, _message: str) -> None:
        # A date's message line opens under it as soon as the field is left.
        self.fit_height()

    def field(self, key: str) -> QWidget:
        return self._fields[key][0]

    # -- what Save does ------------------------------------------------------------------

    def save_call(self) -> SaveCall:
        """(fn, args): Save runs fn(session, *args) on a worker; fn declares what it
        writes (`@writes`), which is announced once it is saved."""
        raise NotImplementedError

    def accept_result(self, result: object) -> bool:
        """Whether `result` ends the dialog; a subclass may show a message and return False."""
        return True

    # -- running ---------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._task is not None and self._task.is_running

    def submit(self) -> None:
        if self.is_busy():
            return
        self.clear_errors()
        if not self.check_dates():
            return
        fn, args = self.save_call()
        self.set_busy(True)
        self._task = run_change(
            self._db, fn, *args, on_done=self._done, on_error=self._failed, context=self
        )

    def check_dates(self) -> bool:
        """Every date field shown reads as a date within its limits; else each says why
        under it, the cursor goes to the first, and False (nothing is saved)."""
        wrong = [
            edit
            for edit in self.findChildren(DateEdit)
            if edit.isVisibleTo(self) and not edit.validate()
        ]
        if wrong:
            wrong[0].setFocus()
            wrong[0].line.selectAll()
            self.fit_height()
        return not wrong

    def _done(self, result: object) -> None:
        self.set_busy(False)
        if self.accept_result(result):
            self.saved.emit(result)
            self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.show_error(exc)

    def set_busy(self, busy: bool) -> None:
        """While the worker runs nothing can be changed or sent twice; Esc waits too."""
        if busy:
            self._focus_before_busy = self.focusWidget()
        for widget, _error in self._fields.values():
            widget.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        self.busy_label.setText(self.busy_text if busy else "")
        if not busy:
            # Disabling the buttons took Save's default role away: Enter must save again.
            self.save_button.setDefault(True)
            if self._focus_before_busy is not None:
                self._focus_before_busy.setFocus()

    def reject(self) -> None:
        if not self.is_busy():
            super().reject()

    # -- size ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_height()

    def fit_height(self) -> None:
        """Grow to the height the wrapped texts need at the current width.

        Qt sizes a window from its minimum size, which ignores how tall wrapped labels
        become; a message must not squeeze the fields it explains.
        """
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    # -- messages ------------------------------------------------------------------------

    def clear_errors(self) -> None:
        self.banner.hide()
        self.banner.clear()
        for _widget, error in self._fields.values():
            error.hide()
            error.clear()
        for date_edit in self.findChildren(DateEdit):
            date_edit.clear_error()

    def field_error(self, key: str) -> str:
        """The message shown under field `key` ("" when none)."""
        widget, error = self._fields[key]
        if isinstance(widget, DateEdit):
            return widget.error_text()
        return error.text() if not error.isHidden() else ""

    def banner_text(self) -> str:
        return self.banner.text() if not self.banner.isHidden() else ""

    def show_message(self, message: str, key: str | None = None) -> None:
        """Show `message` under field `key` (focusing it) or, without one, at the top."""
        if key in self._fields and isinstance(self._fields[key][0], DateEdit):
            self.show_date_message(self._fields[key][0], message)
            return
        if key in self._fields:
            widget, error = self._fields[key]
            error.setText(message)
            error.show()
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()
        else:
            self.banner.setText(message)
            self.banner.show()
        self.fit_height()

    def show_date_message(self, date_edit: DateEdit, message: str) -> None:
        """A refusal about a date goes on the date's own line, which clears itself once
        the date is put right."""
        date_edit.show_error(message)
        date_edit.setFocus()
        date_edit.line.selectAll()
        self.fit_height()

    def show_error(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.show_message(exc.message, exc.field)
        elif isinstance(exc, CareDeskError):
            self.show_message(exc.message)
            if isinstance(exc, Conflict):
                self.conflict.emit(exc.message)
        else:
            log_exception(exc, f"{type(self).__name__}: saving failed")
            self.show_message(
                QCoreApplication.translate(
                    "FormDialog",
                    "This could not be saved: the database did not answer as expected. "
                    "What you typed is still here; try again, and if it keeps failing, "
                    "tell IT support.",
                )
            )
