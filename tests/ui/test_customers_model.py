"""The customer list model: every id at once, rows read a page at a time as they are shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.models import Tier
from app.services.customers.customer_list import CustomerListFilter, CustomerListSort
from ui.customers.customers_model import COLUMNS, CustomersModel

TIMEOUT = 10_000
NAMES = ["Nguyễn Thị Đào", "Lê Văn Hùng", "Phạm Ngọc Ánh", "Đỗ Quang Huy", "Trần Minh Khoa"]


@pytest.fixture
def customers(sqlite_db, add_customer):
    """25 customers KH0000001..KH0000025; every fifth one is Gold."""
    made = []
    for n in range(25):
        name = f"{NAMES[n % 5]} {n:02d}"
        view = add_customer(name, f"09123450{n:02d}")
        made.append(view)
    return made


def loaded_model(qtbot, db, page_size=10, max_pages=3, **query) -> CustomersModel:
    model = CustomersModel(db, page_size=page_size, max_pages=max_pages)
    with qtbot.waitSignal(model.ids_loaded, timeout=TIMEOUT):
        model.set_query(**query)
    return model


def text(model: CustomersModel, row: int, column: str) -> str:
    return model.index(row, COLUMNS.index(column)).data()


def test_passes_qt_model_checks_empty_and_filled(qtbot, qtmodeltester, sqlite_db, customers):
    empty = CustomersModel(sqlite_db)
    qtmodeltester.check(empty)

    model = loaded_model(qtbot, sqlite_db)
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: not model.rows.is_busy(), timeout=TIMEOUT)
    qtmodeltester.check(model)


def test_rows_are_read_page_by_page_when_shown(qtbot, sqlite_db, customers):
    model = loaded_model(qtbot, sqlite_db)

    assert model.rowCount() == 25
    assert model.rows.cached_pages() == ()
    assert model.index(3, 0).data(Qt.ItemDataRole.UserRole) == customers[3].id
    with qtbot.waitSignal(model.page_loaded, timeout=TIMEOUT) as arrived:
        assert text(model, 3, "full_name") == "Loading…"
    assert arrived.args == [0]
    assert text(model, 3, "full_name") == "Đỗ Quang Huy 03"
    assert text(model, 3, "code") == customers[3].code
    assert text(model, 3, "phone") == "0912 345 003"
    assert text(model, 3, "tier") == "Member"
    assert model.rows.cached_pages() == (0,)
    assert model.loaded_row(12) is None  # the second page was never shown

    with qtbot.waitSignal(model.page_loaded, timeout=TIMEOUT) as arrived:
        model.index(21, 0).data()
    assert arrived.args == [20]
    assert model.rows.cached_pages() == (0, 2)


def test_only_the_pages_shown_last_are_kept(qtbot, sqlite_db, customers):
    model = loaded_model(qtbot, sqlite_db, page_size=5, max_pages=2)

    for row in (0, 5, 10):
        with qtbot.waitSignal(model.page_loaded, timeout=TIMEOUT):
            model.index(row, 1).data()

    assert model.rows.cached_pages() == (1, 2)
    assert model.loaded_row(0) is None
    assert model.rowCount() == 25


def test_a_header_click_sorts_in_the_database(qtbot, sqlite_db, customers):
    model = loaded_model(qtbot, sqlite_db)

    with qtbot.waitSignal(model.ids_loaded, timeout=TIMEOUT) as done:
        model.sort(COLUMNS.index("full_name"), Qt.SortOrder.DescendingOrder)

    assert done.args == [25]
    assert model.current_sort() == CustomerListSort("full_name", descending=True)
    with qtbot.waitSignal(model.page_loaded, timeout=TIMEOUT):
        model.index(0, 0).data()
    assert text(model, 0, "full_name") == "Trần Minh Khoa 24"  # "tran" sorts last
    assert text(model, 1, "full_name") == "Trần Minh Khoa 19"


def test_columns_the_database_cannot_sort_are_ignored(qtbot, sqlite_db, customers):
    model = loaded_model(qtbot, sqlite_db)

    with qtbot.assertNotEmitted(model.ids_loaded, wait=300):
        model.sort(COLUMNS.index("phone"), Qt.SortOrder.DescendingOrder)
    assert model.current_sort() == CustomerListSort()


def test_a_filter_reads_new_ids(qtbot, sqlite_db, add_customer, customers):
    add_customer("Võ Thị Sáu", "0987654321", province="Bà Rịa - Vũng Tàu")
    model = loaded_model(qtbot, sqlite_db)
    assert model.rowCount() == 26

    with qtbot.waitSignal(model.ids_loaded, timeout=TIMEOUT) as done:
        # Saved in the province Bà Rịa - Vũng Tàu is part of since 2025.
        model.set_query(CustomerListFilter(province="TP. Hồ Chí Minh"))

    assert done.args == [1]
    with qtbot.waitSignal(model.page_loaded, timeout=TIMEOUT):
        model.index(0, 0).data()
    assert text(model, 0, "full_name") == "Võ Thị Sáu"

    with qtbot.waitSignal(model.ids_loaded, timeout=TIMEOUT) as done:
        model.set_query(CustomerListFilter(tier=Tier.GOLD))
    assert done.args == [0]
    assert model.rowCount() == 0
