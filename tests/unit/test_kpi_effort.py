"""Accuracy and effort KPIs (docs/kpis.md): reopened complaints, transfers, escalations,
replies, handling minutes, CSAT and CES, on complaints driven through the workflow.

Period P: Monday 2 to Friday 13 November 2026; the previous period is 21 October to
1 November.
"""

from __future__ import annotations

import pytest

from app.models import ComplaintStatus
from tests.factories import make_complaint
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

EFFORT = (
    "transfers_per_complaint",
    "escalations_per_complaint",
    "replies_per_complaint",
    "handle_minutes_per_complaint",
)
SCORES = ("csat_mean", "csat_satisfied_rate", "ces_mean")


def test_a_complaint_reopened_twice_counts_once_in_the_reopen_rate(db):
    d = desk(db)
    yen, khoa = d.yen, d.khoa
    # R1 (Yến): resolved Mon 2, closed: not reopened.
    complaint(db, d, yen, "2 09:00", "2 09:30 work", "2 11:00 resolve", "3 09:00 close 5 5")
    # R2 (Yến): resolved, reopened, resolved, reopened, resolved Fri 6: once.
    steps = ("2 10:30 work", "3 10:00 resolve", "4 09:00 reopen", "4 09:30 work")
    again = ("5 10:00 resolve", "5 15:00 reopen", "5 15:30 work", "6 10:00 resolve")
    complaint(db, d, yen, "2 10:00", *steps, *again)
    # R3 (Khoa): closed Wed 4, reopened Thu 5, resolved again Mon 9.
    steps = ("3 09:30 work", "3 14:00 resolve", "4 10:00 close 2 2", "5 09:00 reopen")
    complaint(db, d, khoa, "3 09:00", *steps, "5 09:30 work", "9 10:00 resolve")
    # R4 (Khoa): first resolved 28/10, reopened 3/11, last resolved Wed 4: in P.
    steps = ("26/10 09:30 work", "28/10 10:00 resolve", "3 09:00 reopen", "3 09:30 work")
    complaint(db, d, khoa, "26/10 09:00", *steps, "4 10:00 resolve")
    # R5 (Khoa): resolved Tue 10, never reopened.
    complaint(db, d, khoa, "9 09:00", "9 09:30 work", "10 10:00 resolve")
    # Previous period: R6 resolved 21/10; R7 resolved 23/10, reopened 30/10, resolved 31/10.
    complaint(db, d, yen, "20/10 09:00", "20/10 09:30 work", "21/10 10:00 resolve")
    steps = ("22/10 09:30 work", "23/10 10:00 resolve", "30/10 09:00 reopen")
    complaint(db, d, yen, "22/10 09:00", *steps, "30/10 09:30 work", "31/10 10:00 resolve")

    # Resolved in P: R1..R5; reopened: R2, R3, R4: 3 / 5 = 60 %. Before: R7 of R6, R7.
    found = report(db, d)
    assert pairs(found, "reopen_rate") == {"reopen_rate": (60, 5)}
    assert found.values["reopen_rate"].previous == 50
    assert found.values["reopen_rate"].change == 10
    agents = rows(report(db, d, by="agent"))
    assert pairs(agents[str(yen.user_id)], "reopen_rate") == {"reopen_rate": (50, 2)}
    assert pairs(agents[str(khoa.user_id)], "reopen_rate") == {
        "reopen_rate": (pytest.approx(200 / 3), 3)
    }


