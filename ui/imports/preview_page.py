"""Step 4: every row checked against CareDesk, then shown as it will be stored.

The check runs on a worker with a progress bar and Stop. Then a summary of what the
import will do, and the rows: errors in red, notes in amber, each message in the cell's
tooltip and, for the selected row, in full under the table.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_count
from app.services.imports.fields import CALLS, PURCHASES, field_label
from app.services.imports.report import RowIssue
from app.services.imports.runner import Plan
from ui.imports.preview_model import PreviewModel
from ui.imports.tint_delegate import TintDelegate
from ui.widgets.record_table import make_record_table, select_row

MAX_COLUMN_WIDTH = 260
FITTED_ROWS = 100
DETAIL_LINES = 6


class PreviewPage(QWidget):
    """`stop_requested()` when Stop is pressed during the check."""

    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportPreviewPage")
        self._counts: Counter[str] = Counter()

        self.progress_label = QLabel("", objectName="BusyState")
        self.progress_label.setWordWrap(True)
        self.progress_bar = QProgressBar(objectName="ImportCheckProgress")
        self.progress_bar.setRange(0, 100)
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.setAutoDefault(False)
        self.stop_button.clicked.connect(self.stop_requested)
        bar_row = QHBoxLayout()
        bar_row.addWidget(self.progress_bar, 1)
        bar_row.addWidget(self.stop_button)
        self.progress_box = QWidget()
        progress = QVBoxLayout(self.progress_box)
        progress.setContentsMargins(0, 0, 0, 0)
        progress.addWidget(self.progress_label)
        progress.addLayout(bar_row)

        self.banner = QLabel("", objectName="FormBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.summary_label = QLabel("", objectName="SectionTitle")
        self.summary_label.setWordWrap(True)
        self.hint_label = QLabel("", objectName="DialogIntro")
        self.hint_label.setWordWrap(True)
        self.problems_check = QCheckBox(self.tr("&Only rows with problems"))
        self.problems_check.toggled.connect(self._problems_only)

        self.model = PreviewModel(self)
        self.table = make_record_table(self.model, "ImportPreviewTable")
        self.table.setItemDelegate(TintDelegate(self.table))
        rows = self.table.verticalHeader()
        # Every row the same height: Qt never measures 100,000 rows.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        # Column widths from the first rows, not from a thousand (Qt's default).
        self.table.horizontalHeader().setResizeContentsPrecision(FITTED_ROWS)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail_label = QLabel("", objectName="ImportRowDetail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.result_box = QWidget()
        result = QVBoxLayout(self.result_box)
        result.setContentsMargins(0, 0, 0, 0)
        result.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.problems_check, 0, Qt.AlignmentFlag.AlignBottom)
        result.addLayout(top)
        result.addWidget(self.hint_label)
        result.addWidget(self.table, 1)
        result.addWidget(self.detail_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.progress_box)
        layout.addWidget(self.banner)
        layout.addWidget(self.result_box, 1)
        self.show_checking()

    # -- states ------------------------------------------------------------------------------

    def show_checking(self) -> None:
        self._counts = Counter()
        self.model.set_plan(None)
        self.progress_label.setText(self.tr("Checking every row against CareDesk…"))
        self.progress_bar.setValue(0)
        self.progress_box.show()
        self.stop_button.setEnabled(True)
        self.banner.hide()
        self.result_box.hide()

    def show_progress(self, percent: int, text: str) -> None:
        self.progress_bar.setValue(percent)
        if text:
            self.progress_label.setText(text)

    def show_failure(self, message: str) -> None:
        self.progress_box.hide()
        self.result_box.hide()
        self.banner.setText(message)
        self.banner.show()

    def show_plan(self, plan: Plan) -> None:
        self.progress_box.hide()
        self.banner.hide()
        self._counts = Counter(d.action for d in plan.decisions)
        self.summary_label.setText(summary_text(plan, self._counts))
        self.hint_label.setText(self._hint())
        self.model.set_plan(plan)
        self.model.set_problems_only(self.problems_check.isChecked())
        self.result_box.show()
        self._fit_columns()
        if self.model.rowCount():
            select_row(self.table, 0)
        else:
            self._show_detail(None)

    def importable(self) -> int:
        """How many rows of the plan on screen Import would write."""
        return self._counts["create"] + self._counts["update"]

    def _hint(self) -> str:
        good = self.importable()
        if not good:
            return self.tr("Nothing to import: every row is skipped or has an error.")
        if self._counts["error"]:
            return self.tr(
                "Import saves the %n row(s) without errors; the rows with errors are left "
                "out and listed in the report, to correct and import again.",
                "",
                good,
            )
        return self.tr("Nothing is saved until you press Import.")

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            wanted = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            self.table.setColumnWidth(column, min(wanted, MAX_COLUMN_WIDTH))

    # -- rows --------------------------------------------------------------------------------

    def _problems_only(self, only: bool) -> None:
        if self.model.plan() is None:
            return
        self.model.set_problems_only(only)
        if self.model.rowCount():
            select_row(self.table, 0)
        else:
            self._show_detail(None)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show_detail(rows[0].row() if rows else None)

    def _show_detail(self, row: int | None) -> None:
        if row is None:
            empty = self.model.plan() is not None and self.model.problems_only()
            self.detail_label.setText(self.tr("No row has a problem.") if empty else "")
            return
        checked, _action = self.model.row_at(row)
        lines = [self._issue_line(i, self.tr("Error")) for i in checked.errors]
        lines += [self._issue_line(i, self.tr("Note")) for i in checked.notes]
        number = checked.number
        if not lines:
            self.detail_label.setText(self.tr("Row {row}: no problem.").format(row=number))
            return
        more = len(lines) - DETAIL_LINES
        shown = lines[:DETAIL_LINES] + (
            [self.tr("… and {count} more").format(count=format_count(more))] if more > 0 else []
        )
        self.detail_label.setText(
            self.tr("Row {row}:").format(row=number) + "\n" + "\n".join(shown)
        )

    def _issue_line(self, issue: RowIssue, kind: str) -> str:
        where = field_label(issue.field) if issue.field else issue.column
        if issue.column and issue.field:
            where = f"{where} (“{issue.column}”)"
        if not where:
            return f"{kind}: {issue.message}"
        return f"{kind} · {where}: {issue.message}"


def summary_text(plan: Plan, actions: Counter[str] | None = None) -> str:
    """ "1,234 rows: 1,100 new, 100 to update, 20 skipped, 14 with errors"; `actions`
    counts the plan's decisions when they were counted already."""
    actions = actions if actions is not None else Counter(d.action for d in plan.decisions)
    rows = len(plan.rows)
    translate = QCoreApplication.translate
    counts = {
        "new": format_count(actions["create"]),
        "update": format_count(actions["update"]),
        "skipped": format_count(actions["skip"]),
        "errors": format_count(actions["error"]),
    }
    if plan.options.kind == CALLS:  # a call is never updated; one already there is skipped
        counts["new"] = translate("ImportSummary", "{count} to import").format(count=counts["new"])
        return translate(
            "ImportSummary", "%n row(s): {new}, {skipped} skipped, {errors} with errors", "", rows
        ).format(**counts)
    if plan.options.kind != PURCHASES:
        return translate(
            "ImportSummary",
            "%n row(s): {new} new, {update} to update, {skipped} skipped, {errors} with errors",
            "",
            rows,
        ).format(**counts)
    counts["new"] = translate("ImportSummary", "%n new purchase(s)", "", actions["create"])
    text = translate(
        "ImportSummary", "%n row(s): {new}, {skipped} skipped, {errors} with errors", "", rows
    ).format(**counts)
    products = len(plan.extra.get("new_products", ()))
    if products:
        text += translate("ImportSummary", "; %n new product(s)", "", products)
    return text
