"""Complaint queues: who sees which complaints, least time left first, and the counts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import update

from app.errors import PermissionDenied
from app.models import (
    Complaint,
    ComplaintStatus,
    Severity,
    User,
)
from app.services.complaints.complaint_queue import (
    QueueFilter,
    filter_choices,
    queue_counts,
    queue_page,
    queues_for,
)
from tests.factories import (
    make_complaint,
    make_customer,
    make_product,
    make_purchase,
    make_store,
)
from tests.scenarios import staff_member

NOW = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)


@pytest.fixture
def world(db, admin):
    with db.session_scope() as s:
        hn = make_store(s).id
        yen = staff_member(s, admin, store_id=hn)
        ha = staff_member(s, admin, "ha.le", "Lê Thu Hà", "supervisor", store_id=hn, tier=2)
        an = make_customer(s, "Nguyễn Văn An").id
        made = {}
        for n, (name, status, assignee, tier, store, hours) in enumerate(
            [
                ("mine_late", ComplaintStatus.IN_PROGRESS, yen.user_id, 1, hn, 1),
                ("mine_early", ComplaintStatus.NEW, yen.user_id, 1, hn, -2),
                ("pool", ComplaintStatus.NEW, None, 1, hn, 5),
                ("pool_tier2", ComplaintStatus.REOPENED, None, 2, hn, 3),
                ("elsewhere", ComplaintStatus.WAITING_CUSTOMER, None, 1, None, 4),
                ("closed", ComplaintStatus.CLOSED, yen.user_id, 1, hn, -100),
            ],
            start=1,
        ):
            made[name] = make_complaint(
                s,
                an,
                number=f"KN-2026-{n:06d}",
                category="delivery",
                description="Giao trễ",
                status=status,
                priority=Severity.HIGH if name == "pool" else Severity.NORMAL,
                assignee_id=assignee,
                tier=tier,
                store_id=store,
                resolution_due=NOW + timedelta(hours=hours),
            ).id
        return made, {"yen": yen, "ha": ha}


def _numbers(db, actor, queue, f=None):
    with db.session_scope() as s:
        return [r.id for r in queue_page(s, actor, queue, f)]


def test_each_queue_holds_its_complaints_least_time_left_first(db, world):
    made, people = world
    yen, ha = people["yen"], people["ha"]
    assert _numbers(db, yen, "mine") == [made["mine_early"], made["mine_late"]]
    assert _numbers(db, yen, "team") == [
        made["mine_early"],
        made["mine_late"],
        made["pool_tier2"],
        made["pool"],
    ]
    # An agent's unassigned queue is tier 1; the supervisor also sees the escalated one.
    assert _numbers(db, yen, "unassigned") == [made["elsewhere"], made["pool"]]
    assert _numbers(db, ha, "unassigned") == [made["pool_tier2"], made["elsewhere"], made["pool"]]
    assert made["closed"] not in _numbers(db, ha, "all")
    assert len(_numbers(db, ha, "all")) == 5


def test_filters_and_counts(db, world):
    made, people = world
    high = QueueFilter(priority="high")
    assert _numbers(db, people["ha"], "all", high) == [made["pool"]]
    waiting = QueueFilter(status="waiting_customer")
    assert _numbers(db, people["ha"], "all", waiting) == [made["elsewhere"]]
    with db.session_scope() as s:
        assert queue_counts(s, people["yen"]) == {"mine": 2, "team": 4, "unassigned": 2}
        assert queue_counts(s, people["ha"])["all"] == 5


def test_an_agent_has_no_all_queue(db, world):
    _, people = world
    assert queues_for(people["yen"]) == ("mine", "team", "unassigned")
    with pytest.raises(PermissionDenied), db.session_scope() as s:
        queue_page(s, people["yen"], "all")


def test_product_and_agent_filters_narrow_the_queue(db, world, admin):
    made, people = world
    ha = people["ha"]
    with db.session_scope() as s:
        fridge = make_product(s, "TL-1", "Tủ lạnh Sao Việt 300L")
        washer = make_product(s, "MG-1", "Máy giặt Ánh Dương 9kg")
        retired = make_product(s, "TV-0", "Đầu thu cũ", is_active=False)
        customer_id = s.get(Complaint, made["pool"]).customer_id
        bought = make_purchase(
            s,
            customer_id,
            product_id=fridge.id,
            purchase_date=date(2026, 10, 1),
            warranty_end=date(2028, 10, 1),
        )
        for name in ("pool", "mine_late", "closed"):
            s.get(Complaint, made[name]).purchase_id = bought.id
        ids = {"fridge": fridge.id, "washer": washer.id, "retired": retired.id}
        staff_member(s, admin, "cu.nv", "Nhân Viên Cũ")
        s.execute(update(User).where(User.username == "cu.nv").values(is_active=False))

    assert _numbers(db, ha, "all", QueueFilter(product_id=ids["fridge"])) == [
        made["mine_late"],
        made["pool"],
    ]
    assert _numbers(db, ha, "all", QueueFilter(product_id=ids["washer"])) == []
    yen = people["yen"].user_id
    assert _numbers(db, ha, "all", QueueFilter(assignee_id=yen)) == [
        made["mine_early"],
        made["mine_late"],
    ]
    both = QueueFilter(product_id=ids["fridge"], assignee_id=yen)
    assert _numbers(db, ha, "all", both) == [made["mine_late"]]
    with db.session_scope() as s:
        assert queue_counts(s, ha, both) == {"mine": 0, "team": 1, "unassigned": 0, "all": 1}
        choices = filter_choices(s)
    # Vietnamese order by the accent-free name; retired products stay (old complaints
    # name them), disabled staff do not.
    assert [c.name for c in choices.products] == [
        "Đầu thu cũ",
        "Máy giặt Ánh Dương 9kg",
        "Tủ lạnh Sao Việt 300L",
    ]
    assert [c.name for c in choices.agents] == ["Lê Thu Hà", "Quản Trị Viên", "Trần Thị Yến"]
