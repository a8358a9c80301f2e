"""Purchases: one product bought by one customer, with its serial, invoice and warranty.

The warranty runs from delivery if known (else the purchase date) for the product's
months plus any extended warranty (customer_dates.warranty_end). A replacement handed
over on an exchange is a purchase of its own that keeps the original warranty end.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError
from app.i18n import t
from app.models import Customer, Product, Purchase, Store
from app.services import audit
from app.services.access.permissions import require
from app.services.actor import Actor
from app.services.changes import writes
from app.services.claims.customer_dates import warranty_end
from app.text import nfc
from app.timeutil import local_date, now_utc

MAX_MONTHS = 120
MAX_PRICE_VND = 10**13  # far above anything sold at a counter; catches a pasted typo
AUDITED = (
    "customer_id",
    "product_id",
    "store_id",
    "serial_no",
    "invoice_no",
    "purchase_date",
    "delivery_date",
    "price_vnd",
    "warranty_months",
    "extended_warranty_months",
    "warranty_end",
    "replaces_purchase_id",
)
# Replacements of replacements are followed this far to find the sale (a loop never exists).
MAX_CHAIN = 32


@dataclass(frozen=True)
class PurchaseInput:
    customer_id: int | None
    product_id: int | None
    purchase_date: date | None
    serial_no: str = ""
    invoice_no: str = ""
    store_id: int | None = None
    delivery_date: date | None = None
    price_vnd: int = 0
    warranty_months: int | None = None  # None: the product's default
    extended_warranty_months: int = 0


@dataclass(frozen=True)
class PurchaseView:
    id: int
    customer_id: int
    customer_code: str
    customer_name: str
    product_id: int
    product_sku: str
    product_name: str
    brand: str
    store_id: int | None
    store_name: str | None
    serial_no: str | None
    invoice_no: str | None
    purchase_date: date
    delivery_date: date | None
    price_vnd: int
    warranty_months: int
    extended_warranty_months: int
    warranty_start: date
    warranty_end: date
    replaces_purchase_id: int | None
    version: int


def normal_serial(text: str | None) -> str:
    """Serials are printed in capitals and read out in groups: stored upper case without
    spaces, so "sn 123 abc" and "SN123ABC" are the same unit."""
    return "".join(nfc(text or "").split()).upper()


def serial_spellings(text: str) -> list[str]:
    """The spellings a serial may be stored in: as we store it, and as typed (imports
    and older rows keep the case they came with)."""
    typed = nfc(text or "")
    return list(dict.fromkeys(s for s in (normal_serial(text), typed, typed.lower()) if s))


def refuse_registered_serial(
    session: Session, product_id: int, serial: str, except_id: int | None = None
) -> None:
    """A unit is sold once: the serial may not be on another purchase of the same product."""
    if not serial:
        return
    owner = session.execute(
        select(Customer.code, Customer.full_name)
        .join(Purchase, Purchase.customer_id == Customer.id)
        .where(
            Purchase.product_id == product_id,
            Purchase.serial_no.in_(serial_spellings(serial)),
            Purchase.id != (except_id or -1),
        )
        .limit(1)
    ).first()
    if owner is not None:
        raise ValidationError(
            t(
                "The serial {serial} is already registered to {name} ({code}) for this "
                "product. Check the number on the unit, or open that customer.",
                serial=serial,
                name=owner[1],
                code=owner[0],
            ),
            "serial_no",
        )


def _months(value: object, field: str, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_MONTHS:
        raise ValidationError(
            t("{what} is a whole number of months from 0 to {max}.", what=what, max=MAX_MONTHS),
            field,
        )
    return value


def _customer(session: Session, customer_id: int | None) -> Customer:
    if customer_id is None:
        raise ValidationError(t("Choose the customer who bought it."), "customer")
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(t("That customer does not exist."))
    if customer.archived_at is not None:
        raise ValidationError(
            t(
                "{name} ({code}) is archived; restore the customer before registering a purchase.",
                name=customer.full_name,
                code=customer.code,
            ),
            "customer",
        )
    return customer


def _product(session: Session, product_id: int | None) -> Product:
    if product_id is None:
        raise ValidationError(t("Choose the product that was bought."), "product")
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound(t("That product does not exist."))
    if not product.is_active:
        raise ValidationError(
            t(
                "{name} is no longer sold; choose another product or ask a supervisor to "
                "restore it.",
                name=product.name,
            ),
            "product",
        )
    return product


def _dates(data: PurchaseInput, today: date) -> tuple[date, date | None]:
    bought = data.purchase_date
    if bought is None:
        raise ValidationError(t("Give the purchase date."), "purchase_date")
    if bought > today:
        raise ValidationError(
            t(
                "The purchase date {date} is in the future; give the date on the invoice.",
                date=bought.strftime("%d/%m/%Y"),
            ),
            "purchase_date",
        )
    delivered = data.delivery_date
    if delivered is not None and delivered < bought:
        raise ValidationError(
            t("The delivery date is before the purchase date; check both dates."),
            "delivery_date",
        )
    return bought, delivered


@writes("purchase")
def register_purchase(
    session: Session, actor: Actor, data: PurchaseInput, today: date | None = None
) -> int:
    """Record a sale for the warranty; returns the new purchase's id."""
    require(actor, "purchase.register")
    customer = _customer(session, data.customer_id)
    product = _product(session, data.product_id)
    if data.store_id is not None and session.get(Store, data.store_id) is None:
        raise NotFound(t("That store does not exist any more."))
    bought, delivered = _dates(data, today or local_date(now_utc()))
    serial = normal_serial(data.serial_no)
    invoice = nfc(data.invoice_no or "")
    if len(serial) > 60 or len(invoice) > 60:
        raise ValidationError(
            t("At most {n} characters fit here.", n=60),
            "serial_no" if len(serial) > 60 else "invoice_no",
        )
    refuse_registered_serial(session, product.id, serial)
    price = data.price_vnd
    if isinstance(price, bool) or not isinstance(price, int) or not 0 <= price <= MAX_PRICE_VND:
        raise ValidationError(t("The price is a whole number of đồng, 0 or more."), "price_vnd")
    months = product.warranty_months if data.warranty_months is None else data.warranty_months
    months = _months(months, "warranty_months", t("The warranty"))
    extended = _months(
        data.extended_warranty_months, "extended_warranty_months", t("The extended warranty")
    )
    purchase = Purchase(
        customer_id=customer.id,
        product_id=product.id,
        store_id=data.store_id or actor.store_id,
        serial_no=serial or None,
        invoice_no=invoice or None,
        purchase_date=bought,
        delivery_date=delivered,
        price_vnd=price,
        warranty_months=months,
        extended_warranty_months=extended,
        warranty_end=warranty_end(bought, months, extended, delivered),
    )
    session.add(purchase)
    session.flush()
    audit.record(
        session, actor, "purchase", purchase.id, "create", None, audit.snapshot(purchase, AUDITED)
    )
    return purchase.id


