"""ui.app.run: start-up errors in the user's language, and the --screenshot path."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from ui import errors
from ui.app import SCREENS, SCREENSHOT_SIZE, run
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _keep_pytest_hooks(monkeypatch):
    # run() installs the app's exception hooks; the test run keeps its own afterwards.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    # A screenshot run switches error dialogs off for its process; tests go on after it.
    monkeypatch.setattr(errors, "_interactive", errors._interactive)


def db_url(db) -> str:
    return f"sqlite:///{db.sqlite_path}"


def test_screenshot_writes_a_png_of_the_home_screen(qtbot, sqlite_db, seed_overview, tmp_path):
    seed_overview()
    target = tmp_path / "home.png"

    assert run(db_url(sqlite_db), "en", target) == 0

    image = QImage(str(target))
    assert target.stat().st_size > 10_000
    assert (image.width(), image.height()) == SCREENSHOT_SIZE
    # Not a blank canvas: the cards, the table and the navigation are drawn.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, 400, 23)}
    assert len(colours) > 5


def test_screenshot_in_vietnamese_on_a_new_database(qtbot, tmp_path):
    target = tmp_path / "home_vi.png"
    fresh = tmp_path / "new" / "caredesk.db"

    assert run(f"sqlite:///{fresh}", "vi", target, "home") == 0

    assert fresh.exists()  # created and migrated at start
    assert QImage(str(target)).width() == SCREENSHOT_SIZE[0]


def test_screenshot_names(qtbot, sqlite_db, tmp_path, capsys):
    assert SCREENS == (
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
    assert run(db_url(sqlite_db), "en", tmp_path / "x.png", "reports") == 2
    assert "home" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


def test_a_database_that_cannot_open_gives_one_line_on_stderr(qtbot, tmp_path, capsys):
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("this is not SQLite, " * 200, encoding="utf-8")

    assert run(f"sqlite:///{not_a_db}", "en", tmp_path / "x.png") == 1

    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "not a CareDesk database" in err
    assert "Traceback" not in err
    assert not_a_db.read_text(encoding="utf-8").startswith("this is not SQLite")


def test_a_bad_address_is_shown_in_a_dialog_in_vietnamese(qtbot, tmp_path, monkeypatch):
    shown = []

    def fake_critical(parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(fake_critical))

    assert run("mysql://server/caredesk", "vi", None) == 1

    [(title, text)] = shown
    assert title == "Không khởi động được CareDesk"
    assert "mysql://server/caredesk" in text
    assert "Traceback" not in text


def picture_is_drawn(path) -> bool:
    image = QImage(str(path))
    return (image.width(), image.height()) == SCREENSHOT_SIZE


@pytest.mark.parametrize("screen", ["admin", "audit"])
def test_screenshot_as_a_named_user(qtbot, sqlite_db, seat_admin, tmp_path, screen, capsys):
    target = tmp_path / f"{screen}.png"

    assert run(db_url(sqlite_db), "vi", target, screen, user="admin") == 0

    assert picture_is_drawn(target)
    assert capsys.readouterr().err == ""


def test_screenshot_without_a_user_renders_as_the_first_administrator(
    qtbot, sqlite_db, seat_admin, tmp_path, monkeypatch
):
    shown = []
    original = MainWindow.__init__

    def spy(self, db, actor, *args, **kwargs):
        shown.append((actor.username, kwargs.get("read_only")))
        original(self, db, actor, *args, **kwargs)

    monkeypatch.setattr(MainWindow, "__init__", spy)

    assert run(db_url(sqlite_db), "en", tmp_path / "admin.png", "admin") == 0
    assert shown == [("admin", True)]


def test_screenshot_of_a_database_without_users_uses_a_read_only_viewer(qtbot, tmp_path):
    target = tmp_path / "admin.png"
    assert run(f"sqlite:///{tmp_path / 'fresh.db'}", "en", target, "admin") == 0
    assert picture_is_drawn(target)


def test_screenshot_as_an_unknown_user_fails_with_one_line(qtbot, sqlite_db, tmp_path, capsys):
    target = tmp_path / "admin.png"

    assert run(db_url(sqlite_db), "en", target, "admin", user="nobody") == 1

    err = capsys.readouterr().err
    assert err.strip().splitlines() == ["There is no user nobody."]
    assert not target.exists()


def test_screenshot_of_a_screen_the_user_may_not_open(
    qtbot, sqlite_db, add_staff, tmp_path, capsys
):
    add_staff("lan.nguyen", "Nguyễn Thị Lan")

    assert run(db_url(sqlite_db), "en", tmp_path / "x.png", "admin", user="lan.nguyen") == 1

    err = capsys.readouterr().err
    assert err.strip().splitlines() == ["lan.nguyen (Agent) cannot open the screen “admin”."]
