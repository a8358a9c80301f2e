"""The team scorecard's tables: one row per agent with their key KPIs, and the
compliments (CSAT 5 with the customer's words) of the agent chosen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from app.formatting import format_count, format_datetime
from app.services.kpis.catalogue import kpi_names
from app.services.kpis.kpi_text import format_kpi, status_names
from app.services.kpis.results import Compliment, Scorecard
from app.vi_order import vi_sort_key
from ui.dashboard.kpi_tiles import SYMBOLS
from ui.models.column_model import ColumnTableModel, Index

# The KPIs of a card's row, in the order a supervisor reads them.
CARD_KPIS = (
    "first_response_median",
    "resolution_median",
    "sla_first_response_rate",
    "sla_resolution_rate",
    "fcr_rate",
    "reopen_rate",
    "csat_mean",
    "complaints_resolved",
    "contacts",
)
INKS = {"green": QColor("#1b5e20"), "amber": QColor("#7a4500"), "red": QColor("#a61b1b")}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw number, for sorting


class ScorecardModel(ColumnTableModel):
    """Agent, the CARD_KPIS and how many compliments; Qt.UserRole gives the agent's id."""

    columns = ("agent", *CARD_KPIS, "compliments")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cards: tuple[Scorecard, ...] = ()
        names = kpi_names()
        self._headers = (
            QCoreApplication.translate("ScorecardModel", "Agent"),
            *(_two_lines(names[k]) for k in CARD_KPIS),
            QCoreApplication.translate("ScorecardModel", "Compliments"),
        )

    def _row_count(self) -> int:
        return len(self._cards)

    def set_cards(self, cards: Sequence[Scorecard]) -> None:
        self.beginResetModel()
        self._cards = tuple(cards)
        self.endResetModel()

    def card(self, row: int) -> Scorecard:
        return self._cards[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self._has_row(index):
            return None
        card = self._cards[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return card.agent_id
        if column == "agent":
            return card.agent_name if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE) else None
        if column == "compliments":
            n = len(card.compliments)
            if role == Qt.ItemDataRole.DisplayRole:
                return format_count(n)
            return n if role == SORT_ROLE else None
        kpi = card.values.get(column)
        value = None if kpi is None else kpi.value
        status = None if kpi is None or value is None else kpi.status
        if role == Qt.ItemDataRole.DisplayRole:
            text = format_kpi(column, value)
            # The colour is told by a symbol too (and its word in the tooltip).
            return f"{SYMBOLS[status]} {text}" if status else text
        if role == SORT_ROLE:
            return float("-inf") if value is None else value
        if role == Qt.ItemDataRole.ForegroundRole and status:
            return INKS[status]
        if role == Qt.ItemDataRole.ToolTipRole and status:
            return status_names()[status]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _two_lines(name: str) -> str:
    """A long KPI name broken at the space nearest its middle: nine columns fit."""
    if len(name) <= 14 or " " not in name:
        return name
    middle = len(name) // 2
    cut = min((i for i, c in enumerate(name) if c == " "), key=lambda i: abs(i - middle))
    return f"{name[:cut]}\n{name[cut + 1 :]}"


class ScorecardSort(QSortFilterProxyModel):
    """Agents in Vietnamese alphabetical order (Đ after D, not after Z); figures by their
    number, a "—" below every number."""

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if left.column() == 0:
            return vi_sort_key(str(left.data())) < vi_sort_key(str(right.data()))
        return float(left.data(SORT_ROLE)) < float(right.data(SORT_ROLE))


class ComplimentsModel(ColumnTableModel):
    """Complaint number, customer, day closed and what the customer wrote."""

    columns = ("number", "customer", "closed", "comment")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Compliment, ...] = ()
        self._headers = (
            QCoreApplication.translate("ComplimentsModel", "Complaint"),
            QCoreApplication.translate("ComplimentsModel", "Customer"),
            QCoreApplication.translate("ComplimentsModel", "Closed"),
            QCoreApplication.translate("ComplimentsModel", "What the customer wrote"),
        )

    def _row_count(self) -> int:
        return len(self._rows)

    def set_compliments(self, rows: Sequence[Compliment]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self._has_row(index):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row.complaint_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return {
            "number": row.number,
            "customer": row.customer_name,
            "closed": format_datetime(row.closed_at),
            "comment": row.comment,
        }[self.columns[index.column()]]
