"""The team scorecard and an agent's own card, the Dashboard in the main window (its place
in the navigation, the list screens a click opens, a small laptop's window) and its
exports."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from app.models import ComplaintStatus
from app.services.complaints.complaint_queue import ANY_STATUS, QueueFilter
from app.services.kpis.catalogue import KPIS
from app.services.kpis.period import Period
from app.services.kpis.results import KpiFilter
from app.services.kpis.scorecards import CARD
from app.timeutil import local_date, now_utc
from tests.ui import dashboard_data as data
from ui.dashboard.dashboard_screen import DashboardScreen
from ui.dashboard.drill import Drill
from ui.dashboard.scorecard_models import ComplimentsModel, ScorecardModel
from ui.main_window import MainWindow

TIMEOUT = 15_000


def test_table_models(qtmodeltester):
    cards = ScorecardModel()
    cards.set_cards(data.cards())
    qtmodeltester.check(cards)
    compliments = ComplimentsModel()
    compliments.set_compliments(data.cards()[0].compliments)
    qtmodeltester.check(compliments)


@pytest.fixture
def team(qtbot, sqlite_db, seat_admin) -> DashboardScreen:
    def board(_session, _actor, period, _filters):
        return data.board(period)

    screen = DashboardScreen(
        sqlite_db, seat_admin, lambda: data.TODAY, board, lambda *_args: data.cards()
    )
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        screen.show()
    screen.tabs.setCurrentWidget(screen.scorecard)
    return screen


def row_of(view, name: str) -> int:
    return next(r for r in range(view.proxy.rowCount()) if view.proxy.index(r, 0).data() == name)


def cell(view, row: int, column: str) -> str:
    return view.proxy.index(row, view.model.columns.index(column)).data()


def test_the_team_table_has_a_row_per_agent_with_their_figures(team):
    view = team.scorecard

    assert [view.proxy.index(r, 0).data() for r in range(2)] == ["Phạm Minh Khoa", "Trần Thị Yến"]
    yen, khoa = row_of(view, "Trần Thị Yến"), row_of(view, "Phạm Minh Khoa")
    # The colour is also a symbol: ✓ on target, ✗ off it.
    assert cell(view, yen, "first_response_median") == "✓ 1 h"
    assert cell(view, khoa, "first_response_median") == "✗ 5 h"
    assert cell(view, yen, "csat_mean") == "✓ 4.80"
    assert cell(view, khoa, "csat_mean") == "—"
    assert cell(view, yen, "contacts") == "321"
    assert cell(view, yen, "compliments") == "2"
    assert cell(view, khoa, "compliments") == "0"


def test_agents_are_in_vietnamese_order_and_figures_sort_by_number(team):
    view = team.scorecard
    dang = replace(data.cards()[1], agent_id=9, agent_name="Đặng Thanh Tâm")
    duong = replace(data.cards()[1], agent_id=10, agent_name="Dương Thị Hạnh")
    view.set_cards((*data.cards(), dang, duong))

    names = [view.proxy.index(r, 0).data() for r in range(4)]
    assert names == ["Dương Thị Hạnh", "Đặng Thanh Tâm", "Phạm Minh Khoa", "Trần Thị Yến"]
    view.table.sortByColumn(view.model.columns.index("contacts"), Qt.SortOrder.DescendingOrder)
    assert view.proxy.index(0, 0).data() == "Trần Thị Yến"  # 321 contacts, the others 150


def test_the_compliments_of_the_agent_chosen_are_listed(team, qtbot):
    view = team.scorecard
    view.table.selectRow(row_of(view, "Trần Thị Yến"))

    assert view.compliments_title.text() == "Compliments for Trần Thị Yến"
    rows = [
        [view.compliments_model.index(r, c).data() for c in range(4)]
        for r in range(view.compliments_model.rowCount())
    ]
    assert rows == [
        ["KN-2026-000012", "Nguyễn Văn An", "12/03/2026 10:00", "Chị Yến hỗ trợ rất nhiệt tình"],
        ["KN-2026-000009", "Lê Thị Hoa", "09/03/2026 10:00", "Rất hài lòng"],
    ]
    with qtbot.waitSignal(view.open_complaint_requested) as opened:
        view.compliments.doubleClicked.emit(view.compliments_model.index(1, 2))
    assert opened.args == [9]

    view.table.selectRow(row_of(view, "Phạm Minh Khoa"))
    assert view.compliments_title.text() == "Compliments for Phạm Minh Khoa"
    assert view.no_compliments.text() == "No compliments in this period."
    assert not view.no_compliments.isHidden() and view.compliments.isHidden()


def window(qtbot, db, actor, size=(1280, 800)) -> MainWindow:
    win = MainWindow(db, actor, remember_state=False)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    return win


def show_dashboard(qtbot, win: MainWindow) -> DashboardScreen:
    screen = win.get_screen("dashboard")
    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        win.show_screen("dashboard")
    return screen


def test_an_agent_sees_only_their_own_scorecard(qtbot, sqlite_db, seat_agent, trang):
    win = window(qtbot, sqlite_db, seat_agent)
    item = win.navigation.item(win.screen_keys().index("dashboard"))
    assert item.text() == "My scorecard"

    screen = show_dashboard(qtbot, win)

    assert screen.header.title_label.text() == "My scorecard"
    assert [c.agent_id for c in screen.scorecard.cards()] == [seat_agent.user_id]
    assert screen.tabs is None and screen.tiles is None  # no team figures, no charts
    assert not screen.exporter.button.isVisible()
    assert screen.period_bar.agent_combo not in screen.period_bar.boxes  # no filters
    tiles = screen.scorecard.tiles.tiles
    assert {k for k, tile in tiles.items() if not tile.isHidden()} == set(CARD)
    assert not any(tile.clickable for tile in tiles.values())
    assert screen.scorecard.compliments_title.text() == "Compliments from your customers"


def test_supervisors_have_the_dashboard(qtbot, sqlite_db, supervisor):
    win = window(qtbot, sqlite_db, supervisor)
    item = win.navigation.item(win.screen_keys().index("dashboard"))
    assert item.text() == "Dashboard"
    screen = show_dashboard(qtbot, win)
    assert screen.tabs.count() == 3
    assert set(screen.tiles.tiles) == {k.key for k in KPIS}


def _outside(win: MainWindow) -> list[str]:
    """Visible widgets that stick out of the window, or out of the scroll area they are
    in (sideways: a tile or chart cut off on the right)."""
    bounds = win.rect()
    found = []
    for widget in win.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not win:
            continue
        box = QRect(widget.mapTo(win, QPoint(0, 0)), widget.size())
        area = _scroll_area(widget)
        if area is None and not bounds.contains(box):
            found.append(f"{widget.objectName() or type(widget).__name__} {box}")
        elif area is not None:
            port = area.viewport()
            left = widget.mapTo(port, QPoint(0, 0)).x()
            if left < 0 or left + widget.width() > port.width():
                found.append(f"{widget.objectName() or type(widget).__name__} sideways")
    return found


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return parent
        parent = parent.parentWidget()
    return None


def test_every_widget_lies_inside_a_small_laptop_window(qtbot, sqlite_db, seat_admin):
    # 1366 x 768 at 125 %: 1093 x 615 device-independent pixels.
    win = window(qtbot, sqlite_db, seat_admin, (1093, 615))
    screen = show_dashboard(qtbot, win)
    win.resize(1093, 615)
    qtbot.wait(50)

    assert win.width() <= 1093 and win.height() <= 615
    for index in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        assert _outside(win) == [], screen.tabs.tabText(index)
    screen.period_bar.choose_preset("custom")
    qtbot.wait(20)
    assert _outside(win) == []


def test_an_agent_card_fits_a_small_laptop_window(qtbot, sqlite_db, seat_agent):
    win = window(qtbot, sqlite_db, seat_agent, (1093, 615))
    show_dashboard(qtbot, win)
    win.resize(1093, 615)
    qtbot.wait(50)
    assert win.width() <= 1093 and win.height() <= 615
    assert _outside(win) == []


def test_a_complaint_figure_opens_the_complaints_of_the_period(
    qtbot, sqlite_db, seat_admin, add_complaints
):
    add_complaints(2)
    add_complaints(1, start=3, category="billing")
    add_complaints(1, start=4, status=ComplaintStatus.CLOSED)
    today = local_date(now_utc())
    win = window(qtbot, sqlite_db, seat_admin)
    complaints = win.get_screen("complaints")

    with qtbot.waitSignal(complaints.loaded, timeout=TIMEOUT):
        win.open_records(
            Drill("complaints", today - timedelta(days=6), today, KpiFilter(category="delivery"))
        )

    assert win.current_screen_key() == "complaints"
    assert complaints.current_queue() == "all"
    assert complaints.filters.current() == QueueFilter(
        status=ANY_STATUS,
        category="delivery",
        opened_from=today - timedelta(days=6),
        opened_to=today,
    )
    assert complaints.filters.opened_label.text().startswith("Opened ")
    assert complaints.model.rowCount() == 3  # the two open and the closed one, not billing

    with qtbot.waitSignal(complaints.loaded, timeout=TIMEOUT):
        complaints.filters.opened_clear.click()
    assert complaints.filters.current().opened_from is None
    assert complaints.filters.opened_box.isHidden()


def test_a_contact_bar_opens_the_call_log_of_that_day_before_it_was_ever_shown(
    qtbot, sqlite_db, seat_admin, seat_agent
):
    win = window(qtbot, sqlite_db, seat_admin)
    calls = win.get_screen("calls")
    day = date(2026, 3, 5)
    drill = Drill(
        "calls",
        day,
        day,
        KpiFilter(agent_id=seat_agent.user_id, channel="phone"),
        {"agent": "Trần Thị Yến"},
    )

    with qtbot.waitSignal(calls.loaded, timeout=TIMEOUT):
        win.open_records(drill)

    f = calls.model.current_filter()
    assert (f.date_from, f.date_to, f.channel, f.agent_id) == (
        day,
        day,
        "phone",
        seat_agent.user_id,
    )
    assert calls.filters.agent_combo.currentText() == "Trần Thị Yến"
    assert calls.filters.from_edit.text() == "05/03/2026"


def test_the_kpi_table_and_the_summary_are_exported(qtbot, sqlite_db, seat_admin, tmp_path):
    screen = DashboardScreen(sqlite_db, seat_admin, lambda: data.TODAY)
    qtbot.addWidget(screen)
    exporter = screen.exporter

    with qtbot.waitSignal(exporter.finished, timeout=TIMEOUT) as done:
        exporter.export_table(str(tmp_path / "kpi.xlsx"), "xlsx", "agent")
    assert done.args[0] == f"Written to {tmp_path / 'kpi.xlsx'}"
    assert (tmp_path / "kpi.xlsx").stat().st_size > 0

    with qtbot.waitSignal(exporter.finished, timeout=TIMEOUT):
        exporter.export_pdf(str(tmp_path / "summary.pdf"))
    assert (tmp_path / "summary.pdf").read_bytes().startswith(b"%PDF")

    with qtbot.waitSignal(exporter.failed, timeout=TIMEOUT) as failed:
        exporter.export_table(str(tmp_path / "nowhere" / "kpi.csv"), "csv")
    assert "does not exist" in failed.args[0]
    assert Period(date(2026, 3, 1), date(2026, 3, 20)) == screen.period_bar.period()
