"""Loading checked purchase rows, one batch at a time.

Each batch asks the database a handful of set questions (its customers by code, by phone,
its products, the serials already registered) and writes with multi-row INSERTs, so a file
of 100,000 purchases loads in well under a minute instead of a query per row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, aliased

from app.i18n import t
from app.models import AuditEntry, Customer, CustomerPhone, Product, Purchase, Store, utcnow
from app.services import audit
from app.services.actor import Actor
from app.services.customer_csv import CsvTable
from app.services.customer_dates import warranty_end
from app.services.customer_import_batch import CheckedRow, RowError
from app.services.customer_input import display_phone
from app.services.customer_views import national_of
from app.text import fold

RETURN_DAYS = 7  # the return window of a product a file creates
# What the audit trail keeps of a purchase and of a product an import creates.
PURCHASE_AUDITED = ("customer_id", "product_id", "store_id", "serial_no", "invoice_no",
                    "purchase_date", "price_vnd", "warranty_months", "warranty_end")  # fmt: skip
PRODUCT_AUDITED = ("sku", "name", "warranty_months", "return_days")


@dataclass(frozen=True)
class NewProduct:
    sku: str  # upper case, as the catalogue will hold it
    name: str
    warranty_months: int


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


@dataclass
class _Resolved:
    buyer: _Buyer | None = None
    product: _Product | None = None
    new_product: NewProduct | None = None
    store_id: int | None = None
    serial_key: tuple[str, str] | None = None  # (SKU upper, serial upper)
    extra: list[RowError] = field(default_factory=list)


class PurchaseLoader:
    """Creates the purchases (and new products) of a file, batch after batch, in one
    transaction."""

    def __init__(
        self, session: Session, actor: Actor, table: CsvTable, named: dict[str, NewProduct]
    ) -> None:
        self.session, self.actor, self.table, self.named = session, actor, table, named
        self.created, self.products_created = 0, 0
        self.errors: list[RowError] = []
        self.products: dict[str, _Product] = {}  # SKU exactly as stored -> product
        self.absent: set[str] = set()  # SKU spellings the catalogue does not have
        self.claimed: dict[tuple[str, str], int] = {}  # (SKU, serial) -> first good row
        self.stores = {code.upper(): sid for sid, code in session.execute(
            select(Store.id, Store.code))}  # fmt: skip

    # ------------------------------------------------------------------ lookups

    def _buyers(self, batch: list[CheckedRow]) -> tuple[dict[str, _Buyer], dict[str, list]]:
        kept = aliased(Customer)
        columns = (Customer.id, Customer.code, Customer.full_name, Customer.archived_at,
                   kept.code)  # fmt: skip

        def buyer(cid, code, name, archived_at, kept_code) -> _Buyer:
            return _Buyer(cid, code, name, archived_at is not None, kept_code)

        codes = {r.values["customer_code"] for r in batch if "customer_code" in r.values}
        by_code: dict[str, _Buyer] = {}
        if codes:
            query = (select(*columns).outerjoin(kept, kept.id == Customer.merged_into_id)
                     .where(Customer.code.in_(codes)))  # fmt: skip
            by_code = {row[1]: buyer(*row) for row in self.session.execute(query)}
        numbers = {e164 for r in batch for e164 in r.values.get("phone", ())}  # type: ignore[attr-defined]
        by_phone: dict[str, list[_Buyer]] = {}
        if numbers:
            query = (select(CustomerPhone.e164, *columns)
                     .join(Customer, Customer.id == CustomerPhone.customer_id)
                     .outerjoin(kept, kept.id == Customer.merged_into_id)
                     .where(CustomerPhone.e164.in_(numbers))
                     .order_by(CustomerPhone.e164, Customer.id))  # fmt: skip
            for e164, *rest in self.session.execute(query):
                by_phone.setdefault(e164, []).append(buyer(*rest))
        return by_code, by_phone

    def _spellings(self, sku: str) -> list[str]:
        return list(dict.fromkeys((sku, sku.upper(), sku.lower())))

    def _fetch_products(self, batch: list[CheckedRow]) -> None:
        wanted = {s for r in batch if "sku" in r.values for s in self._spellings(r.values["sku"])}
        wanted -= self.products.keys() | self.absent
        if not wanted:
            return
        query = select(Product.id, Product.sku, Product.warranty_months).where(
            Product.sku.in_(wanted)
        )
        for pid, sku, months in self.session.execute(query):
            self.products[sku] = _Product(pid, sku, months)
        self.absent |= wanted - self.products.keys()

    def _product(self, sku: str) -> _Product | None:
        for spelling in self._spellings(sku):
            if spelling in self.products:
                return self.products[spelling]
        return None

    def _registered(self, batch: list[CheckedRow]) -> dict[tuple[int, str], tuple]:
        """(product id, serial upper) -> (customer code, name, purchase date) already in the
        database, for the serials of this batch (as written, upper and lower case)."""
        serials = {s for r in batch if "serial_no" in r.values
                   for s in self._spellings(r.values["serial_no"])}  # fmt: skip
        ids = {p.id for r in batch if (p := self._product(r.values.get("sku", ""))) is not None}
        if not serials or not ids:
            return {}
        query = (select(Purchase.product_id, Purchase.serial_no, Customer.code,
                        Customer.full_name, Purchase.purchase_date)
                 .join(Customer, Customer.id == Purchase.customer_id)
                 .where(Purchase.serial_no.in_(serials), Purchase.product_id.in_(ids)))  # fmt: skip
        return {(pid, serial.upper()): rest for pid, serial, *rest in self.session.execute(query)}

    # ------------------------------------------------------------------ checks

    def _header(self, column: str) -> str:
        return self.table.columns[column][1] if column in self.table.columns else ""

    def _bad(self, row: CheckedRow, column: str) -> bool:
        """The cell was filled but could not be read (already reported)."""
        return any(e.column == self._header(column) for e in row.errors)

    def _error(self, found: _Resolved, row: CheckedRow, column: str, message: str) -> None:
        found.extra.append(RowError(row.number, self._header(column), message))

    def _buyer_of(self, found: _Resolved, row: CheckedRow, by_code: dict, by_phone: dict) -> None:
        v = row.values
        readings: tuple[str, ...] = v.get("phone", ())  # type: ignore[assignment]
        # The customers who have any reading of the number, each once.
        owners = list({b.id: b for e164 in readings for b in by_phone.get(e164, [])}.values())
        shown = display_phone_of(readings[0]) if readings else ""
        if "customer_code" in v:
            code = v["customer_code"]
            buyer = by_code.get(code)  # type: ignore[call-overload]
            if buyer is None:
                self._error(found, row, "customer_code", t(
                    "No customer has the code {code}: check it, or import the customer first "
                    "(import customers).", code=code))  # fmt: skip
                return
            if owners and buyer.id not in {o.id for o in owners}:
                self._error(found, row, "phone", t(
                    "{phone} belongs to {name} ({code}), not to {given}: check which customer "
                    "bought this.", phone=shown, name=owners[0].name,
                    code=owners[0].code, given=code))  # fmt: skip
                return
            self._usable(found, row, "customer_code", buyer)
        elif "phone" in v:
            active = [o for o in owners if not o.archived and o.merged_into is None]
            if len(active) > 1:
                self._error(found, row, "phone", t(
                    "{phone} belongs to several customers ({codes}): add a customer_code "
                    "column to say which one.", phone=shown,
                    codes=", ".join(o.code for o in active)))  # fmt: skip
            elif active or owners:
                self._usable(found, row, "phone", (active or owners)[0])
            else:
                self._error(found, row, "phone", t(
                    "No customer has the number {phone}: import the customer first, or add a "
                    "customer_code column.", phone=shown))  # fmt: skip
        elif not (self._bad(row, "customer_code") or self._bad(row, "phone")):
            column = "customer_code" if "customer_code" in self.table.columns else "phone"
            self._error(
                found, row, column, t("Fill in the customer code or the phone number of the buyer.")
            )

    def _usable(self, found: _Resolved, row: CheckedRow, column: str, buyer: _Buyer) -> None:
        if buyer.merged_into is not None:
            self._error(found, row, column, t(
                "{code} was merged into {kept}: use {kept}.", code=buyer.code,
                kept=buyer.merged_into))  # fmt: skip
        elif buyer.archived:
            self._error(found, row, column, t(
                "{name} ({code}) is archived: restore the customer first, then import this row "
                "again.", name=buyer.name, code=buyer.code))  # fmt: skip
        else:
            found.buyer = buyer

    def _product_of(self, found: _Resolved, row: CheckedRow) -> None:
        v = row.values
        if "sku" not in v:
            if not self._bad(row, "sku"):
                self._error(found, row, "sku", t("Fill in the product code (SKU)."))
            return
        sku = str(v["sku"])
        found.product = self._product(sku)
        if found.product is None:
            found.new_product = self.named.get(sku.upper())
            if found.new_product is None:
                self._error(found, row, "sku", t(
                    "Unknown product {sku}: fill in product_name to add it to the catalogue, "
                    "or check the code.", sku=sku))  # fmt: skip

    def _store_of(self, found: _Resolved, row: CheckedRow) -> None:
        code = row.values.get("store_code")
        if code is None:
            return
        found.store_id = self.stores.get(str(code))
        if found.store_id is None:
            self._error(found, row, "store_code", t(
                "Unknown store {code}: the stores are {codes}.", code=code,
                codes=", ".join(sorted(self.stores)) or "-"))  # fmt: skip

    def _serial_of(self, found: _Resolved, row: CheckedRow, registered: dict) -> None:
        serial = row.values.get("serial_no")
        if not serial or (found.product is None and found.new_product is None):
            return
        sku = found.product.sku if found.product else found.new_product.sku  # type: ignore[union-attr]
        found.serial_key = (sku.upper(), str(serial).upper())
        first = self.claimed.get(found.serial_key)
        owner = registered.get((found.product.id, found.serial_key[1])) if found.product else None
        if first is not None:
            self._error(found, row, "serial_no", t(
                "Serial {serial} of {sku} is also on row {row} of this file.", serial=serial,
                sku=sku, row=first))  # fmt: skip
        elif owner is not None:
            code, name, day = owner
            self._error(found, row, "serial_no", t(
                "Serial {serial} of {sku} is already registered to {name} ({code}), bought on "
                "{day}.", serial=serial, sku=sku, name=name, code=code,
                day=day.strftime("%d/%m/%Y")))  # fmt: skip

    def _complete(self, found: _Resolved, row: CheckedRow) -> None:
        if "purchase_date" not in row.values and not self._bad(row, "purchase_date"):
            self._error(found, row, "purchase_date", t("Fill in the purchase date."))

    # ------------------------------------------------------------------ loading

    def load(self, batch: list[CheckedRow]) -> None:
        self._fetch_products(batch)
        by_code, by_phone = self._buyers(batch)
        registered = self._registered(batch)
        good: list[tuple[CheckedRow, _Resolved]] = []
        for row in batch:
            found = _Resolved()
            self._buyer_of(found, row, by_code, by_phone)
            self._product_of(found, row)
            self._store_of(found, row)
            self._complete(found, row)
            self._serial_of(found, row, registered)
            row.errors.extend(found.extra)
            if row.errors:
                self.errors.extend(sorted(row.errors, key=lambda e: self._order(e.column)))
                continue
            if found.serial_key is not None:
                self.claimed[found.serial_key] = row.number
            good.append((row, found))
        self._create_products([f.new_product for _, f in good if f.product is None])
        self._create_purchases(good)

    def _order(self, header: str) -> int:
        """Errors of a row in the order of the file's columns."""
        indexes = {h: i for i, h in self.table.columns.values()}
        return indexes.get(header, -1)

    def _create_products(self, wanted: list[NewProduct | None]) -> None:
        new = list({p.sku: p for p in wanted if p is not None and self._product(p.sku) is None}
                   .values())  # fmt: skip
        if not new:
            return
        now = utcnow()
        records = [{"sku": p.sku, "name": p.name, "name_key": fold(p.name), "brand": "",
                    "category": "", "warranty_months": p.warranty_months,
                    "return_days": RETURN_DAYS, "list_price_vnd": 0, "is_active": True,
                    "created_at": now, "updated_at": now, "version": 1}
                   for p in new]  # fmt: skip
        # Each returned row carries what it is, so nothing depends on the order rows come
        # back in (SQLite only batches an INSERT ... RETURNING that does not promise one).
        made = self.session.execute(
            insert(Product).returning(Product.id, *(getattr(Product, f) for f in PRODUCT_AUDITED)),
            records,
        ).all()
        for row in made:
            self.products[row.sku] = _Product(row.id, row.sku, row.warranty_months)
            self.absent.discard(row.sku)
            after = audit.snapshot(row, PRODUCT_AUDITED)
            audit.record(self.session, self.actor, "product", row.id, "create", None, after)
        self.products_created += len(made)

    def _create_purchases(self, good: list[tuple[CheckedRow, _Resolved]]) -> None:
        if not good:
            return
        now, records = utcnow(), []
        for row, found in good:
            v = row.values
            product = found.product or self._product(found.new_product.sku)  # type: ignore[union-attr]
            assert product is not None  # created above
            bought: date = v["purchase_date"]  # type: ignore[assignment]
            months = int(v.get("warranty_months", product.warranty_months))  # type: ignore[call-overload]
            records.append({
                "customer_id": found.buyer.id, "product_id": product.id,  # type: ignore[union-attr]
                "store_id": found.store_id, "serial_no": v.get("serial_no") or None,
                "invoice_no": v.get("invoice_no") or None, "purchase_date": bought,
                "delivery_date": None, "price_vnd": v.get("price_vnd", 0),
                "warranty_months": months, "extended_warranty_months": 0,
                "warranty_end": warranty_end(bought, months), "replaces_purchase_id": None,
                "created_at": now, "updated_at": now, "version": 1,
            })  # fmt: skip
        table = Purchase.__table__  # Core: the ORM's bulk path costs more than the INSERT
        made = self.session.execute(
            insert(table).returning(table.c.id, *(table.c[f] for f in PURCHASE_AUDITED)),
            records,
        ).all()
        # One entry per purchase as audit.record writes it (no "before": SQL NULL), in one
        # multi-row INSERT as the SLA pass does: through the ORM each entry would be a
        # statement of its own.
        entries = [{"at": now, "user_id": self.actor.user_id, "actor": self.actor.audit_name,
                    "entity": "purchase", "entity_id": str(row.id), "action": "create",
                    "after": audit.snapshot(row, PURCHASE_AUDITED)}
                   for row in made]  # fmt: skip
        self.session.execute(insert(AuditEntry.__table__), entries)
        self.created += len(made)
        self.session.flush()


def display_phone_of(e164: object) -> str:
    """+84912345678 as a person reads it: 0912 345 678."""
    return display_phone(national_of(str(e164)))
