"""Every date field of the app, typed key by key as a counter clerk types it: what the form
would save, what is stored, and a date it cannot take refused with everything kept."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from app.models import Claim, Customer, Purchase
from app.services.audit import AuditFilter
from app.services.contacts.call_log import CallLogFilter
from app.services.slips.slips import issue_slip, slip_payload
from tests.helpers_qt import type_text
from tests.ui.date_typing import leave, press, type_date, typed_forms
from ui.audit.audit_filters import AuditFilterBar
from ui.calls.call_filters import CallFilterBar
from ui.claims.claim_form import ClaimForm
from ui.claims.purchase_form import PurchaseForm
from ui.customers import CustomersScreen
from ui.customers.customer_dialog import CustomerDialog
from ui.widgets.date_edit import local_today

TIMEOUT = 10_000
BIRTHDAY = date(1985, 3, 7)
# The forms judge "today" on the real local day; dates here are counted from it.
TODAY = local_today()
FILTER_TODAY = date(2025, 3, 15)
FILTER_DAY = date(2025, 3, 8)


def active(qtbot, window) -> None:
    window.show()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)


def refused(qtbot, dialog) -> None:
    """Save clicked: the dialog stays, nothing runs in the background."""
    dialog.save_button.click()
    qtbot.wait(50)
    assert dialog.isVisible() and not dialog.is_busy()


# -- the customer's birthday -----------------------------------------------------------------


@pytest.fixture
def customers(qtbot, sqlite_db, seat_admin):
    page = CustomersScreen(sqlite_db, seat_admin)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.show()
    return page


@pytest.fixture
def customer_dialog(qtbot, customers):
    dialog = customers.new_customer()
    assert isinstance(dialog, CustomerDialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=TIMEOUT)
    return dialog


def stored_birthday(db, customer_id: int) -> date | None:
    with db.session_scope() as s:
        return s.get(Customer, customer_id).birthday


def customer_count(db) -> int:
    with db.session_scope() as s:
        return s.query(Customer).count()


@pytest.mark.parametrize("text", typed_forms(BIRTHDAY))
def test_a_birthday_typed_any_accepted_way_is_what_the_form_saves(qtbot, customer_dialog, text):
    edit = customer_dialog.birthday_edit
    type_date(qtbot, edit, text)
    assert customer_dialog.values().birthday == BIRTHDAY
    leave(qtbot, edit)
    assert edit.text() == "07/03/1985"
    assert customer_dialog.gender_combo.hasFocus()  # Tab went on to the next field


def test_a_typed_birthday_is_stored(qtbot, sqlite_db, customer_dialog):
    type_text(qtbot, customer_dialog.full_name_edit, "Nguyễn Thị Lan")
    type_date(qtbot, customer_dialog.birthday_edit, "7/3/85")
    with qtbot.waitSignal(customer_dialog.saved, timeout=TIMEOUT) as saved:
        customer_dialog.save_button.click()
    assert saved.args[0].birthday == BIRTHDAY
    assert stored_birthday(sqlite_db, saved.args[0].id) == BIRTHDAY


def test_an_unreadable_birthday_refuses_save_then_saves_once_corrected(
    qtbot, sqlite_db, customer_dialog
):
    type_text(qtbot, customer_dialog.full_name_edit, "Trần Văn Bình")
    type_date(qtbot, customer_dialog.birthday_edit, "31/02/1985")
    refused(qtbot, customer_dialog)
    message = "“31/02/1985” is not a date: February 1985 has 28 days."
    assert customer_dialog.field_error("birthday") == message
    assert customer_dialog.birthday_edit.text() == "31/02/1985"  # kept as typed
    assert customer_dialog.birthday_edit.hasFocus()
    assert customer_dialog.full_name_edit.text() == "Trần Văn Bình"
    assert customer_count(sqlite_db) == 0

    type_date(qtbot, customer_dialog.birthday_edit, "28/02/1985")
    assert customer_dialog.field_error("birthday") == ""
    with qtbot.waitSignal(customer_dialog.saved, timeout=TIMEOUT) as saved:
        customer_dialog.save_button.click()
    assert stored_birthday(sqlite_db, saved.args[0].id) == date(1985, 2, 28)


def test_enter_in_a_wrong_birthday_does_not_save(qtbot, sqlite_db, customer_dialog):
    type_text(qtbot, customer_dialog.full_name_edit, "Trần Văn Bình")
    type_date(qtbot, customer_dialog.birthday_edit, "21/13/85")
    press(qtbot, customer_dialog.birthday_edit, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert customer_dialog.isVisible() and not customer_dialog.is_busy()
    assert customer_dialog.field_error("birthday") == (
        "“21/13/85” is not a date: the month is 1 to 12."
    )
    assert customer_count(sqlite_db) == 0


def test_a_birthday_in_the_future_is_refused_in_the_services_words(
    qtbot, sqlite_db, customer_dialog
):
    type_text(qtbot, customer_dialog.full_name_edit, "Trần Văn Bình")
    tomorrow = TODAY + timedelta(days=1)
    type_date(qtbot, customer_dialog.birthday_edit, f"{tomorrow:%d/%m/%Y}")
    refused(qtbot, customer_dialog)
    assert customer_dialog.field_error("birthday") == (
        f"The birthday {tomorrow:%d/%m/%Y} is in the future: check the year."
    )
    assert customer_count(sqlite_db) == 0


def test_an_empty_or_deleted_birthday_is_stored_as_none(qtbot, sqlite_db, customer_dialog):
    type_text(qtbot, customer_dialog.full_name_edit, "Trần Văn Bình")
    edit = customer_dialog.birthday_edit
    type_date(qtbot, edit, "7/3/85")
    leave(qtbot, edit)
    edit.line.setFocus()
    edit.line.end(False)
    press(qtbot, edit, Qt.Key.Key_Delete)
    assert edit.text() == "" and customer_dialog.values().birthday is None
    with qtbot.waitSignal(customer_dialog.saved, timeout=TIMEOUT) as saved:
        customer_dialog.save_button.click()
    assert stored_birthday(sqlite_db, saved.args[0].id) is None


# -- the claim's expected return -------------------------------------------------------------


@pytest.fixture
def claim_form(qtbot, sqlite_db, seat_agent, shop):
    pid = shop.sell(sqlite_db, serial="SN55DATE1", days_ago=100)
    form = ClaimForm(sqlite_db, seat_agent, pid)
    qtbot.addWidget(form)
    with qtbot.waitSignal(form.purchase_loaded, timeout=TIMEOUT):
        active(qtbot, form)
    type_text(qtbot, form.fault_edit, "Không lên hình")
    return form


def stored_claim(db, claim_id: int) -> Claim:
    with db.session_scope() as s:
        claim = s.get(Claim, claim_id)
        s.expunge(claim)
        return claim


def claim_count(db) -> int:
    with db.session_scope() as s:
        return s.query(Claim).count()


BACK = TODAY + timedelta(days=10)


@pytest.mark.parametrize("text", typed_forms(BACK))
def test_an_expected_return_typed_any_accepted_way_is_what_the_form_saves(qtbot, claim_form, text):
    type_date(qtbot, claim_form.expected_date, text)
    assert claim_form.claim_input().expected_return_date == BACK
    leave(qtbot, claim_form.expected_date)
    assert claim_form.expected_date.text() == f"{BACK:%d/%m/%Y}"


def test_a_typed_expected_return_is_stored_and_printed_on_the_receipt(
    qtbot, sqlite_db, seat_agent, claim_form
):
    type_date(qtbot, claim_form.expected_date, f"{BACK.day}/{BACK.month}/{BACK:%y}")
    with qtbot.waitSignal(claim_form.saved, timeout=TIMEOUT) as saved:
        claim_form.save_button.click()  # straight from the field, without leaving it
    assert saved.args[0].expected_return_date == BACK
    assert stored_claim(sqlite_db, saved.args[0].id).expected_return_date == BACK
    with sqlite_db.session_scope() as s:
        slip = issue_slip(s, seat_agent, "claim", saved.args[0].id)
        receipt = slip_payload(s, slip.id)
    assert ("expected_return", f"{BACK:%d/%m/%Y}") in receipt.details


def test_an_empty_expected_return_is_stored_as_none(qtbot, sqlite_db, claim_form):
    with qtbot.waitSignal(claim_form.saved, timeout=TIMEOUT) as saved:
        claim_form.save_button.click()
    assert stored_claim(sqlite_db, saved.args[0].id).expected_return_date is None


def test_an_unreadable_expected_return_refuses_save_with_everything_kept(
    qtbot, sqlite_db, claim_form
):
    type_date(qtbot, claim_form.expected_date, "31/4/2030")
    refused(qtbot, claim_form)
    assert claim_form.field_error("expected_return_date") == (
        "“31/4/2030” is not a date: April 2030 has 30 days."
    )
    assert claim_form.expected_date.text() == "31/4/2030"
    assert claim_form.expected_date.hasFocus()
    assert claim_form.fault_edit.toPlainText() == "Không lên hình"
    assert claim_count(sqlite_db) == 0

    type_date(qtbot, claim_form.expected_date, "30/4/2030")
    assert claim_form.field_error("expected_return_date") == ""
    with qtbot.waitSignal(claim_form.saved, timeout=TIMEOUT) as saved:
        claim_form.save_button.click()
    assert stored_claim(sqlite_db, saved.args[0].id).expected_return_date == date(2030, 4, 30)


def test_an_expected_return_in_the_past_is_refused(qtbot, sqlite_db, claim_form):
    yesterday = TODAY - timedelta(days=1)
    type_date(qtbot, claim_form.expected_date, f"{yesterday:%d/%m/%Y}")
    refused(qtbot, claim_form)
    assert claim_form.field_error("expected_return_date") == (
        "The expected return date is in the past; give a later date."
    )
    type_date(qtbot, claim_form.expected_date, f"{TODAY:%d/%m/%Y}")
    assert claim_form.field_error("expected_return_date") == ""


# -- the purchase and delivery dates ---------------------------------------------------------


@pytest.fixture
def purchase_form(qtbot, sqlite_db, seat_agent, shop):
    form = PurchaseForm(sqlite_db, seat_agent, "SN55DATE2", shop.customer_id)
    qtbot.addWidget(form)
    with qtbot.waitSignal(form.product.picker.searched, timeout=TIMEOUT):
        active(qtbot, form)
    with qtbot.waitSignal(form.product.picker.searched, timeout=TIMEOUT):
        form.product.picker.search_now("TV-55")
    qtbot.waitUntil(lambda: form.customer.customer() is not None, timeout=TIMEOUT)
    return form


BOUGHT = TODAY - timedelta(days=30)
DELIVERED = TODAY - timedelta(days=20)


def test_the_purchase_date_starts_at_today_and_is_required(qtbot, purchase_form):
    assert purchase_form.purchase_date.value() == TODAY
    assert purchase_form.purchase_date.text() == f"{TODAY:%d/%m/%Y}"
    assert purchase_form.delivery_date.value() is None


@pytest.mark.parametrize("text", typed_forms(BOUGHT))
def test_a_purchase_date_typed_any_accepted_way_is_what_the_form_saves(qtbot, purchase_form, text):
    type_date(qtbot, purchase_form.purchase_date, text)
    assert purchase_form.purchase_input().purchase_date == BOUGHT
    leave(qtbot, purchase_form.purchase_date)
    assert purchase_form.purchase_date.text() == f"{BOUGHT:%d/%m/%Y}"


@pytest.mark.parametrize("text", typed_forms(DELIVERED))
def test_a_delivery_date_typed_any_accepted_way_is_what_the_form_saves(qtbot, purchase_form, text):
    type_date(qtbot, purchase_form.purchase_date, f"{BOUGHT:%d/%m/%Y}")
    leave(qtbot, purchase_form.purchase_date)
    type_date(qtbot, purchase_form.delivery_date, text)
    assert purchase_form.purchase_input().delivery_date == DELIVERED
    leave(qtbot, purchase_form.delivery_date)
    assert purchase_form.delivery_date.text() == f"{DELIVERED:%d/%m/%Y}"


def test_typed_purchase_and_delivery_dates_are_stored(qtbot, sqlite_db, purchase_form):
    type_date(qtbot, purchase_form.purchase_date, f"{BOUGHT:%d%m%Y}")
    leave(qtbot, purchase_form.purchase_date)
    type_date(qtbot, purchase_form.delivery_date, f"{DELIVERED:%Y-%m-%d}")
    with qtbot.waitSignal(purchase_form.saved, timeout=TIMEOUT) as saved:
        purchase_form.save_button.click()
    with sqlite_db.session_scope() as s:
        purchase = s.get(Purchase, saved.args[0].id)
        assert (purchase.purchase_date, purchase.delivery_date) == (BOUGHT, DELIVERED)


def test_an_empty_purchase_date_is_asked_for(qtbot, sqlite_db, purchase_form):
    edit = purchase_form.purchase_date
    edit.line.setFocus()
    edit.line.selectAll()
    press(qtbot, edit, Qt.Key.Key_Delete)
    refused(qtbot, purchase_form)
    assert purchase_form.field_error("purchase_date") == "Give the purchase date."
    assert purchase_form.serial_edit.text() == "SN55DATE2"


def test_a_purchase_after_today_and_a_delivery_before_it_are_refused(
    qtbot, sqlite_db, purchase_form
):
    tomorrow = TODAY + timedelta(days=1)
    type_date(qtbot, purchase_form.purchase_date, f"{tomorrow:%d/%m/%Y}")
    refused(qtbot, purchase_form)
    assert purchase_form.field_error("purchase_date") == (
        f"The purchase date {tomorrow:%d/%m/%Y} is in the future; give the date on the invoice."
    )

    type_date(qtbot, purchase_form.purchase_date, f"{BOUGHT:%d/%m/%Y}")
    leave(qtbot, purchase_form.purchase_date)
    type_date(qtbot, purchase_form.delivery_date, f"{BOUGHT - timedelta(days=1):%d/%m/%Y}")
    refused(qtbot, purchase_form)
    assert purchase_form.field_error("purchase_date") == ""
    assert purchase_form.field_error("delivery_date") == (
        "The delivery date is before the purchase date; check both dates."
    )
    assert purchase_form.delivery_date.hasFocus()

    # An earlier purchase date puts the delivery right: its message goes at once.
    type_date(qtbot, purchase_form.purchase_date, f"{BOUGHT - timedelta(days=5):%d/%m/%Y}")
    leave(qtbot, purchase_form.purchase_date)
    assert purchase_form.field_error("delivery_date") == ""


# -- the call log and audit filters ----------------------------------------------------------


@pytest.fixture
def call_bar(qtbot, sqlite_db):
    bar = CallFilterBar(sqlite_db, FILTER_TODAY)
    qtbot.addWidget(bar)
    active(qtbot, bar)
    return bar


@pytest.fixture
def audit_bar(qtbot):
    bar = AuditFilterBar(FILTER_TODAY)
    qtbot.addWidget(bar)
    active(qtbot, bar)
    return bar


@pytest.mark.parametrize("text", typed_forms(FILTER_DAY))
@pytest.mark.parametrize("end", ["from_edit", "to_edit"])
def test_a_call_filter_day_typed_any_accepted_way_is_applied(qtbot, call_bar, end, text):
    edit = getattr(call_bar, end)
    type_date(qtbot, edit, text)
    with qtbot.waitSignal(call_bar.changed) as applied:
        leave(qtbot, edit)
    days = (applied.args[0].date_from, applied.args[0].date_to)
    assert days == ((FILTER_DAY, None) if end == "from_edit" else (None, FILTER_DAY))
    assert edit.text() == "08/03/2025"


@pytest.mark.parametrize("text", typed_forms(FILTER_DAY))
@pytest.mark.parametrize("end", ["from_edit", "to_edit"])
def test_an_audit_filter_day_typed_any_accepted_way_is_applied(qtbot, audit_bar, end, text):
    edit = getattr(audit_bar, end)
    type_date(qtbot, edit, text)
    with qtbot.waitSignal(audit_bar.changed) as applied:
        leave(qtbot, edit)
    days = (applied.args[0].date_from, applied.args[0].date_to)
    assert days == ((FILTER_DAY, None) if end == "from_edit" else (None, FILTER_DAY))


@pytest.mark.parametrize("bar_name", ["call_bar", "audit_bar"])
def test_a_filter_day_that_cannot_be_used_is_said_and_not_applied(qtbot, request, bar_name):
    bar = request.getfixturevalue(bar_name)
    before = bar.current()
    with qtbot.assertNotEmitted(bar.changed):
        type_date(qtbot, bar.from_edit, "32/3/2025")
        leave(qtbot, bar.from_edit)
    assert bar.from_edit.error_text() == "“32/3/2025” is not a date: March 2025 has 31 days."
    assert bar.current() == before  # the list keeps its last filter
    assert bar.from_edit.text() == "32/3/2025"

    with qtbot.waitSignal(bar.changed) as applied:
        type_date(qtbot, bar.from_edit, "10/3/2025")
        leave(qtbot, bar.from_edit)
    assert applied.args[0].date_from == date(2025, 3, 10)
    assert bar.from_edit.error_text() == ""

    # "To" before "from": said under "to", and the list keeps the last days that held.
    with qtbot.assertNotEmitted(bar.changed):
        type_date(qtbot, bar.to_edit, "1/3/2025")
        leave(qtbot, bar.to_edit)
    assert bar.to_edit.error_text() == (
        "The end date is before the start date; swap them or pick another."
    )
    assert (bar.current().date_from, bar.current().date_to) == (date(2025, 3, 10), None)

    with qtbot.waitSignal(bar.changed) as applied:
        press(qtbot, bar.from_edit, Qt.Key.Key_Delete)  # the settled "from" in one key
    assert (applied.args[0].date_from, applied.args[0].date_to) == (None, date(2025, 3, 1))
    assert bar.to_edit.error_text() == ""


@pytest.mark.parametrize("bar_name", ["call_bar", "audit_bar"])
def test_clearing_the_filters_empties_both_days(qtbot, request, bar_name):
    bar = request.getfixturevalue(bar_name)
    type_date(qtbot, bar.from_edit, "1/3/2025")
    leave(qtbot, bar.from_edit)
    type_date(qtbot, bar.to_edit, "9/3/2025")
    leave(qtbot, bar.to_edit)
    with qtbot.waitSignal(bar.changed) as cleared:
        bar.clear_button.click()
    assert (cleared.args[0].date_from, cleared.args[0].date_to) == (None, None)
    assert bar.from_edit.text() == bar.to_edit.text() == ""
    assert isinstance(cleared.args[0], CallLogFilter | AuditFilter)
