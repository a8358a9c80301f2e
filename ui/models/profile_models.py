"""The profile's sections as table models: timeline, purchases, points ledger, dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from app.formatting import format_date, format_datetime, format_vnd
from app.services.customer_dates import days_until_birthday
from app.services.customer_profile import PurchaseLine, TimelineItem
from app.services.customer_views import ImportantDateView
from app.timeutil import local_date, now_utc
from ui.customer_text import signed_points
from ui.labels import (
    channel_labels,
    claim_kind_labels,
    claim_status_labels,
    complaint_category_labels,
    complaint_status_labels,
    direction_labels,
    label,
    outcome_labels,
    points_source_labels,
    reminder_status_labels,
    timeline_kind_labels,
    topic_labels,
)
from ui.models.records_model import Column, RecordsModel

KIND_COLOURS = {
    "interaction": "#2b6cb0",
    "complaint": "#c62828",
    "claim": "#d97706",
    "reminder": "#1f7a3d",
}
WARRANTY_COLOURS = {"in_warranty": "#1f7a3d", "ending_soon": "#b45309", "expired": "#b42318"}
GAIN_COLOUR, LOSS_COLOUR = "#1f7a3d", "#b42318"
ICON_SIZE = 12


# lupdate reads translate("Context", "text") calls; the alias keeps the columns short.
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


def timeline_what(item: TimelineItem) -> str:
    match item.kind:
        case "interaction":
            parts = [
                label(channel_labels(), item.channel),
                label(direction_labels(), item.direction),
                label(topic_labels(), item.title),
            ]
        case "complaint":
            parts = [item.number or "", label(complaint_category_labels(), item.title)]
        case "claim":
            parts = [item.number or "", label(claim_kind_labels(), item.claim_kind), item.title]
        case _:
            parts = [item.title]
    return " · ".join(p for p in parts if p)


def timeline_status(item: TimelineItem) -> str:
    labels = {
        "interaction": outcome_labels,
        "complaint": complaint_status_labels,
        "claim": claim_status_labels,
        "reminder": reminder_status_labels,
    }.get(item.kind)
    return label(labels(), item.status) if labels else (item.status or "")


def timeline_model(parent: QObject | None = None) -> RecordsModel:
    kinds = timeline_kind_labels()
    icons = {kind: kind_icon(kind) for kind in KIND_COLOURS}
    return RecordsModel(
        [
            Column("at", translate("ProfileSections", "When"), lambda i: format_datetime(i.at)),
            Column(
                "kind",
                translate("ProfileSections", "Kind"),
                lambda i: label(kinds, i.kind),
                icon=lambda i: icons.get(i.kind),
            ),
            Column("what", translate("ProfileSections", "What"), timeline_what),
            Column("status", translate("ProfileSections", "Status"), timeline_status),
            Column(
                "detail",
                translate("ProfileSections", "Details"),
                lambda i: _one_line(i.detail),
                tooltip=lambda i: i.detail or None,
            ),
            Column("by", translate("ProfileSections", "By"), lambda i: i.agent_name or ""),
        ],
        parent,
    )


def warranty_text(p: PurchaseLine) -> str:
    end = format_date(p.warranty_end)
    if p.warranty_state == "expired":
        return translate("ProfileSections", "Warranty ended {date}").format(date=end)
    if p.warranty_state == "ending_soon":
        return translate("ProfileSections", "Ending soon: until {date} ({days} days left)").format(
            date=end, days=p.days_left
        )
    return translate("ProfileSections", "In warranty until {date}").format(date=end)


def purchases_model(parent: QObject | None = None) -> RecordsModel:
    return RecordsModel(
        [
            Column("product", translate("ProfileSections", "Product"), lambda p: p.product_name),
            Column(
                "serial", translate("ProfileSections", "Serial number"), lambda p: p.serial_no or ""
            ),
            Column(
                "invoice", translate("ProfileSections", "Invoice"), lambda p: p.invoice_no or ""
            ),
            Column(
                "bought",
                translate("ProfileSections", "Bought"),
                lambda p: format_date(p.purchase_date),
            ),
            Column(
                "price",
                translate("ProfileSections", "Price"),
                lambda p: format_vnd(p.price_vnd),
                align_right=True,
            ),
            Column(
                "warranty",
                translate("ProfileSections", "Warranty"),
                warranty_text,
                colour=lambda p: WARRANTY_COLOURS.get(p.warranty_state),
            ),
        ],
        parent,
    )


def ledger_model(parent: QObject | None = None) -> RecordsModel:
    sources = points_source_labels()
    return RecordsModel(
        [
            Column("at", translate("ProfileSections", "When"), lambda e: format_datetime(e.at)),
            Column(
                "points",
                translate("ProfileSections", "Points"),
                lambda e: signed_points(e.delta),
                colour=lambda e: GAIN_COLOUR if e.delta > 0 else LOSS_COLOUR,
                align_right=True,
            ),
            Column(
                "reason",
                translate("ProfileSections", "Reason"),
                lambda e: e.reason,
                tooltip=lambda e: e.reason,
            ),
            Column(
                "source",
                translate("ProfileSections", "From"),
                lambda e: label(sources, e.source_type),
            ),
            Column("by", translate("ProfileSections", "By"), lambda e: e.by_name or ""),
        ],
        parent,
    )


def next_in_days(d: ImportantDateView, today: date) -> int | None:
    if d.yearly:
        return days_until_birthday(d.date, today)
    days = (d.date - today).days
    return days if days >= 0 else None


def dates_model(parent: QObject | None = None) -> RecordsModel:
    def when(d: ImportantDateView) -> str:
        days = next_in_days(d, local_date(now_utc()))
        if days is None:
            return translate("ProfileSections", "Past")
        if days == 0:
            return translate("ProfileSections", "Today")
        return translate("ProfileSections", "In {days} days").format(days=days)

    def repeats(d: ImportantDateView) -> str:
        if d.yearly:
            return translate("ProfileSections", "Every year")
        return translate("ProfileSections", "Once")

    return RecordsModel(
        [
            Column("label", translate("ProfileSections", "Occasion"), lambda d: d.label),
            Column("date", translate("ProfileSections", "Date"), lambda d: format_date(d.date)),
            Column("repeats", translate("ProfileSections", "Repeats"), repeats),
            Column("next", translate("ProfileSections", "Next"), when),
        ],
        parent,
    )
