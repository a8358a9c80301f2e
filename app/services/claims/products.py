"""Products: what a store sells, with its default warranty and return window.

A clerk adds a product at the counter when a customer brings one that is not listed yet
(purchase.register); changing or retiring one is a supervisor's (product.manage). A
retired product stays on old purchases and claims but is no longer offered in pickers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError
from app.i18n import t
from app.models import Product
from app.services import audit
from app.services.access.permissions import require
from app.services.actor import Actor
from app.services.changes import writes
from app.services.stale import refuse_stale
from app.text import fold, nfc

_SKU = re.compile(r"[A-Z0-9][A-Z0-9._/-]{0,39}")
AUDITED = (
    "sku",
    "name",
    "brand",
    "category",
    "warranty_months",
    "return_days",
    "list_price_vnd",
    "is_active",
)
MAX_WARRANTY_MONTHS = 120
MAX_RETURN_DAYS = 365
PICKER_LIMIT = 50


@dataclass(frozen=True)
class ProductInput:
    sku: str
    name: str
    brand: str = ""
    category: str = ""
    warranty_months: int = 12
    return_days: int = 7
    list_price_vnd: int = 0


@dataclass(frozen=True)
class ProductView:
    id: int
    sku: str
    name: str
    brand: str
    category: str
    warranty_months: int
    return_days: int
    list_price_vnd: int
    is_active: bool
    version: int


def _view(p: Product) -> ProductView:
    return ProductView(
        id=p.id,
        sku=p.sku,
        name=p.name,
        brand=p.brand,
        category=p.category,
        warranty_months=p.warranty_months,
        return_days=p.return_days,
        list_price_vnd=p.list_price_vnd,
        is_active=p.is_active,
        version=p.version,
    )


def normal_sku(sku: str) -> str:
    """SKUs are read out and typed any way: stored upper case, without spaces."""
    return "".join(nfc(sku or "").split()).upper()


def _whole(value: object, low: int, high: int, field: str, message: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(message, field)
    return value


def _checked(session: Session, product_id: int | None, data: ProductInput) -> dict:
    sku = normal_sku(data.sku)
    if not _SKU.fullmatch(sku):
        raise ValidationError(
            t("A SKU has 1 to 40 letters A-Z, digits, dots, dashes or slashes, as in TV-55."),
            "sku",
        )
    taken = session.execute(
        select(Product.name).where(Product.sku == sku, Product.id != (product_id or -1))
    ).first()
    if taken is not None:
        raise ValidationError(
            t("The SKU {sku} is already used by {name}.", sku=sku, name=taken[0]), "sku"
        )
    name = nfc(data.name or "")
    if not name:
        raise ValidationError(t("Type the product's name."), "name")
    if len(name) > 200:
        raise ValidationError(t("At most {n} characters fit here.", n=200), "name")
    months = _whole(
        data.warranty_months,
        0,
        MAX_WARRANTY_MONTHS,
        "warranty_months",
        t("The warranty is a whole number of months from 0 to {max}.", max=MAX_WARRANTY_MONTHS),
    )
    days = _whole(
        data.return_days,
        0,
        MAX_RETURN_DAYS,
        "return_days",
        t("The return window is a whole number of days from 0 to {max}.", max=MAX_RETURN_DAYS),
    )
    price = _whole(
        data.list_price_vnd,
        0,
        10**15,
        "list_price_vnd",
        t("The price is a whole number of đồng, 0 or more."),
    )
    return {
        "sku": sku,
        "name": name,
        "name_key": fold(name),
        "brand": nfc(data.brand or "")[:100],
        "category": nfc(data.category or "")[:100],
        "warranty_months": months,
        "return_days": days,
        "list_price_vnd": price,
    }


@writes("product")
def create_product(session: Session, actor: Actor, data: ProductInput) -> ProductView:
    require(actor, "purchase.register")
    product = Product(**_checked(session, None, data), is_active=True)
    session.add(product)
    session.flush()
    audit.record(
        session, actor, "product", product.id, "create", None, audit.snapshot(product, AUDITED)
    )
    return _view(product)


def _for_change(
    session: Session, actor: Actor, product_id: int, expected_version: int | None
) -> Product:
    require(actor, "product.manage")
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound(t("That product does not exist."))
    refuse_stale(product.version, expected_version, product.name)
    return product


def update_product(
    session: Session,
    actor: Actor,
    product_id: int,
    data: ProductInput,
    expected_version: int | None = None,
) -> ProductView:
    """New details; purchases already registered keep the warranty they were sold with."""
    product = _for_change(session, actor, product_id, expected_version)
    before = audit.snapshot(product, AUDITED)
    for field, value in _checked(session, product.id, data).items():
        setattr(product, field, value)
    session.flush()
    audit.record(
        session, actor, "product", product.id, "update", before, audit.snapshot(product, AUDITED)
    )
    return _view(product)


def _set_active(
    session: Session, actor: Actor, product_id: int, active: bool, expected: int | None
) -> ProductView:
    product = _for_change(session, actor, product_id, expected)
    if product.is_active is active:
        return _view(product)
    product.is_active = active
    session.flush()
    audit.record(
        session,
        actor,
        "product",
        product.id,
        "restore" if active else "retire",
        {"is_active": not active},
        {"is_active": active},
    )
    return _view(product)


def retire_product(
    session: Session, actor: Actor, product_id: int, expected_version: int | None = None
) -> ProductView:
    """No longer offered for new purchases; what was sold stays as it was."""
    return _set_active(session, actor, product_id, False, expected_version)


def restore_product(
    session: Session, actor: Actor, product_id: int, expected_version: int | None = None
) -> ProductView:
    return _set_active(session, actor, product_id, True, expected_version)


def get_product(session: Session, product_id: int) -> ProductView:
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound(t("That product does not exist."))
    return _view(product)


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def find_products(
    session: Session, query: str, limit: int = PICKER_LIMIT, include_retired: bool = False
) -> list[ProductView]:
    """For pickers: the product with that exact SKU first, then names containing the
    words typed (accents and case ignored), in name order."""
    limit = max(0, min(limit, 500))
    active = [] if include_retired else [Product.is_active.is_(True)]
    sku, key = normal_sku(query), fold(query or "")
    found: dict[int, Product] = {}
    if sku:
        for p in session.scalars(select(Product).where(Product.sku == sku, *active)):
            found[p.id] = p
    matches = []
    if key.split():
        matches.append(
            and_(*(Product.name_key.like(f"%{_escaped(w)}%", escape="\\") for w in key.split()))
        )
    if sku:
        matches.append(Product.sku.like(f"{_escaped(sku)}%", escape="\\"))
    query_ = select(Product).where(*active)
    if matches:
        query_ = query_.where(or_(*matches))
    for p in session.scalars(query_.order_by(Product.name_key, Product.id).limit(limit)):
        found.setdefault(p.id, p)
    return [_view(p) for p in list(found.values())[:limit]]
