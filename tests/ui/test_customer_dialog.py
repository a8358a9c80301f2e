"""Creating and editing customers: refusals where they belong, nothing typed lost, no
duplicate records unless a household shares a number, and the reading of a number that
can be read two ways shown and changeable."""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import Qt

from app.services.customers.customer_input import CustomerInput, PhoneInput
from app.services.customers.customer_list import customer_ids
from app.services.customers.customer_search import search_customers
from app.services.customers.customers import create_customer, get_customer, update_customer
from tests.helpers_qt import type_text
from tests.ui.date_typing import type_date
from ui.customers import CustomersScreen
from ui.customers.customer_dialog import CustomerDialog

TIMEOUT = 10_000


@pytest.fixture
def screen(qtbot, sqlite_db, seat_admin):
    page = CustomersScreen(sqlite_db, seat_admin)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.show()
    return page


def save(qtbot, dialog: CustomerDialog) -> None:
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)


def stored(db, actor, customer_id):
    with db.session_scope() as s:
        return get_customer(s, actor, customer_id)


def test_bad_input_shows_why_and_keeps_every_value(qtbot, screen):
    dialog = screen.new_customer()
    assert isinstance(dialog, CustomerDialog)
    type_text(qtbot, dialog.phones.rows[0].number_edit, "0912 345 678")
    qtbot.keyClicks(dialog.email_edit, "lan@gmail")
    type_text(qtbot, dialog.tags_edit, "người cao tuổi, sống một mình")
    type_text(qtbot, dialog.address_edit, "12 Lê Lợi")

    save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.field_error("full_name") == "Type the customer's full name."
    assert dialog.full_name_edit.hasFocus()
    assert dialog.phones.rows[0].number_edit.text() == "0912 345 678"
    assert dialog.tags_edit.text() == "người cao tuổi, sống một mình"

    type_text(qtbot, dialog.full_name_edit, "Nguyễn Thị Lan")
    save(qtbot, dialog)
    assert dialog.field_error("full_name") == ""
    assert dialog.field_error("email") == (
        "“lan@gmail” is not an e-mail address: it looks like name@example.com."
    )
    assert dialog.full_name_edit.text() == "Nguyễn Thị Lan"
    assert dialog.address_edit.text() == "12 Lê Lợi"

    dialog.email_edit.setText("lan@gmail.com")
    type_date(qtbot, dialog.birthday_edit, "01/01/2999")
    save(qtbot, dialog)
    assert "in the future" in dialog.field_error("birthday")
    assert dialog.email_edit.text() == "lan@gmail.com"

    type_date(qtbot, dialog.birthday_edit, "8/3/1960")
    with qtbot.waitSignal(screen.profile_loaded, timeout=TIMEOUT) as opened:
        dialog.save_button.click()

    header = opened.args[0].header
    assert header.full_name == "Nguyễn Thị Lan"
    assert header.birthday == date(1960, 3, 8)
    assert [p.display for p in header.phones] == ["0912 345 678"]
    assert header.tags == ("người cao tuổi", "sống một mình")
    assert header.email == "lan@gmail.com"
    assert screen.showing_profile()


def test_the_birthday_may_stay_empty(qtbot, screen):
    dialog = screen.new_customer("Trần Văn Bình")
    assert dialog.full_name_edit.text() == "Trần Văn Bình"
    assert dialog.birthday_edit.value() is None
    dialog.birthday_edit.set_value(date(1990, 5, 1))
    dialog.birthday_edit.clear_button.click()

    with qtbot.waitSignal(screen.profile_loaded, timeout=TIMEOUT) as opened:
        dialog.save_button.click()
    assert opened.args[0].header.birthday is None
    assert screen.profile_page.header.birthday_label.text() == "—"


