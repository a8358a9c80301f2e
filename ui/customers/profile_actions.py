"""The buttons under a profile's header and the dialogs they open.

Only actions that work today are here. One a role may not use is not shown at all (the
service refuses it anyway); one that does not apply now (editing an archived customer)
is disabled, with the reason in its tooltip.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from app.db import Database
from app.services.access.permissions import allowed
from app.services.access.stores import StoreView
from app.services.actor import Actor
from app.services.customers.customer_profile import ProfileHeader
from ui.calls.correction_dialog import CorrectionDialog
from ui.customers.archive_dialog import ArchiveDialog
from ui.customers.customer_dialog import CustomerDialog
from ui.customers.loyalty_dialogs import AdjustPointsDialog, TierDialog
from ui.customers.merge_dialog import MergeDialog
from ui.widgets.form_dialog import FormDialog

EDIT_KEYS = "Ctrl+E"


def keys_text(*keys: str) -> str:
    return ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


class ProfileActions(QWidget):
    """`saved(action, result)` after a dialog saved ("edit", "points", "tier", "merge",
    "archive", "correction"); `conflict()` when a save met someone else's change (reload);
    `open_customer_requested(id)` from the edit form's duplicate-number link;
    `new_contact_requested(id)` from New contact and `new_complaint_requested(id)` from New
    complaint (the window opens the form)."""

    saved = Signal(str, object)
    conflict = Signal()
    open_customer_requested = Signal(int)
    new_contact_requested = Signal(int)
    new_complaint_requested = Signal(int)

    def __init__(
        self, db: Database, actor: Actor, read_only: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._read_only = read_only
        self._header: ProfileHeader | None = None
        self._dialog: FormDialog | None = None
        self._stores: tuple[StoreView, ...] = ()
        self._tips: dict[QPushButton, str] = {}
        self.new_contact_button = self._button(
            self.tr("&New contact…"),
            "NewContact",
            self.request_new_contact,
            self.tr("Log a call, visit or message with this customer ({keys})").format(
                keys=keys_text("F2")
            ),
        )
        self.new_complaint_button = self._button(
            self.tr("Ne&w complaint…"),
            "NewComplaint",
            self.request_new_complaint,
            self.tr("Take a complaint from this customer"),
        )
        self.edit_button = self._button(
            self.tr("&Edit"),
            "EditCustomer",
            self.edit,
            self.tr("Change details, phones and tags ({keys})").format(keys=keys_text(EDIT_KEYS)),
        )
        self.points_button = self._button(
            self.tr("Adjust &points…"),
            "AdjustPoints",
            self.adjust_points,
            self.tr("Add or take points, with the reason"),
        )
        self.tier_button = self._button(
            self.tr("Set &tier…"),
            "SetTier",
            self.set_tier,
            self.tr("Set the tier by hand, or go back to the automatic tier"),
        )
        self.merge_button = self._button(
            self.tr("&Merge into…"),
            "MergeCustomer",
            self.merge,
            self.tr("This person has another record: move everything to it"),
        )
        self.archive_button = QPushButton(objectName="ArchiveCustomer")
        self.archive_button.clicked.connect(self.archive_or_restore)
        self.points_button.setVisible(allowed(actor, "points.adjust"))
        self.tier_button.setVisible(allowed(actor, "tier.override"))
        self.merge_button.setVisible(allowed(actor, "customer.merge"))
        self.archive_button.setVisible(allowed(actor, "customer.archive"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.new_contact_button.setVisible(allowed(actor, "contact.log") and not read_only)
        # The new contact and new complaint buttons are placed by the page, apart from the
        # changes to the customer.
        self.new_complaint_button.setVisible(allowed(actor, "complaint.handle") and not read_only)
        for button in (
            self.edit_button,
            self.points_button,
            self.tier_button,
            self.merge_button,
            self.archive_button,
        ):
            layout.addWidget(button)
        layout.addStretch(1)
        self.show_header(None)

    def _button(self, text: str, name: str, slot: Callable[[], object], tip: str) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.clicked.connect(slot)
        self._tips[button] = tip
        return button

    def set_choices(self, stores: Sequence[StoreView]) -> None:
        """What the edit form offers for the store."""
        self._stores = tuple(stores)

    def show_header(self, header: ProfileHeader | None) -> None:
        self._header = header
        archived = header is not None and header.archived_at is not None
        for button, tip in self._tips.items():
            button.setEnabled(header is not None and not archived)
            button.setToolTip(self.tr("Restore the customer first") if archived else tip)
        self.archive_button.setEnabled(header is not None)
        if archived:
            self.archive_button.setText(self.tr("&Restore…"))
            self.archive_button.setToolTip(self.tr("Show this customer in search and lists again"))
        else:
            self.archive_button.setText(self.tr("&Archive…"))
            self.archive_button.setToolTip(
                self.tr("Hide this customer from search and lists; nothing is deleted")
            )
        dialog = self.current_dialog()
        editing = isinstance(dialog, CustomerDialog) and header is not None
        if editing and dialog.customer_id() == header.id:
            # After a conflict and reload, the next Save applies over the change just shown.
            dialog.take_version(header.version)

    # -- the dialogs -----------------------------------------------------------------------

    def _usable(self, action: str | None = None) -> ProfileHeader | None:
        h = self._header
        if h is None or (action is not None and not allowed(self._actor, action)):
            return None
        return h

    def request_new_contact(self) -> None:
        h = self._usable("contact.log")
        if h is not None and h.archived_at is None:
            self.new_contact_requested.emit(h.id)

    def request_new_complaint(self) -> None:
        h = self._usable("complaint.handle")
        if h is not None and h.archived_at is None:
            self.new_complaint_requested.emit(h.id)

    def add_correction(self, interaction_id: int, summary: str) -> FormDialog | None:
        """A correction note under one of this customer's contacts."""
        if not allowed(self._actor, "contact.log"):
            return None
        dialog = CorrectionDialog(self._db, self._actor, interaction_id, summary, self)
        return self._open(dialog, "correction")

    def edit(self) -> FormDialog | None:
        h = self._usable()
        if h is None or h.archived_at is not None:
            return None
        dialog = CustomerDialog(self._db, self._actor, self._stores, h, parent=self)
        dialog.open_customer_requested.connect(self.open_customer_requested)
        return self._open(dialog, "edit")

    def adjust_points(self) -> FormDialog | None:
        h = self._usable("points.adjust")
        return (
            self._open(AdjustPointsDialog(self._db, self._actor, h, self), "points")
            if (h)
            else None
        )

    def set_tier(self) -> FormDialog | None:
        h = self._usable("tier.override")
        return self._open(TierDialog(self._db, self._actor, h, self), "tier") if h else None

    def merge(self) -> FormDialog | None:
        h = self._usable("customer.merge")
        return self._open(MergeDialog(self._db, self._actor, h, self), "merge") if h else None

    def archive_or_restore(self) -> FormDialog | None:
        h = self._usable("customer.archive")
        return self._open(ArchiveDialog(self._db, self._actor, h, self), "archive") if h else None

    def _open(self, dialog: FormDialog, action: str) -> FormDialog | None:
        """Open `dialog` over the window (not in a screenshot, which changes nothing)."""
        if self._read_only:
            dialog.deleteLater()
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda result: self.saved.emit(action, result))
        dialog.conflict.connect(lambda _message: self.conflict.emit())
        self._dialog = dialog
        dialog.open()
        return dialog

    def current_dialog(self) -> FormDialog | None:
        """The dialog opened last, while it is still open."""
        dialog = self._dialog
        return dialog if dialog is not None and shiboken6.isValid(dialog) else None
