"""Products: added at the counter, changed or retired by a supervisor, found for pickers."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.errors import Conflict, PermissionDenied, ValidationError
from app.models import AuditEntry
from app.services.claims.products import (
    ProductInput,
    create_product,
    find_products,
    restore_product,
    retire_product,
    update_product,
)

FRIDGE = ProductInput(
    " tl-nr 322 ",
    "  Tủ lạnh  Panasonic Inverter 322 lít ",
    "Panasonic",
    "fridge",
    warranty_months=24,
    return_days=15,
)


def test_a_clerk_adds_a_product_with_a_clean_sku_and_name(db, counter):
    with db.session_scope() as s:
        fridge = create_product(s, counter.agent, FRIDGE)
    assert (fridge.sku, fridge.name) == ("TL-NR322", "Tủ lạnh Panasonic Inverter 322 lít")
    assert (fridge.warranty_months, fridge.return_days, fridge.is_active) == (24, 15, True)
    with (
        pytest.raises(ValidationError, match="TL-NR322 is already used by Tủ lạnh") as e,
        db.session_scope() as s,
    ):
        create_product(s, counter.agent, FRIDGE)
    assert e.value.field == "sku"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"sku": "  "}, "sku"),
        ({"sku": "TV 55 ✓"}, "sku"),
        ({"name": " "}, "name"),
        ({"warranty_months": -1}, "warranty_months"),
        ({"warranty_months": 121}, "warranty_months"),
        ({"return_days": -3}, "return_days"),
        ({"list_price_vnd": -1}, "list_price_vnd"),
    ],
)
def test_bad_products_are_refused(db, counter, changes, field):
    from dataclasses import replace

    with pytest.raises(ValidationError) as refused, db.session_scope() as s:
        create_product(s, counter.agent, replace(FRIDGE, **changes))
    assert refused.value.field == field


def test_only_a_supervisor_changes_or_retires_a_product(db, counter):
    with db.session_scope() as s:
        with pytest.raises(PermissionDenied, match="Only supervisors and administrators"):
            update_product(s, counter.agent, counter.product_id, FRIDGE)
        with pytest.raises(PermissionDenied):
            retire_product(s, counter.agent, counter.product_id)
    with db.session_scope() as s:
        tv = update_product(
            s,
            counter.supervisor,
            counter.product_id,
            ProductInput("TV-55", "Tivi Sony Bravia 55 inch", "Sony", "tv", 24, 30, 15_990_000),
        )
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "update")).one()
    assert tv.name == "Tivi Sony Bravia 55 inch" and tv.return_days == 30
    assert entry.before == {"name": "Tivi Sony 55 inch", "return_days": 15}
    # A form opened before that change is now stale.
    with pytest.raises(Conflict, match="Tivi Sony Bravia 55 inch"), db.session_scope() as s:
        retire_product(s, counter.supervisor, counter.product_id, expected_version=1)


def test_pickers_find_by_sku_or_name_without_accents_and_skip_retired(db, counter):
    with db.session_scope() as s:
        fridge = create_product(s, counter.agent, FRIDGE)
        create_product(s, counter.agent, ProductInput("TL-AQ189", "Tủ lạnh Aqua 189 lít"))
    with db.session_scope() as s:
        assert [p.sku for p in find_products(s, "tl-nr322")] == ["TL-NR322"]
        assert [p.sku for p in find_products(s, "tu lanh")] == ["TL-AQ189", "TL-NR322"]
        assert [p.sku for p in find_products(s, "TỦ LẠNH panasonic")] == ["TL-NR322"]
        assert [p.sku for p in find_products(s, "TL-")] == ["TL-AQ189", "TL-NR322"]
        assert find_products(s, "máy giặt") == []
        retire_product(s, counter.supervisor, fridge.id)
    with db.session_scope() as s:
        assert [p.sku for p in find_products(s, "tu lanh")] == ["TL-AQ189"]
        assert [p.sku for p in find_products(s, "tu lanh", include_retired=True)] == [
            "TL-AQ189",
            "TL-NR322",
        ]
        restore_product(s, counter.supervisor, fridge.id)
    with db.session_scope() as s:
        assert len(find_products(s, "tu lanh")) == 2
        actions = s.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "product").order_by(AuditEntry.id)
        ).all()
    assert actions == ["create", "create", "create", "retire", "restore"]
