"""KPI values as a person reads them, in the UI language: the command line's table and the
PDF summary print the same words and numbers ("2 h 15 min", "76,5 %" in Vietnamese,
"76.5 %" in English, "—" for a KPI with nothing to count).

The unit decides the form (docs/kpis.md): durations are business seconds shown as hours
and minutes, rates are percentages 0-100 and their changes percentage points.
"""

from __future__ import annotations

from app.i18n import language, t
from app.services.kpis.catalogue import BY_KEY

EMPTY = "—"  # nothing to count is not zero
# Decimal places a value is shown with, per unit (durations and counts have their own form).
_PLACES = {
    "rate": 1,
    "score": 2,
    "average": 2,
    "minutes": 1,
    "ratio": 2,
    "per100": 2,
    "seconds": 0,
}


def decimal(value: float, places: int, lang: str | None = None) -> str:
    """A number with `places` decimals, grouped as the language writes it: "1.234,5" in
    Vietnamese, "1,234.5" in English."""
    text = f"{value:,.{places}f}"
    if (lang or language()) == "vi":
        return text.translate(str.maketrans(",.", ".,"))
    return text


def duration_text(seconds: float) -> str:
    """Business seconds as hours and minutes: "2 h 15 min", "45 min"."""
    minutes = round(abs(seconds) / 60)
    hours, minutes = divmod(minutes, 60)
    sign = "-" if seconds < 0 and (hours or minutes) else ""
    if hours and not minutes:
        return sign + t("{hours} h", hours=decimal(hours, 0))
    if hours:
        return sign + t("{hours} h {minutes} min", hours=decimal(hours, 0), minutes=minutes)
    return sign + t("{minutes} min", minutes=minutes)


def format_kpi(key: str, value: float | None) -> str:
    """The value of KPI `key` in its unit, or "—" when there was nothing to count."""
    if value is None:
        return EMPTY
    unit = BY_KEY[key].unit
    if unit == "duration":
        return duration_text(value)
    if unit == "count":
        return decimal(round(value), 0)
    if unit == "rate":
        return f"{decimal(value, 1)} %"
    if unit == "minutes":
        return t("{minutes} min", minutes=decimal(value, 1))
    if unit == "seconds":
        return t("{seconds} s", seconds=decimal(value, 0))
    return decimal(value, _PLACES[unit])


def _magnitude(key: str, amount: float) -> str:
    unit = BY_KEY[key].unit
    if unit == "duration":
        return duration_text(amount)
    if unit == "rate":
        return t("{points} pp", points=decimal(amount, 1))
    return format_kpi(key, amount)


def format_change(key: str, change: float | None) -> str:
    """The change against the previous period with its sign: "+2 h 5 min", "-3,5 pp"
    (a rate changes by percentage points), "±0" when it rounds to nothing; "—" when
    either period had nothing to count."""
    if change is None:
        return EMPTY
    text = _magnitude(key, abs(change))
    if text == _magnitude(key, 0):
        return "±0"
    return ("+" if change > 0 else "-") + text


def is_better(key: str, change: float | None) -> bool | None:
    """Whether a change is an improvement; None when it is none or the KPI has no better
    side (a volume)."""
    better = BY_KEY[key].higher_is_better
    if change is None or better is None or round(change, 6) == 0:
        return None
    return (change > 0) == better


def status_names() -> dict[str, str]:
    """The words for a KPI's colour, so that it is never told by colour alone."""
    return {
        "green": t("On target"),
        "amber": t("Close to target"),
        "red": t("Off target"),
    }


def unit_names() -> dict[str, str]:
    return {
        "duration": t("business hours"),
        "rate": "%",
        "count": t("count"),
        "score": t("score 1–5"),
        "average": t("per complaint"),
        "minutes": t("minutes"),
        "ratio": t("ratio"),
        "per100": t("per 100 purchases"),
        "seconds": t("seconds"),
    }
