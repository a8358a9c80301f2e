"""Home screen: figures read through a worker, the call log, loading and error states."""

from __future__ import annotations

from datetime import UTC, datetime

from app.config import log_file
from app.errors import DatabaseError
from app.services.kpis.overview import HomeOverview, InteractionLine, home_overview
from ui.home import HomeScreen
from ui.models.interactions_model import COLUMNS


def make_screen(qtbot, db, reader=home_overview) -> HomeScreen:
    screen = HomeScreen(db, reader)
    qtbot.addWidget(screen)
    screen.resize(1200, 760)
    return screen


def load(qtbot, screen: HomeScreen) -> HomeOverview:
    with qtbot.waitSignal(screen.loaded, timeout=10_000) as blocker:
        screen.show()  # the first show starts the read
    return blocker.args[0]


def column(screen: HomeScreen, name: str) -> list[str]:
    model = screen.table.model()
    return [model.index(r, COLUMNS.index(name)).data() for r in range(model.rowCount())]


def test_cards_show_the_counts_of_what_needs_attention(qtbot, sqlite_db, seed_overview):
    expected = seed_overview()
    screen = make_screen(qtbot, sqlite_db)

    overview = load(qtbot, screen)

    assert overview.customers == expected.customers
    assert screen.customers_card.value_text() == "3"
    assert screen.complaints_card.value_text() == "3"
    assert screen.complaints_card.breakdown() == {
        "New": "1",
        "In progress": "1",
        "Waiting for customer": "1",
        "Reopened": "0",
    }
    assert screen.breached_card.value_text() == "1"
    assert screen.breached_card.tone() == "alert"
    assert screen.claims_card.value_text() == "2"
    assert screen.claims_card.breakdown() == {
        "Received": "1",
        "Diagnosing": "0",
        "Waiting for parts": "0",
        "Repairing": "1",
        "Ready for pickup": "0",
    }
    assert screen.due_today_card.value_text() == "1"
    assert screen.overdue_card.value_text() == "1"
    assert screen.overdue_card.tone() == "warning"
    assert screen.state_label.text().startswith("Updated ")
    assert not screen.error_label.isVisible()


def test_latest_interactions_newest_first_with_labels(qtbot, sqlite_db, seed_overview):
    expected = seed_overview()
    screen = make_screen(qtbot, sqlite_db)
    load(qtbot, screen)

    assert tuple(column(screen, "customer")) == expected.latest_customers
    assert column(screen, "channel") == ["Phone", "Phone", "Email"]
    assert column(screen, "direction") == ["Inbound", "Inbound", "Outbound"]
    assert column(screen, "topic") == ["Warranty", "Complaint", "Delivery"]
    assert column(screen, "outcome") == ["Callback needed", "Complaint opened", ""]
    assert column(screen, "agent") == ["Trần Minh Khoa"] * 3
    assert column(screen, "duration") == ["1:35", "5:12", ""]
    times = column(screen, "time")
    assert all(len(t) == len("dd/mm/yyyy hh:mm") and t[2] == t[5] == "/" for t in times)
    assert screen.latest_stack.currentWidget() is screen.table


def test_an_empty_database_says_so_instead_of_an_empty_grid(qtbot, sqlite_db):
    screen = make_screen(qtbot, sqlite_db)
    load(qtbot, screen)

    assert screen.customers_card.value_text() == "0"
    assert screen.breached_card.tone() == "normal"
    assert screen.latest_stack.currentWidget() is screen.empty_label
    assert screen.empty_label.text() == "No interactions logged yet."


def test_loading_state_then_refresh_picks_up_new_data(qtbot, sqlite_db, seed_overview):
    screen = make_screen(qtbot, sqlite_db)
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.show()
        assert screen.state_label.text() == "Loading…"
        assert not screen.refresh_button.isEnabled()
    assert screen.customers_card.value_text() == "0"

    seed_overview()
    with qtbot.waitSignal(screen.loaded, timeout=10_000) as blocker:
        screen.refresh_button.click()
    assert blocker.args[0].customers == 3
    assert screen.customers_card.value_text() == "3"
    assert screen.refresh_button.isEnabled()


def test_an_error_shows_its_message_and_keeps_the_old_figures(qtbot, sqlite_db, seed_overview):
    seed_overview()
    fail = {"now": False}

    def reader(session):
        if fail["now"]:
            raise DatabaseError("Không kết nối được máy chủ PostgreSQL.")
        return home_overview(session)

    screen = make_screen(qtbot, sqlite_db, reader)
    load(qtbot, screen)
    fail["now"] = True

    with qtbot.waitSignal(screen.load_failed, timeout=10_000) as blocker:
        screen.refresh()

    message = blocker.args[0]
    assert message.startswith("Không kết nối được máy chủ PostgreSQL.")
    assert "The figures shown are from" in message
    assert screen.error_label.isVisible()
    assert screen.error_label.text() == message
    assert "Traceback" not in message
    assert screen.customers_card.value_text() == "3"
    assert screen.model.rowCount() == 3
    assert screen.state_label.text() == "Not updated"

    fail["now"] = False
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.refresh()
    assert not screen.error_label.isVisible()


def test_an_unexpected_error_is_logged_and_explained_without_a_traceback(qtbot, sqlite_db):
    def broken(session):
        raise RuntimeError("cursor already closed")

    screen = make_screen(qtbot, sqlite_db, broken)
    with qtbot.waitSignal(screen.load_failed, timeout=10_000) as blocker:
        screen.show()

    message = blocker.args[0]
    assert "could not be read from the database" in message
    assert "cursor already closed" not in message
    assert "Traceback" not in screen.error_label.text()
    assert screen.customers_card.value_text() == "–"
    assert "cursor already closed" in log_file().read_text(encoding="utf-8")


def test_vietnamese_screen(qtbot, sqlite_db, seed_overview, vietnamese):
    seed_overview()
    screen = make_screen(qtbot, sqlite_db)
    load(qtbot, screen)

    assert screen.title_label.text() == "Trang chủ"
    assert screen.customers_card.title() == "Khách hàng"
    assert screen.complaints_card.title() == "Khiếu nại đang mở"
    assert list(screen.complaints_card.breakdown()) == [
        "Mới",
        "Đang xử lý",
        "Chờ khách hàng phản hồi",
        "Mở lại",
    ]
    assert "Đang sửa chữa" in screen.claims_card.breakdown()
    assert column(screen, "channel") == ["Điện thoại", "Điện thoại", "Email"]
    assert column(screen, "outcome") == ["Cần gọi lại", "Đã mở khiếu nại", ""]
    assert screen.state_label.text().startswith("Cập nhật lúc ")


def test_counts_are_grouped_the_way_the_language_writes_numbers(qtbot, sqlite_db, vietnamese):
    def big(session):
        return HomeOverview(
            customers=123456,
            open_complaints={"new": 1200, "in_progress": 0, "waiting_customer": 0, "reopened": 0},
            complaints_breached=0,
            claims_in_progress={},
            reminders_due_today=0,
            reminders_overdue=0,
            latest_interactions=(
                InteractionLine(
                    1,
                    datetime(2025, 1, 1, tzinfo=UTC),
                    None,
                    None,
                    None,
                    None,
                    "phone",
                    "in",
                    "other",
                    None,
                    None,
                    None,
                ),
            ),
        )

    screen = make_screen(qtbot, sqlite_db, big)
    load(qtbot, screen)
    assert screen.customers_card.value_text() == "123.456"
    assert screen.complaints_card.breakdown()["Mới"] == "1.200"
