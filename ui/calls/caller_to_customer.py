"""An unknown caller made a customer from the call log: the new-customer form with the
number filled in, then every unlinked contact from that number linked to them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.db import Database
from app.services.actor import Actor
from app.services.contacts.interactions import link_caller
from app.services.customers.customer_views import CustomerView
from ui.customers import CustomersScreen
from ui.errors import failure_message
from ui.workers import run_change


class CallerToCustomer(QObject):
    """`linked(customer_id, count)` once the new customer owns the caller's contacts;
    `failed(message)` if linking was refused (the customer stays created)."""

    linked = Signal(int, int)
    failed = Signal(str)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        customers: Callable[[], CustomersScreen | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._customers = customers

    def start(self, phone: str, interaction_id: int) -> None:
        customers = self._customers()
        dialog = customers.new_customer(phone) if customers is not None else None
        if dialog is not None:
            dialog.saved.connect(lambda view: self._link(view, interaction_id))

    def _link(self, view: object, interaction_id: int) -> None:
        if not isinstance(view, CustomerView):
            return
        run_change(
            self._db,
            link_caller,
            self._actor,
            interaction_id,
            view.id,
            on_done=lambda count: self.linked.emit(view.id, int(count)),
            on_error=lambda exc: self.failed.emit(
                failure_message(
                    exc,
                    "The caller's contacts could not be linked",
                    self.tr(
                        "The customer was created, but the caller's contacts could not be "
                        "linked to them: use Link to customer… in the call log."
                    ),
                )
            ),
            context=self,
        )
