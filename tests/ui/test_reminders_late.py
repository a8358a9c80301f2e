"""A reminder the rules made after its day (the desk was closed on it) reads as late in the
inbox and on the customer's profile; one made on its day does not."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt

from app.services.reminders.reminder_rules import generate_reminders
from app.timeutil import local_date, now_utc, zone
from tests.factories import make_customer, make_store
from ui.care_jobs import CareJobs, attach_window
from ui.customers import CustomersScreen
from ui.main_window import MainWindow
from ui.reminders.reminders_screen import RemindersScreen

TIMEOUT = 10_000


def born(day: date) -> date:
    """A birth date celebrated on `day` (1988 had a 29 February)."""
    return date(1988, day.month, day.day)


@pytest.fixture
def greetings(sqlite_db) -> dict[str, object]:
    """Mai's birthday was two days ago, while the desk was closed; Lan's is today. The
    rules run now, the first time since."""
    today = local_date(now_utc())
    with sqlite_db.session_scope() as s:
        store = make_store(s).id
        mai = make_customer(s, "Trần Thị Mai", store_id=store, birthday=born(today - timedelta(2)))
        lan = make_customer(s, "Lê Thị Lan", store_id=store, birthday=born(today))
        ids = {"mai": mai.id, "lan": lan.id}
    with sqlite_db.session_scope() as s:
        assert generate_reminders(s)["birthday"] == 2
    return {**ids, "today": today}


@pytest.fixture
def screen(qtbot, sqlite_db, seat_agent, greetings) -> RemindersScreen:
    page = RemindersScreen(sqlite_db, seat_agent)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.show()
    # Nothing of the agent's own: it opens on the shared pool, overdue first.
    assert (page.current_scope(), page.current_tab()) == ("pool", "overdue")
    return page


def test_the_inbox_says_a_greeting_came_late_and_when_it_was_due(screen, greetings):
    two_days_ago = greetings["today"] - timedelta(2)
    due = f"{two_days_ago:%d/%m/%Y}"

    assert screen.model.rowCount() == 1
    assert screen.model.text(0, "customer") == "Trần Thị Mai"
    assert screen.model.text(0, "due") == f"Late: due {due}"
    tip = screen.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == f"It was due {due} 08:00, on a day CareDesk was closed; it was added late."


def test_one_made_on_its_day_reads_as_usual(qtbot, screen, greetings):
    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        screen.choose_tab("today")

    assert screen.model.rowCount() == 1
    assert screen.model.text(0, "customer") == "Lê Thị Lan"
    assert screen.model.text(0, "due") == f"{greetings['today']:%d/%m/%Y} 08:00"
    assert screen.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None


def test_the_profile_panel_says_late_too(qtbot, sqlite_db, seat_agent, screen, greetings):
    late_id = screen.model.row_at(0).id
    win = MainWindow(sqlite_db, seat_agent, remember_state=False)
    qtbot.addWidget(win)
    customers = win.get_screen("customers")
    assert isinstance(customers, CustomersScreen)
    panel = customers.profile_page.reminder_panel
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        win.show()
        win.open_reminder(late_id)

    due = f"{greetings['today'] - timedelta(2):%d/%m/%Y}"
    assert panel.due_label.text() == f"Late: due {due} 08:00"
    assert panel.due_label.toolTip() == (
        f"It was due {due} 08:00, on a day CareDesk was closed; it was added late."
    )


def test_the_start_summary_says_how_many_came_late(qtbot, sqlite_db, seat_agent, greetings):
    window = MainWindow(sqlite_db, seat_agent, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    jobs = CareJobs(sqlite_db, parent=window)
    announcer = attach_window(jobs, window)
    nine = datetime.combine(greetings["today"], time(9), tzinfo=zone())  # both fell due

    with qtbot.waitSignal(jobs.start_summary, timeout=TIMEOUT):
        jobs.tick(nine)

    toast = announcer.toasts.shown()[-1]
    assert toast.title_label.text() == "2 reminders fell due while CareDesk was closed"
    assert toast.text_label.text() == (
        "Birthday: 2\nLate (their day passed while CareDesk was closed): 1"
    )
