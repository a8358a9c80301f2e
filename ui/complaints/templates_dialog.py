"""Reply templates for supervisors: the templates per category, one editor, Save.

Like the call topics dialog (ui/calls/topics_dialog.py): each template is saved on its
own and the dialog stays open; a refusal appears under the field it is about (or at the
top) and nothing typed is lost, neither by an error, nor by looking at another template
(edits wait per template until saved), nor by closing (the dialog asks first).
Nothing is deleted: a template no longer wanted is switched off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.errors import CareDeskError, ValidationError
from app.services.actor import Actor
from app.services.reply_templates import ReplyTemplate, list_templates, save_template
from ui.calls.topic_list import ask_discard
from ui.complaints.template_editor import TemplateEditor
from ui.complaints.template_list import TemplateEntry, TemplateList
from ui.errors import failure_message, log_exception
from ui.workers import Task, run_in_worker


def _all_templates(session) -> tuple[ReplyTemplate, ...]:  # noqa: ANN001 - worker session
    return list_templates(session)


class TemplatesDialog(QDialog):
    """`loaded()` once the templates are listed; `saved(ReplyTemplate)` after each save."""

    loaded = Signal()
    saved = Signal(object)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TemplatesDialog")
        self._db = db
        self._actor = actor
        self._current: TemplateEntry | None = None  # what the editor shows and drafts
        self._task: Task | None = None
        self._saving = False
        self._focus_before_busy: QWidget | None = None

        title = self.tr("Reply templates")
        self.setWindowTitle(title)
        heading = QLabel(title, objectName="DialogTitle")
        self.intro = QLabel(
            self.tr("Agents insert these into a complaint's reply or note, or copy them for "
                    "an e-mail or SMS, with the complaint's details filled in. Each template "
                    "is saved on its own with its Save button."),
            objectName="DialogIntro",
        )  # fmt: skip
        self.intro.setWordWrap(True)
        self.banner = QLabel("", objectName="FormBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()

        self.template_list = TemplateList()
        self.template_list.setMinimumWidth(240)
        list_caption = QLabel(self.tr("T&emplates"))
        list_caption.setBuddy(self.template_list)
        self.add_button = QPushButton(self.tr("&Add template"), objectName="AddTemplate")
        self.add_button.setAutoDefault(False)
        keys = QKeySequence("Ctrl+N").toString(QKeySequence.SequenceFormat.NativeText)
        self.add_button.setToolTip(self.tr("Add a template ({keys})").format(keys=keys))
        self.empty_label = QLabel(self.tr("No templates yet: add the first one."),
                                  objectName="FieldHint")  # fmt: skip
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.editor = TemplateEditor()
        self.save_button = self.editor.save_button
        self.status_label = self.editor.status_label
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)

        side = QVBoxLayout()
        side.setSpacing(6)
        side.addWidget(list_caption)
        side.addWidget(self.template_list, 1)
        side.addWidget(self.empty_label)
        side.addWidget(self.add_button)
        body = QHBoxLayout()
        body.setSpacing(20)
        body.addLayout(side, 2)
        body.addWidget(self.editor, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        for widget in (heading, self.intro, self.banner):
            layout.addWidget(widget)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        # Wrapped texts are not in Qt's minimum size: this one keeps every row readable.
        self.setMinimumSize(760, 600)
        self.resize(920, 640)

        self.save_button.setDefault(True)
        chain = (self.template_list, self.add_button, *self.editor.focus_chain())
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_current)
        QShortcut(QKeySequence("Ctrl+N"), self, self.add_template)
        self.add_button.clicked.connect(self.add_template)
        self.save_button.clicked.connect(self.save_current)
        self.template_list.currentRowChanged.connect(self._show_row)
        self.editor.edited.connect(self._edited)
        self.editor.setEnabled(False)
        self._load()

    # -- loading -------------------------------------------------------------------------

    def _load(self) -> None:
        self._set_busy(True, self.tr("Loading templates…"))
        self._task = run_in_worker(self._db, _all_templates, on_done=self._listed,
                                   on_error=self._load_failed, context=self)  # fmt: skip

    def _listed(self, templates: tuple[ReplyTemplate, ...]) -> None:
        self.template_list.set_templates(templates)
        self._set_busy(False)
        self.empty_label.setVisible(not templates)
        first = self.template_list.first_template_row()
        if first >= 0:
            self.template_list.setCurrentRow(first)
        self.template_list.setFocus()
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.editor.setEnabled(False)
        self.add_button.setEnabled(False)
        self._show_banner(failure_message(
            exc, "TemplatesDialog: loading templates failed",
            self.tr("The reply templates could not be read from the database. Close this "
                    "window and open it again; if it keeps failing, tell IT support."),
        ))  # fmt: skip
        self.loaded.emit()

    # -- moving between templates ---------------------------------------------------------

    def current_entry(self) -> TemplateEntry | None:
        return self._current

    def select_template(self, title: str) -> bool:
        """Show the template titled `title`, as a click on its row would."""
        for row in range(self.template_list.count()):
            entry = self.template_list.entry(row)
            if entry is not None and entry.name() == title:
                self.template_list.setCurrentRow(row)
                return True
        return False

    def _stash(self) -> None:
        if self._current is not None:
            self._current.keep(self.editor.draft())

    def _show_row(self, row: int) -> None:
        self._stash()
        self._show_entry(self.template_list.entry(row))

    def _show_entry(self, entry: TemplateEntry | None) -> None:
        self._current = entry
        self.status_label.clear()
        self.editor.setEnabled(entry is not None)
        if entry is not None:
            self.editor.show_template(entry.shown(), entry.errors)
        self._update_save()

    def _edited(self) -> None:
        if self._current is None:
            return
        self._stash()
        if self._current.template is None:
            # An added one is listed under the category chosen for it (a short list).
            self.template_list.rebuild(keep=self._current)
        else:
            self.template_list.repaint_row(self.template_list.currentRow())
        self.status_label.clear()
        self._update_save()

    def _update_save(self) -> None:
        entry = self._current
        self.save_button.setEnabled(entry is not None and (entry.dirty or entry.template is None))

    def unsaved_templates(self) -> list[str]:
        self._stash()
        return self.template_list.unsaved_names()

    def add_template(self) -> None:
        """Show an empty template (the one already waiting, if any); Save creates it."""
        if self.is_busy():
            return
        self._stash()
        shown = self._current.shown().category if self._current is not None else ""
        entry = self.template_list.new_template(shown)
        self.empty_label.hide()
        self._show_entry(entry)
        self.editor.title_edit.setFocus()

    # -- saving --------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._task is not None and self._task.is_running

    def save_current(self) -> None:
        entry = self._current
        if self.is_busy() or entry is None:
            return
        self._stash()
        draft = entry.shown()
        entry.errors = {}
        self.editor.show_errors({})
        self.banner.hide()
        self._saving = True
        self._set_busy(True, self.tr("Saving…"))
        self._task = run_in_worker(
            self._db, save_template, self._actor, entry.id, draft.category, draft.title,
            draft.text, draft.active, on_done=self._saved, on_error=self._save_failed,
            context=self,
        )  # fmt: skip

    def _saved(self, template: ReplyTemplate) -> None:
        self._saving = False
        entry = self._current
        assert entry is not None
        entry.template, entry.draft, entry.errors = template, None, {}
        self.template_list.rebuild(keep=entry)  # its category may have changed
        self._set_busy(False)
        self._show_entry(entry)
        self.status_label.setText(self.tr("Saved “{title}”.").format(title=template.title))
        self.saved.emit(template)

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
            log_exception(exc, "TemplatesDialog: saving a template failed")
            self._show_banner(self.tr(
                "This template could not be saved: the database did not answer as expected. "
                "What you typed is still here; try again, and if it keeps failing, tell "
                "IT support."
            ))  # fmt: skip

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
        for widget in (self.template_list, self.add_button, self.editor):
            widget.setEnabled(not busy)
        self.buttons.setEnabled(not (busy and self._saving))
        self.status_label.setText(text)
        if busy:
            self.save_button.setEnabled(False)
        else:
            self.editor.setEnabled(self._current is not None)
            self._update_save()
            self.save_button.setDefault(True)
            if self._focus_before_busy is not None:
                self._focus_before_busy.setFocus()

    # -- closing -------------------------------------------------------------------------

    def reject(self) -> None:
        """Close, asking first when templates have changes not saved yet."""
        if self._saving:
            return
        names = self.unsaved_templates()
        if not names:
            super().reject()
            return
        ask_discard(self, names, lambda: QDialog.reject(self))
