"""How customer facts read on screen: phone numbers, tiers, stores, last contact, counts."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.formatting import format_count, format_date
from app.services.customers.customer_input import display_phone
from app.services.customers.customer_views import national_of
from app.timeutil import local_date


def phone_display(e164: str | None) -> str:
    """ "+84912345678" as a person reads it: "0912 345 678" (foreign numbers in E.164)."""
    if not e164:
        return ""
    return display_phone(national_of(e164))


def store_display(code: str | None, name: str | None) -> str:
    if not code:
        return ""
    return f"{code} · {name}" if name else code


def contact_date(moment: datetime | None) -> str:
    """The local day of a contact, dd/MM/yyyy (the time of day does not help pick a person)."""
    return format_date(local_date(moment)) if moment else ""


def points_text(points: int) -> str:
    return QCoreApplication.translate("CustomerText", "%n point(s)", "", points)


def signed_points(delta: int) -> str:
    return f"+{format_count(delta)}" if delta > 0 else f"−{format_count(-delta)}"
