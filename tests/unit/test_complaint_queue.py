"""Complaint queues: who sees which complaints, least time left first, and the counts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import update

from app.errors import PermissionDenied
from app.models import (
    Complaint,
    ComplaintStatus,
    Product,
    Purchase,
    Role,
    Severity,
    Store,
    User,
)
from app.services.access import users
from app.services.actor import Actor
from app.services.complaints.complaint_queue import (
    QueueFilter,
    filter_choices,
    queue_counts,
    queue_page,
    queues_for,
)
from tests.customer_records import add_customer

NOW = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)


@pytest.fixture
def world(db, admin):
    with db.session_scope() as s:
        hn = Store(code="HN01", name="Cửa hàng Hà Nội")
        s.add(hn)
        s.flush()

        yen = users.add_user(
            s, admin, "yen.tran", "Trần Thị Yến", "agent", "mat-khau-2", store_id=hn.id
        )
        ha = users.add_user(
            s, admin, "ha.le", "Lê Thu Hà", "supervisor", "mat-khau-2", store_id=hn.id, tier=2
        )
        an = add_customer(s, "Nguyễn Văn An")
        made = {}
        for n, (name, status, assignee, tier, store, hours) in enumerate(
            [
                ("mine_late", ComplaintStatus.IN_PROGRESS, yen.id, 1, hn.id, 1),
                ("mine_early", ComplaintStatus.NEW, yen.id, 1, hn.id, -2),
                ("pool", ComplaintStatus.NEW, None, 1, hn.id, 5),
                ("pool_tier2", ComplaintStatus.REOPENED, None, 2, hn.id, 3),
                ("elsewhere", ComplaintStatus.WAITING_CUSTOMER, None, 1, None, 4),
                ("closed", ComplaintStatus.CLOSED, yen.id, 1, hn.id, -100),
            ],
            start=1,
        ):
            c = Complaint(
                number=f"KN-2026-{n:06d}",
                customer_id=an.id,
                category="delivery",
                channel="phone",
                description="Giao trễ",
                status=status,
                priority=Severity.HIGH if name == "pool" else Severity.NORMAL,
                assignee_id=assignee,
                tier=tier,
                store_id=store,
                resolution_due=NOW + timedelta(hours=hours),
            )
            s.add(c)
            s.flush()
            made[name] = c.id
        actors = {
            "yen": Actor(yen.id, "yen.tran", yen.full_name, Role.AGENT, 1, hn.id),
            "ha": Actor(ha.id, "ha.le", ha.full_name, Role.SUPERVISOR, 2, hn.id),
        }
        return made, actors


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
        fridge = Product(sku="TL-1", name="Tủ lạnh Sao Việt 300L", name_key="tu lanh sao viet")
        washer = Product(sku="MG-1", name="Máy giặt Ánh Dương 9kg", name_key="may giat")
        retired = Product(sku="TV-0", name="Đầu thu cũ", name_key="dau thu cu", is_active=False)
        s.add_all([fridge, washer, retired])
        s.flush()
        customer_id = s.get(Complaint, made["pool"]).customer_id
        bought = Purchase(
            customer_id=customer_id,
            product_id=fridge.id,
            purchase_date=date(2026, 10, 1),
            warranty_end=date(2028, 10, 1),
        )
        s.add(bought)
        s.flush()
        for name in ("pool", "mine_late", "closed"):
            s.get(Complaint, made[name]).purchase_id = bought.id
        ids = {"fridge": fridge.id, "washer": washer.id, "retired": retired.id}
        users.add_user(s, admin, "cu.nv", "Nhân Viên Cũ", "agent", "mat-khau-2")
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
