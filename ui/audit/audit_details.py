"""The selected audit entry in full: every field it names, before and after."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_datetime
from app.services.audit_views import NamedEntry
from ui.audit.audit_text import AuditFormatter


class AuditDetails(QFrame):
    """A heading (when, who, what) over a Field / Before / After table, and Open record."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AuditDetails")
        self.heading = QLabel("", objectName="DetailsHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("&Open record"), objectName="OpenRecord")
        self.open_button.setEnabled(False)
        self.changes = QTableWidget(0, 3, objectName="DetailsChanges")
        self.changes.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        self.changes.verticalHeader().hide()
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.changes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.changes.setShowGrid(False)
        self.changes.setAlternatingRowColors(True)
        header = self.changes.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.no_changes = QLabel("", objectName="EmptyState")
        self.no_changes.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_changes.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.no_changes, 1)
        self.show_entry(None, AuditFormatter())

    def show_entry(self, named: NamedEntry | None, labels: AuditFormatter) -> None:
        self.changes.setRowCount(0)
        if named is None:
            self.heading.setText(self.tr("Select an entry to see everything it changed."))
            self._show_table(False, "")
            return
        row = named.entry
        who = labels.who(named)
        if named.actor_name:
            who = f"{who} ({row.actor})"  # the username too: it is what the filter lists
        self.heading.setText(
            self.tr("{time} · {who} · {action} · {entity} {record}").format(
                time=format_datetime(row.at),
                who=who,
                action=labels.action(row.action),
                entity=labels.entity(row.entity),
                record=labels.record(named),
            )
        )
        changes = labels.changes(named)
        for number, values in enumerate(changes):
            self.changes.insertRow(number)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.changes.setItem(number, column, item)
        self._show_table(
            bool(changes),
            self.tr("This entry records the action only: no field values were kept with it."),
        )

    def _show_table(self, has_changes: bool, empty_text: str) -> None:
        self.changes.setVisible(has_changes)
        self.no_changes.setText(empty_text)
        self.no_changes.setVisible(not has_changes and bool(empty_text))

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table shows, row by row."""
        return [
            tuple(self.changes.item(r, c).text() for c in range(3))  # type: ignore[misc]
            for r in range(self.changes.rowCount())
        ]
