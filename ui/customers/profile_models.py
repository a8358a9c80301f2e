"""The profile's sections as table models: timeline (ui/models/timeline_model.py), purchases,
points ledger, dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject

from app.formatting import format_date, format_datetime, format_vnd
from app.services.claims.customer_dates import days_until_birthday
from app.services.customers.customer_profile import PurchaseLine
from app.services.customers.customer_views import ImportantDateView
from app.timeutil import local_date, now_utc
from ui.customer_text import signed_points
from ui.customers.timeline_model import (  # noqa: F401 - the profile's models, in one place
    CorrectionRow,
    kind_icon,
    timeline_model,
    timeline_rows,
)
from ui.labels import label, points_source_labels
from ui.models.records_model import Column, RecordsModel

WARRANTY_COLOURS = {"in_warranty": "#1f7a3d", "ending_soon": "#b45309", "expired": "#b42318"}
GAIN_COLOUR, LOSS_COLOUR = "#1f7a3d", "#b42318"


# The message extractor reads translate("Context", "text") calls; the alias keeps lines short.
translate = QCoreApplication.translate


def warranty_text(p: PurchaseLine) -> str:
    end = format_date(p.warranty_end)
    if p.warranty_state == "expired":
        return translate("ProfileSections", "Warranty ended {date}").format(date=end)
    if p.warranty_state == "ending_soon":
        return translate(
            "ProfileSections", "Ending soon: until {date} (%n day(s) left)", "", p.days_left
        ).format(date=end)
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
        return translate("ProfileSections", "In %n day(s)", "", days)

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
