"""The top of the claim window: number, kind, status, customer (a link to the profile),
the unit and its warranty as decided at intake, and what was received."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from app.formatting import format_date, format_datetime, format_vnd
from app.services.claims.claim_detail import ClaimDetail
from ui.customer_text import phone_display
from ui.labels import claim_kind_labels, claim_rejection_labels, claim_status_labels, label


class ClaimHeader(QFrame):
    """`open_customer_requested(id)` from the customer link."""

    open_customer_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClaimHeader")
        self._customer_id: int | None = None
        self.title = QLabel("", objectName="DialogTitle")
        self.customer_button = QPushButton("", objectName="ClaimCustomer")
        self.customer_button.setFlat(True)
        self.customer_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.customer_button.setAutoDefault(False)
        self.customer_button.setToolTip(self.tr("Open the customer's profile"))
        self.customer_button.clicked.connect(self._customer_clicked)
        self.values: dict[str, QLabel] = {}
        grid = QFormLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        grid.addRow(self.tr("Customer"), self.customer_button)
        captions = (
            ("status", self.tr("Status")),
            ("kind", self.tr("Kind")),
            ("unit", self.tr("Unit")),
            ("warranty", self.tr("Warranty")),
            ("received", self.tr("Received", "date")),
            ("expected", self.tr("Expected back")),
            ("assignee", self.tr("Assigned to")),
            ("quote", self.tr("Quote")),
            ("approved", self.tr("Approved by")),
            ("outcome", self.tr("Outcome")),
            ("fault", self.tr("Fault")),
            ("condition", self.tr("Condition")),
            ("accessories", self.tr("Accessories")),
        )
        self._rows: dict[str, tuple[QLabel, QLabel]] = {}
        for key, caption in captions:
            value = QLabel("", objectName=f"Claim_{key}")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption_label = QLabel(caption)
            self.values[key] = value
            self._rows[key] = (caption_label, value)
            grid.addRow(caption_label, value)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addLayout(grid)

    def _customer_clicked(self) -> None:
        if self._customer_id is not None:
            self.open_customer_requested.emit(self._customer_id)

    def _set(self, key: str, text: str) -> None:
        """Show a row only when it has something to say."""
        caption, value = self._rows[key]
        value.setText(text)
        caption.setVisible(bool(text))
        value.setVisible(bool(text))

    def show_detail(self, d: ClaimDetail) -> None:
        c = d.claim
        self._customer_id = c.customer_id
        self.title.setText(self.tr("Claim {number}").format(number=c.number))
        who = self.tr("{name} · {code}").format(name=c.customer_name, code=d.customer_code)
        if d.customer_phone:
            who += " · " + phone_display(d.customer_phone)
        self.customer_button.setText(who)
        unit = [
            c.product_name,
            self.tr("serial {serial}").format(serial=c.serial_no)
            if c.serial_no
            else self.tr("no serial"),
        ]
        bought = self.tr("bought {day}").format(day=format_date(d.purchase.purchase_date))
        unit.append(bought)
        self._set("status", label(claim_status_labels(), c.status))
        self._set("kind", label(claim_kind_labels(), c.kind))
        self._set("unit", " · ".join(unit))
        warranty = d.warranty_reason_text
        if not c.in_warranty:
            warranty = self.tr("Out of warranty at intake: {reason}").format(reason=warranty)
        self._set("warranty", warranty)
        self.values["warranty"].setProperty("tone", "in_warranty" if c.in_warranty else "expired")
        self.values["warranty"].style().unpolish(self.values["warranty"])
        self.values["warranty"].style().polish(self.values["warranty"])
        received = format_datetime(c.received_at)
        if d.store_name:
            received += " · " + d.store_name
        if d.created_by_name:
            received += " · " + d.created_by_name
        self._set("received", received)
        self._set("expected", format_date(d.expected_return_date))
        self._set("assignee", c.assignee_name or self.tr("Nobody yet"))
        quote = ""
        if d.needs_quote:
            if c.quoted_cost_vnd is None:
                quote = self.tr("No quote yet: the repair cannot start before one is accepted.")
            elif c.quote_accepted:
                quote = self.tr("{cost}, accepted by the customer").format(
                    cost=format_vnd(c.quoted_cost_vnd)
                )
            else:
                quote = self.tr("{cost}, not accepted yet").format(
                    cost=format_vnd(c.quoted_cost_vnd)
                )
        self._set("quote", quote)
        self._set(
            "approved",
            self.tr("{name} (return past the window)").format(name=d.approved_by_name)
            if d.approved_by_name
            else "",
        )
        self._set("outcome", self._outcome(d))
        self._set("fault", d.fault_description)
        self._set("condition", d.condition_on_receipt)
        self._set("accessories", d.accessories)

    def _outcome(self, d: ClaimDetail) -> str:
        if d.rejection_code:
            text = label(claim_rejection_labels(), d.rejection_code)
            return f"{text}: {d.rejection_reason}" if d.rejection_reason else text
        if d.replacement_serial:
            return self.tr("Exchanged for serial {serial}").format(serial=d.replacement_serial)
        if d.refund_vnd is not None:
            return self.tr("Refunded {amount} (paid {paid})").format(
                amount=format_vnd(d.refund_vnd), paid=format_vnd(d.price_paid_vnd)
            )
        return ""

    def value(self, key: str) -> str:
        return self.values[key].text()
