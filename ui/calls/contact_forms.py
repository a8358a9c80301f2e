"""The window's open contact forms: opened side by side, never one replacing another.

A call that comes in while another form is half filled gets a new form next to it. A
caller nobody knows can be made a customer from the form; the new customer then owns
the contact. What a saved contact changed reaches the screens on the change bus.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtWidgets import QWidget

from app.db import Database
from app.services.actor import Actor
from app.services.customers.customer_views import CustomerView
from ui.calls.contact_form import ContactForm
from ui.customers import CustomersScreen
from ui.widgets.side_windows import SideWindows


class ContactForms(SideWindows):
    """Opens ContactForms over `window`; `customers()` gives the window's Customers screen
    (None when the role has none), whose form makes a new customer."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        window: QWidget,
        customers: Callable[[], CustomersScreen | None],
    ) -> None:
        super().__init__(db, actor, window)
        self._customers = customers

    def open_forms(self) -> list[ContactForm]:
        """The contact forms still open, oldest first."""
        return [w for w in self.open_windows() if isinstance(w, ContactForm)]

    def open(self, customer_id: int | None = None, phone: str = "") -> ContactForm:
        form = ContactForm(self._db, self._actor, customer_id, phone, self._window)
        form.create_customer_requested.connect(lambda number: self._create_customer(form, number))
        self._place(form)
        return form

    def _create_customer(self, form: ContactForm, phone: str) -> None:
        customers = self._customers()
        dialog = customers.new_customer(phone) if customers is not None else None
        if dialog is None:
            return

        def created(view: object) -> None:
            if isinstance(view, CustomerView) and shiboken6.isValid(form):
                form.set_customer(view.id)
                form.activateWindow()

        dialog.saved.connect(created)
