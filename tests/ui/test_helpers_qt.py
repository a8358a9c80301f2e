"""type_text types Vietnamese (composed and decomposed) where keyClicks would abort."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from tests.helpers_qt import type_text

NAME = "Nguyễn Thị Đào"


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_types_a_vietnamese_name_into_a_line_edit(qtbot, form):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    typed = unicodedata.normalize(form, NAME)

    type_text(qtbot, edit, typed)

    assert edit.text() == typed
    assert unicodedata.normalize("NFC", edit.text()) == NAME


def test_appends_to_what_is_already_there(qtbot):
    edit = QLineEdit("Khách: ")
    qtbot.addWidget(edit)
    edit.show()
    edit.end(False)

    type_text(qtbot, edit, "Lê Văn Hùng, 0912 345 678")

    assert edit.text() == "Khách: Lê Văn Hùng, 0912 345 678"


def test_types_into_a_multi_line_editor(qtbot):
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.show()

    type_text(qtbot, editor, "Máy giặt kêu to khi vắt – ổ đĩa lỗi?")

    assert editor.toPlainText() == "Máy giặt kêu to khi vắt – ổ đĩa lỗi?"
