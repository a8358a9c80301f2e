"""The call log's filters: which days, who took the contact, where, how, about what,
and for which customer."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.errors import ValidationError
from app.services.contacts.call_log import CallLogChoices, CallLogFilter
from app.text import fold
from ui.calls.customer_choice import ChooseCustomerDialog
from ui.labels import channel_labels, direction_labels, outcome_labels, topic_labels
from ui.widgets.date_edit import DateEdit, validate_range
from ui.widgets.filter_combo import choose_value, fill_choices, filter_combo
from ui.widgets.flow_layout import FlowBox


class CallFilterBar(QWidget):
    """Emits `changed(CallLogFilter)` whenever a filter changes to a valid combination."""

    changed = Signal(object)

    def __init__(self, db: Database, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CallFilters")
        self._db = db
        self._customer: tuple[int, str] | None = None
        # Empty means no bound; the last days that could be applied are the ones listed.
        self._days: tuple[date | None, date | None] = (None, None)
        self.from_edit = DateEdit(today=lambda: today)
        self.to_edit = DateEdit(today=lambda: today)
        self.from_edit.setObjectName("FromDate")
        self.to_edit.setObjectName("ToDate")
        self.from_edit.setToolTip(self.tr("Only contacts on or after this day"))
        self.to_edit.setToolTip(self.tr("Only contacts on or before this day"))
        self.agent_combo = filter_combo("AgentFilter", 9)
        self.store_combo = filter_combo("StoreFilter", 9)
        self.channel_combo = filter_combo("ChannelFilter", 9)
        self.direction_combo = filter_combo("DirectionFilter", 9)
        self.topic_combo = filter_combo("TopicFilter", 9)
        self.outcome_combo = filter_combo("OutcomeFilter", 9)
        self.combos = (
            self.agent_combo,
            self.store_combo,
            self.channel_combo,
            self.direction_combo,
            self.topic_combo,
            self.outcome_combo,
        )
        fill_choices(self.channel_combo, self.tr("All channels"), _swap(channel_labels()))
        fill_choices(self.direction_combo, self.tr("Both directions"), _swap(direction_labels()))
        fill_choices(self.outcome_combo, self.tr("All outcomes"), _swap(outcome_labels()))
        self.set_choices(CallLogChoices((), (), ()))
        self.customer_button = QPushButton(self.tr("C&ustomer…"), objectName="CustomerFilter")
        self.customer_button.setToolTip(self.tr("List only the contacts of one customer"))
        self.customer_button.clicked.connect(self.choose_customer)
        self.customer_label = QLabel("", objectName="CustomerFilterName")
        self.customer_clear = QPushButton(self.tr("All customers"), objectName="ClearCustomer")
        self.customer_clear.setToolTip(self.tr("List the contacts of every customer again"))
        self.customer_clear.clicked.connect(lambda: self.set_customer(None))
        self.clear_button = QPushButton(self.tr("C&lear filters"), objectName="ClearFilters")
        self.clear_button.clicked.connect(self.clear)
        self.error_label = QLabel("", objectName="FieldError")
        self.error_label.hide()
        for combo in self.combos:
            combo.currentIndexChanged.connect(self._emit)
        for edit in (self.from_edit, self.to_edit):
            # A date is settled once typed and left, or picked: no query per key.
            edit.changed.connect(self._emit)
        self._lay_out()
        self._show_customer()

    def _lay_out(self) -> None:
        # The pairs flow: four to a row on a wide window, fewer on a narrow one, so the
        # filters never make the window wider than a small laptop's screen.
        pairs = (
            (self.tr("&Agent"), self.agent_combo),
            (self.tr("&Store"), self.store_combo),
            (self.tr("C&hannel"), self.channel_combo),
            (self.tr("&Direction"), self.direction_combo),
            (self.tr("To&pic"), self.topic_combo),
            (self.tr("&Outcome"), self.outcome_combo),
            (self.tr("Fro&m"), self.from_edit),
            (self.tr("&To"), self.to_edit),
        )
        captions = [QLabel(caption) for caption, _field in pairs]
        caption_width = max(c.sizeHint().width() for c in captions)
        boxes = []
        for caption, (text, field) in zip(captions, pairs, strict=True):
            caption.setBuddy(field)
            if isinstance(field, DateEdit):
                field.set_accessible_name(text)
            caption.setFixedWidth(caption_width)  # the fields line up from row to row
            box = QWidget()
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(8)
            row.addWidget(caption)
            row.addWidget(field, 1)
            boxes.append(box)
        pair_width = max(box.sizeHint().width() for box in boxes)
        flow = FlowBox(h_spacing=16, v_spacing=6)
        for box in boxes:
            box.setMinimumWidth(pair_width)
            flow.flow.addWidget(box)
        customer = QHBoxLayout()
        customer.setSpacing(8)
        customer.addWidget(self.customer_button)
        customer.addWidget(self.customer_label)
        customer.addWidget(self.customer_clear)
        customer.addStretch(1)
        customer.addWidget(self.clear_button)
        self.error_label.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(flow)
        column.addLayout(customer)
        column.addWidget(self.error_label)
        for edit in (self.from_edit, self.to_edit):
            # Under the whole bar: a taller pair would break the rows of the flow.
            edit.place_message(column)

    # -- choices -------------------------------------------------------------------------

    def set_choices(self, choices: CallLogChoices) -> None:
        """Fill the agents, stores and topics the log offers, keeping what was chosen."""
        by_name = lambda people: sorted(  # noqa: E731 - one use, reads as a phrase
            ((p.name, p.id) for p in people), key=lambda item: (fold(item[0]), item[0])
        )
        fill_choices(self.agent_combo, self.tr("All agents"), by_name(choices.agents))
        fill_choices(self.store_combo, self.tr("All stores"), by_name(choices.stores))
        labels = topic_labels()
        topics = [(t.label or labels.get(t.key, t.key), t.key) for t in choices.topics]
        fill_choices(self.topic_combo, self.tr("All topics"), topics)

    def choose(self, combo: QComboBox, value: object) -> None:
        """Pick `value` in `combo` (as a person would); an unknown value picks "all"."""
        index = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(0, index))

    # -- the customer --------------------------------------------------------------------

    def choose_customer(self) -> ChooseCustomerDialog:
        """Open the search for the customer whose contacts to list."""
        dialog = ChooseCustomerDialog(self._db, self)
        dialog.accepted.connect(lambda: self._take_customer(dialog))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.customer_dialog = dialog
        dialog.open()
        return dialog

    def _take_customer(self, dialog: QDialog) -> None:
        hit = dialog.chosen() if isinstance(dialog, ChooseCustomerDialog) else None
        if hit is not None:
            self.set_customer(hit.id, hit.full_name)

    def set_customer(self, customer_id: int | None, name: str = "") -> None:
        """List only `customer_id`'s contacts (None: everyone's); emits `changed`."""
        self._customer = (customer_id, name) if customer_id is not None else None
        self._show_customer()
        self._emit()

    def customer(self) -> tuple[int, str] | None:
        return self._customer

    def _show_customer(self) -> None:
        self.customer_label.setText(self._customer[1] if self._customer else "")
        self.customer_label.setVisible(self._customer is not None)
        self.customer_clear.setVisible(self._customer is not None)
        self.customer_button.setText(
            self.tr("Other c&ustomer…") if self._customer else self.tr("C&ustomer…")
        )

    # -- the filter ----------------------------------------------------------------------

    def current(self) -> CallLogFilter:
        """The filter shown, with the last days that could be read and applied."""
        c = self.combos
        return CallLogFilter(
            date_from=self._days[0],
            date_to=self._days[1],
            agent_id=c[0].currentData(),
            store_id=c[1].currentData(),
            channel=c[2].currentData(),
            direction=c[3].currentData(),
            topic=c[4].currentData(),
            outcome=c[5].currentData(),
            customer_id=self._customer[0] if self._customer else None,
        )

    def clear(self) -> None:
        widgets = (*self.combos, self.from_edit, self.to_edit)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in self.combos:
            combo.setCurrentIndex(0)
        self.from_edit.clear()
        self.to_edit.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self._days = (None, None)
        self._customer = None
        self._show_customer()
        self._emit()

    def show_filter(self, f: CallLogFilter, names: Mapping[str, str]) -> None:
        """Show `f` (from the Dashboard: days, agent, store, channel...) and emit it once;
        `names` ("agent", "store") label a value whose choices are not read yet."""
        widgets = (*self.combos, self.from_edit, self.to_edit)
        for widget in widgets:
            widget.blockSignals(True)
        values = (f.agent_id, f.store_id, f.channel, f.direction, f.topic, f.outcome)
        texts = (names.get("agent", ""), names.get("store", ""), "", "", "", "")
        for combo, value, text in zip(self.combos, values, texts, strict=True):
            choose_value(combo, value, text)
        self.from_edit.set_value(f.date_from)
        self.to_edit.set_value(f.date_to)
        for widget in widgets:
            widget.blockSignals(False)
        self._customer = None
        self._show_customer()
        self._emit()

    def days_valid(self) -> bool:
        """Both days read as dates, "to" not before "from"; else each says why under it."""
        return validate_range(self.from_edit, self.to_edit)

    def _emit(self) -> None:
        # A day that cannot be used is said under its field; the log keeps showing the
        # last valid choice until it is put right.
        if not self.days_valid():
            return
        self._days = (self.from_edit.value(), self.to_edit.value())
        try:
            f = self.current()
        except ValidationError as exc:
            # The log keeps showing the last valid choice until the days are put right.
            self.error_label.setText(exc.message)
            self.error_label.show()
            return
        self.error_label.hide()
        self.changed.emit(f)


def _swap(labels: dict[str, str]) -> list[tuple[str, str]]:
    """(label, key) pairs in the order the labels module lists them."""
    return [(text, key) for key, text in labels.items()]
