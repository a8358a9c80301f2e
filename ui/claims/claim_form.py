"""Taking a unit in at the counter: a warranty repair, an exchange or a return.

The form opens on one purchase (from the warranty check): its warranty is shown as the
clerk will read it out, with the reason; an out-of-warranty repair asks for the quoted
cost and whether the customer accepts it; a return past the return window says that a
supervisor must approve it. The service decides and stores all of this at intake; the
form only shows what to expect. Saved, the claim receipt is printed next.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPlainTextEdit, QWidget

from app.date_input import expected_return_limit
from app.db import Database
from app.formatting import format_date
from app.services.access.permissions import allowed
from app.services.actor import Actor
from app.services.claims.claim_reads import warranty_of
from app.services.claims.claims import MAX_QUOTE_VND, ClaimInput, open_claim
from app.services.claims.warranty_check import WarrantyRow
from ui.claims.warranty_check import days_text, return_text
from ui.errors import failure_message
from ui.labels import claim_kind_labels, label, warranty_state_labels
from ui.widgets.date_edit import DateEdit, local_today
from ui.widgets.form_dialog import FormDialog, SaveCall
from ui.widgets.large_int_spin_box import LargeIntSpinBox
from ui.workers import run_query

SAVE_KEYS = "Ctrl+Return"
KINDS = ("repair", "exchange", "return")


def text_box(name: str, height: int, placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit(objectName=name)
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(height)
    return box


class ClaimForm(FormDialog):
    """`saved(ClaimView)` after Save; `purchase_loaded()` once the purchase is shown."""

    purchase_loaded = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        purchase_id: int,
        row: WarrantyRow | None = None,
        kind: str = "repair",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.setObjectName("ClaimForm")
        self.setModal(False)
        self._actor = actor
        self.purchase_id = purchase_id
        self.row: WarrantyRow | None = None
        self.set_heading(
            self.tr("New claim"),
            self.tr("Write the fault as the customer describes it, and what you receive."),
        )
        self.unit_label = QLabel(self.tr("Loading…"), objectName="ClaimUnit")
        self.unit_label.setWordWrap(True)
        self.kind_combo = QComboBox(objectName="ClaimKind")
        kinds = claim_kind_labels()
        for key in KINDS:
            self.kind_combo.addItem(label(kinds, key), key)
        self.kind_combo.setCurrentIndex(max(0, KINDS.index(kind) if kind in KINDS else 0))
        self.warranty_label = QLabel("", objectName="ClaimWarranty")
        self.warranty_label.setWordWrap(True)
        self.approval_label = QLabel("", objectName="ClaimApproval")
        self.approval_label.setWordWrap(True)
        self.approval_label.hide()
        self.fault_edit = text_box("ClaimFault", 90, self.tr("In the customer's words"))
        self.condition_edit = text_box(
            "ClaimCondition", 60, self.tr("Scratches, dents, missing screws… as received")
        )
        self.accessories_edit = text_box(
            "ClaimAccessories", 50, self.tr("Remote, charger, box… or nothing")
        )
        self.expected_date = DateEdit(minimum=expected_return_limit(local_today()))
        self.expected_date.setObjectName("ClaimExpected")
        self.quote_spin = LargeIntSpinBox(0, MAX_QUOTE_VND, 50_000, " ₫")
        self.quote_spin.setObjectName("ClaimQuote")
        self.quote_check = QCheckBox(
            self.tr("The customer &accepts the quote"), objectName="QuoteAccepted"
        )

        self.add_field("purchase", self.tr("Unit"), self.unit_label)
        self.add_field("kind", self.tr("&Kind"), self.kind_combo)
        self.add_field(
            "warranty", self.tr("Warranty"), self.warranty_label, after=self.approval_label
        )
        self.add_field("fault_description", self.tr("&Fault"), self.fault_edit)
        self.add_field("condition_on_receipt", self.tr("&Condition"), self.condition_edit)
        self.add_field("accessories", self.tr("Acc&essories"), self.accessories_edit)
        self.add_field(
            "expected_return_date",
            self.tr("E&xpected back"),
            self.expected_date,
            self.tr("The date the customer is told to come back."),
        )
        self.add_field(
            "quote",
            self.tr("&Quoted cost"),
            self.quote_spin,
            self.tr("Out of warranty: the repair starts once the customer accepts."),
            after=self.quote_check,
        )
        self.save_button.setText(self.tr("Take it in"))
        keys = QKeySequence(SAVE_KEYS).toString(QKeySequence.SequenceFormat.NativeText)
        self.save_button.setToolTip(self.tr("Save the claim ({keys})").format(keys=keys))
        QShortcut(QKeySequence(SAVE_KEYS), self, self.submit)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._update_kind())
        self.setMinimumWidth(640)
        if row is not None:
            self._show_row(row)
        else:
            run_query(
                db,
                warranty_of,
                purchase_id,
                on_done=self._show_row,
                on_error=self._row_failed,
                context=self,
            )
        self._update_kind()
        self.fault_edit.setFocus()

    # -- the unit and its warranty ---------------------------------------------------------

    def _show_row(self, row: WarrantyRow | None) -> None:
        self.row = row
        if row is None:
            self.unit_label.setText(
                self.tr(
                    "The purchase has no serial or invoice number to check; the warranty "
                    "is decided when it is saved."
                )
            )
            self.warranty_label.setText("")
        else:
            serial = row.serial_no or self.tr("no serial")
            self.unit_label.setText(
                self.tr("{product} · {serial}\n{name} · {code}").format(
                    product=row.product_name,
                    serial=serial,
                    name=row.customer_name,
                    code=row.customer_code,
                )
            )
            self.setWindowTitle(self.tr("New claim: {name}").format(name=row.customer_name))
        self._update_kind()
        self.purchase_loaded.emit()

    def _row_failed(self, exc: BaseException) -> None:
        self.unit_label.setText(
            failure_message(
                exc,
                "Claim form: the purchase could not be read",
                self.tr(
                    "The purchase could not be read; close the form and check the warranty again."
                ),
            )
        )
        self.purchase_loaded.emit()

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def covered(self) -> bool | None:
        """Whether the unit is in warranty today (None: not known yet)."""
        return None if self.row is None else self.row.state != "expired"

    def needs_quote(self) -> bool:
        return self.kind() == "repair" and self.covered() is False

    def needs_approval(self) -> bool:
        return self.kind() == "return" and self.row is not None and not self.row.return_window_open

    def _update_kind(self) -> None:
        row = self.row
        if row is not None:
            state = label(warranty_state_labels(), row.state)
            if row.state == "expired":
                text = self.tr(
                    "{state}: the warranty ended on {end} ({days}). A repair is charged."
                )
            else:
                text = self.tr("{state}: until {end} ({days}).")
            self.warranty_label.setText(
                text.format(state=state, end=format_date(row.warranty_end), days=days_text(row))
            )
            self.warranty_label.setProperty("tone", row.state)
            self.warranty_label.style().unpolish(self.warranty_label)
            self.warranty_label.style().polish(self.warranty_label)
        quote_row = self.form.getWidgetPosition(self.quote_spin.parentWidget())[0]
        self.form.setRowVisible(quote_row, self.needs_quote())
        if self.kind() == "return" and row is not None:
            text = return_text(row)
            if self.needs_approval():
                if allowed(self._actor, "claim.approve"):
                    text += " · " + self.tr(
                        "as a supervisor, you approve this late return by taking it in."
                    )
                else:
                    text += " · " + self.tr(
                        "a supervisor must approve a late return: ask a supervisor to take it in."
                    )
            self.approval_label.setText(text)
            self.approval_label.setProperty("tone", "late" if self.needs_approval() else "")
            self.approval_label.style().unpolish(self.approval_label)
            self.approval_label.style().polish(self.approval_label)
            self.approval_label.show()
        else:
            self.approval_label.hide()
        self.fit_height()

    # -- saving ----------------------------------------------------------------------------

    def claim_input(self) -> ClaimInput:
        cost: int | None = None
        accepted: bool | None = None
        if self.needs_quote() and (self.quote_spin.value() or self.quote_check.isChecked()):
            cost, accepted = self.quote_spin.value(), self.quote_check.isChecked()
        return ClaimInput(
            purchase_id=self.purchase_id,
            kind=self.kind(),
            fault_description=self.fault_edit.toPlainText(),
            condition_on_receipt=self.condition_edit.toPlainText(),
            accessories=self.accessories_edit.toPlainText(),
            expected_return_date=self.expected_date.value(),
            quoted_cost_vnd=cost,
            quote_accepted=accepted,
        )

    def save_call(self) -> SaveCall:
        return open_claim, (self._actor, self.claim_input())

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self.quote_check.setEnabled(not busy)
