"""The audit trail in words: each record an entry names is looked up, a page at a time.

A customer by code and name, a complaint by its number, a colleague by full name; a
record that is gone by its kind and old id; and a page costs a few queries, whatever
its length.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from sqlalchemy import delete, event

from app.models import Product, Role
from app.services import audit
from app.services.audit import AuditFilter
from app.services.audit_names import full_names, name_entries
from app.services.audit_views import NamedEntry, RecordName
from app.services.claims import claims, products, purchases
from app.services.complaints import complaint_actions, complaints
from app.services.contacts import interactions
from app.services.contacts.interactions import InteractionInput
from app.services.customers import customers
from app.services.customers.customers import CustomerInput, PhoneInput
from app.services.reminders import reminder_actions
from app.services.settings import set_setting
from app.services.slips import slips
from tests.unit.access_cases import build_world

# 09:00 on 10 March 2026 in Hà Nội: numbers of the year 2026, times that read the same
# on any machine.
NOW = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def history(db, clock):
    """build_world's people and places, then a day at the desk through the services."""
    world = build_world(db)
    admin = world.actors[Role.ADMIN]
    ids: dict[str, int] = {}
    with db.session_scope() as s:
        ids["cuc"] = customers.create_customer(
            s, admin, CustomerInput("Phạm Thị Cúc", phones=(PhoneInput("0903 123 456"),))
        ).id
    with db.session_scope() as s:
        ids["complaint"] = complaints.open_complaint(
            s, admin, complaints.ComplaintInput(world.customer_id, "delivery", "Giao trễ 3 ngày")
        ).id
    with db.session_scope() as s:
        complaint_actions.assign_complaint(s, admin, ids["complaint"], world.agent_id)
    with db.session_scope() as s:
        tv = products.create_product(s, admin, products.ProductInput("TV-65", "Tivi 65 inch"))
        ids["product"] = tv.id
        ids["purchase"] = purchases.register_purchase(
            s,
            admin,
            purchases.PurchaseInput(
                world.customer_id, tv.id, date(2026, 3, 1), serial_no="SN65A0001"
            ),
        )
    with db.session_scope() as s:
        ids["claim"] = claims.open_claim(
            s, admin, claims.ClaimInput(ids["purchase"], "repair", "Tivi không lên hình")
        ).id
    with db.session_scope() as s:
        ids["slip"] = slips.issue_slip(s, admin, "warranty", ids["purchase"]).id
    with db.session_scope() as s:
        contact = interactions.log_interaction(
            s,
            admin,
            InteractionInput(
                "phone",
                "in",
                NOW - timedelta(minutes=5),
                NOW,
                customer_id=world.customer_id,
                topic="warranty",
                outcome="callback_needed",
                callback_at=NOW + timedelta(hours=2),
                callback_to_pool=True,
            ),
        )
        ids["contact"], ids["reminder"] = contact.id, contact.callback_reminder_id
    with db.session_scope() as s:
        reminder_actions.take_reminder(s, admin, ids["reminder"])
    with db.session_scope() as s:
        set_setting(s, admin, "session.idle_lock_minutes", 10)
    return world, ids


def page(db, actor, **filters) -> list[NamedEntry]:
    with db.session_scope() as s:
        return name_entries(s, audit.search_audit(s, actor, AuditFilter(**filters), limit=500))


def entry(entries: list[NamedEntry], entity: str, action: str) -> NamedEntry:
    [found] = [e for e in entries if (e.entry.entity, e.entry.action) == (entity, action)]
    return found


def test_each_record_is_named_by_what_people_know_it_by(db, history):
    world, ids = history
    entries = page(db, world.actors[Role.ADMIN])

    def subject(entity: str, action: str) -> RecordName:
        return entry(entries, entity, action).subject

    an = RecordName("customer", str(world.customer_id), True, "KH0000001", "Nguyễn Văn An")
    assert subject("customer", "create") == RecordName(
        "customer", str(ids["cuc"]), True, "KH0000004", "Phạm Thị Cúc"
    )
    assert subject("complaint", "create") == RecordName(
        "complaint", str(ids["complaint"]), True, "KN-2026-000001"
    )
    assert subject("claim", "create") == RecordName(
        "claim", str(ids["claim"]), True, "YC-2026-000001"
    )
    assert subject("slip", "create") == RecordName(
        "slip", str(ids["slip"]), True, "PBH-2026-000001"
    )
    assert subject("purchase", "create") == RecordName(
        "purchase",
        str(ids["purchase"]),
        True,
        "SN65A0001",
        "Tivi 65 inch",
        code_kind="serial",
        day=date(2026, 3, 1),
    )
    assert subject("product", "create") == RecordName(
        "product", str(ids["product"]), True, "TV-65", "Tivi 65 inch"
    )
    assert subject("interaction", "create") == RecordName(
        "interaction",
        str(ids["contact"]),
        True,
        channel="phone",
        at=NOW - timedelta(minutes=5),
        customer=an,
    )
    assert subject("reminder", "take") == RecordName(
        "reminder", str(ids["reminder"]), True, name="Call back Nguyễn Văn An", customer=an
    )
    assert subject("setting", "update") == RecordName(
        "setting",
        "session.idle_lock_minutes",
        True,
        "session.idle_lock_minutes",
        "Lock an idle seat after (minutes)",
    )
    stores = {e.subject for e in entries if e.entry.entity == "store"}
    assert stores == {
        RecordName("store", str(world.store_id), True, "HN01", "Cửa hàng Hà Nội"),
        RecordName("store", str(world.other_store_id), True, "DN01", "Cửa hàng Đà Nẵng"),
    }
    disabled = entry(entries, "user", "disable")
    assert disabled.subject == RecordName(
        "user", str(world.disabled_id), True, "cu.le", "Lê Văn Cũ"
    )
    assert disabled.actor_name == "Quản Trị Viên"


