"""What each row of a purchase file will do: create a purchase, or nothing (an error).

The whole file is matched against the database before anything is written, with a
handful of set questions (customers by code and by phone, products by SKU, the serials
already registered, the stores), each IN (...) list at most 900 values long. A buyer is
found by customer code, or by any reading of a phone number when only one active
customer has it; an SKU the catalogue does not know is a new product when a row of the
file names it (the first such row says its name and warranty); a serial is sold once per
product, in the database and in the file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.i18n import t
from app.models import Customer, CustomerPhone, Product, Purchase, Store
from app.services.claims.purchases import normal_serial
from app.services.customers.customer_input import display_phone
from app.services.customers.customer_views import national_of
from app.services.imports.purchase_rows import PurchaseRow
from app.services.imports.report import RowIssue

CREATE, SKIP, ERROR = "create", "skip", "error"
DEFAULT_WARRANTY_MONTHS = 12  # a new product whose first row gives no warranty
_LOOKUP = 900  # values per IN (...): under SQLite's old 999-parameter limit


@dataclass(frozen=True)
class NewProduct:
    sku: str  # upper case, as the catalogue will hold it
    name: str
    warranty_months: int


@dataclass
class Decision:
    action: str  # CREATE, SKIP or ERROR
    buyer_id: int | None = None
    product_id: int | None = None  # None with an sku: a product the import creates
    sku: str = ""
    store_id: int | None = None
    warranty_months: int = 0


@dataclass(frozen=True)
class _Buyer:
    id: int
    code: str
    name: str
    archived: bool
    merged_into: str | None  # the code of the customer kept by a merge


@dataclass(frozen=True)
class _Product:
    id: int
    sku: str
    warranty_months: int


def plan_purchases(
    session: Session, rows: list[PurchaseRow], mapping: dict[int, str], names: tuple[str, ...]
) -> tuple[list[Decision], dict[str, NewProduct]]:
    """One decision per row, and the products the file creates (SKU -> product), in the
    order rows first need them. Errors found on the way are added to the rows."""
    planner = _Planner(session, rows, mapping, names)
    decisions = [planner.decide(row) for row in rows]
    return decisions, planner.needed


def new_products(rows: list[PurchaseRow]) -> dict[str, NewProduct]:
    """The product each SKU of the file would create: the first row that names it says how.

    So a file may name a new product once and list more purchases of it above or below.
    """
    named: dict[str, NewProduct] = {}
    for row in rows:
        v = row.values
        if "sku" in v and v.get("product_name"):
            months = int(v.get("warranty_months", DEFAULT_WARRANTY_MONTHS))  # type: ignore[call-overload]
            named.setdefault(
                str(v["sku"]), NewProduct(str(v["sku"]), str(v["product_name"]), months)
            )
    return named


def sku_spellings(sku: str) -> list[str]:
    """The spellings a catalogue row may hold an SKU in (older rows kept their case)."""
    return list(dict.fromkeys((sku, sku.upper(), sku.lower())))


def parts(values: Iterable) -> Iterator[list]:
    """`values` in lists of at most _LOOKUP, for IN (...) lists."""
    items, size = list(values), _LOOKUP
    for start in range(0, len(items), size):
        yield items[start : start + size]


def display_phone_of(e164: str) -> str:
    """+84912345678 as a person reads it: 0912 345 678."""
    return display_phone(national_of(e164))


class _Planner:
    def __init__(
        self,
        session: Session,
        rows: list[PurchaseRow],
        mapping: dict[int, str],
        names: tuple[str, ...],
    ) -> None:
        self.session = session
        self.index = {f: i for i, f in mapping.items()}  # field -> cell index
        self.names = names
        self.named = new_products(rows)
        self.needed: dict[str, NewProduct] = {}
        self.claimed: dict[tuple[str, str], int] = {}  # (SKU, serial) -> first good row
        self.stores = {
            code.upper(): sid for sid, code in session.execute(select(Store.id, Store.code))
        }
        self.products = self._products({str(r.values["sku"]) for r in rows if "sku" in r.values})
        self.by_code = self._by_code(
            {str(r.values["customer_code"]) for r in rows if "customer_code" in r.values}
        )
        self.by_phone = self._by_phone(
            {e164 for r in rows for e164 in r.values.get("phone", ())}  # type: ignore[attr-defined]
        )
        self.registered = self._registered({s for r in rows for s in r.serials})

    # ------------------------------------------------------------------ lookups

    def _products(self, skus: set[str]) -> dict[str, _Product]:
        found: dict[str, _Product] = {}
        wanted = {s for sku in skus for s in sku_spellings(sku)}
        for part in parts(wanted):
            query = select(Product.id, Product.sku, Product.warranty_months).where(
                Product.sku.in_(part)
            )
            for pid, sku, months in self.session.execute(query):
                found[sku] = _Product(pid, sku, months)
        return found

    def _buyer_columns(self):
        kept = aliased(Customer)
        columns = (
            Customer.id,
            Customer.code,
            Customer.full_name,
            Customer.archived_at,
            kept.code,
        )
        return kept, columns

    def _by_code(self, codes: set[str]) -> dict[str, _Buyer]:
        kept, columns = self._buyer_columns()
        found: dict[str, _Buyer] = {}
        for part in parts(codes):
            query = (
                select(*columns)
                .outerjoin(kept, kept.id == Customer.merged_into_id)
                .where(Customer.code.in_(part))
            )
            found |= {row[1]: _buyer(*row) for row in self.session.execute(query)}
        return found

    def _by_phone(self, numbers: set[str]) -> dict[str, list[_Buyer]]:
        kept, columns = self._buyer_columns()
        found: dict[str, list[_Buyer]] = {}
        for part in parts(numbers):
            query = (
                select(CustomerPhone.e164, *columns)
                .join(Customer, Customer.id == CustomerPhone.customer_id)
                .outerjoin(kept, kept.id == Customer.merged_into_id)
                .where(CustomerPhone.e164.in_(part))
                .order_by(CustomerPhone.e164, Customer.id)
            )
            for e164, *rest in self.session.execute(query):
                found.setdefault(e164, []).append(_buyer(*rest))
        return found

    def _registered(self, serials: set[str]) -> dict[tuple[int, str], tuple]:
        """(product id, serial as stored today) -> (customer code, name, purchase date) of
        the purchases that already hold one of the file's serials, in any spelling."""
        found: dict[tuple[int, str], tuple] = {}
        for part in parts(serials):
            query = (
                select(
                    Purchase.product_id,
                    Purchase.serial_no,
                    Customer.code,
                    Customer.full_name,
                    Purchase.purchase_date,
                )
                .join(Customer, Customer.id == Purchase.customer_id)
                .where(Purchase.serial_no.in_(part))
                .order_by(Purchase.id)
            )
            for pid, serial, *rest in self.session.execute(query):
                found.setdefault((pid, normal_serial(serial)), tuple(rest))
        return found

    def _product(self, sku: str) -> _Product | None:
        for spelling in sku_spellings(sku):
            if spelling in self.products:
                return self.products[spelling]
        return None

    # ------------------------------------------------------------------ checks

    def _column(self, field: str) -> str:
        index = self.index.get(field)
        return self.names[index] if index is not None and index < len(self.names) else ""

    def _error(self, row: PurchaseRow, field: str, message: str) -> None:
        row.errors.append(RowIssue(row.number, self._column(field), message, field))

    def _bad(self, row: PurchaseRow, field: str) -> bool:
        """The cell was filled but could not be read (already reported)."""
        return any(e.field == field for e in row.errors)

    def decide(self, row: PurchaseRow) -> Decision:
        if row.misaligned:
            return Decision(ERROR)
        found = Decision(CREATE)
        self._buyer_of(found, row)
        self._product_of(found, row)
        self._store_of(found, row)
        if "purchase_date" not in row.values and not self._bad(row, "purchase_date"):
            self._error(row, "purchase_date", t("Fill in the purchase date."))
        serial_key = self._serial_of(found, row)
        if row.errors:
            # In the order of the file's columns; what concerns the whole row first.
            row.errors.sort(key=lambda e: self.index.get(e.field, -1) if e.column else -1)
            return Decision(ERROR)
        if serial_key is not None:
            self.claimed[serial_key] = row.number
        if found.product_id is None:
            self.needed.setdefault(found.sku, self.named[found.sku])
            months = self.named[found.sku].warranty_months
        else:
            months = found.warranty_months
        found.warranty_months = int(row.values.get("warranty_months", months))  # type: ignore[call-overload]
        return found

    def _buyer_of(self, found: Decision, row: PurchaseRow) -> None:
        v = row.values
        readings: tuple[str, ...] = v.get("phone", ())  # type: ignore[assignment]
        # The customers who have any reading of the number, each once.
        owners = list({b.id: b for e164 in readings for b in self.by_phone.get(e164, [])}.values())
        shown = display_phone_of(readings[0]) if readings else ""
        if "customer_code" in v:
            code = str(v["customer_code"])
            buyer = self.by_code.get(code)
            if buyer is None:
                self._error(
                    row,
                    "customer_code",
                    t(
                        "No customer has the code {code}: check it, or import the customer first "
                        "(import customers).",
                        code=code,
                    ),
                )
                return
            if owners and buyer.id not in {o.id for o in owners}:
                self._error(
                    row,
                    "phone",
                    t(
                        "{phone} belongs to {name} ({code}), not to {given}: check which customer "
                        "bought this.",
                        phone=shown,
                        name=owners[0].name,
                        code=owners[0].code,
                        given=code,
                    ),
                )
                return
            self._usable(found, row, "customer_code", buyer)
        elif "phone" in v:
            active = [o for o in owners if not o.archived and o.merged_into is None]
            if len(active) > 1:
                self._error(
                    row,
                    "phone",
                    t(
                        "{phone} belongs to several customers ({codes}): add a customer_code "
                        "column to say which one.",
                        phone=shown,
                        codes=", ".join(o.code for o in active),
                    ),
                )
            elif active or owners:
                self._usable(found, row, "phone", (active or owners)[0])
            else:
                self._error(
                    row,
                    "phone",
                    t(
                        "No customer has the number {phone}: import the customer first, or add a "
                        "customer_code column.",
                        phone=shown,
                    ),
                )
        elif not (self._bad(row, "customer_code") or self._bad(row, "phone")):
            field = "customer_code" if "customer_code" in self.index else "phone"
            self._error(
                row, field, t("Fill in the customer code or the phone number of the buyer.")
            )

    def _usable(self, found: Decision, row: PurchaseRow, field: str, buyer: _Buyer) -> None:
        if buyer.merged_into is not None:
            self._error(
                row,
                field,
                t(
                    "{code} was merged into {kept}: use {kept}.",
                    code=buyer.code,
                    kept=buyer.merged_into,
                ),
            )
        elif buyer.archived:
            self._error(
                row,
                field,
                t(
                    "{name} ({code}) is archived: restore the customer first, then import this row "
                    "again.",
                    name=buyer.name,
                    code=buyer.code,
                ),
            )
        else:
            found.buyer_id = buyer.id

    def _product_of(self, found: Decision, row: PurchaseRow) -> None:
        v = row.values
        if "sku" not in v:
            if not self._bad(row, "sku"):
                self._error(row, "sku", t("Fill in the product code (SKU)."))
            return
        sku = str(v["sku"])
        product = self._product(sku)
        if product is not None:
            found.product_id, found.sku = product.id, product.sku
            found.warranty_months = product.warranty_months
        elif sku in self.named:
            found.sku = sku
        else:
            self._error(
                row,
                "sku",
                t(
                    "Unknown product {sku}: fill in product_name to add it to the catalogue, "
                    "or check the code.",
                    sku=sku,
                ),
            )

    def _store_of(self, found: Decision, row: PurchaseRow) -> None:
        code = row.values.get("store_code")
        if code is None:
            return
        found.store_id = self.stores.get(str(code))
        if found.store_id is None:
            self._error(
                row,
                "store_code",
                t(
                    "Unknown store {code}: the stores are {codes}.",
                    code=code,
                    codes=", ".join(sorted(self.stores)) or "-",
                ),
            )

    def _serial_of(self, found: Decision, row: PurchaseRow) -> tuple[str, str] | None:
        serial = row.values.get("serial_no")
        if not serial or not found.sku:
            return None
        key = (found.sku.upper(), str(serial))
        first = self.claimed.get(key)
        owner = self.registered.get((found.product_id, str(serial))) if found.product_id else None
        if first is not None:
            self._error(
                row,
                "serial_no",
                t(
                    "Serial {serial} of {sku} is also on row {row} of this file.",
                    serial=serial,
                    sku=found.sku,
                    row=first,
                ),
            )
        elif owner is not None:
            code, name, day = owner
            self._error(
                row,
                "serial_no",
                t(
                    "Serial {serial} of {sku} is already registered to {name} ({code}), bought on "
                    "{day}.",
                    serial=serial,
                    sku=found.sku,
                    name=name,
                    code=code,
                    day=day.strftime("%d/%m/%Y"),
                ),
            )
        return key


def _buyer(cid: int, code: str, name: str, archived_at: object, kept_code: str | None) -> _Buyer:
    return _Buyer(cid, code, name, archived_at is not None, kept_code)
