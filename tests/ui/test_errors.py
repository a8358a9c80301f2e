"""Uncaught errors: details to the log file, a plain message to the person, never a traceback."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from app.config import log_file
from app.errors import Conflict
from ui import errors


@pytest.fixture
def dialogs(monkeypatch) -> list[dict[str, object]]:
    """Message boxes that would have been shown (exec is replaced so nothing blocks)."""
    shown: list[dict[str, object]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(
            {
                "icon": box.icon(),
                "title": box.windowTitle(),
                "text": box.text(),
                "advice": box.informativeText(),
            }
        )
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


@pytest.fixture
def hook_installed(monkeypatch):
    """The app's hooks, put back to pytest's own after the test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    errors.install_exception_hook()


def raise_and_catch(exc: BaseException) -> tuple:
    try:
        raise exc
    except BaseException as caught:
        return type(caught), caught, caught.__traceback__


def test_unexpected_error_is_logged_with_its_traceback_and_explained(qtbot, dialogs):
    errors.handle_exception(*raise_and_catch(KeyError("customer_phones.e164")))

    log = log_file().read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log
    assert "KeyError: 'customer_phones.e164'" in log
    assert len(dialogs) == 1
    box = dialogs[0]
    assert box["icon"] == QMessageBox.Icon.Critical
    assert box["text"] == ("Something went wrong. What you were doing may not have been finished.")
    assert str(log_file()) in box["advice"]
    assert "try again" in box["advice"].lower()
    for text in (box["text"], box["advice"]):
        assert "Traceback" not in text
        assert "customer_phones" not in text


def test_a_caredesk_error_shows_its_own_message(qtbot, dialogs):
    message = "Someone else changed this complaint. Reload it; your input is kept."
    errors.handle_exception(*raise_and_catch(Conflict(message)))

    assert dialogs == [
        {"icon": QMessageBox.Icon.Warning, "title": "CareDesk", "text": message, "advice": ""}
    ]


def test_an_error_in_a_qt_slot_reaches_the_dialog(qtbot, dialogs, hook_installed):
    def broken_slot():
        raise ZeroDivisionError("division by zero in a slot")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: len(dialogs) == 1, timeout=5_000)

    assert "ZeroDivisionError" in log_file().read_text(encoding="utf-8")
    assert "ZeroDivisionError" not in dialogs[0]["text"]


def test_an_error_in_another_thread_is_shown_on_the_ui_thread(
    qtbot, dialogs, hook_installed, monkeypatch
):
    shown_on = []
    original = errors.show_error

    def recording_show_error(exc, parent=None):
        shown_on.append(threading.current_thread())
        original(exc, parent)

    monkeypatch.setattr(errors, "show_error", recording_show_error)
    worker = threading.Thread(target=lambda: 1 / 0, name="scan")
    worker.start()
    worker.join(5)
    qtbot.waitUntil(lambda: len(dialogs) == 1, timeout=5_000)

    assert shown_on == [threading.main_thread()]
    assert "[scan]" in log_file().read_text(encoding="utf-8")


def test_the_dialog_speaks_vietnamese(qtbot, dialogs, vietnamese):
    errors.handle_exception(*raise_and_catch(RuntimeError("boom")))

    assert dialogs[0]["text"] == "Đã xảy ra lỗi. Thao tác bạn đang làm có thể chưa hoàn tất."
    assert "tệp nhật ký" in dialogs[0]["advice"]
    assert str(log_file()) in dialogs[0]["advice"]


def test_without_a_person_to_click_the_message_goes_to_stderr(qtbot, dialogs, capsys, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    errors.install_exception_hook(interactive=False)
    try:
        errors.handle_exception(*raise_and_catch(RuntimeError("boom")))
    finally:
        errors.install_exception_hook(interactive=True)

    assert dialogs == []
    err = capsys.readouterr().err.strip()
    assert err == "Something went wrong. What you were doing may not have been finished."


def test_the_log_file_rotates_instead_of_growing_without_end(qtbot):
    path = errors.setup_logging()
    assert path == log_file()
    handler = next(h for h in logging.getLogger().handlers if isinstance(h, errors._LogFileHandler))
    assert handler.maxBytes == errors.LOG_MAX_BYTES
    assert handler.backupCount == errors.LOG_BACKUPS
