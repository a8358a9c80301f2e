"""The period a KPI is computed for (docs/kpis.md): local days from the first to the last
inclusive, at most ten years, the presets a screen offers, and the previous period."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.errors import ValidationError
from app.services.kpis.period import Period, period, preset


def test_a_period_ending_before_it_starts_is_refused_naming_both_dates():
    with pytest.raises(ValidationError) as refused:
        period(date(2026, 11, 13), date(2026, 11, 2))
    assert refused.value.field == "period"
    assert "13/11/2026" in refused.value.message
    assert "02/11/2026" in refused.value.message
    assert "swap" in refused.value.message


def test_one_day_is_a_period():
    one = period(date(2026, 11, 2), date(2026, 11, 2))
    assert (one.days, one.text()) == (1, "02/11/2026")


def test_ten_years_is_the_longest_period():
    # 1/1/2016 to 31/12/2025: ten years of days, accepted. To 1/1/2026: a day more.
    longest = period(date(2016, 1, 1), date(2025, 12, 31))
    assert longest.days == 3653  # 2016, 2020 and 2024 are leap years
    with pytest.raises(ValidationError) as refused:
        period(date(2016, 1, 1), date(2026, 1, 1))
    assert "at most 10 years" in refused.value.message
    assert refused.value.field == "period"


def test_ten_years_from_29_february():
    # There is no 29/2/2034: ten years from 29/2/2024 end with February 2034 (whether the
    # 28th is in or out); 1/3/2034 is a day too many either way.
    assert period(date(2024, 2, 29), date(2034, 2, 27)).end == date(2034, 2, 27)
    with pytest.raises(ValidationError):
        period(date(2024, 2, 29), date(2034, 3, 1))


def test_presets_on_a_wednesday_in_the_middle_of_a_month():
    wednesday = date(2026, 11, 11)
    assert preset("today", wednesday) == Period(wednesday, wednesday)
    assert preset("this_week", wednesday) == Period(date(2026, 11, 9), wednesday)
    assert preset("this_month", wednesday) == Period(date(2026, 11, 1), wednesday)
    assert preset("last_month", wednesday) == Period(date(2026, 10, 1), date(2026, 10, 31))


def test_this_week_on_a_monday_is_that_day_alone():
    monday = date(2026, 11, 2)
    assert preset("this_week", monday) == Period(monday, monday)
    sunday = date(2026, 11, 8)  # the week runs Monday to Sunday
    assert preset("this_week", sunday) == Period(monday, sunday)


def test_this_month_on_the_first_is_that_day_alone():
    first = date(2026, 12, 1)
    assert preset("this_month", first) == Period(first, first)
    assert preset("last_month", first) == Period(date(2026, 11, 1), date(2026, 11, 30))


def test_last_month_in_january_is_december_of_the_year_before():
    assert preset("last_month", date(2026, 1, 15)) == Period(date(2025, 12, 1), date(2025, 12, 31))
    # March: February's 28 days (29 in a leap year).
    assert preset("last_month", date(2026, 3, 31)) == Period(date(2026, 2, 1), date(2026, 2, 28))
    assert preset("last_month", date(2024, 3, 1)) == Period(date(2024, 2, 1), date(2024, 2, 29))


def test_an_unknown_preset_is_a_programming_error():
    with pytest.raises(ValueError):
        preset("next_month", date(2026, 11, 11))


def test_the_previous_period_is_the_same_number_of_days_just_before():
    fortnight = Period(date(2026, 11, 2), date(2026, 11, 13))  # 12 days
    assert fortnight.previous() == Period(date(2026, 10, 21), date(2026, 11, 1))
    assert fortnight.previous().days == 12
    day = Period(date(2026, 3, 1), date(2026, 3, 1))
    assert day.previous() == Period(date(2026, 2, 28), date(2026, 2, 28))
    # A month's previous period is the same number of days, not the month before.
    november = Period(date(2026, 11, 1), date(2026, 11, 30))
    assert november.previous() == Period(date(2026, 10, 2), date(2026, 10, 31))
    assert Period(date(2026, 1, 1), date(2026, 1, 31)).previous().start == date(2025, 12, 1)


def test_a_period_is_bounded_by_local_midnights_in_ho_chi_minh_city():
    # 2/11 00:00 in Hà Nội is 1/11 17:00 UTC; the end is the midnight after the last day.
    start, end = Period(date(2026, 11, 2), date(2026, 11, 13)).bounds()
    assert start == datetime(2026, 11, 1, 17, 0, tzinfo=UTC)
    assert end == datetime(2026, 11, 13, 17, 0, tzinfo=UTC)
    assert Period(date(2026, 11, 2), date(2026, 11, 13)).text() == "02/11/2026 – 13/11/2026"


def test_a_refused_period_says_what_is_wrong_and_how_to_fix_it():
    with pytest.raises(ValidationError) as backwards:
        period(date(2026, 11, 13), date(2026, 11, 2))
    assert backwards.value.message == (
        "The period ends (02/11/2026) before it starts (13/11/2026): swap the two dates."
    )
    with pytest.raises(ValidationError) as too_long:
        period(date(2016, 1, 1), date(2026, 1, 1))
    assert too_long.value.message == (
        "A period can be at most 10 years long: choose a later start or an earlier end."
    )


def test_an_unknown_preset_is_named_in_the_error():
    with pytest.raises(ValueError, match="'next_month'"):
        preset("next_month", date(2026, 11, 11))


def test_a_period_is_bounded_by_the_midnights_of_the_stores_own_zone():
    # Tokyo is UTC+9: 2/11 00:00 there is 1/11 15:00 UTC.
    start, end = Period(date(2026, 11, 2), date(2026, 11, 13)).bounds("Asia/Tokyo")
    assert (start, end) == (
        datetime(2026, 11, 1, 15, 0, tzinfo=UTC),
        datetime(2026, 11, 13, 15, 0, tzinfo=UTC),
    )
    # Berlin leaves summer time on 25/10/2026: the first midnight is at UTC+2, the one
    # after the last day at UTC+1.
    start, end = Period(date(2026, 10, 20), date(2026, 10, 30)).bounds("Europe/Berlin")
    assert (start, end) == (
        datetime(2026, 10, 19, 22, 0, tzinfo=UTC),
        datetime(2026, 10, 30, 23, 0, tzinfo=UTC),
    )
