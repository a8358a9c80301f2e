"""Export the filtered call log to a CSV or Excel file, with progress and Cancel.

The file is written on a worker (app.services.contacts.call_log_export); the window stays alive
and the person sees how far it is. A cancelled or failed export leaves no file behind.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.db import Database
from app.errors import CareDeskError
from app.services.contacts.call_log import CallLogFilter
from app.services.contacts.call_log_export import export_call_log
from app.timeutil import local_date, now_utc
from ui.errors import log_exception, user_message
from ui.workers import Task, run_query

SETTINGS_FOLDER = "calls/export_folder"


class CallExport(QObject):
    """`finished(count, path)`, `failed(message)` or `cancelled()` ends each export;
    `progressed(percent)` on the way."""

    progressed = Signal(int)
    finished = Signal(int, str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, db: Database, window: QWidget) -> None:
        super().__init__(window)
        self._db = db
        self._window = window
        self._task: Task | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.message_box: QMessageBox | None = None

    def is_busy(self) -> bool:
        return self._task is not None and self._task.is_running

    # -- where to --------------------------------------------------------------------------

    def ask_and_export(self, fmt: str, f: CallLogFilter) -> None:
        """Ask where to save (`fmt` "csv" or "xlsx"), then export there."""
        if self.is_busy():
            return
        folder = str(QSettings().value(SETTINGS_FOLDER, "")) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        name = self.tr("call-log-{day}").format(day=local_date(now_utc()).isoformat())
        kinds = {
            "csv": self.tr("CSV file (*.csv)"),
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
        }
        path, _kind = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export the call log"),
            str(Path(folder) / f"{name}.{fmt}"),
            kinds[fmt],
        )
        if not path:
            return
        if Path(path).suffix.lower() != f".{fmt}":
            path += f".{fmt}"
        QSettings().setValue(SETTINGS_FOLDER, str(Path(path).parent))
        self.export_to(path, f)

    # -- the work ------------------------------------------------------------------------

    def export_to(self, path: str, f: CallLogFilter) -> Task | None:
        """Write the contacts matching `f` to `path` (format from its extension)."""
        if self.is_busy():
            return None
        dialog = QProgressDialog(
            self.tr("Exporting the call log…"), self.tr("Cancel"), 0, 100, self._window
        )
        dialog.setObjectName("ExportProgress")
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(420)  # room for "Exporting…: 1,234,000 of 5,000,000 contacts"
        # Closed here when the worker ends, not by Qt when the bar reaches 100 %.
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        self.progress_dialog = dialog
        self._task = run_query(
            self._db,
            export_call_log,
            f,
            path,
            on_done=lambda count: self._done(count, path),
            on_error=self._failed,
            on_progress=self._progress,
            on_cancelled=self._cancelled,
            context=self,
            with_control=True,
        )
        dialog.canceled.connect(self._task.cancel)
        dialog.show()
        return self._task

    def cancel(self) -> None:
        """Stop the export under way (as its Cancel button does)."""
        if self._task is not None:
            self._task.cancel()

    def _progress(self, percent: int, text: str) -> None:
        self.progressed.emit(percent)
        dialog = self._dialog()
        if dialog is not None and not dialog.wasCanceled():
            dialog.setValue(percent)
            if text:
                dialog.setLabelText(
                    self.tr("Exporting the call log: {progress}").format(progress=text)
                )

    def _done(self, count: int, path: str) -> None:
        self._close_progress()
        text = self.tr("%n contact(s) exported to:\n{path}", "", count).format(path=path)
        self._tell(QMessageBox.Icon.Information, text)
        self.finished.emit(count, path)

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        if isinstance(exc, CareDeskError):
            text, advice = exc.message, ""
        elif isinstance(exc, OSError):
            # A full disk, a file open in Excel, a folder that is not writable.
            log_exception(exc, "Call log export: the file could not be written")
            text = self.tr("The file could not be written: {reason}").format(
                reason=exc.strerror or str(exc)
            )
            advice = self.tr(
                "Close the file if it is open in another program, or choose "
                "another folder, and export again."
            )
        else:
            log_exception(exc, "Call log export failed")
            text, advice = user_message(exc)
        self._tell(QMessageBox.Icon.Warning, text, advice)
        self.failed.emit(text)

    def _cancelled(self) -> None:
        self._close_progress()
        self.cancelled.emit()

    # -- dialogs -------------------------------------------------------------------------

    def _dialog(self) -> QProgressDialog | None:
        dialog = self.progress_dialog
        return dialog if dialog is not None and shiboken6.isValid(dialog) else None

    def _close_progress(self) -> None:
        dialog = self._dialog()
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        self.progress_dialog = None

    def _tell(self, icon: QMessageBox.Icon, text: str, advice: str = "") -> None:
        box = QMessageBox(
            icon, self.tr("Export"), text, QMessageBox.StandardButton.Ok, self._window
        )
        box.setObjectName("ExportMessage")
        if advice:
            box.setInformativeText(advice)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()