def test_a_phone_of_another_customer_warns_and_opens_them(qtbot, sqlite_db, add_customer, screen):
    an = add_customer("Nguyễn Văn An", "0912 345 678")
    dialog = screen.new_customer()
    type_text(qtbot, dialog.full_name_edit, "Nguyễn Văn Ân")
    type_text(qtbot, dialog.phones.rows[0].number_edit, "+84 912 345 678")

    save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.field_error("phones") == (
        f"0912 345 678 is also the number of Nguyễn Văn An ({an.code})."
    )
    box = dialog.shared_box
    assert box.isVisible()
    assert [b.text() for b in box.open_buttons] == ["Open Nguyễn Văn An"]
    assert box.household_button.text() == "Same household: save"
    assert box.household_button.isVisible()
    assert dialog.full_name_edit.text() == "Nguyễn Văn Ân"

    with qtbot.waitSignal(screen.profile_loaded, timeout=TIMEOUT) as opened:
        box.open_buttons[0].click()
    assert opened.args[0].header.id == an.id
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    with sqlite_db.session_scope() as s:
        assert len(customer_ids(s)) == 1  # no second record


def test_same_household_saves_the_number_on_both(
    qtbot, sqlite_db, seat_admin, screen, add_customer
):
    an = add_customer("Nguyễn Văn An", "0912 345 678")
    dialog = screen.new_customer()
    type_text(qtbot, dialog.full_name_edit, "Trần Thị Bình")
    type_text(qtbot, dialog.phones.rows[0].number_edit, "0912 345 678")
    qtbot.mouseClick(dialog.phones.add_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.phones.rows[1].number_edit, "0987 654 321")
    save(qtbot, dialog)
    assert "is also the number of Nguyễn Văn An" in dialog.field_error("phones")

    with qtbot.waitSignal(screen.profile_loaded, timeout=TIMEOUT) as opened:
        dialog.shared_box.household_button.click()

    binh = opened.args[0].header
    assert binh.full_name == "Trần Thị Bình"
    assert [p.display for p in binh.phones] == ["0912 345 678", "0987 654 321"]
    with sqlite_db.session_scope() as s:
        found = {hit.id for hit in search_customers(s, "0912 345 678")}
    assert found == {an.id, binh.id}
    assert [p.e164 for p in stored(sqlite_db, seat_admin, an.id).phones] == ["+84912345678"]


def test_every_other_holder_gets_an_open_button(qtbot, sqlite_db, seat_admin, screen, add_customer):
    an = add_customer("Nguyễn Văn An", "0912 345 678")
    with sqlite_db.session_scope() as s:
        binh = create_customer(
            s,
            seat_admin,
            CustomerInput(
                "Nguyễn Thị Bình",
                phones=(PhoneInput("0912 345 678"),),
                shared_phones=("+84912345678",),
            ),
        )
    dialog = screen.new_customer("0912 345 678")
    type_text(qtbot, dialog.full_name_edit, "Nguyễn Văn Cường")
    save(qtbot, dialog)
    assert dialog.field_error("phones") == (
        f"0912 345 678 is also the number of Nguyễn Văn An ({an.code}) and Nguyễn Thị Bình "
        f"({binh.code})."
    )
    buttons = dialog.shared_box.open_buttons
    assert [b.text() for b in buttons] == ["Open Nguyễn Văn An", "Open Nguyễn Thị Bình"]
    with qtbot.waitSignal(screen.profile_loaded, timeout=TIMEOUT) as opened:
        buttons[1].click()
    assert opened.args[0].header.id == binh.id


