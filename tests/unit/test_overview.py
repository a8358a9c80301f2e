"""Home numbers as the agent reads them: counted in the local day of Ho Chi Minh City."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from app.models import Channel, ClaimStatus, ComplaintStatus, ReminderStatus, SlaState
from app.services.kpis.overview import home_overview
from tests.factories import (
    make_claim,
    make_complaint,
    make_customer,
    make_interaction,
    make_product,
    make_purchase,
    make_reminder,
    make_user,
)

# 23:30 on 22/11/2026 in Ho Chi Minh City (UTC+7) is still 22/11 there, 16:30 UTC.
NOW = datetime(2026, 11, 22, 16, 30, tzinfo=UTC)


def test_home_overview_counts_what_needs_attention(db):
    with db.session_scope() as s:
        agent = make_user(s, "lan", "Trần Thị Lan").id
        an = make_customer(s, "Nguyễn Văn An", code="KH0000001").id
        make_customer(s, "Lê Thị Bình", code="KH0000002")
        make_customer(s, "Old", code="KH0000003", archived_at=NOW)
        tv = make_product(s, "TV1", "Tivi").id
        bought = make_purchase(
            s, an, product_id=tv, purchase_date=date(2026, 1, 1), warranty_end=date(2027, 1, 1)
        ).id
        for n, status in enumerate(
            [
                ComplaintStatus.NEW,
                ComplaintStatus.NEW,
                ComplaintStatus.WAITING_CUSTOMER,
                ComplaintStatus.CLOSED,
                ComplaintStatus.CANCELLED,
            ]
        ):
            make_complaint(
                s,
                an,
                number=f"KN-2026-{n + 1:06d}",
                category="delivery",
                description="Giao hàng trễ",
                status=status,
                sla_state=SlaState.BREACHED if n == 0 else SlaState.ON_TRACK,
            )
        for n, status in enumerate([ClaimStatus.RECEIVED, ClaimStatus.READY, ClaimStatus.RETURNED]):
            make_claim(s, an, bought, number=f"YC-2026-{n + 1:06d}", status=status)
        # Local day 22/11 runs from 21/11 17:00 UTC to 22/11 17:00 UTC.
        for key, due, status in [
            ("today-early", datetime(2026, 11, 21, 17, 0, tzinfo=UTC), ReminderStatus.OPEN),
            ("today-late", datetime(2026, 11, 22, 16, 59, tzinfo=UTC), ReminderStatus.OPEN),
            ("overdue", datetime(2026, 11, 21, 16, 59, tzinfo=UTC), ReminderStatus.OPEN),
            ("tomorrow", datetime(2026, 11, 22, 17, 0, tzinfo=UTC), ReminderStatus.OPEN),
            ("done", datetime(2026, 11, 20, tzinfo=UTC), ReminderStatus.DONE),
        ]:
            make_reminder(s, unique_key=key, due_at=due, title=key, status=status)
        for minutes in (30, 10, 20):
            make_interaction(s, an, agent_id=agent, started_at=NOW - timedelta(minutes=minutes))
        make_interaction(
            s, phone_e164="+84912345678", channel=Channel.SMS, started_at=NOW, topic="other"
        )

    with db.session_scope() as s:
        home = home_overview(s, now=NOW)

    assert home.customers == 2
    assert home.open_complaints == {
        "new": 2,
        "in_progress": 0,
        "waiting_customer": 1,
        "reopened": 0,
    }
    assert home.open_complaints_total == 3 and home.complaints_breached == 1
    assert home.claims_in_progress_total == 2 and home.claims_in_progress["ready"] == 1
    assert (home.reminders_due_today, home.reminders_overdue) == (2, 1)
    lines = home.latest_interactions
    assert [line.started_at for line in lines] == sorted(
        (line.started_at for line in lines), reverse=True
    )
    assert lines[0].customer_name is None and lines[0].phone_e164 == "+84912345678"
    assert lines[1].customer_name == "Nguyễn Văn An" and lines[1].agent_name == "Trần Thị Lan"


def test_home_overview_of_an_empty_database(db):
    with db.session_scope() as s:
        home = home_overview(s, now=NOW)
    assert home.customers == 0 and home.latest_interactions == ()
    assert home.open_complaints_total == 0 and home.reminders_overdue == 0
