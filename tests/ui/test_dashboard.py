"""The Dashboard screen: tiles with the figures of a Dashboard built by hand, "—" for a
period with nothing to count, the busy state, the custom period refused by the service's
rule, and the records a click on a tile or a bar asks for."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt

from app.services.kpis.period import Period
from tests.ui import dashboard_data as data
from ui.dashboard import dashboard_screen
from ui.dashboard.dashboard_screen import DashboardScreen
from ui.workers import change_bus

TIMEOUT = 10_000


class Readers:
    """Stand-ins for the KPI services: they hand back what the test built, and note
    which period and filters they were asked for."""

    def __init__(self, empty: bool = False, gate: threading.Event | None = None) -> None:
        self.empty = empty
        self.gate = gate
        self.asked: list[tuple[Period, object]] = []

    def dashboard(self, _session, _actor, period, filters):
        if self.gate is not None:
            self.gate.wait(TIMEOUT / 1000)
        self.asked.append((period, filters))
        return data.board(period, self.empty)

    def scorecards(self, _session, _actor, period):
        return data.cards()


def make_screen(qtbot, db, actor, readers: Readers) -> DashboardScreen:
    screen = DashboardScreen(db, actor, lambda: data.TODAY, readers.dashboard, readers.scorecards)
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    return screen


def show(qtbot, screen: DashboardScreen) -> None:
    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        screen.show()


@pytest.fixture
def shown(qtbot, sqlite_db, seat_admin):
    def make(**kwargs) -> DashboardScreen:
        screen = make_screen(qtbot, sqlite_db, seat_admin, Readers(**kwargs))
        show(qtbot, screen)
        return screen

    return make


def tile_texts(screen: DashboardScreen, key: str) -> tuple[str, str, str, str]:
    tile = screen.tiles.tiles[key]
    return (
        tile.value_label.text(),
        tile.target_label.text(),
        tile.change_label.text(),
        tile.status_label.text(),
    )


def test_tiles_show_each_figure_in_its_unit_with_target_change_and_colour(shown):
    screen = shown()

    assert tile_texts(screen, "fcr_rate") == (
        "76.5 %",
        "Target ≥ 75.0 %",
        "▲ +5.5 pp vs previous period",
        "✓ On target",
    )
    assert screen.tiles.tiles["fcr_rate"].status() == "green"
    assert screen.tiles.tiles["fcr_rate"].change_label.property("better") == "true"
    assert tile_texts(screen, "first_response_median") == (
        "2 h 15 min",
        "Target ≤ 2 h",
        "▼ -15 min vs previous period",
        "! Close to target",
    )
    # Shorter first responses are better: the fall is shown as good news.
    assert screen.tiles.tiles["first_response_median"].change_label.property("better") == "true"
    assert tile_texts(screen, "reopen_rate")[0::3] == ("12.0 %", "✗ Off target")
    assert tile_texts(screen, "reopen_rate")[2] == "= ±0 vs previous period"
    # A volume has no target and no better side: no colour, a plain change.
    assert tile_texts(screen, "contacts") == ("1,234", "", "▲ +234 vs previous period", "")
    assert screen.tiles.tiles["contacts"].status() is None
    assert screen.state_label.text().startswith("01/03/2026 – 20/03/2026 · updated ")
    assert not screen.error_label.isVisible()


def test_vietnamese_numbers_use_a_decimal_comma(qtbot, sqlite_db, seat_admin, vietnamese):
    screen = make_screen(qtbot, sqlite_db, seat_admin, Readers())
    show(qtbot, screen)

    assert screen.tiles.tiles["fcr_rate"].value_label.text() == "76,5 %"
    assert screen.tiles.tiles["contacts"].value_label.text() == "1.234"


def test_a_period_with_nothing_to_count_shows_dashes_and_no_colour(shown):
    screen = shown(empty=True)

    for key in ("fcr_rate", "first_response_median", "contacts", "wait_mean"):
        tile = screen.tiles.tiles[key]
        assert tile.value_label.text() == "—"
        assert tile.status() is None
        assert tile.status_label.text() == ""
        assert tile.change_label.text() == ""
    for key, card in screen.charts.cards.items():
        if key == "backlog":  # nothing open is a figure: a line at zero
            assert card.chart() is not None
            continue
        assert card.chart() is None
        assert card.empty_label.text() == "Nothing to draw for this period."


def test_charts_draw_what_the_service_counted(shown):
    screen = shown()
    cards = screen.charts.cards

    contacts = cards["contacts"].chart()
    [stacked] = contacts.series()
    assert [s.label() for s in stacked.barSets()] == ["Phone", "Email"]
    assert stacked.barSets()[0].count() == 20  # a bar per day, 01/03 to 20/03
    bars = cards["pareto_category"].chart().series()
    assert [bars[0].barSets()[0].at(i) for i in range(2)] == [6, 4]
    assert [p.y() for p in bars[1].points()] == [60.0, 100.0]  # the running share
    assert cards["backlog"].chart() is not None
    assert cards["sla"].chart() is not None


def test_the_busy_state_shows_while_computing_and_hides_after(qtbot, sqlite_db, seat_admin):
    gate = threading.Event()
    screen = make_screen(qtbot, sqlite_db, seat_admin, Readers(gate=gate))
    screen.show()
    qtbot.waitUntil(lambda: screen.is_loading(), timeout=TIMEOUT)

    assert screen.busy_box.isVisible()
    assert screen.busy_label.text() == "Computing the figures…"
    assert screen.state_label.text() == "Loading…"
    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        gate.set()
    assert not screen.busy_box.isVisible()
    assert screen.tiles.tiles["fcr_rate"].value_label.text() == "76.5 %"


def test_a_failure_is_said_on_the_screen_not_as_a_traceback(qtbot, sqlite_db, seat_admin):
    def broken(_session, _actor, _period, _filters):
        raise RuntimeError("connection reset")

    screen = DashboardScreen(
        sqlite_db, seat_admin, lambda: data.TODAY, broken, Readers().scorecards
    )
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.load_failed, timeout=TIMEOUT) as failed:
        screen.show()

    assert failed.args[0].startswith("The figures could not be computed.")
    assert screen.error_label.isVisible()
    assert "connection reset" not in screen.error_label.text()
    assert not screen.busy_box.isVisible()


def test_a_custom_period_ending_before_it_starts_is_refused_and_the_dates_kept(shown, qtbot):
    screen = shown()
    bar = screen.period_bar

    bar.set_custom(date(2026, 3, 10), date(2026, 3, 1))

    assert bar.problem() == (
        "The period ends (01/03/2026) before it starts (10/03/2026): swap the two dates."
    )
    assert (bar.from_edit.text(), bar.to_edit.text()) == ("10/03/2026", "01/03/2026")
    assert not screen.is_loading()  # nothing computed for a period that is none
    assert bar.period() == data.THIS_MONTH  # the figures shown stay the month's

    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        bar.to_edit.set_value(date(2026, 3, 15))
        bar.to_edit.changed.emit(date(2026, 3, 15))
    assert bar.problem() == ""
    assert screen.current_dashboard().report.period == Period(date(2026, 3, 10), date(2026, 3, 15))


def test_presets_and_filters_are_what_the_service_is_asked_for(qtbot, sqlite_db, seat_admin):
    readers = Readers()
    screen = make_screen(qtbot, sqlite_db, seat_admin, readers)
    show(qtbot, screen)
    bar = screen.period_bar

    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        bar.choose_preset("last_month")
    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        bar.channel_combo.setCurrentIndex(bar.channel_combo.findData("email"))

    february = Period(date(2026, 2, 1), date(2026, 2, 28))
    assert readers.asked[0][0] == data.THIS_MONTH
    assert readers.asked[-2][0] == february
    assert readers.asked[-1][0] == february and readers.asked[-1][1].channel == "email"


def test_a_click_on_a_tile_asks_for_its_list_screen(shown, qtbot):
    screen = shown()
    screen.tabs.setCurrentIndex(0)
    tile = screen.tiles.tiles["fcr_rate"]
    screen.tabs.currentWidget().ensureWidgetVisible(tile)

    with qtbot.waitSignal(screen.open_records_requested, timeout=TIMEOUT) as asked:
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    drill = asked.args[0]
    assert (drill.screen, drill.start, drill.end) == ("calls", date(2026, 3, 1), date(2026, 3, 20))

    backlog = screen.tiles.tiles["backlog_open"]
    with qtbot.waitSignal(screen.open_records_requested, timeout=TIMEOUT) as asked:
        backlog.setFocus()
        qtbot.keyClick(backlog, Qt.Key.Key_Return)
    drill = asked.args[0]
    assert (drill.screen, drill.start, drill.end, drill.open_only) == (
        "complaints",
        None,
        date(2026, 3, 20),
        True,
    )


def test_a_click_on_a_bar_asks_for_the_records_of_that_bar(shown, qtbot):
    screen = shown()
    pareto = screen.charts.cards["pareto_category"].chart().series()[0].barSets()[0]

    with qtbot.waitSignal(screen.open_records_requested, timeout=TIMEOUT) as asked:
        pareto.clicked.emit(1)  # Billing
    drill = asked.args[0]
    assert (drill.screen, drill.filters.category) == ("complaints", "billing")
    assert (drill.start, drill.end) == (date(2026, 3, 1), date(2026, 3, 20))

    phone = next(
        s
        for s in screen.charts.cards["contacts"].chart().series()[0].barSets()
        if s.label() == "Phone"
    )
    with qtbot.waitSignal(screen.open_records_requested, timeout=TIMEOUT) as asked:
        phone.clicked.emit(4)  # 05/03
    drill = asked.args[0]
    assert (drill.screen, drill.filters.channel) == ("calls", "phone")
    assert (drill.start, drill.end) == (date(2026, 3, 5), date(2026, 3, 5))


def test_changes_made_elsewhere_are_counted_again_at_most_once_a_minute(shown, qtbot, monkeypatch):
    screen = shown()
    loads: list[object] = []
    screen.loaded.connect(loads.append)

    change_bus().announce({"template"})  # not a figure of the Dashboard
    change_bus().announce({"complaint"})  # just read: it waits for the minute to pass
    qtbot.wait(50)
    assert loads == [] and not screen.is_loading()

    monkeypatch.setattr(dashboard_screen, "CHANGE_REFRESH_MS", 0)
    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        change_bus().announce({"contact"})
    assert len(loads) == 1
