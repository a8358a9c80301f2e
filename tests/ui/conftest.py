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

from app.models import Role  # noqa: E402
from app.services.access.auth import create_first_admin  # noqa: E402
from app.services.access.users import add_user  # noqa: E402
from app.services.actor import Actor  # noqa: E402
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


ADMIN_PASSWORD = "mat-khau-1"
STAFF_PASSWORD = "mat-khau-2"


@pytest.fixture
def seat_admin(sqlite_db):
    """The first administrator of `sqlite_db`, as created at first start."""
    with sqlite_db.session_scope() as s:
        return create_first_admin(s, "admin", "Quản Trị Viên", ADMIN_PASSWORD, ADMIN_PASSWORD)


@pytest.fixture
def add_staff(sqlite_db, seat_admin):
    """Add a user to `sqlite_db` (password STAFF_PASSWORD); returns its UserView."""

    def add(username: str, full_name: str, role: str = "agent", **kwargs):
        with sqlite_db.session_scope() as s:
            return add_user(
                s, seat_admin, username, full_name, role, STAFF_PASSWORD, STAFF_PASSWORD, **kwargs
            )

    return add


@pytest.fixture
def agent(add_staff) -> Actor:
    """An agent of `sqlite_db`, signed in: Trần Thị Yến (yen.tran)."""
    user = add_staff("yen.tran", "Trần Thị Yến", "agent")
    return Actor(user.id, user.username, user.full_name, Role.AGENT, user.tier, user.store_id)
