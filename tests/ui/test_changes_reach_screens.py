"""What an agent saves shows on every screen that lists it, with no Refresh anywhere.

The real main window, as an agent at the Hà Nội counter uses it: Home and the lists read
once, then, through the screens' own forms, a new customer, a contact with her, a
complaint, a purchase and a warranty claim on it. After each, what the agent sees: the
open profile follows at once, the hidden screens when they are next shown.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel

from app.timeutil import now_utc
from tests.helpers_qt import type_text
from ui.calls.call_log_model import COLUMNS as CALL_COLUMNS
from ui.calls.contact_form import ContactForm
from ui.claims.claim_form import ClaimForm
from ui.claims.claim_list_model import COLUMNS as CLAIM_COLUMNS
from ui.claims.purchase_form import PurchaseForm
from ui.complaints.complaint_form import ComplaintForm
from ui.complaints.complaint_queue_model import COLUMNS as QUEUE_COLUMNS
from ui.customer_text import contact_date
from ui.customers.customers_model import COLUMNS as CUSTOMER_COLUMNS
from ui.main_window import MainWindow
from ui.models.interactions_model import COLUMNS as LATEST_COLUMNS
from ui.screen import Screen
from ui.widgets.record_table import select_row

TIMEOUT = 10_000
HOA = "Phạm Thị Hoa"


def cells(model: QAbstractItemModel, columns: tuple[str, ...], column: str) -> list[str]:
    """The texts a person reads down one column."""
    c = columns.index(column)
    return [model.index(r, c).data() or "" for r in range(model.rowCount())]


def visit(qtbot, win: MainWindow, key: str) -> Screen:
    """Go to a screen that heard of a change while hidden: it reads as it comes up."""
    screen = win.get_screen(key)
    assert screen.is_stale()
    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        win.show_screen(key)
    assert not screen.is_stale()
    return screen


def the_only(windows: list, kind: type):
    found = [w for w in windows if isinstance(w, kind)]
    assert len(found) == 1
    return found[0]


@pytest.fixture
def win(qtbot, sqlite_db, seat_agent, shop, monkeypatch) -> MainWindow:
    """The agent's window, shown on Home, with every list read once."""
    window = MainWindow(sqlite_db, seat_agent, remember_state=False)
    qtbot.addWidget(window)
    monkeypatch.setattr(window, "confirm_discard", lambda _forms: True)  # closing at the end
    with qtbot.waitSignal(window.get_screen("home").loaded, timeout=TIMEOUT):
        window.show()
    for key in ("calls", "complaints", "claims", "customers"):
        with qtbot.waitSignal(window.get_screen(key).loaded, timeout=TIMEOUT):
            window.show_screen(key)
    return window


