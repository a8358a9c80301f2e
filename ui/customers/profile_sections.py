"""The profile's tabs: timeline, purchases with their warranty, points ledger, dates."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_count
from app.services.customers.customer_profile import CustomerProfile
from ui.calls.interaction_text import interaction_summary
from ui.customers.profile_models import dates_model, ledger_model, purchases_model, timeline_model
from ui.customers.timeline_detail import TimelineDetail, contact_of
from ui.customers.timeline_model import timeline_rows
from ui.models.records_model import RecordsModel
from ui.widgets.column_fit import ColumnFitter
from ui.widgets.record_table import make_record_table, select_row, selected_row

GROW_FLOOR = 160


class Section(QStackedWidget):
    """A table, or a sentence saying there is nothing in it yet."""

    def __init__(
        self,
        model: RecordsModel,
        name: str,
        empty: str,
        grow: str,
        give_way: Sequence[tuple[str, int]] = (),
    ) -> None:
        """`grow` takes spare width; `give_way` (column, narrowest) narrow first when the
        window is small, then `grow` itself down to GROW_FLOOR."""
        super().__init__()
        self.model = model
        self.table: QTableView = make_record_table(model, name)
        keys = model.column_keys()
        narrowing = [(keys.index(k), floor) for k, floor in give_way]
        narrowing.append((keys.index(grow), GROW_FLOOR))
        self.fitter = ColumnFitter(self.table, grow=keys.index(grow), give_way=narrowing)
        self.empty_label = QLabel(empty, objectName="EmptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.table)
        self.addWidget(self.empty_label)

    def set_records(self, records: tuple) -> None:
        self.model.set_records(records)
        self.setCurrentWidget(self.table if records else self.empty_label)


class ProfileSections(QTabWidget):
    """`correction_requested(interaction_id, summary)` from the timeline's Add correction;
    `claim_requested(purchase_id)` and `warranty_slip_requested(purchase_id)` from a
    purchase's New claim… (also a double-click) and Warranty slip…."""

    correction_requested = Signal(int, str)
    claim_requested = Signal(int)
    warranty_slip_requested = Signal(int)

    def __init__(self, can_correct: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProfileSections")
        # Long product names and notes give way before the dates, kinds and statuses an
        # agent scans the history by.
        self.timeline = Section(
            timeline_model(self),
            "TimelineTable",
            self.tr("No calls, complaints, claims or reminders yet."),
            "detail",
            [("what", 240), ("by", 100), ("status", 120)],
        )
        self.purchases = Section(
            purchases_model(self),
            "PurchasesTable",
            self.tr("No purchases recorded."),
            "product",
            [("invoice", 110), ("serial", 120)],
        )
        self.ledger = Section(
            ledger_model(self),
            "LedgerTable",
            self.tr("No points earned or spent yet."),
            "reason",
            [("by", 100)],
        )
        self.dates = Section(
            dates_model(self),
            "DatesTable",
            self.tr("No important dates. Birthdays are shown above."),
            "label",
        )
        self.timeline_detail = TimelineDetail(can_correct)
        self.timeline_detail.correction_requested.connect(self.request_correction)
        self.correction_action = QAction(self.timeline_detail.correction_button.text(), self)
        self.correction_action.triggered.connect(self.request_correction)
        self.correction_action.setVisible(can_correct)
        table = self.timeline.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.addAction(self.correction_action)
        table.selectionModel().selectionChanged.connect(self._show_selected)
        self.timeline.model.modelReset.connect(self._show_selected)
        self._purchase_actions(enabled=can_correct)
        history = QWidget()
        column = QVBoxLayout(history)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.timeline, 3)
        column.addWidget(self.timeline_detail, 2)
        self.addTab(history, "")
        for section in (self.purchases, self.ledger, self.dates):
            self.addTab(section, "")

    def _purchase_actions(self, enabled: bool) -> None:
        """A purchase's own actions, on its row's context menu (a read-only window: none)."""
        table = self.purchases.table
        self.claim_action = QAction(self.tr("New claim…"), self)
        self.slip_action = QAction(self.tr("Warranty slip…"), self)
        for action, signal in (
            (self.claim_action, self.claim_requested),
            (self.slip_action, self.warranty_slip_requested),
        ):
            action.setVisible(enabled)
            action.triggered.connect(lambda _c=False, s=signal: self._for_purchase(s.emit))
            table.addAction(action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        if enabled:
            table.doubleClicked.connect(lambda _i: self._for_purchase(self.claim_requested.emit))

    def selected_purchase_id(self) -> int | None:
        row = selected_row(self.purchases.table)
        return self.purchases.model.record_at(row).id if row is not None else None

    def _for_purchase(self, act) -> None:  # noqa: ANN001 - a signal's emit
        purchase_id = self.selected_purchase_id()
        if purchase_id is not None:
            act(purchase_id)

    # -- the timeline's selected row ------------------------------------------------------

    def selected_timeline_row(self) -> object | None:
        row = selected_row(self.timeline.table)
        return self.timeline.model.record_at(row) if row is not None else None

    def _show_selected(self) -> None:
        record = self.selected_timeline_row()
        self.timeline_detail.show_row(record)
        self.correction_action.setEnabled(contact_of(record) is not None)

    def request_correction(self) -> None:
        """Add correction for the selected contact (or the contact of a selected correction)."""
        contact = contact_of(self.selected_timeline_row())
        if contact is not None:
            self.correction_requested.emit(contact.id, interaction_summary(contact))

    def _reselect(self, previous: object | None) -> None:
        # After a reload (a correction just added) the same row stays selected.
        key = (getattr(previous, "kind", None), getattr(previous, "id", None))
        for row, record in enumerate(self.timeline.model.records()):
            if (record.kind, record.id) == key:
                select_row(self.timeline.table, row)
                return

    def set_profile(self, profile: CustomerProfile) -> None:
        previous = self.selected_timeline_row()
        self.timeline.set_records(timeline_rows(profile.timeline))
        self.timeline_detail.setVisible(bool(profile.timeline))
        self._reselect(previous)
        self.purchases.set_records(profile.purchases)
        self.ledger.set_records(profile.ledger)
        self.dates.set_records(profile.important_dates)
        titles = (
            (self.tr("History"), len(profile.timeline), profile.timeline_more),
            (self.tr("Purchases"), len(profile.purchases), profile.purchases_more),
            (self.tr("Points"), len(profile.ledger), profile.ledger_more),
            (self.tr("Important dates"), len(profile.important_dates), False),
        )
        for index, (title, count, more) in enumerate(titles):
            shown = f"{format_count(count)}+" if more else format_count(count)
            self.setTabText(index, f"{title} ({shown})")
            self.setTabToolTip(
                index,
                self.tr("The latest {count} are shown.").format(count=format_count(count))
                if more
                else "",
            )
