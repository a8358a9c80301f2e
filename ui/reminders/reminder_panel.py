"""A reminder opened on the customer's profile: why the call, what to say, what to send.

It sits above the profile while the agent works the reminder: the reason, the call
script for its rule, the greeting text with a Copy button (for SMS or Zalo), and Snooze
and Complete. Completing it logs the contact (the service does), so the profile's
timeline is read again.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.formatting import format_datetime
from app.services.actor import Actor
from app.services.reminders.reminder_detail import ReminderDetail, reminder_detail
from app.services.reminders.reminder_inbox import ReminderRow
from ui.errors import failure_message
from ui.labels import label, reminder_outcome_labels
from ui.reminders.reminder_inbox_model import late_note
from ui.reminders.reminder_work import ReminderWork
from ui.workers import run_query

GREETING_LINES = 3


class ReminderPanel(QFrame):
    """`changed(row)` after the reminder was snoozed or completed (the profile rereads
    its timeline); `loaded(detail)` once a reminder is shown; `closed()` on ×."""

    changed = Signal(object)
    loaded = Signal(object)
    closed = Signal()

    def __init__(
        self, db: Database, actor: Actor, read_only: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ReminderPanel")
        self._db = db
        self._actor = actor
        self._detail: ReminderDetail | None = None
        self._row: ReminderRow | None = None
        self.work = ReminderWork(db, actor, self, read_only)
        self.work.changed.connect(self._changed)
        self.work.refused.connect(self._refused)
        self.work.busy_changed.connect(lambda _busy: self._update_buttons())

        self.title_label = QLabel("", objectName="ReminderPanelTitle")
        self.title_label.setWordWrap(True)
        self.due_label = QLabel("", objectName="ReminderPanelDue")
        self.snooze_button = QPushButton(self.tr("&Snooze"), objectName="PanelSnooze")
        self.snooze_button.setToolTip(self.tr("Put the reminder off for a while"))
        self.snooze_button.setMenu(self.work.snooze_menu(self.snooze_button, self.row))
        self.complete_button = QPushButton(self.tr("Co&mplete…"), objectName="PanelComplete")
        self.complete_button.setToolTip(
            self.tr("Record how the follow-up went; the contact goes on the timeline")
        )
        self.complete_button.clicked.connect(self.complete)
        self.copy_button = QPushButton(self.tr("&Copy greeting"), objectName="CopyGreeting")
        self.copy_button.setToolTip(self.tr("Copy the greeting text to paste into SMS or Zalo"))
        self.copy_button.clicked.connect(self.copy_greeting)
        close = QPushButton("×", objectName="ReminderPanelClose")
        close.setFlat(True)
        close.setToolTip(self.tr("Hide the reminder (it stays in the inbox)"))
        close.clicked.connect(self.close_panel)
        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(self.title_label, 1)
        head.addWidget(self.due_label, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.copy_button)
        head.addWidget(self.snooze_button)
        head.addWidget(self.complete_button)
        head.addWidget(close)

        self.message_label = QLabel("", objectName="ReminderPanelMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.reason_label = QLabel("", objectName="ReminderReason")
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextFormat(Qt.TextFormat.RichText)
        self.script_label = QLabel("", objectName="ReminderScript")
        self.script_label.setWordWrap(True)
        self.script_label.setTextFormat(Qt.TextFormat.RichText)
        self.script_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.greeting_caption = QLabel(
            self.tr("Greeting for SMS or Zalo"), objectName="ReminderCaption"
        )
        self.greeting_edit = QPlainTextEdit(objectName="ReminderGreeting")
        self.greeting_edit.setReadOnly(True)
        self.greeting_edit.setTabChangesFocus(True)
        self.greeting_edit.setFixedHeight(self.fontMetrics().lineSpacing() * GREETING_LINES + 14)
        self.copied_label = QLabel("", objectName="FieldHint")

        left = QVBoxLayout()
        left.setSpacing(2)
        left.addWidget(self.reason_label)
        left.addSpacing(2)
        left.addWidget(self.script_label)
        left.addStretch(1)
        # The greeting under its caption; Copy sits with the other actions in the head.
        self.greeting_box = QWidget()
        right = QGridLayout(self.greeting_box)
        right.setContentsMargins(0, 0, 0, 0)
        right.setVerticalSpacing(4)
        right.setColumnStretch(0, 1)
        right.addWidget(self.greeting_caption, 0, 0)
        right.addWidget(self.copied_label, 0, 1)
        right.addWidget(self.greeting_edit, 1, 0, 1, 2)
        body = QHBoxLayout()
        body.setSpacing(20)
        body.addLayout(left, 1)
        body.addWidget(self.greeting_box, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 10, 10)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.message_label)
        layout.addLayout(body)
        self.hide()

    # -- what is shown ---------------------------------------------------------------------

    def detail(self) -> ReminderDetail | None:
        return self._detail

    def row(self) -> ReminderRow | None:
        """The reminder as it is now (after a snooze or completion, the changed one)."""
        return self._row

    def reason_text(self) -> str:
        """The reason and the call script as plain text (what the agent reads)."""
        if self._detail is None:
            return ""
        return f"{self._detail.reason}\n{self._detail.script}".strip()

    def reminder_id(self) -> int | None:
        return self._row.id if self._row is not None else None

    def customer_id(self) -> int | None:
        return self._row.customer_id if self._row is not None else None

    def open_reminder(self, reminder_id: int, keep_message: bool = False) -> None:
        """Read `reminder_id` with its reason, script and greeting, then show it
        (`keep_message`: the message shown stays, it explains why it was read again)."""
        run_query(
            self._db,
            reminder_detail,
            self._actor,
            reminder_id,
            on_done=lambda detail: self.show_detail(detail, keep_message),
            on_error=self._load_failed,
            context=self,
        )

    def show_detail(self, detail: ReminderDetail, keep_message: bool = False) -> None:
        self._detail = detail
        self._row = detail.row
        row = detail.row
        self.title_label.setText(row.title)
        self.title_label.setToolTip(detail.kind)
        # Captions in bold ahead of the texts: the panel stays low above the profile.
        reason = self.tr("<b>{kind}:</b> {reason}").format(
            kind=escape(detail.kind), reason=escape(detail.reason)
        )
        notes = "<br>" + escape(row.notes).replace("\n", "<br>") if row.notes else ""
        self.reason_label.setText(reason + notes)
        self.script_label.setText(
            self.tr("<b>What to say:</b> {script}").format(script=escape(detail.script))
        )
        self.script_label.setVisible(bool(detail.script))
        self.greeting_edit.setPlainText(detail.greeting or "")
        self.greeting_box.setVisible(bool(detail.greeting))
        self.copy_button.setVisible(bool(detail.greeting))
        self.copied_label.clear()
        if not keep_message:
            self.message_label.hide()
        self._show_state(row)
        if not keep_message and (whose := self._whose_text(row)):
            self._say(whose, "note")
        self.show()
        self.loaded.emit(detail)

    def _show_state(self, row: ReminderRow) -> None:
        if row.status == "done":
            outcome = label(reminder_outcome_labels(), row.outcome)
            self.due_label.setText(
                self.tr("Done {time} · {outcome} · {who}").format(
                    time=format_datetime(row.done_at), outcome=outcome, who=row.done_by_name or ""
                )
            )
        elif row.snoozed_until is not None:
            self.due_label.setText(
                self.tr("Snoozed to {time}").format(time=format_datetime(row.snoozed_until))
            )
        elif row.late:
            self.due_label.setText(
                self.tr("Late: due {time}").format(time=format_datetime(row.due_at))
            )
        else:
            self.due_label.setText(self.tr("Due {time}").format(time=format_datetime(row.due_at)))
        self.due_label.setToolTip(late_note(row))
        self._update_buttons()

    def _whose_text(self, row: ReminderRow) -> str:
        """Why the buttons are off for an open reminder someone else has ("" when not)."""
        if row.status != "open" or self.work.read_only or self.work.can_change(row):
            return ""
        return self.tr("This is {who}'s reminder: they or a supervisor can work it.").format(
            who=row.assignee_name or ""
        )

    def _update_buttons(self) -> None:
        busy = self.work.is_busy()
        self.snooze_button.setEnabled(not busy and self.work.can_change(self._row))
        self.complete_button.setEnabled(not busy and self.work.can_change(self._row))

    def clear(self) -> None:
        """Another customer is shown: the reminder is not theirs."""
        self._detail = None
        self._row = None
        self.hide()

    def close_panel(self) -> None:
        self.clear()
        self.closed.emit()

    # -- actions ---------------------------------------------------------------------------

    def copy_greeting(self) -> None:
        text = self.greeting_edit.toPlainText()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.copied_label.setText(self.tr("Copied."))

    def complete(self):  # noqa: ANN201 - the dialog, or None
        return self.work.complete(self._row) if self._row is not None else None

    def _changed(self, row: ReminderRow | None) -> None:
        if row is None:
            # Someone else changed it: read it again to show what they did.
            if self._row is not None:
                self.open_reminder(self._row.id, keep_message=True)
            self.changed.emit(None)
            return
        self._row = row
        self._show_state(row)
        if row.status == "done":
            text = self.tr("Completed. The contact is on the timeline below.")
        else:
            text = self.tr("Snoozed: it comes back {time}.").format(time=format_datetime(row.when))
        self._say(text, "done")
        self.changed.emit(row)

    def _refused(self, message: str) -> None:
        self._say(message, "error")
        if self._row is not None:
            self.open_reminder(self._row.id, keep_message=True)

    def _say(self, text: str, tone: str) -> None:
        """A line under the head: `tone` "done" (green), "error" (red) or "note" (plain)."""
        self.message_label.setText(text)
        self.message_label.setProperty("tone", tone)
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.show()

    def _load_failed(self, exc: BaseException) -> None:
        message = failure_message(
            exc,
            "A reminder could not be read",
            self.tr(
                "The reminder could not be read from the database. Open it again from "
                "the inbox; if it keeps failing, tell IT support."
            ),
        )
        self._say(message, "error")
        self.show()
