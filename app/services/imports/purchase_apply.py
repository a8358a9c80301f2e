"""Writing a planned purchase file, a thousand rows per transaction.

Purchases and their audit entries go in with one multi-row INSERT each: through the ORM
each would be a statement of its own, most of the time of a 100,000-row file. A product
the file adds is created in the first transaction that needs it, with its own audit
entry. Each transaction journals what it wrote (journal.py), in that same transaction.
"""

from __future__ import annotations

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.models import AuditEntry, Product, Purchase, utcnow
from app.services import audit
from app.services.actor import Actor
from app.services.claims.customer_dates import warranty_end
from app.services.imports.purchase_plan import Decision, NewProduct, parts, sku_spellings
from app.services.imports.purchase_rows import PurchaseRow
from app.text import fold

RETURN_DAYS = 7  # the return window of a product a file creates
# What the audit trail keeps of a purchase and of a product an import creates.
PURCHASE_AUDITED = (
    "customer_id",
    "product_id",
    "store_id",
    "serial_no",
    "invoice_no",
    "purchase_date",
    "price_vnd",
    "warranty_months",
    "warranty_end",
)
PRODUCT_AUDITED = ("sku", "name", "warranty_months", "return_days")


class PurchaseWriter:
    """Writes one transaction's rows and says what it wrote, for the journal.

    `products` (SKU -> id of a product this run created or found) is shared by the
    writers of one run, so a product is created once.
    """

    def __init__(self, session: Session, actor: Actor, products: dict[str, int]) -> None:
        self.session, self.actor, self.products = session, actor, products
        self.created: dict[str, list[int]] = {"products": [], "purchases": [], "audit_entries": []}

    def create(self, rows: list[tuple[PurchaseRow, Decision]], new: dict[str, NewProduct]) -> None:
        if not rows:
            return
        wanted = [
            new[d.sku] for _, d in rows if d.product_id is None and d.sku not in self.products
        ]
        self._create_products(list({p.sku: p for p in wanted}.values()))
        self._create_purchases(rows)

    def _create_products(self, wanted: list[NewProduct]) -> None:
        if not wanted:
            return
        # Another seat may have added one of them since the file was checked: use it.
        spellings = {s: p.sku for p in wanted for s in sku_spellings(p.sku)}
        for part in parts(spellings):
            for pid, sku in self.session.execute(
                select(Product.id, Product.sku).where(Product.sku.in_(part))
            ):
                self.products[spellings[sku]] = pid
        missing = [p for p in wanted if p.sku not in self.products]
        if not missing:
            return
        now = utcnow()
        records = [
            {
                "sku": p.sku,
                "name": p.name,
                "name_key": fold(p.name),
                "brand": "",
                "category": "",
                "warranty_months": p.warranty_months,
                "return_days": RETURN_DAYS,
                "list_price_vnd": 0,
                "is_active": True,
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }
            for p in missing
        ]
        # Each returned row carries what it is, so nothing depends on the order rows come
        # back in (SQLite only batches an INSERT ... RETURNING that does not promise one).
        table = Product.__table__
        made = self.session.execute(
            insert(table).returning(table.c.id, *(table.c[f] for f in PRODUCT_AUDITED)), records
        ).all()
        for row in made:
            self.products[row.sku] = row.id
        self.created["products"] += [row.id for row in made]
        self._audit("product", made, PRODUCT_AUDITED, now)

    def _create_purchases(self, rows: list[tuple[PurchaseRow, Decision]]) -> None:
        now, records = utcnow(), []
        for row, decision in rows:
            v = row.values
            bought = v["purchase_date"]
            months = decision.warranty_months
            records.append(
                {
                    "customer_id": decision.buyer_id,
                    "product_id": decision.product_id or self.products[decision.sku],
                    "store_id": decision.store_id,
                    "serial_no": v.get("serial_no") or None,
                    "invoice_no": v.get("invoice_no") or None,
                    "purchase_date": bought,
                    "delivery_date": None,
                    "price_vnd": v.get("price_vnd", 0),
                    "warranty_months": months,
                    "extended_warranty_months": 0,
                    "warranty_end": warranty_end(bought, months),  # type: ignore[arg-type]
                    "replaces_purchase_id": None,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
            )
        table = Purchase.__table__  # Core: the ORM's bulk path costs more than the INSERT
        made = self.session.execute(
            insert(table).returning(table.c.id, *(table.c[f] for f in PURCHASE_AUDITED)),
            records,
        ).all()
        self.created["purchases"] += [row.id for row in made]
        self._audit("purchase", made, PURCHASE_AUDITED, now)

    def _audit(self, entity: str, made: list, fields: tuple[str, ...], now) -> None:
        # One entry per record as audit.record writes it (no "before": SQL NULL), in one
        # multi-row INSERT as the SLA pass does.
        entries = [
            {
                "at": now,
                "user_id": self.actor.user_id,
                "actor": self.actor.audit_name,
                "entity": entity,
                "entity_id": str(row.id),
                "action": "create",
                "after": audit.snapshot(row, fields),
            }
            for row in made
        ]
        table = AuditEntry.__table__
        ids = self.session.execute(insert(table).returning(table.c.id), entries).scalars()
        self.created["audit_entries"] += list(ids)
