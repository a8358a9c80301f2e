"""How dates, times, counts and money look to a person (dd/MM/yyyy, 1.234, 1.234.567 ₫)."""

from __future__ import annotations

from datetime import date, datetime

from app.config import DEFAULT_TIMEZONE
from app.i18n import group_digits, language
from app.timeutil import zone


def format_vnd(amount: int, lang: str | None = None) -> str:
    """Integer VND: "1.234.567 ₫" in Vietnamese, "1,234,567 ₫" in English."""
    return f"{group_digits(amount, lang)} ₫"


def format_count(n: int, lang: str | None = None) -> str:
    """A count as a person reads it: "1.234" in Vietnamese, "1,234" in English, "999"."""
    return group_digits(n, lang)


def format_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def format_datetime(value: datetime | None, tz: str = DEFAULT_TIMEZONE) -> str:
    return value.astimezone(zone(tz)).strftime("%d/%m/%Y %H:%M") if value else ""


def format_duration(seconds: int | None) -> str:
    if seconds is None:
        return ""
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def format_size(n_bytes: int, lang: str | None = None) -> str:
    """A file size: "850 KB", "12.3 MB" ("12,3 MB" in Vietnamese), "1.2 GB"; KB and up are
    1,024 of the unit below, as Windows Explorer counts them."""
    if n_bytes < 1024 * 1024:
        return f"{group_digits(max(1, round(n_bytes / 1024)) if n_bytes else 0, lang)} KB"
    value, unit = n_bytes / 1024**2, "MB"
    if value >= 1024:
        value, unit = value / 1024, "GB"
    text = f"{value:.1f}"
    return f"{text.replace('.', ',') if (lang or language()) == 'vi' else text} {unit}"
