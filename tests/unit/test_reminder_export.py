"""A reminders tab exported: what one tab of one scope shows, in the tab's order, with the
phone to call and how each one ended; "all" writes every tab."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.errors import PermissionDenied
from app.models import ReminderStatus
from app.services.reminders.reminder_export import export_reminders
from tests.factories import make_customer, make_reminder, make_store
from tests.scenarios import staff_member
from tests.unit.export_reading import Recorder, column, csv_table, xlsx_table

NOW = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)  # Monday, 09:00 in Hà Nội


def hours(n: float) -> datetime:
    return NOW + timedelta(hours=n)


@pytest.fixture
def inbox(db, admin):
    """Yến's reminders (one overdue, two today, one snoozed into the afternoon, one
    upcoming, one done), one in the Hà Nội pool today, and one of Khoa's today."""
    with db.session_scope() as s:
        hn = make_store(s).id
        yen = staff_member(s, admin, store_id=hn)
        khoa = staff_member(s, admin, "khoa.ly", "Lý Minh Khoa", store_id=hn)
        dao = make_customer(s, "Nguyễn Thị Đào", code="KH01", phones=["0903 123 456"]).id
        minh = make_customer(s, "Lê Văn Minh", code="KH02").id
        me = yen.user_id
        snoozed = {"snoozed_until": hours(3), "notes": "Khách hẹn buổi trưa"}
        done = {
            "status": ReminderStatus.DONE,
            "done_at": hours(-24),
            "done_by_id": me,
            "outcome": "reached",
        }
        plan = [
            ("overdue", dao, me, hours(-48), "callback", "Gọi lại trễ", {}),
            ("birthday", minh, me, hours(1), "birthday", "Chúc mừng sinh nhật", {}),
            ("snoozed", dao, me, hours(-1), "callback", "Hỏi thăm", snoozed),
            ("upcoming", dao, me, hours(72), "callback", "Gọi lại sau", {}),
            ("done", dao, me, hours(-30), "callback", "Đã gọi", done),
            (
                "pool",
                minh,
                None,
                hours(2),
                "post_purchase",
                "Hỏi thăm sau mua hàng",
                {"store_id": hn},
            ),
            ("khoa", dao, khoa.user_id, hours(0.5), "callback", "Của Khoa", {}),
        ]
        for key, customer, assignee, due, rule, title, more in plan:
            make_reminder(
                s,
                customer,
                unique_key=key,
                assignee_id=assignee,
                due_at=due,
                rule=rule,
                title=title,
                **more,
            )
        return {"yen": yen, "khoa": khoa}


HEADER = [
    "Due",
    "Kind",
    "Customer code",
    "Customer",
    "Phone",
    "Reason",
    "Notes",
    "Assignee",
    "Status",
    "Done",
    "Done by",
    "Outcome",
]


def _export(db, actor, tab, scope, path, **options) -> int:
    with db.session_scope() as s:
        return export_reminders(s, actor, tab, scope, path, at=NOW, **options)


def test_todays_reminders_soonest_first_with_the_phone_to_call(db, inbox, tmp_path):
    target = tmp_path / "nhac-viec.csv"
    assert _export(db, inbox["yen"], "today", "mine", target) == 2
    assert csv_table(target) == [
        HEADER,
        ["02/11/2026 10:00:00", "Birthday", "KH02", "Lê Văn Minh", "", "Chúc mừng sinh nhật",
         "", "Trần Thị Yến", "To do", "", "", ""],
        # Snoozed from 08:00 to 12:00: it counts, and is placed, from its snooze time.
        ["02/11/2026 12:00:00", "Promised callback", "KH01", "Nguyễn Thị Đào", "0903 123 456",
         "Hỏi thăm", "Khách hẹn buổi trưa", "Trần Thị Yến", "Snoozed", "", "", ""],
    ]  # fmt: skip


def test_done_reminders_say_when_by_whom_and_how(db, inbox, tmp_path):
    target = tmp_path / "nhac-viec.csv"
    assert _export(db, inbox["yen"], "done", "mine", target) == 1
    row = dict(zip(HEADER, csv_table(target)[1], strict=True))
    assert (row["Status"], row["Done"], row["Done by"], row["Outcome"]) == (
        "Done",
        "01/11/2026 09:00:00",
        "Trần Thị Yến",
        "Reached the customer",
    )


def test_each_scope_and_tab_exports_what_it_shows(db, inbox, tmp_path, admin):
    target = tmp_path / "nhac-viec.csv"
    _export(db, inbox["yen"], "today", "pool", target)
    assert column(csv_table(target), "Reason") == ["Hỏi thăm sau mua hàng"]
    assert column(csv_table(target), "Assignee") == ["Shared pool"]
    _export(db, inbox["yen"], "overdue", "mine", target)
    assert column(csv_table(target), "Reason") == ["Gọi lại trễ"]
    # Every tab of every scope, one after another, each in its own order.
    assert _export(db, admin, "all", "all", target) == 7
    assert column(csv_table(target), "Reason") == [
        "Gọi lại trễ",
        "Của Khoa",
        "Chúc mừng sinh nhật",
        "Hỏi thăm sau mua hàng",
        "Hỏi thăm",
        "Gọi lại sau",
        "Đã gọi",
    ]


def test_an_agent_cannot_export_everyones_reminders(db, inbox, tmp_path):
    with pytest.raises(PermissionDenied, match="supervisors and administrators"):
        _export(db, inbox["khoa"], "today", "all", tmp_path / "nhac-viec.csv")
    assert not (tmp_path / "nhac-viec.csv").exists()


def test_an_xlsx_keeps_due_times_as_dates_with_progress(db, inbox, tmp_path):
    target = tmp_path / "nhac-viec.xlsx"
    control = Recorder()
    assert _export(db, inbox["yen"], "all", "mine", target, control=control) == 5
    assert column(xlsx_table(target), "Due")[:2] == [
        datetime(2026, 10, 31, 9, 0),
        datetime(2026, 11, 2, 10, 0),
    ]
    assert control.reports == [(100, "5 of 5 reminders")]
