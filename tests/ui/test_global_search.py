"""The global search: Ctrl+F from anywhere, results as you type, Enter opens the profile."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.models import Customer
from app.services.customers.customer_search import search_customers
from app.timeutil import now_utc, zone
from tests.factories import make_store
from tests.helpers_qt import type_text
from ui.customers import CustomersScreen
from ui.main_window import MainWindow
from ui.search.search_results_model import COLUMNS, SearchResultsModel
from ui.search.search_runner import SearchRunner

TIMEOUT = 10_000


@pytest.fixture
def people(sqlite_db, add_customer):
    with sqlite_db.session_scope() as s:
        store = make_store(s, "HCM01", "Cửa hàng Quận 1", province="TP. Hồ Chí Minh").id
    dao = add_customer("Nguyễn Thị Đào", "0912 345 678", store_id=store)
    hung = add_customer("Lê Văn Hùng", "0903 111 222", "0283 823 4567")
    anh = add_customer("Phạm Ngọc Ánh", "0987 000 111")
    now = now_utc()
    with sqlite_db.session_scope() as s:  # when each was last contacted: the empty search's order
        s.get(Customer, hung.id).last_contact_at = now - timedelta(hours=1)
        s.get(Customer, dao.id).last_contact_at = now - timedelta(days=2)
    return {"dao": dao, "hung": hung, "anh": anh}


@pytest.fixture
def window(qtbot, sqlite_db, seat_admin):
    win = MainWindow(sqlite_db, seat_admin, remember_state=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def search_for(qtbot, win: MainWindow, text: str) -> list:
    """Type `text` into the search field as a person would; the hits shown for it."""
    win.search.focus_search()
    win.search.edit.clear()
    with qtbot.waitSignal(
        win.search.runner.results,
        timeout=TIMEOUT,
        check_params_cb=lambda query, _hits: query == text,
    ) as shown:
        type_text(qtbot, win.search.edit, text)
    return shown.args[1]


def cell(model: SearchResultsModel, row: int, column: str) -> str:
    return model.index(row, COLUMNS.index(column)).data()


def test_an_accent_free_name_finds_the_customer_and_enter_opens_the_profile(qtbot, window, people):
    hits = search_for(qtbot, window, "nguyen thi dao")

    assert [h.full_name for h in hits] == ["Nguyễn Thị Đào"]
    popup = window.search.popup
    assert popup.isVisible()
    assert popup.state_label.text() == "Customers found: 1"
    model = popup.model
    assert cell(model, 0, "full_name") == "Nguyễn Thị Đào"
    assert cell(model, 0, "phone") == "0912 345 678"
    assert cell(model, 0, "tier") == "Member"
    assert cell(model, 0, "store") == "HCM01"
    two_days_ago = (now_utc() - timedelta(days=2)).astimezone(zone("Asia/Ho_Chi_Minh"))
    assert cell(model, 0, "last_contact") == two_days_ago.strftime("%d/%m/%Y")
    assert cell(model, 0, "complaints") == "0"
    assert cell(model, 0, "matched") == "Name"

    screen = window.get_screen("customers")
    assert isinstance(screen, CustomersScreen)
    with qtbot.waitSignal(screen.profile_loaded, timeout=TIMEOUT) as opened:
        qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)

    assert opened.args[0].header.id == people["dao"].id
    assert window.current_screen_key() == "customers"
    assert screen.showing_profile()
    assert not popup.isVisible()
    assert screen.profile_page.header.name_label.text() == "Nguyễn Thị Đào"


def test_a_phone_in_another_format_and_the_last_digits_find_the_customer(qtbot, window, people):
    hits = search_for(qtbot, window, "+84 903111222")
    assert [h.full_name for h in hits] == ["Lê Văn Hùng"]
    assert cell(window.search.popup.model, 0, "matched") == "Phone number"
    assert "(+1)" in cell(window.search.popup.model, 0, "phone")

    hits = search_for(qtbot, window, "0111")
    assert [h.full_name for h in hits] == ["Phạm Ngọc Ánh"]
    assert cell(window.search.popup.model, 0, "matched") == "Last digits of a phone"

    # The number that matched is the one shown, also when it is not the primary one.
    hits = search_for(qtbot, window, "4567")
    assert [h.full_name for h in hits] == ["Lê Văn Hùng"]
    assert cell(window.search.popup.model, 0, "phone") == "028 3823 4567 (+1)"


def test_down_moves_through_the_results_and_enter_opens_the_selected_one(qtbot, window, people):
    hits = search_for(qtbot, window, "n")  # Nguyễn Thị Đào, Phạm Ngọc Ánh (Ngọc)
    assert {h.full_name for h in hits} == {"Nguyễn Thị Đào", "Phạm Ngọc Ánh"}
    popup = window.search.popup
    assert popup.current_row() == 0

    qtbot.keyClick(window.search.edit, Qt.Key.Key_Down)
    assert popup.current_row() == 1
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Down)  # stays on the last one
    assert popup.current_row() == 1
    assert window.search.edit.hasFocus()  # typing goes on while choosing

    screen = window.get_screen("customers")
    with qtbot.waitSignal(screen.profile_loaded, timeout=TIMEOUT) as opened:
        qtbot.keyClick(window.search.edit, Qt.Key.Key_Enter)
    assert opened.args[0].header.id == hits[1].id


def test_esc_closes_the_list_and_a_double_click_opens(qtbot, window, people):
    search_for(qtbot, window, "hung")
    popup = window.search.popup
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert window.search.edit.text() == "hung"

    qtbot.keyClick(window.search.edit, Qt.Key.Key_Down)  # opens the list again
    assert popup.isVisible()
    screen = window.get_screen("customers")
    index = popup.model.index(0, 0)
    with qtbot.waitSignal(screen.profile_loaded, timeout=TIMEOUT) as opened:
        popup.table.doubleClicked.emit(index)
    assert opened.args[0].header.full_name == "Lê Văn Hùng"


def test_ctrl_f_focuses_the_search_from_another_screen_and_shows_recent_customers(
    qtbot, window, people
):
    window.show_screen("audit")
    window.get_screen("audit").setFocus()
    assert not window.search.edit.hasFocus()
    assert "Ctrl+F" in window.search.edit.placeholderText()
    assert "F3" in window.search.edit.toolTip()

    with qtbot.waitSignal(window.search.runner.results, timeout=TIMEOUT) as shown:
        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)

    assert window.search.edit.hasFocus()
    assert window.current_screen_key() == "audit"  # the screen stays until a customer opens
    query, hits = shown.args
    assert query == ""
    # Recently contacted first, newest contact first, then the never contacted.
    assert [h.full_name for h in hits] == ["Lê Văn Hùng", "Nguyễn Thị Đào", "Phạm Ngọc Ánh"]
    assert window.search.popup.state_label.text() == "Recent customers: type to search"

    qtbot.keyClick(window.search.edit, Qt.Key.Key_Escape)
    window.get_screen("audit").setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.search.edit.hasFocus()


@pytest.mark.parametrize(
    "text", ["x" * 1000, "😀😀", "%", "_", "%_%", "   ", "!!!", "0912 abc 678"]
)
def test_odd_input_never_crashes_and_says_what_it_found(qtbot, window, people, text):
    win = window
    win.search.focus_search()
    win.search.edit.setText(text)
    with qtbot.waitSignal(win.search.runner.results, timeout=TIMEOUT) as shown:
        win.search.edit.textEdited.emit(text)

    query, hits = shown.args
    assert len(query) <= 200
    state = win.search.popup.state_label.text()
    if hits:
        assert state.startswith(("Customers found", "Recent customers"))
    else:
        assert state.startswith("No customer matches “")
        assert len(state) < 80  # a long query is shortened in the sentence


def test_an_answer_to_an_older_query_is_never_shown(qtbot, sqlite_db):
    release = threading.Event()
    asked: list[str] = []

    def slow_search(_session, query, limit):
        asked.append(query)
        if query == "ng":
            release.wait(5)  # the answer to "ng" arrives after the one to "nguyen"
        return [query]

    runner = SearchRunner(sqlite_db, search=slow_search, pause_ms=10)
    results = []
    runner.results.connect(lambda query, hits: results.append(query))
    runner.run_now("ng")
    with qtbot.waitSignal(runner.results, timeout=TIMEOUT):
        runner.run_now("nguyen")
    release.set()
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=TIMEOUT)
    qtbot.wait(200)

    assert results == ["nguyen"]
    assert not runner.is_busy()


def test_typing_is_debounced_into_one_query(qtbot, sqlite_db):
    asked: list[str] = []

    def search(_session, query, limit):
        asked.append(query)
        return []

    runner = SearchRunner(sqlite_db, search=search, pause_ms=150)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.textEdited.connect(runner.schedule)
    with qtbot.waitSignal(runner.results, timeout=TIMEOUT) as shown:
        type_text(qtbot, edit, "nguyễn")

    assert shown.args[0] == "nguyễn"
    assert asked == ["nguyễn"]


def test_the_results_model_passes_qt_checks(qtmodeltester, qtbot, sqlite_db, people):
    model = SearchResultsModel()
    qtmodeltester.check(model)
    with sqlite_db.session_scope() as s:
        model.set_hits(search_customers(s, ""))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == people["hung"].id


def test_new_customer_from_the_search_is_prefilled_with_the_number(qtbot, window, people):
    search_for(qtbot, window, "0978 123 456")
    assert window.search.popup.state_label.text() == "No customer matches “0978 123 456”."

    qtbot.keyClick(window.search.edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    dialog = window.get_screen("customers").current_dialog()
    assert dialog is not None and dialog.isVisible()
    assert dialog.phones.rows[0].number_edit.text() == "0978 123 456"
    assert dialog.full_name_edit.text() == ""
    dialog.reject()


def test_an_audit_entry_about_a_customer_opens_the_profile(qtbot, window, people):
    audit = window.get_screen("audit")
    window.show_screen("audit")
    qtbot.waitUntil(lambda: not audit.is_loading(), timeout=TIMEOUT)
    entry = next(r for r in audit.model.rows() if r.entity == "customer")
    assert audit.cannot_open_reason(entry) is None

    screen = window.get_screen("customers")
    with qtbot.waitSignal(screen.profile_loaded, timeout=TIMEOUT) as opened:
        window.open_record(entry.entity, entry.entity_id)
    assert str(opened.args[0].header.id) == entry.entity_id
    assert window.current_screen_key() == "customers"
