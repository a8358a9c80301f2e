"""The right-hand side of the reply templates dialog: one template's category, title,
switch, text with its placeholders, and Save.

It only shows and collects values (a `TemplateDraft`); the dialog decides what is saved
and when. Errors appear under the field they are about and the text stays as typed; an
unknown placeholder is named while the supervisor types, before any Save.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.formatting import format_count
from app.services.complaints.complaints import CATEGORIES
from app.services.complaints.reply_templates import TEXT_MAX, TITLE_MAX, placeholder_problem
from ui.labels import complaint_category_labels, label
from ui.widgets.list_editor_dialog import DraftEditor, native_keys


@dataclass(frozen=True)
class TemplateDraft:
    """What the editor holds for a template; `category` "" is every category."""

    category: str
    title: str
    text: str
    active: bool


def category_name(category: str) -> str:
    if not category:
        return QCoreApplication.translate("ReplyTemplates", "Every category")
    return label(complaint_category_labels(), category)


def placeholder_help() -> dict[str, str]:
    """What each placeholder becomes, for its button's tooltip."""
    translate = QCoreApplication.translate
    return {
        "customer_name": translate("ReplyTemplates", "The customer's full name"),
        "complaint_no": translate("ReplyTemplates", "The complaint number, e.g. KN-2026-000123"),
        "product": translate("ReplyTemplates", "The product of the purchase concerned"),
        "due_date": translate("ReplyTemplates", "When the resolution is due, date and time"),
    }


class TemplateEditor(DraftEditor):
    """`edited()` whenever the person changes something (not when a template is shown)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved_errors: dict[str, str] = {}

        self.category_combo = QComboBox(objectName="TemplateCategory")
        for key in ("", *CATEGORIES):
            self.category_combo.addItem(category_name(key), key)
        self.title_edit = QLineEdit(objectName="TemplateTitle")
        self.title_edit.setMaxLength(TITLE_MAX)
        self.title_edit.setPlaceholderText(self.tr("e.g. Late delivery: apology"))
        self.active_check = QCheckBox(
            self.tr("&Offered on complaints"), objectName="TemplateActive"
        )
        self.active_check.setToolTip(
            self.tr(
                "Switched off, agents no longer see it in “Insert template”; "
                "it is kept and can be switched on again."
            )
        )
        self.text_edit = QPlainTextEdit(objectName="TemplateText")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(110)  # four lines: an SMS-length reply in full
        self.text_edit.setPlaceholderText(
            self.tr(
                "e.g. Dear {customer_name}, we are sorry that ... Your complaint "
                "{complaint_no} will be resolved by {due_date}."
            )
        )
        self.placeholder_buttons: dict[str, QPushButton] = {}
        # Two by two, not a wrapping flow: a grid's height is known before it is laid out,
        # so a small window cannot squeeze the buttons under Save.
        chips = QWidget()
        grid = QGridLayout(chips)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(2, 1)
        for n, (key, tip) in enumerate(placeholder_help().items()):
            button = QPushButton(f"{{{key}}}", objectName=f"Placeholder_{key}")
            button.setAutoDefault(False)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(self.tr("{what}. Click to insert it at the cursor.").format(what=tip))
            button.clicked.connect(lambda _c=False, k=key: self.insert_placeholder(k))
            self.placeholder_buttons[key] = button
            grid.addWidget(button, n // 2, n % 2)
        self.count_label = QLabel("", objectName="FieldHint")
        self.status_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save template"), objectName="SaveTemplate")
        self.save_button.setToolTip(
            self.tr("Save this template ({keys})").format(keys=native_keys("Ctrl+S"))
        )

        hint = QLabel(self.tr("Placeholders (click one to insert it):"), objectName="FieldHint")
        hint.setWordWrap(True)
        self._add_row("category", self.tr("C&ategory"), self.category_combo)
        self._add_row("title", self.tr("&Title"), self.title_edit)
        self._add_row("active", "", self.active_check)
        self._add_row(
            "text", self.tr("Te&xt"), self.text_edit, below_error=(self.count_label, hint, chips)
        )
        self._lay_out()

        self.category_combo.currentIndexChanged.connect(self._changed)
        self.title_edit.textEdited.connect(self._changed)
        self.active_check.toggled.connect(self._changed)
        self.text_edit.textChanged.connect(self._changed)
        self.text_edit.textChanged.connect(self._text_edited)

    # -- showing -------------------------------------------------------------------------

    def show_template(self, draft: TemplateDraft, errors: dict[str, str]) -> None:
        with self._quietly():
            self.category_combo.setCurrentIndex(
                max(0, self.category_combo.findData(draft.category))
            )
            self.title_edit.setText(draft.title)
            self.title_edit.setCursorPosition(0)
            self.active_check.setChecked(draft.active)
            if self.text_edit.toPlainText() != draft.text:
                self.text_edit.setPlainText(draft.text)
        self.show_errors(errors)

    def draft(self) -> TemplateDraft:
        return TemplateDraft(
            self.category_combo.currentData() or "",
            self.title_edit.text(),
            self.text_edit.toPlainText(),
            self.active_check.isChecked(),
        )

    def focus_chain(self) -> tuple[QWidget, ...]:
        """The inputs and Save in the order Tab visits them."""
        return (
            self.category_combo,
            self.title_edit,
            self.active_check,
            self.text_edit,
            *self.placeholder_buttons.values(),
            self.save_button,
        )

    def insert_placeholder(self, key: str) -> None:
        """Put `{key}` where the cursor is in the text (replacing a selection)."""
        self.text_edit.insertPlainText(f"{{{key}}}")
        self.text_edit.setFocus()

    # -- errors --------------------------------------------------------------------------

    def show_errors(self, errors: dict[str, str]) -> None:
        """Messages under their fields (keys as in ValidationError.field); others cleared.
        An unknown placeholder in the text is named even before a Save."""
        self._saved_errors = dict(errors)
        super().show_errors(errors)
        self._check_text()

    # -- reacting ------------------------------------------------------------------------

    def _text_edited(self) -> None:
        if not self._showing:
            self._saved_errors.pop("text", None)  # it was about the text as it was at Save
        self._check_text()

    def _check_text(self) -> None:
        text = self.text_edit.toPlainText()
        problem = placeholder_problem(text) or self._saved_errors.get("text", "")
        error = self._errors["text"]
        error.setText(problem)
        error.setVisible(bool(problem))
        self.count_label.setText(
            self.tr("{count} of at most {n} characters.").format(
                count=format_count(len(text.strip())), n=format_count(TEXT_MAX)
            )
        )
