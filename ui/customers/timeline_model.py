"""The profile's timeline as a table model: contacts, complaints, claims, reminders, and
under a corrected contact its correction notes, marked as such (the contact is unchanged).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from app.formatting import format_datetime, format_duration
from app.services.contacts.interactions import CorrectionView
from app.services.customers.customer_timeline import TimelineItem
from ui.calls.interaction_text import CORRECTION_COLOUR, interaction_html, topic_text
from ui.labels import (
    channel_labels,
    claim_kind_labels,
    claim_status_labels,
    complaint_category_labels,
    complaint_status_labels,
    direction_labels,
    label,
    outcome_labels,
    reminder_status_labels,
    timeline_kind_labels,
)
from ui.models.records_model import Column, RecordsModel

KIND_COLOURS = {
    "interaction": "#2b6cb0",
    "complaint": "#c62828",
    "claim": "#d97706",
    "reminder": "#1f7a3d",
    "correction": CORRECTION_COLOUR,
}
ICON_SIZE = 12

# The message extractor reads translate("Context", "text") calls; the alias keeps lines short.
translate = QCoreApplication.translate


def kind_icon(kind: str) -> QIcon:
    """A coloured dot per kind of timeline item: calls, complaints, claims, reminders apart
    at a glance, also in a long list.

    Made per model, never kept in a module-level cache: a pixmap that outlives the
    QApplication crashes the interpreter on exit."""
    pixmap = QPixmap(ICON_SIZE, ICON_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(KIND_COLOURS.get(kind, "#7b8794")))
    painter.drawEllipse(QRectF(1, 1, ICON_SIZE - 2, ICON_SIZE - 2))
    painter.end()
    return QIcon(pixmap)


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


@dataclass(frozen=True)
class CorrectionRow:
    """A correction note, on its own row right under the contact it corrects."""

    original: TimelineItem
    correction: CorrectionView
    kind: str = "correction"

    @property
    def id(self) -> int:
        return self.correction.id

    @property
    def at(self) -> datetime:
        return self.correction.at


TimelineRow = TimelineItem | CorrectionRow


def timeline_rows(items: tuple[TimelineItem, ...]) -> tuple[TimelineRow, ...]:
    """The timeline with each contact's corrections under it, oldest correction first."""
    rows: list[TimelineRow] = []
    for item in items:
        rows.append(item)
        rows.extend(CorrectionRow(item, c) for c in item.corrections)
    return tuple(rows)


def timeline_what(item: TimelineRow) -> str:
    match item.kind:
        case "correction":  # what it corrects: the row just above
            return timeline_what(item.original)
        case "interaction":
            parts = [
                label(channel_labels(), item.channel),
                label(direction_labels(), item.direction),
                topic_text(item.title, item.topic_label),
            ]
        case "complaint":
            parts = [item.number or "", label(complaint_category_labels(), item.title)]
        case "claim":
            parts = [item.number or "", label(claim_kind_labels(), item.claim_kind), item.title]
        case _:
            parts = [item.title]
    return " · ".join(p for p in parts if p)


def timeline_status(item: TimelineRow) -> str:
    if isinstance(item, CorrectionRow):
        return ""
    labels = {
        "interaction": outcome_labels,
        "complaint": complaint_status_labels,
        "claim": claim_status_labels,
        "reminder": reminder_status_labels,
    }.get(item.kind)
    return label(labels(), item.status) if labels else (item.status or "")


def timeline_detail(item: TimelineRow) -> str:
    return item.correction.note if isinstance(item, CorrectionRow) else (item.detail or "")


def timeline_tooltip(item: TimelineRow) -> str | None:
    """A contact in full (script answers and corrections too); other rows' whole text."""
    if item.kind == "interaction":
        return interaction_html(item) or None
    return timeline_detail(item) or None


def timeline_by(item: TimelineRow) -> str:
    if isinstance(item, CorrectionRow):
        return item.correction.agent_name or ""
    return item.agent_name or ""


def timeline_model(parent: QObject | None = None) -> RecordsModel:
    """Rows are TimelineItems and, under a corrected contact, CorrectionRows."""
    kinds = {
        **timeline_kind_labels(),
        "correction": "↳ " + translate("ProfileSections", "Correction"),
    }
    icons = {kind: kind_icon(kind) for kind in KIND_COLOURS}

    def correction_colour(i: TimelineRow) -> str | None:
        return CORRECTION_COLOUR if isinstance(i, CorrectionRow) else None

    return RecordsModel(
        [
            Column("at", translate("ProfileSections", "When"), lambda i: format_datetime(i.at)),
            Column(
                "kind",
                translate("ProfileSections", "Kind"),
                lambda i: label(kinds, i.kind),
                icon=lambda i: icons.get(i.kind),
                colour=correction_colour,
            ),
            Column("what", translate("ProfileSections", "What"), timeline_what),
            Column("status", translate("ProfileSections", "Status"), timeline_status),
            Column(
                "length",
                translate("ProfileSections", "Length"),
                lambda i: format_duration(getattr(i, "duration_seconds", None)),
                align_right=True,
            ),
            Column(
                "detail",
                translate("ProfileSections", "Details"),
                lambda i: _one_line(timeline_detail(i)),
                colour=correction_colour,
                tooltip=timeline_tooltip,
            ),
            Column("by", translate("ProfileSections", "By"), timeline_by),
        ],
        parent,
    )
