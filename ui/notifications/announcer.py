"""Says what the scheduler found: one toast per reminder that fell due (and a tray
message while the window is not the active one), and at sign-in one summary of what
fell due while CareDesk was closed.

Opening a toast opens that reminder on the customer's profile (`open_reminder(id)`);
opening the summary shows the Reminders screen (`show_reminders()`). What a job changed
(reminders it made, complaints the SLA pass moved) goes on the change bus, as a save does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from app.formatting import format_count, format_datetime
from app.services.reminders.reminder_inbox import DueReminder, DueSummary
from app.services.reminders.reminder_settings import rule_names
from ui.notifications.toast import ToastStack
from ui.notifications.tray import TrayNotifier
from ui.workers import change_bus

# What the scheduler's jobs write: the SLA pass moves complaints and makes reminders.
JOB_KINDS = frozenset({"reminder", "complaint"})


class Announcer(QObject):
    def __init__(
        self,
        host: QWidget,
        open_reminder: Callable[[int], None],
        show_reminders: Callable[[], None],
        tray: TrayNotifier | None = None,
        open_backups: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(host)
        self._host = host
        self.toasts = ToastStack(host)
        self.tray = tray or TrayNotifier(self)
        self.tray.activated.connect(show_reminders)
        self._open_reminder = open_reminder
        self._show_reminders = show_reminders
        self._open_backups = open_backups or (lambda: None)

    def _window_active(self) -> bool:
        window = self._host.window()
        return window is not None and window is QApplication.activeWindow()

    def announce(self, due: tuple[DueReminder, ...]) -> None:
        names = rule_names()
        for reminder in due:
            title = names.get(reminder.rule, reminder.rule)
            who = reminder.customer_name or ""
            text = f"{who} · {reminder.title}" if who else reminder.title
            when = format_datetime(reminder.due_at)
            self.toasts.show(
                title, f"{text}\n{when}", lambda rid=reminder.id: self._open_reminder(rid)
            )
        if due and not self._window_active():
            first = due[0]
            text = first.customer_name or first.title
            if len(due) > 1:
                more = len(due) - 1
                text = self.tr("{who} and {count} more").format(who=text, count=format_count(more))
            self.tray.notify(self.tr("Reminders fell due"), text)

    def summarise(self, summary: DueSummary) -> None:
        names = rule_names()
        lines = [
            f"{names.get(rule, rule)}: {format_count(count)}"
            for rule, count in summary.by_rule.items()
        ]
        if summary.late:
            lines.append(
                self.tr("Late (their day passed while CareDesk was closed): {count}").format(
                    count=format_count(summary.late)
                )
            )
        title = self.tr("%n reminder(s) fell due while CareDesk was closed", "", summary.total)
        self.toasts.show(title, "\n".join(lines), self._show_reminders)
        self.tray.notify(title, ", ".join(lines))

    def announce_changes(self, found: object = None) -> None:
        """After a job that changed something, say so on the change bus (the badge and the
        screens that show reminders or complaints follow); a pass that changed nothing
        says nothing."""
        if _changed(found):
            change_bus().announce(JOB_KINDS, self)

    def announce_backup(self, _info: object = None) -> None:
        """The day's backup was made: whoever shows the last backup reads it again."""
        change_bus().announce({"backup"}, self)

    def backup_failed(self, message: str) -> None:
        """The day's backup could not be made (a full or missing disk): a toast that stays
        until read, as a reminder does, since nothing else would tell anyone."""
        self.toasts.show(self.tr("The daily backup failed"), message, self._open_backups)

    def hide(self) -> None:
        self.tray.hide()


def _changed(found: object) -> bool:
    """Whether a job's result is worth a refresh: reminders, a summary, rules that
    created some, or an SLA pass that moved a complaint."""
    if isinstance(found, dict):
        return any(found.values())
    if hasattr(found, "at_risk"):
        return bool(found.at_risk or found.breached or found.escalated)
    return bool(found)
