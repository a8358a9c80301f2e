"""The Dashboard's Export button: the KPI table, or the table with a breakdown, to Excel
or CSV, and the one-page PDF summary, for the period and filters on screen.

Each runs on a worker (ui/workers.py) as one unit of work: the figures are computed and
the file written there (app/services/exports/kpi_exports.py). `finished(text)` says
where the file went, `failed(text)` why nothing was written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QWidget

from app.db import Database
from app.services.actor import Actor
from app.services.exports.kpi_exports import export_kpi_table, export_summary_pdf
from app.services.kpis.catalogue import DIMENSIONS, dimension_names
from app.services.kpis.period import Period
from app.services.kpis.results import KpiFilter
from ui.errors import failure_message
from ui.workers import Task, run_query

SETTINGS_FOLDER = "dashboard/export_folder"


class DashboardExport(QObject):
    """`shown()` gives the (period, filters) on screen when an export starts."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        window: QWidget,
        shown: Callable[[], tuple[Period, KpiFilter]],
    ) -> None:
        super().__init__(window)
        self._db = db
        self._actor = actor
        self._window = window
        self._shown = shown
        self._task: Task | None = None
        self.button = QPushButton(self.tr("E&xport"), objectName="DashboardExport")
        self.button.setToolTip(
            self.tr("Write the figures of this period to Excel, CSV or a one-page PDF")
        )
        menu = QMenu(self.button)
        menu.addAction(self.tr("KPI table (Excel or CSV)…"), lambda: self.ask_table(None))
        breakdown = menu.addMenu(self.tr("KPI table broken down by"))
        for dim in DIMENSIONS:
            breakdown.addAction(
                dimension_names()[dim] + "…", lambda _checked=False, d=dim: self.ask_table(d)
            )
        menu.addSeparator()
        menu.addAction(self.tr("One-page summary (PDF)…"), self.ask_pdf)
        self.button.setMenu(menu)
        self.menu = menu

    def is_busy(self) -> bool:
        return self._task is not None and self._task.is_running

    # -- asking where ----------------------------------------------------------------------

    def _folder(self) -> str:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return str(QSettings().value(SETTINGS_FOLDER, documents) or documents)

    def _file_name(self, by: str | None, suffix: str) -> str:
        period, _filters = self._shown()
        stem = self.tr("kpi-{start}-{end}").format(start=period.start, end=period.end)
        if by:
            stem += f"-{by}"
        return str(Path(self._folder()) / f"{stem}.{suffix}")

    def ask_table(self, by: str | None) -> None:
        excel, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, comma-separated (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export the KPI table"),
            self._file_name(by, "xlsx"),
            f"{excel};;{csv}",
        )
        if path:
            fmt = "csv" if chosen == csv or path.lower().endswith(".csv") else "xlsx"
            self.export_table(_with_suffix(path, fmt), fmt, by)

    def ask_pdf(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export the one-page summary"),
            self._file_name(None, "pdf"),
            self.tr("PDF document (*.pdf)"),
        )
        if path:
            self.export_pdf(_with_suffix(path, "pdf"))

    # -- writing ---------------------------------------------------------------------------

    def export_table(self, path: str, fmt: str, by: str | None = None) -> Task | None:
        if self.is_busy():
            return None
        period, filters = self._shown()
        self._remember(path)
        self._task = run_query(
            self._db,
            export_kpi_table,
            self._actor,
            period,
            filters,
            by,
            path,
            fmt,
            on_done=self._written,
            on_error=self._not_written,
            context=self,
        )
        self.button.setEnabled(False)
        return self._task

    def export_pdf(self, path: str) -> Task | None:
        if self.is_busy():
            return None
        period, filters = self._shown()
        self._remember(path)
        self._task = run_query(
            self._db,
            export_summary_pdf,
            self._actor,
            period,
            filters,
            path,
            on_done=self._written,
            on_error=self._not_written,
            context=self,
        )
        self.button.setEnabled(False)
        return self._task

    def _remember(self, path: str) -> None:
        QSettings().setValue(SETTINGS_FOLDER, str(Path(path).parent))

    def _written(self, written: object) -> None:
        self.button.setEnabled(True)
        paths = written if isinstance(written, tuple) else (written,)
        self.finished.emit(
            self.tr("Written to {paths}").format(paths=", ".join(str(p) for p in paths))
        )

    def _not_written(self, exc: BaseException) -> None:
        self.button.setEnabled(True)
        self.failed.emit(
            failure_message(
                exc,
                "The Dashboard export failed",
                self.tr(
                    "The file could not be written. Check the folder and that the file is "
                    "not open in another program, then try again."
                ),
            )
        )


def _with_suffix(path: str, suffix: str) -> str:
    return path if path.lower().endswith(f".{suffix}") else f"{path}.{suffix}"
