"""The window's complaint forms and dialogs: opened beside each other, never modal.

A saved intake form opens the new complaint's dialog; asking for a complaint already open
brings its dialog to the front rather than opening a second copy.
"""

from __future__ import annotations

from PySide6.QtCore import Signal

from app.services.complaints.complaints import ComplaintView
from ui.complaints.complaint_dialog import ComplaintDialog
from ui.complaints.complaint_form import ComplaintForm
from ui.widgets.side_windows import SideWindows


class ComplaintWindows(SideWindows):
    """`open_customer_requested(id)` from a dialog's customer link. What a form or a dialog
    changed reaches the screens on the change bus."""

    open_customer_requested = Signal(int)

    def new_complaint(self, customer_id: int | None = None, description: str = "") -> ComplaintForm:
        form = ComplaintForm(self._db, self._actor, customer_id, description, self._window)
        form.saved.connect(self._saved)
        self._place(form)
        return form

    def _saved(self, view: object) -> None:
        if isinstance(view, ComplaintView):
            self.open_complaint(view.id)

    def open_complaint(self, complaint_id: int) -> ComplaintDialog:
        shown = self._bring_up(ComplaintDialog, lambda d: d.complaint_id == complaint_id)
        if shown is not None:
            return shown
        dialog = ComplaintDialog(self._db, self._actor, complaint_id, self._window)
        dialog.open_customer_requested.connect(self.open_customer_requested)
        self._place(dialog)
        return dialog
