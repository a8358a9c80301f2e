"""The status bar's word on backups: when the last good copy was made, and a warning once
it is more than three days old (or there is none). SQLite only: a PostgreSQL server's
backups are its administrator's business, and the label stays hidden."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from app.db import Database
from app.formatting import format_datetime
from app.services.backups.backup_desk import BackupStatus, backup_status
from ui.workers import Change, Task, change_bus, run_query

# The age of the last copy crosses three days while the window is open: look again now and then.
RECHECK_MS = 30 * 60 * 1000


class BackupStatusLabel(QLabel):
    def __init__(self, db: Database, can_back_up: bool, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("BackupStatus")
        self._db = db
        self._can_back_up = can_back_up
        self._task: Task | None = None
        self.status: BackupStatus | None = None
        self.setVisible(False)
        change_bus().changed.connect(self._changed)
        self._timer = QTimer(self, interval=RECHECK_MS)
        self._timer.timeout.connect(self.refresh)
        if db.is_sqlite:
            self._timer.start()
            self.refresh()

    def refresh(self) -> None:
        if self._task is not None and self._task.is_running:
            return
        self._task = run_query(
            self._db, backup_status, self._db, on_done=self.show_status, on_error=self._unknown
        )

    def _changed(self, change: Change) -> None:
        if "backup" in change.kinds:
            self.refresh()

    def show_status(self, status: BackupStatus) -> None:
        self.status = status
        self.setVisible(status.applies)
        if not status.applies:
            return
        if status.last is None:
            text = self.tr("No backup yet")
        else:
            text = self.tr("Last backup: {when}").format(when=format_datetime(status.last))
        self.setText(f"⚠ {text}" if status.warn else text)
        self.setProperty("tone", "warning" if status.warn else "")
        self.style().unpolish(self)
        self.style().polish(self)
        if status.warn:
            advice = (
                self.tr("No backup for more than 3 days. Make one in Admin > Backups.")
                if self._can_back_up
                else self.tr(
                    "No backup for more than 3 days. Ask an administrator to make one "
                    "(Admin > Backups)."
                )
            )
        else:
            advice = self.tr("A copy of the data is made every day.")
        self.setToolTip(advice)

    def _unknown(self, exc: BaseException) -> None:
        # The backup folder is on a disk that is gone: say it as a warning, never a dialog.
        self.show_status(BackupStatus(True, None, True))
