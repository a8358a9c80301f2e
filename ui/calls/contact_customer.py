"""Who a contact is with: a known customer, one to find, or just the caller's number.

`CustomerChoice` shows the customer (name and code, read on a worker) or a picker to
find one. `CallerPhone` is the number field: when it is typed or arrives from the
phone, the number is looked up; one owner is chosen at once, several are offered in
the picker, none leaves the contact logged against the number, with a way to create
the customer there and then.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services.actor import Actor
from app.services.contacts.caller_lookup import CallerMatch, find_caller
from app.services.customers.customer_views import CustomerView
from app.services.customers.customers import get_customer
from ui.calls.customer_choice import CallCustomerPicker
from ui.customer_text import phone_display
from ui.errors import failure_message
from ui.workers import run_query

PICKER_LIST_HEIGHT = 120


class CustomerChoice(QStackedWidget):
    """The chosen customer, or the picker. `changed()` when who is chosen may have moved;
    `loaded(CustomerView)` when a set customer's name has arrived."""

    changed = Signal()
    loaded = Signal(object)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._customer_id: int | None = None
        self._view: CustomerView | None = None
        self.name_label = QLabel("", objectName="ContactCustomer")
        self.name_label.setWordWrap(True)
        self.change_button = QPushButton(self.tr("Change…"), objectName="ChangeCustomer")
        self.change_button.setAutoDefault(False)  # Enter saves the form, wherever the focus is
        self.change_button.setToolTip(self.tr("Log this contact for another customer"))
        self.change_button.clicked.connect(self.show_picker)
        fixed = QWidget()
        row = QHBoxLayout(fixed)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name_label, 1)
        row.addWidget(self.change_button)
        fixed.setFocusProxy(self.change_button)
        self.picker = CallCustomerPicker(db)
        self.picker.list.setFixedHeight(PICKER_LIST_HEIGHT)
        self.picker.chosen_changed.connect(self.changed)
        self.picker.edit.textChanged.connect(lambda _text: self.changed.emit())
        self.addWidget(self.picker)
        self.addWidget(fixed)
        self.currentChanged.connect(self._page_changed)
        self._page_changed()

    def _page_changed(self, _index: int = 0) -> None:
        # A stack is as tall as its tallest page; the chosen name needs one line, not the
        # picker's list.
        for index in range(self.count()):
            page = self.widget(index)
            policy = (
                QSizePolicy.Policy.Preferred
                if page is self.currentWidget()
                else (QSizePolicy.Policy.Ignored)
            )
            page.setSizePolicy(policy, policy)
        self.setFocusProxy(self.currentWidget())
        self.updateGeometry()

    def customer_id(self) -> int | None:
        """The set customer; in the picker, the highlighted one once something was typed
        (an empty field offers recent customers, which is no choice)."""
        if self.currentWidget() is self.picker:
            hit = self.picker.chosen()
            return hit.id if hit is not None and self.picker.edit.text().strip() else None
        return self._customer_id

    def customer(self) -> CustomerView | None:
        """The set customer as read, once it has arrived."""
        return self._view if self.currentWidget() is not self.picker else None

    def is_fixed(self) -> bool:
        return self.currentWidget() is not self.picker

    def set_customer(self, customer_id: int) -> None:
        self._customer_id = customer_id
        self._view = None
        self.name_label.setText(self.tr("Loading…"))
        self.setCurrentIndex(1)
        run_query(
            self._db,
            get_customer,
            self._actor,
            customer_id,
            on_done=lambda view: self._show(customer_id, view),
            on_error=lambda exc: self._failed(customer_id, exc),
            context=self,
        )
        self.changed.emit()

    def _show(self, customer_id: int, view: CustomerView) -> None:
        if customer_id != self._customer_id:
            return
        self._view = view
        text = self.tr("{name} · {code}").format(name=view.full_name, code=view.code)
        if view.archived_at is not None:
            text += " · " + self.tr("archived: restore the customer to log a contact")
        self.name_label.setText(text)
        self.loaded.emit(view)

    def _failed(self, customer_id: int, exc: BaseException) -> None:
        if customer_id == self._customer_id:
            self.name_label.setText(
                failure_message(
                    exc,
                    "Contact form: the customer could not be read",
                    self.tr("The customer could not be read; choose them again."),
                )
            )
            self.loaded.emit(None)

    def show_picker(self, query: str = "", focus: bool = True) -> None:
        """The picker, searching `query` (a number with several owners lists them)."""
        self.setCurrentWidget(self.picker)
        if query:
            self.picker.search_now(query)
        if focus:
            self.picker.setFocus()
        self.changed.emit()


class CallerPhone(QWidget):
    """The caller's number. `checked(CallerMatch | None)` after a lookup (None: not a
    number); `create_requested(phone)` from "Create customer…"."""

    checked = Signal(object)
    create_requested = Signal(str)

    def __init__(self, db: Database, phone: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._checked_text: str | None = None
        self._match: CallerMatch | None = None
        self.edit = QLineEdit(phone, objectName="CallerPhone")
        self.edit.setPlaceholderText(self.tr("The number the customer calls from"))
        self.edit.installEventFilter(self)
        self.edit.returnPressed.connect(self.check)
        self.hint_label = QLabel("", objectName="FieldHint")
        self.hint_label.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create customer…"), objectName="CreateCaller")
        self.create_button.setAutoDefault(False)  # Enter saves the form, wherever the focus is
        self.create_button.setToolTip(
            self.tr("Open the new-customer form with this number; the contact is then theirs")
        )
        self.create_button.clicked.connect(
            lambda: self.create_requested.emit(self.edit.text().strip())
        )
        # Under the field's error line: what the agent can do about an unknown number.
        self.unknown_box = QWidget()
        column = QVBoxLayout(self.unknown_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.hint_label)
        row = QHBoxLayout()
        row.addWidget(self.create_button)
        row.addStretch(1)
        column.addLayout(row)
        self.unknown_box.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text().strip()

    def match(self) -> CallerMatch | None:
        """The last lookup's answer, while the field still holds that number."""
        return self._match if self._checked_text == self.text() else None

    def is_unknown(self) -> bool:
        match = self.match()
        return match is not None and not match.customer_ids

    def check(self) -> None:
        """Look the number up (once per different text)."""
        text = self.text()
        if text == self._checked_text:
            return
        self._checked_text = text
        self._match = None
        if not text:
            self.checked.emit(None)
            return
        run_query(
            self._db,
            find_caller,
            text,
            on_done=lambda match: self._found(text, match),
            on_error=lambda exc: self._failed(text, exc),
            context=self,
        )

    def _found(self, text: str, match: CallerMatch) -> None:
        if text != self._checked_text:
            return
        self._match = match
        self.hint_label.setText(
            self.tr(
                "No customer has {phone}: the contact is logged against the number; you "
                "can link it later."
            ).format(phone=phone_display(match.phone_e164))
        )
        self.checked.emit(match)

    def _failed(self, text: str, exc: BaseException) -> None:
        if text != self._checked_text:
            return
        # Not a number (a typo): said here at once, and again under the field on Save.
        self.hint_label.setText(
            failure_message(
                exc,
                "Contact form: the caller could not be looked up",
                self.tr("The number could not be looked up; you can still save the contact."),
            )
        )
        self.create_button.hide()
        self.unknown_box.show()
        self.checked.emit(None)

    def show_unknown(self, unknown: bool) -> None:
        """The hint and "Create customer…" for a number nobody has (or hide them)."""
        self.create_button.setVisible(unknown)
        if unknown or self.match() is not None or not self.text():
            self.unknown_box.setVisible(unknown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self.check()
        return False
