"""The Complaints screen: queue tabs with counts, filters, colours, opening a complaint."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from app.models import Complaint, Severity, SlaState
from app.services.actor import Actor
from tests.factories import make_product, make_purchase, make_store
from ui.complaints.complaint_queue_model import COLUMNS
from ui.complaints.complaints_screen import ComplaintsScreen

TIMEOUT = 10_000


@pytest.fixture
def queues(sqlite_db, seat_agent, add_staff, add_complaints):
    """Yến (an agent, no store) has three; two wait unassigned; one is another store's."""
    with sqlite_db.session_scope() as s:
        store_id = make_store(s).id
    other = add_staff("trang.do", "Đỗ Thu Trang", "agent", store_id=store_id)
    past = datetime.now(UTC) - timedelta(days=3)
    made = {
        "breached": add_complaints(
            1,
            assignee_id=seat_agent.user_id,
            resolution_due=past,
            sla_state=SlaState.BREACHED,
        ),
        "at_risk": add_complaints(
            1,
            start=2,
            assignee_id=seat_agent.user_id,
            sla_state=SlaState.AT_RISK,
            priority=Severity.HIGH,
        ),
        "mine": add_complaints(1, start=3, assignee_id=seat_agent.user_id),
        "pool": add_complaints(2, start=4),
        "elsewhere": add_complaints(
            1,
            start=6,
            assignee_id=other.id,
            store_id=store_id,
            customer_name="Lê Văn Bình",
        ),
    }
    return {key: ids[0] if len(ids) == 1 else ids for key, ids in made.items()}


@pytest.fixture
def screen(qtbot, sqlite_db, seat_agent, queues):
    def make(actor: Actor = seat_agent, read_only: bool = False) -> ComplaintsScreen:
        page = ComplaintsScreen(sqlite_db, actor, read_only)
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
            page.show()
        return page

    return make


def tab_texts(page: ComplaintsScreen) -> list[str]:
    return [page.tabs.tabText(i) for i in range(page.tabs.count())]


def numbers(page: ComplaintsScreen) -> list[str]:
    return [page.model.text(r, "number") for r in range(page.model.rowCount())]


def reload_by(qtbot, page: ComplaintsScreen, change) -> None:
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        change()


def test_an_agent_sees_three_queues_with_their_counts(screen):
    page = screen()

    assert page.header.title_label.text() == "Complaints"
    assert page.state_label.text().startswith("Updated ")
    assert tab_texts(page) == ["Mine (3)", "My team (5)", "Unassigned (2)"]
    assert page.current_queue() == "mine"
    # Least time left first: the breached one leads.
    assert numbers(page) == ["KN-2026-000001", "KN-2026-000002", "KN-2026-000003"]
    assert page.model.text(0, "time_left").startswith("overdue ")


def test_a_supervisor_also_has_every_complaint(qtbot, screen, add_actor):
    page = screen(add_actor("ha.le", "Lê Thu Hà", "supervisor", tier=2))
    # Nothing is the supervisor's own: the screen opens on the first queue with work.
    assert tab_texts(page) == ["Mine (0)", "My team (5)", "Unassigned (2)", "All (6)"]
    assert page.current_queue() == "team"
    reload_by(qtbot, page, lambda: page.choose_queue("all"))
    assert len(numbers(page)) == 6
    assert "Lê Văn Bình" in [page.model.text(r, "customer") for r in range(6)]


def test_switching_tabs_and_filters_changes_the_rows(qtbot, screen, queues):
    page = screen()
    reload_by(qtbot, page, lambda: page.choose_queue("unassigned"))
    assert [line.row.id for line in page.model.rows()] == queues["pool"]

    reload_by(qtbot, page, lambda: page.choose_queue("mine"))
    bar = page.filters
    reload_by(qtbot, page, lambda: bar.choose(bar.priority_combo, "high"))
    assert numbers(page) == ["KN-2026-000002"]
    assert tab_texts(page) == ["Mine (1)", "My team (1)", "Unassigned (0)"]

    reload_by(qtbot, page, lambda: bar.choose(bar.status_combo, "in_progress"))
    assert page.list_stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == "No open complaints match these filters."

    reload_by(qtbot, page, bar.clear_button.click)
    assert len(numbers(page)) == 3
    assert tab_texts(page) == ["Mine (3)", "My team (5)", "Unassigned (2)"]


