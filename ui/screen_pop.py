"""Screen-pop: a phone is ringing, show the agent who is calling.

A softphone runs `python main.py --lookup NUMBER`; the number reaches the running window
(ui/single_instance.py, ui/session/seat.py) and ends here: the caller's profile opens,
or a new contact form with the number filled in when no customer has it. Forms already
open are left exactly as they are. A locked seat keeps the caller until it is unlocked:
whoever is at the desk cannot see the previous person's work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from app.db import Database
from app.errors import CareDeskError
from app.services.contacts.caller_lookup import CallerMatch, find_caller
from app.text import parse_phone
from ui.customer_text import phone_display
from ui.errors import log_exception
from ui.workers import run_query

if TYPE_CHECKING:
    from ui.main_window import MainWindow

STATUS_MS = 30_000


def _number_key(phone: str) -> str:
    try:
        return parse_phone(phone).national
    except CareDeskError:
        return phone


def bring_to_front(widget: QWidget) -> None:
    """Show `widget`'s window above the others with the keyboard in it, as it was sized."""
    window = widget.window()
    state = window.windowState()
    if state & Qt.WindowState.WindowMinimized:
        if state & Qt.WindowState.WindowMaximized:
            window.showMaximized()
        else:
            window.showNormal()
    elif not window.isVisible():
        window.show()
    if QGuiApplication.platformName() != "offscreen":  # no stacking there, only a warning
        window.raise_()
    window.activateWindow()


class ScreenPop(QObject):
    """Pops callers in `window` (it is this object's parent).

    `popped(result)` follows each lookup: the customer id whose profile opened, or the
    contact form that opened for an unknown number (None if the role cannot log contacts).
    `failed(message)` when the number could not be looked up.
    """

    popped = Signal(object)
    failed = Signal(str)

    def __init__(self, window: MainWindow, db: Database) -> None:
        super().__init__(window)
        self._window = window
        self._db = db
        self._waiting: list[str] = []
        window.window_lock.lock_changed.connect(self._lock_changed)

    def waiting(self) -> list[str]:
        """Numbers held back while the seat is locked, oldest first."""
        return list(self._waiting)

    def take_waiting(self) -> list[str]:
        """Hand the held-back numbers over (Switch user: the next person gets them)."""
        waiting, self._waiting = self._waiting, []
        return waiting

    def pop(self, phone: str) -> None:
        """Bring the window forward and show who calls from `phone`."""
        bring_to_front(self._window)
        if self._hold(phone):
            return
        run_query(
            self._db,
            find_caller,
            phone,
            on_done=self._found,
            on_error=lambda exc: self._failed(phone, exc),
            context=self,
        )

    def _hold(self, phone: str) -> bool:
        if not self._window.is_locked():
            return False
        if _number_key(phone) not in map(_number_key, self._waiting):  # it rang twice: one record
            self._waiting.append(phone)
        self._window.statusBar().showMessage(
            self.tr("A caller is waiting: their record opens once the seat is unlocked."),
            STATUS_MS,
        )
        return True

    def _lock_changed(self, locked: bool) -> None:
        if locked or not self._waiting:
            return
        self._window.statusBar().clearMessage()
        for phone in self.take_waiting():
            self.pop(phone)

    def _found(self, match: CallerMatch) -> None:
        if not shiboken6.isValid(self._window) or self._hold(match.national):
            return  # locked while the lookup ran: it is looked up again after the unlock
        if not match.customer_ids:
            self.popped.emit(self._window.new_contact(phone=match.national))
            return
        first = match.customer_ids[0]
        self._window.open_customer(first)
        if len(match.customer_ids) > 1:
            self._window.statusBar().showMessage(
                self.tr(
                    "%n customer(s) share the number {phone}; this is the first. "
                    "Search the number to see the others.",
                    "",
                    len(match.customer_ids),
                ).format(phone=phone_display(match.phone_e164)),
                STATUS_MS,
            )
        self.popped.emit(first)

    def _failed(self, phone: str, exc: BaseException) -> None:
        if isinstance(exc, CareDeskError):
            reason = exc.message
        else:
            log_exception(exc, "Screen-pop: the caller could not be looked up")
            reason = self.tr("The database did not answer; the details are in the log file.")
        message = self.tr("Cannot look up the caller {phone}: {reason}").format(
            phone=phone, reason=reason
        )
        if shiboken6.isValid(self._window):
            self._window.statusBar().showMessage(message, STATUS_MS)
        self.failed.emit(message)
