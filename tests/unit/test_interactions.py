"""Logging contacts: validation, unknown callers linked later, callbacks, append-only notes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.errors import CareDeskError, PermissionDenied, ValidationError
from app.models import AuditEntry, Customer, Interaction, Reminder
from app.services.contacts.call_topics import save_topic
from app.services.contacts.caller_lookup import find_caller
from app.services.contacts.interactions import (
    NOTES_MAX,
    InteractionInput,
    ScriptAnswer,
    add_correction,
    get_interaction,
    link_caller,
    log_interaction,
)
from app.services.customers.customer_timeline import timeline
from tests.factories import make_complaint, make_customer

NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)  # 10:00 in Hà Nội


def _call(**changes) -> InteractionInput:
    values = dict(
        channel="phone",
        direction="in",
        started_at=NOW - timedelta(minutes=7),
        ended_at=NOW,
        topic="warranty",
        outcome="information_given",
        notes="Khách hỏi hạn bảo hành tivi",
    )
    values.update(changes)
    return InteractionInput(**values)


def _log(db, actor, **changes):
    with db.session_scope() as s:
        return log_interaction(s, actor, _call(**changes), now=NOW)


def test_a_logged_call_keeps_what_the_agent_typed_and_moves_the_last_contact(db, agent, an):
    answers = (ScriptAnswer("Số serial?", "SN-123"), ScriptAnswer("Ngày mua?", ""))
    view = _log(
        db,
        agent,
        customer_id=an,
        satisfaction=5,
        script_answers=answers,
        notes="Khách hỏi hạn bảo hành tivi",
    )
    assert (view.customer_name, view.agent_name) == ("Nguyễn Văn An", "Trần Thị Yến")
    assert (view.duration_seconds, view.topic, view.outcome) == (
        420,
        "warranty",
        "information_given",
    )
    # An unanswered question is not kept as an answer.
    assert view.script_answers == (ScriptAnswer("Số serial?", "SN-123"),)
    with db.session_scope() as s:
        assert s.get(Customer, an).last_contact_at == NOW - timedelta(minutes=7)
        assert s.get(Customer, an).version == 1  # a call is not an edit of the customer
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "interaction")).one()
        assert (entry.action, entry.actor) == ("create", "yen.tran")


def test_notes_are_stored_composed_with_their_line_breaks(db, agent, an):
    typed = "Khách phàn nàn giao hàng trễ.\r\n\r\n- Hẹn giao lại".replace("à", "a\u0300")
    view = _log(db, agent, customer_id=an, notes=typed)
    assert view.notes == "Khách phàn nàn giao hàng trễ.\n\n- Hẹn giao lại"


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"ended_at": NOW - timedelta(minutes=10)}, "ended_at", "before the start"),
        ({"ended_at": None, "duration_seconds": 25 * 3600}, "duration", "24 hours"),
        ({"ended_at": NOW + timedelta(hours=25)}, "duration", "24 hours"),
        ({"notes": "x" * 100_000}, "notes", "100,000 characters"),
        ({"satisfaction": 6}, "satisfaction", "from 1 to 5"),
        ({"customer_id": None, "phone": ""}, "customer", "phone number"),
        ({"customer_id": None, "phone": "không có số"}, None, ""),
        ({"started_at": NOW + timedelta(hours=1), "ended_at": None}, "started_at", "future"),
        ({"outcome": "callback_needed"}, "callback_at", "call back"),
        ({"complaint_number": "KN-2026-999999"}, "complaint", "no complaint"),
        ({"topic": "no_such_topic"}, None, "no call topic"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_nothing_is_written(
    db, agent, an, changes, field, words
):
    changes = {"customer_id": an, **changes}
    with pytest.raises(CareDeskError) as refused, db.session_scope() as s:
        log_interaction(s, agent, _call(**changes), now=NOW)
    error = refused.value
    assert getattr(error, "message", "")
    if field:
        assert error.field == field
    assert words.lower() in error.message.lower()
    with db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Interaction)) == 0


def test_a_note_at_the_limit_is_kept_whole(db, agent, an):
    view = _log(db, agent, customer_id=an, notes="ạ" * NOTES_MAX)
    assert len(view.notes) == NOTES_MAX


def test_an_unknown_caller_is_logged_by_number_and_linked_later_with_every_call(db, agent, an):
    first = _log(db, agent, phone="0909 111 222")
    second = _log(db, agent, phone="+84 909 111 222", started_at=NOW - timedelta(minutes=2))
    other = _log(db, agent, phone="0909 333 444")
    assert first.customer_id is None and first.phone_e164 == "+84909111222"
    with db.session_scope() as s:
        assert find_caller(s, "0909111222").customer_ids == ()
        assert link_caller(s, agent, first.id, an) == 2
    with db.session_scope() as s:
        assert get_interaction(s, second.id).customer_name == "Nguyễn Văn An"
        assert get_interaction(s, other.id).customer_id is None
        assert s.get(Customer, an).last_contact_at == NOW - timedelta(minutes=2)
        items = [i.id for i in timeline(s, an) if i.kind == "interaction"]
        assert items == [second.id, first.id]
        with pytest.raises(ValidationError, match="already linked"):
            link_caller(s, agent, first.id, an)


def test_a_known_number_finds_its_customer(db, an):
    with db.session_scope() as s:
        match = find_caller(s, "+84912345678")
    assert (match.national, match.customer_ids) == ("0912345678", (an,))


def test_a_callback_becomes_a_reminder_for_the_agent_or_the_pool(db, agent, an):
    at = NOW + timedelta(days=1)
    mine = _log(db, agent, customer_id=an, outcome="callback_needed", callback_at=at)
    pooled = _log(
        db,
        agent,
        phone="0909 111 222",
        outcome="callback_needed",
        callback_at=at,
        callback_to_pool=True,
    )
    with db.session_scope() as s:
        first = s.get(Reminder, mine.callback_reminder_id)
        second = s.get(Reminder, pooled.callback_reminder_id)
        assert (first.due_at, first.assignee_id, first.customer_id) == (at, agent.user_id, an)
        assert first.title == "Call back Nguyễn Văn An"
        assert second.assignee_id is None and second.title == "Call back 0909111222"
        assert s.scalar(select(func.count()).select_from(Reminder)) == 2


def test_a_correction_is_a_new_note_and_the_original_never_changes(db, agent, admin, an):
    original = _log(db, agent, customer_id=an, notes="Khách mua tivi 55 inch")
    with db.session_scope() as s:
        view = add_correction(s, admin, original.id, "Tivi 65 inch, không phải 55")
        # Correcting a correction corrects the original.
        again = add_correction(s, agent, view.corrections[0].id, "Đã xác nhận với khách")
    assert again.id == original.id and again.notes == "Khách mua tivi 55 inch"
    assert [(c.note, c.agent_name) for c in again.corrections] == [
        ("Tivi 65 inch, không phải 55", "Quản Trị Viên"),
        ("Đã xác nhận với khách", "Trần Thị Yến"),
    ]
    with db.session_scope() as s:
        items = [i for i in timeline(s, an) if i.kind == "interaction"]
        assert len(items) == 1 and items[0].detail == "Khách mua tivi 55 inch"
        assert [c.note for c in items[0].corrections][0] == "Tivi 65 inch, không phải 55"
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "interaction"))
        assert sorted(actions) == ["correct", "correct", "create"]
        with pytest.raises(ValidationError, match="Type the correction"):
            add_correction(s, agent, original.id, "   ")


def test_a_complaint_of_another_customer_cannot_be_linked(db, agent, an):
    with db.session_scope() as s:
        other = make_customer(s, "Trần Thị Bình")
        theirs = make_complaint(s, other.id).number
        ours = make_complaint(s, an).number
    with pytest.raises(ValidationError, match="belongs to another customer"):
        _log(db, agent, customer_id=an, complaint_number=theirs)
    assert _log(db, agent, customer_id=an, complaint_number=ours.lower()).complaint_number == ours


def test_an_archived_customer_gets_no_new_contacts(db, agent):
    with db.session_scope() as s:
        gone = make_customer(s, "Lê Văn Cũ", archived=True).id
    with pytest.raises(ValidationError, match="archived"):
        _log(db, agent, customer_id=gone)


def test_topics_a_supervisor_switched_off_are_refused_for_new_contacts(db, admin, agent, an):
    with db.session_scope() as s:
        topic = save_topic(s, admin, None, ["Máy lạnh bao nhiêu HP?"], label="Lắp đặt máy lạnh")
        save_topic(s, admin, topic.key, [], label="Lắp đặt máy lạnh", active=False)
    with pytest.raises(ValidationError, match="no longer offered"):
        _log(db, agent, customer_id=an, topic=topic.key)


def test_an_agent_cannot_edit_scripts(db, agent):
    with pytest.raises(PermissionDenied), db.session_scope() as s:
        save_topic(s, agent, "warranty", ["?"])
