"""Dates as people type them: every accepted shape, the century of a two-digit year on both
sides of its turning point, and the limits of each date field with their words."""

from __future__ import annotations

from datetime import date

import pytest

from app.date_input import (
    EARLIEST_BIRTHDAY,
    DateLimit,
    birthday_limits,
    delivery_date_limit,
    expected_return_limit,
    field_problem,
    limit_problem,
    month_name,
    parse_typed_date,
    purchase_date_limit,
    purchase_date_missing,
    range_end_limit,
    read_date_field,
)
from app.errors import ValidationError
from app.formatting import format_date
from app.services.customers.customer_input import check_birthday

TODAY = date(2025, 6, 15)
FORMAT_HINT = "Type the date as dd/mm/yyyy, such as 21/03/1985."


def parse(text: str, today: date = TODAY, past_only: bool = False) -> date | None:
    return parse_typed_date(text, today=today, past_only=past_only)


def refusal(text: str, today: date = TODAY, past_only: bool = False) -> str:
    with pytest.raises(ValidationError) as caught:
        parse(text, today, past_only)
    return caught.value.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("21/03/1985", date(1985, 3, 21)),  # dd/MM/yyyy
        ("1/3/1985", date(1985, 3, 1)),  # d/M/yyyy
        ("01/3/1985", date(1985, 3, 1)),
        ("1/03/1985", date(1985, 3, 1)),
        ("21031985", date(1985, 3, 21)),  # ddMMyyyy
        ("01031985", date(1985, 3, 1)),
        ("21/3/85", date(1985, 3, 21)),  # d/M/yy
        ("1/3/85", date(1985, 3, 1)),
        ("21/03/85", date(1985, 3, 21)),
        ("1985-03-21", date(1985, 3, 21)),  # yyyy-MM-dd
        ("21.03.1985", date(1985, 3, 21)),
        ("21.3.85", date(1985, 3, 21)),
        ("21-03-1985", date(1985, 3, 21)),
        ("21-3-85", date(1985, 3, 21)),
        ("  21/03/1985  ", date(1985, 3, 21)),
        ("\t1985-03-21\n", date(1985, 3, 21)),
        (" 21031985 ", date(1985, 3, 21)),
        ("31/12/2024", date(2024, 12, 31)),
        ("01/01/0001", date(1, 1, 1)),
    ],
)
def test_every_accepted_shape_reads_as_its_date(text, expected):
    assert parse(text) == expected
    assert parse(text, past_only=True) == expected


@pytest.mark.parametrize("text", ["", " ", "   \t  "])
def test_an_empty_text_is_no_date(text):
    assert parse(text) is None
    assert parse(text, past_only=True) is None


@pytest.mark.parametrize(
    "text",
    [
        "abc",
        "hôm qua",
        "21/03",
        "21/03/",
        "21/03/198",  # three digits of a year
        "21/03/19855",
        "2103198",  # seven digits
        "210319850",
        "210385",  # six digits: not one of the shapes
        "21/03-1985",  # two different separators
        "21 03 1985",
        "1985/03/21",
        "85-03-21x",
        "21/03/1985 12:00",
        "123/03/1985",
        "21/003/1985",
        "١٢/٠٣/١٩٨٥",  # digits of another script
        "２１/０３/１９８５",  # full-width digits
        "-21/03/1985",
    ],
)
def test_other_text_is_refused_with_the_shape_to_type(text):
    assert refusal(text) == f"“{text.strip()}” is not a date. {FORMAT_HINT}"


def test_the_refusal_names_the_text_without_the_spaces_around_it():
    assert refusal("  21/3/19  8 ") == f"“21/3/19  8” is not a date. {FORMAT_HINT}"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("21/13/1985", "“21/13/1985” is not a date: the month is 1 to 12."),
        ("21/00/1985", "“21/00/1985” is not a date: the month is 1 to 12."),
        ("21/13/85", "“21/13/85” is not a date: the month is 1 to 12."),
        ("21131985", "“21131985” is not a date: the month is 1 to 12."),
        ("1985-13-01", "“1985-13-01” is not a date: the month is 1 to 12."),
        ("31/02/2024", "“31/02/2024” is not a date: February 2024 has 29 days."),
        ("30/02/2024", "“30/02/2024” is not a date: February 2024 has 29 days."),
        ("29/02/2023", "“29/02/2023” is not a date: February 2023 has 28 days."),
        ("29/02/1900", "“29/02/1900” is not a date: February 1900 has 28 days."),
        ("31/04/2025", "“31/04/2025” is not a date: April 2025 has 30 days."),
        ("31/06/2025", "“31/06/2025” is not a date: June 2025 has 30 days."),
        ("32/01/2024", "“32/01/2024” is not a date: January 2024 has 31 days."),
        ("00/03/2024", "“00/03/2024” is not a date: March 2024 has 31 days."),
        ("1985-02-30", "“1985-02-30” is not a date: February 1985 has 28 days."),
        ("01/01/0000", "“01/01/0000” is not a date: there is no year 0."),
    ],
)
def test_a_date_shaped_text_that_is_no_date_says_what_is_wrong(text, message):
    assert refusal(text) == message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("29/02/2024", date(2024, 2, 29)),  # a leap year
        ("29/02/2000", date(2000, 2, 29)),  # divisible by 400
        ("28/02/2023", date(2023, 2, 28)),
        ("30/04/2025", date(2025, 4, 30)),
        ("31/03/2025", date(2025, 3, 31)),
        ("01/12/2025", date(2025, 12, 1)),
        ("31/01/2025", date(2025, 1, 31)),
    ],
)
def test_the_last_day_of_each_month_is_a_date(text, expected):
    assert parse(text) == expected


