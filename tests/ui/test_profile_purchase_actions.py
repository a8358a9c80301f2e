"""From a customer's profile, a purchase row leads to its claim form and its warranty slip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ui.claims.claim_form import ClaimForm
from ui.main_window import MainWindow
from ui.slips.preview_dialog import SlipPreviewDialog
from ui.widgets.record_table import select_row

TIMEOUT = 10_000


@pytest.fixture
def window(qtbot, sqlite_db, seat_agent, monkeypatch):
    def make(read_only: bool = False) -> MainWindow:
        win = MainWindow(sqlite_db, seat_agent, remember_state=False, read_only=read_only)
        monkeypatch.setattr(win, "confirm_discard", lambda _forms: True)  # closing at the end
        qtbot.addWidget(win)
        win.show()
        return win

    return make


def _profile_with_purchase(qtbot, win: MainWindow, shop):
    customers = win.get_screen("customers")
    with qtbot.waitSignal(customers.profile_loaded, timeout=TIMEOUT):
        win.open_customer(shop.customer_id)
    sections = customers.profile_page.sections
    sections.setCurrentWidget(sections.purchases)
    select_row(sections.purchases.table, 0)
    return sections


def test_new_claim_on_a_purchase_opens_the_intake_for_that_unit(
    qtbot, sqlite_db, seat_agent, shop, window
):
    pid = shop.sell(sqlite_db, serial="SN55B0007", days_ago=40)
    win = window()
    sections = _profile_with_purchase(qtbot, win, shop)

    assert sections.selected_purchase_id() == pid
    assert [a.text() for a in sections.purchases.table.actions()] == [
        "New claim…",
        "Warranty slip…",
    ]
    sections.claim_action.trigger()
    forms = [w for w in win.claim_windows.open_windows() if isinstance(w, ClaimForm)]
    assert len(forms) == 1
    qtbot.waitUntil(lambda: "SN55B0007" in forms[0].unit_label.text(), timeout=TIMEOUT)
    assert "Nguyễn Văn An" in forms[0].unit_label.text()


def test_warranty_slip_on_a_purchase_opens_its_preview(qtbot, sqlite_db, seat_agent, shop, window):
    shop.sell(sqlite_db, serial="SN55B0008", days_ago=40)
    win = window()
    sections = _profile_with_purchase(qtbot, win, shop)

    sections.slip_action.trigger()
    previews = [w for w in win.claim_windows.open_windows() if isinstance(w, SlipPreviewDialog)]
    assert len(previews) == 1


def test_a_read_only_window_offers_no_purchase_actions(qtbot, sqlite_db, seat_agent, shop, window):
    shop.sell(sqlite_db, serial="SN55B0009", days_ago=40)
    win = window(read_only=True)
    sections = _profile_with_purchase(qtbot, win, shop)

    assert not any(a.isVisible() for a in sections.purchases.table.actions())
    index = sections.purchases.model.index(0, 0)
    sections.purchases.table.doubleClicked.emit(index)
    assert win.claim_windows.open_windows() == []
    assert sections.purchases.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
