"""The phone numbers of the customer form: several rows (number, kind of line, primary).

Each row says how the number will be stored when that differs from what was typed (an
old 11-digit mobile, a number written with +84). An ambiguous "08" + 8 digits number
asks the agent which of its two readings the customer means; the choice goes back to
the service with the number.
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
from app.services.customer_input import PhoneInput, PhoneReading, phone_readings
from app.text import phone_digits
from ui.labels import label, phone_kind_labels, phone_label_labels

MAX_ROWS = 6


def readings_of(text: str) -> list[PhoneReading]:
    """The valid readings of a typed number; none when it is not a number (yet)."""
    try:
        return phone_readings(text) if text.strip() else []
    except ValidationError:
        return []


class PhoneRow(QFrame):
    """One number. `choice_made()` when the agent picked a reading of an ambiguous number;
    `remove_requested()` from its Remove button."""

    choice_made = Signal()
    remove_requested = Signal()

    def __init__(self, group: QButtonGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PhoneRow")
        self.confirmed_e164: str | None = None
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
        # Enter in the form saves; only Save (and a reading to choose) takes it.
        self.remove_button.setAutoDefault(False)
        self.note_label = QLabel("", objectName="FieldHint")
        self.note_label.setWordWrap(True)
        self.note_label.hide()
        self.question_label = QLabel(self.tr("Which number does the customer mean?"))
        self.reading_buttons: list[QPushButton] = []
        self.question_label.setWordWrap(True)
        self.choice_box = QWidget(objectName="ReadingChoice")
        self._choice_layout = QHBoxLayout()
        self._choice_layout.setSpacing(6)
        choice = QVBoxLayout(self.choice_box)
        choice.setContentsMargins(0, 2, 0, 2)
        choice.setSpacing(4)
        choice.addWidget(self.question_label)
        choice.addLayout(self._choice_layout)
        self.choice_box.hide()
        self.number_edit.textEdited.connect(self._edited)

        line = QHBoxLayout()
        line.setSpacing(6)
        line.addWidget(self.number_edit, 1)
        line.addWidget(self.label_combo)
        line.addWidget(self.primary_radio)
        line.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(line)
        layout.addWidget(self.note_label)
        layout.addWidget(self.choice_box)

    def set_values(self, text: str, kind: str, primary: bool) -> None:
        self.number_edit.setText(text)
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
        self.choice_box.hide()
        self._show_note()

    def _show_note(self) -> None:
        text = self.number_edit.text()
        readings = readings_of(text)
        chosen = [r for r in readings if r.e164 == self.confirmed_e164]
        note = ""
        if chosen:
            kind = label(phone_kind_labels(), chosen[0].kind)
            note = self.tr("Saved as the {kind} {number}.").format(
                kind=kind, number=chosen[0].display
            )
        elif len(readings) == 1 and _typed_national(text) != readings[0].national:
            note = self.tr("Will be saved as {number}.").format(number=readings[0].display)
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))

    def ask_reading(self) -> bool:
        """Offer the readings of an ambiguous number not chosen yet; True when asked."""
        readings = readings_of(self.number_edit.text())
        if len(readings) < 2 or self.confirmed_e164 in {r.e164 for r in readings}:
            return False
        while self._choice_layout.count():
            widget = self._choice_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.reading_buttons = []
        kinds = phone_kind_labels()
        for reading in readings:
            button = QPushButton(
                self.tr("The {kind} {number}").format(
                    kind=label(kinds, reading.kind), number=reading.display
                ),
                objectName="ReadingButton",
            )
            button.clicked.connect(lambda _c=False, e164=reading.e164: self.choose(e164))
            self._choice_layout.addWidget(button)
            self.reading_buttons.append(button)
        self._choice_layout.addStretch(1)
        self.choice_box.show()
        self.reading_buttons[0].setFocus()
        return True

    def choose(self, e164: str) -> None:
        self.confirmed_e164 = e164
        self.choice_box.hide()
        self._show_note()
        self.choice_made.emit()

    def is_empty(self) -> bool:
        return not self.number_edit.text().strip()


def _typed_national(text: str) -> str:
    digits = phone_digits(text)
    return "0" + digits[2:] if digits.startswith("84") and len(digits) > 9 else digits


class PhoneRows(QWidget):
    """The numbers of one customer; `choice_made()` when an ambiguous number was settled."""

    choice_made = Signal()

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

    def add_row(self, text: str = "", kind: str = "mobile", primary: bool = False) -> PhoneRow:
        row = PhoneRow(self._group)
        row.set_values(text, kind, primary)
        row.remove_requested.connect(lambda r=row: self.remove_row(r))
        row.choice_made.connect(self.choice_made)
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

    def set_phones(self, phones: Sequence[tuple[str, str, bool]]) -> None:
        """(number as typed, label, primary) per number; at least one empty row remains."""
        for row in list(self.rows[1:]):
            self.remove_row(row)
        first, *others = list(phones) or [("", "mobile", True)]
        self.rows[0].set_values(*first)
        for text, kind, primary in others:
            self.add_row(text, kind, primary)

    def values(self) -> tuple[PhoneInput, ...]:
        return tuple(row.value() for row in self.rows if not row.is_empty())

    def hide_choices(self) -> None:
        for row in self.rows:
            row.choice_box.hide()

    def ask_readings(self) -> bool:
        """Ask about the first ambiguous number still unsettled; True when one was found."""
        return any(row.ask_reading() for row in self.rows)

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(len(self.rows) < MAX_ROWS)
