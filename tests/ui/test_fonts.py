"""The bundled Noto Sans draws every Vietnamese letter, and ships with its licence."""

from __future__ import annotations

import unicodedata

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from ui.fonts import UI_FAMILY, register_fonts
from ui.resource_paths import FONTS_DIR

MARKS = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # huyền sắc hỏi ngã nặng


def vietnamese_letters() -> str:
    letters = {"đ", "Đ"}
    for base in "aăâeêioôơuưy":
        for mark in MARKS:
            letter = unicodedata.normalize("NFC", base + mark)
            letters.update({letter, letter.upper()})
    return "".join(sorted(letters))


def test_noto_sans_is_the_application_font(qapp):
    assert UI_FAMILY in register_fonts()
    assert UI_FAMILY in QFontDatabase.families()
    assert QApplication.font().family() == UI_FAMILY


def test_every_vietnamese_letter_has_a_glyph_in_regular_and_bold(qapp):
    letters = vietnamese_letters()
    assert len(letters) == 2 + 12 * 6 * 2
    for bold in (False, True):
        font = QFont(UI_FAMILY, 10)
        font.setBold(bold)
        metrics = QFontMetrics(font)
        missing = [c for c in letters if not metrics.inFontUcs4(ord(c))]
        assert missing == [], f"bold={bold}"


def test_the_licence_ships_beside_the_fonts():
    licence = (FONTS_DIR / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License" in licence
    assert "Copyright" in licence
    assert {p.name for p in FONTS_DIR.glob("*.ttf")} == {
        "NotoSans-Regular.ttf",
        "NotoSans-Bold.ttf",
    }
