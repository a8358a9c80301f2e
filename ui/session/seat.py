"""The seat: who works at this desk, from the first sign-in to Switch user and Quit.

Start: ask (on a worker) whether the database still needs its first administrator,
then show that dialog or the sign-in dialog. Signed in: open a main window for that
person. Switch user: close the window and show the sign-in dialog again. Cancelling a
dialog or closing the window ends the seat with `finished(exit code)`. A caller to show
(screen-pop, `pop_caller`) that rings before anyone has signed in waits for the sign-in.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal

from app.db import Database
from app.services.access.auth import needs_first_admin
from app.services.access.seat import SignedIn
from ui.care_jobs import CareJobs, attach_window
from ui.errors import log_exception, show_error
from ui.main_window import MainWindow
from ui.screen_pop import ScreenPop, bring_to_front
from ui.session.first_admin_dialog import FirstAdminDialog
from ui.session.sign_in_dialog import SignInDialog
from ui.widgets.form_dialog import FormDialog
from ui.workers import run_query


class Seat(QObject):
    """Drives the dialogs and windows of one desk.

    `idle_ms` overrides the configured idle-lock time (tests); `window_opened(window)`
    and `dialog_shown(dialog)` let a caller follow along. `jobs` (the scheduler's jobs
    for this desk) announce in whichever window is open, for whoever signed in.
    """

    finished = Signal(int)
    window_opened = Signal(object)
    dialog_shown = Signal(object)

    def __init__(
        self,
        db: Database,
        remember_state: bool = True,
        idle_ms: int | None = None,
        parent: QObject | None = None,
        jobs: CareJobs | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.jobs = jobs
        self._remember_state = remember_state
        self._idle_ms = idle_ms
        self.dialog: FormDialog | None = None
        self.window: MainWindow | None = None
        self.screen_pop: ScreenPop | None = None
        self._callers: list[str] = []  # numbers that rang before anyone signed in

    def start(self) -> None:
        run_query(
            self._db,
            needs_first_admin,
            on_done=self._first_dialog,
            on_error=self._cannot_start,
            context=self,
        )

    def _first_dialog(self, needs_admin: bool) -> None:
        self._show_dialog(FirstAdminDialog(self._db) if needs_admin else SignInDialog(self._db))

    def _cannot_start(self, exc: BaseException) -> None:
        log_exception(exc, "Could not ask the database who may sign in")
        show_error(exc)
        self.finished.emit(1)

    def _show_dialog(self, dialog: FirstAdminDialog | SignInDialog) -> None:
        self.dialog = dialog
        dialog.signed_in.connect(self._open_window)
        dialog.rejected.connect(lambda: self._dialog_cancelled(dialog))
        dialog.show()
        dialog.activateWindow()
        self.dialog_shown.emit(dialog)

    def _dialog_cancelled(self, dialog: FormDialog) -> None:
        if dialog is self.dialog:
            self.dialog = None
            dialog.deleteLater()
            self.finished.emit(0)

    def _open_window(self, signed_in: SignedIn) -> None:
        dialog, self.dialog = self.dialog, None
        idle_ms = self._idle_ms or signed_in.idle_minutes * 60_000
        window = MainWindow(self._db, signed_in.actor, self._remember_state, idle_ms)
        window.switch_user_requested.connect(lambda: self._switch_user(window))
        window.closed.connect(lambda: self._window_closed(window))
        self.window = window
        self.screen_pop = ScreenPop(window, self._db)
        window.show()
        if self.jobs is not None:
            attach_window(self.jobs, window)
        if dialog is not None:
            dialog.deleteLater()
        self.window_opened.emit(window)
        callers, self._callers = self._callers, []
        for phone in callers:
            self.screen_pop.pop(phone)

    # -- screen-pop --------------------------------------------------------------------

    def pop_caller(self, phone: str) -> None:
        """Show who calls from `phone`: now in the window, or right after the sign-in."""
        if self.window is not None and self.screen_pop is not None:
            self.screen_pop.pop(phone)
            return
        if phone not in self._callers:
            self._callers.append(phone)
        self.bring_to_front()

    def waiting_callers(self) -> list[str]:
        """Numbers that wait for someone to sign in."""
        return list(self._callers)

    def bring_to_front(self) -> None:
        """Raise whatever the desk shows now: the window or the sign-in dialog."""
        widget = self.window or self.dialog
        if widget is not None and shiboken6.isValid(widget):
            bring_to_front(widget)

    def _switch_user(self, window: MainWindow) -> None:
        if window is not self.window:
            return
        self.window = None
        if self.jobs is not None:
            self.jobs.set_actor(None)
        if self.screen_pop is not None:
            # Callers held by a locked seat are shown to whoever signs in next.
            self._callers.extend(self.screen_pop.take_waiting())
            self.screen_pop = None
        # The dialog is up before the window goes, so the desk never shows nothing.
        self._show_dialog(SignInDialog(self._db))
        if shiboken6.isValid(window):
            window.close()
            window.deleteLater()

    def _window_closed(self, window: MainWindow) -> None:
        if window is self.window:
            self.window = None
            self.screen_pop = None
            if self.jobs is not None:
                self.jobs.set_actor(None)
            window.deleteLater()
            self.finished.emit(0)

    def close_all(self) -> None:
        """At exit: nothing of this seat stays on screen, and the scheduler stops."""
        if self.jobs is not None:
            self.jobs.stop()
        for widget in (self.dialog, self.window):
            if widget is not None and shiboken6.isValid(widget):
                widget.hide()
                widget.deleteLater()
        self.dialog = None
        self.window = None
        self.screen_pop = None
