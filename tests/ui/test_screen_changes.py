"""A screen catches up with the changes it watches: at once when on view (one read for a
burst), when next shown when hidden, never when it was never shown or the change is not
its kind; a list keeps the record chosen and where it was scrolled."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from ui.models.records_model import Column, RecordsModel
from ui.screen import ListScreen, Screen
from ui.widgets.column_fit import ColumnFitter
from ui.widgets.record_table import make_record_table, select_row, selected_row
from ui.widgets.screen_header import ScreenHeader
from ui.workers import change_bus


class CountingScreen(Screen):
    """Counts its reads; `busy` stands for a read still under way."""

    watches = frozenset({"complaint", "reminder"})

    def __init__(self) -> None:
        super().__init__()
        self.reads = 0
        self.busy = False

    def refresh(self) -> None:
        self.reads += 1

    def is_loading(self) -> bool:
        return self.busy


def settle(qtbot) -> None:
    """Let the zero-delay timers of the announcements run out."""
    qtbot.wait(20)


def make(qtbot, shown: bool = True) -> CountingScreen:
    screen = CountingScreen()
    qtbot.addWidget(screen)
    if shown:
        screen.show()
        qtbot.waitExposed(screen)
        assert screen.reads == 1  # the first show reads
    return screen


def test_a_screen_on_view_reads_once_for_a_burst_of_changes(qtbot):
    screen = make(qtbot)
    bus = change_bus()

    for kinds in ({"complaint"}, {"reminder", "contact"}, {"complaint"}):
        bus.announce(kinds)
    assert screen.reads == 1  # nothing read while the burst is still coming in
    settle(qtbot)

    assert screen.reads == 2
    assert not screen.is_stale()


def test_a_hidden_screen_is_stale_and_reads_when_shown_again(qtbot):
    screen = make(qtbot)
    screen.hide()

    change_bus().announce({"complaint"})
    change_bus().announce({"complaint"})
    settle(qtbot)
    assert screen.reads == 1
    assert screen.is_stale()

    screen.show()
    settle(qtbot)
    assert screen.reads == 2
    assert not screen.is_stale()
    screen.hide()
    screen.show()
    settle(qtbot)
    assert screen.reads == 2  # shown again with nothing new: nothing read


def test_a_change_of_another_kind_does_nothing(qtbot):
    screen = make(qtbot)

    change_bus().announce({"customer", "purchase"})
    settle(qtbot)

    assert screen.reads == 1
    assert not screen.is_stale()


def test_a_screen_never_shown_stays_unread(qtbot):
    screen = make(qtbot, shown=False)

    change_bus().announce({"complaint"})
    settle(qtbot)
    assert screen.reads == 0
    assert not screen.is_stale()

    screen.show()
    settle(qtbot)
    assert screen.reads == 1  # its first read, once


def test_a_change_asked_for_from_inside_the_screen_is_left_to_it(qtbot):
    screen = make(qtbot)
    form = QWidget(screen)

    change_bus().announce({"complaint"}, form)
    settle(qtbot)
    assert screen.reads == 1

    change_bus().announce({"complaint"}, QWidget())
    settle(qtbot)
    assert screen.reads == 2


def test_a_change_heard_while_reading_is_read_again_once_that_read_is_in(qtbot):
    screen = make(qtbot)
    screen.busy = True

    change_bus().announce({"reminder"})
    qtbot.wait(120)
    assert screen.reads == 1  # that read may have begun before the write: wait for it

    screen.busy = False
    qtbot.waitUntil(lambda: screen.reads == 2, timeout=2_000)


@dataclass(frozen=True)
class Line:
    id: int
    text: str


class LinesScreen(ListScreen):
    """A ListScreen over a plain records model, read synchronously."""

    watches = frozenset({"contact"})

    def __init__(self, lines: list[Line]) -> None:
        super().__init__()
        self.lines = lines
        self.header = ScreenHeader("Lines", "Refresh", "Read again", spacing=12)
        self.refresh_button = self.header.refresh_button
        self.model = RecordsModel([Column("text", "Text", lambda line: line.text)], self)
        self.table = make_record_table(self.model, "LinesTable")
        self.column_fitter = ColumnFitter(self.table, grow=0, give_way=[])
        self.empty_label = QLabel("")
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.list_stack)

    def refresh(self) -> None:
        self.start_loading("page")
        self.model.set_records(list(self.lines))
        self.show_first_page(len(self.lines), "Nothing")


def test_a_list_read_again_for_a_change_keeps_the_record_chosen_and_the_scroll(qtbot):
    lines = [Line(n, f"Line {n}") for n in range(1, 201)]
    screen = LinesScreen(lines)
    qtbot.addWidget(screen)
    screen.resize(400, 300)
    screen.show()
    qtbot.waitExposed(screen)
    select_row(screen.table, 120)
    scrolled = screen.table.verticalScrollBar().value()
    assert scrolled > 0

    lines.insert(0, Line(999, "A new line on top"))
    change_bus().announce({"contact"})
    qtbot.waitUntil(lambda: screen.model.rowCount() == 201, timeout=2_000)

    assert selected_row(screen.table) == 121  # the same record, one row further down
    assert screen.model.record_at(121).id == 121
    assert screen.table.verticalScrollBar().value() == scrolled

    screen.refresh()  # F5 starts from the top, as it always did
    assert selected_row(screen.table) == 0
