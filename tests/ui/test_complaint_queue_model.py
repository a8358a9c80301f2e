"""The complaint queue model: pages of open complaints, least time left first, clocks read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.models import Severity, SlaState
from app.services.complaints.business_hours import BusinessCalendar
from app.services.complaints.complaint_queue import QueueFilter, QueueRow
from app.services.complaints.queue_reads import line_for
from ui.complaints.complaint_queue_model import COLUMNS, ComplaintQueueModel, format_time_left

TIMEOUT = 10_000


def load(qtbot, model: ComplaintQueueModel, queue: str = "all", f=None) -> None:
    with qtbot.waitSignal(model.first_page_loaded, timeout=TIMEOUT):
        model.set_query(queue, f or QueueFilter())


def test_pages_of_two_hundred_in_due_order(
    qtbot, qtmodeltester, sqlite_db, seat_admin, add_complaints
):
    ids = add_complaints(450)
    model = ComplaintQueueModel(sqlite_db, seat_admin)
    load(qtbot, model)

    assert model.rowCount() == 200
    assert model.canFetchMore()
    for expected in (400, 450):
        with qtbot.waitSignal(model.page_loaded, timeout=TIMEOUT) as page:
            model.fetchMore()
        assert page.args == [expected]
    assert not model.canFetchMore()
    assert [line.row.id for line in model.rows()] == ids
    assert model.index(0, 0).data() == "KN-2026-000001"
    assert model.index(0, 0).data(256) == ids[0]  # Qt.UserRole
    assert model.text(0, "customer") == "Nguyễn Văn An"
    assert model.text(0, "category") == "Delivery"
    assert model.text(0, "assignee") == "Unassigned"
    assert model.text(0, "tier") == "1 · Agent"
    qtmodeltester.check(model)


def test_the_model_tester_passes_with_more_to_fetch(
    qtbot, qtmodeltester, sqlite_db, seat_admin, add_complaints
):
    add_complaints(250)
    model = ComplaintQueueModel(sqlite_db, seat_admin)
    load(qtbot, model)
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: not model.is_loading(), timeout=TIMEOUT)


def test_a_filter_reads_its_first_page_again(qtbot, sqlite_db, seat_admin, add_complaints):
    add_complaints(3)
    high = add_complaints(2, start=10, priority=Severity.HIGH)
    model = ComplaintQueueModel(sqlite_db, seat_admin)
    load(qtbot, model)
    assert model.rowCount() == 5

    load(qtbot, model, f=QueueFilter(priority="high"))
    assert [line.row.id for line in model.rows()] == high
    assert {model.text(r, "priority") for r in range(2)} == {"High"}


def test_breached_and_at_risk_rows_are_coloured(qtbot, sqlite_db, seat_admin, add_complaints):
    past = datetime.now(UTC) - timedelta(days=3)
    add_complaints(1, resolution_due=past, sla_state=SlaState.BREACHED)
    add_complaints(1, start=2, sla_state=SlaState.AT_RISK)
    add_complaints(1, start=3)
    model = ComplaintQueueModel(sqlite_db, seat_admin)
    load(qtbot, model)

    background = [model.index(r, 1).data(8) for r in range(3)]  # Qt.BackgroundRole
    foreground = [model.index(r, 1).data(9) for r in range(3)]  # Qt.ForegroundRole
    assert background[0].color().name() == "#b42318"
    assert foreground[0].color().name() == "#ffffff"
    assert background[1].color().name() == "#fcd34d"
    assert background[2] is None
    assert model.text(0, "time_left").startswith("overdue ")
    assert "Breached" in model.index(0, 0).data(3)  # Qt.ToolTipRole
    assert "At risk" in model.index(1, 0).data(3)
    assert model.index(2, 0).data(3) is None


def _row(**fields) -> QueueRow:
    values = dict(
        id=1,
        number="KN-2026-000001",
        customer_id=1,
        customer_name="An",
        category="delivery",
        priority="normal",
        status="new",
        tier=1,
        assignee_name=None,
        store_name=None,
        opened_at=datetime(2026, 11, 2, 1, 0, tzinfo=UTC),
        first_response_due=None,
        resolution_due=None,
        first_response_at=None,
        sla_state="on_track",
    )
    values.update(fields)
    return QueueRow(**values)


def test_time_left_counts_business_hours_to_the_due_time_that_matters():
    calendar = BusinessCalendar()  # Monday to Saturday, 08:00 to 17:30
    now = datetime(2026, 11, 2, 3, 0, tzinfo=UTC)  # Monday 10:00 in Hồ Chí Minh City
    # No first response yet: the first response's due time counts.
    waiting = _row(
        first_response_due=now + timedelta(hours=2, minutes=15),
        resolution_due=now + timedelta(days=2),
    )
    assert format_time_left(line_for(waiting, now, calendar).seconds_left) == "2 h 15 min"
    # Answered: the resolution's; the evening and night are not business hours.
    answered = _row(first_response_at=now, resolution_due=now + timedelta(days=1))
    assert format_time_left(line_for(answered, now, calendar).seconds_left) == "9 h 30 min"
    # Fell due at 08:50 on Monday: 1 h 10 min of business time ago.
    late = _row(first_response_due=now - timedelta(hours=1, minutes=10))
    line = line_for(late, now, calendar)
    assert format_time_left(line.seconds_left) == "overdue 1 h 10 min"
    assert line.state == "breached"
    assert format_time_left(45 * 60) == "45 min"
    assert format_time_left(None) == ""
    assert len(COLUMNS) == 9
