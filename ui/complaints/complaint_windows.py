"""The window's complaint forms and dialogs: opened beside each other, never modal.

A saved intake form opens the new complaint's dialog; asking for a complaint already open
brings its dialog to the front rather than opening a second copy.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QWidget

from app.db import Database
from app.services.actor import Actor
from app.services.complaints import ComplaintView
from ui.complaints.complaint_dialog import ComplaintDialog
from ui.complaints.complaint_form import ComplaintForm

CASCADE = QPoint(36, 36)


class ComplaintWindows(QObject):
    """`changed(id)` after a complaint was opened or changed in any of them (lists showing
    complaints read again); `open_customer_requested(id)` from a dialog's customer link."""

    changed = Signal(int)
    open_customer_requested = Signal(int)

    def __init__(self, db: Database, actor: Actor, window: QWidget) -> None:
        super().__init__(window)
        self._db = db
        self._actor = actor
        self._window = window
        self._open: list[QWidget] = []

    def open_windows(self) -> list[QWidget]:
        self._open = [w for w in self._open if shiboken6.isValid(w) and w.isVisible()]
        return list(self._open)

    def _place(self, widget: QWidget) -> None:
        others = self.open_windows()
        widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        widget.show()
        if others:
            widget.move(others[-1].pos() + CASCADE)  # beside the last one, both readable
        widget.activateWindow()
        self._open.append(widget)

    def new_complaint(self, customer_id: int | None = None, description: str = "") -> ComplaintForm:
        form = ComplaintForm(self._db, self._actor, customer_id, description, self._window)
        form.saved.connect(self._saved)
        self._place(form)
        return form

    def _saved(self, view: object) -> None:
        if isinstance(view, ComplaintView):
            self.changed.emit(view.id)
            self.open_complaint(view.id)

    def open_complaint(self, complaint_id: int) -> ComplaintDialog:
        for widget in self.open_windows():
            if isinstance(widget, ComplaintDialog) and widget.complaint_id == complaint_id:
                widget.raise_()
                widget.activateWindow()
                return widget
        dialog = ComplaintDialog(self._db, self._actor, complaint_id, self._window)
        dialog.changed.connect(self.changed)
        dialog.open_customer_requested.connect(self.open_customer_requested)
        self._place(dialog)
        return dialog
