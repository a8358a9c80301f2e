"""The call log model: pages read as the view scrolls, newest first, and what each cell shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.models import Interaction
from app.services.contacts.call_log import CallLogFilter
from app.services.contacts.call_topics import save_topic
from ui.calls.call_log_model import COLUMNS, CallLogModel

TIMEOUT = 10_000
PAGE = 5


@pytest.fixture
def model(qtbot, sqlite_db, log):
    """A model with a 5-row page over 12 contacts (three pages), first page read."""
    m = CallLogModel(sqlite_db, page_size=PAGE)
    with qtbot.waitSignal(m.first_page_loaded, timeout=TIMEOUT) as first:
        m.set_filter(CallLogFilter())
    assert first.args == [PAGE]
    return m


def ids(model: CallLogModel) -> list[int]:
    return [model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount())]


def fetch_more(qtbot, model: CallLogModel) -> None:
    assert model.canFetchMore()
    with qtbot.waitSignal(model.page_loaded, timeout=TIMEOUT):
        model.fetchMore()


def cell(model: CallLogModel, row: int, column: str, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row, COLUMNS.index(column)).data(role)


def test_passes_qt_model_checks_while_paging(qtbot, qtmodeltester, sqlite_db, log):
    empty = CallLogModel(sqlite_db, page_size=PAGE)
    qtmodeltester.check(empty)
    m = CallLogModel(sqlite_db, page_size=PAGE)
    with qtbot.waitSignal(m.first_page_loaded, timeout=TIMEOUT):
        m.set_filter(CallLogFilter())
    # The tester itself asks for the next page; its rows are checked as they arrive.
    with qtbot.waitSignal(m.page_loaded, timeout=TIMEOUT):
        qtmodeltester.check(m)
    assert m.rowCount() == 2 * PAGE


def test_pages_arrive_newest_first_until_the_oldest(qtbot, model, log):
    assert ids(model) == log.ids[:PAGE]

    fetch_more(qtbot, model)
    assert ids(model) == log.ids[: 2 * PAGE]
    fetch_more(qtbot, model)
    # Ties on the start time come highest id first; nothing is read twice or skipped.
    assert ids(model) == log.ids
    assert not model.canFetchMore()
    times = [model.row_at(r).started_at for r in range(model.rowCount())]
    assert times == sorted(times, reverse=True)


def test_only_one_page_is_read_at_a_time(qtbot, model):
    model.fetchMore()
    assert model.is_loading()
    assert not model.canFetchMore()
    model.fetchMore()  # ignored while the page is on its way
    qtbot.waitUntil(lambda: not model.is_loading(), timeout=TIMEOUT)
    assert model.rowCount() == 2 * PAGE


def test_a_new_filter_starts_again_and_drops_the_old_filters_page(qtbot, model, log):
    model.fetchMore()  # a page of the unfiltered log is on its way...
    yen = CallLogFilter(agent_id=log.agents["yen"])
    with qtbot.waitSignal(model.first_page_loaded, timeout=TIMEOUT) as first:
        model.set_filter(yen)
    qtbot.waitUntil(lambda: not model.is_loading(), timeout=TIMEOUT)

    # ...and never shows up among Yến's contacts.
    assert first.args == [4]
    assert model.rowCount() == 4
    assert {cell(model, r, "agent") for r in range(4)} == {"Trần Thị Yến"}
    assert not model.canFetchMore()
    assert model.current_filter() == yen


def test_a_known_customer_row_reads_as_an_agent_would_say_it(model, log):
    assert [cell(model, 0, c) for c in COLUMNS] == [
        "10/03/2025 10:00",
        "Lê Văn Hùng",
        "Phone",
        "Outbound",
        "Warranty",
        "Information given",
        "Trần Thị Yến",
        "Cửa hàng Quận 1",
        "1:00",
        "4/5",
        "Ghi chú 0",
    ]
    assert "Dòng thứ hai" in cell(model, 0, "notes", Qt.ItemDataRole.ToolTipRole)
    assert cell(model, 0, "customer", Qt.ItemDataRole.FontRole) is None
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert cell(model, 0, "duration", Qt.ItemDataRole.TextAlignmentRole) == right
    assert cell(model, 1, "duration") == cell(model, 1, "satisfaction") == ""
    assert model.headerData(COLUMNS.index("satisfaction"), Qt.Orientation.Horizontal) == (
        "Satisfaction"
    )


def test_an_unknown_caller_shows_the_number_in_italics(qtbot, model):
    while model.canFetchMore():
        fetch_more(qtbot, model)
    last = model.rowCount() - 1

    assert cell(model, last, "customer") == "0901234567"
    assert cell(model, last, "customer", Qt.ItemDataRole.FontRole).italic()
    assert "Unknown caller" in cell(model, last, "customer", Qt.ItemDataRole.ToolTipRole)


def test_a_topic_a_supervisor_added_shows_by_its_name(qtbot, sqlite_db, seat_admin, model, log):
    with sqlite_db.session_scope() as s:
        topic = save_topic(s, seat_admin, None, ["Mã đơn hàng?"], label="Lắp đặt tại nhà")
        s.get(Interaction, log.ids[0]).topic = topic.key
    with qtbot.waitSignal(model.first_page_loaded, timeout=TIMEOUT):
        model.reload()

    assert cell(model, 0, "topic") == "Lắp đặt tại nhà"
    assert cell(model, 1, "topic") == "Delivery"
