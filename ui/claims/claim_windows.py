"""The window's claim forms, claim dialogs and slip previews: opened beside each other,
never modal.

A registered purchase opens its warranty slip; a claim taken in opens its receipt; asking
for a claim already open brings its dialog to the front rather than opening a copy.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Signal

from app.services.claims.claims import ClaimView
from app.services.claims.purchases import PurchaseView
from app.services.claims.warranty_check import WarrantyRow
from ui.claims.claim_dialog import ClaimDialog
from ui.claims.claim_form import ClaimForm
from ui.claims.purchase_form import PurchaseForm
from ui.slips.preview_dialog import SlipPreviewDialog
from ui.widgets.side_windows import SideWindows


def slip_title(kind: str) -> str:
    translate = QCoreApplication.translate
    return {
        "warranty": translate("SlipKind", "Warranty slip"),
        "claim": translate("SlipKind", "Claim receipt"),
        "return": translate("SlipKind", "Return slip"),
        "complaint": translate("SlipKind", "Complaint receipt"),
    }.get(kind, kind)


class ClaimWindows(SideWindows):
    """`purchase_registered(PurchaseView)`; `open_customer_requested(id)`. What a form or a
    dialog changed reaches the screens on the change bus."""

    purchase_registered = Signal(object)
    open_customer_requested = Signal(int)

    # -- purchases -------------------------------------------------------------------------

    def register_purchase(self, serial: str = "", customer_id: int | None = None) -> PurchaseForm:
        form = PurchaseForm(self._db, self._actor, serial, customer_id, self._window)
        form.saved.connect(self._purchase_saved)
        self._place(form)
        return form

    def _purchase_saved(self, view: object) -> None:
        if isinstance(view, PurchaseView):
            self.purchase_registered.emit(view)
            self.open_slip("warranty", view.id)

    # -- claims ----------------------------------------------------------------------------

    def new_claim(self, purchase_id: int, row: WarrantyRow | None = None) -> ClaimForm:
        form = ClaimForm(self._db, self._actor, purchase_id, row, parent=self._window)
        form.saved.connect(self._claim_saved)
        self._place(form)
        return form

    def _claim_saved(self, view: object) -> None:
        if isinstance(view, ClaimView):
            self.open_slip("claim", view.id)

    def open_claim(self, claim_id: int) -> ClaimDialog:
        shown = self._bring_up(ClaimDialog, lambda d: d.claim_id == claim_id)
        if shown is not None:
            return shown
        dialog = ClaimDialog(self._db, self._actor, claim_id, self._window)
        dialog.open_customer_requested.connect(self.open_customer_requested)
        dialog.slip_requested.connect(lambda kind, cid, d=dialog: self._claim_slip(d, kind, cid))
        self._place(dialog)
        return dialog

    def _claim_slip(self, dialog: ClaimDialog, kind: str, claim_id: int) -> None:
        preview = self.open_slip(kind, claim_id)
        # The dialog's print history follows what was printed from it.
        preview.recorded.connect(lambda _t: dialog.reload() if shiboken6.isValid(dialog) else None)

    # -- slips -----------------------------------------------------------------------------

    def open_slip(self, kind: str, subject_id: int) -> SlipPreviewDialog:
        """The preview of the slip of `kind` for its subject (issued on first use)."""
        preview = SlipPreviewDialog(
            self._db, self._actor, kind, subject_id, slip_title(kind), self._window
        )
        self._place(preview)
        return preview
