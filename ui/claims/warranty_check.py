"""The warranty check at the top of the Claims screen: a serial, an invoice number or the
customer's phone in, each matching purchase out with its warranty in a colour a clerk
reads at a glance, and what can be done with it (a new claim, the warranty slip).

Nothing found means the unit is not registered: the panel says so and offers to register
the purchase with the typed serial already filled in.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.formatting import format_date
from app.services.claims.warranty_check import WarrantyRow, check_warranty
from ui.customer_text import phone_display
from ui.errors import failure_message
from ui.labels import label, warranty_state_labels
from ui.workers import run_query

# The list of matches may grow (a phone finds every purchase of the customer); beyond
# this it scrolls, so the claim list below stays in view.
MATCHES_MAX_HEIGHT = 230


def days_text(row: WarrantyRow) -> str:
    """ "123 days left", "ends today", "ended 40 days ago"."""
    translate = QCoreApplication.translate
    days = abs(row.days_left)
    if row.days_left == 0:
        return translate("WarrantyCheck", "ends today")
    if row.days_left > 0:
        return translate("WarrantyCheck", "%n day(s) left", "", days)
    return translate("WarrantyCheck", "ended %n day(s) ago", "", days)


def return_text(row: WarrantyRow) -> str:
    translate = QCoreApplication.translate
    if not row.return_window_open:
        return translate("WarrantyCheck", "Return window closed")
    if row.return_days_left == 0:
        return translate("WarrantyCheck", "Return window open: last day today")
    return translate(
        "WarrantyCheck", "Return window open: %n day(s) left", "", row.return_days_left
    )


class MatchCard(QFrame):
    """One matching purchase. `new_claim_requested(row)`, `slip_requested(row)`,
    `claim_requested(number)` from the open claim's link."""

    new_claim_requested = Signal(object)
    slip_requested = Signal(object)
    claim_requested = Signal(str)

    def __init__(self, row: WarrantyRow, read_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WarrantyMatch")
        self.row = row
        product = QLabel(row.product_name, objectName="MatchProduct")
        product.setWordWrap(True)
        serial = (
            self.tr("Serial {serial}").format(serial=row.serial_no)
            if row.serial_no
            else (self.tr("No serial"))
        )
        if row.invoice_no:
            serial += " · " + self.tr("Invoice {invoice}").format(invoice=row.invoice_no)
        who = self.tr("{name} · {code}").format(name=row.customer_name, code=row.customer_code)
        if row.customer_phone:
            who += " · " + phone_display(row.customer_phone)
        if row.customer_archived:
            who += " · " + self.tr("archived customer")
        dates = self.tr("Bought {bought} · warranty until {end} ({days})").format(
            bought=format_date(row.purchase_date),
            end=format_date(row.warranty_end),
            days=days_text(row),
        )
        if row.warranty_start != row.purchase_date:
            dates += " · " + self.tr("counted from delivery on {day}").format(
                day=format_date(row.warranty_start)
            )
        lines = [serial, who, dates, return_text(row)]
        if row.replaced_by_serial:
            lines.append(
                self.tr("Exchanged: the customer now has serial {serial}").format(
                    serial=row.replaced_by_serial
                )
            )
        self.details = QLabel("\n".join(lines), objectName="MatchDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_label = QLabel(
            label(warranty_state_labels(), row.state), objectName="WarrantyState"
        )
        self.state_label.setProperty("tone", row.state)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.claim_button: QPushButton | None = None
        texts = QVBoxLayout()
        texts.setSpacing(2)
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(product, 1)
        top.addWidget(self.state_label, 0, Qt.AlignmentFlag.AlignTop)
        texts.addLayout(top)
        texts.addWidget(self.details)
        if row.open_claim_number:
            self.claim_button = QPushButton(
                self.tr("Open claim {number}").format(number=row.open_claim_number),
                objectName="OpenClaimLink",
            )
            self.claim_button.setFlat(True)
            self.claim_button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.claim_button.setToolTip(self.tr("The unit is already in this claim: show it"))
            self.claim_button.clicked.connect(
                lambda: self.claim_requested.emit(row.open_claim_number)
            )
            link_row = QHBoxLayout()
            link_row.addWidget(self.claim_button)
            link_row.addStretch(1)
            texts.addLayout(link_row)
        self.new_claim_button = QPushButton(self.tr("New claim…"), objectName="MatchNewClaim")
        self.new_claim_button.setToolTip(self.tr("Take the unit in for repair, exchange or return"))
        self.new_claim_button.clicked.connect(lambda: self.new_claim_requested.emit(row))
        busy = row.open_claim_number is not None
        self.new_claim_button.setEnabled(not read_only and not busy and not row.customer_archived)
        if busy:
            self.new_claim_button.setToolTip(
                self.tr(
                    "The unit is already in claim {number}; continue that claim instead."
                ).format(number=row.open_claim_number)
            )
        self.slip_button = QPushButton(self.tr("Warranty slip…"), objectName="MatchSlip")
        self.slip_button.setToolTip(self.tr("Show and print the purchase's warranty slip"))
        self.slip_button.clicked.connect(lambda: self.slip_requested.emit(row))
        self.slip_button.setEnabled(not read_only)
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.new_claim_button)
        buttons.addWidget(self.slip_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(16)
        layout.addLayout(texts, 1)
        layout.addLayout(buttons)


class WarrantyCheckPanel(QFrame):
    """`checked(rows)` after each check; `register_requested(serial)` from "Register
    purchase…"; `new_claim_requested(row)`, `slip_requested(row)` and
    `claim_requested(number)` from a match."""

    checked = Signal(object)
    register_requested = Signal(str)
    new_claim_requested = Signal(object)
    slip_requested = Signal(object)
    claim_requested = Signal(str)

    def __init__(self, db: Database, read_only: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("WarrantyCheck")
        self._db = db
        self._read_only = read_only
        self._generation = 0
        self._rows: tuple[WarrantyRow, ...] = ()
        self.cards: list[MatchCard] = []
        title = QLabel(self.tr("Warranty check"), objectName="SectionTitle")
        self.edit = QLineEdit(objectName="WarrantyQuery")
        self.edit.setPlaceholderText(
            self.tr("Serial number, invoice number or the customer's phone")
        )
        self.edit.setClearButtonEnabled(True)
        self.edit.returnPressed.connect(lambda: self.check())
        self.check_button = QPushButton(self.tr("&Check"), objectName="CheckWarranty")
        self.check_button.setToolTip(self.tr("Look the number up (Enter)"))
        self.check_button.clicked.connect(lambda: self.check())
        self.register_button = QPushButton(
            self.tr("&Register purchase…"), objectName="RegisterPurchase"
        )
        self.register_button.setToolTip(self.tr("Record a sale so its warranty can be checked"))
        self.register_button.clicked.connect(
            lambda: self.register_requested.emit(self._serial_guess())
        )
        self.register_button.setEnabled(not read_only)
        self.message = QLabel("", objectName="WarrantyMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.matches = QWidget(objectName="WarrantyMatches")
        self.matches_layout = QVBoxLayout(self.matches)
        self.matches_layout.setContentsMargins(0, 0, 0, 0)
        self.matches_layout.setSpacing(8)
        self.scroll = QScrollArea(objectName="WarrantyScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.matches)
        self.scroll.setMaximumHeight(MATCHES_MAX_HEIGHT)
        self.scroll.hide()

        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(title)
        row.addSpacing(8)
        row.addWidget(self.edit, 1)
        row.addWidget(self.check_button)
        row.addWidget(self.register_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll)

    def _serial_guess(self) -> str:
        """What to pre-fill as the serial: the typed text unless it is a phone number."""
        text = self.edit.text().strip()
        digits = [c for c in text if c.isdigit()]
        looks_like_phone = text and len(digits) >= 9 and all(c in "+0123456789 .-()" for c in text)
        return "" if looks_like_phone else text

    def rows(self) -> tuple[WarrantyRow, ...]:
        return self._rows

    def message_text(self) -> str:
        return self.message.text() if not self.message.isHidden() else ""

    def check(self, text: str | None = None) -> None:
        """Look up `text` (by default what is typed)."""
        if text is not None:
            self.edit.setText(text)
        query = self.edit.text().strip()
        self._generation += 1
        generation = self._generation
        if not query:
            self._show_message(
                self.tr(
                    "Type a serial number, an invoice number or a phone number, then press Enter."
                )
            )
            self._fill(())
            return
        self._show_message(self.tr("Checking…"), tone="busy")
        run_query(
            self._db,
            check_warranty,
            query,
            on_done=lambda rows: self._arrived(generation, query, rows),
            on_error=lambda exc: self._failed(generation, exc),
            context=self,
        )

    def _arrived(self, generation: int, query: str, rows: Sequence[WarrantyRow]) -> None:
        if generation != self._generation:
            return
        self._fill(tuple(rows))
        if rows:
            self.message.hide()
        else:
            text = self.tr(
                "Nothing is registered under “{query}”. Check the number on the unit "
                "or the invoice; if the sale is not in CareDesk yet, register the "
                "purchase."
            ).format(query=query)
            self._show_message(text, tone="unknown")
            if not self._read_only:
                self.register_button.setFocus()
        self.checked.emit(self._rows)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._show_message(
            failure_message(
                exc,
                "Warranty check failed",
                self.tr(
                    "The warranty could not be checked: the database did not answer. Press "
                    "Enter to try again."
                ),
            ),
            tone="error",
        )
        self.checked.emit(())

    def _show_message(self, text: str, tone: str = "") -> None:
        self.message.setText(text)
        self.message.setProperty("tone", tone)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.show()

    def _fill(self, rows: tuple[WarrantyRow, ...]) -> None:
        self._rows = rows
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        for row in rows:
            card = MatchCard(row, self._read_only)
            card.new_claim_requested.connect(self.new_claim_requested)
            card.slip_requested.connect(self.slip_requested)
            card.claim_requested.connect(self.claim_requested)
            self.matches_layout.addWidget(card)
            self.cards.append(card)
        self.scroll.setVisible(bool(rows))
        self._fit_matches()
        # Once the new cards are laid out at their real width, fit again.
        QTimer.singleShot(0, self._fit_matches)

    def _fit_matches(self) -> None:
        """As tall as the cards need at the width they have, up to the limit; then the
        list scrolls."""
        if not self.cards:
            return
        width = self.scroll.viewport().width()
        layout = self.matches_layout
        layout.activate()
        needed = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else (layout.sizeHint().height())
        )
        self.scroll.setFixedHeight(min(needed + 2, MATCHES_MAX_HEIGHT))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_matches()
