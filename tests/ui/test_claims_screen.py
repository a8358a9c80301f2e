"""The Claims screen as a clerk uses it: the warranty check in its colours, an unknown
serial leading to registration, a purchase saved and then found, a claim taken in and
then listed, the list's filters and counts, and the screenshot."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.formatting import format_date
from app.services.claims.claim_list import ClaimFilter
from tests.helpers_qt import type_text
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.date_typing import type_date
from ui.app import save_screenshot
from ui.claims.claim_form import ClaimForm
from ui.claims.claim_list_model import ClaimListModel
from ui.claims.claims_screen import ClaimsScreen
from ui.claims.purchase_form import PurchaseForm
from ui.main_window import MainWindow
from ui.slips.preview_dialog import SlipPreviewDialog

TIMEOUT = 10_000
# Forms and previews are brought to the front, which the offscreen platform cannot do.
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, "This plugin does not support raise")


@pytest.fixture
def open_screen(qtbot, sqlite_db, seat_agent):
    def make() -> ClaimsScreen:
        screen = ClaimsScreen(sqlite_db, seat_agent)
        qtbot.addWidget(screen)
        with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
            screen.show()
        return screen

    return make


@pytest.fixture
def main_window(qtbot, sqlite_db, seat_agent, monkeypatch):
    window = MainWindow(sqlite_db, seat_agent, remember_state=False)
    qtbot.addWidget(window)
    monkeypatch.setattr(window, "confirm_discard", lambda _forms: True)
    window.show()
    screen = window.get_screen("claims")
    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        window.show_screen("claims")
    return window


def check(qtbot, screen: ClaimsScreen, text: str) -> tuple:
    with qtbot.waitSignal(screen.warranty.checked, timeout=TIMEOUT) as checked:
        type_text(qtbot, screen.warranty.edit, text)
        screen.warranty.check_button.click()
    return checked.args[0]


def windows_of(window: MainWindow, kind: type) -> list:
    return [w for w in window.claim_windows.open_windows() if isinstance(w, kind)]


def test_a_serial_in_warranty_shows_in_warranty_and_its_end_date(
    qtbot, sqlite_db, open_screen, seat_agent, shop
):
    shop.sell(sqlite_db, serial="SN55A0001", days_ago=100)
    screen = open_screen()
    [row] = check(qtbot, screen, "sn55a0001")  # any case
    [card] = screen.warranty.cards
    assert card.state_label.text() == "In warranty"
    assert card.state_label.property("tone") == "in_warranty"
    end = format_date(row.warranty_end)
    assert f"warranty until {end}" in card.details.text()
    assert f"({row.days_left:,} days left)" in card.details.text()
    assert "Nguyễn Văn An" in card.details.text() and "0912 345 678" in card.details.text()
    assert "Return window closed" in card.details.text()
    assert card.new_claim_button.isEnabled() and card.slip_button.isEnabled()


def test_ending_and_expired_warranties_read_as_such(
    qtbot, sqlite_db, open_screen, seat_agent, shop
):
    shop.sell(sqlite_db, serial="SN55END", days_ago=720)  # 24 months less ten days
    shop.sell(sqlite_db, serial="SN55OLD", days_ago=900)
    screen = open_screen()
    rows = check(qtbot, screen, "0912345678")  # the customer's phone finds both
    states = {c.row.serial_no: c.state_label.text() for c in screen.warranty.cards}
    assert len(rows) == 2
    assert states == {"SN55END": "Ending within 30 days", "SN55OLD": "Expired"}
    old = next(c for c in screen.warranty.cards if c.row.serial_no == "SN55OLD")
    assert "days ago)" in old.details.text()


def test_an_unknown_serial_offers_registration_prefilled(qtbot, main_window, shop):
    screen = main_window.get_screen("claims")
    assert check(qtbot, screen, "SN-CHUA-CO-9") == ()
    assert "Nothing is registered under “SN-CHUA-CO-9”" in screen.warranty.message_text()
    assert screen.warranty.register_button.hasFocus()  # Enter registers it
    screen.warranty.register_button.click()
    [form] = windows_of(main_window, PurchaseForm)
    assert form.serial_edit.text() == "SN-CHUA-CO-9"


def test_a_phone_number_is_not_offered_as_the_serial(qtbot, main_window, shop):
    screen = main_window.get_screen("claims")
    check(qtbot, screen, "0988 111 222")
    with qtbot.waitSignal(screen.register_purchase_requested) as asked:
        screen.warranty.register_button.click()
    assert asked.args == [""]


def test_a_purchase_saved_shows_in_the_check_and_its_slip_opens(
    qtbot, sqlite_db, main_window, shop
):
    screen = main_window.get_screen("claims")
    check(qtbot, screen, "SN55NEW1")
    screen.warranty.register_button.click()
    [form] = windows_of(main_window, PurchaseForm)
    form.customer.set_customer(shop.customer_id)
    with qtbot.waitSignal(form.product.picker.searched, timeout=TIMEOUT):
        form.product.picker.search_now("TV-55")
    type_date(qtbot, form.purchase_date, f"{shop.today - timedelta(days=2):%d/%m/%Y}")
    with qtbot.waitSignal(screen.warranty.checked, timeout=TIMEOUT) as checked:
        form.save_button.click()
    [row] = checked.args[0]
    assert row.serial_no == "SN55NEW1" and row.state == "in_warranty"
    assert screen.warranty.cards[0].state_label.text() == "In warranty"
    assert "Return window open: 13 days left" in screen.warranty.cards[0].details.text()
    [preview] = windows_of(main_window, SlipPreviewDialog)
    qtbot.waitUntil(lambda: preview.slip is not None, timeout=TIMEOUT)
    assert preview.slip.kind == "warranty" and preview.slip.number.startswith("PBH-")


def test_a_claim_taken_in_appears_in_the_list(qtbot, sqlite_db, main_window, seat_agent, shop):
    shop.sell(sqlite_db, serial="SN55A0002", days_ago=100)
    screen = main_window.get_screen("claims")
    assert screen.model.rowCount() == 0
    assert "No claims yet" in screen.empty_label.text()
    check(qtbot, screen, "SN55A0002")
    screen.warranty.cards[0].new_claim_button.click()
    [form] = windows_of(main_window, ClaimForm)
    assert form.row is not None and form.row.serial_no == "SN55A0002"
    type_text(qtbot, form.fault_edit, "Không lên hình")
    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        form.save_button.click()
    assert screen.model.rowCount() == 1
    assert screen.model.text(0, "serial") == "SN55A0002"
    assert screen.model.text(0, "status") == "Received"
    assert screen.model.text(0, "warranty") == "In warranty"
    assert screen.tabs.tabText(1) == "In progress (1)"
    [preview] = windows_of(main_window, SlipPreviewDialog)  # the receipt to hand over
    qtbot.waitUntil(lambda: preview.slip is not None, timeout=TIMEOUT)
    assert preview.slip.kind == "claim"
    # The unit is in a claim now: the check says so and offers that claim instead.
    check(qtbot, screen, "")  # clears the field, then types nothing
    screen.warranty.edit.clear()
    check(qtbot, screen, "SN55A0002")
    card = screen.warranty.cards[0]
    assert not card.new_claim_button.isEnabled()
    assert card.claim_button is not None and "YC-" in card.claim_button.text()
    with qtbot.waitSignal(screen.model.first_page_loaded, timeout=TIMEOUT):
        card.claim_button.click()
    assert screen.filters.search_edit.text() == card.row.open_claim_number


def test_the_list_filters_and_counts(qtbot, sqlite_db, open_screen, seat_agent, shop):
    first = shop.take_in(
        sqlite_db,
        shop.sell(sqlite_db, serial="SN55L1", days_ago=5),
        kind="return",
        fault_description="Đổi ý",
    )
    shop.take_in(sqlite_db, shop.sell(sqlite_db, serial="SN55L2"))
    screen = open_screen()
    assert screen.model.rowCount() == 2
    assert [screen.tabs.tabText(i) for i in range(4)] == [
        "All (2)",
        "In progress (2)",
        "To hand back (0)",
        "Closed (0)",
    ]
    with qtbot.waitSignal(screen.model.first_page_loaded, timeout=TIMEOUT):
        screen.filters.choose(screen.filters.kind_combo, "return")
    assert [r.number for r in screen.model.rows()] == [first.number]
    with qtbot.waitSignal(screen.model.first_page_loaded, timeout=TIMEOUT):
        screen.choose_group("closed")
    assert screen.model.rowCount() == 0
    assert screen.empty_label.text() == "No claims match these filters."
    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        screen.filters.clear()
    with qtbot.waitSignal(screen.model.first_page_loaded, timeout=TIMEOUT):
        screen.choose_group(None)
    with qtbot.waitSignal(screen.model.first_page_loaded, timeout=TIMEOUT):
        type_text(qtbot, screen.filters.search_edit, "SN55L2")
    assert [r.serial_no for r in screen.model.rows()] == ["SN55L2"]


def test_a_row_opens_its_claim(qtbot, sqlite_db, main_window, seat_agent, shop):
    claim = shop.take_in(sqlite_db, shop.sell(sqlite_db, serial="SN55O1"))
    screen = main_window.get_screen("claims")
    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        screen.refresh()
    with qtbot.waitSignal(screen.open_claim_requested) as opened:
        screen.table.activated.emit(screen.model.index(0, 0))
    assert opened.args == [claim.id]
    [dialog] = [
        w for w in main_window.claim_windows.open_windows() if w.objectName() == "ClaimDialog"
    ]
    assert dialog.claim_id == claim.id


def test_the_claim_list_model_reads_pages_as_it_scrolls(
    qtbot, qtmodeltester, sqlite_db, seat_agent, shop
):
    for n in range(5):
        shop.take_in(sqlite_db, shop.sell(sqlite_db, serial=f"SN55M{n}"))
    model = ClaimListModel(sqlite_db, page_size=2)
    with qtbot.waitSignal(model.first_page_loaded, timeout=TIMEOUT):
        model.set_filter(ClaimFilter())
    assert model.rowCount() == 2 and model.canFetchMore()
    qtmodeltester.check(model)  # which may ask for the next page itself
    qtbot.waitUntil(lambda: not model.is_loading(), timeout=TIMEOUT)
    while model.canFetchMore():
        with qtbot.waitSignal(model.page_loaded, timeout=TIMEOUT):
            model.fetchMore()
    numbers = [r.number for r in model.rows()]
    assert len(numbers) == 5 and numbers == sorted(numbers, reverse=True)  # newest first


def test_a_screenshot_of_the_claims_screen(sqlite_db, seat_admin, seat_agent, shop, tmp_path):
    shop.take_in(sqlite_db, shop.sell(sqlite_db, serial="SN55Z1"))
    target = tmp_path / "claims.png"
    assert save_screenshot(sqlite_db, "claims", target) == 0
    assert target.stat().st_size > 10_000
