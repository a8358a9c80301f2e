"""Call topics and their scripts, for supervisors: a list of topics, one editor, Save.

Not a FormDialog: that saves one record and closes, while here each topic is saved on
its own and the dialog stays open. Its rules hold all the same: a refusal appears
under the field it is about (or at the top), and nothing typed is lost, neither by an
error nor by looking at another topic (edits wait per topic until saved) nor by
closing (the dialog asks first). Without "script.edit" everything is shown read-only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.errors import CareDeskError, ValidationError
from app.services.actor import Actor
from app.services.call_topics import CallTopic, list_topics, save_topic
from app.services.permissions import allowed
from ui.calls.topic_editor import TopicEditor
from ui.calls.topic_list import TopicList, ask_discard, topic_name
from ui.errors import failure_message, log_exception
from ui.workers import Task, run_in_worker


def _keys(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


class TopicsDialog(QDialog):
    """`loaded()` once the topics are listed; `saved(CallTopic)` after each topic saved."""

    loaded = Signal()
    saved = Signal(object)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TopicsDialog")
        self._db = db
        self._actor = actor
        self.read_only = not allowed(actor, "script.edit")
        self._row = -1  # the topic the editor shows, whose draft it holds
        self._task: Task | None = None
        self._saving = False
        self._focus_before_busy: QWidget | None = None

        title = self.tr("Call topics and scripts")
        self.setWindowTitle(title)
        heading = QLabel(title, objectName="DialogTitle")
        self.intro = QLabel(objectName="DialogIntro")
        self.intro.setWordWrap(True)
        intro = self.tr("Agents choose a topic for every contact and see its questions while "
                        "they talk.")  # fmt: skip
        if self.read_only:
            intro += " " + self.tr("Only supervisors and administrators can change them.")
        else:
            intro += " " + self.tr("Each topic is saved on its own with its Save button.")
        self.intro.setText(intro)
        self.banner = QLabel("", objectName="FormBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()

        self.topic_list = TopicList()
        self.topic_list.setMinimumWidth(220)
        list_caption = QLabel(self.tr("&Topics"))
        list_caption.setBuddy(self.topic_list)
        self.add_button = QPushButton(self.tr("&Add topic…"), objectName="AddTopicButton")
        self.add_button.setAutoDefault(False)
        self.add_button.setToolTip(
            self.tr("Add a topic of your own ({keys})").format(keys=_keys("Ctrl+N"))
        )
        self.editor = TopicEditor()
        self.save_button = self.editor.save_button
        self.status_label = self.editor.status_label
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)

        side = QVBoxLayout()
        side.setSpacing(6)
        side.addWidget(list_caption)
        side.addWidget(self.topic_list, 1)
        side.addWidget(self.add_button)
        body = QHBoxLayout()
        body.setSpacing(20)
        body.addLayout(side, 2)
        body.addWidget(self.editor, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        for widget in (heading, self.intro, self.banner):
            layout.addWidget(widget)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(880, 580)

        self.editor.set_read_only(self.read_only)
        self.add_button.setVisible(not self.read_only)
        self.save_button.setVisible(not self.read_only)
        self.save_button.setDefault(True)
        chain = (self.topic_list, self.add_button, *self.editor.focus_chain())
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)
        if not self.read_only:
            QShortcut(QKeySequence("Ctrl+S"), self, self.save_current)
            QShortcut(QKeySequence("Ctrl+N"), self, self.add_topic)
        self.add_button.clicked.connect(self.add_topic)
        self.save_button.clicked.connect(self.save_current)
        self.topic_list.currentRowChanged.connect(self._show_row)
        self.editor.edited.connect(self._edited)
        self.topic_list.setFocus()
        self._load()

    # -- loading -------------------------------------------------------------------------

    def _load(self) -> None:
        self._set_busy(True, self.tr("Loading topics…"))
        self._task = run_in_worker(
            self._db, list_topics, True, on_done=self._listed, on_error=self._load_failed,
            context=self,
        )  # fmt: skip

    def _listed(self, topics: tuple[CallTopic, ...]) -> None:
        self.topic_list.set_topics(topics)
        self._set_busy(False)
        if topics:
            self.topic_list.setCurrentRow(0)
        self.topic_list.setFocus()
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.editor.setEnabled(False)
        self._show_banner(failure_message(
            exc, "TopicsDialog: loading topics failed",
            self.tr("The call topics could not be read from the database. Close this window "
                    "and open it again; if it keeps failing, tell IT support."),
        ))  # fmt: skip

    # -- moving between topics -----------------------------------------------------------

    def current_key(self) -> str | None:
        """The key of the topic shown (None for an added topic not saved yet)."""
        entry = self.topic_list.entry(self._row)
        return entry.key if entry is not None else None

    def select_topic(self, key: str) -> bool:
        row = self.topic_list.row_of(key)
        if row is not None:
            self.topic_list.setCurrentRow(row)
        return row is not None

    def _stash(self) -> None:
        """Keep what the editor holds as the current topic's draft."""
        entry = self.topic_list.entry(self._row)
        if entry is not None and not self.read_only:
            entry.keep(self.editor.draft())

    def _show_row(self, row: int) -> None:
        self._stash()
        self._row = row
        self.status_label.clear()
        self.editor.setEnabled(row >= 0)
        entry = self.topic_list.entry(row)
        if entry is not None:
            self.editor.show_topic(entry.shown(), entry.built_in, entry.errors)
        self._update_save()

    def _edited(self) -> None:
        if self._row < 0:
            return
        self._stash()
        self.topic_list.repaint_row(self._row)
        self.status_label.clear()
        self._update_save()

    def _update_save(self) -> None:
        entry = self.topic_list.entry(self._row)
        self.save_button.setEnabled(entry is not None and (entry.dirty or entry.topic is None))

    def unsaved_topics(self) -> list[str]:
        """Names of the topics with changes not saved yet, in list order."""
        self._stash()
        return self.topic_list.unsaved_names()

    def add_topic(self) -> None:
        """Show an empty topic to name (the one already waiting, if any); Save creates it."""
        if self.read_only or self.is_busy():
            return
        self.topic_list.setCurrentRow(self.topic_list.new_topic_row())
        self.editor.name_edit.setFocus()

    # -- saving --------------------------------------------------------------------------

    def is_busy(self) -> bool:
        """Whether topics are being loaded or a topic saved."""
        return self._task is not None and self._task.is_running

    def save_current(self) -> None:
        if self.read_only or self.is_busy() or self._row < 0:
            return
        self._stash()
        entry = self.topic_list.entries[self._row]
        draft = entry.shown()
        entry.errors = {}
        self.editor.show_errors({})
        self.banner.hide()
        label = None if entry.built_in else draft.label
        self._saving = True
        self._set_busy(True, self.tr("Saving…"))
        self._task = run_in_worker(
            self._db, save_topic, self._actor, entry.key, draft.question_lines(), label,
            draft.active, on_done=self._saved, on_error=self._save_failed, context=self,
        )  # fmt: skip

    def _saved(self, topic: CallTopic) -> None:
        self._saving = False
        entry = self.topic_list.entries[self._row]
        entry.topic, entry.draft, entry.errors = topic, None, {}
        self.topic_list.repaint_row(self._row)
        self.editor.show_topic(entry.shown(), entry.built_in, {})
        self._set_busy(False)
        self.status_label.setText(self.tr("Saved “{name}”.").format(name=topic_name(topic)))
        self.saved.emit(topic)

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self._set_busy(False)
        entry = self.topic_list.entries[self._row]
        if isinstance(exc, ValidationError) and self.editor.has_field(exc.field or ""):
            entry.errors = {exc.field: exc.message}
            self.editor.show_errors(entry.errors)
            self.editor.focus_field(exc.field)
        elif isinstance(exc, CareDeskError):
            self._show_banner(exc.message)
        else:
            log_exception(exc, "TopicsDialog: saving a topic failed")
            self._show_banner(self.tr(
                "This topic could not be saved: the database did not answer as expected. "
                "What you typed is still here; try again, and if it keeps failing, tell "
                "IT support."
            ))  # fmt: skip

    def _show_banner(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.show()

    def banner_text(self) -> str:
        return self.banner.text() if not self.banner.isHidden() else ""

    def _set_busy(self, busy: bool, text: str = "") -> None:
        """While the worker runs nothing can change or be sent twice; Close waits for a
        save, not for a load (an unreachable database must not trap the person here)."""
        if busy:
            self._focus_before_busy = self.focusWidget()
        for widget in (self.topic_list, self.add_button, self.editor):
            widget.setEnabled(not busy)
        self.buttons.setEnabled(not (busy and self._saving))
        self.status_label.setText(text)
        if busy:
            self.save_button.setEnabled(False)
        else:
            self._update_save()
            # Disabling took Save's default role away: Enter must save again.
            self.save_button.setDefault(True)
            self.editor.setEnabled(self._row >= 0)
            if self._focus_before_busy is not None:
                self._focus_before_busy.setFocus()

    # -- closing -------------------------------------------------------------------------

    def reject(self) -> None:
        """Close, asking first when topics have changes not saved yet."""
        if self._saving:
            return
        names = self.unsaved_topics()
        if not names:
            super().reject()
            return
        ask_discard(self, names, lambda: QDialog.reject(self))