def test_what_the_agent_saves_reaches_every_screen_without_a_refresh(qtbot, win: MainWindow):
    home, customers = win.get_screen("home"), win.get_screen("customers")
    calls, complaints, claims = (win.get_screen(k) for k in ("calls", "complaints", "claims"))
    # The counter's one customer so far (Nguyễn Văn An); nothing else yet.
    assert home.customers_card.value_text() == "1"
    assert home.complaints_card.value_text() == "0"
    assert home.claims_card.value_text() == "0"
    assert home.model.rowCount() == 0
    assert customers.list_page.model.rowCount() == 1

    # 1. A new customer, from the customer list's own form.
    customers.list_page.new_button.click()
    dialog = customers.current_dialog()
    type_text(qtbot, dialog.full_name_edit, HOA)
    type_text(qtbot, dialog.phones.rows[0].number_edit, "0987 654 321")
    with qtbot.waitSignal(customers.profile_loaded, timeout=TIMEOUT) as opened:
        dialog.save_button.click()
    hoa_id = opened.args[0].header.id
    profile = customers.profile_page
    sections = profile.sections
    assert sections.tabText(0) == "History (0)"
    names = customers.list_page.model
    qtbot.waitUntil(lambda: HOA in cells(names, CUSTOMER_COLUMNS, "full_name"), timeout=TIMEOUT)
    visit(qtbot, win, "home")
    assert home.customers_card.value_text() == "2"
    win.show_screen("customers")  # her profile is still open

    # 2. A contact with her, from the profile's New contact.
    profile.actions.new_contact_button.click()
    form = the_only(win.contact_forms.open_forms(), ContactForm)
    qtbot.waitUntil(lambda: HOA in form.customer.name_label.text(), timeout=TIMEOUT)
    type_text(qtbot, form.notes_edit, "Khách hỏi giờ mở cửa của cửa hàng.")
    with qtbot.waitSignal(form.saved, timeout=TIMEOUT):
        form.save_button.click()
    # The profile on screen follows at once: one more line in her history.
    qtbot.waitUntil(lambda: sections.tabText(0) == "History (1)", timeout=TIMEOUT)
    today = contact_date(now_utc())

    def hoa_last_contact() -> str:
        # While the list reads its rows again they show as "Loading…" for a moment.
        rows = cells(names, CUSTOMER_COLUMNS, "full_name")
        dates = cells(names, CUSTOMER_COLUMNS, "last_contact")
        return dates[rows.index(HOA)] if HOA in rows else ""

    qtbot.waitUntil(lambda: hoa_last_contact() == today, timeout=TIMEOUT)
    visit(qtbot, win, "home")
    assert home.customers_card.value_text() == "2"
    assert cells(home.model, LATEST_COLUMNS, "customer") == [HOA]
    visit(qtbot, win, "calls")
    assert cells(calls.model, CALL_COLUMNS, "customer") == [HOA]
    win.show_screen("customers")

    # 3. A complaint, from the profile's New complaint.
    profile.actions.new_complaint_button.click()
    intake = the_only(win.complaint_windows.open_windows(), ComplaintForm)
    qtbot.waitUntil(lambda: intake.customer.customer_id() == hoa_id, timeout=TIMEOUT)
    type_text(qtbot, intake.description_edit, "Nhân viên hẹn giao hàng nhưng không đến.")
    with qtbot.waitSignal(intake.saved, timeout=TIMEOUT) as taken:
        intake.save_button.click()
    number = taken.args[0].number
    qtbot.waitUntil(lambda: sections.tabText(0) == "History (2)", timeout=TIMEOUT)
    visit(qtbot, win, "home")
    assert home.complaints_card.value_text() == "1"
    assert home.complaints_card.breakdown()["New"] == "1"
    visit(qtbot, win, "complaints")
    # Nobody's yet: it waits in the Unassigned queue, whose count went up.
    assert "Unassigned (1)" in [complaints.tabs.tabText(i) for i in range(complaints.tabs.count())]
    with qtbot.waitSignal(complaints.loaded, timeout=TIMEOUT):
        complaints.choose_queue("unassigned")
    assert cells(complaints.model, QUEUE_COLUMNS, "number") == [number]
    assert cells(complaints.model, QUEUE_COLUMNS, "customer") == [HOA]
    win.show_screen("customers")

    # 4. The TV she bought registered at the counter, then a warranty claim taken on it
    #    from her profile's purchases.
    win.register_purchase("SN55H0001", hoa_id)
    sale = the_only(win.claim_windows.open_windows(), PurchaseForm)
    with qtbot.waitSignal(sale.product.picker.searched, timeout=TIMEOUT):
        sale.product.picker.search_now("tivi sony")
    qtbot.waitUntil(lambda: sale.customer.customer() is not None, timeout=TIMEOUT)
    sale.price_spin.setValue(15_000_000)
    with qtbot.waitSignal(sale.saved, timeout=TIMEOUT):
        sale.save_button.click()
    qtbot.waitUntil(lambda: sections.tabText(1) == "Purchases (1)", timeout=TIMEOUT)
    sections.setCurrentWidget(sections.purchases)
    select_row(sections.purchases.table, 0)
    sections.claim_action.trigger()
    claim_form = the_only(win.claim_windows.open_windows(), ClaimForm)
    qtbot.waitUntil(lambda: "SN55H0001" in claim_form.unit_label.text(), timeout=TIMEOUT)
    type_text(qtbot, claim_form.fault_edit, "Tivi không lên hình, đèn nguồn nháy đỏ.")
    with qtbot.waitSignal(claim_form.saved, timeout=TIMEOUT) as received:
        claim_form.save_button.click()
    claim_number = received.args[0].number
    qtbot.waitUntil(lambda: sections.tabText(0) == "History (3)", timeout=TIMEOUT)
    visit(qtbot, win, "home")
    assert home.claims_card.value_text() == "1"
    assert home.complaints_card.value_text() == "1"
    assert home.customers_card.value_text() == "2"
    visit(qtbot, win, "claims")
    assert cells(claims.model, CLAIM_COLUMNS, "number") == [claim_number]
    assert cells(claims.model, CLAIM_COLUMNS, "customer") == [HOA]
    assert cells(claims.model, CLAIM_COLUMNS, "serial") == ["SN55H0001"]
