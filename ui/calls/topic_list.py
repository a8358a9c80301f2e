"""The topics dialog's list: each topic as saved, the edits not saved yet, how it reads.

Edits are kept per topic (a draft, `ui.widgets.draft_list`) until they are saved or the
dialog is closed, so a supervisor can look at another topic half-way through without
losing anything; closing with drafts asks first.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QListWidgetItem, QWidget

from app.services.contacts.call_topics import CallTopic
from ui.calls.topic_editor import TopicDraft
from ui.labels import label, topic_labels
from ui.widgets.draft_list import DraftEntry, DraftList, RowWords

BLANK = TopicDraft("", True, "")


def topic_name(topic: CallTopic) -> str:
    """A built-in topic's translated name, an added topic's own."""
    return topic.label if topic.label is not None else label(topic_labels(), topic.key)


class TopicEntry(DraftEntry[CallTopic, TopicDraft]):
    """`topic` None: an added topic not saved yet. `errors`: field -> message from Save."""

    @property
    def topic(self) -> CallTopic | None:
        return self.record

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

    def row_words(self) -> RowWords:
        translate = QCoreApplication.translate
        return RowWords(
            translate("TopicsDialog", "{name} (switched off)"),
            translate("TopicsDialog", "Not offered for new contacts."),
            translate("TopicsDialog", "Changed, not saved yet."),
        )


class TopicList(DraftList[TopicEntry]):
    """The topics in list order, each row with its `TopicEntry` (`entries[row]`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TopicList")

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

    def row_of(self, key: str) -> int | None:
        return next((r for r, e in enumerate(self.entries) if e.key == key), None)

    def new_topic_row(self) -> int:
        """The row of the added topic not saved yet; one is made when there is none."""
        waiting = self.waiting_entry()
        if waiting is None:
            return self._append(TopicEntry(None, BLANK))
        return self.entries.index(waiting)