def test_rows_at_risk_or_breached_carry_their_colours(screen):
    page = screen()
    model = page.model
    cell = COLUMNS.index("time_left")
    backgrounds = [model.index(r, cell).data(Qt.ItemDataRole.BackgroundRole) for r in range(3)]
    assert backgrounds[0].color().name() == "#b42318"  # breached: red
    assert model.index(0, cell).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#ffffff"
    assert backgrounds[1].color().name() == "#fcd34d"  # at risk: amber
    assert backgrounds[2] is None
    assert model.index(0, cell).data(Qt.ItemDataRole.ToolTipRole).startswith("Breached")
    assert model.index(1, cell).data(Qt.ItemDataRole.ToolTipRole).startswith("At risk")


def test_enter_opens_the_complaint(qtbot, screen, queues):
    page = screen()
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(1, 0))
    with qtbot.waitSignal(page.open_complaint_requested, timeout=TIMEOUT) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [queues["at_risk"]]


def test_new_complaint_button_and_read_only(qtbot, screen):
    page = screen()
    assert page.new_button.text() == "New complaint… (Ctrl+K)"
    with qtbot.waitSignal(page.new_complaint_requested, timeout=TIMEOUT):
        page.new_button.click()
    viewer = screen(read_only=True)
    assert not viewer.new_button.isEnabled()


def test_refresh_reads_new_complaints(qtbot, screen, sqlite_db, seat_agent, add_complaints):
    page = screen()
    add_complaints(1, start=20, assignee_id=seat_agent.user_id)
    reload_by(qtbot, page, page.refresh_button.click)
    assert tab_texts(page)[0] == "Mine (4)"
    assert len(numbers(page)) == 4


def test_product_and_agent_filters_narrow_the_queue(qtbot, sqlite_db, screen, queues, seat_agent):
    with sqlite_db.session_scope() as s:
        fridge = make_product(s, "TL-311", "Tủ lạnh Toshiba 311 lít")
        first = s.get(Complaint, queues["pool"][0])
        bought = make_purchase(
            s,
            first.customer_id,
            product_id=fridge.id,
            purchase_date=date(2026, 10, 1),
            warranty_end=date(2028, 10, 1),
        )
        first.purchase_id = bought.id
        s.get(Complaint, queues["mine"]).purchase_id = bought.id
        fridge_id = fridge.id
    page = screen()
    bar = page.filters
    products = [bar.product_combo.itemText(i) for i in range(bar.product_combo.count())]
    assert products == ["All products", "Tủ lạnh Toshiba 311 lít"]
    agents = [bar.agent_combo.itemText(i) for i in range(bar.agent_combo.count())]
    assert agents == ["Anyone", "Đỗ Thu Trang", "Quản Trị Viên", "Trần Thị Yến"]

    reload_by(qtbot, page, lambda: page.choose_queue("team"))
    reload_by(qtbot, page, lambda: bar.choose(bar.product_combo, fridge_id))
    assert [line.row.id for line in page.model.rows()] == [queues["mine"], queues["pool"][0]]
    assert tab_texts(page) == ["Mine (1)", "My team (2)", "Unassigned (1)"]

    reload_by(qtbot, page, lambda: bar.choose(bar.agent_combo, seat_agent.user_id))
    assert [line.row.id for line in page.model.rows()] == [queues["mine"]]
    assert tab_texts(page) == ["Mine (1)", "My team (1)", "Unassigned (0)"]

    reload_by(qtbot, page, bar.clear_button.click)
    assert tab_texts(page) == ["Mine (3)", "My team (5)", "Unassigned (2)"]
