"""Day arithmetic a profile shows: age, the next birthday, how long a warranty has left.

Pure functions of a local `today` (Asia/Ho_Chi_Minh unless told), so the rules are tested
with any date and the screen and reminder rules agree on them.
"""

from __future__ import annotations

from datetime import date, timedelta

# A warranty this close to its end is "ending soon": worth a word while the customer is
# on the phone (extended warranty, a check-up before it runs out).
ENDING_SOON_DAYS = 30


def birthday_in(birthday: date, year: int) -> date:
    """The day the birthday falls on in `year`: 29 February is kept on 28 February."""
    if birthday.month == 2 and birthday.day == 29:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return date(year, 2, 29 if leap else 28)
    return birthday.replace(year=year)


def age_on(birthday: date, today: date) -> int:
    """Completed years on `today`."""
    had_birthday = today >= birthday_in(birthday, today.year)
    return today.year - birthday.year - (0 if had_birthday else 1)


def days_until_birthday(birthday: date, today: date) -> int:
    """0 on the birthday itself; a 29 February birthday counts to 28 February in other years."""
    this_year = birthday_in(birthday, today.year)
    upcoming = this_year if this_year >= today else birthday_in(birthday, today.year + 1)
    return (upcoming - today).days


def add_months(day: date, months: int) -> date:
    """Calendar month arithmetic; the day is clamped to the end of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    next_first = date(year + month // 12, month % 12 + 1, 1)
    return date(year, month, min(day.day, (next_first - timedelta(days=1)).day))


def warranty_end(
    purchase_date: date, months: int, extended_months: int = 0, delivery_date: date | None = None
) -> date:
    """The last day covered: from delivery if known (else purchase), plus all the months.

    31 January + 1 month ends on 28 (or 29) February; 29 February + 12 months on
    28 February.
    """
    return add_months(delivery_date or purchase_date, months + extended_months)


def warranty_state(warranty_end: date, today: date) -> tuple[str, int]:
    """("in_warranty" | "ending_soon" | "expired", days left; negative once expired).

    The end date itself is still covered.
    """
    days_left = (warranty_end - today).days
    if days_left < 0:
        return "expired", days_left
    if days_left <= ENDING_SOON_DAYS:
        return "ending_soon", days_left
    return "in_warranty", days_left
