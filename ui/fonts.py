"""The bundled Noto Sans: the same Vietnamese rendering on every desktop.

Windows and Linux desktops differ in which fonts carry all Vietnamese stacked marks
(ặ, ễ, ỗ...); shipping one keeps names and addresses legible wherever the app runs.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ui.resource_paths import FONTS_DIR

UI_FAMILY = "Noto Sans"
UI_POINT_SIZE = 10
FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")

log = logging.getLogger(__name__)
_registered: dict[Path, list[str]] = {}


def register_fonts(folder: Path = FONTS_DIR) -> list[str]:
    """Add the bundled fonts to Qt's font database (once per process); return their families."""
    families: set[str] = set()
    for name in FONT_FILES:
        path = folder / name
        if path not in _registered:
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.warning("Font %s could not be loaded; the system font is used instead", path)
                continue
            _registered[path] = QFontDatabase.applicationFontFamilies(font_id)
        families.update(_registered[path])
    return sorted(families)


def apply_application_font(app: QApplication) -> None:
    """Register the bundled fonts and make Noto Sans the font of every widget."""
    if UI_FAMILY in register_fonts():
        app.setFont(QFont(UI_FAMILY, UI_POINT_SIZE))
