"""The application style sheet (resources/styles/caredesk.qss)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui.resource_paths import STYLES_DIR

STYLESHEET = STYLES_DIR / "caredesk.qss"

log = logging.getLogger(__name__)


def load_stylesheet(path: Path = STYLESHEET) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        log.warning("Style sheet %s could not be read (%s); the plain style is used", path, exc)
        return ""


def apply_style(app: QApplication) -> None:
    """Fusion under the style sheet: the same look on Windows and Linux desktops."""
    app.setStyle("Fusion")
    app.setStyleSheet(load_stylesheet())
