"""The telephony KPIs as a supervisor reads them: calls answered and abandoned, the wait
before an answer, per agent, per hour and per queue, and the hours with too many callers
waiting at once. Every expected figure is worked out by hand from the calls below."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.services.kpis.period import Period
from app.services.kpis.phone_kpis import call_values, calls_by_hour, calls_by_queue
from app.services.kpis.results import KpiFilter
from app.services.settings import set_setting
from app.timeutil import zone
from tests.factories import make_pbx_call, make_user

DAY = date(2026, 11, 2)
NO_FILTER = KpiFilter()


def local(day: date, hour: int, minute: int = 0, second: int = 0) -> datetime:
    """A moment on the store's clock (Asia/Ho_Chi_Minh, UTC+7)."""
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=zone())


@pytest.fixture
def morning(db) -> dict[str, int]:
    """2 Nov: five calls came in (three answered), one agent called out.

    08:10 hotline answered by Bảo after 20 s    08:30 hotline answered by Lan after 40 s
    08:50 hotline hung up after 30 s             09:15 warranty answered by Bảo after 60 s
    09:40 warranty rang at Bảo, busy, 5 s        09:20 Bảo called a customer (outgoing)
    """
    with db.session_scope() as s:
        bao = make_user(s, "bao.tran", "Trần Văn Bảo").id
        lan = make_user(s, "lan.nguyen", "Nguyễn Thị Lan").id
        make_pbx_call(s, local(DAY, 8, 10), wait=20, talk=100, agent_id=bao)
        make_pbx_call(s, local(DAY, 8, 30), wait=40, talk=200, agent_id=lan)
        make_pbx_call(s, local(DAY, 8, 50), wait=30, answered=False)
        make_pbx_call(s, local(DAY, 9, 15), wait=60, talk=60, agent_id=bao, queue="warranty")
        make_pbx_call(s, local(DAY, 9, 40), wait=5, answered=False, agent_id=bao, queue="warranty")
        make_pbx_call(s, local(DAY, 9, 20), wait=8, talk=90, agent_id=bao, inbound=False)
    return {"bao": bao, "lan": lan}


def test_answered_abandoned_and_wait_over_the_period(db, morning):
    with db.session_scope() as s:
        values = call_values(s, Period(DAY, DAY), None, NO_FILTER)
    assert list(values) == [None]
    assert values[None] == {
        "calls_answered": (3.0, 3),
        "calls_abandoned": (2.0, 2),
        "abandon_rate": (40.0, 5),  # 2 of the 5 calls that came in
        "wait_mean": (40.0, 3),  # (20 + 40 + 60) / 3: answered calls only
        "busy_hours_share": (0.0, 2),  # 08:00 and 09:00 had calls, never two waiting at once
    }


def test_by_agent_and_for_one_agent(db, morning):
    bao, lan = morning["bao"], morning["lan"]
    with db.session_scope() as s:
        by_agent = call_values(s, Period(DAY, DAY), "agent", NO_FILTER)
        only_bao = call_values(s, Period(DAY, DAY), None, KpiFilter(agent_id=bao))
        by_store = call_values(s, Period(DAY, DAY), "store", NO_FILTER)
    # The call nobody's phone rang for (08:50) is in no agent's figures.
    assert by_agent == {
        str(bao): {
            "calls_answered": (2.0, 2),
            "calls_abandoned": (1.0, 1),
            "abandon_rate": (pytest.approx(100 / 3), 3),
            "wait_mean": (40.0, 2),  # (20 + 60) / 2
        },
        str(lan): {
            "calls_answered": (1.0, 1),
            "calls_abandoned": (0.0, 0),
            "abandon_rate": (0.0, 1),
            "wait_mean": (40.0, 1),
        },
    }
    # The busy hours are the queues', not an agent's: empty under an agent filter.
    assert only_bao[None] == {**by_agent[str(bao)], "busy_hours_share": (None, 0)}
    assert by_store == {}


def test_by_hour_and_by_queue_on_the_local_clock(db, morning):
    with db.session_scope() as s:
        hours = calls_by_hour(s, Period(DAY, DAY))
        queues = calls_by_queue(s, Period(DAY, DAY))
    assert hours == ((8, 2, 1), (9, 1, 1))
    assert queues == (("hotline", 2, 1, 30.0), ("warranty", 1, 1, 60.0))


def test_a_period_without_calls_is_empty_not_zero(db, morning):
    quiet = Period(date(2026, 11, 5), date(2026, 11, 6))
    with db.session_scope() as s:
        values = call_values(s, quiet, None, NO_FILTER)
        assert call_values(s, quiet, "agent", NO_FILTER) == {}
        assert calls_by_hour(s, quiet) == ()
        assert calls_by_queue(s, quiet) == ()
    assert values == {
        None: {
            "calls_answered": (None, 0),
            "calls_abandoned": (None, 0),
            "abandon_rate": (None, 0),
            "wait_mean": (None, 0),
            "busy_hours_share": (None, 0),
        }
    }


