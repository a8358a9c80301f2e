"""The desk's scheduled jobs as the agent sees them: a summary of what fell due while
CareDesk was closed, then one notice per reminder as it falls due, never twice."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.models import Reminder
from app.services.reminders.reminder_inbox import DueSummary
from app.timeutil import now_utc
from tests.factories import make_reminder
from ui.care_jobs import CareJobs, attach_window
from ui.main_window import MainWindow
from ui.workers import change_bus


@pytest.fixture
def desk(qtbot, sqlite_db, seat_agent):
    window = MainWindow(sqlite_db, seat_agent, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    jobs = CareJobs(sqlite_db, parent=window)
    announcer = attach_window(jobs, window)
    return jobs, announcer, window


def _reminder(db, seat_agent, customer_id: int, key: str, due, rule: str = "callback") -> int:
    with db.session_scope() as s:
        return make_reminder(
            s,
            customer_id,
            unique_key=key,
            rule=rule,
            due_at=due,
            title="Gọi lại về máy lọc nước",
            assignee_id=seat_agent.user_id,
        ).id


def _texts(announcer) -> list[str]:
    return [f"{t.title_label.text()} | {t.text_label.text()}" for t in announcer.toasts.shown()]


def test_what_fell_due_while_closed_is_one_summary_then_each_new_one_is_announced_once(
    qtbot, sqlite_db, seat_agent, add_customer, desk
):
    jobs, announcer, _window = desk
    customer = add_customer("Lê Văn Tám", "0903123456", actor=seat_agent)
    now = now_utc()
    for n in range(3):  # due over the three days the app was closed
        _reminder(
            sqlite_db, seat_agent, customer.id, f"callback:x:{n}", now - timedelta(days=n + 1)
        )

    with qtbot.waitSignal(jobs.start_summary) as summary:
        jobs.tick(now)
    assert isinstance(summary.args[0], DueSummary) and summary.args[0].total == 3
    shown = _texts(announcer)
    assert len(shown) == 1 and "3 reminders fell due while CareDesk was closed" in shown[0]
    assert "Promised callback: 3" in shown[0]

    later = now + timedelta(minutes=1)
    _reminder(sqlite_db, seat_agent, customer.id, "callback:y:1", later - timedelta(seconds=5))
    with qtbot.waitSignal(jobs.reminders_due) as due:
        jobs.tick(later)
    assert [r.customer_name for r in due.args[0]] == ["Lê Văn Tám"]
    assert any("Lê Văn Tám · Gọi lại về máy lọc nước" in text for text in _texts(announcer))

    with qtbot.assertNotEmitted(jobs.reminders_due):
        jobs.tick(later + timedelta(minutes=1))  # seen once: not announced again


def test_someone_elses_reminder_is_not_announced_to_me(
    qtbot, sqlite_db, seat_agent, add_staff, add_customer, desk
):
    jobs, _announcer, _window = desk
    other = add_staff("minh.le", "Lê Quang Minh", "agent")
    customer = add_customer("Phạm Thị Hoa", "0912345678", actor=seat_agent)
    now = now_utc()
    jobs.tick(now)  # the start summary (nothing)
    with sqlite_db.session_scope() as s:
        s.add(
            Reminder(
                unique_key="callback:z:1",
                rule="callback",
                customer_id=customer.id,
                due_at=now,
                title="Gọi lại",
                assignee_id=other.id,
            )
        )
    with qtbot.assertNotEmitted(jobs.reminders_due):
        jobs.tick(now + timedelta(minutes=1))


def test_opening_a_notice_opens_the_reminder_on_the_profile(
    qtbot, sqlite_db, seat_agent, add_customer, desk, monkeypatch
):
    jobs, announcer, window = desk
    customer = add_customer("Võ Minh Châu", "0987654321", actor=seat_agent)
    now = now_utc()
    jobs.tick(now)
    rid = _reminder(sqlite_db, seat_agent, customer.id, "callback:w:1", now)
    opened = []
    monkeypatch.setattr(announcer, "_open_reminder", opened.append)
    jobs.tick(now + timedelta(minutes=1))
    toast = announcer.toasts.shown()[-1]
    toast.open_button.click()
    assert opened == [rid]


def test_a_sign_out_stops_the_announcements(qtbot, sqlite_db, seat_agent, add_customer, desk):
    jobs, _announcer, _window = desk
    customer = add_customer("Đỗ Thị Mai", "0977000111", actor=seat_agent)
    jobs.set_actor(None)
    _reminder(sqlite_db, seat_agent, customer.id, "callback:v:1", now_utc())
    with qtbot.assertNotEmitted(jobs.reminders_due), qtbot.assertNotEmitted(jobs.start_summary):
        jobs.tick(now_utc())


def test_what_a_job_made_reaches_the_badge_and_the_reminders_on_the_change_bus(
    qtbot, sqlite_db, seat_agent, add_customer, desk
):
    jobs, _announcer, window = desk
    customer = add_customer("Lý Thu Thảo", "0966000222", actor=seat_agent)
    reminders = window.get_screen("reminders")
    with qtbot.waitSignal(reminders.loaded, timeout=10_000):
        window.show_screen("reminders")
    window.show_screen("home")
    item = window.navigation.item(window.screen_keys().index("reminders"))
    qtbot.waitUntil(lambda: item.text() == "Reminders", timeout=10_000)

    with qtbot.assertNotEmitted(change_bus().changed):
        jobs.rules_ran.emit({"birthday": 0})  # a morning that made nothing says nothing
    _reminder(sqlite_db, seat_agent, customer.id, "birthday:t:1", now_utc(), rule="birthday")
    with qtbot.waitSignal(change_bus().changed, timeout=10_000) as heard:
        jobs.rules_ran.emit({"birthday": 1})

    assert heard.args[0].kinds == {"reminder", "complaint"}
    qtbot.waitUntil(lambda: item.text() == "Reminders (1)", timeout=10_000)
    assert reminders.is_stale()  # read again when the agent goes there


def test_the_morning_job_takes_back_an_import_whose_seat_died(db, admin):
    from sqlalchemy import func, select, update

    from app.models import Customer, ImportRun, utcnow
    from app.services.imports import customer_kind
    from app.services.imports.files import ImportFile
    from app.services.imports.journal import start_run
    from app.services.imports.runner import ImportOptions, analyse

    file = ImportFile.from_bytes("full_name\nAn\nBình\n".encode(), "k.csv")
    with db.session_scope() as s:
        plan = analyse(s, admin, file, ImportOptions("customers"))
    run = start_run(db, admin, "customers", "k.csv")
    customer_kind.write(db, admin, plan, run, lambda p, m: None)  # then the seat died
    with db.session_scope() as s:
        s.execute(update(ImportRun).values(heartbeat_at=utcnow() - timedelta(hours=1)))
    CareJobs(db).daily(now_utc())
    with db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 0
        assert s.scalar(select(ImportRun.status)) == "undone"
