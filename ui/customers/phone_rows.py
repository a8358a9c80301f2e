"""The phone numbers of the customer form: several rows (number, kind of line, primary).

Each row says how the number will be stored when that differs from what was typed (an
old 11-digit mobile, an old landline area code, a number written with +84). A number that
is both a mobile and an old landline ("08 3823 4567") says which it will be saved as and
offers the other with one click; the choice goes back to the service with the number.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.services.customers.customer_input import (
    PhoneInput,
    PhoneOwner,
    PhoneReading,
    phone_readings,
)
from app.text import phone_digits
from ui.labels import phone_label_labels

MAX_ROWS = 6
# "Open …" buttons under a shared number; the message names every other holder anyway.
MAX_OWNER_BUTTONS = 3


def readings_of(text: str) -> list[PhoneReading]:
    """The valid readings of a typed number; none when it is not a number (yet)."""
    try:
        return phone_readings(text) if text.strip() else []
    except ValidationError:
        return []


class PhoneRow(QFrame):
    """One number. `remove_requested()` from its Remove button.

    Under the number, what will be stored when that differs from what was typed. A
    number that is both a mobile and an old landline ("08 3823 4567") is saved as the
    one the hint names, and a button offers the other reading.
    """

    remove_requested = Signal()

    def __init__(self, group: QButtonGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PhoneRow")
        self.confirmed_e164: str | None = None
        # Showing a stored number unchanged: it is saved as it is, nothing to say about it.
        self._as_stored = False
        self._other: PhoneReading | None = None
        self.number_edit = QLineEdit(objectName="PhoneNumber")
        self.number_edit.setPlaceholderText(self.tr("e.g. 0912 345 678"))
        self.label_combo = QComboBox(objectName="PhoneLabel")
        for value, text in phone_label_labels().items():
            self.label_combo.addItem(text, value)
        self.primary_radio = QRadioButton(self.tr("Primary"), objectName="PhonePrimary")
        self.primary_radio.setToolTip(self.tr("The number to call first"))
        group.addButton(self.primary_radio)
        self.remove_button = QPushButton(self.tr("Remove"), objectName="PhoneRemove")
        self.remove_button.clicked.connect(self.remove_requested)
        # Enter in the form saves; only Save takes it.
        self.remove_button.setAutoDefault(False)
        self.note_label = QLabel("", objectName="FieldHint")
        self.note_label.setWordWrap(True)
        self.note_label.hide()
        self.other_button = QPushButton(objectName="ReadingButton")
        self.other_button.setAutoDefault(False)
        self.other_button.clicked.connect(self._take_other)
        self.other_button.hide()
        self.number_edit.textEdited.connect(self._edited)

        line = QHBoxLayout()
        line.setSpacing(6)
        line.addWidget(self.number_edit, 1)
        line.addWidget(self.label_combo)
        line.addWidget(self.primary_radio)
        line.addWidget(self.remove_button)
        hint = QHBoxLayout()
        hint.setSpacing(6)
        hint.addWidget(self.note_label, 1)
        hint.addWidget(self.other_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(line)
        layout.addLayout(hint)

    def set_values(self, text: str, kind: str, primary: bool, e164: str | None = None) -> None:
        """Show a number; `e164` is how it is stored, for a number of a saved customer."""
        self.number_edit.setText(text)
        self.confirmed_e164 = e164
        self._as_stored = e164 is not None
        index = self.label_combo.findData(kind)
        self.label_combo.setCurrentIndex(max(0, index))
        self.primary_radio.setChecked(primary)
        self._show_note()

    def value(self) -> PhoneInput:
        return PhoneInput(
            text=self.number_edit.text(),
            label=str(self.label_combo.currentData()),
            is_primary=self.primary_radio.isChecked(),
            confirmed_e164=self.confirmed_e164,
        )

    def _edited(self, _text: str) -> None:
        # A reading chosen for the number as it was does not hold for a new one.
        self.confirmed_e164 = None
        self._as_stored = False
        self._show_note()

    def _take_other(self) -> None:
        if self._other is not None:
            self.confirmed_e164 = self._other.e164
            self._as_stored = False
            self._show_note()
            self.number_edit.setFocus()

    def _show_note(self) -> None:
        text = self.number_edit.text()
        readings = readings_of(text) if not self._as_stored else []
        chosen = next((r for r in readings if r.e164 == self.confirmed_e164), None)
        chosen = chosen or (readings[0] if readings else None)
        others = [r for r in readings if r is not chosen]
        self._other = others[0] if others else None
        note = ""
        if chosen is not None and self._other is not None:
            note = self._saved_as(chosen)
            self.other_button.setText(self._it_is(self._other))
        elif chosen is not None and _typed_national(text) != chosen.national:
            note = self.tr("Will be saved as {number}.").format(number=chosen.display)
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        self.other_button.setVisible(self._other is not None)

    def _saved_as(self, reading: PhoneReading) -> str:
        if reading.kind == "landline":
            return self.tr("Will be saved as the landline {number}.").format(number=reading.display)
        return self.tr("Will be saved as the mobile {number}.").format(number=reading.display)

    def _it_is(self, reading: PhoneReading) -> str:
        if reading.kind == "landline":
            return self.tr("It is the old landline {number}").format(number=reading.display)
        return self.tr("It is the mobile {number}").format(number=reading.display)

    def is_empty(self) -> bool:
        return not self.number_edit.text().strip()


def _typed_national(text: str) -> str:
    digits = phone_digits(text)
    return "0" + digits[2:] if digits.startswith("84") and len(digits) > 9 else digits


class PhoneRows(QWidget):
    """The numbers of one customer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PhoneRows")
        self._group = QButtonGroup(self)
        self.rows: list[PhoneRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(6)
        self.add_button = QPushButton(self.tr("Add another number"), objectName="AddPhone")
        self.add_button.clicked.connect(lambda: self.add_row().number_edit.setFocus())
        self.add_button.setAutoDefault(False)
        footer = QGridLayout()
        footer.addWidget(self.add_button, 0, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self._rows_layout)
        layout.addLayout(footer)
        self.add_row().primary_radio.setChecked(True)
        self.setFocusProxy(self.rows[0].number_edit)

    def add_row(
        self, text: str = "", kind: str = "mobile", primary: bool = False, e164: str | None = None
    ) -> PhoneRow:
        row = PhoneRow(self._group)
        row.set_values(text, kind, primary, e164)
        row.remove_requested.connect(lambda r=row: self.remove_row(r))
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        self._update_buttons()
        return row

    def remove_row(self, row: PhoneRow) -> None:
        if len(self.rows) == 1:
            row.set_values("", "mobile", True)
            return
        was_primary = row.primary_radio.isChecked()
        self.rows.remove(row)
        self._group.removeButton(row.primary_radio)
        row.deleteLater()
        if was_primary:
            self.rows[0].primary_radio.setChecked(True)
        self.setFocusProxy(self.rows[0].number_edit)
        self.rows[0].number_edit.setFocus()
        self._update_buttons()

    def set_phones(self, phones: Sequence[tuple[str, str, bool, str | None]]) -> None:
        """(number as shown, label, primary, E.164 as stored or None) per number; at least
        one empty row remains."""
        for row in list(self.rows[1:]):
            self.remove_row(row)
        first, *others = list(phones) or [("", "mobile", True, None)]
        self.rows[0].set_values(*first)
        for text, kind, primary, e164 in others:
            self.add_row(text, kind, primary, e164)

    def values(self) -> tuple[PhoneInput, ...]:
        return tuple(row.value() for row in self.rows if not row.is_empty())

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(len(self.rows) < MAX_ROWS)


class SharedNumberBox(QWidget):
    """Under a number other customers have: open one of them, or save it as shared.

    `open_requested(customer_id)` from an "Open …" button; `confirmed()` from "Same
    household: save".
    """

    open_requested = Signal(int)
    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SharedNumber")
        self.open_buttons: list[QPushButton] = []
        self.household_button = QPushButton(
            self.tr("Same household: save"), objectName="SameHousehold"
        )
        self.household_button.setToolTip(
            self.tr("The customers live together and share this number: save it on both")
        )
        self.household_button.setAutoDefault(False)
        self.household_button.clicked.connect(self.confirmed)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._layout.addWidget(self.household_button)
        self._layout.addStretch(1)
        self.hide()

    def show_owners(self, owners: Sequence[PhoneOwner]) -> None:
        self.clear()
        for i, owner in enumerate(owners[:MAX_OWNER_BUTTONS]):
            button = QPushButton(
                self.tr("Open {name}").format(name=owner.name), objectName="OpenDuplicate"
            )
            button.setToolTip(
                self.tr("Close this form and open {name} ({code})").format(
                    name=owner.name, code=owner.code
                )
            )
            button.setAutoDefault(False)
            button.clicked.connect(
                lambda _checked=False, cid=owner.customer_id: self.open_requested.emit(cid)
            )
            self._layout.insertWidget(i, button)
            self.open_buttons.append(button)
        self.show()

    def clear(self) -> None:
        self.hide()
        for button in self.open_buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.open_buttons = []
