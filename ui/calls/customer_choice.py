"""Choosing one customer on the Calls screen: whose contacts to list, whom a caller is.

The shared CustomerPicker speaks of merging ("the customer to keep"); here the words
fit what the choice is for.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.db import Database
from app.services.customers.customer_search import CustomerHit
from ui.search.customer_picker import CustomerPicker


class CallCustomerPicker(CustomerPicker):
    """CustomerPicker with prompts about the customer a contact belongs to."""

    def _show(self, query: str, hits: list) -> None:
        super()._show(query, hits)
        if self.chosen() is not None:
            self.state_label.setText(self.tr("Choose the customer:"))
        elif query.strip():
            self.state_label.setText(self.tr("No customer matches."))


class ChooseCustomerDialog(QDialog):
    """Find a customer and press OK; `chosen()` is the one picked."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChooseCustomerDialog")
        self.setWindowTitle(self.tr("Contacts of one customer"))
        heading = QLabel(self.tr("Contacts of one customer"), objectName="DialogTitle")
        intro = QLabel(
            self.tr(
                "Find the customer by name, phone or code: the log then lists only their contacts."
            ),
            objectName="DialogIntro",
        )
        intro.setWordWrap(True)
        self.picker = CallCustomerPicker(db)
        self.picker.chosen_changed.connect(self._update_ok)
        self.picker.list.itemActivated.connect(lambda _item: self.accept())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Show their contacts"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.picker)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._update_ok()
        self.picker.setFocus()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> CustomerHit | None:
        return self.picker.chosen()

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()
