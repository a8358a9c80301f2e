"""The right-hand side of the topics dialog: one topic's name, switch, script and Save.

It only shows and collects values (a `TopicDraft`); the dialog decides what is saved
and when. Errors appear under the field they are about, the text stays as typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services.call_topics import MAX_LABEL_LENGTH, MAX_QUESTION_LENGTH, MAX_QUESTIONS


@dataclass(frozen=True)
class TopicDraft:
    """What the editor holds for a topic: `questions` is the text, one question a line."""

    label: str
    active: bool
    questions: str

    def question_lines(self) -> list[str]:
        return self.questions.splitlines()


class TopicEditor(QWidget):
    """Name (added topics only), "Offered for new contacts", the questions, Save.

    `edited()` whenever the person changes one of them (not when a topic is shown).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._showing = False
        self._built_in = False
        self._read_only = False
        self._errors: dict[str, QLabel] = {}

        self.name_edit = QLineEdit(objectName="TopicNameEdit")
        self.name_edit.setMaxLength(MAX_LABEL_LENGTH)
        self.name_edit.setPlaceholderText(self.tr("e.g. Installation booking"))
        self.name_hint = QLabel("", objectName="FieldHint")
        self.name_hint.setWordWrap(True)
        self.active_check = QCheckBox(
            self.tr("&Offered for new contacts"), objectName="TopicActiveCheck"
        )
        self.active_check.setToolTip(
            self.tr("Switched off, the topic is no longer offered when a contact is logged; "
                    "contacts logged with it keep it.")
        )  # fmt: skip
        self.questions_edit = QPlainTextEdit(objectName="TopicQuestionsEdit")
        # Tab moves on, as in every other field: a question never needs a tab character.
        self.questions_edit.setTabChangesFocus(True)
        self.questions_edit.setPlaceholderText(
            self.tr("e.g.\nWhich model is it, and when was it bought?\n"
                    "Is the invoice or the warranty card at hand?")
        )  # fmt: skip
        self.count_label = QLabel("", objectName="FieldHint")
        self.count_label.setWordWrap(True)
        self.status_label = QLabel("", objectName="BusyState")
        self.save_button = QPushButton(self.tr("&Save topic"), objectName="SaveTopicButton")
        self.save_button.setToolTip(
            self.tr("Save this topic's name, switch and questions ({keys})").format(
                keys=QKeySequence("Ctrl+S").toString(QKeySequence.SequenceFormat.NativeText)
            )
        )

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        form.setContentsMargins(0, 0, 0, 0)
        self._add_row(form, "label", self.tr("&Name"), self.name_edit, self.name_hint)
        self._add_row(form, "active", "", self.active_check)
        self._add_row(
            form, "questions", self.tr("&Questions"), self.questions_edit, self.count_label
        )
        save_row = QHBoxLayout()
        save_row.addWidget(self.status_label, 1)
        save_row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form, 1)
        layout.addLayout(save_row)

        self.name_edit.textEdited.connect(self._changed)
        self.active_check.toggled.connect(self._changed)
        self.questions_edit.textChanged.connect(self._changed)
        self.questions_edit.textChanged.connect(self._count)

    def _add_row(
        self, form: QFormLayout, key: str, caption: str, widget: QWidget, hint: QLabel | None = None
    ) -> None:
        error = QLabel("", objectName="FieldError")
        error.setWordWrap(True)
        error.hide()
        box = QWidget()
        # Only the questions grow: the other rows keep their height, with no gaps.
        box.setSizePolicy(QSizePolicy.Policy.Preferred, widget.sizePolicy().verticalPolicy())
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(widget, 1)
        if hint is not None:
            column.addWidget(hint)
        column.addWidget(error)
        label = QLabel(caption)
        label.setBuddy(widget)
        form.addRow(label, box)
        self._errors[key] = error

    # -- showing -------------------------------------------------------------------------

    def show_topic(self, draft: TopicDraft, built_in: bool, errors: dict[str, str]) -> None:
        """Show `draft`; a built-in topic's name (already translated) cannot be changed."""
        self._showing = True
        try:
            self._built_in = built_in
            self.name_edit.setText(draft.label)
            self.name_edit.setCursorPosition(0)
            self.active_check.setChecked(draft.active)
            if self.questions_edit.toPlainText() != draft.questions:
                self.questions_edit.setPlainText(draft.questions)
        finally:
            self._showing = False
        self.name_hint.setText(
            self.tr("Built-in topics keep their name; every seat shows it in its own language.")
            if built_in
            else self.tr("At most {n} characters; it must differ from the other topics.").format(
                n=MAX_LABEL_LENGTH
            )
        )
        self._apply_read_only()
        self.show_errors(errors)
        self._count()

    def focus_chain(self) -> tuple[QWidget, ...]:
        """The inputs and Save in the order Tab visits them."""
        return (self.name_edit, self.active_check, self.questions_edit, self.save_button)

    def draft(self) -> TopicDraft:
        return TopicDraft(
            self.name_edit.text(), self.active_check.isChecked(), self.questions_edit.toPlainText()
        )

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._apply_read_only()

    def _apply_read_only(self) -> None:
        self.name_edit.setReadOnly(self._read_only or self._built_in)
        self.name_edit.setToolTip(
            self.tr("A built-in topic's name cannot change.") if self._built_in else ""
        )
        self.active_check.setEnabled(not self._read_only)
        self.questions_edit.setReadOnly(self._read_only)

    # -- errors --------------------------------------------------------------------------

    def show_errors(self, errors: dict[str, str]) -> None:
        """Messages under their fields (keys as in ValidationError.field); others cleared."""
        for key, label in self._errors.items():
            label.setText(errors.get(key, ""))
            label.setVisible(bool(errors.get(key)))

    def has_field(self, key: str) -> bool:
        return key in self._errors

    def field_error(self, key: str) -> str:
        label = self._errors[key]
        return label.text() if not label.isHidden() else ""

    def focus_field(self, key: str) -> None:
        widget = {"label": self.name_edit, "active": self.active_check}.get(
            key, self.questions_edit
        )
        widget.setFocus()

    # -- reacting ------------------------------------------------------------------------

    def _changed(self) -> None:
        if not self._showing:
            self.edited.emit()

    def _count(self) -> None:
        lines = [line.strip() for line in self.questions_edit.toPlainText().splitlines()]
        count = sum(1 for line in lines if line)
        longest = max((len(line) for line in lines), default=0)
        text = self.tr(
            "One question per line, in the order they are asked: {count} of at most {n}."
        ).format(count=count, n=MAX_QUESTIONS)
        if longest > MAX_QUESTION_LENGTH:
            text += " " + self.tr("A line is longer than {n} characters.").format(
                n=MAX_QUESTION_LENGTH
            )
        self.count_label.setText(text)
