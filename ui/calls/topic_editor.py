"""The right-hand side of the topics dialog: one topic's name, switch, script and Save.

It only shows and collects values (a `TopicDraft`); the dialog decides what is saved
and when. Errors appear under the field they are about, the text stays as typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from app.services.contacts.call_topics import MAX_LABEL_LENGTH, MAX_QUESTION_LENGTH, MAX_QUESTIONS
from ui.widgets.list_editor_dialog import DraftEditor, native_keys


@dataclass(frozen=True)
class TopicDraft:
    """What the editor holds for a topic: `questions` is the text, one question a line."""

    label: str
    active: bool
    questions: str

    def question_lines(self) -> list[str]:
        return self.questions.splitlines()


class TopicEditor(DraftEditor):
    """Name (added topics only), "Offered for new contacts", the questions, Save.

    `edited()` whenever the person changes one of them (not when a topic is shown).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._built_in = False
        self._read_only = False

        self.name_edit = QLineEdit(objectName="TopicNameEdit")
        self.name_edit.setMaxLength(MAX_LABEL_LENGTH)
        self.name_edit.setPlaceholderText(self.tr("e.g. Installation booking"))
        self.name_hint = QLabel("", objectName="FieldHint")
        self.name_hint.setWordWrap(True)
        self.active_check = QCheckBox(
            self.tr("&Offered for new contacts"), objectName="TopicActiveCheck"
        )
        self.active_check.setToolTip(
            self.tr(
                "Switched off, the topic is no longer offered when a contact is logged; "
                "contacts logged with it keep it."
            )
        )
        self.questions_edit = QPlainTextEdit(objectName="TopicQuestionsEdit")
        # Tab moves on, as in every other field: a question never needs a tab character.
        self.questions_edit.setTabChangesFocus(True)
        self.questions_edit.setPlaceholderText(
            self.tr(
                "e.g.\nWhich model is it, and when was it bought?\n"
                "Is the invoice or the warranty card at hand?"
            )
        )
        self.count_label = QLabel("", objectName="FieldHint")
        self.count_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save topic"), objectName="SaveTopicButton")
        self.save_button.setToolTip(
            self.tr("Save this topic's name, switch and questions ({keys})").format(
                keys=native_keys("Ctrl+S")
            )
        )

        self._add_row("label", self.tr("&Name"), self.name_edit, (self.name_hint,))
        self._add_row("active", "", self.active_check)
        self._add_row("questions", self.tr("&Questions"), self.questions_edit, (self.count_label,))
        self._lay_out()

        self.name_edit.textEdited.connect(self._changed)
        self.active_check.toggled.connect(self._changed)
        self.questions_edit.textChanged.connect(self._changed)
        self.questions_edit.textChanged.connect(self._count)

    # -- showing -------------------------------------------------------------------------

    def show_topic(self, draft: TopicDraft, built_in: bool, errors: dict[str, str]) -> None:
        """Show `draft`; a built-in topic's name (already translated) cannot be changed."""
        with self._quietly():
            self._built_in = built_in
            self.name_edit.setText(draft.label)
            self.name_edit.setCursorPosition(0)
            self.active_check.setChecked(draft.active)
            if self.questions_edit.toPlainText() != draft.questions:
                self.questions_edit.setPlainText(draft.questions)
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

    # -- reacting ------------------------------------------------------------------------

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
