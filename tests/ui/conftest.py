"""UI test set-up: offscreen Qt, the app's fonts and style, English unless a test asks.

QT_QPA_PLATFORM is set before anything imports Qt so the tests run without a display.
"""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.services.access.users import UserView, add_user  # noqa: E402
from app.services.actor import Actor  # noqa: E402
from app.services.customers.customers import CustomerView  # noqa: E402
from app.timeutil import local_date, now_utc  # noqa: E402
from tests import scenarios  # noqa: E402
from tests.scenarios import STAFF_PASSWORD  # noqa: E402
from ui.app import configure_application  # noqa: E402
from ui.fonts import apply_application_font  # noqa: E402
from ui.i18n import apply_language  # noqa: E402
from ui.style import apply_style  # noqa: E402
from ui.workers import wait_for_workers  # noqa: E402

UI_TESTS = Path(__file__).resolve().parent
# The offscreen platform cannot pass a window's size limits on and says so on every
# top-level window; that is the test platform talking, not the app.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if UI_TESTS in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session")
def caredesk_app(qapp: QApplication) -> QApplication:
    """The test QApplication dressed as CareDesk: names, bundled fonts and style sheet."""
    configure_application(qapp)
    apply_application_font(qapp)
    apply_style(qapp)
    return qapp


@pytest.fixture(autouse=True)
def _ui_isolation(caredesk_app: QApplication, tmp_path: Path) -> Iterator[None]:
    """Settings in a temp folder, English UI, and no worker left running after a test."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    apply_language("en")
    yield
    wait_for_workers(10_000)
    # A test's Qt objects left in reference cycles (a model and the lambdas of its worker
    # tasks) are freed here, on the UI thread: freed later by a collection that happens
    # to run on a worker thread, their C++ side would be destroyed on the wrong thread.
    gc.collect()
    apply_language("en")


@pytest.fixture
def vietnamese() -> Iterator[str]:
    """The Vietnamese UI (app.i18n and the Qt translators) for one test."""
    lang = apply_language("vi")
    assert lang == "vi"
    yield lang
    apply_language("en")


@pytest.fixture
def seat_admin(sqlite_db) -> Actor:
    """The first administrator of `sqlite_db`, as created at first start."""
    with sqlite_db.session_scope() as s:
        return scenarios.first_admin(s)


@pytest.fixture
def add_staff(sqlite_db, seat_admin):
    """Add a user to `sqlite_db` (password STAFF_PASSWORD); returns its UserView."""

    def add(username: str, full_name: str, role: str = "agent", **kwargs) -> UserView:
        with sqlite_db.session_scope() as s:
            return add_user(
                s, seat_admin, username, full_name, role, STAFF_PASSWORD, STAFF_PASSWORD, **kwargs
            )

    return add


@pytest.fixture
def add_actor(sqlite_db, seat_admin):
    """Add a user to `sqlite_db` (password STAFF_PASSWORD); returns them signed in."""

    def add(username: str, full_name: str, role: str = "agent", **kwargs) -> Actor:
        with sqlite_db.session_scope() as s:
            return scenarios.staff_member(s, seat_admin, username, full_name, role, **kwargs)

    return add


@pytest.fixture
def as_role(add_actor):
    """A signed-in user of a role ("agent", "supervisor", "admin"): Nguyễn Thị Lan."""

    def make(role: str) -> Actor:
        return add_actor(f"{role}.one", "Nguyễn Thị Lan", role)

    return make


@pytest.fixture
def seat_agent(add_actor) -> Actor:
    """An agent of `sqlite_db`, signed in: Trần Thị Yến (yen.tran)."""
    return add_actor("yen.tran", "Trần Thị Yến")


@pytest.fixture
def supervisor(add_actor) -> Actor:
    """A supervisor of `sqlite_db`, signed in: Lê Thu Hà (ha.le)."""
    return add_actor("ha.le", "Lê Thu Hà", "supervisor")


@pytest.fixture
def trang(add_actor) -> Actor:
    """Another agent, signed in: Đỗ Thu Trang (trang.do)."""
    return add_actor("trang.do", "Đỗ Thu Trang")


@pytest.fixture
def add_customer(sqlite_db, seat_admin):
    """Make a customer in `sqlite_db` as the create form does, by the administrator unless
    `actor` says who; the first phone is the primary. Returns its CustomerView."""

    def add(full_name: str, *phones: str, actor: Actor | None = None, **fields) -> CustomerView:
        with sqlite_db.session_scope() as s:
            return scenarios.new_customer(s, actor or seat_admin, full_name, *phones, **fields)

    return add


@pytest.fixture
def dao(add_customer) -> CustomerView:
    """Nguyễn Thị Đào, 0912 345 678."""
    return add_customer("Nguyễn Thị Đào", "0912 345 678")


@pytest.fixture
def add_complaints(sqlite_db):
    """Add open complaints to `sqlite_db` (scenarios.complaint_queue); returns their ids."""

    def add(count: int, **kwargs) -> list[int]:
        with sqlite_db.session_scope() as s:
            return scenarios.complaint_queue(s, count, **kwargs)

    return add


@pytest.fixture
def shop(sqlite_db, seat_admin, seat_agent) -> scenarios.Counter:
    """The Hà Nội store's counter, today, with `seat_agent` serving at it."""
    with sqlite_db.session_scope() as s:
        return scenarios.counter(s, seat_admin, local_date(now_utc()), agent=seat_agent)


@pytest.fixture
def log(sqlite_db, seat_admin) -> scenarios.CallLog:
    """Twelve contacts in the call log (scenarios.call_log)."""
    with sqlite_db.session_scope() as s:
        return scenarios.call_log(s, seat_admin, count=12)


@pytest.fixture
def inbox(sqlite_db, seat_admin, seat_agent, trang) -> scenarios.Inbox:
    """The agent's reminders, one in the shared pool and one of Trang's."""
    with sqlite_db.session_scope() as s:
        return scenarios.reminder_inbox(s, seat_admin, seat_agent, trang)


@pytest.fixture
def seed_overview(sqlite_db):
    """Write what the Home screen counts (scenarios.overview); returns the figures."""

    def seed() -> scenarios.OverviewFigures:
        with sqlite_db.session_scope() as s:
            return scenarios.overview(s)

    return seed