def test_only_abandoned_calls_have_no_mean_wait(db):
    with db.session_scope() as s:
        make_pbx_call(s, local(DAY, 10), wait=25, answered=False)
        values = call_values(s, Period(DAY, DAY), None, NO_FILTER)[None]
        queues = calls_by_queue(s, Period(DAY, DAY))
    assert values["calls_answered"] == (0.0, 0)
    assert values["abandon_rate"] == (100.0, 1)
    assert values["wait_mean"] == (None, 0)
    assert queues == (("hotline", 0, 1, None),)


def test_the_period_is_local_days_first_to_last(db):
    with db.session_scope() as s:
        make_pbx_call(s, local(date(2026, 11, 1), 23, 59, 59))
        make_pbx_call(s, local(DAY, 0, 0, 0))
        make_pbx_call(s, local(DAY, 23, 59, 59), answered=False)
        make_pbx_call(s, local(date(2026, 11, 3), 0, 0, 0))
        values = call_values(s, Period(DAY, DAY), None, NO_FILTER)[None]
        hours = calls_by_hour(s, Period(DAY, DAY))
    assert (values["calls_answered"], values["calls_abandoned"]) == ((1.0, 1), (1.0, 1))
    assert hours == ((0, 1, 0), (23, 0, 1))


BUSY_DAY = date(2026, 11, 3)


@pytest.fixture
def queue_peaks(db) -> None:
    """3 Nov, three hours with calls (the target: at most 2 waiting in one queue, 15 in all).

    10:00 hotline: 10:00:00 waits 30 s (to 10:00:30), 10:00:10 waits 60 s, 10:00:30 waits
          60 s: the third starts as the first is answered, so at most 2 wait at once.
    11:00 hotline: 11:00:00, 11:00:10 and 11:00:20 each wait 120 s: 3 at once.
    12:00 hotline, warranty and sales: one each at 12:00:00 for 60 s: 1 per queue, 3 in all.
    """
    with db.session_scope() as s:
        make_pbx_call(s, local(BUSY_DAY, 10, 0, 0), wait=30)
        make_pbx_call(s, local(BUSY_DAY, 10, 0, 10), wait=60)
        make_pbx_call(s, local(BUSY_DAY, 10, 0, 30), wait=60)
        for second in (0, 10, 20):
            make_pbx_call(s, local(BUSY_DAY, 11, 0, second), wait=120, answered=second != 20)
        for queue in ("hotline", "warranty", "sales"):
            make_pbx_call(s, local(BUSY_DAY, 12), wait=60, queue=queue)


def _share(db) -> tuple[float | None, int]:
    with db.session_scope() as s:
        values = call_values(s, Period(BUSY_DAY, BUSY_DAY), None, NO_FILTER)
    return values[None]["busy_hours_share"]


def test_two_waiting_in_a_queue_is_at_the_target_three_is_over(db, queue_peaks):
    # Only 11:00 went over: 1 hour of the 3 with calls.
    assert _share(db) == (pytest.approx(100 / 3), 3)


def test_all_queues_together_against_their_own_target(db, admin, queue_peaks):
    with db.session_scope() as s:
        set_setting(s, admin, "pbx.wait_target_total", 2)
    # 12:00 now goes over too (3 in all > 2); 10:00 had at most 2 in all.
    assert _share(db) == (pytest.approx(200 / 3), 3)
    with db.session_scope() as s:
        set_setting(s, admin, "pbx.wait_target_queue", 3)
        set_setting(s, admin, "pbx.wait_target_total", 3)
    assert _share(db) == (0.0, 3)


def test_callers_still_waiting_when_the_hour_strikes_count_in_the_new_hour(db):
    day = date(2026, 11, 4)
    with db.session_scope() as s:
        for second in (0, 10, 20):  # waiting from 13:59 until past 14:09
            make_pbx_call(s, local(day, 13, 59, second), wait=600)
        make_pbx_call(s, local(day, 14, 5), wait=0)  # answered at once
        share = call_values(s, Period(day, day), None, NO_FILTER)[None]["busy_hours_share"]
    # 13:00 had 3 waiting; so had 14:00 from its first second, though no one began to wait.
    assert share == (100.0, 2)


def test_a_wait_begun_the_day_before_counts_in_the_first_hour(db):
    day = date(2026, 11, 5)
    with db.session_scope() as s:
        for second in (0, 10, 20):  # 23:58 the day before, waiting 5 minutes
            make_pbx_call(s, local(date(2026, 11, 4), 23, 58, second), wait=300)
        make_pbx_call(s, local(day, 0, 1), wait=10)
        share = call_values(s, Period(day, day), None, NO_FILTER)[None]["busy_hours_share"]
    # 00:00 on the 5th: 3 still waiting, then a fourth from 00:01.
    assert share == (100.0, 1)