def test_every_month_is_named_in_a_refusal():
    names = [month_name(m) for m in range(1, 13)]
    assert names == [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    assert refusal("31/09/2025") == "“31/09/2025” is not a date: September 2025 has 30 days."
    assert refusal("31/11/2025") == "“31/11/2025” is not a date: November 2025 has 30 days."


# -- two-digit years -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14/06/25", date(2025, 6, 14)),
        ("15/06/25", date(2025, 6, 15)),  # today itself is not in the future
        ("16/06/25", date(1925, 6, 16)),  # tomorrow would be: a century earlier
        ("31/05/25", date(2025, 5, 31)),
        ("01/07/25", date(1925, 7, 1)),
        ("31/12/24", date(2024, 12, 31)),
        ("01/01/26", date(1926, 1, 1)),
        ("21/03/85", date(1985, 3, 21)),
        ("01/02/05", date(2005, 2, 1)),
        ("01/01/00", date(2000, 1, 1)),
        ("29/02/24", date(2024, 2, 29)),
        ("29/02/00", date(2000, 2, 29)),
    ],
)
def test_past_only_takes_the_latest_century_not_after_today(text, expected):
    assert parse(text, past_only=True) == expected


def test_past_only_turns_at_the_first_day_of_a_century():
    new_year = date(2000, 1, 1)
    assert parse("01/01/00", new_year, past_only=True) == date(2000, 1, 1)
    assert parse("02/01/00", new_year, past_only=True) == date(1900, 1, 2)
    assert parse("31/12/99", new_year, past_only=True) == date(1999, 12, 31)


def test_past_only_names_the_year_of_a_29_february_that_does_not_exist():
    assert refusal("29/02/25", past_only=True) == (
        "“29/02/25” is not a date: February 2025 has 28 days."
    )
    # 31/06 comes after today in 2025, so the year is 1925: the refusal names that one.
    assert refusal("31/06/25", past_only=True) == (
        "“31/06/25” is not a date: June 1925 has 30 days."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01/07/25", date(2025, 7, 1)),  # a fortnight ahead, not a century back
        ("14/06/25", date(2025, 6, 14)),
        ("21/03/85", date(1985, 3, 21)),
        ("01/02/05", date(2005, 2, 1)),
        ("01/01/50", date(2050, 1, 1)),
        ("31/12/74", date(2074, 12, 31)),  # 49.5 years ahead, 50.5 back
        ("01/01/76", date(1976, 1, 1)),  # 49.5 years back, 50.5 ahead
        # 15/06/1975 is 18,263 days back (13 leap days, 1976-2024) and 15/06/2075 is
        # 18,262 days ahead (12 leap days, 2028-2072): the nearer one wins, by a day.
        ("15/06/75", date(2075, 6, 15)),
        ("16/06/75", date(1975, 6, 16)),
        ("14/06/75", date(2075, 6, 14)),
    ],
)
def test_otherwise_the_century_nearest_to_today(text, expected):
    assert parse(text) == expected


def test_the_nearest_century_may_be_the_next_or_the_last():
    assert parse("01/01/00", date(2099, 12, 31)) == date(2100, 1, 1)
    assert parse("31/12/99", date(2001, 1, 1)) == date(1999, 12, 31)
    assert parse("31/12/99", date(2001, 1, 1), past_only=True) == date(1999, 12, 31)
    assert parse("01/01/01", date(2099, 12, 31)) == date(2101, 1, 1)
    assert parse("01/01/01", date(2099, 12, 31), past_only=True) == date(2001, 1, 1)


def test_a_day_a_month_lacks_still_finds_its_nearest_century():
    # 29/02/2100 does not exist; 28/02 stands in to measure, then the refusal names 2100.
    assert refusal("29/02/00", date(2060, 1, 1)) == (
        "“29/02/00” is not a date: February 2100 has 28 days."
    )
    assert parse("29/02/00", date(2040, 1, 1)) == date(2000, 2, 29)
    assert refusal("31/04/75") == "“31/04/75” is not a date: April 2075 has 30 days."


# -- the limits of each field ------------------------------------------------------------------


def test_no_day_breaks_no_limit():
    earliest, latest = birthday_limits(TODAY)
    assert limit_problem(None, earliest, latest) is None
    assert limit_problem(TODAY) is None


