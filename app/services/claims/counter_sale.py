"""A purchase registered at the counter, with the product typed there when the catalogue
lacks it: both saved in one unit of work, so a refused purchase leaves no product behind."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.services.actor import Actor
from app.services.changes import writes
from app.services.claims.products import ProductInput, create_product
from app.services.claims.purchases import PurchaseInput, PurchaseView, purchase_view
from app.services.claims.purchases import register_purchase as register

# The new product's fields: a refusal of one is shown as "product_<field>" on the form.
PRODUCT_FIELDS = ("sku", "name", "brand", "warranty_months", "return_days")


@writes("purchase", "product")
def register_at_counter(
    session: Session, actor: Actor, new_product: ProductInput | None, data: PurchaseInput
) -> PurchaseView:
    """Add the new product if there is one, then the purchase; both or neither."""
    if new_product is not None:
        try:
            product = create_product(session, actor, new_product)
        except ValidationError as exc:
            field = f"product_{exc.field}" if exc.field in PRODUCT_FIELDS else "product"
            raise ValidationError(exc.message, field) from exc
        data = replace(data, product_id=product.id)
    return purchase_view(session, register(session, actor, data))
