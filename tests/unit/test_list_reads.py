"""Lists as their screens read them: the audit trail a page at a time with its filter
lists, the reminders inbox with the phone to call, the customer list's ids; and a snooze
by a preset of the menu."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from app.services.audit import AuditFilter
from app.services.audit_reads import audit_filter_choices, audit_first_page, audit_page
from app.services.customers.customer_list import (
    CustomerListFilter,
    CustomerListSort,
    customer_id_array,
    customer_ids,
)
from app.services.reminders.inbox_reads import inbox_lines
from app.services.reminders.reminder_actions import snooze_to_preset
from app.timeutil import local_date, now_utc, zone
from tests import scenarios
from tests.factories import make_customer


def test_the_trail_is_read_a_page_at_a_time_with_the_records_named(db, admin):
    with db.session_scope() as s:
        for n, name in enumerate(("Nguyễn Thị Lan", "Trần Văn Bình", "Lê Thị Cúc")):
            scenarios.new_customer(s, admin, name, f"0903 123 45{n}")
    only_customers = AuditFilter(entity="customer")
    with db.session_scope() as s:
        total, first = audit_first_page(s, admin, only_customers, 2)
        rest = audit_page(s, admin, only_customers, 2, 2)

    assert total == 3
    assert [len(first), len(rest)] == [2, 1]
    assert [(e.subject.code, e.subject.name) for e in first + rest] == [
        ("KH0000003", "Lê Thị Cúc"),
        ("KH0000002", "Trần Văn Bình"),
        ("KH0000001", "Nguyễn Thị Lan"),
    ]


def test_the_trails_filters_offer_who_did_what_with_their_names(db, admin):
    with db.session_scope() as s:
        scenarios.new_customer(s, admin, "Nguyễn Thị Lan", "0903 123 456")
    with db.session_scope() as s:
        actors, entities, actions, names = audit_filter_choices(s, admin)

    assert "admin" in actors and names["admin"] == "Quản Trị Viên"
    assert "customer" in entities and "create" in actions


def test_the_inbox_gives_the_number_to_dial_and_marks_what_is_overdue(db, admin, agent):
    with db.session_scope() as s:
        other = scenarios.staff_member(s, admin, "trang.do", "Đỗ Thu Trang")
        inbox = scenarios.reminder_inbox(s, admin, agent, other)
    with db.session_scope() as s:
        today = inbox_lines(s, agent, "today", "mine", 0, 50)
        overdue = inbox_lines(s, agent, "overdue", "mine", 0, 50)

    assert [line.row.id for line in today] == list(inbox.today)
    assert {line.phone for line in today} == {"0903123456"}
    assert not any(line.overdue for line in today)
    assert [(line.row.id, line.overdue) for line in overdue] == [(inbox.overdue, True)]


def test_the_list_holds_its_ids_compactly_in_the_order_asked(db):
    with db.session_scope() as s:
        for name in ("Võ An", "Đỗ Bình", "Lê Cúc"):
            make_customer(s, name)
    by_name = CustomerListSort("full_name")
    with db.session_scope() as s:
        ids = customer_id_array(s, CustomerListFilter(), by_name)
        expected = customer_ids(s, CustomerListFilter(), by_name)

    assert ids.typecode == "q" and ids.tolist() == expected and len(expected) == 3


def test_a_snooze_preset_becomes_a_time_when_the_work_runs(db, admin, agent):
    with db.session_scope() as s:
        other = scenarios.staff_member(s, admin, "trang.do", "Đỗ Thu Trang")
        inbox = scenarios.reminder_inbox(s, admin, agent, other)
    with db.session_scope() as s:
        row = snooze_to_preset(s, agent, inbox.today[0], "tomorrow")

    tomorrow = local_date(now_utc()) + timedelta(days=1)
    assert row.snoozed_until == datetime.combine(tomorrow, time(8, 0), tzinfo=zone())
