"""A complaint's timeline: every event oldest first, with when, who ("System" for the SLA
pass) and what happened in words."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.formatting import format_datetime, format_vnd
from app.services.complaints.complaints import ComplaintEventView
from ui.labels import complaint_status_labels, label, severity_labels, tier_labels

# Event kinds in demo data loaded by earlier versions, and the kind they mean.
OLDER_KINDS = {"created": "opened", "status_changed": "status"}


def resolution_type_labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "explanation": translate("ResolutionType", "Explanation given"),
        "repair": translate("ResolutionType", "Repair"),
        "replacement": translate("ResolutionType", "Replacement"),
        "refund": translate("ResolutionType", "Refund"),
        "exchange": translate("ResolutionType", "Exchange"),
        "goodwill_voucher": translate("ResolutionType", "Goodwill voucher"),
        "points": translate("ResolutionType", "Loyalty points"),
    }


def who_text(event: ComplaintEventView) -> str:
    return event.actor_name or QCoreApplication.translate("ComplaintTimeline", "System")


def what_text(event: ComplaintEventView) -> str:
    """One line (or two, with the note) saying what the event did."""
    translate = QCoreApplication.translate
    statuses = complaint_status_labels()
    data = event.data or {}
    kind = OLDER_KINDS.get(event.kind, event.kind)
    if kind == "opened":
        what = translate("ComplaintTimeline", "Opened the complaint")
    elif kind == "resolved":
        what = translate("ComplaintTimeline", "Resolved: {type}").format(
            type=label(resolution_type_labels(), data.get("type"))
        )
        extras = []
        if data.get("compensation_vnd"):
            extras.append(format_vnd(int(data["compensation_vnd"])))
        if data.get("compensation_points"):
            extras.append(
                translate("ComplaintTimeline", "%n point(s)", "", int(data["compensation_points"]))
            )
        if extras:
            what += " · " + translate("ComplaintTimeline", "compensation {what}").format(
                what=" + ".join(extras)
            )
    elif kind == "closed":
        what = translate("ComplaintTimeline", "Closed · CSAT {csat}/5 · CES {ces}/5").format(
            csat=data.get("csat", "–"), ces=data.get("ces", "–")
        )
    elif kind == "escalated":
        what = translate("ComplaintTimeline", "Escalated to tier {tier}").format(
            tier=label(tier_labels(), data.get("tier", data.get("to_tier")))  # type: ignore[arg-type]
        )
    elif kind == "status":
        what = translate("ComplaintTimeline", "Status changed")
    elif kind == "priority":
        what = translate("ComplaintTimeline", "Priority changed from {old} to {new}").format(
            old=label(severity_labels(), data.get("from")),
            new=label(severity_labels(), data.get("to")),
        )
    elif kind == "note":
        what = translate("ComplaintTimeline", "Internal note")
    elif kind == "reply":
        what = translate("ComplaintTimeline", "Reply to the customer")
    elif kind == "assigned" and data.get("to") is None:
        what = translate("ComplaintTimeline", "Put back in the queue")
    elif kind == "assigned" and data.get("to_name"):
        what = translate("ComplaintTimeline", "Assigned to {name}").format(name=data["to_name"])
    elif kind == "assigned":
        what = translate("ComplaintTimeline", "Assigned")
    elif kind == "sla_at_risk":
        what = translate("ComplaintTimeline", "SLA at risk")
    elif kind == "sla_breached":
        what = translate("ComplaintTimeline", "SLA breached")
    else:
        what = kind
    if event.from_status and event.to_status and kind not in ("opened",):
        what += " · " + translate("ComplaintTimeline", "{old} → {new}").format(
            old=label(statuses, event.from_status), new=label(statuses, event.to_status)
        )
    return what


class ComplaintTimeline(QListWidget):
    """The events, oldest first; each row is plain text for a screen reader and a test."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ComplaintTimeline")
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def show_events(self, events: Sequence[ComplaintEventView]) -> None:
        self.clear()
        for event in events:
            text = f"{format_datetime(event.at)} · {who_text(event)}\n{what_text(event)}"
            if event.note:
                text += "\n" + event.note
            item = QListWidgetItem(text)
            item.setToolTip(text)
            self.addItem(item)
        if self.count():
            self.scrollToBottom()

    def texts(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]