def test_a_birthday_is_not_in_the_future_nor_before_1900():
    earliest, latest = birthday_limits(TODAY)
    assert earliest.day == EARLIEST_BIRTHDAY == date(1900, 1, 1)
    assert limit_problem(date(2025, 6, 15), earliest, latest) is None
    assert limit_problem(date(2025, 6, 16), earliest, latest) == (
        "The birthday 16/06/2025 is in the future: check the year."
    )
    assert limit_problem(date(1900, 1, 1), earliest, latest) is None
    assert limit_problem(date(1899, 12, 31), earliest, latest) == (
        "The birthday 31/12/1899 is before 1900: check the year."
    )


@pytest.mark.parametrize("day", [date(2025, 6, 16), date(1899, 12, 31)])
def test_a_birthday_form_and_the_customer_service_say_the_same(day):
    with pytest.raises(ValidationError) as caught:
        check_birthday(day, TODAY)
    assert limit_problem(day, *birthday_limits(TODAY)) == caught.value.message


def test_a_purchase_is_not_after_today():
    latest = purchase_date_limit(TODAY)
    assert limit_problem(date(2025, 6, 15), maximum=latest) is None
    assert limit_problem(date(2025, 6, 16), maximum=latest) == (
        "The purchase date 16/06/2025 is in the future; give the date on the invoice."
    )
    assert purchase_date_missing() == "Give the purchase date."


def test_a_delivery_is_not_before_the_purchase():
    earliest = delivery_date_limit(date(2025, 3, 10))
    assert limit_problem(date(2025, 3, 10), earliest) is None
    assert limit_problem(date(2025, 3, 9), earliest) == (
        "The delivery date is before the purchase date; check both dates."
    )


def test_the_expected_return_is_not_before_today():
    earliest = expected_return_limit(TODAY)
    assert limit_problem(date(2025, 6, 15), earliest) is None
    assert limit_problem(date(2025, 6, 14), earliest) == (
        "The expected return date is in the past; give a later date."
    )


def test_the_end_of_a_range_is_not_before_its_start():
    earliest = range_end_limit(date(2025, 3, 10))
    assert limit_problem(date(2025, 3, 10), earliest) is None
    assert limit_problem(date(2025, 3, 9), earliest) == (
        "The end date is before the start date; swap them or pick another."
    )


def test_the_earliest_limit_is_said_before_the_latest():
    low = DateLimit(date(2025, 1, 10), lambda _d: "too early")
    high = DateLimit(date(2025, 1, 5), lambda _d: "too late")  # an empty window
    assert limit_problem(date(2025, 1, 7), low, high) == "too early"
    assert limit_problem(date(2025, 1, 12), low, high) == "too late"


def test_a_required_field_asks_for_its_date():
    assert field_problem(None, optional=True) is None
    assert field_problem(None, optional=False) == "Type a date, such as 21/03/1985."
    assert field_problem(None, optional=False, missing="Give the purchase date.") == (
        "Give the purchase date."
    )
    assert field_problem(TODAY, optional=False) is None


def test_a_field_is_read_then_checked_against_its_limits():
    earliest, latest = birthday_limits(TODAY)
    limits = {"minimum": earliest, "maximum": latest}
    assert read_date_field("1/2/85", today=TODAY, past_only=True, **limits) == date(1985, 2, 1)
    assert read_date_field("", today=TODAY, **limits) is None
    with pytest.raises(ValidationError) as caught:
        read_date_field("16/06/2025", today=TODAY, **limits)
    assert caught.value.message == "The birthday 16/06/2025 is in the future: check the year."
    with pytest.raises(ValidationError) as caught:
        read_date_field("", today=TODAY, optional=False, missing="Give the purchase date.")
    assert caught.value.message == "Give the purchase date."
    with pytest.raises(ValidationError) as caught:
        read_date_field("31/02/2024", today=TODAY, **limits)
    assert caught.value.message == "“31/02/2024” is not a date: February 2024 has 29 days."
    # 16/06/25 is tomorrow: a birthday reads it a century back, a filter would not.
    assert read_date_field("16/06/25", today=TODAY, past_only=True, **limits) == (date(1925, 6, 16))
    assert read_date_field("16/06/25", today=TODAY) == date(2025, 6, 16)


def test_a_date_is_shown_as_dd_mm_yyyy():
    assert format_date(date(1985, 2, 1)) == "01/02/1985"
    assert format_date(None) == ""


def test_by_default_a_two_digit_year_takes_the_nearest_century():
    assert parse_typed_date("16/06/25", today=TODAY) == date(2025, 6, 16)


def test_by_default_a_field_is_optional_and_asks_in_general_words():
    assert field_problem(None) is None
    with pytest.raises(ValidationError) as caught:
        read_date_field(" ", today=TODAY, optional=False)
    assert caught.value.message == "Type a date, such as 21/03/1985."


def test_a_field_says_a_day_before_its_minimum():
    earliest = expected_return_limit(TODAY)
    message = "The expected return date is in the past; give a later date."
    assert field_problem(date(2025, 6, 14), minimum=earliest) == message
    with pytest.raises(ValidationError) as caught:
        read_date_field("14/06/2025", today=TODAY, minimum=earliest)
    assert caught.value.message == message
    assert read_date_field("15/06/2025", today=TODAY, minimum=earliest) == TODAY
