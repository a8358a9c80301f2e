"""Admin > Backups: where the copies go, the copies there, Back up now and Restore.

SQLite: the day's copy is made by the morning run (or at the next start when the PC was
off); here an administrator makes one at once, moves the copies to another folder (a USB
disk, a synced folder) or brings one back. PostgreSQL: the server's administrator keeps
the backups; the tab says so and shows the command.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.formatting import format_count, format_datetime, format_size
from app.services.actor import Actor
from app.services.backups.backup_desk import (
    BackupsView,
    back_up_now,
    check_restore,
    choose_backup_folder,
    read_backups,
    restore_now,
)
from app.services.backups.manifest import BackupInfo
from ui.admin.backup_dialogs import BackupProgress, confirm_restore, restored_text
from ui.errors import failure_message
from ui.workers import Task, run_change, run_query

# (counts key, column title) of the records a copy is described by.
COUNTED = ("customers", "interactions", "complaints", "claims")


class BackupsTab(QWidget):
    """`restored(RestoreResult)` after a restore replaced the data."""

    restored = Signal(object)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._task: Task | None = None
        self._view: BackupsView | None = None
        self.progress: BackupProgress | None = None
        self.confirmation: QMessageBox | None = None

        self.folder_label = QLabel("", objectName="BackupFolder")
        self.folder_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("C&hoose folder…"), objectName="ChooseFolder")
        self.choose_button.setToolTip(
            self.tr("Keep the copies on a USB disk or in a folder that is copied elsewhere")
        )
        self.choose_button.clicked.connect(self.choose_folder)
        self.open_button = QPushButton(self.tr("&Open folder"), objectName="OpenFolder")
        self.open_button.clicked.connect(self.open_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.open_button)

        self.last_label = QLabel("", objectName="LastBackup")
        self.last_label.setWordWrap(True)
        self.rule_label = QLabel(
            self.tr(
                "A copy is made every morning (at the next start when the PC was off). "
                "The newest copy of each of the last 7 days, 4 weeks and 12 months is kept."
            ),
            objectName="BackupRule",
        )
        self.rule_label.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("&Back up now"), objectName="BackUpNow")
        self.backup_button.clicked.connect(self.back_up)
        self.restore_selected_button = QPushButton(
            self.tr("&Restore this copy…"), objectName="RestoreSelected"
        )
        self.restore_selected_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(
            self.tr("Restore from a &file…"), objectName="RestoreFile"
        )
        self.restore_file_button.setToolTip(
            self.tr("Bring back a backup copied to a USB disk or received from another PC")
        )
        self.restore_file_button.clicked.connect(self.restore_file)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_selected_button, self.restore_file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.table = QTableWidget(0, 3 + len(COUNTED), objectName="BackupsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Made on"),
                self.tr("Size"),
                self.tr("Customers"),
                self.tr("Contacts"),
                self.tr("Complaints"),
                self.tr("Claims"),
                self.tr("File"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.table.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.message_label = QLabel("", objectName="BackupMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.pg_label = QLabel("", objectName="ServerBackups")
        self.pg_label.setWordWrap(True)
        self.pg_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(folder_row)
        layout.addWidget(self.last_label)
        layout.addWidget(self.rule_label)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.pg_label)
        self._show_mode(sqlite=db.is_sqlite)

    # -- reading ---------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._task is not None and self._task.is_running

    def refresh(self) -> Task | None:
        if self.is_busy():
            return None
        self._task = run_query(
            self._db, read_backups, self._db, on_done=self.set_view, on_error=self._read_failed
        )
        return self._task

    def view(self) -> BackupsView | None:
        return self._view

    def set_view(self, view: BackupsView) -> None:
        self._view = view
        self._show_mode(view.sqlite)
        if not view.sqlite:
            self.pg_label.setText(
                self.tr(
                    "This database is on a PostgreSQL server. Backing it up is the server "
                    "administrator's job, with the server's own tools; a copy of it can be "
                    "made with:\n{command}"
                ).format(command=view.pg_command)
            )
            return
        self.folder_label.setText(
            self.tr("Copies are kept in: {folder}").format(folder=view.folder)
        )
        status = view.status
        if status.last is None:
            text = self.tr("No backup has been made yet.")
        else:
            text = self.tr("Last good backup: {when}.").format(when=format_datetime(status.last))
        if status.warn:
            text += " " + self.tr("Make one now: a copy older than 3 days can lose days of work.")
        self.last_label.setText(text)
        self.last_label.setProperty("tone", "warning" if status.warn else "")
        self.last_label.style().unpolish(self.last_label)
        self.last_label.style().polish(self.last_label)
        self._fill(view.backups)

    def _fill(self, backups: tuple[BackupInfo, ...]) -> None:
        self.table.setRowCount(len(backups))
        for row, info in enumerate(backups):
            cells = [format_datetime(info.taken_at), format_size(info.size)]
            cells += [format_count(info.counts.get(key, 0)) for key in COUNTED]
            cells.append(info.path.name)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path) if column == len(cells) - 1 else text)
                self.table.setItem(row, column, item)
        if backups:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self._view is None:
            return None
        return self._view.backups[rows[0].row()]

    def _show_mode(self, sqlite: bool) -> None:
        for widget in (
            self.folder_label,
            self.choose_button,
            self.open_button,
            self.last_label,
            self.rule_label,
            self.backup_button,
            self.restore_selected_button,
            self.restore_file_button,
            self.table,
        ):
            widget.setVisible(sqlite)
        self.pg_label.setVisible(not sqlite)

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        for button in (self.backup_button, self.restore_file_button, self.choose_button):
            button.setEnabled(not busy)
        self.restore_selected_button.setEnabled(not busy and self.selected() is not None)

    def _read_failed(self, exc: BaseException) -> None:
        self._say(
            failure_message(
                exc,
                "Backups could not be listed",
                self.tr("The backup folder could not be read. Check that the disk is connected."),
            ),
            error=True,
        )

    def _say(self, text: str, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        self.message_label.setProperty("tone", "error" if error else "")
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)

    # -- the folder ------------------------------------------------------------------------

    def choose_folder(self) -> None:
        start = str(self._view.folder) if self._view else ""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Keep the backups in"), start)
        if folder:
            self.set_folder(folder)

    def set_folder(self, folder: str) -> Task | None:
        if self.is_busy():
            return None
        self._task = run_change(
            self._db,
            choose_backup_folder,
            self._actor,
            folder,
            on_done=self._folder_chosen,
            on_error=self._failed,
            context=self,
        )
        self._update_buttons()
        return self._task

    def _folder_chosen(self, folder: Path) -> None:
        self._say(self.tr("From now on the copies are kept in {folder}.").format(folder=folder))
        self._task = None
        self.refresh()

    def open_folder(self) -> None:
        if self._view is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._view.folder)))

    # -- back up ---------------------------------------------------------------------------

    def back_up(self) -> Task | None:
        if self.is_busy():
            return None
        self.progress = BackupProgress(self, self.tr("Making a backup…"), cancellable=True)
        self._task = run_change(
            self._db,
            back_up_now,
            self._db,
            self._actor,
            on_done=self._backed_up,
            on_error=self._failed,
            on_progress=self.progress.show_progress,
            on_cancelled=self._cancelled,
            context=self,
            with_control=True,
        )
        self.progress.canceled.connect(self._task.cancel)
        self._update_buttons()
        return self._task

    def _backed_up(self, info: BackupInfo) -> None:
        self._close_progress()
        self._say(
            self.tr("Backup made: {file} ({size}).").format(
                file=info.path, size=format_size(info.size)
            )
        )
        self._task = None
        self.refresh()

    def _cancelled(self) -> None:
        self._close_progress()
        self._say(self.tr("The backup was cancelled; nothing was written."))
        self._task = None
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        self._say(
            failure_message(
                exc,
                "Backup or restore failed",
                self.tr("It did not work, and the data was left as it was. Try again."),
            ),
            error=True,
        )
        self._task = None
        self._update_buttons()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.finish()
            self.progress = None

    # -- restore ---------------------------------------------------------------------------

    def restore_selected(self) -> Task | None:
        info = self.selected()
        return None if info is None else self.restore_path(info.path)

    def restore_file(self) -> None:
        start = str(self._view.folder) if self._view else ""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore a backup"),
            start,
            self.tr("CareDesk backups (*.zip);;All files (*)"),
        )
        if path:
            self.restore_path(Path(path))

    def restore_path(self, path: Path) -> Task | None:
        """Check `path`, ask the administrator, then restore it."""
        if self.is_busy():
            return None
        self._say("")
        self._task = run_query(
            self._db,
            check_restore,
            self._actor,
            path,
            on_done=lambda info: self._confirm(path, info),
            on_error=self._failed,
            context=self,
        )
        self._update_buttons()
        return self._task

    def _confirm(self, path: Path, info: BackupInfo) -> None:
        self._task = None
        self._update_buttons()
        self.confirmation = confirm_restore(self, info, lambda: self._restore(path))
        self.confirmation.open()

    def _restore(self, path: Path) -> None:
        self.progress = BackupProgress(self, self.tr("Restoring the backup…"), cancellable=False)
        self._task = run_change(
            self._db,
            restore_now,
            self._db,
            self._actor,
            path,
            on_done=self._restored,
            on_error=self._failed,
            on_progress=self.progress.show_progress,
            context=self,
            with_control=True,
        )
        self._update_buttons()

    def _restored(self, result) -> None:
        self._close_progress()
        self._say(restored_text(result))
        self._task = None
        self.restored.emit(result)
        self.refresh()
