"""Choose one customer by searching, inside a form (the customer to keep in a merge)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.db import Database
from app.services.customers.customer_search import CustomerHit
from ui.customer_text import phone_display
from ui.labels import customer_tier_labels, label
from ui.search.search_runner import SearchRunner

LIST_HEIGHT = 180


class CustomerPicker(QWidget):
    """A search field over a short result list; `chosen_changed()` when the choice moves.

    `exclude_id`: a customer never offered (the one being merged away).
    """

    chosen_changed = Signal()

    def __init__(
        self, db: Database, exclude_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._exclude_id = exclude_id
        self._hits: list[CustomerHit] = []
        self.edit = QLineEdit(objectName="PickerSearch")
        self.edit.setPlaceholderText(self.tr("Name, phone or customer code"))
        self.edit.setClearButtonEnabled(True)
        self.list = QListWidget(objectName="PickerResults")
        self.list.setFixedHeight(LIST_HEIGHT)
        self.state_label = QLabel("", objectName="FieldHint")
        self.runner = SearchRunner(db, parent=self)
        self.runner.results.connect(self._show)
        self.runner.failed.connect(self.state_label.setText)
        self.edit.textEdited.connect(self._typed)
        self.list.currentRowChanged.connect(lambda _row: self.chosen_changed.emit())
        self.edit.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit)
        layout.addWidget(self.state_label)
        layout.addWidget(self.list)
        self.setFocusProxy(self.edit)

    def _typed(self, text: str) -> None:
        self.state_label.setText(self.tr("Searching…"))
        self.runner.schedule(text)

    def search_now(self, text: str) -> None:
        self.edit.setText(text)
        self.state_label.setText(self.tr("Searching…"))
        self.runner.run_now(text)

    def _show(self, query: str, hits: list) -> None:
        self._hits = [h for h in hits if h.id != self._exclude_id]
        tiers = customer_tier_labels()
        self.list.clear()
        for hit in self._hits:
            parts = [hit.full_name, hit.code, phone_display(hit.primary_phone)]
            parts.append(label(tiers, str(hit.tier)))
            item = QListWidgetItem(" · ".join(p for p in parts if p))
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.list.addItem(item)
        if self._hits:
            self.list.setCurrentRow(0)
            self.state_label.setText(self.tr("Choose the customer to keep:"))
        elif query.strip():
            self.state_label.setText(self.tr("No other customer matches."))
        else:
            self.state_label.setText("")
        self.chosen_changed.emit()

    def chosen(self) -> CustomerHit | None:
        row = self.list.currentRow()
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001 - Qt's signature
        # Arrows in the field move through the list: the hands stay on the keyboard.
        if watched is self.edit and event.type() == event.Type.KeyPress:
            steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}
            if event.key() in steps and self.list.count():
                row = self.list.currentRow() + steps[event.key()]
                self.list.setCurrentRow(max(0, min(self.list.count() - 1, row)))
                return True
        return False
