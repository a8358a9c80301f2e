"""The complaint dialog's steps that need more than a click: resolve, close, reopen, cancel,
escalate and change the priority. Each saves against the version the agent saw, so a
change made meanwhile by someone else is refused with their name, and nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QWidget

from app.db import Database
from app.services.actor import Actor
from app.services.complaints.complaint_actions import change_priority, escalate_complaint
from app.services.complaints.complaint_workflow import (
    RESOLUTION_TYPES,
    Resolution,
    cancel_complaint,
    close_complaint,
    reopen_complaint,
    resolve_complaint,
)
from app.services.complaints.complaints import ComplaintView
from ui.calls.contact_fields import value_combo
from ui.complaints.complaint_timeline import resolution_type_labels
from ui.complaints.template_tools import TemplateTools
from ui.labels import label, severity_labels
from ui.widgets.form_dialog import FormDialog, SaveCall
from ui.widgets.large_int_spin_box import LargeIntSpinBox

MAX_VND = 10**12
SEVERITIES = ("low", "normal", "high", "critical")


def text_box(name: str, placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit(objectName=name)
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(90)
    return box


class ComplaintStep(FormDialog):
    """A step on one complaint, seen at `view.version`."""

    def __init__(
        self, db: Database, actor: Actor, view: ComplaintView, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, parent)
        self._actor = actor
        self.view = view

    def _args(self) -> tuple:
        return self._actor, self.view.id


class ResolveStep(ComplaintStep):
    def __init__(self, db, actor, view, parent=None) -> None:  # noqa: ANN001
        super().__init__(db, actor, view, parent)
        self.setObjectName("ResolveStep")
        self.set_heading(self.tr("Resolve {number}").format(number=view.number))
        types = resolution_type_labels()
        self.type_combo = value_combo(
            ((k, label(types, k)) for k in RESOLUTION_TYPES), "ResolutionType", "—"
        )
        self.notes_edit = text_box("ResolutionNotes", self.tr("What was done for the customer"))
        self.vnd_spin = LargeIntSpinBox(-MAX_VND, MAX_VND, 10_000, " ₫")
        self.vnd_spin.setObjectName("CompensationVnd")
        self.points_spin = LargeIntSpinBox(-MAX_VND, MAX_VND, 100)
        self.points_spin.setObjectName("CompensationPoints")
        for spin in (self.vnd_spin, self.points_spin):
            spin.setValue(0)  # it starts at its minimum, which is negative to be refused
        self.first_contact_check = QCheckBox(
            self.tr("Resolved on the first contact"), objectName="FirstContact"
        )
        self.add_field("resolution_type", self.tr("&How"), self.type_combo)
        # An explanation to the customer is often a template's text.
        self.template_tools = TemplateTools(db, self.notes_edit)
        self.template_tools.set_complaint(view.id, view.category)
        self.add_field(
            "resolution_notes", self.tr("&Notes"), self.notes_edit, after=self.template_tools
        )
        self.add_field("compensation", self.tr("Compensation (&VND)"), self.vnd_spin)
        self.add_field("compensation_points", self.tr("Compensation (p&oints)"), self.points_spin)
        self.add_field("first_contact", "", self.first_contact_check)
        self.save_button.setText(self.tr("Resolve"))
        self.type_combo.setFocus()

    def save_call(self) -> SaveCall:
        resolution = Resolution(
            type=self.type_combo.currentData() or "",
            notes=self.notes_edit.toPlainText(),
            compensation_vnd=self.vnd_spin.value(),
            compensation_points=self.points_spin.value(),
            first_contact=self.first_contact_check.isChecked(),
        )
        return resolve_complaint, (*self._args(), resolution, self.view.version)

    def show_message(self, message: str, key: str | None = None) -> None:
        if key == "compensation" and self.vnd_spin.value() >= 0 > self.points_spin.value():
            key = "compensation_points"
        super().show_message(message, key)


def score_items() -> list[tuple[int, str]]:
    return [(n, str(n)) for n in range(1, 6)]


class CloseStep(ComplaintStep):
    def __init__(self, db, actor, view, parent=None) -> None:  # noqa: ANN001
        super().__init__(db, actor, view, parent)
        self.setObjectName("CloseStep")
        self.set_heading(
            self.tr("Close {number}").format(number=view.number),
            self.tr("Close only once the customer has confirmed the resolution."),
        )
        self.confirmed_check = QCheckBox(
            self.tr("The customer &confirmed the resolution"), objectName="CustomerConfirmed"
        )
        self.csat_combo = value_combo(score_items(), "CsatScore", "—")
        self.ces_combo = value_combo(score_items(), "CesScore", "—")
        self.add_field("confirmed", "", self.confirmed_check)
        self.add_field(
            "csat",
            self.tr("&Satisfaction (CSAT)"),
            self.csat_combo,
            self.tr("1 very unhappy … 5 very happy"),
        )
        self.add_field(
            "ces", self.tr("&Effort (CES)"), self.ces_combo, self.tr("1 very hard … 5 very easy")
        )
        self.comment_edit = text_box(
            "CustomerComment", self.tr("What the customer said about how it was handled")
        )
        self.add_field("comment", self.tr("Customer's co&mment"), self.comment_edit)
        self.save_button.setText(self.tr("Close complaint"))
        self.confirmed_check.setFocus()

    def save_call(self) -> SaveCall:
        return close_complaint, (
            *self._args(),
            self.confirmed_check.isChecked(),
            self.csat_combo.currentData(),
            self.ces_combo.currentData(),
            self.view.version,
            None,
            self.comment_edit.toPlainText(),
        )


class ReasonStep(ComplaintStep):
    """A step whose only input is the reason: reopen, cancel, escalate."""

    def __init__(self, db, actor, view, parent=None) -> None:  # noqa: ANN001
        super().__init__(db, actor, view, parent)
        self.reason_edit = text_box("StepReason")

    def add_reason(self) -> None:
        self.add_field("reason", self.tr("&Reason"), self.reason_edit)
        self.reason_edit.setFocus()


class ReopenStep(ReasonStep):
    def __init__(self, db, actor, view, parent=None) -> None:  # noqa: ANN001
        super().__init__(db, actor, view, parent)
        self.setObjectName("ReopenStep")
        self.set_heading(self.tr("Reopen {number}").format(number=view.number))
        self.add_reason()
        self.save_button.setText(self.tr("Reopen"))

    def save_call(self) -> SaveCall:
        return reopen_complaint, (*self._args(), self.reason_edit.toPlainText(), self.view.version)


class CancelStep(ReasonStep):
    def __init__(self, db, actor, view, parent=None) -> None:  # noqa: ANN001
        super().__init__(db, actor, view, parent)
        self.setObjectName("CancelStep")
        self.set_heading(
            self.tr("Cancel {number}").format(number=view.number),
            self.tr("A cancelled complaint cannot be reopened."),
        )
        self.add_reason()
        self.save_button.setText(self.tr("Cancel complaint"))
        self.cancel_button.setText(self.tr("Keep it"))

    def save_call(self) -> SaveCall:
        return cancel_complaint, (*self._args(), self.reason_edit.toPlainText(), self.view.version)


class EscalateStep(ReasonStep):
    def __init__(self, db, actor, view, parent=None) -> None:  # noqa: ANN001
        super().__init__(db, actor, view, parent)
        self.setObjectName("EscalateStep")
        self.set_heading(
            self.tr("Escalate {number}").format(number=view.number),
            self.tr("It moves one tier up, into that tier's queue, unassigned."),
        )
        self.add_reason()
        self.save_button.setText(self.tr("Escalate"))

    def save_call(self) -> SaveCall:
        return escalate_complaint, (
            *self._args(),
            self.reason_edit.toPlainText(),
            self.view.version,
        )


class PriorityStep(ReasonStep):
    def __init__(self, db, actor, view, parent=None) -> None:  # noqa: ANN001
        super().__init__(db, actor, view, parent)
        self.setObjectName("PriorityStep")
        self.set_heading(
            self.tr("Change the priority of {number}").format(number=view.number),
            self.tr("The due times are counted again from the opening for the new priority."),
        )
        severities = severity_labels()
        self.priority_combo = value_combo(
            ((s, label(severities, s)) for s in SEVERITIES), "StepPriority"
        )
        self.priority_combo.setCurrentIndex(max(0, self.priority_combo.findData(view.priority)))
        self.add_field("priority", self.tr("&Priority"), self.priority_combo)
        self.add_reason()
        self.priority_combo.setFocus()
        self.save_button.setText(self.tr("Change priority"))

    def save_call(self) -> SaveCall:
        return change_priority, (
            *self._args(),
            self.priority_combo.currentData(),
            self.reason_edit.toPlainText(),
            self.view.version,
        )
