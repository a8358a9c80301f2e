"""Who sees the KPIs: supervisors and administrators see the team's dashboard, reports
and every scorecard; an agent is refused those and sees only their own scorecard, with
the compliments customers left them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.errors import PermissionDenied
from app.models import ComplaintEvent
from app.services.kpis.dashboard import dashboard
from app.services.kpis.kpi_report import kpi_report
from app.services.kpis.period import Period
from app.services.kpis.scorecards import scorecards
from tests import scenarios
from tests.factories import make_complaint, make_customer, make_interaction

NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))
NOW = datetime(2026, 12, 7, 3, 0, tzinfo=UTC)


def _praise(s, customer_id: int, agent_id: int, note: str, csat: int, at: datetime) -> None:
    c = make_complaint(s, customer_id, assignee_id=agent_id, status="closed", csat=csat)
    s.add(ComplaintEvent(complaint_id=c.id, at=at, kind="closed", note=note))
    s.flush()


@pytest.fixture
def team(db, admin):
    """Two agents (Yến and Minh) and a supervisor; each agent helped a customer in
    November; Yến got a CSAT 5 with a comment, Minh a CSAT 5 without and a 4 with one."""
    with db.session_scope() as s:
        yen = scenarios.staff_member(s, admin)
        minh = scenarios.staff_member(s, admin, "minh.le", "Lê Văn Minh")
        boss = scenarios.staff_member(s, admin, "hoa.pham", "Phạm Thị Hoa", "supervisor")
        an = make_customer(s, "Nguyễn Văn An").id
        at = datetime(2026, 11, 10, 3, 0, tzinfo=UTC)
        make_interaction(s, an, started_at=at, agent_id=yen.user_id)
        make_interaction(s, an, started_at=at, agent_id=minh.user_id)
        make_interaction(s, an, started_at=at, agent_id=minh.user_id)
        _praise(s, an, yen.user_id, "Chị Yến rất nhiệt tình", 5, at)
        _praise(s, an, minh.user_id, "", 5, at)
        _praise(s, an, minh.user_id, "Tạm được", 4, at)
        # Praise from October is not November's.
        _praise(
            s, an, minh.user_id, "Cảm ơn anh Minh", 5, datetime(2026, 10, 31, 16, 59, tzinfo=UTC)
        )
    return yen, minh, boss


def test_an_agent_is_refused_the_team_dashboard_and_report(db, team):
    yen, _, _ = team
    with db.session_scope() as s:
        with pytest.raises(PermissionDenied, match="supervisors and administrators"):
            kpi_report(s, yen, NOVEMBER, now=NOW)
        with pytest.raises(PermissionDenied):
            dashboard(s, yen, NOVEMBER, now=NOW)


def test_a_supervisor_sees_the_team(db, team):
    _, _, boss = team
    with db.session_scope() as s:
        report = kpi_report(s, boss, NOVEMBER, by="agent", now=NOW)
    assert report.values["contacts"].value == 3
    by_agent = {row.label: row.values["contacts"].value for row in report.breakdown}
    assert by_agent == {"Trần Thị Yến": 1, "Lê Văn Minh": 2}


def test_an_agent_sees_only_their_own_card_with_their_compliments(db, team):
    yen, _, _ = team
    with db.session_scope() as s:
        cards = scorecards(s, yen, NOVEMBER, now=NOW)
    assert [c.agent_name for c in cards] == ["Trần Thị Yến"]
    assert cards[0].values["contacts"].value == 1
    assert [p.comment for p in cards[0].compliments] == ["Chị Yến rất nhiệt tình"]


def test_a_supervisor_sees_every_card_and_only_csat_5_with_words_is_a_compliment(db, team):
    _, _, boss = team
    with db.session_scope() as s:
        cards = {c.agent_name: c for c in scorecards(s, boss, NOVEMBER, now=NOW)}
    # Agents and supervisors have cards; the administrator does not work cases.
    assert set(cards) == {"Trần Thị Yến", "Lê Văn Minh", "Phạm Thị Hoa"}
    assert cards["Lê Văn Minh"].values["contacts"].value == 2
    assert cards["Lê Văn Minh"].compliments == ()
    assert cards["Phạm Thị Hoa"].values["contacts"].value is None
    assert len(cards["Trần Thị Yến"].compliments) == 1
