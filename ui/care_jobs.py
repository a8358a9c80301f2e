"""The scheduler's jobs for one desk, and the Qt signals that carry their results.

app/scheduler.py runs `_tick` every minute and `_daily` each morning on its own thread;
they open their own sessions and never touch a widget. What they find reaches the window
only through the signals below (queued onto the GUI thread by Qt):

- `sla_checked(SlaPassResult)` after every SLA pass;
- `reminders_due(tuple[DueReminder, ...])`: reminders of the signed-in person (or their
  store's shared pool) that fell due and were not announced yet; each is announced once;
- `rules_ran(dict)`: the reminders each rule created this morning;
- `backup_taken(BackupInfo)` / `backup_failed(str)`: the day's backup of an SQLite
  database, taken by the morning run (or, when the PC was off then, at the next start);
- `start_summary(DueSummary)`: at the first scan after a sign-in, what fell due while
  the app was closed (or nobody was signed in), counted per rule, instead of one notice
  per reminder. Those count as announced.

Nobody signed in (the sign-in dialog is up): the SLA pass and the rules still run, the
due scan waits for someone to announce to.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from app.db import Database
from app.errors import CareDeskError
from app.scheduler import CareScheduler
from app.services.actor import Actor
from app.services.backups.daily import daily_backup
from app.services.complaints.sla_pass import evaluate_sla
from app.services.imports.journal import recover_abandoned
from app.services.reminders.reminder_inbox import due_scan, fell_due_while_closed, mark_notified
from app.services.reminders.reminder_rules import generate_reminders
from ui.notifications.announcer import Announcer

log = logging.getLogger("caredesk.jobs")


class CareJobs(QObject):
    sla_checked = Signal(object)
    reminders_due = Signal(object)
    rules_ran = Signal(object)
    start_summary = Signal(object)
    backup_taken = Signal(object)
    backup_failed = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._lock = threading.Lock()
        self._actor: Actor | None = None
        self._summarised = False  # the start summary was given to this actor
        self._scheduler = CareScheduler(self.tick, self.daily)

    def set_actor(self, actor: Actor | None) -> None:
        """Whose reminders the due scan announces (None: nobody signed in)."""
        with self._lock:
            self._actor, self._summarised = actor, False

    def actor(self) -> Actor | None:
        with self._lock:
            return self._actor

    def start(self) -> None:
        if not self._scheduler.running:
            self._scheduler.start()

    def stop(self) -> None:
        self._scheduler.shutdown()

    # -- the jobs (scheduler thread) -----------------------------------------------------

    def tick(self, now: datetime) -> None:
        with self._db.session_scope() as session:
            result = evaluate_sla(session, now)
        self.sla_checked.emit(result)
        actor = self.actor()
        if actor is None:
            return
        with self._lock:
            first, self._summarised = not self._summarised, True
        user, store = actor.user_id, actor.store_id
        with self._db.session_scope() as session:
            if first:
                summary = fell_due_while_closed(session, now, user, store)
            due = due_scan(session, now, user, store)
            mark_notified(session, [r.id for r in due], now)
        if first:
            if summary.total:
                self.start_summary.emit(summary)
        elif due:
            self.reminders_due.emit(due)

    def daily(self, now: datetime) -> None:
        try:
            # An import whose seat died half-way is taken back before anything counts on it.
            recover_abandoned(self._db)
            with self._db.session_scope() as session:
                created = generate_reminders(session, now)
            self.rules_ran.emit(created)
        finally:
            self.back_up(now)  # also when the rules failed

    def back_up(self, now: datetime) -> None:
        """The day's copy, when none was made today; a failure is told, never raised."""
        try:
            taken = daily_backup(self._db, now)
        except CareDeskError as exc:
            log.warning("daily backup failed: %s", exc.message)
            self.backup_failed.emit(exc.message)
            return
        if taken is not None:
            self.backup_taken.emit(taken)


def attach_window(jobs: CareJobs, window) -> Announcer:
    """Announce `jobs`' findings in `window` (a MainWindow) for as long as it lives.

    The connections go to objects owned by the window, so they end with it.
    """
    announcer = Announcer(
        window.centralWidget(),
        window.open_reminder,
        lambda: window.show_screen("reminders"),
        open_backups=window.open_backups,
    )
    jobs.reminders_due.connect(announcer.announce)
    jobs.start_summary.connect(announcer.summarise)
    for signal in (jobs.reminders_due, jobs.start_summary, jobs.rules_ran, jobs.sla_checked):
        signal.connect(announcer.announce_changes)
    # The day's backup: the status bar's word on it is read again; a failure is said there.
    jobs.backup_taken.connect(announcer.announce_backup)
    jobs.backup_failed.connect(announcer.backup_failed)
    window.destroyed.connect(announcer.hide)
    jobs.set_actor(window.actor)
    return announcer
