"""Admin > Settings: every shared setting, the loyalty tiers included, saved together."""

from __future__ import annotations

import dataclasses
import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QCheckBox, QPlainTextEdit

from app.services.settings import SETTINGS, get_setting
from app.services.settings_store import SettingDef
from tests.helpers_qt import type_text
from ui.admin import AdminScreen

TIMEOUT = 10_000


@pytest.fixture
def screen(qtbot, sqlite_db, seat_admin):
    def make(read_only: bool = False, actor=None) -> AdminScreen:
        page = AdminScreen(sqlite_db, actor or seat_admin, read_only)
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
            page.show()
        page.tabs.setCurrentWidget(page.settings_tab)
        return page

    return make


def stored(sqlite_db, key: str) -> object:
    with sqlite_db.session_scope() as s:
        return get_setting(s, key)


def retype(qtbot, editor, text: str) -> None:
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    type_text(qtbot, editor, text)
    editor.editingFinished.emit()


def save_and_wait(qtbot, tab) -> None:
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.save_button.isEnabled() and tab.message() != "", timeout=TIMEOUT)


def test_the_tab_shows_every_setting_and_the_thresholds_of_the_chosen_basis(screen):
    tab = screen().settings_tab
    assert set(tab.editors) == set(SETTINGS)
    basis = tab.editors["loyalty.basis"]
    assert [basis.itemText(i) for i in range(basis.count())] == ["Yearly spend", "Points"]
    assert basis.currentData() == "spend"
    assert tab.editors["loyalty.spend.silver"].text() == "15,000,000 ₫"
    assert tab.is_row_shown("loyalty.spend.vip")
    assert not tab.is_row_shown("loyalty.points.vip")
    basis.setCurrentIndex(basis.findData("points"))
    assert tab.is_row_shown("loyalty.points.vip")
    assert not tab.is_row_shown("loyalty.spend.vip")
    assert tab.editors["loyalty.points.gold"].value() == 300
    assert tab.is_row_shown("session.idle_lock_minutes")


def test_changed_thresholds_and_basis_are_stored(qtbot, sqlite_db, screen):
    tab = screen().settings_tab
    retype(qtbot, tab.editors["loyalty.spend.gold"], "35000000")
    assert tab.editors["loyalty.spend.gold"].text() == "35,000,000 ₫"
    basis = tab.editors["loyalty.basis"]
    basis.setCurrentIndex(basis.findData("points"))
    tab.editors["loyalty.points.vip"].setValue(1200)
    save_and_wait(qtbot, tab)
    assert tab.message() == "Saved."
    assert stored(sqlite_db, "loyalty.spend.gold") == 35_000_000
    assert stored(sqlite_db, "loyalty.points.vip") == 1200
    assert stored(sqlite_db, "loyalty.basis") == "points"
    assert stored(sqlite_db, "session.idle_lock_minutes") == 15
    assert tab.changes() == {}


def test_a_value_the_service_refuses_is_named_next_to_its_field_and_kept(
    qtbot, sqlite_db, screen, monkeypatch
):
    tab = screen().settings_tab
    # The service has the last word on limits (a newer seat may have lowered one).
    strict = dataclasses.replace(SETTINGS["loyalty.spend.vip"], maximum=50_000_000)
    monkeypatch.setitem(SETTINGS, "loyalty.spend.vip", strict)
    tab.editors["loyalty.spend.gold"].setValue(31_000_000)
    tab.editors["loyalty.spend.vip"].setValue(80_000_000)
    save_and_wait(qtbot, tab)
    assert "VIP from" in tab.field_error("loyalty.spend.vip")
    assert "from 0 to 50000000" in tab.field_error("loyalty.spend.vip")
    assert tab.message().startswith("Nothing was saved.")
    assert tab.editors["loyalty.spend.vip"].value() == 80_000_000
    assert tab.editors["loyalty.spend.gold"].value() == 31_000_000
    assert stored(sqlite_db, "loyalty.spend.gold") == 30_000_000  # all or nothing
    monkeypatch.undo()
    save_and_wait(qtbot, tab)
    assert tab.message() == "Saved."
    assert tab.field_error("loyalty.spend.vip") == ""
    assert stored(sqlite_db, "loyalty.spend.vip") == 80_000_000


