"""Export what a list screen shows to a CSV or Excel file, with progress and Cancel.

One controller for every list (calls, customers, complaints, claims, reminders, audit):
it owns the screen's Export button and its menu, asks where to save (starting in the
folder used last), runs the area's export service on a worker (ui/workers.py) with a
progress dialog and Cancel, then says how many rows went where, or why nothing did. The
service writes next to the destination and moves the file into place at the end, so a
cancelled or failed export leaves no file behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog, QPushButton, QWidget

from app.db import Database
from app.errors import CareDeskError
from app.timeutil import local_date, now_utc
from ui.errors import log_exception, user_message
from ui.workers import Task, run_query

FORMATS = ("csv", "xlsx")


class ListExport(QObject):
    """Exports `service(session, *shown(), path, control=...)`, which returns the number of
    rows written; `shown()` gives what the screen shows now (its filter, sort, queue...).

    `title` captions the file dialog, `file_stem` ("customers-{day}", translated by the
    screen) names the file offered, `settings_key` keeps the last folder (QSettings).
    `allowed` False hides the button (a role that may not read the list). `busy_text` and
    `done_text(count)` (with a {path} placeholder) may name the rows ("contacts").

    `finished(count, path)`, `failed(message)` or `cancelled()` ends each export;
    `progressed(percent)` on the way.
    """

    progressed = Signal(int)
    finished = Signal(int, str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        db: Database,
        window: QWidget,
        *,
        title: str,
        file_stem: str,
        settings_key: str,
        service: Callable[..., int],
        shown: Callable[[], tuple[Any, ...]],
        allowed: bool = True,
        busy_text: str = "",
        done_text: Callable[[int], str] | None = None,
    ) -> None:
        super().__init__(window)
        self._db = db
        self._window = window
        self._title = title
        self._file_stem = file_stem
        self._settings_key = settings_key
        self.service = service
        self._shown = shown
        self._busy_text = busy_text or self.tr("Exporting…")
        self._done_text = done_text or (
            lambda count: self.tr("%n row(s) exported to:\n{path}", "", count)
        )
        self._task: Task | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.message_box: QMessageBox | None = None
        self.button = self._make_button()
        if not allowed:
            self.button.hide()

    def _make_button(self) -> QPushButton:
        button = QPushButton(self.tr("E&xport"), objectName="ExportButton")
        button.setToolTip(
            self.tr("Save the rows this list shows to a CSV file or an Excel workbook")
        )
        menu = QMenu(button)
        menu.setObjectName("ExportMenu")
        self.csv_action = menu.addAction(self.tr("&CSV file…"), lambda: self.ask_and_export("csv"))
        self.xlsx_action = menu.addAction(
            self.tr("&Excel workbook…"), lambda: self.ask_and_export("xlsx")
        )
        button.setMenu(menu)
        return button

    def is_busy(self) -> bool:
        return self._task is not None and self._task.is_running

    # -- where to --------------------------------------------------------------------------

    def suggested_path(self, fmt: str) -> str:
        """The file the save dialog offers: the last folder used (else Documents) and
        the screen's file name with today's date, e.g. customers-2026-12-07.xlsx."""
        folder = str(QSettings().value(self._settings_key, "")) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        name = self._file_stem.format(day=local_date(now_utc()).isoformat())
        return str(Path(folder) / f"{name}.{fmt}")

    def ask_and_export(self, fmt: str) -> None:
        """Ask where to save (`fmt` "csv" or "xlsx"), then export there."""
        if self.is_busy() or self.button.isHidden():
            return
        kinds = {
            "csv": self.tr("CSV file (*.csv)"),
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
        }
        path, _kind = QFileDialog.getSaveFileName(
            self._window, self._title, self.suggested_path(fmt), kinds[fmt]
        )
        if not path:
            return
        if Path(path).suffix.lower() != f".{fmt}":
            path += f".{fmt}"
        QSettings().setValue(self._settings_key, str(Path(path).parent))
        self.export_to(path)

    # -- the work ------------------------------------------------------------------------

    def export_to(self, path: str) -> Task | None:
        """Write the rows the screen shows now to `path` (format from its extension)."""
        if self.is_busy():
            return None
        dialog = QProgressDialog(self._busy_text, self.tr("Cancel"), 0, 100, self._window)
        dialog.setObjectName("ExportProgress")
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(420)  # room for "1,234,000 of 5,000,000 contacts"
        # Closed here when the worker ends, not by Qt when the bar reaches 100 %.
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        self.progress_dialog = dialog
        self.button.setEnabled(False)
        self._task = run_query(
            self._db,
            self.service,
            *self._shown(),
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
                dialog.setLabelText(f"{self._busy_text}\n{text}")

    def _done(self, count: int, path: str) -> None:
        self._end()
        self._tell(QMessageBox.Icon.Information, self._done_text(count).format(path=path))
        self.finished.emit(count, path)

    def _failed(self, exc: BaseException) -> None:
        self._end()
        if isinstance(exc, CareDeskError):
            text, advice = exc.message, ""
        elif isinstance(exc, OSError):
            # A full disk, a file open in Excel, a folder that is not writable.
            log_exception(exc, f"Export ({self._settings_key}): the file could not be written")
            text = self.tr("The file could not be written: {reason}").format(
                reason=exc.strerror or str(exc)
            )
            advice = self.tr(
                "Close the file if it is open in another program, or choose "
                "another folder, and export again."
            )
        else:
            log_exception(exc, f"Export ({self._settings_key}) failed")
            text, advice = user_message(exc)
        self._tell(QMessageBox.Icon.Warning, text, advice)
        self.failed.emit(text)

    def _cancelled(self) -> None:
        self._end()
        self.cancelled.emit()

    # -- dialogs -------------------------------------------------------------------------

    def _dialog(self) -> QProgressDialog | None:
        dialog = self.progress_dialog
        return dialog if dialog is not None and shiboken6.isValid(dialog) else None

    def _end(self) -> None:
        self.button.setEnabled(True)
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
