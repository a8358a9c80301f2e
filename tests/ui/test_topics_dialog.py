"""Call topics and scripts: supervisors edit and add topics, agents only read, a refusal
keeps what was typed, and edits survive looking at another topic or trying to close."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.errors import PermissionDenied
from app.services.changes import writes
from app.services.contacts.call_topics import list_topics, save_topic
from tests.helpers_qt import type_text
from ui.calls import topics_dialog
from ui.calls.topics_dialog import TopicsDialog

TIMEOUT = 10_000


def open_dialog(qtbot, db, actor) -> TopicsDialog:
    dialog = TopicsDialog(db, actor)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=TIMEOUT):
        dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def save(qtbot, dialog: TopicsDialog) -> None:
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)


def stored(db) -> dict:
    with db.session_scope() as s:
        return {topic.key: topic for topic in list_topics(s, include_inactive=True)}


def row_texts(dialog: TopicsDialog) -> list[str]:
    return [dialog.topic_list.item(r).text() for r in range(dialog.topic_list.count())]


def test_a_supervisor_edits_a_built_in_script_and_adds_a_topic(qtbot, sqlite_db, supervisor):
    dialog = open_dialog(qtbot, sqlite_db, supervisor)
    assert row_texts(dialog)[:3] == ["Product question", "Usage guidance", "Warranty"]
    assert dialog.select_topic("warranty")
    editor = dialog.editor
    assert editor.name_edit.text() == "Warranty"
    assert editor.name_edit.isReadOnly()
    assert editor.questions_edit.toPlainText().splitlines() == list(
        stored(sqlite_db)["warranty"].questions
    )
    assert not dialog.save_button.isEnabled()  # nothing changed yet

    editor.questions_edit.clear()
    type_text(qtbot, editor.questions_edit, "Số serial của máy?\nNgày mua, ở cửa hàng nào?\n")
    assert row_texts(dialog)[2] == "Warranty *"
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as done:
        dialog.save_button.click()
    assert done.args[0].key == "warranty"
    assert stored(sqlite_db)["warranty"].questions == (
        "Số serial của máy?",
        "Ngày mua, ở cửa hàng nào?",
    )
    assert row_texts(dialog)[2] == "Warranty"
    assert dialog.status_label.text() == "Saved “Warranty”."

    dialog.add_button.click()
    assert editor.name_edit.hasFocus()
    assert not editor.name_edit.isReadOnly()
    type_text(qtbot, editor.name_edit, "Lắp đặt điều hoà")
    editor.active_check.setChecked(False)
    type_text(qtbot, editor.questions_edit, "Khách ở quận nào?")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as done:
        qtbot.keyClick(editor.questions_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    added = done.args[0]
    assert added.label == "Lắp đặt điều hoà"
    topic = stored(sqlite_db)[added.key]
    assert (topic.label, topic.questions, topic.active) == (
        "Lắp đặt điều hoà",
        ("Khách ở quận nào?",),
        False,
    )
    assert row_texts(dialog)[-1] == "Lắp đặt điều hoà (switched off)"
    assert dialog.current_key() == added.key
    assert dialog.unsaved_topics() == []


def test_an_agent_sees_every_topic_read_only(qtbot, sqlite_db, supervisor, seat_agent):
    with sqlite_db.session_scope() as s:
        save_topic(s, supervisor, "delivery", ["Mã đơn hàng là gì?"], None, False)
    dialog = open_dialog(qtbot, sqlite_db, seat_agent)

    assert "Delivery (switched off)" in row_texts(dialog)
    assert "Only supervisors and administrators can change them." in dialog.intro.text()
    dialog.select_topic("delivery")
    editor = dialog.editor
    assert editor.questions_edit.toPlainText() == "Mã đơn hàng là gì?"
    assert editor.questions_edit.isReadOnly()
    assert editor.name_edit.isReadOnly()
    assert not editor.active_check.isEnabled()
    assert not editor.active_check.isChecked()
    assert not dialog.save_button.isVisible()
    assert not dialog.add_button.isVisible()

    qtbot.keyClick(dialog.topic_list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert dialog.topic_list.count() == len(stored(sqlite_db))
    dialog.buttons.rejected.emit()  # Close: nothing to ask about
    assert not dialog.isVisible()


def test_a_refusal_shows_where_it_belongs_and_keeps_the_text(
    qtbot, sqlite_db, supervisor, monkeypatch
):
    with sqlite_db.session_scope() as s:
        save_topic(s, supervisor, None, [], "Lắp đặt")
    dialog = open_dialog(qtbot, sqlite_db, supervisor)
    editor = dialog.editor

    dialog.add_button.click()
    save(qtbot, dialog)
    assert editor.field_error("label") == "Give the topic a name."

    type_text(qtbot, editor.name_edit, "lắp đặt")
    eleven = "\n".join(f"Câu hỏi {n}?" for n in range(1, 12))
    editor.questions_edit.setPlainText(eleven)
    save(qtbot, dialog)
    assert editor.field_error("label") == "There is already a topic “lắp đặt”."
    assert editor.name_edit.hasFocus()
    assert editor.name_edit.text() == "lắp đặt"

    editor.name_edit.setText("Bảo trì định kỳ")
    save(qtbot, dialog)
    assert editor.field_error("label") == ""
    assert editor.field_error("questions") == (
        "A script holds at most 10 questions; this one has 11."
    )
    assert editor.questions_edit.toPlainText() == eleven
    assert "11 of at most 10" in editor.count_label.text()

    @writes("topic")
    def refused(*_args):
        raise PermissionDenied("Only supervisors and administrators may edit call topics.")

    monkeypatch.setattr(topics_dialog, "save_topic", refused)
    editor.questions_edit.setPlainText("Máy mua khi nào?")
    save(qtbot, dialog)
    assert dialog.banner_text() == "Only supervisors and administrators may edit call topics."
    assert editor.name_edit.text() == "Bảo trì định kỳ"
    assert editor.questions_edit.toPlainText() == "Máy mua khi nào?"
    assert dialog.isVisible()
    assert "Bảo trì định kỳ" not in {t.label for t in stored(sqlite_db).values()}


def test_edits_wait_per_topic_and_closing_asks_first(qtbot, sqlite_db, supervisor):
    before = stored(sqlite_db)
    dialog = open_dialog(qtbot, sqlite_db, supervisor)
    editor = dialog.editor
    dialog.select_topic("warranty")
    editor.questions_edit.clear()
    type_text(qtbot, editor.questions_edit, "Số serial của máy?")
    editor.active_check.setChecked(False)

    qtbot.keyClick(dialog.topic_list, Qt.Key.Key_Down)  # on to "Return"
    assert dialog.current_key() == "return"
    assert editor.questions_edit.toPlainText() == "\n".join(before["return"].questions)
    assert editor.active_check.isChecked()
    assert dialog.unsaved_topics() == ["Warranty"]
    assert row_texts(dialog)[2] == "Warranty (switched off) *"

    dialog.select_topic("warranty")
    assert editor.questions_edit.toPlainText() == "Số serial của máy?"
    assert not editor.active_check.isChecked()
    assert dialog.save_button.isEnabled()

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = dialog.findChild(QMessageBox, "UnsavedTopicsBox")
    assert box is not None and box.isVisible()
    assert "Warranty" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.isVisible()
    assert editor.questions_edit.toPlainText() == "Số serial của máy?"
    assert stored(sqlite_db) == before

    dialog.reject()
    box = dialog.findChild(QMessageBox, "UnsavedTopicsBox")
    assert box.button(QMessageBox.StandardButton.Discard).text() == "Close without saving"
    box.button(QMessageBox.StandardButton.Discard).click()
    assert not dialog.isVisible()
    assert stored(sqlite_db) == before


def test_undoing_an_edit_leaves_nothing_to_save(qtbot, sqlite_db, supervisor):
    dialog = open_dialog(qtbot, sqlite_db, supervisor)
    editor = dialog.editor
    editor.active_check.setChecked(False)
    assert dialog.save_button.isEnabled()
    editor.active_check.setChecked(True)
    assert not dialog.save_button.isEnabled()
    assert dialog.unsaved_topics() == []
    dialog.reject()
    assert not dialog.isVisible()


def test_the_keys_are_in_the_tooltips_and_tab_walks_the_editor(qtbot, sqlite_db, supervisor):
    dialog = open_dialog(qtbot, sqlite_db, supervisor)
    assert "Ctrl+S" in dialog.save_button.toolTip()
    assert "Ctrl+N" in dialog.add_button.toolTip()
    assert dialog.topic_list.hasFocus()

    qtbot.keyClick(dialog.topic_list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = dialog.editor
    assert editor.name_edit.hasFocus()
    assert dialog.current_key() is None
    qtbot.keyClicks(editor.name_edit, "Installation")
    for expected in (editor.active_check, editor.questions_edit, dialog.save_button):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is expected
    assert row_texts(dialog)[-1] == "Installation *"


def test_a_database_that_fails_is_explained_and_the_dialog_still_closes(
    qtbot, sqlite_db, supervisor, monkeypatch
):
    def broken(*_args):
        raise OSError("connection refused")

    monkeypatch.setattr(topics_dialog, "list_topics", broken)
    monkeypatch.setattr("ui.widgets.list_editor_dialog.log_exception", lambda *_args: None)
    monkeypatch.setattr("ui.errors.log_exception", lambda *_args: None)
    dialog = TopicsDialog(sqlite_db, supervisor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.banner_text() != "", timeout=TIMEOUT)
    assert dialog.banner_text().startswith("The call topics could not be read")
    assert not dialog.editor.isEnabled()
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
