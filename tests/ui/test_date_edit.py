"""The one date field on its own: typing every accepted shape key by key, what it says about
a date it cannot read or may not take, Delete, the calendar, and Tab."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.date_input import birthday_limits, purchase_date_limit, range_end_limit
from tests.ui.date_typing import POPUP_NOISE, leave, press, type_date, typed_forms
from ui.widgets.date_edit import DateEdit, validate_range

TODAY = date(2025, 6, 15)
BIRTHDAY = date(1985, 3, 7)


class Host(QWidget):
    """A window with the field between two others, to see where Tab goes."""

    def __init__(self, edit: DateEdit) -> None:
        super().__init__()
        self.before = QLineEdit(objectName="Before")
        self.edit = edit
        self.after = QLineEdit(objectName="After")
        layout = QVBoxLayout(self)
        for widget in (self.before, edit, self.after):
            layout.addWidget(widget)


@pytest.fixture
def host(qtbot):
    windows: list[Host] = []  # qtbot holds its widgets weakly

    def make(**options) -> Host:
        options.setdefault("today", lambda: TODAY)
        window = Host(DateEdit(**options))
        windows.append(window)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


@pytest.fixture
def birthday(host) -> DateEdit:
    earliest, latest = birthday_limits(TODAY)
    return host(past_only=True, minimum=earliest, maximum=latest).edit


def shown_error(edit: DateEdit) -> str:
    label = edit.findChild(QLabel, "DateError")
    return label.text() if label.isVisible() else ""


@pytest.mark.parametrize("text", typed_forms(BIRTHDAY))
def test_every_accepted_shape_typed_key_by_key_reads_and_shows_as_dd_mm_yyyy(qtbot, birthday, text):
    type_date(qtbot, birthday, text)
    assert birthday.value() == BIRTHDAY  # what a form would save, before leaving too
    with qtbot.waitSignal(birthday.changed) as settled:
        leave(qtbot, birthday)
    assert settled.args == [BIRTHDAY]
    assert birthday.text() == "07/03/1985"
    assert shown_error(birthday) == ""
    assert birthday.is_valid()


def test_a_short_date_is_written_out_when_the_field_is_left(qtbot, birthday):
    type_date(qtbot, birthday, "1/2/85")
    assert birthday.text() == "1/2/85"  # nothing is rewritten while typing
    leave(qtbot, birthday)
    assert birthday.text() == "01/02/1985"


def test_a_two_digit_year_of_a_birthday_is_never_in_the_future(qtbot, birthday, host):
    type_date(qtbot, birthday, "15/6/25")
    assert birthday.value() == date(2025, 6, 15)  # today
    type_date(qtbot, birthday, "16/6/25")
    assert birthday.value() == date(1925, 6, 16)  # tomorrow is a century back
    other = host().edit  # not past-only: the nearest century
    type_date(qtbot, other, "16/6/25")
    assert other.value() == date(2025, 6, 16)


def test_changed_comes_once_the_date_is_settled_not_per_key(qtbot, birthday):
    seen: list[object] = []
    birthday.changed.connect(seen.append)
    type_date(qtbot, birthday, "21/03/1985")
    assert seen == []
    leave(qtbot, birthday)
    assert seen == [date(1985, 3, 21)]
    birthday.line.setFocus()
    leave(qtbot, birthday)  # left again without a change: nothing new
    assert seen == [date(1985, 3, 21)]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31/02/2024", "“31/02/2024” is not a date: February 2024 has 29 days."),
        ("21/13/1985", "“21/13/1985” is not a date: the month is 1 to 12."),
        ("21/3/198", "“21/3/198” is not a date. Type the date as dd/mm/yyyy, such as 21/03/1985."),
        ("abc", "“abc” is not a date. Type the date as dd/mm/yyyy, such as 21/03/1985."),
        ("16/06/2025", "The birthday 16/06/2025 is in the future: check the year."),
        ("31/12/1899", "The birthday 31/12/1899 is before 1900: check the year."),
    ],
)
def test_a_date_it_cannot_take_is_said_under_the_field_and_kept(qtbot, birthday, text, message):
    type_date(qtbot, birthday, text)
    assert shown_error(birthday) == ""  # half a date is not yet wrong
    leave(qtbot, birthday)
    assert shown_error(birthday) == message
    assert birthday.error_text() == message
    assert birthday.text() == text
    assert not birthday.is_valid()
    assert birthday.validate() is False
    assert birthday.line.property("invalid") is True


def test_the_message_goes_as_soon_as_the_date_is_right(qtbot, birthday):
    type_date(qtbot, birthday, "21/13/1985")
    leave(qtbot, birthday)
    assert shown_error(birthday) == "“21/13/1985” is not a date: the month is 1 to 12."
    birthday.line.setFocus()
    birthday.line.selectAll()
    for char in "21/03/1":
        qtbot.keyClick(birthday.line, char)
        assert shown_error(birthday) != ""  # still no date: the message stays
    qtbot.keyClick(birthday.line, "9")
    assert birthday.text() == "21/03/19"
    assert shown_error(birthday) == ""  # a date: gone before the field is even left
    assert birthday.line.property("invalid") is False
    for char in "85":
        qtbot.keyClick(birthday.line, char)
    assert birthday.value() == date(1985, 3, 21)


def test_a_corrected_character_clears_the_message(qtbot, birthday):
    type_date(qtbot, birthday, "31/02/1985")
    leave(qtbot, birthday)
    assert shown_error(birthday) == "“31/02/1985” is not a date: February 1985 has 28 days."
    birthday.line.setFocus()
    press(qtbot, birthday, Qt.Key.Key_Home)
    press(qtbot, birthday, Qt.Key.Key_Delete)  # being corrected: one key, one character
    assert birthday.text() == "1/02/1985"
    assert shown_error(birthday) == ""
    assert birthday.value() == date(1985, 2, 1)


def test_delete_or_backspace_empties_an_optional_date(qtbot, birthday):
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        birthday.set_value(BIRTHDAY)
        birthday.line.setFocus()
        birthday.line.end(False)  # the cursor after the date, nothing selected
        with qtbot.waitSignal(birthday.changed) as cleared:
            press(qtbot, birthday, key)
        assert cleared.args == [None]
        assert birthday.text() == "" and birthday.value() is None
        assert birthday.is_valid()


def test_keys_edit_characters_while_a_date_is_being_typed(qtbot, birthday):
    type_date(qtbot, birthday, "21/03/19855")
    press(qtbot, birthday, Qt.Key.Key_Backspace)
    assert birthday.text() == "21/03/1985"


def test_a_required_date_is_not_emptied_by_one_key_and_asks_for_a_date(qtbot, host):
    edit = host(optional=False, missing="Give the purchase date.").edit
    assert not edit.clear_button.isVisibleTo(edit)
    edit.set_value(date(2025, 6, 1))
    edit.line.setFocus()
    edit.line.end(False)
    press(qtbot, edit, Qt.Key.Key_Backspace)
    assert edit.text() == "01/06/202"
    edit.line.selectAll()
    press(qtbot, edit, Qt.Key.Key_Delete)
    leave(qtbot, edit)
    assert shown_error(edit) == "Give the purchase date."


def test_the_clear_button_empties_the_date(qtbot, birthday):
    birthday.set_value(BIRTHDAY)
    with qtbot.waitSignal(birthday.changed) as cleared:
        qtbot.mouseClick(birthday.clear_button, Qt.MouseButton.LeftButton)
    assert cleared.args == [None]
    assert birthday.value() is None
    assert birthday.line.hasFocus()


def test_tab_goes_from_the_date_to_the_next_field(qtbot, host):
    window = host()
    type_date(qtbot, window.edit, "7/3/85")
    leave(qtbot, window.edit)
    assert window.after.hasFocus()
    qtbot.keyClick(window.after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.edit.line.hasFocus()  # back in the date, not in one of its buttons
    assert window.edit.line.selectedText() == "07/03/1985"
    for button in (window.edit.calendar_button, window.edit.clear_button):
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_the_field_is_compact_named_and_says_how_to_type(host):
    edit = host().edit
    edit.set_accessible_name("&Birthday")
    assert edit.line.placeholderText() == "dd/mm/yyyy"
    assert edit.line.accessibleName() == "Birthday"
    assert edit.calendar_button.accessibleName() == "Open the calendar"
    assert edit.clear_button.accessibleName() == "Clear the date"
    assert "F4" in edit.calendar_button.toolTip()
    assert edit.line.width() <= 140


# -- the calendar ----------------------------------------------------------------------------


@pytest.mark.qt_log_ignore(*POPUP_NOISE)
def test_the_calendar_opens_at_the_typed_date_and_a_day_picked_fills_the_field(qtbot, birthday):
    type_date(qtbot, birthday, "7/3/85")
    press(qtbot, birthday, Qt.Key.Key_F4)
    calendar = birthday.popup.calendar
    assert birthday.popup.isVisible()
    assert calendar.selectedDate() == QDate(1985, 3, 7)
    assert (calendar.yearShown(), calendar.monthShown()) == (1985, 3)
    with qtbot.waitSignal(birthday.changed) as picked:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert picked.args == [date(1985, 3, 8)]
    assert not birthday.popup.isVisible()
    assert birthday.text() == "08/03/1985"
    assert birthday.line.hasFocus()


@pytest.mark.qt_log_ignore(*POPUP_NOISE)
def test_the_calendar_opens_at_today_when_the_field_is_empty_or_unreadable(qtbot, host):
    edit = host().edit
    edit.line.setFocus()
    press(qtbot, edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert edit.popup.isVisible()
    assert edit.popup.calendar.selectedDate() == QDate(2025, 6, 15)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not edit.popup.isVisible()
    assert edit.value() is None and edit.line.hasFocus()

    type_date(qtbot, edit, "32/1")
    qtbot.mouseClick(edit.calendar_button, Qt.MouseButton.LeftButton)
    assert edit.popup.calendar.selectedDate() == QDate(2025, 6, 15)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)


@pytest.mark.qt_log_ignore(*POPUP_NOISE)
def test_a_click_on_a_day_picks_it_and_the_calendar_keeps_to_the_limits(qtbot, birthday):
    birthday.open_calendar()
    calendar = birthday.popup.calendar
    assert calendar.maximumDate() == QDate(2025, 6, 15)  # no birthday in the future
    assert calendar.minimumDate() == QDate(1900, 1, 1)
    with qtbot.waitSignal(birthday.changed) as picked:
        calendar.clicked.emit(QDate(2025, 6, 1))
    assert picked.args == [date(2025, 6, 1)]
    assert birthday.text() == "01/06/2025"


# -- limits ----------------------------------------------------------------------------------


def test_a_maximum_is_said_in_the_words_the_service_uses(qtbot, host):
    edit = host(optional=False, maximum=purchase_date_limit(TODAY)).edit
    type_date(qtbot, edit, "15/06/2025")
    leave(qtbot, edit)
    assert shown_error(edit) == ""
    type_date(qtbot, edit, "16/06/2025")
    leave(qtbot, edit)
    assert shown_error(edit) == (
        "The purchase date 16/06/2025 is in the future; give the date on the invoice."
    )


def test_a_new_minimum_judges_the_date_again(qtbot, host):
    edit = host().edit
    edit.set_value(date(2025, 3, 9))
    edit.set_minimum(range_end_limit(date(2025, 3, 10)))
    assert shown_error(edit) == "The end date is before the start date; swap them or pick another."
    edit.set_minimum(range_end_limit(date(2025, 3, 9)))
    assert shown_error(edit) == ""
    edit.set_minimum(None)
    assert edit.minimum() is None and edit.is_valid()


def test_a_range_says_which_end_is_wrong(qtbot, host):
    start, end = host().edit, host().edit
    assert validate_range(start, end)  # both empty: no bounds
    type_date(qtbot, start, "10/03/2025")
    type_date(qtbot, end, "1/3/2025")
    assert not validate_range(start, end)
    assert shown_error(start) == ""
    assert shown_error(end) == "The end date is before the start date; swap them or pick another."
    assert end.text() == "01/03/2025"
    type_date(qtbot, end, "10/3/2025")
    assert validate_range(start, end)
    assert shown_error(end) == ""


def test_a_message_from_elsewhere_shows_on_the_same_line_and_goes_on_a_change(qtbot, host):
    edit = host().edit
    edit.set_value(date(2025, 6, 10))
    with qtbot.waitSignal(edit.message_changed) as shown:
        edit.show_error("The expected return date is in the past; give a later date.")
    assert shown.args == ["The expected return date is in the past; give a later date."]
    type_date(qtbot, edit, "20/06/2025")
    assert shown_error(edit) == ""
