"""Acting on one reminder: take it, snooze it, complete it, reassign it.

Shared by the inbox and the reminder panel on a profile, so both refuse and explain the
same way. Quick actions (take, a snooze preset) run straight on a worker; the others
open their form. After a change `changed(row)` carries the reminder as it is now; a
refusal (someone else took it first) comes as `refused(message)`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from app.db import Database
from app.errors import CareDeskError
from app.services.access.permissions import allowed
from app.services.actor import Actor
from app.services.reminders.reminder_actions import (
    SNOOZES,
    snooze_names,
    snooze_to_preset,
    take_reminder,
)
from app.services.reminders.reminder_inbox import ReminderRow
from ui.errors import failure_message
from ui.reminders.reminder_dialogs import CompleteDialog, ReassignDialog, SnoozeDialog
from ui.widgets.form_dialog import FormDialog
from ui.workers import run_change

_D = TypeVar("_D", bound=FormDialog)


class ReminderWork(QObject):
    """`changed(ReminderRow)` after an action; `refused(message)` when one was refused;
    `busy_changed(bool)` while a quick action runs."""

    changed = Signal(object)
    refused = Signal(str)
    busy_changed = Signal(bool)

    def __init__(
        self, db: Database, actor: Actor, window: QWidget, read_only: bool = False
    ) -> None:
        super().__init__(window)
        self._db = db
        self._actor = actor
        self._window = window
        self.read_only = read_only
        self.may_work = not read_only and allowed(actor, "reminder.work")
        # A supervisor's read-only window still shows Reassign (disabled); an agent's never.
        self.shows_reassign = allowed(actor, "work.reassign")
        self.may_reassign = not read_only and self.shows_reassign
        self.dialog: FormDialog | None = None
        self._busy = False

    # -- what applies ----------------------------------------------------------------------

    def can_take(self, row: ReminderRow | None) -> bool:
        return (
            self.may_work and row is not None and row.status == "open" and (row.assignee_id is None)
        )

    def can_change(self, row: ReminderRow | None) -> bool:
        """Snooze and complete: one's own, the pool's, or anyone's for a supervisor."""
        if not self.may_work or row is None or row.status != "open":
            return False
        mine = row.assignee_id in (None, self._actor.user_id)
        return mine or self.may_reassign

    def can_reassign(self, row: ReminderRow | None) -> bool:
        return self.may_reassign and row is not None and row.status == "open"

    def is_busy(self) -> bool:
        return self._busy

    # -- quick actions ---------------------------------------------------------------------

    def take(self, row: ReminderRow) -> None:
        """Make a pool reminder the agent's own (someone quicker: refused with their name)."""
        if self.can_take(row):
            self._run(take_reminder, self._actor, row.id, row.version)

    def snooze(self, row: ReminderRow, choice: str) -> None:
        """Snooze by a preset: "15m", "1h" or "tomorrow" (08:00 local)."""
        if self.can_change(row):
            self._run(snooze_to_preset, self._actor, row.id, choice, row.version)

    def _run(self, fn: Callable, *args: object) -> None:
        if self._busy:
            return
        self._set_busy(True)
        run_change(self._db, fn, *args, on_done=self._done, on_error=self._failed, context=self)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_changed.emit(busy)

    def _done(self, row: ReminderRow) -> None:
        self._set_busy(False)
        self.changed.emit(row)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        message = (
            exc.message
            if isinstance(exc, CareDeskError)
            else failure_message(
                exc,
                "A reminder could not be changed",
                self.tr(
                    "The reminder could not be changed: the database did not answer as "
                    "expected. Try again; if it keeps failing, tell IT support."
                ),
            )
        )
        self.refused.emit(message)

    # -- forms -----------------------------------------------------------------------------

    def choose_snooze(self, row: ReminderRow) -> SnoozeDialog | None:
        if not self.can_change(row):
            return None
        return self._open(SnoozeDialog(self._db, self._actor, row, self._window))

    def complete(self, row: ReminderRow) -> CompleteDialog | None:
        if not self.can_change(row):
            return None
        return self._open(CompleteDialog(self._db, self._actor, row, self._window))

    def reassign(self, row: ReminderRow) -> ReassignDialog | None:
        if not self.can_reassign(row):
            return None
        return self._open(ReassignDialog(self._db, self._actor, row, self._window))

    def _open(self, dialog: _D) -> _D:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.changed)
        # Someone else changed it meanwhile: the lists read it again behind the dialog.
        dialog.conflict.connect(lambda _message: self.changed.emit(None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def current_dialog(self) -> FormDialog | None:
        dialog = self.dialog
        return dialog if dialog is not None and shiboken6.isValid(dialog) else None

    # -- the snooze menu -------------------------------------------------------------------

    def snooze_menu(self, parent: QWidget, current: Callable[[], ReminderRow | None]) -> QMenu:
        """The presets and "Choose a time…" for whatever reminder `current()` gives."""
        menu = QMenu(parent)
        names = snooze_names()
        for choice in SNOOZES:
            action = QAction(names[choice], menu)
            action.setData(choice)
            action.triggered.connect(
                lambda _checked=False, c=choice: (row := current()) and self.snooze(row, c)
            )
            menu.addAction(action)
        menu.addSeparator()
        pick = QAction(self.tr("Choose a time…"), menu)
        pick.triggered.connect(lambda: (row := current()) and self.choose_snooze(row))
        menu.addAction(pick)
        return menu
