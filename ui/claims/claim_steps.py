"""The claim window's steps: each one is confirmed in a small form (with a note where it
helps), saved against the version the clerk saw, and refused with the service's own
words under the field they are about; nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from app.db import Database
from app.formatting import format_vnd
from app.services.actor import Actor
from app.services.claims.claim_actions import add_claim_note, record_quote
from app.services.claims.claim_detail import ClaimDetail
from app.services.claims.claim_labels import REJECTION_CODES
from app.services.claims.claim_outcomes import exchange_claim, refund_claim
from app.services.claims.claim_workflow import REASON_MAX, change_claim_status, reject_claim
from app.services.claims.claims import MAX_QUOTE_VND
from ui.labels import claim_rejection_labels, claim_status_labels, label
from ui.widgets.form_dialog import FormDialog, SaveCall
from ui.widgets.large_int_spin_box import LargeIntSpinBox

MAX_REFUND_TYPED = 10**13  # above any price: the service explains a refund that is too big


def note_box(name: str = "StepNote", placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit(objectName=name)
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(80)
    return box


def status_step_text(to: str) -> tuple[str, str]:
    """(heading, what happens) for a plain step to status `to`."""
    translate = QCoreApplication.translate
    texts = {
        "diagnosing": (
            translate("ClaimStep", "Start the diagnosis of {number}"),
            translate("ClaimStep", "A technician is looking at the unit."),
        ),
        "waiting_parts": (
            translate("ClaimStep", "{number} is waiting for parts"),
            translate("ClaimStep", "Say which parts were ordered in the note."),
        ),
        "repairing": (
            translate("ClaimStep", "Start the repair of {number}"),
            translate("ClaimStep", "The unit is being repaired."),
        ),
        "ready": (
            translate("ClaimStep", "{number} is ready for pickup"),
            translate(
                "ClaimStep",
                "Call the customer to collect it; print the return slip when they come.",
            ),
        ),
        "returned": (
            translate("ClaimStep", "Hand {number} back to the customer"),
            translate("ClaimStep", "The customer has the unit back; the claim is finished."),
        ),
    }
    return texts[to]


class ClaimStep(FormDialog):
    """A step on one claim, seen at `detail.claim.version`."""

    def __init__(
        self, db: Database, actor: Actor, detail: ClaimDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, parent)
        self._actor = actor
        self.detail = detail
        self.claim = detail.claim
        self.note_edit = note_box()

    def _args(self) -> tuple:
        return self._actor, self.claim.id


class StatusStep(ClaimStep):
    """Diagnose, wait for parts, repair, ready, returned: a confirmation and a note."""

    def __init__(self, db, actor, detail, to: str, parent=None) -> None:  # noqa: ANN001
        super().__init__(db, actor, detail, parent)
        self.setObjectName(f"StatusStep_{to}")
        self.to = to
        heading, intro = status_step_text(to)
        self.set_heading(heading.format(number=self.claim.number), intro)
        self.add_field(
            "note", self.tr("&Note"), self.note_edit, self.tr("Optional: what was found or done.")
        )
        self.save_button.setText(label(claim_status_labels(), to))
        self.note_edit.setFocus()

    def save_call(self) -> SaveCall:
        return change_claim_status, (
            *self._args(),
            self.to,
            self.note_edit.toPlainText(),
            self.claim.version,
        )


class RejectStep(ClaimStep):
    def __init__(self, db, actor, detail, parent=None) -> None:  # noqa: ANN001
        super().__init__(db, actor, detail, parent)
        self.setObjectName("RejectStep")
        self.set_heading(
            self.tr("Reject {number}").format(number=self.claim.number),
            self.tr("The unit is then handed back to the customer as it is."),
        )
        self.code_combo = QComboBox(objectName="RejectionCode")
        self.code_combo.addItem("—", None)
        codes = claim_rejection_labels()
        for code in REJECTION_CODES:
            self.code_combo.addItem(label(codes, code), code)
        self.reason_edit = QLineEdit(objectName="RejectionReason")
        self.reason_edit.setMaxLength(REASON_MAX)
        self.reason_edit.setPlaceholderText(self.tr("What the customer is told"))
        self.add_field("rejection_code", self.tr("&Why"), self.code_combo)
        self.add_field("rejection_reason", self.tr("&Reason"), self.reason_edit)
        self.save_button.setText(self.tr("Reject"))
        self.code_combo.setFocus()

    def save_call(self) -> SaveCall:
        return reject_claim, (
            *self._args(),
            self.code_combo.currentData() or "",
            self.reason_edit.text(),
            self.claim.version,
        )


class ExchangeStep(ClaimStep):
    def __init__(self, db, actor, detail, parent=None) -> None:  # noqa: ANN001
        super().__init__(db, actor, detail, parent)
        self.setObjectName("ExchangeStep")
        self.set_heading(
            self.tr("Exchange {number}").format(number=self.claim.number),
            self.tr(
                "The replacement becomes the customer's purchase and keeps the original "
                "warranty end."
            ),
        )
        self.serial_edit = QLineEdit(objectName="ReplacementSerial")
        self.serial_edit.setMaxLength(60)
        self.serial_edit.setPlaceholderText(self.tr("As printed on the replacement unit"))
        self.add_field("replacement_serial", self.tr("Replacement &serial"), self.serial_edit)
        self.add_field("note", self.tr("&Note"), self.note_edit)
        self.save_button.setText(self.tr("Exchange"))
        self.serial_edit.setFocus()

    def save_call(self) -> SaveCall:
        return exchange_claim, (
            *self._args(),
            self.serial_edit.text(),
            None,
            self.note_edit.toPlainText(),
            self.claim.version,
        )


class RefundStep(ClaimStep):
    def __init__(self, db, actor, detail, parent=None) -> None:  # noqa: ANN001
        super().__init__(db, actor, detail, parent)
        self.setObjectName("RefundStep")
        self.set_heading(
            self.tr("Refund {number}").format(number=self.claim.number),
            self.tr("The customer paid {price}; a refund is never more than that.").format(
                price=format_vnd(detail.price_paid_vnd)
            ),
        )
        self.amount_spin = LargeIntSpinBox(0, MAX_REFUND_TYPED, 100_000, " ₫")
        self.amount_spin.setObjectName("RefundAmount")
        self.amount_spin.setValue(detail.price_paid_vnd)
        self.add_field("refund_vnd", self.tr("&Amount"), self.amount_spin)
        self.add_field("note", self.tr("&Note"), self.note_edit)
        self.save_button.setText(self.tr("Refund"))
        self.amount_spin.setFocus()

    def save_call(self) -> SaveCall:
        return refund_claim, (
            *self._args(),
            self.amount_spin.value(),
            self.note_edit.toPlainText(),
            self.claim.version,
        )


class QuoteStep(ClaimStep):
    def __init__(self, db, actor, detail, parent=None) -> None:  # noqa: ANN001
        super().__init__(db, actor, detail, parent)
        self.setObjectName("QuoteStep")
        self.set_heading(
            self.tr("Quote for {number}").format(number=self.claim.number),
            self.tr("Out of warranty: the repair starts only once the customer accepts."),
        )
        self.cost_spin = LargeIntSpinBox(0, MAX_QUOTE_VND, 50_000, " ₫")
        self.cost_spin.setObjectName("QuoteCost")
        self.cost_spin.setValue(self.claim.quoted_cost_vnd or 0)
        self.accepted_check = QCheckBox(
            self.tr("The customer &accepts the quote"), objectName="QuoteAccepted"
        )
        self.accepted_check.setChecked(bool(self.claim.quote_accepted))
        self.add_field("quote", self.tr("&Cost"), self.cost_spin, after=self.accepted_check)
        self.add_field("note", self.tr("&Note"), self.note_edit)
        self.save_button.setText(self.tr("Save quote"))
        self.cost_spin.setFocus()

    def save_call(self) -> SaveCall:
        return record_quote, (
            *self._args(),
            self.cost_spin.value(),
            self.accepted_check.isChecked(),
            self.note_edit.toPlainText(),
            self.claim.version,
        )


class NoteStep(ClaimStep):
    def __init__(self, db, actor, detail, parent=None) -> None:  # noqa: ANN001
        super().__init__(db, actor, detail, parent)
        self.setObjectName("NoteStep")
        self.set_heading(self.tr("Note on {number}").format(number=self.claim.number))
        self.add_field("note", self.tr("&Note"), self.note_edit)
        self.save_button.setText(self.tr("Add note"))
        self.note_edit.setFocus()

    def save_call(self) -> SaveCall:
        return add_claim_note, (*self._args(), self.note_edit.toPlainText(), self.claim.version)
