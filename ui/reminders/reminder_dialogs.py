"""The forms a reminder needs: snooze to a chosen time, complete with an outcome, reassign.

Each runs its service on a worker through FormDialog: a refusal (a time already passed,
someone else completed it a moment ago) is shown in the dialog, which stays open with
what was typed.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from app.db import Database
from app.services.access.users import UserView, active_users
from app.services.actor import Actor
from app.services.reminders.reminder_actions import (
    OUTCOMES,
    complete_reminder,
    reassign_reminder,
    snooze_reminder,
)
from app.services.reminders.reminder_inbox import ReminderRow
from app.timeutil import now_utc
from ui.calls.zone_time import ZoneDateTimeEdit
from ui.labels import label, reminder_outcome_labels, reminder_rule_labels
from ui.widgets.form_dialog import FormDialog, SaveCall
from ui.workers import run_query

NOTE_MAX = 2000
# Outcomes whose completion asks how satisfied the customer was (a post-resolution call).
SATISFACTION_RULES = ("post_resolution",)


def _about(row: ReminderRow) -> str:
    """One line naming the reminder: its kind, its title and the customer."""
    kind = label(reminder_rule_labels(), row.rule)
    who = f" · {row.customer_name}" if row.customer_name else ""
    return f"{kind}: {row.title}{who}"


class SnoozeDialog(FormDialog):
    """Put a reminder off to a time the agent chooses (the presets are in the menu)."""

    def __init__(
        self, db: Database, actor: Actor, row: ReminderRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, parent)
        self.setObjectName("SnoozeDialog")
        self._actor = actor
        self._row = row
        self.set_heading(self.tr("Snooze reminder"), _about(row))
        start = (now_utc() + timedelta(hours=2)).replace(minute=0, second=0, microsecond=0)
        self.until_edit = ZoneDateTimeEdit(start)
        self.add_field(
            "until",
            self.tr("&Remind me at"),
            self.until_edit,
            self.tr("Local time of the store. It comes back in the inbox then."),
        )
        self.save_button.setText(self.tr("Snooze"))

    def save_call(self) -> SaveCall:
        return snooze_reminder, (
            self._actor,
            self._row.id,
            self.until_edit.moment(),
            self._row.version,
        )


class CompleteDialog(FormDialog):
    """Mark a reminder done: how it went and a note; the contact goes on the timeline."""

    def __init__(
        self, db: Database, actor: Actor, row: ReminderRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, parent)
        self.setObjectName("CompleteReminderDialog")
        self._actor = actor
        self._row = row
        self.set_heading(self.tr("Complete reminder"), _about(row))
        self.outcome_combo = QComboBox(objectName="OutcomeChoice")
        names = reminder_outcome_labels()
        for outcome in OUTCOMES:
            self.outcome_combo.addItem(names.get(outcome, outcome), outcome)
        self.add_field("outcome", self.tr("&Outcome"), self.outcome_combo)
        self.satisfaction_combo = QComboBox(objectName="SatisfactionChoice")
        self.satisfaction_combo.addItem(self.tr("Not asked"), None)
        for score in range(5, 0, -1):
            self.satisfaction_combo.addItem(self.tr("{score} of 5").format(score=score), score)
        self.effort_combo = QComboBox(objectName="EffortChoice")
        self.effort_combo.addItem(self.tr("Not asked"), None)
        for score in range(1, 6):
            self.effort_combo.addItem(self.tr("{score} of 5").format(score=score), score)
        if row.rule in SATISFACTION_RULES:
            self.add_field(
                "satisfaction",
                self.tr("&Satisfaction"),
                self.satisfaction_combo,
                self.tr("How satisfied the customer is with how the complaint was resolved."),
            )
            self.add_field(
                "effort",
                self.tr("&Effort (CES)"),
                self.effort_combo,
                self.tr("How easy it was to get it resolved: 1 very hard … 5 very easy."),
            )
        self.note_edit = QPlainTextEdit(objectName="CompleteNote")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("What was said, what was agreed"))
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 16)
        self.add_field(
            "note",
            self.tr("&Note"),
            self.note_edit,
            self.tr("The contact is logged on the customer's timeline with this note."),
        )
        self.save_button.setText(self.tr("Complete"))
        self.outcome_combo.setFocus()

    def save_call(self) -> SaveCall:
        note = self.note_edit.toPlainText().strip()[:NOTE_MAX]
        scored = self._row.rule in SATISFACTION_RULES
        satisfaction = self.satisfaction_combo.currentData() if scored else None
        effort = self.effort_combo.currentData() if scored else None
        return complete_reminder, (
            self._actor,
            self._row.id,
            self.outcome_combo.currentData(),
            note,
            satisfaction,
            self._row.version,
            None,
            effort,
        )


class ReassignDialog(FormDialog):
    """Give a reminder to someone else, or back to the shared pool (supervisors)."""

    def __init__(
        self, db: Database, actor: Actor, row: ReminderRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, parent)
        self.setObjectName("ReassignReminderDialog")
        self._actor = actor
        self._row = row
        self.set_heading(self.tr("Reassign reminder"), _about(row))
        self.assignee_combo = QComboBox(objectName="AssigneeChoice")
        self.assignee_combo.addItem(self.tr("Shared pool (anyone of the store)"), None)
        self.assignee_combo.setEnabled(False)
        self.loading_label = QLabel(self.tr("Reading the staff list…"), objectName="FieldHint")
        self.add_field(
            "assignee", self.tr("&Give to"), self.assignee_combo, after=self.loading_label
        )
        self.save_button.setText(self.tr("Reassign"))
        self.save_button.setEnabled(False)
        run_query(
            db, active_users, on_done=self._show_users, on_error=self._failed_users, context=self
        )

    def _show_users(self, users: list[UserView]) -> None:
        for user in users:
            text = user.full_name + (f" · {user.store_name}" if user.store_name else "")
            self.assignee_combo.addItem(text, user.id)
        index = self.assignee_combo.findData(self._row.assignee_id)
        self.assignee_combo.setCurrentIndex(max(0, index))
        self.assignee_combo.setEnabled(True)
        self.save_button.setEnabled(True)
        self.loading_label.hide()
        self.assignee_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed_users(self, exc: BaseException) -> None:
        self.loading_label.hide()
        self.show_error(exc)

    def save_call(self) -> SaveCall:
        return reassign_reminder, (
            self._actor,
            self._row.id,
            self.assignee_combo.currentData(),
            self._row.version,
        )
