"""Typing into the one date field as a person does: key by key, then Tab or Enter.

ASCII only (digits, / . - and spaces): qtbot.keyClick aborts the run on other text.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from ui.widgets.date_edit import DateEdit

# The test platform has no window manager to ask for a popup's place and keyboard (and
# a marker replaces the conftest's list, so its entry is repeated here).
POPUP_NOISE = (
    r"This plugin does not support propagateSizeHints\(\)",
    "This plugin does not support raise",
    "This plugin does not support grabbing",
)


def typed_forms(day: date) -> list[str]:
    """`day` written in every way the field accepts."""
    d, m, y = day.day, day.month, day.year
    return [
        f"{d:02}/{m:02}/{y}",  # dd/MM/yyyy
        f"{d}/{m}/{y}",  # d/M/yyyy
        f"{d:02}{m:02}{y}",  # ddMMyyyy
        f"{d}/{m}/{y % 100:02}",  # d/M/yy
        f"{y}-{m:02}-{d:02}",  # yyyy-MM-dd
        f"{d:02}.{m:02}.{y}",
        f"{d}-{m}-{y}",
        f"  {d:02}/{m:02}/{y} ",
    ]


def type_date(qtbot, edit: DateEdit, text: str) -> None:
    """Go to the field, select what it holds and type `text` over it, one key at a time."""
    assert text.isascii(), "type Vietnamese through tests.helpers_qt.type_text"
    edit.line.setFocus()
    edit.line.selectAll()
    for char in text:
        qtbot.keyClick(edit.line, char)


def leave(qtbot, edit: DateEdit) -> None:
    """Tab out of the field, as a person moving on to the next one."""
    qtbot.keyClick(edit.line, Qt.Key.Key_Tab)


def press(qtbot, edit: DateEdit, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(edit.line, key, modifier)


def enter_date(qtbot, edit: DateEdit, text: str) -> None:
    """Type `text` and press Enter (in a filter: apply it)."""
    type_date(qtbot, edit, text)
    press(qtbot, edit, Qt.Key.Key_Return)