def test_an_08_number_is_saved_as_the_mobile_and_offers_the_old_landline(qtbot, screen):
    dialog = screen.new_customer()
    type_text(qtbot, dialog.full_name_edit, "Đỗ Thị Hoa")
    row = dialog.phones.rows[0]
    type_text(qtbot, row.number_edit, "08 3812 3456")

    assert row.note_label.text() == "Will be saved as the mobile 0838 123 456."
    assert row.other_button.isVisible()
    assert row.other_button.text() == "It is the old landline 028 3812 3456"

    row.other_button.click()
    assert row.note_label.text() == "Will be saved as the landline 028 3812 3456."
    assert row.other_button.text() == "It is the mobile 0838 123 456"
    with qtbot.waitSignal(screen.profile_loaded, timeout=TIMEOUT) as opened:
        dialog.save_button.click()

    header = opened.args[0].header
    assert [p.e164 for p in header.phones] == ["+842838123456"]
    assert [p.display for p in header.phones] == ["028 3812 3456"]
    assert "08 3812 3456 was converted to 028 3812 3456" in screen.profile_page.info_label.text()


def test_an_08_number_is_saved_as_the_mobile_without_a_question(qtbot, screen):
    dialog = screen.new_customer()
    type_text(qtbot, dialog.full_name_edit, "Đỗ Thị Hoa")
    type_text(qtbot, dialog.phones.rows[0].number_edit, "08 3812 3456")
    with qtbot.waitSignal(screen.profile_loaded, timeout=TIMEOUT) as opened:
        dialog.save_button.click()
    assert [p.e164 for p in opened.args[0].header.phones] == ["+84838123456"]


def test_an_area_code_in_parentheses_is_saved_as_the_landline(qtbot, screen):
    dialog = screen.new_customer()
    row = dialog.phones.rows[0]
    type_text(qtbot, row.number_edit, "(037) 3852 123")
    assert row.note_label.text() == "Will be saved as the landline 0237 3852 123."
    assert row.other_button.text() == "It is the mobile 0373 852 123"
    row.other_button.click()
    assert row.value().confirmed_e164 == "+84373852123"
    dialog.reject()


def test_a_changed_number_forgets_the_reading_chosen_for_the_old_one(qtbot, screen):
    dialog = screen.new_customer()
    row = dialog.phones.rows[0]
    type_text(qtbot, row.number_edit, "0838123456")
    row.other_button.click()
    assert row.confirmed_e164 == "+842838123456"
    type_text(qtbot, row.number_edit, "7")
    assert row.confirmed_e164 is None
    assert not row.other_button.isVisible()
    assert not row.note_label.isVisible()
    dialog.reject()


def test_an_old_landline_is_converted_with_a_visible_note(qtbot, screen):
    dialog = screen.new_customer()
    type_text(qtbot, dialog.full_name_edit, "Công ty Sông Hàn")
    row = dialog.phones.rows[0]
    type_text(qtbot, row.number_edit, "(0511) 3.822.123")
    assert row.note_label.text() == "Will be saved as 0236 3822 123."
    assert not row.other_button.isVisible()

    with qtbot.waitSignal(screen.profile_loaded, timeout=TIMEOUT) as opened:
        dialog.save_button.click()

    assert [p.display for p in opened.args[0].header.phones] == ["0236 3822 123"]
    assert "0511 3822 123 was converted to 0236 3822 123 (2017 landline renumbering)." in (
        screen.profile_page.info_label.text()
    )


def test_a_stored_number_is_shown_without_a_hint(qtbot, sqlite_db, add_customer, screen):
    view = add_customer("Phạm Minh Nguyên", "0838 123 456")
    with qtbot.waitSignal(screen.profile_loaded, timeout=TIMEOUT):
        screen.open_profile(view.id)
    dialog = screen.profile_page.actions.edit()
    row = dialog.phones.rows[0]
    assert row.number_edit.text() == "0838 123 456"
    assert not row.note_label.isVisible() and not row.other_button.isVisible()
    assert row.value().confirmed_e164 == "+84838123456"
    dialog.reject()