def original_sale(session: Session, purchase: Purchase) -> Purchase:
    """The purchase the customer paid for: a replacement points back to what it replaced."""
    for _ in range(MAX_CHAIN):
        if purchase.replaces_purchase_id is None:
            break
        purchase = session.get(Purchase, purchase.replaces_purchase_id) or purchase
    return purchase


def replacement_purchase(
    session: Session, original: Purchase, product_id: int, serial: str, store_id: int | None
) -> Purchase:
    """The unit handed over on an exchange, as the customer's purchase: no new spend (the
    price was paid for the original) and the original sale's invoice, dates and months, so
    its warranty ends when the original's did and the return window is the original's."""
    purchase = Purchase(
        customer_id=original.customer_id,
        product_id=product_id,
        store_id=store_id,
        serial_no=serial,
        invoice_no=original.invoice_no,
        purchase_date=original.purchase_date,
        delivery_date=original.delivery_date,
        price_vnd=0,
        warranty_months=original.warranty_months,
        extended_warranty_months=original.extended_warranty_months,
        warranty_end=original.warranty_end,
        replaces_purchase_id=original.id,
    )
    session.add(purchase)
    session.flush()
    return purchase


def purchase_view(session: Session, purchase_id: int) -> PurchaseView:
    row = session.execute(
        select(
            Purchase,
            Customer.code,
            Customer.full_name,
            Product.sku,
            Product.name,
            Product.brand,
            Store.name,
        )
        .join(Customer, Customer.id == Purchase.customer_id)
        .join(Product, Product.id == Purchase.product_id)
        .outerjoin(Store, Store.id == Purchase.store_id)
        .where(Purchase.id == purchase_id)
    ).first()
    if row is None:
        raise NotFound(t("That purchase does not exist."))
    p, code, name, sku, product, brand, store = row
    return PurchaseView(
        id=p.id,
        customer_id=p.customer_id,
        customer_code=code,
        customer_name=name,
        product_id=p.product_id,
        product_sku=sku,
        product_name=product,
        brand=brand,
        store_id=p.store_id,
        store_name=store,
        serial_no=p.serial_no,
        invoice_no=p.invoice_no,
        purchase_date=p.purchase_date,
        delivery_date=p.delivery_date,
        price_vnd=p.price_vnd,
        warranty_months=p.warranty_months,
        extended_warranty_months=p.extended_warranty_months,
        warranty_start=p.delivery_date or p.purchase_date,
        warranty_end=p.warranty_end,
        replaces_purchase_id=p.replaces_purchase_id,
        version=p.version,
    )
