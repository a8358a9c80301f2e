"""The topics dialog's list: each topic as saved, the edits not saved yet, how it reads.

Edits are kept per topic (a draft) until they are saved or the dialog is closed, so a
supervisor can look at another topic half-way through without losing anything; closing
with drafts asks first (`ask_discard`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMessageBox, QWidget

from app.services.call_topics import CallTopic
from ui.calls.topic_editor import TopicDraft
from ui.labels import label, topic_labels

BLANK = TopicDraft("", True, "")
MUTED = "#7b8794"


def topic_name(topic: CallTopic) -> str:
    """A built-in topic's translated name, an added topic's own."""
    return topic.label if topic.label is not None else label(topic_labels(), topic.key)


@dataclass
class TopicEntry:
    """`topic` None: an added topic not saved yet. `errors`: field -> message from Save."""

    topic: CallTopic | None
    draft: TopicDraft | None = None
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> str | None:
        return self.topic.key if self.topic is not None else None

    @property
    def built_in(self) -> bool:
        return self.topic is not None and self.topic.built_in

    def saved_form(self) -> TopicDraft:
        if self.topic is None:
            return BLANK
        return TopicDraft(
            topic_name(self.topic), self.topic.active, "\n".join(self.topic.questions)
        )

    def shown(self) -> TopicDraft:
        return self.draft if self.draft is not None else self.saved_form()

    def keep(self, draft: TopicDraft) -> None:
        """Remember what the editor holds; nothing is kept when it is what was saved."""
        self.draft = None if draft == self.saved_form() and self.topic is not None else draft

    @property
    def dirty(self) -> bool:
        return self.draft is not None and self.draft != self.saved_form()

    def name(self) -> str:
        """The row's name: what is typed for an added topic, while it is not empty."""
        if self.topic is not None and self.topic.built_in:
            return topic_name(self.topic)
        typed = self.shown().label.strip()
        if typed:
            return typed
        if self.topic is not None:
            return topic_name(self.topic)
        return QCoreApplication.translate("TopicsDialog", "New topic")

    def paint(self, item: QListWidgetItem) -> None:
        """The list row: name, "(switched off)", and a star with a tooltip while unsaved."""
        translate = QCoreApplication.translate
        text, tips = self.name(), []
        active = self.shown().active
        if not active:
            text = translate("TopicsDialog", "{name} (switched off)").format(name=text)
            tips.append(translate("TopicsDialog", "Not offered for new contacts."))
        if self.dirty:
            text += " *"
            tips.append(translate("TopicsDialog", "Changed, not saved yet."))
        item.setText(text)
        item.setToolTip(" ".join(tips))
        font = QFont(item.font())
        font.setItalic(self.dirty)
        item.setFont(font)
        # Switched off reads muted (the style sheet's hint colour); on, the list's own.
        item.setData(Qt.ItemDataRole.ForegroundRole, None if active else QColor(MUTED))


class TopicList(QListWidget):
    """The topics in list order, each row with its `TopicEntry` (`entries[row]`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TopicList")
        self.entries: list[TopicEntry] = []

    def set_topics(self, topics: Sequence[CallTopic]) -> None:
        self.clear()
        self.entries = []
        for topic in topics:
            self._append(TopicEntry(topic))

    def _append(self, entry: TopicEntry) -> int:
        self.entries.append(entry)
        self.addItem(QListWidgetItem())
        self.repaint_row(len(self.entries) - 1)
        return len(self.entries) - 1

    def entry(self, row: int) -> TopicEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def repaint_row(self, row: int) -> None:
        self.entries[row].paint(self.item(row))

    def row_of(self, key: str) -> int | None:
        return next((r for r, e in enumerate(self.entries) if e.key == key), None)

    def new_topic_row(self) -> int:
        """The row of the added topic not saved yet; one is made when there is none."""
        waiting = next((r for r, e in enumerate(self.entries) if e.topic is None), None)
        return waiting if waiting is not None else self._append(TopicEntry(None, BLANK))

    def unsaved_names(self) -> list[str]:
        return [entry.name() for entry in self.entries if entry.dirty]


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
