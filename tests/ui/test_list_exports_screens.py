"""Each list screen's Export writes what the screen shows at that moment: the complaints
of the queue under its filters, the claims of the filter, the reminders of the tab and
scope, the audit entries of the filters, in the screen's order."""

from __future__ import annotations

import pytest

from app.models import Severity
from tests.ui.export_files import TIMEOUT, csv_rows, export, xlsx_rows
from ui.audit import AuditScreen
from ui.claims.claims_screen import ClaimsScreen
from ui.complaints.complaints_screen import ComplaintsScreen
from ui.reminders.reminders_screen import RemindersScreen


def opened(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1280, 760)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.show()
    return page


def reload_by(qtbot, page, change) -> None:
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        change()


def test_complaints_export_the_queue_under_its_filter(
    qtbot, sqlite_db, seat_agent, add_complaints, tmp_path
):
    mine = {"assignee_id": seat_agent.user_id}
    add_complaints(1, customer_name="Lê Văn Bình", priority=Severity.HIGH, **mine)
    add_complaints(1, start=2, **mine)
    page = opened(qtbot, ComplaintsScreen(sqlite_db, seat_agent))
    assert page.current_queue() == "mine" and page.model.rowCount() == 2
    reload_by(qtbot, page, lambda: page.filters.choose(page.filters.priority_combo, "high"))
    path = tmp_path / "complaints.csv"

    assert export(qtbot, page.exporter, path) == 1

    headers = ("Number", "Customer", "Category", "Priority", "Status", "Assignee", "SLA")
    assert csv_rows(path, *headers) == [
        ("KN-2026-000001", "Lê Văn Bình", "Delivery", "High", "New", "Trần Thị Yến", "On track")
    ]


def test_claims_export_the_list_under_its_filter(qtbot, sqlite_db, seat_agent, shop, tmp_path):
    returned = shop.take_in(
        sqlite_db,
        shop.sell(sqlite_db, serial="SN55L1", days_ago=5),
        kind="return",
        fault_description="Đổi ý",
    )
    shop.take_in(sqlite_db, shop.sell(sqlite_db, serial="SN55L2"))
    page = opened(qtbot, ClaimsScreen(sqlite_db, seat_agent))
    assert page.model.rowCount() == 2
    with qtbot.waitSignal(page.model.first_page_loaded, timeout=TIMEOUT):
        page.filters.choose(page.filters.kind_combo, "return")
    path = tmp_path / "claims.xlsx"

    assert export(qtbot, page.exporter, path) == 1

    headers = ("Number", "Customer", "Phone", "Serial", "Kind", "Price paid", "Fault as described")
    assert xlsx_rows(path, *headers) == [
        (
            returned.number,
            "Nguyễn Văn An",
            "0912 345 678",
            "SN55L1",
            "Return and refund",
            15_000_000,
            "Đổi ý",
        )
    ]


def test_reminders_export_the_tab_and_scope_shown(qtbot, sqlite_db, seat_agent, inbox, tmp_path):
    page = opened(qtbot, RemindersScreen(sqlite_db, seat_agent))
    reload_by(qtbot, page, lambda: page.choose_tab("today"))
    headers = ("Kind", "Customer", "Phone", "Reason", "Assignee", "Status")

    mine = tmp_path / "mine.csv"
    assert export(qtbot, page.exporter, mine) == 2
    assert csv_rows(mine, *headers) == [  # soonest due first
        (
            "Promised callback",
            "Nguyễn Thị Đào",
            "0903 123 456",
            "Hỏi thăm",
            "Trần Thị Yến",
            "To do",
        ),
        (
            "Birthday",
            "Nguyễn Thị Đào",
            "0903 123 456",
            "Chúc mừng sinh nhật",
            "Trần Thị Yến",
            "To do",
        ),
    ]

    reload_by(qtbot, page, lambda: page.choose_scope("pool"))
    pool = tmp_path / "pool.csv"
    assert export(qtbot, page.exporter, pool) == 1
    assert csv_rows(pool, *headers) == [
        (
            "After a purchase",
            "Nguyễn Thị Đào",
            "0903 123 456",
            "Hỏi thăm sau mua hàng",
            "Shared pool",
            "To do",
        )
    ]


@pytest.fixture
def two_customers(seat_admin, seat_agent, add_customer):
    """Đào added by the administrator, Hùng by the agent Trần Thị Yến."""
    add_customer("Nguyễn Thị Đào", "0912 345 678")
    return add_customer("Lê Văn Hùng", "0903 111 222", actor=seat_agent)


def test_the_audit_trail_exports_the_entries_its_filters_keep(
    qtbot, sqlite_db, seat_admin, two_customers, tmp_path
):
    hung = two_customers
    page = opened(qtbot, AuditScreen(sqlite_db, seat_admin))
    filters = page.filters
    reload_by(qtbot, page, lambda: filters.choose(filters.entity_combo, "customer"))
    assert page.model.total() == 2
    reload_by(qtbot, page, lambda: filters.choose(filters.who_combo, "yen.tran"))
    assert page.model.total() == 1
    path = tmp_path / "audit.csv"

    assert export(qtbot, page.exporter, path) == 1

    headers = ("Who", "Username", "Type", "Record", "Record id", "Action")
    assert csv_rows(path, *headers) == [
        (
            "Trần Thị Yến",
            "yen.tran",
            "Customer",
            f"{hung.code} · Lê Văn Hùng",
            str(hung.id),
            "Created",
        )
    ]
