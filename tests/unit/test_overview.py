"""Home numbers as the agent reads them: counted in the local day of Ho Chi Minh City."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from app.models import (
    Claim,
    ClaimKind,
    ClaimStatus,
    Complaint,
    ComplaintStatus,
    Customer,
    Interaction,
    Product,
    Purchase,
    Reminder,
    ReminderStatus,
    SlaState,
    User,
)
from app.services.kpis.overview import home_overview

# 23:30 on 22/11/2026 in Ho Chi Minh City (UTC+7) is still 22/11 there, 16:30 UTC.
NOW = datetime(2026, 11, 22, 16, 30, tzinfo=UTC)


def _customer(s, code: str, name: str, **kw) -> Customer:
    c = Customer(code=code, full_name=name, name_key=name.lower(), **kw)
    s.add(c)
    s.flush()
    return c


def _reminder(s, key: str, due: datetime, status=ReminderStatus.OPEN) -> None:
    s.add(Reminder(unique_key=key, rule="callback", due_at=due, title=key, status=status))


def test_home_overview_counts_what_needs_attention(db):
    with db.session_scope() as s:
        agent = User(username="lan", full_name="Trần Thị Lan")
        s.add(agent)
        an = _customer(s, "KH0000001", "Nguyễn Văn An")
        _customer(s, "KH0000002", "Lê Thị Bình")
        _customer(s, "KH0000003", "Old", archived_at=NOW)
        product = Product(sku="TV1", name="Tivi", name_key="tivi")
        s.add(product)
        s.flush()
        purchase = Purchase(
            customer_id=an.id,
            product_id=product.id,
            purchase_date=date(2026, 1, 1),
            warranty_end=date(2027, 1, 1),
        )
        s.add(purchase)
        s.flush()
        for n, status in enumerate(
            [
                ComplaintStatus.NEW,
                ComplaintStatus.NEW,
                ComplaintStatus.WAITING_CUSTOMER,
                ComplaintStatus.CLOSED,
                ComplaintStatus.CANCELLED,
            ]
        ):
            s.add(
                Complaint(
                    number=f"KN-2026-{n + 1:06d}",
                    customer_id=an.id,
                    category="delivery",
                    channel="phone",
                    description="Giao hàng trễ",
                    status=status,
                    sla_state=SlaState.BREACHED if n == 0 else SlaState.ON_TRACK,
                )
            )
        for n, status in enumerate([ClaimStatus.RECEIVED, ClaimStatus.READY, ClaimStatus.RETURNED]):
            s.add(
                Claim(
                    number=f"YC-2026-{n + 1:06d}",
                    kind=ClaimKind.REPAIR,
                    status=status,
                    customer_id=an.id,
                    purchase_id=purchase.id,
                )
            )
        # Local day 22/11 runs from 21/11 17:00 UTC to 22/11 17:00 UTC.
        _reminder(s, "today-early", datetime(2026, 11, 21, 17, 0, tzinfo=UTC))
        _reminder(s, "today-late", datetime(2026, 11, 22, 16, 59, tzinfo=UTC))
        _reminder(s, "overdue", datetime(2026, 11, 21, 16, 59, tzinfo=UTC))
        _reminder(s, "tomorrow", datetime(2026, 11, 22, 17, 0, tzinfo=UTC))
        _reminder(s, "done", datetime(2026, 11, 20, tzinfo=UTC), ReminderStatus.DONE)
        for minutes in (30, 10, 20):
            s.add(
                Interaction(
                    customer_id=an.id,
                    channel="phone",
                    direction="in",
                    agent_id=agent.id,
                    started_at=NOW - timedelta(minutes=minutes),
                    topic="warranty",
                )
            )
        s.add(
            Interaction(
                phone_e164="+84912345678",
                channel="sms",
                direction="in",
                started_at=NOW,
            )
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