def test_an_old_11_digit_number_is_converted_with_a_visible_note(qtbot, screen):
    dialog = screen.new_customer()
    type_text(qtbot, dialog.full_name_edit, "Vũ Minh Tâm")
    row = dialog.phones.rows[0]
    type_text(qtbot, row.number_edit, "0168 912 3456")
    assert row.note_label.text() == "Will be saved as 0389 123 456."

    with qtbot.waitSignal(screen.profile_loaded, timeout=TIMEOUT) as opened:
        dialog.save_button.click()

    assert [p.display for p in opened.args[0].header.phones] == ["0389 123 456"]
    info = screen.profile_page.info_label
    assert info.isVisible()
    assert "0168 912 3456 was converted to 038 912 3456" in info.text()


def test_several_numbers_with_one_primary(qtbot, screen):
    dialog = screen.new_customer()
    type_text(qtbot, dialog.full_name_edit, "Hồ Văn Nam")
    type_text(qtbot, dialog.phones.rows[0].number_edit, "0912 000 111")
    qtbot.mouseClick(dialog.phones.add_button, Qt.MouseButton.LeftButton)
    second = dialog.phones.rows[1]
    type_text(qtbot, second.number_edit, "0283 823 4567")
    second.label_combo.setCurrentIndex(second.label_combo.findData("work"))
    second.primary_radio.setChecked(True)

    with qtbot.waitSignal(screen.profile_loaded, timeout=TIMEOUT) as opened:
        dialog.save_button.click()

    phones = opened.args[0].header.phones
    assert [(p.display, p.label, p.is_primary) for p in phones] == [
        ("028 3823 4567", "work", True),
        ("0912 000 111", "mobile", False),
    ]


def test_edit_keeps_what_is_not_on_screen_and_reports_someone_elses_change(
    qtbot, sqlite_db, seat_admin, screen, add_customer
):
    view = add_customer(
        "Phan Thị Mai",
        "0905 123 456",
        province="Đà Nẵng",
        tags=("doanh nghiệp",),
    )
    with qtbot.waitSignal(screen.profile_loaded, timeout=TIMEOUT):
        screen.open_profile(view.id)
    dialog = screen.profile_page.actions.edit()
    assert isinstance(dialog, CustomerDialog)
    assert dialog.province_edit.text() == "Đà Nẵng"
    assert dialog.tags_edit.text() == "doanh nghiệp"
    assert dialog.phones.rows[0].number_edit.text() == "0905 123 456"

    # Someone at another seat changes the address first.
    with sqlite_db.session_scope() as s:
        update_customer(
            s,
            seat_admin,
            view.id,
            CustomerInput(
                full_name="Phan Thị Mai",
                phones=(PhoneInput("0905 123 456"),),
                address="5 Bạch Đằng",
                province="Đà Nẵng",
                tags=("doanh nghiệp",),
            ),
        )
    dialog.full_name_edit.clear()
    type_text(qtbot, dialog.full_name_edit, "Phan Thị Tuyết Mai")
    with qtbot.waitSignal(screen.profile_loaded, timeout=TIMEOUT):
        dialog.save_button.click()  # refused: the profile reloads underneath

    assert dialog.isVisible()
    assert "while you were editing" in dialog.banner_text()
    assert dialog.full_name_edit.text() == "Phan Thị Tuyết Mai"

    with qtbot.waitSignal(screen.profile_loaded, timeout=TIMEOUT) as opened:
        dialog.save_button.click()  # the second Save applies over the change just shown
    assert opened.args[0].header.full_name == "Phan Thị Tuyết Mai"
    assert stored(sqlite_db, seat_admin, view.id).full_name == "Phan Thị Tuyết Mai"


def test_vietnamese_form(qtbot, sqlite_db, seat_admin, vietnamese):
    page = CustomersScreen(sqlite_db, seat_admin)
    qtbot.addWidget(page)
    dialog = page.new_customer()
    assert dialog.windowTitle() == "Khách hàng mới"
    assert dialog.save_button.text() == "Tạo khách hàng"
    save(qtbot, dialog)
    assert dialog.field_error("full_name") == "Hãy nhập họ tên khách hàng."
