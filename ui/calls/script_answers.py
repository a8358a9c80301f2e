"""What a contact is about: the topic list (read on a worker) and the chosen topic's
call-script questions, each with its answer box.

Answers are kept per topic while the form is open: switching the topic and back (a
slip of the arrow keys) brings back what was typed; only the chosen topic's are saved.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.db import Database
from app.services.contacts.call_topics import CallTopic, list_topics
from app.services.contacts.interactions import ANSWER_MAX, ScriptAnswer
from ui.errors import failure_message
from ui.labels import label, topic_labels
from ui.workers import run_query

DEFAULT_TOPIC = "other"


class TopicCombo(QComboBox):
    """The topics new contacts may use, "Other" chosen until the agent picks one.

    `loaded()` once the list arrived, `failed(message)` if it could not be read;
    `script(key, questions)` for each topic chosen.
    """

    loaded = Signal()
    failed = Signal(str)
    script = Signal(str, tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._topics: dict[str, CallTopic] = {}
        self.setEnabled(False)
        self.currentIndexChanged.connect(self._chosen)

    def load(self, db: Database) -> None:
        run_query(db, list_topics, on_done=self._take, on_error=self._failed, context=self)

    def _take(self, topics: tuple[CallTopic, ...]) -> None:
        names = topic_labels()
        self._topics = {t.key: t for t in topics}
        self.blockSignals(True)
        for topic in topics:
            self.addItem(topic.label or label(names, topic.key), topic.key)
        self.setCurrentIndex(max(self.findData(DEFAULT_TOPIC), 0))
        self.blockSignals(False)
        self.setEnabled(True)
        self._chosen()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.failed.emit(
            failure_message(
                exc,
                "Contact form: the call topics could not be read",
                self.tr("The call topics could not be read; the contact is saved under “Other”."),
            )
        )

    def _chosen(self) -> None:
        key = self.currentData() or ""
        topic = self._topics.get(key)
        self.script.emit(key, topic.questions if topic else ())

    def key(self) -> str:
        return self.currentData() or DEFAULT_TOPIC


class ScriptAnswers(QWidget):
    """`questions_changed(count)` after another topic's questions were put up."""

    questions_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ScriptAnswers")
        self._topic: str | None = None
        self._kept: dict[str, dict[str, str]] = {}
        self.edits: list[QLineEdit] = []
        self._questions: tuple[str, ...] = ()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(3)

    def show_questions(self, topic: str, questions: tuple[str, ...]) -> None:
        """Put up `topic`'s questions, with any answers typed for it earlier."""
        self._keep()
        self.setFocusProxy(None)
        while self._layout.count():
            widget = self._layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.edits = []
        self._topic = topic
        self._questions = tuple(questions)
        kept = self._kept.get(topic, {})
        for question in self._questions:
            caption = QLabel(question, objectName="ScriptQuestion")
            caption.setWordWrap(True)
            edit = QLineEdit(objectName="ScriptAnswer")
            edit.setMaxLength(ANSWER_MAX)
            edit.setAccessibleName(question)
            edit.setText(kept.get(question, ""))
            caption.setBuddy(edit)
            self._layout.addWidget(caption)
            self._layout.addWidget(edit)
            if self.isVisible():  # shown now, not at the next event: a Tab must reach them
                caption.show()
                edit.show()
            self.edits.append(edit)
        if self.edits:
            self.setFocusProxy(self.edits[0])
        self.questions_changed.emit(len(self._questions))

    def _keep(self) -> None:
        if self._topic is not None:
            self._kept[self._topic] = {
                q: e.text() for q, e in zip(self._questions, self.edits, strict=True)
            }

    def questions(self) -> tuple[str, ...]:
        return self._questions

    def answers(self) -> tuple[ScriptAnswer, ...]:
        """The chosen topic's questions with what was answered (unanswered ones left out)."""
        return tuple(
            ScriptAnswer(q, e.text())
            for q, e in zip(self._questions, self.edits, strict=True)
            if e.text().strip()
        )

    def has_input(self) -> bool:
        return any(e.text().strip() for e in self.edits)
