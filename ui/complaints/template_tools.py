"""Reply templates where an agent writes on a complaint: "Insert template" fills one in
for this complaint and puts it at the cursor; "Copy" puts the text on the clipboard for
an e-mail or SMS. A line beside them says what happened.

The templates offered are the complaint category's, then those for every category; they
are read again each time the complaint is, so a supervisor's new one appears on Reload.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.services.complaints.reply_templates import ReplyTemplate, fill_template, offered_templates
from ui.complaints.template_editor import category_name
from ui.errors import failure_message
from ui.workers import run_query

STATUS_MS = 5_000


class TemplateTools(QWidget):
    """Tools for `editor`. `listed()` once the templates are read; `inserted(text)` after a
    filled template went in; `copied(text)` after Copy."""

    listed = Signal()
    inserted = Signal(str)
    copied = Signal(str)

    def __init__(self, db, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._db = db
        self._editor = editor
        self._complaint_id: int | None = None
        self._category = ""
        self.templates: tuple[ReplyTemplate, ...] = ()

        self.menu = QMenu(self)
        self.menu.setObjectName("TemplateMenu")
        # A push button with a menu: it looks like its neighbours and opens on click.
        self.insert_button = QPushButton(self.tr("Insert te&mplate"), objectName="InsertTemplate")
        self.insert_button.setAutoDefault(False)
        self.insert_button.setToolTip(
            self.tr("Put a reply template, filled in for this complaint, at the cursor")
        )
        self.insert_button.setMenu(self.menu)
        self.copy_button = QPushButton(self.tr("Cop&y text"), objectName="CopyText")
        self.copy_button.setAutoDefault(False)
        self.copy_button.setToolTip(
            self.tr("Copy the text to the clipboard, to paste into an e-mail or SMS")
        )
        self.copy_button.clicked.connect(self.copy_text)
        self.status_label = QLabel("", objectName="BusyState")
        self.status_label.setWordWrap(True)  # a long template title must not widen the window
        self._clear_timer = QTimer(self, singleShot=True, interval=STATUS_MS)
        self._clear_timer.timeout.connect(self.status_label.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.insert_button)
        row.addWidget(self.copy_button)
        row.addWidget(self.status_label, 1)
        self._fill_menu()

    # -- the templates ---------------------------------------------------------------------

    def set_complaint(self, complaint_id: int, category: str) -> None:
        """Offer the templates for this complaint (read on a worker)."""
        self._complaint_id, self._category = complaint_id, category
        run_query(
            self._db,
            offered_templates,
            category,
            on_done=self._listed,
            on_error=self._list_failed,
            context=self,
        )

    def _listed(self, templates: tuple[ReplyTemplate, ...]) -> None:
        self.templates = templates
        self._fill_menu()
        self.listed.emit()

    def _list_failed(self, exc: BaseException) -> None:
        self.templates = ()
        self._fill_menu()
        self._say(
            failure_message(
                exc,
                "TemplateTools: the templates could not be read",
                self.tr("The templates could not be read."),
            )
        )
        self.listed.emit()

    def _fill_menu(self) -> None:
        self.menu.clear()
        group = None
        for template in self.templates:
            if template.category != group:
                group = template.category
                self.menu.addSection(category_name(group))
            action = self.menu.addAction(template.title)
            action.setToolTip(template.text)
            action.triggered.connect(lambda _c=False, tp=template: self.insert(tp))
        if not self.templates:
            none = self.menu.addAction(self.tr("No templates for this category yet"))
            none.setEnabled(False)

    # -- inserting and copying --------------------------------------------------------------

    def insert(self, template: ReplyTemplate) -> None:
        """Fill `template` in for the complaint and put it at the editor's cursor."""
        if self._complaint_id is None:
            return
        self.insert_button.setEnabled(False)
        run_query(
            self._db,
            fill_template,
            template.id,
            self._complaint_id,
            on_done=lambda text: self._put(template, text),
            on_error=self._fill_failed,
            context=self,
        )

    def _put(self, template: ReplyTemplate, text: str) -> None:
        self.insert_button.setEnabled(True)
        self._editor.insertPlainText(text)
        self._editor.setFocus()
        self._say(self.tr("Inserted “{title}”.").format(title=template.title))
        self.inserted.emit(text)

    def _fill_failed(self, exc: BaseException) -> None:
        self.insert_button.setEnabled(True)
        message = self.tr("The template could not be filled in; try again.")
        self._say(failure_message(exc, "TemplateTools: a template could not be filled in", message))

    def copy_text(self) -> None:
        """The editor's text (or what is selected in it) onto the clipboard."""
        cursor = self._editor.textCursor()
        text = cursor.selection().toPlainText() if cursor.hasSelection() else None
        text = (text or self._editor.toPlainText()).strip()
        if not text:
            self._say(self.tr("Nothing to copy yet: write or insert a text first."))
            return
        QGuiApplication.clipboard().setText(text)
        self._say(self.tr("Copied %n character(s) for an e-mail or SMS.", "", len(text)))
        self.copied.emit(text)

    def _say(self, message: str) -> None:
        self.status_label.setText(message)
        self._clear_timer.start()

    def status(self) -> str:
        return self.status_label.text()
