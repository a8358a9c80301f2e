"""Admin > Stores: shops and the call centre, with Add and Edit."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from app.db import Database
from app.services.access.stores import StoreView
from app.services.actor import Actor
from ui.admin.record_tab import RecordTab
from ui.admin.store_dialog import StoreDialog
from ui.admin.stores_model import COLUMNS, StoresModel
from ui.widgets.column_fit import ColumnFitter
from ui.widgets.form_dialog import FormDialog


class StoresTab(RecordTab):
    def __init__(
        self, db: Database, actor: Actor, read_only: bool = False, parent: QWidget | None = None
    ) -> None:
        model = StoresModel()
        super().__init__(model, "StoresTable", read_only, parent)
        model.setParent(self)
        self.stores_model = model
        self._db = db
        self._actor = actor
        self.set_button_texts(
            self.tr("&Add store"),
            self.tr("Add a store"),
            self.tr("&Edit"),
            self.tr("Edit the selected store's details, or close it"),
        )
        column = COLUMNS.index
        self.column_fitter = ColumnFitter(
            self.table,
            grow=column("address"),
            give_way=[(column("address"), 180), (column("name"), 160)],
        )
        self.update_buttons()

    def set_stores(self, stores: Sequence[StoreView]) -> None:
        selected = self.selected_store()
        self.stores_model.set_stores(stores)
        if selected is None or not self.select_id(selected.id):
            self.select_first()
        dialog = self.current_dialog()
        if isinstance(dialog, StoreDialog):
            dialog.take_version(list(stores))

    def row_of(self, record_id: int) -> int | None:
        return self.stores_model.row_of(record_id)

    def selected_store(self) -> StoreView | None:
        row = self.current_row()
        return self.stores_model.store_at(row) if row is not None else None

    def add(self) -> FormDialog | None:
        return self.open_dialog(StoreDialog(self._db, self._actor, None, self))

    def edit(self) -> FormDialog | None:
        store = self.selected_store()
        if store is None:
            return None
        return self.open_dialog(StoreDialog(self._db, self._actor, store, self))
