"""The Reminders inbox: tab counts, the shared pool, snooze, complete, reassign, badge."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.services.actor import Actor
from app.services.reminders.reminder_actions import complete_reminder, take_reminder
from app.timeutil import now_utc
from ui.main_window import MainWindow
from ui.reminders.reminder_dialogs import CompleteDialog, ReassignDialog, SnoozeDialog
from ui.reminders.reminder_inbox_model import OVERDUE_TEXT, ReminderInboxModel
from ui.reminders.reminders_screen import RemindersScreen

TIMEOUT = 10_000


@pytest.fixture
def screen(qtbot, sqlite_db, seat_agent, inbox):
    def make(actor: Actor = seat_agent, read_only: bool = False) -> RemindersScreen:
        page = RemindersScreen(sqlite_db, actor, read_only)
        qtbot.addWidget(page)
        page.resize(1100, 700)
        with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
            page.show()
        return page

    return make


def tab_texts(page: RemindersScreen) -> list[str]:
    return [page.tabs.tabText(i) for i in range(page.tabs.count())]


def ids(page: RemindersScreen) -> list[int]:
    return [page.model.row_at(r).id for r in range(page.model.rowCount())]


def reload_by(qtbot, page: RemindersScreen, change) -> None:
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        change()


def select(page: RemindersScreen, reminder_id: int) -> None:
    assert page.select_reminder(reminder_id)


def test_tabs_count_overdue_today_and_upcoming_and_open_on_overdue(screen, inbox, qtmodeltester):
    page = screen()

    assert page.header.title_label.text() == "Reminders"
    assert tab_texts(page) == ["Overdue (1)", "Today (2)", "Upcoming (1)", "Done"]
    assert page.current_tab() == "overdue"
    assert ids(page) == [inbox.overdue]
    qtmodeltester.check(page.model)
    # Overdue is red, and the phone to call is there.
    colour = page.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color()
    assert colour == QColor(OVERDUE_TEXT)
    assert page.model.text(0, "phone") == "0903123456"
    assert page.model.text(0, "customer") == "Nguyễn Thị Đào"


def test_today_lists_mine_in_due_order_and_done_says_how(qtbot, screen, inbox):
    page = screen()

    reload_by(qtbot, page, lambda: page.choose_tab("today"))
    assert ids(page) == list(inbox.today)
    assert page.model.text(1, "kind") == "Birthday"
    assert page.model.text(0, "assignee") == "Trần Thị Yến"
    # Today's are not red.
    assert page.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None

    reload_by(qtbot, page, lambda: page.choose_tab("done"))
    assert ids(page) == [inbox.done]
    assert page.model.text(0, "status") == "Reached · Trần Thị Yến"
    assert not page.complete_button.isEnabled()


def test_taking_from_the_pool_moves_it_to_mine(qtbot, screen, inbox):
    page = screen()
    reload_by(qtbot, page, lambda: page.choose_scope("pool"))
    reload_by(qtbot, page, lambda: page.choose_tab("today"))
    assert ids(page) == [inbox.pool]
    assert page.model.text(0, "assignee") == "Shared pool"
    select(page, inbox.pool)
    assert page.take_button.isEnabled()

    reload_by(qtbot, page, page.take_button.click)

    assert tab_texts(page)[1] == "Today (0)"
    assert page.model.rowCount() == 0
    assert "is in your reminders" in page.info_label.text()
    reload_by(qtbot, page, lambda: page.choose_scope("mine"))
    assert tab_texts(page)[1] == "Today (3)"
    assert inbox.pool in ids(page)
    row = page.model.find(inbox.pool)
    assert page.model.text(row, "assignee") == "Trần Thị Yến"


def test_someone_else_took_it_first_is_said_with_their_name(qtbot, sqlite_db, screen, inbox, trang):
    page = screen()
    reload_by(qtbot, page, lambda: page.choose_scope("pool"))
    reload_by(qtbot, page, lambda: page.choose_tab("today"))
    select(page, inbox.pool)
    with sqlite_db.session_scope() as s:
        take_reminder(s, trang, inbox.pool)

    reload_by(qtbot, page, page.take_button.click)

    assert page.notice_label.isVisible()
    assert "Đỗ Thu Trang took this reminder" in page.notice_label.text()
    assert page.model.rowCount() == 0  # read again: it is not in the pool any more


def test_snooze_into_the_past_shows_the_message_and_keeps_the_dialog(qtbot, screen, inbox):
    page = screen()
    select(page, inbox.overdue)
    choose = page.snooze_button.menu().actions()[-1]
    assert choose.text() == "Choose a time…"
    choose.trigger()
    form = page.work.current_dialog()
    assert isinstance(form, SnoozeDialog)
    qtbot.waitExposed(form)
    form.until_edit.set_moment(now_utc() - timedelta(hours=1))

    form.save_button.click()
    qtbot.waitUntil(lambda: form.field_error("until") != "", timeout=TIMEOUT)

    assert "has already passed" in form.field_error("until")
    assert form.isVisible()
    form.until_edit.set_moment(now_utc() + timedelta(days=2))
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        form.save_button.click()
    assert page.work.current_dialog() is None  # closed (and deleted)
    assert tab_texts(page)[:3] == ["Overdue (0)", "Today (2)", "Upcoming (2)"]
    assert "Snoozed to" in page.info_label.text()


def test_a_snooze_preset_puts_it_off(qtbot, screen, inbox):
    page = screen()
    select(page, inbox.overdue)
    tomorrow = [a for a in page.snooze_button.menu().actions() if a.data() == "tomorrow"][0]

    reload_by(qtbot, page, tomorrow.trigger)

    assert tab_texts(page)[:3] == ["Overdue (0)", "Today (2)", "Upcoming (2)"]


def test_completing_shows_it_under_done_and_lowers_the_count(qtbot, screen, inbox):
    page = screen()
    select(page, inbox.overdue)
    form = page.complete_selected()
    assert isinstance(form, CompleteDialog)
    form.outcome_combo.setCurrentIndex(form.outcome_combo.findData("no_answer"))
    form.note_edit.setPlainText("Máy bận, gọi lại sau")

    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        form.save_button.click()

    assert tab_texts(page)[0] == "Overdue (0)"
    reload_by(qtbot, page, lambda: page.choose_tab("done"))
    assert page.model.text(0, "status") == "No answer · Trần Thị Yến"


def test_completing_one_someone_else_just_completed_names_them(
    qtbot, sqlite_db, screen, inbox, add_actor
):
    boss = add_actor("ha.le", "Lê Thu Hà", "supervisor")
    page = screen()
    select(page, inbox.overdue)
    form = page.complete_selected()
    with sqlite_db.session_scope() as s:
        complete_reminder(s, boss, inbox.overdue, "reached")

    form.save_button.click()
    qtbot.waitUntil(lambda: form.banner_text() != "", timeout=TIMEOUT)

    assert "Lê Thu Hà completed this reminder" in form.banner_text()
    assert form.isVisible()
    form.reject()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=TIMEOUT)
    reload_by(qtbot, page, lambda: page.choose_tab("done"))
    assert page.model.text(0, "status") == "Reached · Lê Thu Hà"
    assert page.model.rowCount() == 2  # Hà's and the one done before: nothing doubled


def test_an_agent_sees_no_reassign_a_supervisor_does(qtbot, screen, inbox, add_actor):
    page = screen()
    assert page.reassign_button.isHidden()
    assert page.reassign_selected() is None
    assert [page.scope_combo.itemData(i) for i in range(page.scope_combo.count())] == [
        "mine",
        "pool",
    ]

    boss = add_actor("ha.le", "Lê Thu Hà", "supervisor")
    sup = screen(boss)
    assert not sup.reassign_button.isHidden()
    assert sup.current_scope() == "pool"  # nothing of her own: she opens on the pool
    reload_by(qtbot, sup, lambda: sup.choose_scope("all"))
    assert sup.current_tab() == "today"
    assert tab_texts(sup)[:3] == ["Overdue (1)", "Today (4)", "Upcoming (1)"]
    select(sup, inbox.others)
    form = sup.reassign_selected()
    assert isinstance(form, ReassignDialog)
    qtbot.waitUntil(form.assignee_combo.isEnabled, timeout=TIMEOUT)
    form.assignee_combo.setCurrentIndex(form.assignee_combo.findData(None))
    with qtbot.waitSignal(sup.loaded, timeout=TIMEOUT):
        form.save_button.click()
    row = sup.model.find(inbox.others)
    assert sup.model.text(row, "assignee") == "Shared pool"


def test_the_badge_counts_overdue_and_today_mine_and_the_pool(qtbot, sqlite_db, seat_agent, inbox):
    window = MainWindow(sqlite_db, seat_agent, remember_state=False)
    qtbot.addWidget(window)
    keys = window.screen_keys()
    assert keys.index("reminders") == keys.index("calls") + 1
    item = window.navigation.item(keys.index("reminders"))
    # overdue 1 + today 2 of Yến's, and the pool's one today
    qtbot.waitUntil(lambda: item.text() == "Reminders (4)", timeout=TIMEOUT)
    assert window.reminder_badge_count() == 4

    window.show_screen("reminders")
    page = window.get_screen("reminders")
    assert isinstance(page, RemindersScreen)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        window.show()
    select(page, inbox.overdue)
    form = page.complete_selected()
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        form.save_button.click()
    qtbot.waitUntil(lambda: item.text() == "Reminders (3)", timeout=TIMEOUT)


def test_export_writes_todays_greetings(qtbot, tmp_path, screen, inbox):
    page = screen()
    target = tmp_path / "greetings"

    page.export_to(str(target))
    qtbot.waitUntil(page.info_label.isVisible, timeout=TIMEOUT)

    written = (tmp_path / "greetings.csv").read_text(encoding="utf-8-sig").splitlines()
    assert "written to" in page.info_label.text()
    # The header, then today's birthday and post-purchase greetings (both have a template).
    assert len(written) == 3
    assert all(line.startswith("0903123456,Nguyễn Thị Đào,") for line in written[1:])
    assert "Đào" in written[1]


def test_the_model_reads_a_tab_without_a_screen(qtbot, sqlite_db, seat_agent, inbox, qtmodeltester):
    model = ReminderInboxModel(sqlite_db, seat_agent)
    with qtbot.waitSignal(model.first_page_loaded, timeout=TIMEOUT) as loaded:
        model.set_query("upcoming", "mine")
    assert loaded.args == [1]
    assert model.row_at(0).id == inbox.upcoming
    qtmodeltester.check(model)
