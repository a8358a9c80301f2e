"""Call topics and their scripts, for supervisors: a list of topics, one editor, Save.

A ListEditorDialog (ui/widgets/list_editor_dialog.py): each topic is saved on its own
and the dialog stays open; a refusal appears under the field it is about (or at the
top), and nothing typed is lost, neither by an error nor by looking at another topic
(edits wait per topic until saved) nor by closing (the dialog asks first). Without
"script.edit" everything is shown read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.db import Database
from app.services.access.permissions import allowed
from app.services.actor import Actor
from app.services.contacts.call_topics import CallTopic, list_topics, save_topic
from ui.calls.topic_editor import TopicDraft, TopicEditor
from ui.calls.topic_list import TopicEntry, TopicList, topic_name
from ui.errors import failure_message
from ui.widgets.list_editor_dialog import ListEditorDialog, native_keys


class TopicsDialog(ListEditorDialog):
    """`loaded()` once the topics are listed; `saved(CallTopic)` after each topic saved."""

    save_failure_log = "TopicsDialog: saving a topic failed"

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.setObjectName("TopicsDialog")
        self.read_only = not allowed(actor, "script.edit")

        self.intro = QLabel(objectName="DialogIntro")
        self.intro.setWordWrap(True)
        intro = self.tr(
            "Agents choose a topic for every contact and see its questions while they talk."
        )
        if self.read_only:
            intro += " " + self.tr("Only supervisors and administrators can change them.")
        else:
            intro += " " + self.tr("Each topic is saved on its own with its Save button.")
        self.intro.setText(intro)

        self.topic_list = self.entry_list = TopicList()
        self.topic_list.setMinimumWidth(220)
        list_caption = QLabel(self.tr("&Topics"))
        list_caption.setBuddy(self.topic_list)
        self.add_button = QPushButton(self.tr("&Add topic…"), objectName="AddTopicButton")
        self.add_button.setAutoDefault(False)
        self.add_button.setToolTip(
            self.tr("Add a topic of your own ({keys})").format(keys=native_keys("Ctrl+N"))
        )
        self.editor = TopicEditor()
        self._lay_out(
            self.tr("Call topics and scripts"), (list_caption, self.topic_list, self.add_button)
        )
        self.resize(880, 580)

        self.editor.set_read_only(self.read_only)
        self.add_button.setVisible(not self.read_only)
        self.save_button.setVisible(not self.read_only)
        self._wire(self.add_topic)
        self.topic_list.setFocus()
        self._load()

    # -- loading -------------------------------------------------------------------------

    def _load(self) -> None:
        self._run(
            self.tr("Loading topics…"),
            list_topics,
            True,
            on_done=self._listed,
            on_error=self._load_failed,
        )

    def _listed(self, topics: tuple[CallTopic, ...]) -> None:
        self.topic_list.set_topics(topics)
        self._show_listed()

    def _load_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.editor.setEnabled(False)
        self._show_banner(
            failure_message(
                exc,
                "TopicsDialog: loading topics failed",
                self.tr(
                    "The call topics could not be read from the database. Close this window "
                    "and open it again; if it keeps failing, tell IT support."
                ),
            )
        )

    # -- moving between topics -----------------------------------------------------------

    def current_key(self) -> str | None:
        """The key of the topic shown (None for an added topic not saved yet)."""
        entry = self._current
        return entry.key if isinstance(entry, TopicEntry) else None

    def select_topic(self, key: str) -> bool:
        row = self.topic_list.row_of(key)
        if row is not None:
            self.topic_list.setCurrentRow(row)
        return row is not None

    def _show_in_editor(self, entry: TopicEntry) -> None:
        self.editor.show_topic(entry.shown(), entry.built_in, entry.errors)

    def unsaved_topics(self) -> list[str]:
        """Names of the topics with changes not saved yet, in list order."""
        return self.unsaved_names()

    def add_topic(self) -> None:
        """Show an empty topic to name (the one already waiting, if any); Save creates it."""
        if self.read_only or self.is_busy():
            return
        self.topic_list.setCurrentRow(self.topic_list.new_topic_row())
        self.editor.name_edit.setFocus()

    # -- saving --------------------------------------------------------------------------

    def _save_call(
        self, entry: TopicEntry, draft: TopicDraft
    ) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        label = None if entry.built_in else draft.label
        args = (self._actor, entry.key, draft.question_lines(), label, draft.active)
        return save_topic, args

    def _saving_text(self) -> str:
        return self.tr("Saving…")

    def _saved_text(self, topic: CallTopic) -> str:
        return self.tr("Saved “{name}”.").format(name=topic_name(topic))

    def _save_failure_text(self) -> str:
        return self.tr(
            "This topic could not be saved: the database did not answer as expected. "
            "What you typed is still here; try again, and if it keeps failing, tell "
            "IT support."
        )