def test_an_agent_cannot_save_settings(qtbot, sqlite_db, screen, add_actor):
    tab = screen(actor=add_actor("minh.le", "Lê Văn Minh")).settings_tab
    tab.editors["loyalty.points.silver"].setValue(200)
    save_and_wait(qtbot, tab)
    assert "administrator" in tab.message().lower()
    assert tab.editors["loyalty.points.silver"].value() == 200
    assert stored(sqlite_db, "loyalty.points.silver") == 150


def test_a_screenshot_window_saves_nothing(qtbot, sqlite_db, screen):
    tab = screen(read_only=True).settings_tab
    tab.editors["loyalty.spend.silver"].setValue(16_000_000)
    tab.save_button.click()
    qtbot.wait(100)
    assert tab.message() == ""
    assert stored(sqlite_db, "loyalty.spend.silver") == 15_000_000


def test_nothing_changed_says_so(qtbot, screen):
    tab = screen().settings_tab
    tab.save_button.click()
    assert tab.message() == "Nothing to save: no setting was changed."


def test_vietnamese_labels(qtbot, vietnamese, screen):
    tab = screen().settings_tab
    basis = tab.editors["loyalty.basis"]
    assert [basis.itemText(i) for i in range(basis.count())] == ["Chi tiêu trong năm", "Điểm"]
    assert tab.editors["loyalty.spend.silver"].text() == "15.000.000 ₫"


def test_slip_terms_are_edited_as_several_lines_and_stored(qtbot, sqlite_db, screen):
    tab = screen().settings_tab
    terms = tab.editors["slip.terms.warranty"]
    assert isinstance(terms, QPlainTextEdit)
    assert terms.toPlainText().startswith("1. Sản phẩm được bảo hành miễn phí")
    assert tab.editors["slip.terms.complaint"].toPlainText().count("\n") == 2
    terms.setPlainText("1. Bảo hành 12 tháng tại cửa hàng.\n")
    terms.moveCursor(QTextCursor.MoveOperation.End)
    # Typed the way some keyboards send it: letters and their marks apart.
    type_text(qtbot, terms, unicodedata.normalize("NFD", "2. Đổi mới trong 7 ngày nếu lỗi."))
    save_and_wait(qtbot, tab)
    assert tab.message() == "Saved."
    assert stored(sqlite_db, "slip.terms.warranty") == (
        "1. Bảo hành 12 tháng tại cửa hàng.\n2. Đổi mới trong 7 ngày nếu lỗi."
    )


def test_the_slip_paper_is_chosen_by_name(qtbot, sqlite_db, screen):
    tab = screen().settings_tab
    layout = tab.editors["slip.layout"]
    assert [layout.itemText(i) for i in range(layout.count())] == ["A5 sheet", "80 mm receipt roll"]
    layout.setCurrentIndex(layout.findData("thermal80"))
    save_and_wait(qtbot, tab)
    assert stored(sqlite_db, "slip.layout") == "thermal80"


def test_an_on_off_setting_is_a_checkbox(qtbot, sqlite_db, screen, monkeypatch):
    from ui.admin import settings_tab

    key = "slip.print_qr_code"
    monkeypatch.setitem(SETTINGS, key, SettingDef(key, bool, False))
    names = settings_tab.label
    monkeypatch.setattr(
        settings_tab, "label", lambda k: "Print a QR code" if k == key else names(k)
    )
    tab = screen().settings_tab
    box = tab.editors[key]
    assert isinstance(box, QCheckBox) and not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert tab.changes() == {key: True}
    save_and_wait(qtbot, tab)
    assert tab.message() == "Saved."
    assert stored(sqlite_db, key) is True
    assert tab.changes() == {}
