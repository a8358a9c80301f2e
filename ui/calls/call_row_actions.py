"""What can be done to one contact of the log: link an unknown caller, add a correction.

The buttons sit under the log and in the row's context menu; both follow the selected
row. In a read-only window (a screenshot) they are there but disabled.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from app.db import Database
from app.services.access.permissions import allowed
from app.services.actor import Actor
from app.services.contacts.call_log import CallLogRow
from ui.calls.call_log_model import CallLogModel
from ui.calls.link_caller_dialog import LinkCallerDialog
from ui.models.interactions_model import national_phone


class CallRowActions(QObject):
    """`linked(count)` after an unknown caller was linked; `corrected()` after a correction;
    `create_customer_requested(phone, interaction_id)`: make the caller a new customer."""

    linked = Signal(int)
    corrected = Signal()
    create_customer_requested = Signal(str, int)

    def __init__(
        self, db: Database, actor: Actor, model: CallLogModel, read_only: bool, window: QWidget
    ) -> None:
        super().__init__(window)
        self._db = db
        self._actor = actor
        self._model = model
        self._window = window
        self._may_change = not read_only and allowed(actor, "contact.log")
        self._row: CallLogRow | None = None
        self.dialog: QWidget | None = None
        self.link_button = QPushButton(self.tr("&Link to customer…"), objectName="LinkCaller")
        self.link_button.setToolTip(
            self.tr(
                "This caller is a customer: link the contact, and every other one from "
                "the number, to them"
            )
        )
        self.link_button.clicked.connect(self.link)
        self.create_button = QPushButton(self.tr("C&reate customer…"), objectName="ToCustomer")
        self.create_button.setToolTip(
            self.tr(
                "The caller is a new customer: create them with this number, and their "
                "contacts from it go to them"
            )
        )
        self.create_button.clicked.connect(self.create_customer)
        self.correction_button = QPushButton(
            self.tr("Add &correction…"), objectName="AddCorrection"
        )
        self.correction_button.setToolTip(
            self.tr("Something in this contact is wrong: add a note that corrects it")
        )
        self.correction_button.clicked.connect(self.correct)
        self.show_row(None)

    def show_row(self, row: CallLogRow | None) -> None:
        """The selected contact (None: nothing selected)."""
        self._row = row
        self.link_button.setEnabled(self.can_link())
        self.create_button.setEnabled(self.can_link() and bool(row and row.phone_e164))
        self.correction_button.setEnabled(self._may_change and row is not None)

    def can_link(self) -> bool:
        return self._may_change and self._row is not None and self._row.customer_id is None

    def menu(self) -> QMenu:
        """The context menu for the selected row."""
        menu = QMenu(self._window)
        link = menu.addAction(self.link_button.text(), self.link)
        link.setEnabled(self.link_button.isEnabled())
        create = menu.addAction(self.create_button.text(), self.create_customer)
        create.setEnabled(self.create_button.isEnabled())
        correct = menu.addAction(self.correction_button.text(), self.correct)
        correct.setEnabled(self.correction_button.isEnabled())
        return menu

    # -- the dialogs ---------------------------------------------------------------------

    def link(self) -> LinkCallerDialog | None:
        row = self._row
        if row is None or not self.can_link():
            return None
        dialog = LinkCallerDialog(self._db, self._actor, row, self._window)
        dialog.saved.connect(lambda count: self.linked.emit(int(count)))
        return self._open(dialog)

    def create_customer(self) -> None:
        row = self._row
        if row is not None and row.phone_e164 and self.can_link():
            self.create_customer_requested.emit(national_phone(row.phone_e164), row.id)

    def correct(self) -> QWidget | None:
        row = self._row
        if row is None or not self._may_change:
            return None
        # Imported here: the dialog is its own module, and the log works without it.
        from ui.calls.correction_dialog import CorrectionDialog

        dialog = CorrectionDialog(self._db, self._actor, row.id, self.summary(row), self._window)
        saved = getattr(dialog, "saved", None)
        if saved is not None:
            saved.connect(lambda _result: self.corrected.emit())
        return self._open(dialog)

    def summary(self, row: CallLogRow) -> str:
        """The contact in one line, so the person sees which one they are correcting."""
        texts = (self._model.text(row, c) for c in ("time", "customer", "channel", "topic"))
        return " · ".join(t for t in texts if t)

    def _open(self, dialog: QWidget) -> QWidget:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def current_dialog(self) -> QWidget | None:
        """The dialog opened last, while it is still open."""
        dialog = self.dialog
        return dialog if dialog is not None and shiboken6.isValid(dialog) else None
