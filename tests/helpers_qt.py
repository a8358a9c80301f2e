"""Qt test helpers shared by the UI tests.

`qtbot.keyClicks` goes through QTest, which asserts on characters that have no key code
and aborts the whole test process on Vietnamese text. `type_text` delivers each
character the way a keyboard or an input method does instead.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(qtbot: object, widget: QWidget, text: str) -> None:
    """Type `text` (any Unicode, composed or decomposed) into `widget`, key by key.

    A combining mark cannot stand alone as a key press (an editor would drop or
    reorder it), so a base letter and the marks after it go in as one input-method
    commit, which is what a Vietnamese IME (Telex, VNI) does too.
    """
    widget.setFocus()
    for chunk in _keystrokes(text):
        if len(chunk) == 1 and chunk.isprintable():
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, chunk)
                QApplication.sendEvent(widget, event)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)
    QApplication.processEvents()


def _keystrokes(text: str) -> list[str]:
    """Split into base characters, each with the combining marks that follow it."""
    chunks: list[str] = []
    for char in text:
        if chunks and unicodedata.combining(char):
            chunks[-1] += char
        else:
            chunks.append(char)
    return chunks
