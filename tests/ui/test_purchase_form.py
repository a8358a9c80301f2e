"""Registering a purchase at the counter: the warranty from the product, a new product
typed on the spot, and refusals shown under their field with everything kept."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.models import Product, Purchase
from app.services.claims.purchases import PurchaseView
from tests.helpers_qt import type_text
from tests.ui.date_typing import type_date
from ui.claims.purchase_form import PurchaseForm

TIMEOUT = 10_000


@pytest.fixture
def open_form(qtbot, sqlite_db, seat_agent):
    def make(serial: str = "", customer_id: int | None = None) -> PurchaseForm:
        form = PurchaseForm(sqlite_db, seat_agent, serial, customer_id)
        qtbot.addWidget(form)
        with qtbot.waitSignal(form.product.picker.searched, timeout=TIMEOUT):
            form.show()
        return form

    return make


def choose_product(qtbot, form: PurchaseForm, query: str) -> None:
    with qtbot.waitSignal(form.product.picker.searched, timeout=TIMEOUT):
        form.product.picker.search_now(query)


def save(qtbot, form: PurchaseForm) -> None:
    form.save_button.click()
    qtbot.waitUntil(lambda: not form.is_busy(), timeout=TIMEOUT)


def counts(db) -> tuple[int, int]:
    with db.session_scope() as s:
        return s.query(Product).count(), s.query(Purchase).count()


def test_a_purchase_is_registered_with_the_products_warranty(qtbot, sqlite_db, open_form, shop):
    form = open_form("sn55 b 0002", shop.customer_id)
    choose_product(qtbot, form, "tivi sony")  # the name without accents finds it
    assert form.product.chosen().sku == "TV-55"
    assert form.warranty_spin.value() == 24  # the product's own warranty
    type_text(qtbot, form.invoice_edit, "HĐ-2026-0042")
    form.price_spin.setValue(15_990_000)
    form.extended_spin.setValue(12)
    qtbot.waitUntil(lambda: form.customer.customer() is not None, timeout=TIMEOUT)
    with qtbot.waitSignal(form.saved, timeout=TIMEOUT) as saved:
        form.save_button.click()
    view = saved.args[0]
    assert isinstance(view, PurchaseView)
    assert view.serial_no == "SN55B0002" and view.customer_name == "Nguyễn Văn An"
    assert view.invoice_no == "HĐ-2026-0042" and view.price_vnd == 15_990_000
    assert view.warranty_months == 24 and view.extended_warranty_months == 12
    assert view.warranty_end.year == view.purchase_date.year + 3


def test_a_new_product_is_added_with_the_purchase(qtbot, sqlite_db, open_form, shop):
    form = open_form("SN-NOI-1", shop.customer_id)
    type_text(qtbot, form.product.picker.edit, "Nồi cơm điện Sharp")
    form.product.new_check.setChecked(True)
    assert form.new_product.name_edit.text() == "Nồi cơm điện Sharp"  # what was searched
    assert form.new_product.sku_edit.isVisible() and not form.product.picker.list.isVisible()
    type_text(qtbot, form.new_product.sku_edit, "ks-18")
    form.new_product.warranty_spin.setValue(18)
    assert form.warranty_spin.value() == 18  # the purchase follows the new product
    with qtbot.waitSignal(form.saved, timeout=TIMEOUT) as saved:
        form.save_button.click()
    assert saved.args[0].product_sku == "KS-18"
    assert saved.args[0].product_name == "Nồi cơm điện Sharp"
    assert saved.args[0].warranty_months == 18


def test_a_bad_new_product_is_refused_under_its_field_and_nothing_is_saved(
    qtbot, sqlite_db, open_form, shop
):
    form = open_form("SN-X-1", shop.customer_id)
    form.product.new_check.setChecked(True)
    type_text(qtbot, form.new_product.name_edit, "Quạt điện")
    type_text(qtbot, form.new_product.sku_edit, "quạt?")
    before = counts(sqlite_db)
    save(qtbot, form)
    assert "SKU" in form.field_error("product_name")  # the row with the SKU
    assert form.new_product.sku_edit.hasFocus()
    assert form.isVisible() and form.new_product.name_edit.text() == "Quạt điện"
    assert counts(sqlite_db) == before


def test_a_purchase_date_in_the_future_is_refused_and_everything_is_kept(
    qtbot, sqlite_db, open_form, shop
):
    form = open_form("SN55C0003", shop.customer_id)
    choose_product(qtbot, form, "TV-55")
    type_date(qtbot, form.purchase_date, f"{shop.today + timedelta(days=3):%d/%m/%Y}")
    before = counts(sqlite_db)
    save(qtbot, form)
    assert "future" in form.field_error("purchase_date")
    assert form.purchase_date.hasFocus()
    assert form.serial_edit.text() == "SN55C0003" and form.product.chosen() is not None
    assert counts(sqlite_db) == before


def test_a_serial_sold_before_is_refused_naming_the_customer(
    qtbot, sqlite_db, open_form, seat_agent, shop
):
    shop.sell(sqlite_db, serial="SN55D0004")
    form = open_form("sn55d0004", shop.customer_id)
    choose_product(qtbot, form, "TV-55")
    save(qtbot, form)
    error = form.field_error("serial_no")
    assert "already registered" in error and "Nguyễn Văn An" in error


def test_without_a_customer_or_product_it_says_what_to_choose(qtbot, open_form, shop):
    form = open_form("SN-1")
    choose_product(qtbot, form, "no such thing")
    assert form.product.chosen() is None
    save(qtbot, form)
    assert form.field_error("customer")
    assert form.customer.picker.edit.hasFocus()
