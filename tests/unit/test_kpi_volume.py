"""Volume and backlog KPIs (docs/kpis.md): contacts, complaints opened and resolved, the
backlog at the period's end and opened-per-resolved, worked out by hand.

Period P: Monday 2 to Friday 13 November 2026 (read Friday 13 at noon); the previous
period is Wednesday 21 October to Sunday 1 November.
"""

from __future__ import annotations

import pytest

from app.services.contacts.interactions import add_correction
from tests.factories import make_complaint
from tests.unit.kpi_cases import (
    EMPTY,
    Desk,
    assert_empty,
    complaint,
    contact,
    desk,
    moment,
    pairs,
    report,
    rows,
)

VOLUME = ("complaints_opened", "complaints_resolved", "backlog_open", "inflow_outflow_ratio")


def story(db) -> Desk:
    d = desk(db)
    yen, khoa = d.yen, d.khoa
    # V1 (Yến): opened 28/10, in progress since: open at both ends.
    complaint(db, d, yen, "28/10 09:00", "28/10 10:00 work")
    # V2 (Khoa): opened 29/10, resolved Tue 3: open at the end of the previous period.
    complaint(db, d, khoa, "29/10 09:00", "29/10 10:00 work", "3 10:00 resolve")
    # V3 (Yến, the TV): opened Mon 2, resolved Wed 4, closed Thu 5.
    steps = ("2 10:00 work", "4 10:00 resolve", "5 10:00 close 4 4")
    complaint(db, d, yen, "2 09:00", *steps, purchase=d.tv_sale)
    # V4 (Yến, high, about the delivery): opened Tue 3, waiting for the customer since.
    steps = ("3 10:00 work", "3 11:00 wait")
    complaint(db, d, yen, "3 09:00", *steps, severity="high", category="delivery")
    # V5 (Khoa): opened Wed 4, cancelled Thu 5.
    complaint(db, d, khoa, "4 09:00", "5 09:00 cancel")
    # V6 (Khoa): opened 30/10, resolved 31/10, reopened Wed 4: open today, so open at both
    # ends, and not a resolution of the previous period.
    steps = ("30/10 10:00 work", "31/10 10:00 resolve", "4 09:00 reopen")
    complaint(db, d, khoa, "30/10 09:00", *steps)
    # V7 (Yến, low): opened Mon 9, still new.
    complaint(db, d, yen, "9 09:00", severity="low")
    # V8 (Khoa, the fridge): opened Tue 10, in progress.
    complaint(db, d, khoa, "10 09:00", "10 10:00 work", purchase=d.fridge_sale)
    # V10 (Yến): opened 20/10 (before both periods), resolved 24/10.
    complaint(db, d, yen, "20/10 09:00", "20/10 10:00 work", "24/10 10:00 resolve")
    # V11 (Khoa): opened 27/10, cancelled Tue 3.
    complaint(db, d, khoa, "27/10 09:00", "3 09:00 cancel")
    # V9: archived (entered by mistake): counted nowhere.
    with db.session_scope() as s:
        make_complaint(
            s,
            d.an,
            opened_at=moment("10 09:00"),
            archived_at=moment("11 09:00"),
            assignee_id=yen.user_id,
            store_id=yen.store_id,
        )
    return d


def test_complaints_opened_resolved_and_left_open(db):
    d = story(db)
    found = report(db, d)
    # Opened in P: V3, V4, V5 (cancelled), V7, V8 = 5. Resolved and still so: V2, V3 = 2.
    # Opened over resolved or cancelled (V2, V3; V5, V11): 5 / 4 = 1.25, from 5 + 4
    # records. Open on 13/11: V1, V4, V6 (reopened), V7, V8 = 5.
    assert pairs(found, "complaints_opened", "complaints_resolved", "inflow_outflow_ratio") == {
        "complaints_opened": (5, 5),
        "complaints_resolved": (2, 2),
        "inflow_outflow_ratio": (1.25, 9),
    }
    assert found.values["backlog_open"].value == 5
    # Previous period: opened V1, V2, V6, V11 = 4; resolved V10 (V6 was reopened since);
    # open on 1/11: V1, V2 (resolved later), V6 (open today), V11 (cancelled later) = 4;
    # ratio 4 / 1.
    previous = {key: found.values[key].previous for key in VOLUME}
    assert previous == {
        "complaints_opened": 4,
        "complaints_resolved": 1,
        "backlog_open": 4,
        "inflow_outflow_ratio": 4,
    }
    assert found.values["complaints_opened"].change == 1


