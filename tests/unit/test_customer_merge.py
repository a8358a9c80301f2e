"""Merging two records of one person: every row of history ends up on the one kept."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import PermissionDenied, ValidationError
from app.models import (
    AuditEntry,
    Claim,
    Complaint,
    Customer,
    CustomerPhone,
    CustomerTag,
    ImportantDate,
    Interaction,
    PointsEntry,
    Purchase,
    Reminder,
    Role,
    Slip,
)
from app.services.actor import Actor
from app.services.customers import customers
from app.services.customers.customer_merge import merge_customers
from app.services.customers.customers import CustomerInput, PhoneInput
from tests.factories import SUPERVISOR, make_history, make_phone

# Every table that holds rows of a customer, for "everything moved" checks.
CUSTOMER_TABLES = (
    CustomerPhone,
    CustomerTag,
    ImportantDate,
    PointsEntry,
    Purchase,
    Interaction,
    Complaint,
    Claim,
    Slip,
    Reminder,
)


def counts(s: Session, customer_id: int) -> dict[str, int]:
    """Rows per table that belong to `customer_id`."""
    return {
        model.__tablename__: s.scalar(
            select(func.count()).select_from(model).where(model.customer_id == customer_id)
        )
        for model in CUSTOMER_TABLES
    }


def _pair(db) -> tuple[int, int]:
    """An (kept) and a duplicate record of her with more history and a shared number."""
    with db.session_scope() as s:
        keep = customers.create_customer(
            s,
            SUPERVISOR,
            CustomerInput("Nguyễn Thị An", phones=(PhoneInput("0912 345 678"),), tags=("VIP",)),
        )
        dup = customers.create_customer(
            s,
            SUPERVISOR,
            CustomerInput(
                "Nguyen Thi An",
                phones=(PhoneInput("0987 654 321"),),
                tags=("vip", "người già"),
                email="an@gmail.com",
                birthday=date(1960, 4, 30),
                province="Huế",
            ),
        )
        customers.add_important_date(s, SUPERVISOR, dup.id, "Ngày cưới", date(1985, 1, 2))
        make_history(s, keep.id, "k")
        make_history(s, dup.id, "d")
        # The same number on both records, as two seats typed it before anyone noticed.
        make_phone(s, dup.id, "0912345678")
    return keep.id, dup.id


def test_merge_moves_every_row_and_archives_the_merged_record(db):
    keep_id, dup_id = _pair(db)
    with db.session_scope() as s:
        kept_before, dup_before = counts(s, keep_id), counts(s, dup_id)
        result = merge_customers(s, SUPERVISOR, keep_id, dup_id)
    with db.session_scope() as s:
        kept_after, dup_after = counts(s, keep_id), counts(s, dup_id)
        kept, gone = s.get(Customer, keep_id), s.get(Customer, dup_id)
        ledger = s.scalar(
            select(func.sum(PointsEntry.delta)).where(PointsEntry.customer_id == keep_id)
        )
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "merge")))
        # the number both had stays once on the kept record; the "vip" tag is the same tag
        assert kept_after["customer_phones"] == 2 and dup_after["customer_phones"] == 1
        assert kept_after["customer_tags"] == 2 and dup_after["customer_tags"] == 1
        for table in (
            "important_dates",
            "points_entries",
            "purchases",
            "interactions",
            "complaints",
            "claims",
            "slips",
            "reminders",
        ):
            assert kept_after[table] == kept_before[table] + dup_before[table], table
            assert dup_after[table] == 0, table
        assert kept.points == ledger == 200 and gone.points == 0
        assert gone.merged_into_id == keep_id and gone.archived_at is not None
        assert gone.code == "KH0000002"  # still findable by its old code
        # what the kept record lacked came from the duplicate; nothing was overwritten
        assert (kept.email, kept.birthday, kept.province) == (
            "an@gmail.com",
            date(1960, 4, 30),
            "Huế",
        )
        assert [p.e164 for p in kept.phones if p.is_primary] == ["+84912345678"]
    assert result.merged_code == "KH0000002" and result.moved["purchases"] == 1
    [entry] = entries
    assert entry.entity_id == str(keep_id) and entry.actor == "hung.tran"
    assert entry.after["merged_code"] == "KH0000002" and entry.after["moved"]["complaints"] == 1


def test_a_merge_never_demotes_and_records_merged_earlier_follow(db):
    with db.session_scope() as s:
        a, b, c = (
            customers.create_customer(s, SUPERVISOR, CustomerInput(n)).id for n in ("A", "B", "C")
        )
        s.get(Customer, b).tier = "gold"
    with db.session_scope() as s:
        merge_customers(s, SUPERVISOR, b, c)
        assert merge_customers(s, SUPERVISOR, a, b).kept.tier == "gold"
    with db.session_scope() as s:
        assert s.get(Customer, c).merged_into_id == a


def test_what_cannot_be_merged(db):
    keep_id, dup_id = _pair(db)
    agent = Actor(user_id=None, username="lan", full_name="Lan", role=Role.AGENT)
    with db.session_scope() as s:
        with pytest.raises(PermissionDenied, match="merge customers"):
            merge_customers(s, agent, keep_id, dup_id)
        with pytest.raises(ValidationError, match="two different customers"):
            merge_customers(s, SUPERVISOR, keep_id, keep_id)
        merge_customers(s, SUPERVISOR, keep_id, dup_id)
    with db.session_scope() as s:
        with pytest.raises(ValidationError, match="KH0000002 was merged into KH0000001"):
            merge_customers(s, SUPERVISOR, keep_id, dup_id)
        with pytest.raises(ValidationError, match="KH0000002 was merged into KH0000001"):
            merge_customers(s, SUPERVISOR, dup_id, keep_id)
