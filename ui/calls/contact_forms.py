"""The window's open contact forms: opened side by side, never one replacing another.

A call that comes in while another form is half filled gets a new form next to it. A
caller nobody knows can be made a customer from the form; the new customer then owns
the contact. A saved contact refreshes the profile on screen when it is that customer's.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QWidget

from app.db import Database
from app.services.actor import Actor
from app.services.customer_views import CustomerView
from app.services.interactions import InteractionView
from ui.calls.contact_form import ContactForm
from ui.customers import CustomersScreen

CASCADE = QPoint(36, 36)


class ContactForms(QObject):
    """Opens ContactForms over `window`; `customers()` gives the window's Customers screen
    (None when the role has none). `saved(InteractionView)` after any of them saved (a
    screen that lists contacts can read them again)."""

    saved = Signal(object)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        window: QWidget,
        customers: Callable[[], CustomersScreen | None],
    ) -> None:
        super().__init__(window)
        self._db = db
        self._actor = actor
        self._window = window
        self._customers = customers
        self._forms: list[ContactForm] = []

    def open_forms(self) -> list[ContactForm]:
        """The contact forms still open, oldest first."""
        self._forms = [f for f in self._forms if shiboken6.isValid(f) and f.isVisible()]
        return list(self._forms)

    def open(self, customer_id: int | None = None, phone: str = "") -> ContactForm:
        others = self.open_forms()
        form = ContactForm(self._db, self._actor, customer_id, phone, self._window)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(self._saved)
        form.create_customer_requested.connect(lambda number: self._create_customer(form, number))
        form.show()
        if others:
            # Beside the last one, not on top of it: both stay readable.
            form.move(others[-1].pos() + CASCADE)
        form.activateWindow()  # just shown, so on top: the keyboard goes to it
        self._forms.append(form)
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

    def _saved(self, view: object) -> None:
        self.saved.emit(view)
        customers = self._customers()
        if not isinstance(view, InteractionView) or customers is None:
            return
        page = customers.profile_page
        if customers.showing_profile() and page.customer_id() == view.customer_id:
            page.refresh()
