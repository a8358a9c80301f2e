"""The top of the complaint dialog: number, customer (a link to the profile), category,
priority, status, tier, assignee, the SLA clock in its colour, and the description."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from app.formatting import format_datetime
from app.services.complaints.complaint_reads import SlaReading
from app.services.complaints.complaints import ComplaintDetail
from ui.complaints.complaint_sla import sla_text, sla_tone
from ui.labels import (
    channel_labels,
    complaint_category_labels,
    complaint_status_labels,
    label,
    severity_labels,
    tier_labels,
)

TONE_STYLE = {
    "at_risk": "color: #b45309; font-weight: bold;",
    "breached": "color: #c62828; font-weight: bold;",
    "": "",
}


class ComplaintHeader(QFrame):
    """`open_customer_requested(id)` from the customer link."""

    open_customer_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ComplaintHeader")
        self._customer_id: int | None = None
        self.title = QLabel("", objectName="DialogTitle")
        self.customer_button = QPushButton("", objectName="ComplaintCustomer")
        self.customer_button.setFlat(True)
        self.customer_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.customer_button.setAutoDefault(False)
        self.customer_button.setToolTip(self.tr("Open the customer's profile"))
        self.customer_button.setStyleSheet(
            "QPushButton { color: #1d4ed8; text-decoration: underline; border: none;"
            " background: transparent;"
            " text-align: left; padding: 0; }"
        )
        self.customer_button.clicked.connect(self._customer_clicked)
        self.values: dict[str, QLabel] = {}
        grid = QFormLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        grid.addRow(self.tr("Customer"), self.customer_button)
        captions = (
            ("purchase", self.tr("Purchase")),
            ("category", self.tr("Category")),
            ("channel", self.tr("Channel")),
            ("priority", self.tr("Priority")),
            ("status", self.tr("Status")),
            ("tier", self.tr("Tier", "escalation")),
            ("assignee", self.tr("Assigned to")),
            ("opened", self.tr("Opened")),
            ("sla", self.tr("SLA")),
        )
        for key, caption in captions:
            value = QLabel("", objectName=f"Complaint_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            grid.addRow(caption, value)
        self.description = QLabel("", objectName="ComplaintDescription")
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setStyleSheet(
            "background: #ffffff; border: 1px solid #d9e2ec; border-radius: 6px; padding: 8px;"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addWidget(self.description)

    def _customer_clicked(self) -> None:
        if self._customer_id is not None:
            self.open_customer_requested.emit(self._customer_id)

    def show_detail(self, detail: ComplaintDetail, reading: SlaReading) -> None:
        c = detail.complaint
        self._customer_id = c.customer_id
        self.title.setText(self.tr("Complaint {number}").format(number=c.number))
        self.customer_button.setText(
            self.tr("{name} · {code}").format(name=c.customer_name, code=detail.customer_code)
        )
        category = label(complaint_category_labels(), c.category)
        if c.subcategory:
            category += " · " + c.subcategory
        unassigned = self.tr("Nobody yet (in the queue)")
        v = self.values
        v["purchase"].setText(detail.purchase_label or self.tr("—"))
        v["category"].setText(category)
        v["channel"].setText(label(channel_labels(), c.channel))
        v["priority"].setText(label(severity_labels(), c.priority))
        v["status"].setText(label(complaint_status_labels(), c.status))
        v["tier"].setText(label(tier_labels(), c.tier))  # type: ignore[arg-type]
        v["assignee"].setText(c.assignee_name or unassigned)
        v["opened"].setText(format_datetime(c.opened_at))
        v["sla"].setText(sla_text(reading))
        tone = sla_tone(reading, detail.sla_state)
        v["sla"].setProperty("tone", tone)
        v["sla"].setStyleSheet(TONE_STYLE[tone])
        self.description.setText(c.description)

    def value(self, key: str) -> str:
        return self.values[key].text()
