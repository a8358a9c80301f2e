"""Working reminders: the inbox tabs, taking from the pool (two agents never both win),
snoozing, completing (the contact lands on the timeline, once) and reassigning."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.errors import Conflict, PermissionDenied, ValidationError
from app.models import AuditEntry, Customer, Interaction, Reminder
from app.services.access.stores import add_store
from app.services.actor import Actor
from app.services.contacts.interactions import get_interaction
from app.services.reminders.reminder_actions import (
    complete_reminder,
    reassign_reminder,
    snooze_reminder,
    snooze_time,
    take_reminder,
)
from app.services.reminders.reminder_detail import reminder_detail
from app.services.reminders.reminder_inbox import (
    badge_count,
    due_scan,
    reminder_counts,
    reminder_page,
    reminder_row,
)
from tests.conftest import truncate_all
from tests.factories import make_customer, make_reminder
from tests.scenarios import first_admin, staff_member

HN = timedelta(hours=7)
NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)  # Friday 20/11, 10:00 in Hà Nội


def _team(s, admin) -> dict[str, Actor]:
    """Lan and Bình (agents) and Hùng (supervisor) of the Hà Nội store."""
    store = add_store(s, admin, "HN01", "Cửa hàng Hà Nội").id
    return {
        key: staff_member(s, admin, username, name, role, store_id=store)
        for key, username, name, role in (
            ("lan", "lan.nguyen", "Nguyễn Thị Lan", "agent"),
            ("binh", "binh.tran", "Trần Văn Bình", "agent"),
            ("hung", "hung.le", "Lê Văn Hùng", "supervisor"),
        )
    }


@pytest.fixture
def team(db, admin) -> dict[str, Actor]:
    with db.session_scope() as s:
        return _team(s, admin)


def remind(
    db,
    store_id: int | None,
    due: datetime,
    assignee: int | None = None,
    rule: str = "birthday",
    key: str | None = None,
) -> int:
    """A reminder about a new customer of `store_id`, as a rule leaves it."""
    with db.session_scope() as s:
        customer = make_customer(s, "Phạm Thị Hoa", phones=["0912 345 678"], store_id=store_id)
        return make_reminder(
            s,
            customer.id,
            unique_key=key or f"{rule}:customer:{customer.id}:{due.date()}",
            rule=rule,
            subject_type="customer",
            subject_id=customer.id,
            due_at=due,
            title="Chúc mừng sinh nhật",
            assignee_id=assignee,
            store_id=store_id,
        ).id


def _row(db, rid: int):
    with db.session_scope() as s:
        return reminder_row(s, rid)


def test_the_tabs_split_by_local_day_and_the_lists_by_owner(db, team):
    lan, binh = team["lan"], team["binh"]
    store = lan.store_id
    overdue = remind(db, store, NOW - timedelta(days=1), lan.user_id)
    # 00:30 on the 20th in Hà Nội is still the 19th in UTC: today, not overdue.
    early = remind(db, store, datetime(2026, 11, 19, 17, 30, tzinfo=UTC), lan.user_id)
    tomorrow = remind(db, store, NOW + timedelta(days=1), lan.user_id)
    pooled = remind(db, store, NOW - timedelta(hours=1))
    with db.session_scope() as s:
        other = add_store(s, Actor.os_user(), "DN01", "Cửa hàng Đà Nẵng").id
    elsewhere = remind(db, other, NOW - timedelta(hours=1))
    theirs = remind(db, store, NOW, binh.user_id)
    with db.session_scope() as s:

        def ids(tab, scope="mine", actor=lan):
            return [r.id for r in reminder_page(s, actor, tab, scope, NOW)]

        assert ids("overdue") == [overdue]
        assert ids("today") == [early]
        assert ids("upcoming") == [tomorrow]
        assert ids("today", "pool") == [pooled]
        assert ids("today", "mine", binh) == [theirs]
        assert set(ids("today", "all", team["hung"])) == {early, pooled, elsewhere, theirs}
        with pytest.raises(PermissionDenied, match="Only supervisors and administrators"):
            reminder_page(s, lan, "today", "all", NOW)
        assert reminder_counts(s, lan, "mine", NOW) == {"overdue": 1, "today": 1, "upcoming": 1}
        assert badge_count(s, lan, NOW) == 3  # overdue + today, mine and the pool's


def test_taking_from_the_pool_makes_it_mine_and_the_second_taker_learns_who(db, team):
    lan, binh = team["lan"], team["binh"]
    rid = remind(db, lan.store_id, NOW)
    version = _row(db, rid).version
    with db.session_scope() as s:
        taken = take_reminder(s, lan, rid, version, now=NOW)
    assert (taken.assignee_id, taken.taken_at) == (lan.user_id, NOW)
    took = "Nguyễn Thị Lan took this reminder at 20/11/2026 10:00"
    with pytest.raises(Conflict, match=took), db.session_scope() as s:
        take_reminder(s, binh, rid, version, now=NOW)
    with pytest.raises(Conflict, match=took), db.session_scope() as s:
        take_reminder(s, binh, rid, now=NOW)
    assert _row(db, rid).assignee_id == lan.user_id


def test_snooze_choices_and_a_time_in_the_past(db, team):
    lan = team["lan"]
    rid = remind(db, lan.store_id, NOW - timedelta(hours=2), lan.user_id)
    assert snooze_time("15m", NOW) == NOW + timedelta(minutes=15)
    assert snooze_time("1h", NOW) == NOW + timedelta(hours=1)
    assert snooze_time("tomorrow", NOW) == datetime(2026, 11, 21, 1, 0, tzinfo=UTC)
    with db.session_scope() as s:
        s.get(Reminder, rid).notified_at = NOW - timedelta(hours=2)
    past = "20/11/2026 09:55 has already passed"
    with pytest.raises(ValidationError, match=past), db.session_scope() as s:
        snooze_reminder(s, lan, rid, NOW - timedelta(minutes=5), now=NOW)
    assert _row(db, rid).snoozed_until is None
    with db.session_scope() as s:
        snooze_reminder(s, lan, rid, snooze_time("1h", NOW), now=NOW)
    with db.session_scope() as s:
        assert due_scan(s, NOW + timedelta(minutes=30)) == ()
        # Announced again when the snooze runs out.
        assert [d.id for d in due_scan(s, NOW + timedelta(hours=1))] == [rid]
        assert [r.id for r in reminder_page(s, lan, "today", "mine", NOW)] == [rid]
        assert reminder_page(s, lan, "overdue", "mine", NOW) == ()


def test_only_a_supervisor_acts_on_someone_elses_reminder(db, team):
    lan, binh, hung = team["lan"], team["binh"], team["hung"]
    rid = remind(db, lan.store_id, NOW, lan.user_id)
    with pytest.raises(PermissionDenied), db.session_scope() as s:
        snooze_reminder(s, binh, rid, NOW + timedelta(hours=1), now=NOW)
    with pytest.raises(PermissionDenied), db.session_scope() as s:
        reassign_reminder(s, lan, rid, binh.user_id)
    with db.session_scope() as s:
        assert reassign_reminder(s, hung, rid, binh.user_id).assignee_id == binh.user_id
    with db.session_scope() as s:
        assert reassign_reminder(s, hung, rid, None).assignee_id is None  # back to the pool
    with pytest.raises(ValidationError, match="active user"), db.session_scope() as s:
        reassign_reminder(s, hung, rid, 9999)


def _count(db, model) -> int:
    with db.session_scope() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_completing_logs_the_contact_on_the_customers_timeline(db, team):
    lan = team["lan"]
    rid = remind(db, lan.store_id, NOW - timedelta(hours=1))
    with db.session_scope() as s:
        done = complete_reminder(s, lan, rid, "reached", "Khách cảm ơn, hẹn ghé cửa hàng.", now=NOW)
    assert (done.status, done.outcome, done.done_by_name) == ("done", "reached", "Nguyễn Thị Lan")
    with db.session_scope() as s:
        contact = s.scalars(select(Interaction)).one()
        customer = s.get(Customer, contact.customer_id)
        assert contact.customer_id == done.customer_id and contact.agent_id == lan.user_id
        assert contact.notes == "Khách cảm ơn, hẹn ghé cửa hàng."  # as typed; the line
        assert get_interaction(s, contact.id).notes == (  # above it is worded when shown
            "Follow-up “Chúc mừng sinh nhật”: Reached the customer\nKhách cảm ơn, hẹn ghé cửa hàng."
        )
        assert customer.last_contact_at == NOW
        actions = s.execute(
            select(AuditEntry.entity, AuditEntry.action).order_by(AuditEntry.id)
        ).all()[-2:]
        assert [tuple(a) for a in actions] == [("interaction", "create"), ("reminder", "complete")]
        assert reminder_page(s, lan, "done", "mine", NOW)[0].id == rid


def test_completing_what_someone_completed_a_moment_ago_names_them_and_doubles_nothing(db, team):
    lan, binh = team["lan"], team["binh"]
    rid = remind(db, lan.store_id, NOW - timedelta(hours=1))
    version = _row(db, rid).version  # both have the pool list open
    with db.session_scope() as s:
        complete_reminder(s, lan, rid, "no_answer", version=version, now=NOW)
    for stale in (version, None):
        done = "Nguyễn Thị Lan completed this reminder at 20/11/2026 10:00"
        with pytest.raises(Conflict, match=done), db.session_scope() as s:
            complete_reminder(s, binh, rid, "reached", version=stale, now=NOW)
    assert _count(db, Interaction) == 1
    assert _row(db, rid).outcome == "no_answer"


def test_bad_outcome_is_refused(db, team):
    rid = remind(db, team["lan"].store_id, NOW)
    with pytest.raises(ValidationError, match="how the follow-up went"), db.session_scope() as s:
        complete_reminder(s, team["lan"], rid, "maybe", now=NOW)
    assert _row(db, rid).status == "open" and _count(db, Interaction) == 0


def test_a_post_resolution_call_keeps_the_customers_csat_and_ces_with_the_contact(db, team):
    lan = team["lan"]
    rid = remind(db, lan.store_id, NOW - timedelta(hours=1), rule="post_resolution")
    with pytest.raises(ValidationError, match="from 1 to 5"), db.session_scope() as s:
        complete_reminder(s, lan, rid, "reached", satisfaction=4, effort=7, now=NOW)
    assert _row(db, rid).status == "open" and _count(db, Interaction) == 0
    with db.session_scope() as s:
        complete_reminder(s, lan, rid, "reached", satisfaction=4, effort=2, now=NOW)
    with db.session_scope() as s:
        contact = s.scalars(select(Interaction)).one()
        assert contact.satisfaction == 4
        assert contact.script_answers == [
            ["Satisfaction with the resolution (CSAT, 1-5)", "4"],
            ["Effort to get it resolved (CES, 1-5)", "2"],
        ]


def test_opening_a_reminder_gives_reason_script_and_greeting(db, team):
    rid = remind(db, team["lan"].store_id, NOW)
    with db.session_scope() as s:
        s.get(Customer, _row(db, rid).customer_id).gender = "female"
    with db.session_scope() as s:
        detail = reminder_detail(s, team["lan"], rid)
    assert detail.kind == "Birthday" and detail.reason == "It is the customer's birthday."
    assert "happy birthday" in detail.script
    assert detail.greeting.startswith("Chúc mừng sinh nhật chị Hoa!")


@pytest.mark.pg
def test_two_agents_taking_at_once_on_postgresql_never_both_win(request):
    """Lan holds the row lock mid-take while Bình tries: SKIP LOCKED tells Bình at once."""
    db = request.getfixturevalue("pg_database")
    truncate_all(db)
    with db.session_scope() as s:
        team = _team(s, first_admin(s))
    lan, binh = team["lan"], team["binh"]
    rid = remind(db, lan.store_id, NOW)
    locked, released = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def first() -> None:
        try:
            with db.session_scope() as s:
                outcome["lan"] = take_reminder(s, lan, rid, now=NOW).assignee_id
                locked.set()
                released.wait(20)  # still inside the transaction: the row stays locked
        except Exception as exc:
            outcome["lan"] = exc
            locked.set()

    def second() -> None:
        locked.wait(20)
        try:
            with db.session_scope() as s:
                outcome["binh"] = take_reminder(s, binh, rid, now=NOW).assignee_id
        except Exception as exc:
            outcome["binh"] = exc
        released.set()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert outcome["lan"] == lan.user_id
    assert isinstance(outcome["binh"], Conflict)
    assert "taking this reminder at this moment" in outcome["binh"].message
    with pytest.raises(Conflict, match="Nguyễn Thị Lan took"), db.session_scope() as s:
        take_reminder(s, binh, rid, now=NOW)
    assert _row(db, rid).assignee_id == lan.user_id
