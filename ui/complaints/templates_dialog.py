"""Reply templates for supervisors: the templates per category, one editor, Save.

A ListEditorDialog (ui/widgets/list_editor_dialog.py), like the call topics dialog: each
template is saved on its own and the dialog stays open; a refusal appears under the
field it is about (or at the top) and nothing typed is lost, neither by an error, nor by
looking at another template (edits wait per template until saved), nor by closing (the
dialog asks first). Nothing is deleted: a template no longer wanted is switched off.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.db import Database
from app.services.actor import Actor
from app.services.complaints.reply_templates import ReplyTemplate, list_templates, save_template
from ui.complaints.template_editor import TemplateDraft, TemplateEditor
from ui.complaints.template_list import TemplateEntry, TemplateList
from ui.errors import failure_message
from ui.widgets.list_editor_dialog import ListEditorDialog, native_keys


class TemplatesDialog(ListEditorDialog):
    """`loaded()` once the templates are listed; `saved(ReplyTemplate)` after each save."""

    save_failure_log = "TemplatesDialog: saving a template failed"

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.setObjectName("TemplatesDialog")

        self.intro = QLabel(
            self.tr(
                "Agents insert these into a complaint's reply or note, or copy them for "
                "an e-mail or SMS, with the complaint's details filled in. Each template "
                "is saved on its own with its Save button."
            ),
            objectName="DialogIntro",
        )
        self.intro.setWordWrap(True)

        self.template_list = self.entry_list = TemplateList()
        self.template_list.setMinimumWidth(240)
        list_caption = QLabel(self.tr("T&emplates"))
        list_caption.setBuddy(self.template_list)
        self.add_button = QPushButton(self.tr("&Add template"), objectName="AddTemplate")
        self.add_button.setAutoDefault(False)
        keys = native_keys("Ctrl+N")
        self.add_button.setToolTip(self.tr("Add a template ({keys})").format(keys=keys))
        self.empty_label = QLabel(
            self.tr("No templates yet: add the first one."), objectName="FieldHint"
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.editor = TemplateEditor()
        self._lay_out(
            self.tr("Reply templates"),
            (list_caption, self.template_list, self.empty_label, self.add_button),
        )
        # Wrapped texts are not in Qt's minimum size: this one keeps every row readable.
        self.setMinimumSize(760, 600)
        self.resize(920, 640)

        self._wire(self.add_template)
        self.editor.setEnabled(False)
        self._load()

    # -- loading -------------------------------------------------------------------------

    def _load(self) -> None:
        self._run(
            self.tr("Loading templates…"),
            list_templates,
            on_done=self._listed,
            on_error=self._load_failed,
        )

    def _listed(self, templates: tuple[ReplyTemplate, ...]) -> None:
        self.template_list.set_templates(templates)
        self.empty_label.setVisible(not templates)
        self._show_listed()

    def _load_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.editor.setEnabled(False)
        self.add_button.setEnabled(False)
        self._show_banner(
            failure_message(
                exc,
                "TemplatesDialog: loading templates failed",
                self.tr(
                    "The reply templates could not be read from the database. Close this "
                    "window and open it again; if it keeps failing, tell IT support."
                ),
            )
        )
        self.loaded.emit()

    # -- moving between templates ---------------------------------------------------------

    def current_entry(self) -> TemplateEntry | None:
        return self._current if isinstance(self._current, TemplateEntry) else None

    def select_template(self, title: str) -> bool:
        """Show the template titled `title`, as a click on its row would."""
        for row in range(self.template_list.count()):
            entry = self.template_list.entry(row)
            if entry is not None and entry.name() == title:
                self.template_list.setCurrentRow(row)
                return True
        return False

    def _show_in_editor(self, entry: TemplateEntry) -> None:
        self.editor.show_template(entry.shown(), entry.errors)

    def _after_edit(self) -> None:
        if self._current is not None and self._current.record is None:
            # An added one is listed under the category chosen for it (a short list).
            self.template_list.rebuild(keep=self._current)
        else:
            super()._after_edit()

    def unsaved_templates(self) -> list[str]:
        return self.unsaved_names()

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

    def _save_call(
        self, entry: TemplateEntry, draft: TemplateDraft
    ) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        args = (self._actor, entry.id, draft.category, draft.title, draft.text, draft.active)
        return save_template, args

    def _after_save(self, entry: TemplateEntry) -> None:
        self.template_list.rebuild(keep=entry)  # its category may have changed

    def _saving_text(self) -> str:
        return self.tr("Saving…")

    def _saved_text(self, template: ReplyTemplate) -> str:
        return self.tr("Saved “{title}”.").format(title=template.title)

    def _save_failure_text(self) -> str:
        return self.tr(
            "This template could not be saved: the database did not answer as expected. "
            "What you typed is still here; try again, and if it keeps failing, tell "
            "IT support."
        )