def test_the_backlog_counts_the_complaints_open_at_the_end_of_the_period(db):
    d = story(db)
    # The records of the backlog are the complaints open at the end, not every complaint
    # opened by then: V1, V4, V6, V7, V8; Yến's V1, V4, V7; Khoa's V6, V8.
    assert pairs(report(db, d), "backlog_open") == {"backlog_open": (5, 5)}
    agents = rows(report(db, d, by="agent"))
    assert pairs(agents[str(d.yen.user_id)], "backlog_open") == {"backlog_open": (3, 3)}
    assert pairs(agents[str(d.khoa.user_id)], "backlog_open") == {"backlog_open": (2, 2)}


def test_volume_breaks_down_by_agent_priority_and_product(db):
    d = story(db)
    agents = rows(report(db, d, by="agent"))
    # Yến: opened V3 V4 V7, resolved V3: 3 / 1 (3 + 1 records). Khoa: opened V5 V8,
    # resolved V2, out: V2, V5, V11: 2 / 3 (2 + 3 records).
    three = ("complaints_opened", "complaints_resolved", "inflow_outflow_ratio")
    assert pairs(agents[str(d.yen.user_id)], *three) == {
        "complaints_opened": (3, 3),
        "complaints_resolved": (1, 1),
        "inflow_outflow_ratio": (3, 4),
    }
    assert pairs(agents[str(d.khoa.user_id)], *three) == {
        "complaints_opened": (2, 2),
        "complaints_resolved": (1, 1),
        "inflow_outflow_ratio": (pytest.approx(2 / 3), 5),
    }
    priorities = rows(report(db, d, by="priority"))
    # Opened: normal V3 V5 V8, high V4, low V7. Open: normal V1 V6 V8, high V4, low V7.
    opened = {key: priorities[key]["complaints_opened"].value for key in priorities}
    backlog = {key: priorities[key]["backlog_open"].value for key in priorities}
    assert opened == {"normal": 3, "high": 1, "low": 1}
    assert backlog == {"normal": 3, "high": 1, "low": 1}
    high = report(db, d, priority="high")  # V4 alone
    assert pairs(high, "complaints_opened") == {"complaints_opened": (1, 1)}
    categories = rows(report(db, d, by="category"))  # V4 about the delivery, the rest
    assert categories["delivery"]["complaints_opened"].value == 1
    assert categories["product_defect"]["complaints_opened"].value == 4
    products = rows(report(db, d, by="product"))
    # The TV: V3 opened and resolved; the fridge: V8 opened, still open.
    assert pairs(products[str(d.tv)], "complaints_opened", "complaints_resolved") == {
        "complaints_opened": (1, 1),
        "complaints_resolved": (1, 1),
    }
    assert pairs(products[str(d.fridge)], "complaints_opened") == {"complaints_opened": (1, 1)}
    assert products[str(d.fridge)]["backlog_open"].value == 1


def test_contacts_are_counted_by_channel_without_corrections(db):
    d = desk(db)
    yen, khoa, an = d.yen, d.khoa, d.an
    first = contact(db, yen, moment("2 09:00"), "information_given", customer=an)
    contact(db, yen, moment("3 09:00"), "information_given", customer=an, direction="out")
    contact(db, khoa, moment("4 09:00"), "callback_needed", customer=an, callback=moment("4 15:00"))
    contact(db, yen, moment("5 09:00"), "information_given", customer=an, channel="store_visit")
    contact(db, khoa, moment("6 09:00"), None, customer=d.binh, channel="email")
    contact(db, yen, moment("30/10 09:00"), "information_given", customer=an)  # before P
    with db.session_scope() as s:  # a correction note is not a contact
        add_correction(s, yen, first.id, "Khách hỏi về hoá đơn.", now=moment("10 09:00"))

    # In P: 3 by phone (in, out, in), 1 at the counter, 1 by e-mail = 5; before: 1.
    found = report(db, d)
    assert pairs(found, "contacts") == {"contacts": (5, 5)}
    assert found.values["contacts"].previous == 1
    channels = rows(report(db, d, by="channel"))
    assert {key: channels[key]["contacts"].value for key in channels} == {
        "phone": 3,
        "store_visit": 1,
        "email": 1,
    }
    agents = rows(report(db, d, by="agent"))
    assert agents[str(yen.user_id)]["contacts"].value == 3
    assert agents[str(khoa.user_id)]["contacts"].value == 2


def test_volume_of_a_period_with_nothing_is_empty_not_zero(db):
    d = story(db)
    contact(db, d.yen, moment("2 09:00"), "information_given", customer=d.an)
    assert_empty(report(db, d, EMPTY), "contacts", *VOLUME)
