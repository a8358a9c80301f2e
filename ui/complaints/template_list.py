"""The reply templates dialog's list: the templates under a heading per category, each
as saved plus the edits not saved yet.

Edits wait per template (a draft) until saved or the dialog is closed, so a supervisor
can look at another template half-way through without losing anything. Headings are
not selectable: the arrow keys go from template to template.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QListWidgetItem, QWidget

from app.services.complaints.complaints import CATEGORIES
from app.services.complaints.reply_templates import ReplyTemplate
from ui.complaints.template_editor import TemplateDraft, category_name
from ui.widgets.draft_list import MUTED, DraftEntry, DraftList, RowWords

BLANK = TemplateDraft("", "", "", True)
ENTRY_ROLE = Qt.ItemDataRole.UserRole


class TemplateEntry(DraftEntry[ReplyTemplate, TemplateDraft]):
    """`template` None: an added template not saved yet. `errors`: field -> message."""

    @property
    def template(self) -> ReplyTemplate | None:
        return self.record

    @property
    def id(self) -> int | None:
        return self.template.id if self.template is not None else None

    def saved_form(self) -> TemplateDraft:
        tp = self.template
        return BLANK if tp is None else TemplateDraft(tp.category, tp.title, tp.text, tp.active)

    def group(self) -> str:
        """The category heading it is listed under: as saved (an added one: as typed)."""
        return self.template.category if self.template is not None else self.shown().category

    def name(self) -> str:
        typed = self.shown().title.strip()
        if typed:
            return typed
        if self.template is not None:
            return self.template.title
        return QCoreApplication.translate("ReplyTemplates", "New template")

    def row_words(self) -> RowWords:
        translate = QCoreApplication.translate
        return RowWords(
            translate("ReplyTemplates", "{name} (switched off)"),
            translate("ReplyTemplates", "Not offered on complaints."),
            translate("ReplyTemplates", "Changed, not saved yet."),
        )


class TemplateList(DraftList[TemplateEntry]):
    """Headings and templates; `entries` in no particular order, rows say which is where."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TemplateList")

    def set_templates(self, templates: Sequence[ReplyTemplate]) -> None:
        self.entries = [TemplateEntry(tp) for tp in templates]
        self.rebuild()

    def rebuild(self, keep: TemplateEntry | None = None) -> None:
        """Lay the rows out again by category (every category first), titles in order;
        `keep` becomes the current row. Quietly: the owner shows what it needs."""
        self.blockSignals(True)
        self.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for group in ("", *CATEGORIES):
            members = [e for e in self.entries if e.group() == group]
            if not members:
                continue
            heading = QListWidgetItem(category_name(group))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            heading.setFont(bold)
            heading.setData(Qt.ItemDataRole.ForegroundRole, QColor(MUTED))
            self.addItem(heading)
            members.sort(key=lambda e: (e.template is None, e.name().casefold()))
            for entry in members:
                item = QListWidgetItem()
                item.setData(ENTRY_ROLE, self.entries.index(entry))
                entry.paint(item)
                self.addItem(item)
        if keep is not None:
            self.setCurrentRow(self.row_of(keep))
        self.blockSignals(False)

    def entry(self, row: int) -> TemplateEntry | None:
        item = self.item(row) if row >= 0 else None
        index = item.data(ENTRY_ROLE) if item is not None else None
        return self.entries[index] if index is not None else None

    def row_of(self, entry: TemplateEntry) -> int:
        index = self.entries.index(entry)
        return next((r for r in range(self.count()) if self.item(r).data(ENTRY_ROLE) == index), -1)

    def first_template_row(self) -> int:
        return self.first_entry_row()

    def new_template(self, category: str) -> TemplateEntry:
        """The added template not saved yet (one is made in `category` if there is none)."""
        waiting = self.waiting_entry()
        if waiting is None:
            waiting = TemplateEntry(None, TemplateDraft(category, "", "", True))
            self.entries.append(waiting)
        self.rebuild(keep=waiting)
        return waiting

    def texts(self) -> list[str]:
        return [self.item(r).text() for r in range(self.count())]