def test_transfers_escalations_replies_and_minutes_per_complaint_opened(db):
    d = desk(db)
    yen, khoa, an = d.yen, d.khoa, d.an
    # E1 (Yến, the TV): taken from the queue (not a transfer), two replies and an internal
    # note; a 5-minute call opened it and a 7-minute call answered it: 12 minutes.
    e1 = complaint(
        db, d, yen, "2 09:00", "2 09:30 reply", "3 09:00 reply", "3 09:05 note", purchase=d.tv_sale
    )
    contact(
        db, yen, moment("2 09:00"), "complaint_opened", customer=an, seconds=300, complaint_id=e1
    )
    contact(
        db,
        yen,
        moment("3 09:00"),
        "information_given",
        customer=an,
        direction="out",
        seconds=420,
        complaint_id=e1,
    )
    # E2 (Khoa, high, the fridge): handed to Yến and back (two transfers), one reply; a
    # 10-minute call.
    steps = (f"3 10:00 assign {yen.user_id}", f"4 09:00 assign {khoa.user_id}", "4 10:00 reply")
    e2 = complaint(db, d, khoa, "3 09:00", *steps, severity="high", purchase=d.fridge_sale)
    contact(
        db,
        khoa,
        moment("4 10:00"),
        "information_given",
        customer=an,
        direction="out",
        seconds=600,
        complaint_id=e2,
    )
    # E3 (Yến): escalated twice (to tier 2, then 3; unassigned since); a call of no
    # recorded length.
    e3 = complaint(db, d, yen, "5 09:00", "5 10:00 escalate", "6 09:00 escalate")
    contact(db, yen, moment("5 09:00"), "escalated", customer=an, complaint_id=e3)
    # E4 (Khoa): cancelled at once; opened in P, so it counts with nothing done.
    complaint(db, d, khoa, "6 09:00", "6 09:10 cancel")
    # E5: opened 28/10, before P: its reply, transfer and 15-minute call are not counted.
    e5 = complaint(db, d, yen, "28/10 09:00", "2 10:00 reply", f"2 11:00 assign {khoa.user_id}")
    contact(
        db, khoa, moment("2 10:00"), "information_given", customer=an, seconds=900, complaint_id=e5
    )

    # Over E1-E4: transfers 2 / 4, escalations 2 / 4, replies (2 + 1) / 4, minutes
    # (12 + 10 + 0 + 0) / 4 = 5.5.
    assert pairs(report(db, d), *EFFORT) == {
        "transfers_per_complaint": (0.5, 4),
        "escalations_per_complaint": (0.5, 4),
        "replies_per_complaint": (0.75, 4),
        "handle_minutes_per_complaint": (5.5, 4),
    }
    # By assignee: Yến has E1 (E3 went up unassigned); Khoa has E2 and E4.
    agents = rows(report(db, d, by="agent"))
    assert pairs(agents[str(yen.user_id)], *EFFORT) == {
        "transfers_per_complaint": (0, 1),
        "escalations_per_complaint": (0, 1),
        "replies_per_complaint": (2, 1),
        "handle_minutes_per_complaint": (12, 1),
    }
    assert pairs(agents[str(khoa.user_id)], *EFFORT) == {
        "transfers_per_complaint": (1, 2),
        "escalations_per_complaint": (0, 2),
        "replies_per_complaint": (0.5, 2),
        "handle_minutes_per_complaint": (5, 2),
    }
    # By priority: high E2; normal E1, E3, E4: escalations 2 / 3, minutes 12 / 3.
    priorities = rows(report(db, d, by="priority"))
    assert pairs(priorities["high"], "transfers_per_complaint", "replies_per_complaint") == {
        "transfers_per_complaint": (2, 1),
        "replies_per_complaint": (1, 1),
    }
    assert pairs(priorities["normal"], *EFFORT) == {
        "transfers_per_complaint": (0, 3),
        "escalations_per_complaint": (pytest.approx(2 / 3), 3),
        "replies_per_complaint": (pytest.approx(2 / 3), 3),
        "handle_minutes_per_complaint": (4, 3),
    }
    # By product: the TV is E1's, the fridge E2's.
    products = rows(report(db, d, by="product"))
    assert pairs(products[str(d.tv)], "handle_minutes_per_complaint") == {
        "handle_minutes_per_complaint": (12, 1)
    }
    assert pairs(products[str(d.fridge)], "transfers_per_complaint") == {
        "transfers_per_complaint": (2, 1)
    }


def test_satisfaction_and_effort_scores_of_complaints_closed_in_the_period(db):
    d = desk(db)
    yen, khoa = d.yen, d.khoa
    # Closed in P: S1 (Yến) CSAT 5 CES 4; S2 (Khoa, by e-mail) CSAT 3 CES 2; S3 (Yến,
    # opened and resolved in October) CSAT 4 CES 5.
    complaint(db, d, yen, "2 09:00", "2 09:30 work", "2 15:00 resolve", "3 10:00 close 5 4")
    steps = ("3 09:30 work", "4 10:00 resolve", "6 10:00 close 3 2")
    complaint(db, d, khoa, "3 09:00", *steps, channel="email")
    steps = ("26/10 09:30 work", "30/10 10:00 resolve", "2 11:00 close 4 5")
    complaint(db, d, yen, "26/10 09:00", *steps)
    # Closed 31/10 (the previous period) with CSAT 1 CES 1.
    steps = ("20/10 09:30 work", "22/10 10:00 resolve", "31/10 10:00 close 1 1")
    complaint(db, d, khoa, "20/10 09:00", *steps)
    # Resolved, not closed: no score yet. Closed in P with no score (an old record): out.
    complaint(db, d, yen, "5 09:00", "5 09:30 work", "5 10:00 resolve")
    with db.session_scope() as s:
        closed = ComplaintStatus.CLOSED
        make_complaint(
            s,
            d.an,
            status=closed,
            opened_at=moment("2 09:00"),
            closed_at=moment("4 09:00"),
            assignee_id=yen.user_id,
        )

    # CSAT 5, 3, 4: mean 4.0, satisfied (4-5) 2 / 3; CES 4, 2, 5: 11 / 3.
    found = report(db, d)
    assert pairs(found, *SCORES) == {
        "csat_mean": (4, 3),
        "csat_satisfied_rate": (pytest.approx(200 / 3), 3),
        "ces_mean": (pytest.approx(11 / 3), 3),
    }
    assert (found.values["csat_mean"].previous, found.values["csat_mean"].change) == (1, 3)
    agents = rows(report(db, d, by="agent"))
    assert pairs(agents[str(yen.user_id)], *SCORES) == {
        "csat_mean": (4.5, 2),
        "csat_satisfied_rate": (100, 2),
        "ces_mean": (4.5, 2),
    }
    assert pairs(agents[str(khoa.user_id)], *SCORES) == {  # 0 %, not empty
        "csat_mean": (3, 1),
        "csat_satisfied_rate": (0, 1),
        "ces_mean": (2, 1),
    }
    channels = rows(report(db, d, by="channel"))
    assert pairs(channels["email"], "csat_mean") == {"csat_mean": (3, 1)}
    assert pairs(channels["phone"], "csat_mean") == {"csat_mean": (4.5, 2)}


def test_effort_of_a_period_with_no_complaints_is_empty(db):
    d = desk(db)
    complaint(db, d, d.yen, "2 09:00", "2 09:30 reply", "2 10:00 work", "2 11:00 resolve")
    assert_empty(report(db, d, EMPTY), "reopen_rate", *EFFORT, *SCORES)
