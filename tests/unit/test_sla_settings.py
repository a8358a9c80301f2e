"""SLA policies and the business week as administrators set them."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from app.errors import ValidationError
from app.services.complaints.complaints import ComplaintInput, open_complaint
from app.services.complaints.sla_clock import SlaTarget
from app.services.complaints.sla_settings import parse_days, parse_target
from app.services.settings import get_setting, set_setting
from tests.factories import make_customer


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("8h", SlaTarget(hours=8)),
        ("3d", SlaTarget(days=3)),
        ("1d 4h", SlaTarget(4, 1)),
        ("0,5d", SlaTarget(days=0.5)),
        (" 2D ", SlaTarget(days=2)),
        ("3 ngày", SlaTarget(days=3)),
        ("1 ngày 4 giờ", SlaTarget(4, 1)),
    ],
)
def test_targets_are_written_as_people_say_them(text, target):
    assert parse_target(text) == target


@pytest.mark.parametrize("text", ["", "3 days", "0h", "h", "-2h"])
def test_a_target_that_is_not_one_is_refused(text):
    with pytest.raises(ValidationError):
        parse_target(text)


def test_open_days_are_iso_weekday_numbers():
    assert parse_days("1-6") == frozenset(range(6))
    assert parse_days("1-5,7") == frozenset({0, 1, 2, 3, 4, 6})
    for bad in ("0-5", "1-8", "mon-fri", ""):
        with pytest.raises(ValidationError, match="1 \\(Monday\\) to 7"):
            parse_days(bad)


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("sla.opens", "25:00", "HH:MM"),
        ("sla.normal.resolution", "3 days", "e.g. 8h"),
        ("sla.closed_days", "30/02/2026", "not a date"),
        ("sla.open_days", "8", "1 (Monday)"),
    ],
)
def test_the_admin_gets_a_clear_message_for_a_bad_value(db, admin, key, value, words):
    refusal = pytest.raises(ValidationError, match=re.escape(words))
    with refusal as refused, db.session_scope() as s:
        set_setting(s, admin, key, value)
    assert refused.value.field == key


def test_values_are_stored_in_one_spelling(db, admin):
    with db.session_scope() as s:
        set_setting(s, admin, "sla.normal.resolution", "2D 4H")
        set_setting(s, admin, "sla.opens", "7h30")
        set_setting(s, admin, "sla.closed_days", "09/11/2026; 02/11/2026")
        assert get_setting(s, "sla.normal.resolution") == "2d 4h"
        assert get_setting(s, "sla.opens") == "07:30"
        assert get_setting(s, "sla.closed_days") == "02/11/2026, 09/11/2026"


def test_a_week_and_a_closed_day_the_admin_set_move_the_due_times(db, admin):
    with db.session_scope() as s:
        set_setting(s, admin, "sla.open_days", "1-5")
        set_setting(s, admin, "sla.closed_days", "09/11/2026")
        set_setting(s, admin, "sla.normal.first_response", "8h")
        customer = make_customer(s, "Nguyễn Văn An").id
        # Friday 6/11 16:00: 1.5 h on Friday, the weekend and Monday 9/11 closed, then
        # Tuesday 10/11 08:00 + 6.5 h = 14:30 (07:30 UTC).
        view = open_complaint(
            s,
            admin,
            ComplaintInput(customer, "billing", "Sai hóa đơn"),
            now=datetime(2026, 11, 6, 9, 0, tzinfo=UTC),
        )
    assert view.first_response_due == datetime(2026, 11, 10, 7, 30, tzinfo=UTC)
