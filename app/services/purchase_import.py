"""`import purchases`: load a CSV file of purchases; good rows load, bad rows are reported.

Each row is one product bought by an existing customer, found by customer code or by any
of their phone numbers. An SKU the catalogue does not know becomes a new product when the
file gives its name (warranty months from that row, else 12; a 7-day return window). The
warranty end is computed as for a purchase registered at the counter (no delivery date in
a file: it runs from the purchase date). Rows are checked cell by cell, then loaded in
batches, as the customer import does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date
from functools import cache

from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import t
from app.services.actor import Actor
from app.services.customer_csv import CsvTable
from app.services.customer_import_batch import CheckedRow, RowError
from app.services.permissions import require
from app.services.purchase_csv import (
    parse_customer_code,
    parse_invoice,
    parse_months,
    parse_phone,
    parse_price,
    parse_product_name,
    parse_purchase_date,
    parse_serial,
    parse_sku,
    parse_store_code,
    read_purchase_csv,
)
from app.services.purchase_import_batch import NewProduct, PurchaseLoader
from app.timeutil import local_date, now_utc

BATCH = 1000


@dataclass(frozen=True)
class PurchaseImportResult:
    created: int  # purchases
    products_created: int
    skipped: int
    errors: tuple[RowError, ...]
    ignored_columns: tuple[str, ...]
    dry_run: bool

    def as_json(self) -> dict[str, object]:
        """The customer import's report: a purchase is never updated by a file."""
        return {"created": self.created, "updated": 0, "skipped": self.skipped,
                "errors": [asdict(e) for e in self.errors]}  # fmt: skip


def _checks(today: date) -> dict[str, Callable[[str], object]]:
    return {
        # A customer's number comes back on each purchase: read each spelling once.
        "customer_code": parse_customer_code, "phone": cache(parse_phone), "sku": parse_sku,
        "invoice_no": parse_invoice, "serial_no": parse_serial,
        "product_name": parse_product_name, "price_vnd": parse_price,
        "purchase_date": lambda v: parse_purchase_date(v, today),
        "warranty_months": parse_months, "store_code": parse_store_code,
    }  # fmt: skip


def _check_cells(
    table: CsvTable, checks: dict[str, Callable[[str], object]], number: int, cells: list[str]
) -> CheckedRow:
    """Every filled cell checked; each bad one becomes an error naming its column."""
    row = CheckedRow(number)
    if len(cells) > table.width:
        message = t("This row has {cells} cells but the header has {columns}: put a value "
                    "that contains the separator in double quotes.",
                    cells=len(cells), columns=table.width)  # fmt: skip
        row.errors.append(RowError(number, "", message))
        return row
    for name, (index, header) in table.columns.items():
        cell = cells[index].strip() if index < len(cells) else ""
        if not cell:
            continue
        try:
            row.values[name] = checks[name](cell)
        except ValidationError as exc:
            row.errors.append(RowError(number, header, exc.message))
    return row


def _new_products(rows: list[CheckedRow]) -> dict[str, NewProduct]:
    """The product each SKU of the file would create: the first row that names it says how.

    So a file may name a new product once and list more purchases of it below.
    """
    named: dict[str, NewProduct] = {}
    for row in rows:
        v = row.values
        if "sku" in v and v.get("product_name"):
            sku = str(v["sku"])
            months = v.get("warranty_months", 12)
            named.setdefault(sku, NewProduct(sku, str(v["product_name"]), int(months)))  # type: ignore[call-overload]
    return named


def import_purchases(
    session: Session, actor: Actor, content: bytes, *, dry_run: bool = False,
    today: date | None = None,
) -> PurchaseImportResult:  # fmt: skip
    """Load purchases from CSV bytes. With `dry_run` everything is checked exactly as for a
    real load, then the session is rolled back: run it in a unit of work of its own."""
    require(actor, "data.load")
    table = read_purchase_csv(content)
    checks = _checks(today or local_date(now_utc()))
    rows = [_check_cells(table, checks, n, cells) for n, cells in table.rows
            if any(c.strip() for c in cells)]  # fmt: skip
    loader = PurchaseLoader(session, actor, table, _new_products(rows))
    for start in range(0, len(rows), BATCH):
        loader.load(rows[start : start + BATCH])
    errors = sorted(loader.errors, key=lambda e: e.row)
    result = PurchaseImportResult(
        loader.created, loader.products_created, len({e.row for e in errors}), tuple(errors),
        table.ignored, dry_run,
    )  # fmt: skip
    if dry_run:
        session.rollback()
    return result
