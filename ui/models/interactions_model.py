"""Table model over the latest interactions (the call log lines on the Home screen)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtGui import QFont

from app.formatting import format_datetime, format_duration
from app.services.kpis.overview import InteractionLine
from app.text import ParsedPhone
from ui.labels import channel_labels, direction_labels, label, outcome_labels, topic_labels
from ui.models.column_model import ColumnTableModel, Index

COLUMNS = ("time", "customer", "channel", "direction", "topic", "outcome", "agent", "duration")


def _headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("InteractionsModel", "Time"),
        QCoreApplication.translate("InteractionsModel", "Customer"),
        QCoreApplication.translate("InteractionsModel", "Channel"),
        QCoreApplication.translate("InteractionsModel", "Direction"),
        QCoreApplication.translate("InteractionsModel", "Topic"),
        QCoreApplication.translate("InteractionsModel", "Outcome"),
        QCoreApplication.translate("InteractionsModel", "Agent"),
        QCoreApplication.translate("InteractionsModel", "Duration"),
    )


def national_phone(e164: str) -> str:
    """The number as agents read and type it (leading 0) rather than +84..."""
    return ParsedPhone(e164=e164, raw=e164).national


class ContactCells:
    """What a contact's cells say, for the Home screen's latest contacts and the call log.

    The labels are looked up once (per model reset), not once per painted cell.
    """

    def __init__(self) -> None:
        self.channels = channel_labels()
        self.directions = direction_labels()
        self.topics = topic_labels()
        self.outcomes = outcome_labels()
        self.unknown = QCoreApplication.translate("InteractionsModel", "Unknown caller")

    def topic(self, line: InteractionLine) -> str:
        """A supervisor's own topic by its name, a built-in one by its label."""
        return getattr(line, "topic_label", None) or label(self.topics, line.topic)

    def text(self, line: InteractionLine, column: str) -> str:
        match column:
            case "time":
                return format_datetime(line.started_at)
            case "customer":
                if line.customer_name:
                    return line.customer_name
                return national_phone(line.phone_e164) if line.phone_e164 else self.unknown
            case "channel":
                return label(self.channels, line.channel)
            case "direction":
                return label(self.directions, line.direction)
            case "topic":
                return self.topic(line)
            case "outcome":
                return label(self.outcomes, line.outcome)
            case "agent":
                return line.agent_name or ""
            case "duration":
                return format_duration(line.duration_seconds)
        return ""

    def customer_tooltip(self, line: InteractionLine) -> str:
        """Name, code and number of the customer; an unknown caller says so."""
        if line.customer_id is None:
            return QCoreApplication.translate(
                "InteractionsModel", "Unknown caller: not linked to a customer yet"
            )
        parts = [line.customer_name or ""]
        if line.customer_code:
            parts.append(
                QCoreApplication.translate("InteractionsModel", "Code: {code}").format(
                    code=line.customer_code
                )
            )
        if line.phone_e164:
            parts.append(national_phone(line.phone_e164))
        return "\n".join(p for p in parts if p)


class InteractionsModel(ColumnTableModel):
    """Read-only rows of InteractionLine; Qt.UserRole gives the interaction id."""

    columns = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: tuple[InteractionLine, ...] = ()
        self._load_labels()

    def _load_labels(self) -> None:
        self._headers = _headers()
        self._cells = ContactCells()

    def set_lines(self, lines: Sequence[InteractionLine]) -> None:
        self.beginResetModel()
        self._lines = tuple(lines)
        self._load_labels()
        self.endResetModel()

    def lines(self) -> tuple[InteractionLine, ...]:
        return self._lines

    def line_at(self, row: int) -> InteractionLine:
        return self._lines[row]

    def _row_count(self) -> int:
        return len(self._lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self._has_row(index):
            return None
        line = self._lines[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "customer":
            return self._cells.customer_tooltip(line)
        if role == Qt.ItemDataRole.ToolTipRole and column == "agent":
            # The column narrows first on small screens: the full name stays a hover away.
            return line.agent_name or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "duration":
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and column == "customer" and line.customer_id is None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return line.id
        return None

    def _text(self, line: InteractionLine, column: str) -> str:
        return self._cells.text(line, column)
