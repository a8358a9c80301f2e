"""Table model over the stores list of the Admin screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.services.access.stores import StoreView
from ui.admin.users_model import DISABLED_COLOUR
from ui.models.column_model import ColumnTableModel, Index

COLUMNS = ("code", "name", "address", "province", "phone", "status")


def _headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("StoresModel", "Code"),
        QCoreApplication.translate("StoresModel", "Name"),
        QCoreApplication.translate("StoresModel", "Address"),
        QCoreApplication.translate("StoresModel", "Province"),
        QCoreApplication.translate("StoresModel", "Phone"),
        QCoreApplication.translate("StoresModel", "Status"),
    )


class StoresModel(ColumnTableModel):
    """Read-only rows of StoreView; Qt.UserRole gives the store id. Closed stores are grey."""

    columns = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stores: tuple[StoreView, ...] = ()
        self._load_labels()

    def _load_labels(self) -> None:
        self._headers = _headers()
        self._active = QCoreApplication.translate("StoresModel", "Active")
        self._inactive = QCoreApplication.translate("StoresModel", "Closed", "store")

    def set_stores(self, stores: Sequence[StoreView]) -> None:
        self.beginResetModel()
        self._stores = tuple(stores)
        self._load_labels()
        self.endResetModel()

    def stores(self) -> tuple[StoreView, ...]:
        return self._stores

    def store_at(self, row: int) -> StoreView:
        return self._stores[row]

    def row_of(self, store_id: int) -> int | None:
        return next((r for r, s in enumerate(self._stores) if s.id == store_id), None)

    def _row_count(self) -> int:
        return len(self._stores)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self._has_row(index):
            return None
        store = self._stores[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "status":
                return self._active if store.is_active else self._inactive
            return str(getattr(store, column) or "")
        if role == Qt.ItemDataRole.ToolTipRole and column == "address" and store.address:
            return store.address
        if role == Qt.ItemDataRole.ForegroundRole and not store.is_active:
            return QBrush(QColor(DISABLED_COLOUR))
        if role == Qt.ItemDataRole.UserRole:
            return store.id
        return None
