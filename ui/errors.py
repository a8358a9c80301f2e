"""Errors nobody caught: the details go to the log file, the person gets a plain message.

A traceback means nothing to an agent with a customer on the line, so the dialog says
what happened in their language, what they can do, and where the log file is for IT.
CareDeskError carries its own user-facing text, which is shown as it is.
"""

from __future__ import annotations

import logging
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.config import log_file
from app.errors import CareDeskError

LOG_MAX_BYTES = 2_000_000
LOG_BACKUPS = 3
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class _LogFileHandler(RotatingFileHandler):
    """Marks the handler this module owns, so it is replaced rather than duplicated."""


def setup_logging(path: Path | None = None) -> Path | None:
    """Send log records to the rotating log file in the data dir; return its path.

    Returns None when the file cannot be written (the records then only reach stderr).
    """
    path = path or log_file()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _LogFileHandler):
            if Path(handler.baseFilename) == path.resolve():
                return path
            root.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _LogFileHandler(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        print(f"CareDesk: cannot write the log file {path}: {exc}", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    return path


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_to_log(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """A Qt message handler: Qt's own messages go to the log file, not the console."""
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def log_exception(exc: BaseException, context: str = "Unexpected error") -> None:
    """Write an exception and its traceback to the log file."""
    setup_logging()
    log.error(context, exc_info=(type(exc), exc, exc.__traceback__))


def user_message(exc: BaseException) -> tuple[str, str]:
    """(main text, what to do) for an error, in the user's language; never a traceback."""
    if isinstance(exc, CareDeskError):
        return exc.message, ""
    text = QCoreApplication.translate(
        "ErrorDialog", "Something went wrong. What you were doing may not have been finished."
    )
    advice = QCoreApplication.translate(
        "ErrorDialog",
        "Records that were already saved are safe. Try again; if it happens again, "
        "restart CareDesk and tell your supervisor or IT support, giving them the "
        "log file:\n{path}",
    ).format(path=log_file())
    return text, advice


def failure_message(exc: BaseException, log_what: str, fallback: str) -> str:
    """The banner text when a screen could not load: a CareDeskError's own message, else
    `fallback` (translated by the screen) after the exception is logged as `log_what`.

    Unlike user_message, this logs, and the fallback names what the screen failed to read.
    """
    if isinstance(exc, CareDeskError):
        return exc.message
    log_exception(exc, log_what)
    return fallback


def build_error_box(exc: BaseException, parent: QWidget | None = None) -> QMessageBox:
    """The message box for `exc`: its text in the user's language, never a traceback."""
    text, advice = user_message(exc)
    icon = QMessageBox.Icon.Warning if isinstance(exc, CareDeskError) else QMessageBox.Icon.Critical
    title = QCoreApplication.translate("ErrorDialog", "CareDesk")
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    if advice:
        box.setInformativeText(advice)
    # The log path is meant to be copied into a message to IT.
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box


def show_error(exc: BaseException, parent: QWidget | None = None) -> None:
    """Tell the person about `exc` in a modal message box."""
    box = build_error_box(exc, parent)
    try:
        box.exec()
    finally:
        box.deleteLater()


class _MainThreadReporter(QObject):
    """Carries an error from another thread to the UI thread, where a dialog may open."""

    report = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _show(self, exc: BaseException) -> None:
        _show_once(exc)


_reporter: _MainThreadReporter | None = None
_showing = False
# Screenshot runs have nobody to click a dialog away: they print the message instead.
_interactive = True


def _show_once(exc: BaseException) -> None:
    # An error in a paint or timer handler repeats at once: one dialog is enough,
    # the log file keeps every occurrence.
    global _showing
    if _showing:
        return
    _showing = True
    try:
        show_error(exc, QApplication.activeWindow())
    except Exception:
        log.exception("The error dialog itself failed")
    finally:
        _showing = False


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """The sys.excepthook: log, then show a message on the UI thread."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    setup_logging()
    if isinstance(exc, CareDeskError):
        log.info("Error shown to the user: %s", exc.message)
    else:
        log.error("Uncaught exception", exc_info=(exc_type, exc, tb))
    app = QApplication.instance()
    if app is None or not _interactive:
        print(user_message(exc)[0], file=sys.stderr)
        return
    if threading.current_thread() is threading.main_thread():
        _show_once(exc)
    elif _reporter is not None:
        _reporter.report.emit(exc)


def _thread_exception(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        handle_exception(args.exc_type, args.exc_value, args.exc_traceback)


def install_exception_hook(interactive: bool = True) -> None:
    """Route uncaught exceptions (UI thread and other threads) to the log and a dialog.

    Call on the UI thread after the QApplication exists. Not `interactive`: the message
    goes to stderr instead of a dialog.
    """
    global _reporter, _interactive
    _interactive = interactive
    setup_logging()
    if _reporter is None:
        _reporter = _MainThreadReporter()
    sys.excepthook = handle_exception
    threading.excepthook = _thread_exception
