"""Table model over the hits of the global search: who each one is and why it was found."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.services.customers.customer_search import CustomerHit
from app.text import phone_digits
from ui.customer_text import contact_date, phone_display
from ui.labels import customer_tier_labels, label, matched_by_labels
from ui.models.column_model import ColumnTableModel, Index

COLUMNS = ("full_name", "code", "phone", "tier", "store", "last_contact", "complaints", "matched")
ALERT_COLOUR = "#b42318"
QUIET_COLOUR = "#9aa5b1"


def _headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("SearchResultsModel", "Name"),
        QCoreApplication.translate("SearchResultsModel", "Code"),
        QCoreApplication.translate("SearchResultsModel", "Phone"),
        QCoreApplication.translate("SearchResultsModel", "Tier", "loyalty"),
        QCoreApplication.translate("SearchResultsModel", "Store"),
        QCoreApplication.translate("SearchResultsModel", "Last contact"),
        QCoreApplication.translate("SearchResultsModel", "Open complaints"),
        QCoreApplication.translate("SearchResultsModel", "Found by"),
    )


class SearchResultsModel(ColumnTableModel):
    """Read-only rows of CustomerHit, best match first; Qt.UserRole gives the customer id."""

    columns = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: tuple[CustomerHit, ...] = ()
        self._digits = ""
        self._load_labels()

    def _load_labels(self) -> None:
        self._headers = _headers()
        self._tiers = customer_tier_labels()
        self._matched = matched_by_labels()

    def set_hits(self, hits: Sequence[CustomerHit], query: str = "") -> None:
        self.beginResetModel()
        self._hits = tuple(hits)
        self._digits = phone_digits(query)
        self._load_labels()
        self.endResetModel()

    def shown_phone(self, hit: CustomerHit) -> str | None:
        """The number to show: the one the digits typed matched, else the primary one."""
        if hit.matched_by in ("phone", "phone_suffix") and len(self._digits) >= 4:
            # The last 8 digits: the typed number may carry a country code or an old prefix.
            tail = self._digits[-8:]
            for e164 in hit.phones:
                if phone_digits(e164).endswith(tail):
                    return e164
        return hit.primary_phone

    def hits(self) -> tuple[CustomerHit, ...]:
        return self._hits

    def hit_at(self, row: int) -> CustomerHit:
        return self._hits[row]

    def _row_count(self) -> int:
        return len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self._has_row(index):
            return None
        hit = self._hits[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(hit, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "phone" and len(hit.phones) > 1:
                return "\n".join(phone_display(p) for p in hit.phones)
            if column == "store" and hit.store_name:
                return hit.store_name
        if role == Qt.ItemDataRole.ForegroundRole and column == "complaints":
            return QBrush(QColor(ALERT_COLOUR if hit.open_complaints else QUIET_COLOUR))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "complaints":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return hit.id
        return None

    def _text(self, hit: CustomerHit, column: str) -> str:
        match column:
            case "full_name":
                return hit.full_name
            case "code":
                return hit.code
            case "phone":
                extra = len(hit.phones) - 1
                shown = phone_display(self.shown_phone(hit))
                return f"{shown} (+{extra})" if extra > 0 and shown else shown
            case "tier":
                return label(self._tiers, str(hit.tier))
            case "store":
                return hit.store_code or ""
            case "last_contact":
                return contact_date(hit.last_contact_at)
            case "complaints":
                return str(hit.open_complaints)
            case "matched":
                return label(self._matched, hit.matched_by)
        return ""
