"""Admin screen: users and stores through dialogs that keep input and explain refusals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.access.stores import add_store, list_stores
from app.services.access.users import list_users, set_active, update_user
from tests.helpers_qt import type_text
from ui.admin import AdminScreen
from ui.admin.store_dialog import StoreDialog
from ui.admin.stores_model import StoresModel
from ui.admin.user_dialogs import ResetPasswordDialog, SetActiveDialog, UserDialog
from ui.admin.users_model import COLUMNS, UsersModel

TIMEOUT = 10_000


@pytest.fixture
def screen(qtbot, sqlite_db, seat_admin):
    def make(read_only: bool = False, actor=None) -> AdminScreen:
        page = AdminScreen(sqlite_db, actor or seat_admin, read_only)
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
            page.show()
        return page

    return make


def save(qtbot, dialog) -> None:
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)


def save_and_reload(qtbot, page: AdminScreen, dialog) -> None:
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        dialog.save_button.click()


def cell(model, row: int, column: str) -> str:
    return model.index(row, COLUMNS.index(column)).data()


def test_add_user_with_bad_input_shows_why_and_keeps_every_value(qtbot, screen):
    page = screen()
    dialog = page.users_tab.add()
    assert isinstance(dialog, UserDialog)
    qtbot.keyClicks(dialog.username_edit, "lan nguyen")
    type_text(qtbot, dialog.full_name_edit, "Nguyễn Thị Lan")
    qtbot.keyClicks(dialog.password_edit, "x")
    qtbot.keyClicks(dialog.again_edit, "x")

    save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.field_error("username") == (
        "A username cannot contain spaces: use a dot, as in lan.nguyen."
    )
    assert dialog.username_edit.hasFocus()
    assert dialog.username_edit.text() == "lan nguyen"
    assert dialog.full_name_edit.text() == "Nguyễn Thị Lan"
    assert dialog.password_edit.text() == "x"

    dialog.username_edit.setText("lan.nguyen")
    save(qtbot, dialog)
    assert dialog.field_error("username") == ""
    assert "too short" in dialog.field_error("password")
    assert dialog.full_name_edit.text() == "Nguyễn Thị Lan"
    assert page.users_tab.users_model.rowCount() == 1


def test_add_user_with_good_input_adds_and_selects_the_row(qtbot, screen):
    page = screen()
    dialog = page.users_tab.add()
    qtbot.keyClicks(dialog.username_edit, "lan.nguyen")
    type_text(qtbot, dialog.full_name_edit, "Nguyễn Thị Lan")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("supervisor"))
    assert dialog.tier_combo.currentData() == 2  # follows the role
    qtbot.keyClicks(dialog.password_edit, "mat-khau-lan")
    qtbot.keyClicks(dialog.again_edit, "mat-khau-lan")

    save_and_reload(qtbot, page, dialog)

    model = page.users_tab.users_model
    assert model.rowCount() == 2
    row = model.row_of(page.users_tab.selected_user().id)
    assert cell(model, row, "username") == "lan.nguyen"
    assert cell(model, row, "full_name") == "Nguyễn Thị Lan"
    assert cell(model, row, "role") == "Supervisor"
    assert cell(model, row, "tier") == "2 · Supervisor"
    assert cell(model, row, "status") == "Active"


def test_the_last_active_administrator_cannot_be_disabled(
    qtbot, sqlite_db, seat_admin, screen, add_actor
):
    # Two administrators disable each other from two seats: the second one is refused.
    minh = add_actor("minh.le", "Lê Văn Minh", "admin")
    page = screen(actor=minh)
    with sqlite_db.session_scope() as s:
        set_active(s, seat_admin, minh.user_id, False)
    tab = page.users_tab
    tab.select_id(seat_admin.user_id)
    assert tab.active_button.text() == "&Disable"

    dialog = tab.toggle_active()
    assert isinstance(dialog, SetActiveDialog)
    save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.banner_text() == (
        "Quản Trị Viên is the last active administrator: make another user administrator first."
    )
    assert cell(tab.users_model, tab.users_model.row_of(seat_admin.user_id), "status") == "Active"


def test_an_administrator_cannot_disable_or_demote_themselves_alone(qtbot, screen, seat_admin):
    page = screen()
    tab = page.users_tab
    tab.select_id(seat_admin.user_id)
    dialog = tab.toggle_active()
    save(qtbot, dialog)
    assert dialog.banner_text() == "You cannot disable your own account."
    dialog.reject()

    edit = tab.edit()
    edit.role_combo.setCurrentIndex(edit.role_combo.findData("agent"))
    save(qtbot, edit)
    assert "last active administrator" in edit.banner_text()
    assert edit.role_combo.currentData() == "agent"


def test_disable_and_enable_a_user(qtbot, screen, add_staff):
    add_staff("lan.nguyen", "Nguyễn Thị Lan")
    page = screen()
    tab = page.users_tab
    lan = next(u for u in tab.users_model.users() if u.username == "lan.nguyen")
    tab.select_id(lan.id)

    save_and_reload(qtbot, page, tab.toggle_active())
    row = tab.users_model.row_of(lan.id)
    assert cell(tab.users_model, row, "status") == "Disabled"
    assert tab.active_button.text() == "Ena&ble"

    save_and_reload(qtbot, page, tab.toggle_active())
    assert cell(tab.users_model, tab.users_model.row_of(lan.id), "status") == "Active"


def test_edit_changes_role_and_store(qtbot, sqlite_db, seat_admin, screen, add_staff):
    with sqlite_db.session_scope() as s:
        store = add_store(s, seat_admin, "HN01", "Cửa hàng Cầu Giấy")
    lan = add_staff("lan.nguyen", "Nguyễn Thị Lan")
    page = screen()
    tab = page.users_tab
    tab.select_id(lan.id)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = tab.current_dialog()
    assert isinstance(dialog, UserDialog)
    assert dialog.username_edit.isReadOnly()
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("supervisor"))
    dialog.store_combo.setCurrentIndex(dialog.store_combo.findData(store.id))

    save_and_reload(qtbot, page, dialog)

    row = tab.users_model.row_of(lan.id)
    assert cell(tab.users_model, row, "role") == "Supervisor"
    assert cell(tab.users_model, row, "store") == "HN01 · Cửa hàng Cầu Giấy"
    # An edit keeps the tier that was chosen; only a new user's tier follows the role.
    assert cell(tab.users_model, row, "tier") == "1 · Agent"


def test_a_change_made_elsewhere_is_reported_and_the_list_reloaded(
    qtbot, sqlite_db, seat_admin, screen, add_staff
):
    lan = add_staff("lan.nguyen", "Nguyễn Thị Lan")
    page = screen()
    page.users_tab.select_id(lan.id)
    dialog = page.users_tab.edit()
    dialog.full_name_edit.setFocus()
    dialog.full_name_edit.end(False)
    type_text(qtbot, dialog.full_name_edit, " (ca sáng)")
    with sqlite_db.session_scope() as s:
        update_user(s, seat_admin, lan.id, full_name="Nguyễn Thị Lan Anh")

    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        dialog.save_button.click()

    assert "Someone else changed" in dialog.banner_text()
    assert dialog.full_name_edit.text() == "Nguyễn Thị Lan (ca sáng)"
    row = page.users_tab.users_model.row_of(lan.id)
    assert cell(page.users_tab.users_model, row, "full_name") == "Nguyễn Thị Lan Anh"
    # Having seen it, Save applies the person's own change.
    save_and_reload(qtbot, page, dialog)
    with sqlite_db.session_scope() as s:
        names = {u.username: u.full_name for u in list_users(s)}
    assert names["lan.nguyen"] == "Nguyễn Thị Lan (ca sáng)"


def test_reset_password_wants_the_same_password_twice(qtbot, screen, add_staff):
    lan = add_staff("lan.nguyen", "Nguyễn Thị Lan")
    page = screen()
    page.users_tab.select_id(lan.id)
    dialog = page.users_tab.reset_password()
    assert isinstance(dialog, ResetPasswordDialog)
    qtbot.keyClicks(dialog.password_edit, "mat-khau-moi")
    qtbot.keyClicks(dialog.again_edit, "mat-khau-khac")
    save(qtbot, dialog)
    assert "not the same" in dialog.field_error("password_again")

    dialog.again_edit.setText("mat-khau-moi")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.save_button.click()


def test_add_and_edit_a_store(qtbot, screen):
    page = screen()
    tab = page.stores_tab
    page.tabs.setCurrentWidget(tab)
    qtbot.keyClick(tab.table, Qt.Key.Key_Insert)
    dialog = tab.current_dialog()
    assert isinstance(dialog, StoreDialog)
    qtbot.keyClicks(dialog.code_edit, "H")
    type_text(qtbot, dialog.name_edit, "Điện máy Sao Việt - Cầu Giấy")
    type_text(qtbot, dialog.address_edit, "123 Xuân Thủy")
    save(qtbot, dialog)
    assert "store code" in dialog.field_error("code")
    assert dialog.name_edit.text() == "Điện máy Sao Việt - Cầu Giấy"

    dialog.code_edit.setText("hn01")
    dialog.phone_edit.setText("12")
    save(qtbot, dialog)
    assert dialog.field_error("code") == ""
    assert dialog.field_error("phone") != ""

    dialog.phone_edit.setText("024 3826 1234")
    save_and_reload(qtbot, page, dialog)
    model = tab.stores_model
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in range(model.columnCount())] == [
        "HN01",
        "Điện máy Sao Việt - Cầu Giấy",
        "123 Xuân Thủy",
        "",
        "024 3826 1234",
        "Active",
    ]

    edit = tab.edit()
    edit.active_check.setChecked(False)
    save_and_reload(qtbot, page, edit)
    assert model.index(0, model.columnCount() - 1).data() == "Closed"


def test_buttons_name_their_keys(screen):
    tab = screen().users_tab
    assert "Ins" in tab.add_button.toolTip()
    assert "Ctrl+N" in tab.add_button.toolTip()
    assert "Enter" in tab.edit_button.toolTip()


def test_a_screenshot_window_opens_no_dialog(screen):
    tab = screen(read_only=True).users_tab
    assert tab.add() is None
    assert tab.current_dialog() is None


def test_table_models(qtmodeltester, sqlite_db, seat_admin, add_staff):
    add_staff("lan.nguyen", "Nguyễn Thị Lan")
    with sqlite_db.session_scope() as s:
        add_store(s, seat_admin, "HN01", "Cửa hàng Cầu Giấy", phone="024 3826 1234")
        users = list_users(s)
        stores = list_stores(s)
    users_model = UsersModel()
    users_model.set_users(users)
    qtmodeltester.check(users_model)
    stores_model = StoresModel()
    stores_model.set_stores(stores)
    qtmodeltester.check(stores_model)
    assert users_model.headerData(0, Qt.Orientation.Horizontal) == "Username"
    assert stores_model.index(0, 0).data(Qt.ItemDataRole.UserRole) == stores[0].id
