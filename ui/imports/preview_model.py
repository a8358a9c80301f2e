"""The preview table: every row of the plan as it will be stored, served from the plan.

Nothing is copied per row: a 100,000-row file is 100,000 references in the plan and,
with "Only rows with problems", one list of their positions. A cell with an error is
tinted red, bold and marked with an icon; one with a note is tinted amber; the messages
are its tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from app.services.imports.fields import field_label
from app.services.imports.report import RowIssue
from app.services.imports.runner import Plan
from ui.imports.mapping_check import column_name
from ui.imports.value_text import MONEY_FIELDS, NUMBER_FIELDS, stored_text
from ui.models.column_model import Index

ROW, ACTION = "row", "action"
ERROR_TINT, NOTE_TINT = "#fde2e0", "#fff0c2"
ERROR_TEXT = "#8a1c1c"
ACTION_COLOURS = {"create": "#1f7a3d", "update": "#1d4ed8", "skip": "#616e7c", "error": "#b42318"}

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
Role = Qt.ItemDataRole


def action_labels() -> dict[str, str]:
    """What happens to a row, as the preview says it."""
    return {
        "create": QCoreApplication.translate("ImportAction", "New"),
        "update": QCoreApplication.translate("ImportAction", "Update"),
        "skip": QCoreApplication.translate("ImportAction", "Skip"),
        "error": QCoreApplication.translate("ImportAction", "Error"),
    }


def has_problem(row: Any, action: str) -> bool:
    return action == "error" or bool(row.errors) or bool(row.notes)


class PreviewModel(QAbstractTableModel):
    """Columns: the row's number, what happens to it, then each field chosen, in the
    file's column order. Qt.UserRole gives the row's position in the plan."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plan: Plan | None = None
        self._columns: tuple[str, ...] = (ROW, ACTION)
        self._sources: dict[str, str] = {}  # field -> the file's name for its column
        self._problems: list[int] | None = None
        self._problems_only = False
        self._labels = action_labels()
        self._error_icon: QIcon = QApplication.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxCritical
        )
        self._bold = QFont()
        self._bold.setBold(True)

    # -- contents --------------------------------------------------------------------------

    def set_plan(self, plan: Plan | None) -> None:
        self.beginResetModel()
        self._plan = plan
        self._problems = None
        if plan is None:
            self._columns, self._sources = (ROW, ACTION), {}
        else:
            order = sorted(plan.mapping)
            self._columns = (ROW, ACTION, *(plan.mapping[i] for i in order))
            self._sources = {plan.mapping[i]: column_name(plan.header.names, i) for i in order}
        self.endResetModel()

    def plan(self) -> Plan | None:
        return self._plan

    def columns(self) -> tuple[str, ...]:
        """The column keys: "row", "action", then field names."""
        return self._columns

    def set_problems_only(self, only: bool) -> None:
        if only == self._problems_only:
            return
        self.beginResetModel()
        self._problems_only = only
        self.endResetModel()

    def problems_only(self) -> bool:
        return self._problems_only

    def problem_positions(self) -> Sequence[int]:
        """Positions in the plan of the rows with an error or a note (found once)."""
        if self._problems is None:
            plan = self._plan
            self._problems = (
                []
                if plan is None
                else [
                    i
                    for i, (row, decision) in enumerate(zip(plan.rows, plan.decisions, strict=True))
                    if has_problem(row, decision.action)
                ]
            )
        return self._problems

    def position(self, row: int) -> int:
        """The plan position of table row `row`."""
        return self.problem_positions()[row] if self._problems_only else row

    def row_at(self, row: int) -> tuple[Any, str]:
        """(the checked row, its action) shown at table row `row`."""
        assert self._plan is not None
        position = self.position(row)
        return self._plan.rows[position], self._plan.decisions[position].action

    def issues(self, row: int, column: int) -> tuple[list[RowIssue], list[RowIssue]]:
        """(errors, notes) that belong to one cell; whole-row ones belong to the first."""
        checked, _action = self.row_at(row)
        key = self._columns[column]
        return (
            [i for i in checked.errors if self._column_of(i) == key],
            [i for i in checked.notes if self._column_of(i) == key],
        )

    def _column_of(self, issue: RowIssue) -> str:
        return issue.field if issue.field in self._sources else ROW

    def text(self, row: int, key: str) -> str:
        """What column `key` shows at `row` (for tests and copying)."""
        return str(self.index(row, self._columns.index(key)).data() or "")

    # -- Qt ----------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() or self._plan is None:
            return 0
        return len(self.problem_positions()) if self._problems_only else len(self._plan.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        key = self._columns[section]
        if role == Role.DisplayRole:
            if key == ROW:
                return self.tr("Row")
            if key == ACTION:
                return self.tr("What happens")
            return field_label(key)
        if role == Role.ToolTipRole and key in self._sources:
            return self.tr("From the file's column “{column}”").format(column=self._sources[key])
        return None

    def data(self, index: Index, role: int = Role.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        key = self._columns[index.column()]
        if role == Role.UserRole:
            return self.position(index.row())
        checked, action = self.row_at(index.row())
        if role == Role.DisplayRole:
            return self._display(checked, action, key, index)
        if role == Role.TextAlignmentRole:
            return _RIGHT if key in MONEY_FIELDS or key in NUMBER_FIELDS else None
        if key == ACTION:
            if role == Role.ForegroundRole:
                return QBrush(QColor(ACTION_COLOURS.get(action, ERROR_TEXT)))
            return None
        errors, notes = self.issues(index.row(), index.column())
        if not errors and not notes:
            return None
        if role == Role.ToolTipRole:
            return "\n".join(i.message for i in errors + notes)
        if role == Role.BackgroundRole:
            return QBrush(QColor(ERROR_TINT if errors else NOTE_TINT))
        if errors and role == Role.ForegroundRole:
            return QBrush(QColor(ERROR_TEXT))
        if errors and role == Role.FontRole:
            return self._bold
        if errors and role == Role.DecorationRole:
            return self._error_icon
        return None

    def _display(self, checked: Any, action: str, key: str, index: QModelIndex) -> str:
        if key == ROW:
            return str(checked.number)
        if key == ACTION:
            return self._labels.get(action, action)
        shown = stored_text(key, checked)
        if shown:
            return shown
        # A cell that could not be read shows what the file says; the reason is its tooltip.
        return getattr(checked, "rejected", {}).get(key, "")
