"""The province box: found however it is typed, old names explained, unknown ones refused;
in the customer and the store forms."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models import Customer
from app.services.access.stores import list_stores
from app.services.customers.customers import get_customer
from tests.helpers_qt import type_text
from ui.admin.store_dialog import StoreDialog
from ui.customers import CustomersScreen
from ui.customers.customer_dialog import CustomerDialog
from ui.widgets.province_combo import ProvinceCombo

TIMEOUT = 10_000
HCMC = "TP. Hồ Chí Minh"
BINH_DUONG_NOTE = "Bình Dương is now part of TP. Hồ Chí Minh (since 1 July 2025)."
# A completer's list is a popup window: the offscreen platform cannot raise it or give it
# the keyboard (nor pass size hints on), and says so. That is the test platform talking, not
# the app. (pytest-qt reads only the closest mark: it goes on each test that shows the list.)
LIST_SHOWN = pytest.mark.qt_log_ignore(
    r"This plugin does not support (raise\(\)|grabbing the keyboard|propagateSizeHints\(\))"
)


@pytest.fixture
def combo(qtbot) -> ProvinceCombo:
    box = ProvinceCombo()
    qtbot.addWidget(box)
    qtbot.addWidget(box.messages)
    box.show()
    box.messages.show()
    return box


def offered(combo: ProvinceCombo) -> list[str]:
    """The provinces the list shows for what is typed, top to bottom."""
    found = combo.completer().completionModel()
    return [found.index(row, 0).data() for row in range(found.rowCount())]


def press_enter(qtbot, combo: ProvinceCombo) -> None:
    """Enter as a keyboard gives it: to the list while it is open, else to the box."""
    popup = combo.completer().popup()
    target = popup if popup.isVisible() else combo.lineEdit()
    qtbot.keyClick(target, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_the_34_in_vietnamese_order(combo):
    names = [combo.itemText(row) for row in range(combo.count())]
    assert len(names) == 34
    assert names[:6] == ["An Giang", "Bắc Ninh", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng"]
    assert names[12:17] == ["Hà Tĩnh", "Hải Phòng", HCMC, "Huế", "Hưng Yên"]
    assert combo.text() == ""


@LIST_SHOWN
def test_typing_binh_duong_then_enter_takes_its_new_province_and_says_why(qtbot, combo):
    qtbot.keyClicks(combo.lineEdit(), "binh duong")

    assert offered(combo) == [HCMC]
    assert combo.hint() == BINH_DUONG_NOTE  # said as soon as the old name is whole
    press_enter(qtbot, combo)

    assert combo.text() == HCMC
    assert combo.currentIndex() == combo.findText(HCMC)
    assert combo.hint() == BINH_DUONG_NOTE
    assert combo.problem() == ""
    # Saved as typed: the service maps it again and tells the agent after saving too.
    assert combo.value() == "Bình Dương"
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Backspace)
    assert (combo.text(), combo.value(), combo.hint()) == ("TP. Hồ Chí Min", "TP. Hồ Chí Min", "")


@LIST_SHOWN
def test_enter_on_a_partly_typed_old_name_takes_the_first_line(qtbot, combo):
    qtbot.keyClicks(combo.lineEdit(), "binh du")
    assert combo.hint() == ""
    press_enter(qtbot, combo)

    assert (combo.text(), combo.hint()) == (HCMC, BINH_DUONG_NOTE)


@LIST_SHOWN
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ha noi", ["Hà Nội"]),
        ("hn", ["Hà Nội"]),
        ("Sai Gon", [HCMC]),
        ("tp hcm", [HCMC]),
        ("vung tau", [HCMC]),
        ("Dak", ["Đắk Lắk", "Lâm Đồng"]),  # Đắk Nông went to Lâm Đồng
        ("quang n", ["Đà Nẵng", "Quảng Ngãi", "Quảng Ninh"]),  # Quảng Nam: Đà Nẵng
        # Bình Phước, Bình Định, Bình Dương, Thái Bình, Bình Thuận, Ninh Bình, Hòa Bình,
        # Quảng Bình:
        (
            "binh",
            [
                "Đồng Nai",
                "Gia Lai",
                HCMC,
                "Hưng Yên",
                "Lâm Đồng",
                "Ninh Bình",
                "Phú Thọ",
                "Quảng Trị",
            ],
        ),
    ],
)
def test_the_list_ignores_accents_case_and_spacing(qtbot, combo, typed, expected):
    qtbot.keyClicks(combo.lineEdit(), typed)
    assert offered(combo) == expected


@LIST_SHOWN
def test_vietnamese_typing_finds_the_province_too(qtbot, combo):
    type_text(qtbot, combo.lineEdit(), "Hà Nội")
    assert offered(combo) == ["Hà Nội"]
    press_enter(qtbot, combo)
    assert (combo.text(), combo.hint()) == ("Hà Nội", "")

    combo.lineEdit().clear()
    type_text(qtbot, combo.lineEdit(), "Thừa Thiên Huế")
    assert combo.hint() == "Thừa Thiên Huế is now called Huế."


@LIST_SHOWN
def test_a_spelling_is_tidied_when_the_box_is_left(qtbot, combo):
    qtbot.keyClicks(combo.lineEdit(), "tp.hcm")
    combo.completer().popup().hide()
    combo.lineEdit().editingFinished.emit()

    assert (combo.text(), combo.hint()) == (HCMC, "")


@LIST_SHOWN
def test_a_stored_value_shows_as_it_is_with_its_hint_or_its_reason(qtbot, combo):
    combo.setText("Bình Dương")
    assert (combo.text(), combo.hint(), combo.problem()) == ("Bình Dương", BINH_DUONG_NOTE, "")

    combo.setText("Sài Gòn cũ")
    assert combo.text() == "Sài Gòn cũ"
    assert combo.problem() == (
        "“Sài Gòn cũ” is not a province of Vietnam: choose one of the 34 provinces and cities."
    )
    type_text(qtbot, combo.lineEdit(), "x")  # changed: the reason is the service's again
    assert combo.problem() == ""

    combo.setText("")
    assert (combo.text(), combo.hint(), combo.problem()) == ("", "", "")


# -- in the forms -----------------------------------------------------------------------------


@pytest.fixture
def screen(qtbot, sqlite_db, seat_admin):
    page = CustomersScreen(sqlite_db, seat_admin)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.show()
    return page


def save(qtbot, dialog) -> None:
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)


@LIST_SHOWN
def test_a_new_customer_in_an_old_province_is_saved_in_the_new_one(qtbot, screen, sqlite_db):
    dialog = screen.new_customer()
    assert isinstance(dialog, CustomerDialog)
    type_text(qtbot, dialog.full_name_edit, "Trần Văn Bình")
    qtbot.keyClicks(dialog.province_edit.lineEdit(), "binh duong")
    press_enter(qtbot, dialog.province_edit)
    type_text(qtbot, dialog.ward_edit, "Phường Dĩ An")
    assert dialog.isVisible()  # Enter on the list chose a province; it did not save
    assert dialog.province_edit.hint() == BINH_DUONG_NOTE
    assert dialog.height() <= 740  # fits a 1366 x 768 screen with the hint showing

    with qtbot.waitSignal(screen.profile_loaded, timeout=TIMEOUT) as opened:
        dialog.save_button.click()

    header = opened.args[0].header
    assert (header.province, header.ward) == (HCMC, "Phường Dĩ An")
    # Said again on the profile, as renumbered phones are.
    assert screen.profile_page.info_label.text() == BINH_DUONG_NOTE
    with sqlite_db.session_scope() as s:
        assert s.get(Customer, header.id).province == HCMC


@LIST_SHOWN
def test_a_stored_province_that_is_none_shows_why_until_it_is_changed(
    qtbot, screen, sqlite_db, seat_admin, add_customer
):
    view = add_customer("Lê Thị Hoa", "0905 123 456", province="Huế")
    with sqlite_db.session_scope() as s:
        s.get(Customer, view.id).province = "Sài Gòn cũ"  # as an old import left it
    with qtbot.waitSignal(screen.profile_loaded, timeout=TIMEOUT):
        screen.open_profile(view.id)
    dialog = screen.profile_page.actions.edit()
    assert isinstance(dialog, CustomerDialog)
    reason = "“Sài Gòn cũ” is not a province of Vietnam: choose one of the 34 provinces and cities."
    assert dialog.province_edit.text() == "Sài Gòn cũ"
    assert dialog.province_edit.problem() == reason

    save(qtbot, dialog)  # unchanged: refused by the service, said once under the field
    assert dialog.isVisible()
    assert dialog.field_error("province") == reason
    assert dialog.province_edit.problem() == ""

    dialog.province_edit.lineEdit().clear()
    qtbot.keyClicks(dialog.province_edit.lineEdit(), "sai gon")
    press_enter(qtbot, dialog.province_edit)
    with qtbot.waitSignal(screen.profile_loaded, timeout=TIMEOUT):
        dialog.save_button.click()
    with sqlite_db.session_scope() as s:
        assert get_customer(s, seat_admin, view.id).province == HCMC


def test_editing_keeps_the_ward(qtbot, screen, sqlite_db, add_customer):
    view = add_customer(
        "Phan Thị Mai",
        "0905 123 457",
        province="Đà Nẵng",
        ward="Phường Hải Châu",
    )
    with qtbot.waitSignal(screen.profile_loaded, timeout=TIMEOUT):
        screen.open_profile(view.id)
    dialog = screen.profile_page.actions.edit()
    assert dialog.ward_edit.text() == "Phường Hải Châu"
    assert (dialog.province_edit.text(), dialog.province_edit.hint()) == ("Đà Nẵng", "")


@LIST_SHOWN
def test_the_store_form_takes_the_new_province_and_refuses_an_unknown_one(
    qtbot, sqlite_db, seat_admin
):
    dialog = StoreDialog(sqlite_db, seat_admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.code_edit, "VT01")
    type_text(qtbot, dialog.name_edit, "Cửa hàng Vũng Tàu")
    type_text(qtbot, dialog.province_edit.lineEdit(), "Viêng Chăn")
    dialog.province_edit.completer().popup().hide()
    save(qtbot, dialog)
    assert dialog.field_error("province") == (
        "“Viêng Chăn” is not a province of Vietnam: choose one of the 34 provinces and cities."
    )

    dialog.province_edit.lineEdit().clear()
    qtbot.keyClicks(dialog.province_edit.lineEdit(), "ba ria vung tau")
    press_enter(qtbot, dialog.province_edit)
    assert dialog.province_edit.hint() == (
        "Bà Rịa – Vũng Tàu is now part of TP. Hồ Chí Minh (since 1 July 2025)."
    )
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as saved:
        dialog.save_button.click()
    assert saved.args[0].province == HCMC
    with sqlite_db.session_scope() as s:
        assert [store.province for store in list_stores(s)] == [HCMC]
