"""Customers: the list, and a customer's profile in its place (Back returns to the list).

The window opens a profile here from the global search too, so every way to a customer
ends on the same screen with the same actions.
"""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from app.db import Database
from app.services.access.permissions import allowed
from app.services.access.stores import StoreView, list_stores
from app.services.actor import Actor
from app.services.customers.customer_list import CustomerFilterChoices, customer_filter_choices
from app.services.customers.customer_views import CustomerView
from app.services.imports.fields import CUSTOMERS
from ui.customers.customer_dialog import CustomerDialog
from ui.customers.customer_list_page import CustomerListPage
from ui.customers.profile_page import ProfilePage
from ui.imports import ImportWizard
from ui.screen import Screen
from ui.widgets.form_dialog import FormDialog
from ui.workers import run_query


class CustomersScreen(Screen):
    """`loaded(count)` when the list has its first rows; `profile_loaded(profile)` when a
    profile is on screen."""

    profile_loaded = Signal(object)
    # The list's columns and everything a profile shows: its header, history (contacts,
    # complaints, claims, reminders), purchases and points.
    watches = frozenset(
        {"customer", "contact", "complaint", "claim", "reminder", "purchase", "loyalty"}
    )

    def __init__(
        self, db: Database, actor: Actor, read_only: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CustomersScreen")
        self._db = db
        self._actor = actor
        self._read_only = read_only
        self._stores: tuple[StoreView, ...] = ()
        self._dialog: FormDialog | None = None
        self._import_wizard: ImportWizard | None = None
        self.list_page = CustomerListPage(db)
        self.profile_page = ProfilePage(db, actor, read_only)
        self.pages = QStackedWidget(objectName="CustomerPages")
        self.pages.addWidget(self.list_page)
        self.pages.addWidget(self.profile_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.list_page.loaded.connect(lambda count: self.loaded.emit(count))
        self.list_page.load_failed.connect(self.load_failed)
        self.list_page.open_requested.connect(self.open_profile)
        self.list_page.new_requested.connect(self.new_customer)
        self.list_page.import_button.setVisible(not read_only and allowed(actor, "data.load"))
        self.list_page.import_requested.connect(self.open_import)
        self.list_page.refresh_requested.connect(self.refresh)
        self.profile_page.loaded.connect(self.profile_loaded)
        self.profile_page.back_requested.connect(self.show_list)
        self.profile_page.open_customer_requested.connect(self.open_profile)
        self.profile_page.customer_changed.connect(lambda _id: self.list_page.model.forget_rows())
        self.profile_page.list_changed.connect(lambda: self.list_page.refresh())

    # -- loading ---------------------------------------------------------------------------

    def is_loading(self) -> bool:
        return self.list_page.is_loading() or self.profile_page.is_loading()

    def refresh(self) -> None:
        """F5: the page on screen reads its data again; the stores and filter choices too."""
        run_query(self._db, list_stores, on_done=self._take_stores, on_error=lambda _e: None)
        run_query(
            self._db,
            customer_filter_choices,
            on_done=self._take_filter_choices,
            on_error=lambda _e: None,
        )
        if self.pages.currentWidget() is self.profile_page:
            self.profile_page.refresh()
        else:
            self.list_page.refresh()

    def refresh_for_changes(self) -> None:
        # The list behind an open profile is read again too: Back shows it as it is now.
        if self.showing_profile():
            self.list_page.refresh()
        self.refresh()

    def _take_stores(self, stores: Sequence[StoreView]) -> None:
        self._stores = tuple(stores)
        self._share_choices()

    def _take_filter_choices(self, choices: CustomerFilterChoices) -> None:
        self.list_page.filters.set_choices(choices)
        self._share_choices()

    def _share_choices(self) -> None:
        self.profile_page.actions.set_choices(self._stores)

    # -- pages -----------------------------------------------------------------------------

    def open_profile(self, customer_id: int) -> None:
        if not self._shown_once:
            # Opened from the search before this screen was ever shown: the list (and the
            # stores the forms offer) load now too.
            self._shown_once = True
            self.refresh()
        self._share_choices()
        self.profile_page.open(customer_id)
        self.pages.setCurrentWidget(self.profile_page)
        self.profile_page.actions.edit_button.setFocus()

    def show_list(self) -> None:
        self.pages.setCurrentWidget(self.list_page)
        self.list_page.focus_list()

    def showing_profile(self) -> bool:
        return self.pages.currentWidget() is self.profile_page

    # -- new customer ----------------------------------------------------------------------

    def new_customer(self, prefill: str = "") -> FormDialog | None:
        """The create form (pre-filled from a search); the new customer's profile after."""
        dialog = CustomerDialog(self._db, self._actor, self._stores, None, prefill, self)
        if self._read_only:
            dialog.deleteLater()
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._created)
        dialog.open_customer_requested.connect(self.open_profile)
        self._dialog = dialog
        dialog.open()
        return dialog

    def current_dialog(self) -> FormDialog | None:
        dialog = self._dialog
        return dialog if dialog is not None and shiboken6.isValid(dialog) else None

    def _created(self, view: object) -> None:
        if isinstance(view, CustomerView):
            self.list_page.refresh(select_id=view.id)
            self.open_profile(view.id)
            self.profile_page.show_notes(view.conversion_notes)

    # -- import ----------------------------------------------------------------------------

    def open_import(self) -> ImportWizard | None:
        """The import window (not modal); the one already open is brought to the front.
        What it wrote reaches this screen, and the others, on the change bus."""
        if self.list_page.import_button.isHidden():
            return None
        wizard = self._import_wizard
        if wizard is not None and shiboken6.isValid(wizard) and wizard.isVisible():
            wizard.raise_()
            wizard.activateWindow()
            return wizard
        wizard = ImportWizard(self._db, self._actor, CUSTOMERS, self.window())
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._import_wizard = wizard
        wizard.show()
        return wizard
