"""Claims as their windows read them, a sale registered at the counter with a new product,
and a slip as its preview shows it."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.errors import ValidationError
from app.models import Product, Purchase
from app.services.claims.claim_reads import load_claim, warranty_of
from app.services.claims.counter_sale import register_at_counter
from app.services.claims.products import ProductInput
from app.services.claims.purchases import PurchaseInput
from app.services.slips.slip_preview import prepare_slip, rendered_slip
from app.services.slips.slips import record_print
from app.timeutil import local_date, now_utc


def test_a_claims_window_reads_its_receipt_prints_oldest_first(db, counter):
    pid = counter.sell(db, serial="SN55A0001", days_ago=100)
    claim = counter.take_in(db, pid)
    with db.session_scope() as s:
        receipt = prepare_slip(s, counter.agent, "claim", claim.id)
        record_print(s, counter.agent, receipt.slip_id, "printer")
        record_print(s, counter.agent, receipt.slip_id, "pdf")
    with db.session_scope() as s:
        data = load_claim(s, claim.id)

    assert data.detail.claim.id == claim.id
    assert [(line.kind, line.number) for line in data.prints] == [("claim", receipt.number)] * 2
    assert [line.print.target for line in data.prints] == ["printer", "pdf"]
    assert data.prints[0].print.at <= data.prints[1].print.at


def test_a_claim_never_printed_has_no_prints(db, counter):
    claim = counter.take_in(db, counter.sell(db, serial="SN55A0002"))
    with db.session_scope() as s:
        assert load_claim(s, claim.id).prints == ()


def test_the_intake_form_finds_the_purchases_warranty_line_by_its_serial(db, counter):
    pid = counter.sell(db, serial="SN55A0003", days_ago=100)
    counter.sell(db, serial="SN55A0004", days_ago=10)  # the same invoice number
    with db.session_scope() as s:
        row = warranty_of(s, pid)

    assert row is not None and row.purchase_id == pid
    assert row.serial_no == "SN55A0003"


def test_a_slip_prints_as_a_copy_once_it_was_printed(db, counter):
    pid = counter.sell(db, serial="SN55A0005")
    with db.session_scope() as s:
        first = prepare_slip(s, counter.agent, "warranty", pid)
        record_print(s, counter.agent, first.slip_id, "printer")
    with db.session_scope() as s:
        again = prepare_slip(s, counter.agent, "warranty", pid)  # a reprint keeps its number
        copy = rendered_slip(s, again.slip_id, again.number, again.kind)

    assert not first.copy and first.pdf.startswith(b"%PDF")
    assert (again.slip_id, again.number) == (first.slip_id, first.number)
    assert again.copy and copy.copy


def _sale(counter, **changes) -> PurchaseInput:
    values = dict(
        customer_id=counter.customer_id,
        product_id=None,
        purchase_date=local_date(now_utc()),
        serial_no="KS18-0001",
        store_id=counter.store_id,
        price_vnd=1_290_000,
    )
    values.update(changes)
    return PurchaseInput(**values)


def test_a_new_product_and_its_sale_are_saved_together(db, counter):
    cooker = ProductInput("KS-18", "Nồi cơm điện Sharp", "Sharp", "kitchen", warranty_months=12)
    with db.session_scope() as s:
        view = register_at_counter(s, counter.agent, cooker, _sale(counter))

    assert view.product_name == "Nồi cơm điện Sharp" and view.warranty_months == 12


def test_a_refused_sale_leaves_no_new_product_and_a_refused_product_names_its_field(db, counter):
    bad_sku = ProductInput("quạt?", "Quạt điện", "Senko", "fan", warranty_months=12)
    with pytest.raises(ValidationError) as refused, db.session_scope() as s:
        register_at_counter(s, counter.agent, bad_sku, _sale(counter))
    assert refused.value.field == "product_sku"

    fine = ProductInput("QD-02", "Quạt đứng", "Senko", "fan", warranty_months=12)
    with pytest.raises(ValidationError), db.session_scope() as s:
        register_at_counter(s, counter.agent, fine, _sale(counter, customer_id=None))
    with db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Product)) == 1  # the counter's TV
        assert s.scalar(select(func.count()).select_from(Purchase)) == 0
