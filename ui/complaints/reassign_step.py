"""Reassign a complaint to another member of staff: a supervisor's or an administrator's
step ("work.reassign"); an agent only takes an unassigned one for themselves.

The staff offered are the active users in Vietnamese name order; the one who has it now
is left out. Saved against the version shown, like every other step.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox

from app.services.access.users import UserView, active_users
from app.services.complaints.complaint_actions import assign_complaint
from ui.complaints.complaint_steps import ComplaintStep
from ui.errors import failure_message
from ui.widgets.form_dialog import SaveCall
from ui.workers import run_query


class ReassignStep(ComplaintStep):
    """`listed()` once the staff are in the list."""

    listed = Signal()

    def __init__(self, db, actor, view, parent=None) -> None:  # noqa: ANN001
        super().__init__(db, actor, view, parent)
        self.setObjectName("ReassignStep")
        now = view.assignee_name or self.tr("nobody (in the queue)")
        self.set_heading(
            self.tr("Reassign {number}").format(number=view.number),
            self.tr(
                "It is with {name} now. The new assignee sees it in their queue, and "
                "the timeline keeps who gave it to whom."
            ).format(name=now),
        )
        self.staff_combo = QComboBox(objectName="ReassignTo")
        self.staff_combo.addItem(self.tr("Loading staff…"), None)
        self.add_field("assignee", self.tr("&Give it to"), self.staff_combo)
        self.save_button.setText(self.tr("Reassign"))
        self.save_button.setEnabled(False)
        self.staff_combo.setFocus()
        run_query(
            db, active_users, on_done=self._show_staff, on_error=self._failed_staff, context=self
        )

    def _show_staff(self, staff: list[UserView]) -> None:
        self.staff_combo.clear()
        for user in staff:
            if user.id == self.view.assignee_id:
                continue
            where = f" · {user.store_name}" if user.store_name else ""
            self.staff_combo.addItem(f"{user.full_name} ({user.username}){where}", user.id)
        self.save_button.setEnabled(self.staff_combo.count() > 0)
        self.listed.emit()

    def _failed_staff(self, exc: BaseException) -> None:
        self.staff_combo.clear()
        self.show_message(
            failure_message(
                exc,
                "ReassignStep: the staff could not be read",
                self.tr("The staff list could not be read. Close this and try again."),
            )
        )
        self.listed.emit()

    def choose(self, user_id: int) -> bool:
        index = self.staff_combo.findData(user_id)
        if index >= 0:
            self.staff_combo.setCurrentIndex(index)
        return index >= 0

    def save_call(self) -> SaveCall:
        return assign_complaint, (*self._args(), self.staff_combo.currentData(), self.view.version)