def test_fields_holding_ids_name_the_person_or_record(db, history):
    world, ids = history
    entries = page(db, world.actors[Role.ADMIN])

    assigned = entry(entries, "complaint", "assign")
    assert assigned.entry.after == {"assignee_id": world.agent_id}
    assert assigned.reference("assignee_id", world.agent_id) == RecordName(
        "user", str(world.agent_id), True, "lan.nguyen", "Nguyễn Thị Lan"
    )
    assert assigned.reference("assignee_id", None) is None  # nobody before: no record

    bought = entry(entries, "purchase", "create")
    assert bought.reference("customer_id", world.customer_id).code == "KH0000001"
    assert bought.reference("product_id", ids["product"]).code == "TV-65"

    slip = entry(entries, "slip", "create")
    assert slip.reference("purchase_id", ids["purchase"]).code == "SN65A0001"

    contact = entry(entries, "interaction", "create")
    assert contact.reference("callback_reminder_id", ids["reminder"]).name == (
        "Call back Nguyễn Văn An"
    )
    # A built-in topic has no stored name: the screen translates its key.
    assert contact.reference("topic", "warranty") == RecordName(
        "call_topic", "warranty", True, "warranty"
    )
    # Plain values point nowhere.
    assert contact.reference("channel", "phone") is None
    assert contact.reference("duration_seconds", 300) is None

    first_admin = entry(entries, "user", "create_first_admin")
    assert first_admin.reference("tier", 3) is None


def test_a_record_that_is_gone_is_named_by_kind_and_old_id(db, clock):
    world = build_world(db)
    admin = world.actors[Role.ADMIN]
    with db.session_scope() as s:
        fan = products.create_product(s, admin, products.ProductInput("QUAT-1", "Quạt đứng"))
    with db.session_scope() as s:
        s.execute(delete(Product).where(Product.id == fan.id))
        # An entry naming a complaint and a colleague that were never kept (an older copy).
        audit.record(
            s, admin, "complaint", 424242, "assign", {"assignee_id": None}, {"assignee_id": 9999}
        )
        audit.record(s, admin, "setting", "old.setting", "update", {"value": 1}, {"value": 2})

    entries = page(db, admin)

    assert entry(entries, "product", "create").subject == RecordName("product", str(fan.id))
    assigned = entry(entries, "complaint", "assign")
    assert assigned.subject == RecordName("complaint", "424242")
    assert assigned.reference("assignee_id", 9999) == RecordName("user", "9999")
    assert not entry(entries, "setting", "update").subject.found


def test_two_customers_on_one_page_are_each_named(db, clock):
    world = build_world(db)
    admin = world.actors[Role.ADMIN]
    with db.session_scope() as s:
        cuc = customers.create_customer(
            s, admin, CustomerInput("Phạm Thị Cúc", phones=(PhoneInput("0903 123 456"),))
        ).id
    with db.session_scope() as s:
        dung = customers.create_customer(
            s, admin, CustomerInput("Đỗ Văn Dũng", phones=(PhoneInput("0905 111 222"),))
        ).id

    named = page(db, admin, action="create", entity="customer")

    assert [e.subject for e in named] == [
        RecordName("customer", str(dung), True, "KH0000005", "Đỗ Văn Dũng"),
        RecordName("customer", str(cuc), True, "KH0000004", "Phạm Thị Cúc"),
    ]


def test_the_filter_lists_give_each_user_s_full_name(db, history):
    world, _ = history
    with db.session_scope() as s:
        names = full_names(s, ["admin", "hung.tran", "os:root", "system:sla"])
    assert names == {"admin": "Quản Trị Viên", "hung.tran": "Trần Văn Hùng"}


def _statements(db, work) -> int:
    """How many SQL statements `work()` sends."""
    sent: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany) -> None:
        sent.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        work()
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    return len(sent)


def test_a_page_costs_one_query_per_table_whatever_its_length(db, history):
    world, ids = history
    admin = world.actors[Role.ADMIN]
    for n in range(50):
        with db.session_scope() as s:
            cust = customers.create_customer(
                s, admin, CustomerInput(f"Khách Số {n}", phones=(PhoneInput(f"0903 200 {n:03d}"),))
            )
            complaints.open_complaint(
                s, admin, complaints.ComplaintInput(cust.id, "billing", "Sai hoá đơn")
            )
    with db.session_scope() as s:
        rows = audit.search_audit(s, admin, AuditFilter(), limit=200)
    assert len(rows) > 100
    # Every kind of record and of id-valued field is on the page.
    kinds = "customer complaint claim purchase product slip interaction reminder setting user"
    assert {r.entity for r in rows} >= {*kinds.split(), "store"}

    def name(first: int) -> None:
        with db.session_scope() as s:
            named = name_entries(s, rows[:first])
        assert len(named) == min(first, len(rows))

    small, large = _statements(db, lambda: name(5)), _statements(db, lambda: name(200))
    # Contacts, reminders, customers, users, stores, products, purchases, complaints,
    # claims, slips and the one setting row topics live in: eleven tables at most.
    assert large <= 11
    assert small <= large
