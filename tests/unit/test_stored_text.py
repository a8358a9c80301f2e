"""Words the app writes about a record read in the reader's language, whichever seat wrote
them: reminder titles (every rule, the SLA pass, a promised callback), a complaint's automatic
escalation, the first line of a follow-up contact, the questions the app's call scripts
asked, and the reason of compensation points."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.models import ComplaintStatus, Gender, Reminder, Tier
from app.services.complaints.complaint_actions import assign_complaint
from app.services.complaints.complaint_workflow import (
    Resolution,
    change_status,
    resolve_complaint,
)
from app.services.complaints.complaints import ComplaintInput, complaint_detail, open_complaint
from app.services.complaints.sla_pass import evaluate_sla
from app.services.contacts.call_log import call_log_page
from app.services.contacts.call_topics import get_topic
from app.services.contacts.interactions import (
    InteractionInput,
    ScriptAnswer,
    get_interaction,
    log_interaction,
)
from app.services.customers.customer_profile import customer_profile
from app.services.customers.customer_timeline import timeline
from app.services.reminders.reminder_actions import complete_reminder
from app.services.reminders.reminder_inbox import due_scan, open_due
from app.services.reminders.reminder_rules import generate_reminders
from app.services.reminders.reminder_text import (
    follow_up_summary,
    occasion_name,
    outcome_names,
    reminder_title,
    stored_title,
)
from app.services.stored_text import ENGLISH
from tests.factories import make_complaint, make_customer, make_purchase, seat_language

HN = timedelta(hours=7)


def hn(year: int, month: int, day: int, hour: int = 9) -> datetime:
    """A moment given in Hà Nội time."""
    return datetime(year, month, day, hour, tzinfo=UTC) - HN


def _rule_subjects(s) -> None:
    """On Friday 20/11/2026 one reminder of each generated rule falls due."""
    an = make_customer(s, "Nguyễn Văn An", birthday=date(1990, 11, 20))
    make_purchase(
        s, an.id, purchase_date=date(2026, 11, 17), warranty_end=date(2026, 12, 4)
    )  # a check-in call 3 days on, and 14 days before its warranty ends
    make_complaint(
        s,
        an.id,
        number="KN-1",
        status=ComplaintStatus.RESOLVED,
        resolved_at=hn(2026, 11, 18, 10),
    )
    make_customer(  # last heard of on 24/05: 180 days quiet on 20/11
        s, "Phạm Thị Hoa", tier=Tier.GOLD, last_contact_at=hn(2026, 5, 24, 6)
    ).gender = Gender.FEMALE


EXPECTED_RULE_TITLES = {
    "en": {
        "birthday": "Birthday greeting: Nguyễn Văn An",
        "post_purchase": "Check-in call after the purchase: Tivi Sony 55 inch",
        "warranty_ending": "The warranty of Tivi Sony 55 inch ends on 04/12/2026",
        "post_resolution": "Callback after complaint KN-1 was resolved",
        "inactive": "No purchase or contact for 180 days: Phạm Thị Hoa",
        "holiday": "Vietnamese Women's Day 20/10 greeting: Phạm Thị Hoa",
    },
    "vi": {
        "birthday": "Chúc mừng sinh nhật: Nguyễn Văn An",
        "post_purchase": "Gọi hỏi thăm sau mua hàng: Tivi Sony 55 inch",
        "warranty_ending": "Bảo hành Tivi Sony 55 inch hết hạn ngày 04/12/2026",
        "post_resolution": "Gọi lại sau khi giải quyết khiếu nại KN-1",
        "inactive": "180 ngày không mua hàng hay liên hệ: Phạm Thị Hoa",
        "holiday": "Chúc mừng Ngày Phụ nữ Việt Nam 20/10: Phạm Thị Hoa",
    },
}


@pytest.mark.parametrize(("writer", "reader"), [("en", "vi"), ("vi", "en"), ("vi", "vi")])
def test_rule_reminders_read_in_the_readers_language(db, writer, reader):
    with db.session_scope() as s:
        _rule_subjects(s)
    with seat_language(writer):
        for at in (hn(2026, 10, 20), hn(2026, 11, 20)):
            with db.session_scope() as s:
                generate_reminders(s, at)
    with seat_language(reader), db.session_scope() as s:
        listed = {r.rule: r.title for r in open_due(s, hn(2026, 11, 20))}  # the CLI's list
        announced = {r.rule: r.title for r in due_scan(s, hn(2026, 11, 20))}  # the toasts
        hoa = s.scalar(select(Reminder.customer_id).where(Reminder.rule == "inactive"))
        on_profile = {i.title for i in timeline(s, hoa) if i.kind == "reminder"}
    assert listed == announced == EXPECTED_RULE_TITLES[reader]
    assert on_profile == {
        EXPECTED_RULE_TITLES[reader]["inactive"],
        EXPECTED_RULE_TITLES[reader]["holiday"],
    }
    with db.session_scope() as s:  # the column itself keeps the English, whoever wrote it
        stored = dict(s.execute(select(Reminder.rule, Reminder.title)).all())
    assert stored == EXPECTED_RULE_TITLES["en"]


@pytest.fixture
def late_complaint(db, agent) -> int:
    """KN-2026-000001 of Nguyễn Văn An, opened Monday 2/11 09:00 and left to breach."""
    with db.session_scope() as s:
        customer = make_customer(s, "Nguyễn Văn An").id
        view = open_complaint(
            s, agent, ComplaintInput(customer, "delivery", "Giao trễ."), now=hn(2026, 11, 2)
        )
        assign_complaint(s, agent, view.id, agent.user_id, now=hn(2026, 11, 2))
        return view.id


@pytest.mark.parametrize(("writer", "reader"), [("en", "vi"), ("vi", "en")])
def test_the_sla_pass_reads_in_the_readers_language(db, late_complaint, writer, reader):
    with seat_language(writer):
        for hour in (15, 17):  # at risk at 75 %, then breached and escalated
            with db.session_scope() as s:
                evaluate_sla(s, hn(2026, 11, 2, hour))
    with seat_language(reader), db.session_scope() as s:
        titles = sorted(r.title for r in open_due(s, hn(2026, 11, 2, 18)))
        escalated = [e for e in complaint_detail(s, late_complaint).events if e.kind == "escalated"]
    expected = {
        "en": (
            ["SLA at risk: KN-2026-000001", "SLA breached: KN-2026-000001"],
            "Escalated automatically: the SLA was breached.",
        ),
        "vi": (
            ["Sắp quá hạn SLA: KN-2026-000001", "Đã quá hạn SLA: KN-2026-000001"],
            "Tự động chuyển cấp: đã quá hạn SLA.",
        ),
    }[reader]
    assert titles == expected[0]
    assert [(e.note, e.actor_name, e.data["tier"]) for e in escalated] == [(expected[1], None, 2)]


@pytest.mark.parametrize(("writer", "reader"), [("en", "vi"), ("vi", "en")])
def test_a_promised_callback_reads_in_the_readers_language(db, agent, an, writer, reader):
    with seat_language(writer), db.session_scope() as s:
        log_interaction(
            s,
            agent,
            InteractionInput(
                "phone",
                "in",
                hn(2026, 11, 2),
                customer_id=an,
                outcome="callback_needed",
                notes="Khách hỏi lịch bảo hành.",
                callback_at=hn(2026, 11, 3),
            ),
        )
    with seat_language(reader), db.session_scope() as s:
        [row] = open_due(s, hn(2026, 11, 3))
    assert row.title == {"en": "Call back Nguyễn Văn An", "vi": "Gọi lại cho Nguyễn Văn An"}[reader]
    assert row.notes == "Khách hỏi lịch bảo hành."  # what the agent typed, as typed


@pytest.mark.parametrize(("writer", "reader"), [("vi", "en"), ("en", "vi")])
def test_the_apps_script_questions_read_in_the_readers_language(db, agent, an, writer, reader):
    with seat_language(writer), db.session_scope() as s:
        asked = get_topic(s, "warranty").questions  # as the contact form shows them
        answers = (ScriptAnswer(asked[0], "SN123"), ScriptAnswer("Khách gọi từ đâu?", "Hà Nội"))
        logged = log_interaction(
            s,
            agent,
            InteractionInput(
                "phone", "in", hn(2026, 11, 2), customer_id=an, script_answers=answers
            ),
        )
    with seat_language(reader), db.session_scope() as s:
        shown = get_interaction(s, logged.id).script_answers
    assert [(a.question, a.answer) for a in shown] == [
        (
            {
                "en": "What is the serial number on the product label?",
                "vi": "Số serial trên tem sản phẩm là gì?",
            }[reader],
            "SN123",
        ),
        ("Khách gọi từ đâu?", "Hà Nội"),  # a supervisor's question, as written
    ]


@pytest.mark.parametrize(("writer", "reader"), [("vi", "en"), ("en", "vi")])
def test_a_follow_up_contact_reads_in_the_readers_language(db, admin, writer, reader):
    with db.session_scope() as s:
        _rule_subjects(s)
        generate_reminders(s, hn(2026, 11, 20))
        rid = s.scalar(select(Reminder.id).where(Reminder.rule == "post_resolution"))
    with seat_language(writer), db.session_scope() as s:
        done = complete_reminder(
            s,
            admin,
            rid,
            "reached",
            "Khách hài lòng.",
            satisfaction=5,
            effort=4,
            now=hn(2026, 11, 20),
        )
    with seat_language(reader), db.session_scope() as s:
        [logged] = call_log_page(s).rows
        contact = get_interaction(s, logged.id)
        on_profile = [i for i in timeline(s, done.customer_id) if i.kind == "interaction"]
    first_line, questions = {
        "en": (
            "Follow-up “Callback after complaint KN-1 was resolved”: Reached the customer",
            [
                "Satisfaction with the resolution (CSAT, 1-5)",
                "Effort to get it resolved (CES, 1-5)",
            ],
        ),
        "vi": (
            "Chăm sóc “Gọi lại sau khi giải quyết khiếu nại KN-1”: Đã liên lạc được khách",
            [
                "Mức hài lòng với cách giải quyết (CSAT, 1-5)",
                "Mức công sức để được giải quyết (CES, 1-5)",
            ],
        ),
    }[reader]
    shown = f"{first_line}\nKhách hài lòng."
    assert logged.notes == contact.notes == on_profile[0].detail == shown
    assert [(a.question, a.answer) for a in contact.script_answers] == list(
        zip(questions, ["5", "4"], strict=True)
    )


@pytest.mark.parametrize(("writer", "reader"), [("vi", "en"), ("en", "vi")])
def test_compensation_points_read_in_the_readers_language(
    db, admin, late_complaint, writer, reader
):
    with seat_language(writer), db.session_scope() as s:
        change_status(s, admin, late_complaint, "in_progress")
        resolve_complaint(
            s, admin, late_complaint, Resolution("explanation", "Đã xin lỗi khách.", 0, 200)
        )
    with seat_language(reader), db.session_scope() as s:
        customer_id = complaint_detail(s, late_complaint).complaint.customer_id
        [entry] = customer_profile(s, admin, customer_id).ledger
    assert (entry.delta, entry.reason) == (
        200,
        {
            "en": "Compensation for complaint KN-2026-000001",
            "vi": "Bồi thường cho khiếu nại KN-2026-000001",
        }[reader],
    )


# -- the words themselves, in both languages ----------------------------------------------------

OUTCOMES = {
    "en": {
        "reached": "Reached the customer",
        "no_answer": "No answer",
        "wrong_number": "Wrong number",
        "declined": "The customer declined",
        "in_person": "Done in person",
    },
    "vi": {
        "reached": "Đã liên lạc được khách",
        "no_answer": "Không nghe máy",
        "wrong_number": "Nhầm số",
        "declined": "Khách từ chối",
        "in_person": "Đã gặp trực tiếp",
    },
}
OCCASIONS = {
    "en": {
        "tet": "Tết Nguyên Đán",
        "womens_day": "International Women's Day 8/3",
        "vietnamese_womens_day": "Vietnamese Women's Day 20/10",
        "greeting_day": "Greeting day 02/09",
    },
    "vi": {
        "tet": "Tết Nguyên Đán",
        "womens_day": "Ngày Quốc tế Phụ nữ 8/3",
        "vietnamese_womens_day": "Ngày Phụ nữ Việt Nam 20/10",
        "greeting_day": "Ngày chúc mừng 02/09",
    },
}


@pytest.mark.parametrize("reader", ["en", "vi"])
def test_how_a_follow_up_went_reads_in_the_readers_language(reader):
    with seat_language(reader):
        assert outcome_names() == OUTCOMES[reader]


@pytest.mark.parametrize("reader", ["en", "vi"])
def test_each_greeting_occasion_has_its_name(reader):
    with seat_language(reader):
        names = {o: occasion_name(o, "2026-09-02") for o in OCCASIONS[reader]}
        unknown = occasion_name("teachers_day", "2026-11-20")
    assert names == OCCASIONS[reader]
    assert unknown is None


def test_a_holiday_this_version_does_not_know_keeps_its_stored_title():
    params = {"occasion": "teachers_day", "day": "2026-11-20", "name": "Nguyễn Văn An"}
    stored = "Chúc mừng ngày Nhà giáo: Nguyễn Văn An"
    assert reminder_title("holiday", params, stored) == stored
    known = {"occasion": "tet", "day": "2027-02-06", "name": "Nguyễn Văn An"}
    assert reminder_title("holiday", known, stored) == "Tết Nguyên Đán greeting: Nguyễn Văn An"


def test_a_follow_up_whose_outcome_is_unknown_shows_it_as_stored():
    params = {"title": "Call back 0909111222", "outcome": "later"}
    with seat_language("vi"):
        assert follow_up_summary(params) == "Chăm sóc “Call back 0909111222”: later"
        reached = {**params, "title_key": "callback", "title_params": {"who": "0909 111 222"}}
        reached["outcome"] = "reached"
        assert follow_up_summary(reached) == (
            "Chăm sóc “Gọi lại cho 0909 111 222”: Đã liên lạc được khách"
        )


def test_a_greeting_day_is_named_by_its_date():
    params = {"occasion": "greeting_day", "day": "2026-09-02", "name": "Nguyễn Văn An"}
    assert reminder_title("holiday", params, "x") == "Greeting on 02/09: Nguyễn Văn An"
    with seat_language("vi"):
        assert reminder_title("holiday", params, "x") == "Chúc mừng ngày 02/09: Nguyễn Văn An"


def test_a_new_reminder_keeps_its_key_values_and_english_words_whatever_the_seat():
    with seat_language("vi"):
        columns = stored_title("birthday", name="Nguyễn Văn An")
    assert columns == {
        "title_key": "birthday",
        "title_params": {"name": "Nguyễn Văn An"},
        "title": "Birthday greeting: Nguyễn Văn An",
    }


def test_a_follow_up_reads_in_the_words_it_is_asked_for():
    params = {"title_key": "callback", "title_params": {"who": "0909 111 222"}}
    with seat_language("vi"):
        english = follow_up_summary({**params, "outcome": "no_answer"}, ENGLISH)
        bare = follow_up_summary({})
    assert english == "Follow-up “Call back 0909 111 222”: No answer"
    assert bare == "Chăm sóc “”: "  # nothing recorded: nothing made up
