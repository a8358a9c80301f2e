"""A dialog to look after a list of records: the list on the left, one editor on the
right, Save per record, a banner for refusals that belong to no field.

Not a FormDialog: that saves one record and closes, while here each record is saved on
its own and the dialog stays open. Its rules hold all the same: a refusal appears under
the field it is about (or at the top), and nothing typed is lost, neither by an error
nor by looking at another record (edits wait per record as drafts: ui/widgets/
draft_list.py) nor by closing (the dialog asks first).

A subclass builds its list, editor and add button, then calls `_lay_out` and `_wire`; it
says how a record is loaded (`_load`), shown (`_show_in_editor`) and saved
(`_save_call`), and gives the words, translated in its own context.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.errors import CareDeskError, ValidationError
from app.services.actor import Actor
from ui.errors import log_exception
from ui.widgets.draft_list import DraftEntry, DraftList
from ui.workers import Task, run_change, run_query


def native_keys(key: str) -> str:
    """A shortcut as this platform writes it (for tooltips)."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def ask_discard(parent: QWidget, names: Sequence[str], on_discard: Callable[[], None]) -> None:
    """Ask (window-modal, not blocking) whether the drafts of `names` may be thrown away;
    `on_discard()` runs only if so. Cancel, the default, keeps everything."""
    translate = QCoreApplication.translate
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("TopicsDialog", "Close without saving?"),
        translate("TopicsDialog", "Changes not saved yet: {names}. Closing now loses them.").format(
            names=", ".join(names)
        ),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("UnsavedTopicsBox")
    discard = box.button(QMessageBox.StandardButton.Discard)
    discard.setText(translate("TopicsDialog", "Close without saving"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: box.clickedButton() is discard and on_discard())
    box.open()


class DraftEditor(QWidget):
    """The right-hand side: fields with their error lines, a busy/status line and Save.

    It only shows and collects values (a draft); the dialog decides what is saved and
    when. A subclass makes its inputs and `save_button`, adds them with `_add_row`, then
    calls `_lay_out`. `edited()` whenever the person changes something (connect inputs to
    `_changed`), not when a record is shown (`_quietly`).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._showing = False
        self._errors: dict[str, QLabel] = {}
        self._inputs: dict[str, QWidget] = {}
        self.status_label = QLabel("", objectName="BusyState")
        self.save_button: QPushButton
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(10)
        self.form.setContentsMargins(0, 0, 0, 0)

    def _add_row(
        self,
        key: str,
        caption: str,
        widget: QWidget,
        above_error: Sequence[QWidget] = (),
        below_error: Sequence[QWidget] = (),
    ) -> None:
        """A row: caption, the input, what goes above its (hidden) error line and below.
        `key` is the name services use in ValidationError.field for this input."""
        error = QLabel("", objectName="FieldError")
        error.setWordWrap(True)
        error.hide()
        box = QWidget()
        # Only the long text grows: the other rows keep their height, with no gaps.
        box.setSizePolicy(QSizePolicy.Policy.Preferred, widget.sizePolicy().verticalPolicy())
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(widget, 1)
        for extra in (*above_error, error, *below_error):
            column.addWidget(extra)
        caption_label = QLabel(caption)
        caption_label.setBuddy(widget)
        self.form.addRow(caption_label, box)
        self._errors[key] = error
        self._inputs[key] = widget

    def _lay_out(self) -> None:
        save_row = QHBoxLayout()
        save_row.addWidget(self.status_label, 1)
        save_row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form, 1)
        layout.addLayout(save_row)

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """Inputs changed inside are shown, not edited: no `edited()`."""
        self._showing = True
        try:
            yield
        finally:
            self._showing = False

    def _changed(self) -> None:
        if not self._showing:
            self.edited.emit()

    # -- errors --------------------------------------------------------------------------

    def show_errors(self, errors: dict[str, str]) -> None:
        """Messages under their fields (keys as in ValidationError.field); others cleared."""
        for key, error in self._errors.items():
            error.setText(errors.get(key, ""))
            error.setVisible(bool(errors.get(key)))

    def has_field(self, key: str) -> bool:
        return key in self._errors

    def field_error(self, key: str) -> str:
        error = self._errors[key]
        return error.text() if not error.isHidden() else ""

    def focus_field(self, key: str) -> None:
        """Focus the input of `key`; any other key: the last row's (the long text)."""
        fallback = list(self._inputs.values())[-1]
        self._inputs.get(key, fallback).setFocus()


class ListEditorDialog(QDialog):
    """`loaded()` once the records are listed; `saved(record)` after each record saved.

    A subclass sets `entry_list` (a DraftList), `editor` (a DraftEditor), `intro` and
    `add_button` before `_lay_out` (which takes `save_button` and `status_label` from the
    editor) and `_wire`; without the right to edit it sets `read_only` first and shows
    everything read-only. Its `_listed(records)` fills the list, then `_show_listed()`.
    """

    loaded = Signal()
    saved = Signal(object)

    # Where the log says an unexpected failure of Save happened.
    save_failure_log = "ListEditorDialog: saving failed"

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.read_only = False
        self._current: DraftEntry | None = None  # what the editor shows and drafts
        self._task: Task | None = None
        self._saving = False
        self._focus_before_busy: QWidget | None = None
        self.entry_list: DraftList
        self.editor: DraftEditor
        self.intro: QLabel
        self.add_button: QPushButton

        self.banner = QLabel("", objectName="FormBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)

    # -- building ------------------------------------------------------------------------

    def _lay_out(self, title: str, side: Sequence[QWidget]) -> None:
        """Heading, intro, banner; `side` (the list among them, which grows) left of the
        editor; Close at the bottom."""
        self.setWindowTitle(title)
        heading = QLabel(title, objectName="DialogTitle")
        self.save_button = self.editor.save_button
        self.status_label = self.editor.status_label
        column = QVBoxLayout()
        column.setSpacing(6)
        for widget in side:
            column.addWidget(widget, 1 if widget is self.entry_list else 0)
        body = QHBoxLayout()
        body.setSpacing(20)
        body.addLayout(column, 2)
        body.addWidget(self.editor, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        for widget in (heading, self.intro, self.banner):
            layout.addWidget(widget)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

    def _wire(self, add: Callable[[], None]) -> None:
        """Tab order, Ctrl+S / Ctrl+N (not when read-only), and what the widgets do."""
        self.save_button.setDefault(True)
        chain = (self.entry_list, self.add_button, *self.editor.focus_chain())
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)
        if not self.read_only:
            QShortcut(QKeySequence("Ctrl+S"), self, self.save_current)
            QShortcut(QKeySequence("Ctrl+N"), self, add)
        self.add_button.clicked.connect(add)
        self.save_button.clicked.connect(self.save_current)
        self.entry_list.currentRowChanged.connect(self._show_row)
        self.editor.edited.connect(self._edited)

    # -- what a subclass says ------------------------------------------------------------

    def _show_in_editor(self, entry: Any) -> None:
        raise NotImplementedError

    def _save_call(self, entry: Any, draft: Any) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        """(fn, args): Save runs fn(session, *args) on a worker; fn declares `writes`."""
        raise NotImplementedError

    def _saving_text(self) -> str:
        raise NotImplementedError

    def _saved_text(self, record: Any) -> str:
        raise NotImplementedError

    def _save_failure_text(self) -> str:
        """The banner when Save failed for no reason the person can act on."""
        raise NotImplementedError

    def _after_edit(self) -> None:
        """The current row reads its draft (a subclass may move the row instead)."""
        self.entry_list.repaint_row(self.entry_list.currentRow())

    def _after_save(self, entry: Any) -> None:
        """The list shows `entry` as saved."""
        self.entry_list.repaint_row(self.entry_list.currentRow())

    # -- loading -------------------------------------------------------------------------

    def _run(
        self,
        text: str,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Read: fn(session, *args) on a worker, busy (saying `text`) until it answers."""
        self._set_busy(True, text)
        self._task = run_query(
            self._db, fn, *args, on_done=on_done, on_error=on_error, context=self
        )

    def _show_listed(self) -> None:
        """The list is filled: show its first entry and say so (`loaded()`)."""
        self._set_busy(False)
        first = self.entry_list.first_entry_row()
        if first >= 0:
            self.entry_list.setCurrentRow(first)
        self.entry_list.setFocus()
        self.loaded.emit()

    # -- moving between entries ----------------------------------------------------------

    def _stash(self) -> None:
        """Keep what the editor holds as the current entry's draft."""
        if self._current is not None and not self.read_only:
            self._current.keep(self.editor.draft())

    def _show_row(self, row: int) -> None:
        self._stash()
        self._show_entry(self.entry_list.entry(row))

    def _show_entry(self, entry: DraftEntry | None) -> None:
        self._current = entry
        self.status_label.clear()
        self.editor.setEnabled(entry is not None)
        if entry is not None:
            self._show_in_editor(entry)
        self._update_save()

    def _edited(self) -> None:
        if self._current is None:
            return
        self._stash()
        self._after_edit()
        self.status_label.clear()
        self._update_save()

    def _update_save(self) -> None:
        entry = self._current
        self.save_button.setEnabled(entry is not None and (entry.dirty or entry.record is None))

    def unsaved_names(self) -> list[str]:
        """Names of the entries with changes not saved yet, in list order."""
        self._stash()
        return self.entry_list.unsaved_names()

    # -- saving --------------------------------------------------------------------------

    def is_busy(self) -> bool:
        """Whether the records are being loaded or one saved."""
        return self._task is not None and self._task.is_running

    def save_current(self) -> None:
        entry = self._current
        if self.read_only or self.is_busy() or entry is None:
            return
        self._stash()
        draft = entry.shown()
        entry.errors = {}
        self.editor.show_errors({})
        self.banner.hide()
        fn, args = self._save_call(entry, draft)
        self._saving = True
        self._set_busy(True, self._saving_text())
        self._task = run_change(
            self._db, fn, *args, on_done=self._saved, on_error=self._save_failed, context=self
        )

    def _saved(self, record: Any) -> None:
        self._saving = False
        entry = self._current
        assert entry is not None
        entry.settle(record)
        self._after_save(entry)
        self._set_busy(False)
        self._show_entry(entry)
        self.status_label.setText(self._saved_text(record))
        self.saved.emit(record)

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self._set_busy(False)
        entry = self._current
        if (
            isinstance(exc, ValidationError)
            and entry is not None
            and self.editor.has_field(exc.field or "")
        ):
            entry.errors = {exc.field: exc.message}
            self.editor.show_errors(entry.errors)
            self.editor.focus_field(exc.field)
        elif isinstance(exc, CareDeskError):
            self._show_banner(exc.message)
        else:
            log_exception(exc, self.save_failure_log)
            self._show_banner(self._save_failure_text())

    def _show_banner(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.show()

    def banner_text(self) -> str:
        return self.banner.text() if not self.banner.isHidden() else ""

    def _set_busy(self, busy: bool, text: str = "") -> None:
        """While the worker runs nothing can change or be sent twice; Close waits for a
        save, not for a load (an unreachable database must not trap the person here)."""
        if busy:
            self._focus_before_busy = self.focusWidget()
        for widget in (self.entry_list, self.add_button, self.editor):
            widget.setEnabled(not busy)
        self.buttons.setEnabled(not (busy and self._saving))
        self.status_label.setText(text)
        if busy:
            self.save_button.setEnabled(False)
        else:
            self.editor.setEnabled(self._current is not None)
            self._update_save()
            # Disabling took Save's default role away: Enter must save again.
            self.save_button.setDefault(True)
            if self._focus_before_busy is not None:
                self._focus_before_busy.setFocus()

    # -- closing -------------------------------------------------------------------------

    def reject(self) -> None:
        """Close, asking first when entries have changes not saved yet."""
        if self._saving:
            return
        names = self.unsaved_names()
        if not names:
            super().reject()
            return
        ask_discard(self, names, lambda: QDialog.reject(self))
