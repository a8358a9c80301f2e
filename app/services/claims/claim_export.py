"""The claim list written to CSV or XLSX: the claims a filter lets through, newest first,
with what the list shows and the money a manager counts (price paid, quoted repair cost,
refund) and the fault as the customer described it.

Rows come from the list's own query (claim_batches), a thousand at a time; each batch's
prices, phones and faults are looked up together.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.formatting import format_count
from app.i18n import t, tn
from app.models import Claim, Purchase
from app.services.claims.claim_labels import kind_name, status_name
from app.services.claims.claim_list import ClaimFilter, claim_batches, claim_total
from app.services.customers.customer_list import phone_numbers
from app.services.customers.customer_views import shown_phone
from app.services.exports.table_file import Column, Progress, export_target, write_table

BATCH = 1000


def _columns() -> list[Column]:
    return [
        Column(t("Number"), width=16),
        Column(t("Received"), "datetime"),
        Column(t("Customer code"), width=12),
        Column(t("Customer"), width=24),
        Column(t("Phone"), width=13),
        Column(t("Product"), width=26),
        Column(t("Serial"), width=16),
        Column(t("Kind"), width=16),
        Column(t("Status"), width=18),
        Column(t("Warranty"), width=14),
        Column(t("Expected back"), "date"),
        Column(t("Store"), width=22),
        Column(t("Assignee"), width=22),
        Column(t("Price paid"), "money"),
        Column(t("Quoted repair cost"), "money"),
        Column(t("Amount refunded"), "money"),
        Column(t("Fault as described"), width=40),
    ]


def _lines(session: Session, f: ClaimFilter | None) -> Iterator[list[object]]:
    covered, not_covered = t("In warranty"), t("Out of warranty")
    for rows in claim_batches(session, f, BATCH):
        more = {
            r[0]: r[1:]
            for r in session.execute(
                select(
                    Claim.id,
                    Purchase.price_vnd,
                    Claim.quoted_cost_vnd,
                    Claim.refund_vnd,
                    Claim.fault_description,
                )
                .join(Purchase, Purchase.id == Claim.purchase_id)
                .where(Claim.id.in_([r.id for r in rows]))
            )
        }
        phones = phone_numbers(session, {r.customer_id for r in rows})
        for row in rows:
            price, quoted, refund, fault = more.get(row.id, (None, None, None, None))
            numbers = phones.get(row.customer_id)
            yield [
                row.number,
                row.received_at,
                row.customer_code,
                row.customer_name,
                shown_phone(numbers[0]) if numbers else None,
                row.product_name,
                row.serial_no,
                kind_name(row.kind),
                status_name(row.status),
                covered if row.in_warranty else not_covered,
                row.expected_return_date,
                row.store_name,
                row.assignee_name,
                price,
                quoted,
                refund,
                fault,
            ]


def export_claims(
    session: Session,
    f: ClaimFilter | None,
    path: str | os.PathLike,
    fmt: str | None = None,
    control: Progress | None = None,
) -> int:
    """Write the claims the list shows for `f`, newest first, to `path` (format from `fmt`
    or the extension); return how many were written."""
    export_target(path, fmt)  # a wrong name is refused before the list is read
    return write_table(
        path,
        _columns(),
        _lines(session, f),
        claim_total(session, f),
        fmt=fmt,
        control=control,
        sheet=t("Claims"),
        counted=lambda done, n: tn(
            "{done} of {n} claim", "{done} of {n} claims", n, done=format_count(done)
        ),
    )
