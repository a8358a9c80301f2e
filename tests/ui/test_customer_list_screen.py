"""The customer list screen: header clicks sort, filters narrow, keys open and create."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app.services.loyalty.loyalty import override_tier
from tests.factories import make_customer
from ui import errors
from ui.app import SCREENSHOT_SIZE, run
from ui.customers import CustomersScreen
from ui.customers.customer_dialog import CustomerDialog
from ui.customers.customers_model import COLUMNS

TIMEOUT = 10_000


@pytest.fixture
def three(sqlite_db, seat_admin, add_customer):
    made = [
        add_customer(
            "Nguyễn Thị Đào",
            "0912 345 678",
            province="Hà Nội",
            tags=("doanh nghiệp",),
        ),
        add_customer("Lê Văn Hùng", "0903 111 222", province="Đà Nẵng"),
        add_customer("Ánh Phạm", "0987 000 111", province="Hà Nội"),
    ]
    with sqlite_db.session_scope() as s:
        override_tier(s, seat_admin, made[1].id, "gold", "Khách quen")
    return made


@pytest.fixture
def screen(qtbot, sqlite_db, seat_admin, three):
    page = CustomersScreen(sqlite_db, seat_admin)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.show()
    return page


def names(page: CustomersScreen) -> list[str]:
    model = page.list_page.model
    return [model.index(r, COLUMNS.index("full_name")).data() for r in range(model.rowCount())]


def test_the_list_shows_every_customer_with_a_count(screen, three):
    assert screen.list_page.count_label.text() == "3 customers"
    assert names(screen) == ["Nguyễn Thị Đào", "Lê Văn Hùng", "Ánh Phạm"]  # by code
    assert screen.list_page.selected_id() == three[0].id  # Enter opens it at once


def test_a_header_click_sorts_and_a_second_click_reverses(qtbot, screen, three):
    header = screen.list_page.table.horizontalHeader()
    name_column = COLUMNS.index("full_name")

    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        header.sectionClicked.emit(name_column)
        header.setSortIndicator(name_column, Qt.SortOrder.AscendingOrder)
    assert names(screen) == ["Ánh Phạm", "Lê Văn Hùng", "Nguyễn Thị Đào"]  # accent-free order

    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        header.setSortIndicator(name_column, Qt.SortOrder.DescendingOrder)
    assert names(screen) == ["Nguyễn Thị Đào", "Lê Văn Hùng", "Ánh Phạm"]

    header.setSortIndicator(COLUMNS.index("phone"), Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == name_column  # phones have no order to sort by
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_filters_narrow_the_list(qtbot, screen, three):
    filters = screen.list_page.filters
    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        filters.tier_combo.setCurrentIndex(filters.tier_combo.findData("gold"))
    assert names(screen) == ["Lê Văn Hùng"]
    assert screen.list_page.count_label.text() == "1 customer"

    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        filters.clear()
    assert len(names(screen)) == 3

    qtbot.waitUntil(lambda: filters.province_combo.findText("Hà Nội") >= 0, timeout=TIMEOUT)
    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        filters.province_combo.setEditText("Hà Nội")
        filters.province_combo.lineEdit().editingFinished.emit()
    assert names(screen) == ["Nguyễn Thị Đào", "Ánh Phạm"]

    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        filters.tag_combo.setEditText("doanh nghiệp")
        filters.tag_combo.lineEdit().editingFinished.emit()
    assert names(screen) == ["Nguyễn Thị Đào"]

    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        filters.tier_combo.setCurrentIndex(filters.tier_combo.findData("vip"))
    assert screen.list_page.list_stack.currentWidget() is screen.list_page.empty_label


def test_the_filters_offer_provinces_and_tags_of_customers_not_yet_read(
    qtbot, sqlite_db, seat_admin
):
    with sqlite_db.session_scope() as s:
        for i in range(450):
            make_customer(s, f"Khách {i:03d}", code=f"K{i:03d}", province="Hà Nội")
        far = make_customer(s, "Khách Cuối", code="K999", province="Cà Mau", tags=["khách sỉ"])
        make_customer(s, "Khách Cũ", code="K000A", province="Bạc Liêu", archived=True)
        far_id = far.id
    page = CustomersScreen(sqlite_db, seat_admin)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.show()
    filters, model = page.list_page.filters, page.list_page.model
    qtbot.waitUntil(lambda: filters.province_combo.findText("Cà Mau") >= 0, timeout=TIMEOUT)

    assert model.loaded_row(model.row_of(far_id)) is None  # never scrolled into view
    assert [filters.province_combo.itemText(i) for i in range(filters.province_combo.count())] == [
        "Cà Mau",
        "Hà Nội",
    ]
    assert filters.tag_combo.findText("khách sỉ") >= 0


def test_enter_opens_a_profile_and_back_returns_to_the_same_row(qtbot, screen, three):
    table = screen.list_page.table
    table.setFocus()
    table.selectRow(1)

    with qtbot.waitSignal(screen.profile_loaded, timeout=TIMEOUT) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args[0].header.id == three[1].id
    assert screen.showing_profile()

    screen.profile_page.back_button.click()
    assert not screen.showing_profile()
    assert screen.list_page.selected_id() == three[1].id


def test_ctrl_n_opens_the_create_form(qtbot, screen, three):
    screen.list_page.table.setFocus()
    qtbot.keyClick(screen.list_page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    dialog = screen.current_dialog()
    assert isinstance(dialog, CustomerDialog)
    assert "Ctrl+N" in screen.list_page.new_button.toolTip()
    dialog.reject()


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_screenshot_of_the_customer_list(qtbot, sqlite_db, three, tmp_path, monkeypatch, lang):
    # run() installs the app's exception hooks; the test run keeps its own afterwards.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(errors, "_interactive", errors._interactive)
    target = tmp_path / f"customers_{lang}.png"

    assert run(f"sqlite:///{sqlite_db.sqlite_path}", lang, target, "customers") == 0

    image = QImage(str(target))
    assert (image.width(), image.height()) == SCREENSHOT_SIZE
