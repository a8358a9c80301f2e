"""`python main.py reminders`: run the rules from cron or a terminal and list what is due."""

from __future__ import annotations

import json
from datetime import date

from app.models import Reminder
from app.services.demo import generate
from tests.factories import make_customer


def test_generate_then_list_what_is_due(db, cli):
    with db.session_scope() as s:
        make_customer(s, "Nguyễn Thị Lan", code="KH0000001", birthday=date(1990, 11, 20))
        make_customer(s, "Trần Văn Minh", code="KH0000002", birthday=date(1985, 11, 21))
    code, out, _ = cli("reminders", "--generate", "--at", "2026-11-20T09:00", "--json")
    assert code == 0
    listed = json.loads(out)
    # Minh's birthday (tomorrow) is created but not due yet.
    assert [
        (r["kind"], r["customer_code"], r["due_at"], r["status"], r["assignee"]) for r in listed
    ] == [
        ("birthday", "KH0000001", "2026-11-20T08:00:00+07:00", "open", None),
    ]
    code, out, _ = cli("reminders", "--generate", "--at", "2026-11-20T09:00")
    assert code == 0
    assert "Rules run: 0 new reminders." in out
    assert "KH0000001 Birthday greeting: Nguyễn Thị Lan  [(pool)]" in out
    assert "1 reminder open and due." in out
    with db.session_scope() as s:
        assert s.query(Reminder).count() == 2


def test_nothing_due(db, cli):
    code, out, _ = cli("reminders", "--at", "2026-11-20T09:00+07:00")
    assert code == 0 and out.strip() == "No reminder is open and due at 20/11/2026 09:00."
    code, out, _ = cli("reminders", "--json")
    assert code == 0 and json.loads(out) == []


def test_over_demo_data_generating_twice_adds_nothing(db, admin, cli):
    generate(db, customers=60, seed=7, today=date(2026, 11, 20), actor=admin)
    code, first, _ = cli("reminders", "--generate", "--at", "2026-11-20T09:00", "--json")
    code2, second, _ = cli("reminders", "--generate", "--at", "2026-11-20T09:00", "--json")
    assert code == code2 == 0
    assert json.loads(first) == json.loads(second) and json.loads(first)
    assert all(r["due_at"].endswith("+07:00") for r in json.loads(first))


def test_a_moment_that_is_not_one_is_a_usage_error(db, cli):
    code, _, err = cli("reminders", "--at", "tomorrow")
    assert code == 2 and "“tomorrow” is not a date and time" in err
