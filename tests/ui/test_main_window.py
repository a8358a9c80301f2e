"""The main window: only working screens, Home loaded through its worker, menus, status bar."""

from __future__ import annotations

import platform
import re

import PySide6
import pytest
from PySide6.QtCore import QSettings, Qt, qVersion
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from ui.about_dialog import AboutDialog
from ui.app import SCREENS
from ui.home import HomeScreen
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, sqlite_db, seat_admin):
    def make(actor=seat_admin, **kwargs) -> MainWindow:
        win = MainWindow(sqlite_db, actor, **kwargs)
        qtbot.addWidget(win)
        return win

    return make


def show_and_load(qtbot, win: MainWindow):
    with qtbot.waitSignal(win.get_screen("home").loaded, timeout=10_000) as blocker:
        win.show()
    return blocker.args[0]


def test_opens_on_home_and_shows_its_figures(qtbot, sqlite_db, window, seed_overview):
    expected = seed_overview()
    win = window()

    overview = show_and_load(qtbot, win)

    home = win.current_screen()
    assert isinstance(home, HomeScreen)
    assert win.stack.currentWidget() is home
    assert overview.customers == expected.customers
    assert overview.reminders_overdue == expected.reminders_overdue
    assert home.customers_card.value_text() == "3"
    assert home.due_today_card.value_text() == "1"
    assert home.model.rowCount() == 3


def nav_items(win: MainWindow) -> list[str]:
    """The navigation's titles, without the reminder count a worker may have added."""
    texts = (win.navigation.item(i).text() for i in range(win.navigation.count()))
    return [re.sub(r" \(\d+\)$", "", text) for text in texts]


def test_an_administrator_has_every_screen(window):
    win = window()

    assert nav_items(win) == [
        "Home",
        "Customers",
        "Calls",
        "Reminders",
        "Complaints",
        "Claims",
        "Dashboard",
        "Audit trail",
        "Admin",
    ]
    assert (
        win.screen_keys()
        == SCREENS
        == (
            "home",
            "customers",
            "calls",
            "reminders",
            "complaints",
            "claims",
            "dashboard",
            "audit",
            "admin",
        )
    )
    assert "(Ctrl+1)" in win.navigation.item(0).toolTip()
    assert "(Ctrl+3)" in win.navigation.item(2).toolTip()
    assert "(Ctrl+5)" in win.navigation.item(4).toolTip()


def test_an_agent_sees_neither_admin_nor_audit(window, as_role):
    win = window(as_role("agent"))

    agent_screens = ("home", "customers", "calls", "reminders", "complaints", "claims", "dashboard")
    assert nav_items(win) == [
        "Home",
        "Customers",
        "Calls",
        "Reminders",
        "Complaints",
        "Claims",
        "My scorecard",
    ]
    assert win.screen_keys() == agent_screens
    assert list(win.view_menu_actions) == list(agent_screens)


def test_a_supervisor_sees_the_audit_trail_but_not_admin(window, as_role):
    win = window(as_role("supervisor"))

    assert nav_items(win) == [
        "Home",
        "Customers",
        "Calls",
        "Reminders",
        "Complaints",
        "Claims",
        "Dashboard",
        "Audit trail",
    ]


def test_status_bar_names_the_user_the_database_and_language(sqlite_db, window):
    win = window()

    assert win.user_label.text() == "Quản Trị Viên (Administrator)"
    assert win.database_label.text() == f"Database: {sqlite_db.describe()}"
    assert win.language_label.text() == "Language: English"


def test_f5_reloads_the_current_screen(qtbot, sqlite_db, window, seed_overview):
    win = window()
    show_and_load(qtbot, win)
    seed_overview()

    assert win.refresh_action.shortcut().toString() == "F5"
    with qtbot.waitSignal(win.get_screen("home").loaded, timeout=10_000) as blocker:
        win.refresh_action.trigger()
    assert blocker.args[0].customers == 3


def test_quit_is_ctrl_q_and_closes_the_window(qtbot, window):
    win = window()
    win.show()
    qtbot.waitExposed(win)

    assert win.quit_action.shortcut().toString() == "Ctrl+Q"
    win.quit_action.trigger()
    assert not win.isVisible()


def test_about_shows_versions_and_the_database(qtbot, sqlite_db, window):
    win = window()
    dialog = win.show_about()
    qtbot.addWidget(dialog)

    facts = dict(dialog.facts)
    assert facts["Version"] == "0.1.0"
    assert facts["Database"] == sqlite_db.describe()
    assert facts["Python"] == platform.python_version()
    assert facts["Qt"] == qVersion()
    assert facts["PySide6"] == PySide6.__version__
    assert facts["SQLAlchemy"].startswith("2.")
    shown = {label.text() for label in dialog.findChildren(QLabel)}
    assert sqlite_db.describe() in shown
    assert PySide6.__version__ in shown
    assert dialog.windowTitle() == "About CareDesk"
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    close.click()
    assert not dialog.isVisible()


def test_geometry_and_last_screen_are_remembered(qtbot, window):
    first = window()
    first.resize(780, 560)  # within the offscreen screen (800x600), above the minimum width
    first.show()
    qtbot.waitExposed(first)
    first.close()

    settings = QSettings()
    assert settings.value("main_window/last_screen") == "home"
    assert not settings.value("main_window/geometry").isEmpty()

    second = window()
    assert (second.width(), second.height()) == (780, 560)
    assert second.current_screen_key() == "home"


def test_screenshots_neither_restore_nor_save_state(qtbot, window):
    win = window(remember_state=False)
    win.show()
    win.close()
    assert QSettings().value("main_window/geometry") is None


def test_an_unknown_remembered_screen_falls_back_to_home(window):
    QSettings().setValue("main_window/last_screen", "reports")
    assert window().current_screen_key() == "home"


def test_a_screen_the_next_user_may_not_use_falls_back_to_home(window, as_role):
    QSettings().setValue("main_window/last_screen", "admin")
    assert window(as_role("agent")).current_screen_key() == "home"


def test_vietnamese_window(qtbot, sqlite_db, window, seed_overview, vietnamese):
    seed_overview()
    win = window()
    show_and_load(qtbot, win)

    assert nav_items(win) == [
        "Trang chủ",
        "Khách hàng",
        "Cuộc gọi",
        "Nhắc việc",
        "Khiếu nại",
        "Bảo hành",
        "Bảng chỉ số",
        "Nhật ký thay đổi",
        "Quản trị",
    ]
    assert [a.text() for a in win.menuBar().actions()] == ["&Tệp", "&Xem", "Trợ &giúp"]
    assert win.user_label.text() == "Quản Trị Viên (Quản trị viên)"
    assert win.switch_user_action.text() == "&Chuyển người dùng…"
    assert win.language_label.text() == "Ngôn ngữ: Tiếng Việt"
    assert win.database_label.text().startswith("Cơ sở dữ liệu: SQLite: ")
    home = win.current_screen()
    assert home.title_label.text() == "Trang chủ"
    assert home.overdue_card.title() == "Nhắc việc quá hạn"
    header = home.table.model().headerData(0, Qt.Orientation.Horizontal)
    assert header == "Thời gian"
    about = AboutDialog(sqlite_db.describe())
    qtbot.addWidget(about)
    assert about.windowTitle() == "Giới thiệu CareDesk"
    assert [caption for caption, _ in about.facts][:2] == ["Phiên bản", "Cơ sở dữ liệu"]
