"""Audit screen: newest first, filters, the full change of an entry, the record it names."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from app.models import Role
from app.services import audit
from app.services.access.users import set_active, update_user
from app.services.actor import Actor
from app.services.audit import AuditFilter
from app.services.complaints.complaint_actions import assign_complaint
from app.services.complaints.complaints import ComplaintInput, open_complaint
from app.services.customers.customers import CustomerInput, PhoneInput, create_customer
from app.services.settings import set_setting
from app.timeutil import local_date, now_utc, zone
from tests.ui.date_typing import enter_date, press
from ui.audit import AuditScreen
from ui.audit.audit_model import COLUMNS, AuditModel
from ui.main_window import MainWindow

TIMEOUT = 10_000


@pytest.fixture
def history(sqlite_db, seat_admin, add_staff):
    """create_first_admin, two users created, one renamed, one disabled, a demo load."""
    lan = add_staff("lan.nguyen", "Nguyễn Thị Lan")
    minh = add_staff("minh.le", "Lê Văn Minh", "supervisor")
    with sqlite_db.session_scope() as s:
        update_user(s, seat_admin, lan.id, full_name="Nguyễn Thị Lan Anh")
    with sqlite_db.session_scope() as s:
        set_active(s, seat_admin, minh.id, False)
    with sqlite_db.session_scope() as s:
        audit.record(s, Actor.os_user(), "database", "demo", "load_demo", None, {"customers": 20})
    return {"lan": lan, "minh": minh}


def column(model, row: int, name: str) -> str:
    return model.index(row, COLUMNS.index(name)).data()


def load(qtbot, page: AuditScreen) -> None:
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.show()


@pytest.fixture
def screen(qtbot, sqlite_db, seat_admin):
    def make(actor: Actor = seat_admin, can_open_admin: bool = True) -> AuditScreen:
        page = AuditScreen(sqlite_db, actor, can_open_admin)
        qtbot.addWidget(page)
        load(qtbot, page)
        return page

    return make


def test_entries_are_listed_newest_first(screen, history):
    page = screen()
    model = page.model

    assert model.rowCount() == model.total() == 6
    ids = [model.row_at(r).id for r in range(model.rowCount())]
    assert ids == sorted(ids, reverse=True)
    assert [column(model, r, "action") for r in range(3)] == [
        "Demo data loaded",
        "Disabled",
        "Changed",
    ]
    assert column(model, 0, "who").endswith("(command line)")
    assert column(model, 0, "entity") == "Database"
    assert column(model, 1, "entity") == "User"
    assert column(model, 1, "record") == "minh.le · Lê Văn Minh"
    assert column(model, 1, "changes") == "Active: Yes → No"
    assert column(model, 2, "changes") == "Full name: Nguyễn Thị Lan → Nguyễn Thị Lan Anh"
    local = model.row_at(1).at.astimezone(zone("Asia/Ho_Chi_Minh"))
    assert column(model, 1, "at") == local.strftime("%d/%m/%Y %H:%M")
    assert page.state_label.text() == "Entries: 6"


def test_filter_by_action(qtbot, screen, history):
    page = screen()
    combo = page.filters.action_combo
    assert combo.itemText(0) == "All actions"
    assert "Created" in [combo.itemText(i) for i in range(combo.count())]

    with qtbot.waitSignal(page.model.page_loaded, timeout=TIMEOUT) as loaded:
        page.filters.choose(combo, "create")

    assert loaded.args == [2]
    model = page.model
    assert [model.row_at(r).action for r in range(model.rowCount())] == ["create", "create"]
    # Records are named as they are now: Lan has been renamed since she was created.
    assert {column(model, r, "record") for r in range(2)} == {
        "lan.nguyen · Nguyễn Thị Lan Anh",
        "minh.le · Lê Văn Minh",
    }

    with qtbot.waitSignal(page.model.page_loaded, timeout=TIMEOUT):
        page.filters.clear_button.click()
    assert model.rowCount() == 6


def test_filter_by_who_and_by_days(qtbot, screen, history):
    page = screen()
    with qtbot.waitSignal(page.model.page_loaded, timeout=TIMEOUT):
        page.filters.choose(page.filters.who_combo, "admin")
    assert {page.model.row_at(r).actor for r in range(page.model.rowCount())} == {"admin"}

    yesterday = local_date(now_utc()) - timedelta(days=1)
    with qtbot.waitSignal(page.model.page_loaded, timeout=TIMEOUT):
        enter_date(qtbot, page.filters.to_edit, f"{yesterday.day}/{yesterday.month}/{yesterday:%y}")
    assert page.model.rowCount() == 0
    assert page.empty_label.isVisible()
    assert page.filters.to_edit.text() == f"{yesterday:%d/%m/%Y}"

    with qtbot.waitSignal(page.model.page_loaded, timeout=TIMEOUT):
        press(qtbot, page.filters.to_edit, Qt.Key.Key_Delete)  # empty again: no bound
    assert page.model.rowCount() > 0


def test_details_show_the_whole_change_of_the_selected_entry(screen, history):
    page = screen()
    assert page.details.rows() == [("Customers", "", "20")]  # the newest is selected
    page.table.selectRow(2)

    assert page.details.rows() == [("Full name", "Nguyễn Thị Lan", "Nguyễn Thị Lan Anh")]
    assert "Changed" in page.details.heading.text()
    assert "Quản Trị Viên (admin)" in page.details.heading.text()


def test_a_record_without_a_screen_cannot_be_opened(screen, history):
    page = screen()
    page.table.selectRow(0)  # the demo load: a database entry

    button = page.details.open_button
    assert not button.isEnabled()
    assert button.toolTip() == "CareDesk has no screen that shows database records."


def test_a_supervisor_sees_the_trail_but_not_the_admin_records(screen, history):
    minh = Actor(
        user_id=history["minh"].id,
        username="minh.le",
        full_name="Lê Văn Minh",
        role=Role.SUPERVISOR,
        tier=2,
    )
    page = screen(minh, can_open_admin=False)
    page.table.selectRow(1)

    assert page.model.rowCount() == 6
    assert not page.details.open_button.isEnabled()
    assert "only administrators" in page.details.open_button.toolTip()


def test_open_record_shows_the_user_on_the_admin_screen(qtbot, sqlite_db, seat_admin, history):
    win = MainWindow(sqlite_db, seat_admin, remember_state=False)
    qtbot.addWidget(win)
    page = win.get_screen("audit")
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        win.show_screen("audit")
        win.show()
    page.table.selectRow(2)  # Lan renamed
    assert page.details.open_button.isEnabled()

    admin = win.get_screen("admin")
    with qtbot.waitSignal(admin.loaded, timeout=TIMEOUT):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)

    assert win.current_screen_key() == "admin"
    assert admin.tabs.currentWidget() is admin.users_tab
    assert admin.users_tab.selected_user().id == history["lan"].id


def test_the_model_fetches_page_by_page(qtbot, qtmodeltester, sqlite_db, seat_admin, history):
    model = AuditModel(sqlite_db, seat_admin, page_size=4)
    with qtbot.waitSignal(model.page_loaded, timeout=TIMEOUT):
        model.set_filter(AuditFilter())
    assert (model.rowCount(), model.total()) == (4, 6)
    assert model.canFetchMore()

    with qtbot.waitSignal(model.rowsInserted, timeout=TIMEOUT):
        model.fetchMore()
    assert model.rowCount() == 6
    assert not model.canFetchMore()
    ids = [model.row_at(r).id for r in range(6)]
    assert ids == sorted(set(ids), reverse=True)
    qtmodeltester.check(model)


def test_open_record_of_a_setting_shows_the_settings_tab(qtbot, sqlite_db, seat_admin):
    with sqlite_db.session_scope() as s:
        set_setting(s, seat_admin, "session.idle_lock_minutes", 10)
    win = MainWindow(sqlite_db, seat_admin, remember_state=False)
    qtbot.addWidget(win)
    page = win.get_screen("audit")
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        win.show_screen("audit")
        win.show()
    assert page.selected_entry().entity == "setting"
    assert page.details.rows() == [("Value", "15", "10")]

    admin = win.get_screen("admin")
    with qtbot.waitSignal(admin.loaded, timeout=TIMEOUT):
        page.details.open_button.click()

    assert admin.tabs.currentWidget() is admin.settings_tab
    assert admin.settings_tab.idle_spin.value() == 10


def test_every_change_a_service_records_reads_as_words():
    from tests.unit.audit_cases import EXPECTED
    from ui.audit.audit_text import action_labels, entity_labels

    recorded = set(EXPECTED.values())
    assert {entity for entity, _, _ in recorded} - set(entity_labels()) == set()
    assert {action for _, action, _ in recorded} - set(action_labels()) == set()


# -- the trail in words ------------------------------------------------------------------------

# A complaint opened on 10 March 2026 (Hà Nội) takes the year's first number.
OPENED = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)
WORDS = ("who", "entity", "record", "action", "changes")


@pytest.fixture
def desk_day(sqlite_db, seat_admin, seat_agent):
    """Changes made at the desk: a customer, her complaint given to Yến, a setting."""
    with sqlite_db.session_scope() as s:
        lan = create_customer(
            s, seat_admin, CustomerInput("Nguyễn Thị Lan", phones=(PhoneInput("0903 123 456"),))
        )
    with sqlite_db.session_scope() as s:
        complaint = open_complaint(
            s, seat_admin, ComplaintInput(lan.id, "delivery", "Giao hàng trễ 3 ngày"), now=OPENED
        )
    with sqlite_db.session_scope() as s:
        assign_complaint(s, seat_admin, complaint.id, seat_agent.user_id)
    with sqlite_db.session_scope() as s:
        set_setting(s, seat_admin, "session.idle_lock_minutes", 10)


def words(model, rows: int) -> list[tuple[str, ...]]:
    return [tuple(column(model, r, name) for name in WORDS) for r in range(rows)]


def test_the_trail_names_records_and_people_in_words(screen, desk_day):
    page = screen()

    assert words(page.model, 4) == [
        (
            "Quản Trị Viên",
            "Setting",
            "Lock an idle seat after (minutes)",
            "Changed",
            "Value: 15 → 10",
        ),
        (
            "Quản Trị Viên",
            "Complaint",
            "KN-2026-000001",
            "Assigned",
            "Assigned to: – → Trần Thị Yến",
        ),
        (
            "Quản Trị Viên",
            "Complaint",
            "KN-2026-000001",
            "Created",
            "Number: KN-2026-000001; Customer: KH0000001 · Nguyễn Thị Lan; Category: Delivery; "
            "Severity: Normal; Priority: Normal",
        ),
        (
            "Quản Trị Viên",
            "Customer",
            "KH0000001 · Nguyễn Thị Lan",
            "Created",
            "Code: KH0000001; Full name: Nguyễn Thị Lan; Loyalty tier: Member; "
            "Agrees to offers: No; Phones: 0903 123 456 (Mobile, main)",
        ),
    ]
    assert page.model.index(0, COLUMNS.index("who")).data(Qt.ItemDataRole.ToolTipRole) == "admin"

    page.table.selectRow(1)
    assert page.details.rows() == [("Assigned to", "–", "Trần Thị Yến")]
    assert page.details.heading.text().endswith(
        "Quản Trị Viên (admin) · Assigned · Complaint KN-2026-000001"
    )
    who = page.filters.who_combo
    assert [who.itemText(i) for i in range(who.count())] == [
        "Everyone",
        "Quản Trị Viên (admin)",
    ]


def test_the_trail_reads_in_vietnamese(screen, desk_day, vietnamese):
    page = screen()

    assert words(page.model, 4) == [
        (
            "Quản Trị Viên",
            "Cài đặt",
            "Khoá máy khi không dùng sau (phút)",
            "Sửa",
            "Giá trị: 15 → 10",
        ),
        (
            "Quản Trị Viên",
            "Khiếu nại",
            "KN-2026-000001",
            "Giao việc",
            "Người phụ trách: – → Trần Thị Yến",
        ),
        (
            "Quản Trị Viên",
            "Khiếu nại",
            "KN-2026-000001",
            "Đã tạo",
            "Số: KN-2026-000001; Khách hàng: KH0000001 · Nguyễn Thị Lan; Danh mục: Giao hàng; "
            "Mức độ nghiêm trọng: Bình thường; Mức ưu tiên: Bình thường",
        ),
        (
            "Quản Trị Viên",
            "Khách hàng",
            "KH0000001 · Nguyễn Thị Lan",
            "Đã tạo",
            "Mã: KH0000001; Họ và tên: Nguyễn Thị Lan; Hạng thành viên: Thành viên; "
            "Đồng ý nhận khuyến mãi: Không; Số điện thoại: 0903 123 456 (Di động, số chính)",
        ),
    ]
    page.table.selectRow(1)
    assert page.details.rows() == [("Người phụ trách", "–", "Trần Thị Yến")]
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert headers == ["Thời gian", "Người làm", "Loại", "Bản ghi", "Thao tác", "Thay đổi"]


def test_a_record_that_is_gone_says_so(screen, sqlite_db, seat_admin):
    with sqlite_db.session_scope() as s:
        audit.record(
            s, seat_admin, "complaint", 424242, "assign", {"assignee_id": None}, {"assignee_id": 99}
        )
    page = screen()

    assert column(page.model, 0, "record") == "Complaint #424242 (no longer exists)"
    assert column(page.model, 0, "changes") == "Assigned to: – → User #99 (no longer exists)"


def test_an_unknown_field_reads_as_words_not_a_key(screen, sqlite_db, seat_admin):
    with sqlite_db.session_scope() as s:
        audit.record(
            s,
            seat_admin,
            "gadget",
            "7",
            "update",
            {"warranty_reason": "a"},
            {"warranty_reason": "b"},
        )
    page = screen()

    assert words(page.model, 1) == [
        ("Quản Trị Viên", "Gadget", "7", "Changed", "Warranty reason: a → b")
    ]
