"""SLA policies and the business week, as administrators set them (Admin > Settings).

Targets are written as people say them: "8h", "3d" (business days), "1d 4h". The week
is the ISO weekday numbers that are open ("1-6": Monday to Saturday), opening and
closing times as "08:00", and extra closed days as dd/mm/yyyy separated by commas.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import t
from app.services.complaints.business_hours import BusinessCalendar
from app.services.complaints.sla_clock import DEFAULT_TARGETS, SlaTarget
from app.services.settings_store import SettingDef, read_setting, read_settings
from app.text import fold
from app.timeutil import local_date

PRIORITIES = ("critical", "high", "normal", "low")
_TARGET = re.compile(r"^\s*(?:(\d+(?:[.,]\d+)?)\s*d)?\s*(?:(\d+(?:[.,]\d+)?)\s*h)?\s*$", re.I)


def _number(text: str | None) -> float:
    return float(text.replace(",", ".")) if text else 0.0


def parse_target(text: str) -> SlaTarget:
    """ "8h", "3d", "1d 4h" (days are business days; "3 ngày", "8 giờ" too);
    ValidationError otherwise."""
    spoken = fold(text or "").replace("ngay", "d").replace("gio", "h")
    match = _TARGET.match(spoken)
    if not match or not (match.group(1) or match.group(2)):
        raise ValidationError(
            t("Write a target as hours or business days, e.g. 8h, 3d or 1d 4h."), "target"
        )
    target = SlaTarget(hours=_number(match.group(2)), days=_number(match.group(1)))
    if target.hours <= 0 and target.days <= 0:
        raise ValidationError(t("A target must be longer than zero."), "target")
    return target


def target_text(target: SlaTarget) -> str:
    parts = [
        f"{target.days:g}d" if target.days else "",
        f"{target.hours:g}h" if target.hours else "",
    ]
    return " ".join(p for p in parts if p)


def check_target(text: object) -> str:
    return target_text(parse_target(str(text)))


def parse_days(text: str) -> frozenset[int]:
    """ "1-6" or "1,2,3,4,5,7" (1 = Monday) -> date.weekday() numbers (Monday = 0)."""
    days: set[int] = set()
    for part in (text or "").replace(" ", "").split(","):
        bounds = part.split("-")
        if not part or len(bounds) > 2 or not all(b.isdigit() and 1 <= int(b) <= 7 for b in bounds):
            raise ValidationError(
                t("Write the open days as numbers from 1 (Monday) to 7 (Sunday), e.g. 1-6."),
                "days",
            )
        low, high = int(bounds[0]), int(bounds[-1])
        days.update(range(low - 1, high))
    if not days:
        raise ValidationError(t("At least one day of the week must be open."), "days")
    return frozenset(days)


def check_days(text: object) -> str:
    parse_days(str(text))
    return str(text).replace(" ", "")


def parse_clock(text: str) -> time:
    match = re.fullmatch(r"\s*(\d{1,2})[:h.](\d{2})\s*", text or "")
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ValidationError(t("Write a time of day as HH:MM, e.g. 08:00."), "time")
    return time(int(match.group(1)), int(match.group(2)))


def check_clock(text: object) -> str:
    return parse_clock(str(text)).strftime("%H:%M")


def parse_dates(text: str) -> frozenset[date]:
    found = set()
    for part in (text or "").replace(";", ",").split(","):
        if not part.strip():
            continue
        try:
            found.add(datetime.strptime(part.strip(), "%d/%m/%Y").date())
        except ValueError:
            raise ValidationError(
                t(
                    "“{text}” is not a date: write closed days as dd/mm/yyyy, separated by commas.",
                    text=part.strip(),
                ),
                "dates",
            ) from None
    return frozenset(found)


def check_dates(text: object) -> str:
    return ", ".join(d.strftime("%d/%m/%Y") for d in sorted(parse_dates(str(text))))


def business_calendar(session: Session, around: datetime) -> BusinessCalendar:
    """The business calendar as set, with the holidays of the year of `around` and the next."""
    values = read_settings(session, SLA_SETTINGS)
    opens = parse_clock(str(values["sla.opens"]))
    closes = parse_clock(str(values["sla.closes"]))
    year = local_date(around).year
    return BusinessCalendar.vietnam(
        [year - 1, year, year + 1],
        parse_dates(str(values["sla.closed_days"])),
        open_days=parse_days(str(values["sla.open_days"])),
        # Closing set before opening: the day runs to midnight rather than not at all.
        opens=opens,
        closes=closes if closes > opens else time(23, 59),
    )


def sla_targets(session: Session, priority: str) -> tuple[SlaTarget, SlaTarget]:
    """(first response, resolution) targets of a priority, as set."""
    first = read_setting(session, _BY_KEY[f"sla.{priority}.first_response"])
    resolution = read_setting(session, _BY_KEY[f"sla.{priority}.resolution"])
    try:
        return parse_target(str(first)), parse_target(str(resolution))
    except ValidationError:  # a value stored by hand that does not parse: the defaults
        return DEFAULT_TARGETS[priority]


# SLA targets per priority, in business time ("8h", "3d"), and the business week.
SLA_SETTINGS: tuple[SettingDef, ...] = (
    *(
        SettingDef(f"sla.{priority}.{kind}", str, default, check=check_target)
        for priority, first, resolution in (
            ("critical", "1h", "8h"),
            ("high", "4h", "24h"),
            ("normal", "8h", "3d"),
            ("low", "24h", "5d"),
        )
        for kind, default in (("first_response", first), ("resolution", resolution))
    ),
    SettingDef("sla.open_days", str, "1-6", check=check_days),
    SettingDef("sla.opens", str, "08:00", check=check_clock),
    SettingDef("sla.closes", str, "17:30", check=check_clock),
    SettingDef("sla.closed_days", str, "", check=check_dates),
)
_BY_KEY = {d.key: d for d in SLA_SETTINGS}


def sla_labels() -> dict[str, str]:
    return {
        "sla.critical.first_response": t("Critical: first response within (e.g. 1h)"),
        "sla.critical.resolution": t("Critical: resolved within (e.g. 8h)"),
        "sla.high.first_response": t("High: first response within"),
        "sla.high.resolution": t("High: resolved within"),
        "sla.normal.first_response": t("Normal: first response within"),
        "sla.normal.resolution": t("Normal: resolved within (e.g. 3d = 3 business days)"),
        "sla.low.first_response": t("Low: first response within"),
        "sla.low.resolution": t("Low: resolved within"),
        "sla.open_days": t("Open days (1 = Monday … 7 = Sunday, e.g. 1-6)"),
        "sla.opens": t("Business hours start (HH:MM)"),
        "sla.closes": t("Business hours end (HH:MM)"),
        "sla.closed_days": t("Extra closed days besides public holidays (dd/mm/yyyy, …)"),
    }
