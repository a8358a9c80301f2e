"""One complaint in its own window: what it is, where its clock stands, what happened so
far, and the steps its status allows. Not modal: several can be open beside each other.

Every step is saved against the version shown; when someone else changed the complaint
meanwhile, their change is named in the banner, the typed note stays, and Reload shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.models import ComplaintStatus
from app.services.access.permissions import allowed
from app.services.actor import Actor
from app.services.complaints.complaint_actions import TOP_TIER, add_note, assign_complaint
from app.services.complaints.complaint_reads import OPEN_STATUSES, SlaReading, load_complaint
from app.services.complaints.complaint_workflow import TRANSITIONS, change_status
from app.services.complaints.complaints import ComplaintDetail, ComplaintView
from ui.complaints import complaint_steps as steps
from ui.complaints.complaint_header import ComplaintHeader
from ui.complaints.complaint_timeline import ComplaintTimeline
from ui.complaints.reassign_step import ReassignStep
from ui.complaints.template_tools import TemplateTools
from ui.errors import failure_message
from ui.widgets.flow_layout import FlowBox
from ui.workers import Task, run_change, run_query

S = ComplaintStatus
FINISHED = ("closed", "cancelled")


class ComplaintDialog(QDialog):
    """`changed(id)` after any step saved; `open_customer_requested(id)` from the customer
    link; `loaded()` each time the complaint has been (re)read."""

    changed = Signal(int)
    open_customer_requested = Signal(int)
    loaded = Signal()

    def __init__(
        self, db: Database, actor: Actor, complaint_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ComplaintDialog")
        self.setModal(False)
        self.setWindowTitle(self.tr("Complaint"))
        self._db = db
        self._actor = actor
        self.complaint_id = complaint_id
        self.detail: ComplaintDetail | None = None
        self._task: Task | None = None
        self.step: steps.ComplaintStep | None = None

        self.state_label = QLabel(self.tr("Loading…"), objectName="ScreenState")
        self.banner = QLabel("", objectName="FormBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.header = ComplaintHeader()
        self.header.open_customer_requested.connect(self.open_customer_requested)
        self.actions = FlowBox()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("start", self.tr("&Start work"), lambda: self._status("in_progress")),
            ("wait", self.tr("&Waiting for customer"), lambda: self._status("waiting_customer")),
            ("resume", self.tr("Res&ume"), lambda: self._status("in_progress")),
            ("take", self.tr("&Take it"), self._take),
            ("reassign", self.tr("Reass&ign to…"), lambda: self._open_step(ReassignStep)),
            ("escalate", self.tr("&Escalate…"), lambda: self._open_step(steps.EscalateStep)),
            ("priority", self.tr("Change &priority…"), lambda: self._open_step(steps.PriorityStep)),
            ("resolve", self.tr("Res&olve…"), lambda: self._open_step(steps.ResolveStep)),
            ("close", self.tr("C&lose…"), lambda: self._open_step(steps.CloseStep)),
            ("reopen", self.tr("Reo&pen…"), lambda: self._open_step(steps.ReopenStep)),
            ("cancel", self.tr("Cancel complai&nt…"), lambda: self._open_step(steps.CancelStep)),
        ):
            button = QPushButton(text, objectName=f"Action_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            self.buttons[key] = button
            self.actions.flow.addWidget(button)
        self.buttons["priority"].setVisible(allowed(actor, "complaint.prioritize"))
        self.buttons["reassign"].setVisible(allowed(actor, "work.reassign"))
        self.timeline = ComplaintTimeline()
        self.note_edit = QPlainTextEdit(objectName="ComplaintNote")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(80)
        self.note_edit.setPlaceholderText(
            self.tr("What you said to the customer, or a note for the team")
        )
        self.reply_button = QPushButton(self.tr("Reply to &customer"), objectName="ReplyButton")
        self.note_button = QPushButton(self.tr("Add &note"), objectName="NoteButton")
        for button, reply in ((self.reply_button, True), (self.note_button, False)):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, r=reply: self._note(r))
        self.reload_button = QPushButton(self.tr("&Reload"), objectName="ReloadComplaint")
        self.reload_button.setAutoDefault(False)
        self.reload_button.clicked.connect(self.reload)
        footer = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        footer.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ResetRole)
        footer.rejected.connect(self.reject)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_edit, 1)
        note_buttons = QVBoxLayout()
        note_buttons.addWidget(self.reply_button)
        note_buttons.addWidget(self.note_button)
        note_buttons.addStretch(1)
        note_row.addLayout(note_buttons)
        self.template_tools = TemplateTools(db, self.note_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        for widget in (self.state_label, self.banner, self.header, self.actions):
            layout.addWidget(widget)
        layout.addWidget(QLabel(self.tr("Timeline"), objectName="SectionTitle"))
        layout.addWidget(self.timeline, 1)
        layout.addLayout(note_row)
        layout.addWidget(self.template_tools)
        layout.addWidget(footer)
        self.resize(760, 820)
        self._enable()
        self.reload()

    # -- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        if self.is_busy():
            return
        self.state_label.setText(self.tr("Loading…"))
        self.state_label.show()
        self._task = run_query(
            self._db,
            load_complaint,
            self.complaint_id,
            on_done=self._show,
            on_error=self._load_failed,
            context=self,
        )
        self._enable()

    def _show(self, result: tuple[ComplaintDetail, SlaReading]) -> None:
        detail, reading = result
        self.detail = detail
        self.state_label.hide()
        self.setWindowTitle(
            self.tr("Complaint {number}: {name}").format(
                number=detail.complaint.number, name=detail.complaint.customer_name
            )
        )
        self.header.show_detail(detail, reading)
        self.template_tools.set_complaint(detail.complaint.id, detail.complaint.category)
        self.timeline.show_events(detail.events)
        self._enable()
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self.state_label.setText(
            failure_message(
                exc,
                "Complaint dialog: the complaint could not be read",
                self.tr("The complaint could not be read. Press Reload to try again."),
            )
        )
        self._enable()
        self.loaded.emit()

    def view(self) -> ComplaintView | None:
        return self.detail.complaint if self.detail is not None else None

    # -- which steps apply -----------------------------------------------------------------

    def _enable(self) -> None:
        view, busy = self.view(), self.is_busy()
        status = S(view.status) if view is not None else None
        nexts = TRANSITIONS[status] if status is not None else frozenset()
        mine = view is not None and (
            view.assignee_id in (None, self._actor.user_id) or allowed(self._actor, "work.reassign")
        )
        is_open = view is not None and view.status not in FINISHED
        working = view is not None and view.status in OPEN_STATUSES  # not resolved yet
        rules = {
            "start": S.IN_PROGRESS in nexts and status in (S.NEW, S.REOPENED),
            "wait": S.WAITING_CUSTOMER in nexts,
            "resume": status is S.WAITING_CUSTOMER,
            "take": working and view is not None and view.assignee_id is None,
            "reassign": is_open,
            "escalate": working and view is not None and view.tier < TOP_TIER,
            "priority": working,
            "resolve": S.RESOLVED in nexts,
            "close": S.CLOSED in nexts,
            "reopen": S.REOPENED in nexts,
            "cancel": S.CANCELLED in nexts,
        }
        for key, button in self.buttons.items():
            button.setEnabled(rules[key] and mine and not busy)
        for button in (self.reply_button, self.note_button):
            button.setEnabled(is_open and mine and not busy)
        self.reload_button.setEnabled(not busy)

    def enabled_actions(self) -> set[str]:
        return {k for k, b in self.buttons.items() if b.isEnabled() and not b.isHidden()}

    # -- doing -----------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._task is not None and self._task.is_running

    def _act(self, fn: Callable[..., Any], *args: Any, after: Callable[[], None] | None = None):
        view = self.view()
        if view is None or self.is_busy():
            return

        def done(_result: object) -> None:
            if after is not None:
                after()
            self._task = None
            self.changed.emit(self.complaint_id)
            self.reload()

        self.banner.hide()
        self._task = run_change(
            self._db,
            partial(fn, expected_version=view.version),
            self._actor,
            view.id,
            *args,
            on_done=done,
            on_error=self._refused,
            context=self,
        )
        self._enable()

    def _refused(self, exc: BaseException) -> None:
        self._task = None
        self.show_banner(
            failure_message(
                exc,
                "Complaint dialog: a step could not be saved",
                self.tr(
                    "This could not be saved: the database did not answer as expected. "
                    "What you typed is still here; try again."
                ),
            )
        )
        self._enable()

    def show_banner(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.show()

    def banner_text(self) -> str:
        return self.banner.text() if not self.banner.isHidden() else ""

    def _status(self, to: str) -> None:
        self._act(change_status, to)

    def _take(self) -> None:
        self._act(assign_complaint, self._actor.user_id)

    def _note(self, reply: bool) -> None:
        self._act(add_note, self.note_edit.toPlainText(), reply, after=self.note_edit.clear)

    def _open_step(self, kind: type[steps.ComplaintStep]) -> steps.ComplaintStep | None:
        view = self.view()
        if view is None or self.is_busy():
            return None
        step = kind(self._db, self._actor, view, self)
        step.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        step.saved.connect(lambda _r: (self.changed.emit(self.complaint_id), self.reload()))
        step.conflict.connect(self.show_banner)
        self.step = step
        step.open()
        return step
