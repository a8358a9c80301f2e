"""First-contact KPIs (docs/kpis.md, "First contact"): first-contact resolution and repeat
contacts within 7 days, on contacts logged through the call log, worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.contacts.interactions import add_correction
from app.services.kpis.period import Period
from tests.scenarios import new_customer
from tests.unit.kpi_cases import (
    EMPTY,
    assert_empty,
    complaint,
    contact,
    desk,
    moment,
    pairs,
    report,
    rows,
)

UNKNOWN = "0987 654 321"  # a caller who is nobody's customer yet


def _correct(db, by, interaction_id: int, when: str) -> None:
    """A correction note under a contact: not a contact itself."""
    with db.session_scope() as s:
        add_correction(s, by, interaction_id, "Sửa: khách gọi về giao hàng.", now=moment(when))


def test_first_contact_resolution_counts_requests_settled_in_the_contact(db):
    d = desk(db)
    yen, khoa, an, binh = d.yen, d.khoa, d.an, d.binh

    def call(by, when, outcome, **fields):
        return contact(db, by, moment(when), outcome, **fields)

    # Yến (HN01): settled at once; information at the counter; a callback (not settled).
    call(yen, "2 09:00", "resolved_first_contact", customer=an, topic="warranty")
    call(
        yen,
        "3 10:00",
        "information_given",
        customer=binh,
        channel="store_visit",
        topic="product_question",
    )
    k3 = call(
        yen, "4 09:00", "callback_needed", customer=an, topic="delivery", callback=moment("4 15:00")
    )
    # Khoa (HCM01): two complaints opened by the call, X resolved with "solved at first
    # contact" ticked (settled), Y resolved later without it; an escalated e-mail.
    x = complaint(db, d, khoa, "5 09:00", "5 09:10 work", "5 09:15 resolve_fcr")
    call(khoa, "5 09:00", "complaint_opened", customer=an, topic="complaint", complaint_id=x)
    y = complaint(db, d, khoa, "6 09:00", "6 09:30 work", "9 10:00 resolve", customer=binh)
    call(khoa, "6 09:00", "complaint_opened", customer=binh, topic="complaint", complaint_id=y)
    call(khoa, "9 09:00", "escalated", customer=an, channel="email", topic="billing")
    # Asked nothing of the store: no answer, a wrong number, no outcome. Left out.
    call(khoa, "10 09:00", "no_answer", customer=binh)
    call(yen, "10 10:00", "wrong_number", phone=UNKNOWN)
    call(yen, "11 09:00", None, customer=an)
    # Outbound, a correction, and a contact before the period: left out.
    call(yen, "11 10:00", "information_given", customer=an, direction="out")
    _correct(db, yen, k3.id, "12 09:00")
    call(yen, "30/10 09:00", "information_given", customer=an)
    # An unknown caller given the information asked for: settled, customer or not.
    call(yen, "12 10:00", "information_given", phone=UNKNOWN, topic="product_question")

    # Counted: Yến's 4 (settled: at once, counter, unknown caller; not: callback) and
    # Khoa's 3 (settled: X; not: Y, escalated): 4 / 7.
    assert pairs(report(db, d), "fcr_rate") == {"fcr_rate": (pytest.approx(400 / 7), 7)}
    agents = rows(report(db, d, by="agent"))
    assert pairs(agents[str(yen.user_id)], "fcr_rate") == {"fcr_rate": (75, 4)}
    assert pairs(agents[str(khoa.user_id)], "fcr_rate") == {"fcr_rate": (pytest.approx(100 / 3), 3)}
    assert report(db, d, agent_id=yen.user_id).values["fcr_rate"].value == 75
    stores = rows(report(db, d, by="store"))
    assert pairs(stores[str(d.hn)], "fcr_rate") == {"fcr_rate": (75, 4)}
    # Phone: at once, callback, X, Y, unknown caller: 3 / 5. Counter 1 / 1. E-mail: 0 of
    # 1, which is 0 %, not empty.
    channels = rows(report(db, d, by="channel"))
    assert {key: pairs(channels[key], "fcr_rate")["fcr_rate"] for key in channels} == {
        "phone": (60, 5),
        "store_visit": (100, 1),
        "email": (0, 1),
    }
    # By topic: complaint X settled, Y not: 1 / 2; delivery (the callback): 0 / 1.
    topics = rows(report(db, d, by="category"))
    assert pairs(topics["complaint"], "fcr_rate") == {"fcr_rate": (50, 2)}
    assert pairs(topics["delivery"], "fcr_rate") == {"fcr_rate": (0, 1)}
    assert pairs(topics["product_question"], "fcr_rate") == {"fcr_rate": (100, 2)}


WEEK = Period(date(2026, 11, 2), date(2026, 11, 8))  # Monday 2 to Sunday 8 November


def test_a_repeat_is_another_inbound_contact_on_the_topic_within_168_hours(db):
    d = desk(db)
    yen, khoa, an, binh = d.yen, d.khoa, d.an, d.binh
    with db.session_scope() as s:
        chi = new_customer(s, d.admin, "Lê Thị Chi", "0933 111 222").id
        dung = new_customer(s, d.admin, "Phạm Văn Dũng", "0944 333 444").id

    def call(by, when, customer, topic, **fields):
        return contact(
            db, by, moment(when), "information_given", customer=customer, topic=topic, **fields
        )

    # An: warranty Mon 2 09:00, again Mon 9 08:59 (after the week, 167 h 59 min later):
    # a repeat. The second call is after the period: not counted itself.
    call(yen, "2 09:00", an, "warranty")
    call(yen, "9 08:59", an, "warranty")
    # Bình: delivery Tue 3 10:00, with a correction under it at 10:30 (not a contact, so
    # no repeat), then warranty at 11:00 (another topic): neither is repeated.
    c3 = call(khoa, "3 10:00", binh, "delivery")
    _correct(db, khoa, c3.id, "3 10:30")
    call(khoa, "3 11:00", binh, "warranty")
    # Chi: return Wed 4 09:00, again Wed 11 09:01: 168 h 1 min later, not a repeat.
    call(yen, "4 09:00", chi, "return")
    call(yen, "11 09:01", chi, "return")
    # Dũng: warranty Thu 5 09:00, then the store called him (outbound): not a repeat.
    call(khoa, "5 09:00", dung, "warranty")
    call(khoa, "5 15:00", dung, "warranty", direction="out")
    # An unknown caller twice: no known customer, not counted.
    call(yen, "6 09:00", None, "warranty", phone=UNKNOWN)
    call(yen, "6 10:00", None, "warranty", phone=UNKNOWN)
    # Bình: billing Sat 7 09:00, again at 09:30: the first is repeated, the second not.
    call(khoa, "7 09:00", binh, "billing")
    call(khoa, "7 09:30", binh, "billing")

    # Counted: An 2/11, Bình 3/11 delivery, 3/11 warranty, 7/11 twice, Chi, Dũng: 7;
    # repeated: An's and Bình's first billing call: 2 / 7.
    found = report(db, d, WEEK)
    assert pairs(found, "repeat_contact_rate") == {
        "repeat_contact_rate": (pytest.approx(200 / 7), 7)
    }
    agents = rows(report(db, d, WEEK, by="agent"))
    # Yến: An (repeated), Chi: 1 / 2. Khoa: Bình x4 (one repeated), Dũng: 1 / 5.
    assert pairs(agents[str(yen.user_id)], "repeat_contact_rate") == {
        "repeat_contact_rate": (50, 2)
    }
    assert pairs(agents[str(khoa.user_id)], "repeat_contact_rate") == {
        "repeat_contact_rate": (20, 5)
    }
    topics = rows(report(db, d, WEEK, by="category"))
    # Warranty: An (repeated), Bình, Dũng: 1 / 3. Billing: 1 / 2. Delivery: 0 / 1.
    assert pairs(topics["warranty"], "repeat_contact_rate") == {
        "repeat_contact_rate": (pytest.approx(100 / 3), 3)
    }
    assert pairs(topics["billing"], "repeat_contact_rate") == {"repeat_contact_rate": (50, 2)}
    assert pairs(topics["delivery"], "repeat_contact_rate") == {"repeat_contact_rate": (0, 1)}


def test_first_contact_kpis_of_a_period_with_no_contacts_are_empty(db):
    d = desk(db)
    contact(db, d.yen, moment("2 09:00"), "information_given", customer=d.an)
    assert_empty(report(db, d, EMPTY), "fcr_rate", "repeat_contact_rate")
