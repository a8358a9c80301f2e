"""The customer list written to CSV or XLSX: the customers a filter lets through, in the
list's order, with what the list shows and what a manager asks for next (every phone,
e-mail, address, gender, consent to marketing, customer since).

The order is the list's own (customer_id_array: 8 bytes an id, under a megabyte for
100,000 customers); rows are read for 500 ids at a time with the list's customer_rows,
so memory stays flat however long the list.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.formatting import format_count
from app.i18n import t, tn, tp
from app.models import Customer, Gender, Store, Tier
from app.services.customers.customer_list import (
    CustomerListFilter,
    CustomerListSort,
    customer_id_array,
    customer_rows,
    phone_numbers,
)
from app.services.customers.customer_views import shown_phone
from app.services.exports.table_file import Column, Progress, export_target, write_table

CHUNK = 500

_customers, _stores = Customer.__table__, Store.__table__
# What the list's rows do not carry.
_MORE = (
    select(
        _customers.c.id,
        _customers.c.email,
        _customers.c.gender,
        _customers.c.address,
        _customers.c.ward,
        _customers.c.marketing_consent,
        _customers.c.created_at,
        _stores.c.name,
    )
    .select_from(_customers.outerjoin(_stores, _stores.c.id == _customers.c.store_id))
    .where(_customers.c.id.in_(bindparam("ids", expanding=True)))
)


def tier_names() -> dict[str, str]:
    return {
        Tier.MEMBER: t("Member"),
        Tier.SILVER: t("Silver"),
        Tier.GOLD: t("Gold"),
        Tier.PLATINUM: t("Platinum"),
        Tier.VIP: t("VIP"),
    }


def gender_names() -> dict[str, str]:
    return {Gender.FEMALE: t("Female"), Gender.MALE: t("Male"), Gender.OTHER: t("Other")}


def _columns() -> list[Column]:
    return [
        Column(t("Code"), width=12),
        Column(t("Full name"), width=26),
        Column(t("Phone"), width=13),
        Column(t("Other phones"), width=26),
        Column(t("Email"), width=26),
        Column(t("Gender"), width=8),
        Column(t("Birthday"), "date"),
        Column(t("Address"), width=30),
        Column(t("Ward or commune"), width=20),
        Column(t("Province"), width=20),
        Column(tp("loyalty", "Tier"), width=10),
        Column(t("Points"), "count"),
        Column(t("Store code"), width=10),
        Column(t("Store"), width=22),
        Column(t("Last contact"), "datetime"),
        Column(t("Open complaints"), "count"),
        Column(t("Tags"), width=24),
        Column(t("Accepts marketing"), width=10),
        Column(t("Customer since"), "date"),
    ]


def _lines(session: Session, ids: Sequence[int]) -> Iterator[list[object]]:
    tiers, genders = tier_names(), gender_names()
    yes, no = t("Yes"), t("No")
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        more = {r[0]: r for r in session.execute(_MORE, {"ids": chunk})}
        phones = phone_numbers(session, chunk)
        for row in customer_rows(session, chunk):
            if row.id not in more:  # gone since the list was read
                continue
            _, email, gender, address, ward, consent, created, store = more[row.id]
            numbers = [shown_phone(p) for p in phones.get(row.id, ())]
            yield [
                row.code,
                row.full_name,
                numbers[0] if numbers else None,
                "; ".join(numbers[1:]),
                email,
                genders.get(gender, gender) if gender else None,
                row.birthday,
                address,
                ward,
                row.province,
                tiers.get(row.tier, row.tier),
                row.points,
                row.store_code,
                store,
                row.last_contact_at,
                row.open_complaints,
                "; ".join(row.tags),
                yes if consent else no,
                created,
            ]


def export_customers(
    session: Session,
    f: CustomerListFilter | None,
    sort: CustomerListSort | None,
    path: str | os.PathLike,
    fmt: str | None = None,
    control: Progress | None = None,
) -> int:
    """Write the customers the list shows for `f`, in its `sort` order, to `path` (format
    from `fmt` or the extension); return how many were written."""
    export_target(path, fmt)  # a wrong name is refused before the list is read
    ids = customer_id_array(session, f, sort)
    return write_table(
        path,
        _columns(),
        _lines(session, ids),
        len(ids),
        fmt=fmt,
        control=control,
        sheet=t("Customers"),
        counted=lambda done, n: tn(
            "{done} of {n} customer", "{done} of {n} customers", n, done=format_count(done)
        ),
    )
