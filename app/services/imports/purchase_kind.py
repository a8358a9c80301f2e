"""The purchase import as the runner drives it: check a row, plan the file, write it.

Each row is one product bought by an existing customer, found by customer code or by any
of their phone numbers. An SKU the catalogue does not know becomes a new product when the
file gives its name (warranty months from that row, else 12; a 7-day return window). The
warranty end is computed as for a purchase registered at the counter (no delivery date in
a file: it runs from the purchase date). A purchase is never updated by a file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from app.db import Database
from app.errors import ValidationError
from app.formatting import format_count
from app.i18n import t
from app.services.actor import Actor
from app.services.imports.cells import Cell
from app.services.imports.header import Header, shifted
from app.services.imports.journal import record_chunk
from app.services.imports.pacing import Pacer
from app.services.imports.purchase_apply import PurchaseWriter
from app.services.imports.purchase_plan import CREATE, plan_purchases
from app.services.imports.purchase_rows import PurchaseRow, check_purchase_row


def require_columns(chosen: set[str], names: str) -> None:
    """A file that names no buyer, no product or no purchase date loads nothing."""
    if "customer_code" not in chosen and "phone" not in chosen:
        raise ValidationError(
            t(
                "The file has no column that says whose purchase it is: the first line must "
                "name “customer_code” (Mã khách hàng) or “phone” (Số điện thoại). It names: "
                "{names}. Nothing was loaded.",
                names=names,
            )
        )
    for field, english, vietnamese in (
        ("sku", "sku", "Mã sản phẩm"),
        ("purchase_date", "purchase_date", "Ngày mua"),
    ):
        if field not in chosen:
            raise ValidationError(
                t(
                    "The file has no “{english}” column (“{vietnamese}”): the first line must "
                    "name one. It names: {names}. Nothing was loaded.",
                    english=english,
                    vietnamese=vietnamese,
                    names=names,
                )
            )


def check_row(
    number: int, cells: list[Cell], mapping: dict[int, str], header: Header, today: date
) -> PurchaseRow:
    error = shifted(number, cells, header)
    if error is not None:
        row = PurchaseRow(number, misaligned=True)
        row.errors.append(error)
        return row
    return check_purchase_row(number, cells, mapping, header.names, today)


def plan(session, plan) -> None:
    plan.decisions, plan.extra["new_products"] = plan_purchases(
        session, plan.rows, plan.mapping, plan.header.names
    )


def write(
    db: Database, actor: Actor, plan, run_id: int, report: Callable[[int, str], None]
) -> tuple[int, int, int]:
    work = [
        (row, d) for row, d in zip(plan.rows, plan.decisions, strict=True) if d.action == CREATE
    ]
    new = plan.extra.get("new_products", {})
    products: dict[str, int] = {}  # SKU -> product, for the products this run adds
    created = products_created = 0
    for start, part in Pacer(pauses=db.is_sqlite).parts(work):
        report(
            100 * start // max(1, len(work)),
            t(
                "Saving purchases: {done} of {total}…",
                done=format_count(start),
                total=format_count(len(work)),
            ),
        )
        with db.session_scope() as session:
            writer = PurchaseWriter(session, actor, products)
            writer.create(part, new)
            record_chunk(session, run_id, writer.created, None, (len(part), 0))
        created += len(part)
        products_created += len(writer.created["products"])
    report(100, "")
    return created, 0, products_created
