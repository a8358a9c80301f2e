"""The GUI entry point: application set-up, database start-up, main window, screenshots.

main.py calls `run()`; `SCREENS` lists the names `--screenshot --screen NAME` accepts.
"""

from __future__ import annotations

import contextlib
import os
import sys
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from app.db import Database, migrate, open_database
from app.errors import CareDeskError
from app.i18n import detect_language
from app.services.access.auth import screenshot_actor
from app.services.actor import Actor
from ui.care_jobs import CareJobs
from ui.errors import install_exception_hook, log_exception, qt_message_to_log, user_message
from ui.fonts import apply_application_font
from ui.i18n import apply_language
from ui.labels import label, role_labels
from ui.main_window import MainWindow
from ui.session.seat import Seat
from ui.single_instance import InstanceServer, become_instance
from ui.style import apply_style
from ui.workers import run_and_wait, wait_for_workers

SCREENS: tuple[str, ...] = (
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
SCREENSHOT_SIZE = (1280, 800)
SCREENSHOT_TIMEOUT_MS = 120_000
SHUTDOWN_WAIT_MS = 10_000


def create_application() -> QApplication:
    """The QApplication (the existing one if there is one), named for QSettings."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1] or ["caredesk"])
    configure_application(app)
    return app


def configure_application(app: QCoreApplication) -> None:
    app.setApplicationName("CareDesk")
    app.setOrganizationName("CareDesk")
    with contextlib.suppress(metadata.PackageNotFoundError):
        app.setApplicationVersion(metadata.version("caredesk"))


def prepare_application(app: QApplication, lang: str | None) -> str:
    """Language, fonts and style: what every widget needs before it is built.

    Returns the language in effect ("vi" or "en").
    """
    language = apply_language(detect_language(lang))
    apply_application_font(app)
    apply_style(app)
    return language


def _open(db_url: str) -> Database:
    db = open_database(db_url)
    try:
        migrate(db)
    except BaseException:
        db.dispose()
        raise
    return db


def _startup_failed(exc: Exception, interactive: bool) -> int:
    if not isinstance(exc, CareDeskError):
        log_exception(exc, "CareDesk could not start")
    text, advice = user_message(exc)
    if interactive:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Startup", "CareDesk cannot start"),
            f"{text}\n\n{advice}" if advice else text,
        )
    else:
        print(text, file=sys.stderr)
    return 1


def run(
    db_url: str,
    lang: str | None,
    screenshot: Path | None = None,
    screen: str | None = None,
    user: str | None = None,
    lookup: str | None = None,
) -> int:
    """Start the GUI on `db_url` in `lang` (None: the system's); return the exit code.

    Interactive: the first-administrator or sign-in dialog, then the main window of
    whoever signed in; cancelling the dialog returns 0. One CareDesk runs per OS user
    and database: when one already runs, it is brought to the front (showing the caller
    of `lookup`, a phone number, if given) and this returns 0 at once. Otherwise `lookup`
    is shown once someone has signed in.

    With `screenshot`, render `screen` (default "home") offscreen as `user` (default:
    the first active administrator) without a sign-in, read-only, once its data has
    loaded; save it as a PNG and return 0. Any failure, an unknown user included,
    prints one line on stderr and returns 1.
    """
    interactive = screenshot is None
    if not interactive and QApplication.instance() is None:
        # A picture needs no display: works on a headless build machine too.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application()
    instance: InstanceServer | None = None
    if interactive:
        # Before anything slow: a second start only hands its request over and ends.
        instance = become_instance(db_url, lookup)
        if instance is None:
            return 0
    previous_handler = qInstallMessageHandler(qt_message_to_log)
    try:
        prepare_application(app, lang)
        install_exception_hook(interactive=interactive)
        try:
            db = _open(db_url)
        except Exception as exc:
            return _startup_failed(exc, interactive)
        try:
            if screenshot is not None:
                return save_screenshot(db, screen or "home", Path(screenshot), user)
            return _run_seat(app, db, instance, lookup)
        finally:
            wait_for_workers(SHUTDOWN_WAIT_MS)
            db.dispose()
    finally:
        if instance is not None:
            instance.close()
            instance.deleteLater()
        qInstallMessageHandler(previous_handler)


def _run_seat(
    app: QApplication,
    db: Database,
    instance: InstanceServer | None = None,
    lookup: str | None = None,
) -> int:
    """Sign-in, the window, Switch user...: the seat says when the app is done.

    Later starts reach the seat through `instance`: a caller to show, or just the window.
    """
    jobs = CareJobs(db)
    seat = Seat(db, jobs=jobs)
    seat.finished.connect(app.exit)
    if instance is not None:
        instance.lookup_requested.connect(seat.pop_caller)
        instance.activate_requested.connect(seat.bring_to_front)
    if lookup is not None:
        seat.pop_caller(lookup)  # shown once someone has signed in
    # Between a closed window and the next sign-in no window is open: the seat decides.
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        seat.start()
        jobs.start()
        return app.exec()
    finally:
        app.setQuitOnLastWindowClosed(quit_on_close)
        seat.close_all()


def _screenshot_actor(db: Database, user: str | None) -> Actor | None:
    try:
        return run_and_wait(db, screenshot_actor, user, timeout_ms=SCREENSHOT_TIMEOUT_MS)
    except Exception as exc:
        if not isinstance(exc, CareDeskError):
            log_exception(exc, "Screenshot: the user could not be read")
        print(user_message(exc)[0], file=sys.stderr)
        return None


def save_screenshot(db: Database, screen: str, path: Path, user: str | None = None) -> int:
    """Render `screen` as `user` with its data at SCREENSHOT_SIZE; save it as PNG at `path`.

    Read-only: the window changes nothing and never locks. `user` None: the first
    active administrator, or a built-in read-only viewer when the database has none.
    """
    if screen not in SCREENS:
        print(
            QCoreApplication.translate(
                "Startup", "Unknown screen “{name}”. Choose one of: {names}."
            ).format(name=screen, names=", ".join(SCREENS)),
            file=sys.stderr,
        )
        return 2
    actor = _screenshot_actor(db, user)
    if actor is None:
        return 1
    window = MainWindow(db, actor, remember_state=False, read_only=True)
    if screen not in window.screen_keys():
        print(
            QCoreApplication.translate(
                "Startup", "{user} ({role}) cannot open the screen “{name}”."
            ).format(user=actor.username, role=label(role_labels(), str(actor.role)), name=screen),
            file=sys.stderr,
        )
        window.deleteLater()
        return 1
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(*SCREENSHOT_SIZE)
    window.show_screen(screen)
    page = window.get_screen(screen)
    outcome: dict[str, str] = {}
    loop = QEventLoop()

    def loaded(_result: object) -> None:
        outcome["state"] = "loaded"
        loop.quit()

    def failed(message: str) -> None:
        outcome["state"] = "failed"
        outcome["message"] = message
        loop.quit()

    page.loaded.connect(loaded)
    page.load_failed.connect(failed)
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, loop.quit)
    window.show()  # the first show starts the screen's load
    if not outcome:
        loop.exec()
    try:
        if outcome.get("state") == "failed":
            print(outcome["message"], file=sys.stderr)
            return 1
        if outcome.get("state") != "loaded":
            print(
                QCoreApplication.translate(
                    "Startup", "The screen did not finish loading within {seconds} seconds."
                ).format(seconds=SCREENSHOT_TIMEOUT_MS // 1000),
                file=sys.stderr,
            )
            return 1
        # Let the layouts and the table settle on the data that just arrived.
        QCoreApplication.processEvents()
        window.resize(*SCREENSHOT_SIZE)
        QCoreApplication.processEvents()
        if not window.grab().save(str(path), "PNG"):
            print(
                QCoreApplication.translate("Startup", "Cannot write the picture to {path}.").format(
                    path=path
                ),
                file=sys.stderr,
            )
            return 1
        return 0
    finally:
        window.close()
        window.deleteLater()
