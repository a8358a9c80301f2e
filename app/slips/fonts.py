"""The bundled Noto Sans, registered with ReportLab once per process as one family.

One family (registerFontFamily) so that <b> in a paragraph prints with the bold face
instead of a synthesised or missing one. TrueType fonts are embedded as subsets, so a
slip prints the same on a machine without the font.
"""

from __future__ import annotations

from pathlib import Path
from threading import Lock

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

# The app's resources/ folder, beside the app package (ui/resource_paths.py is Qt-side).
RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"
FONTS_DIR = RESOURCES_DIR / "fonts"
FAMILY, BOLD = "NotoSans", "NotoSans-Bold"
_lock = Lock()


def register_fonts(folder: Path = FONTS_DIR) -> str:
    """Register Noto Sans regular and bold (once); return the family name."""
    with _lock:
        if FAMILY in pdfmetrics.getRegisteredFontNames():
            return FAMILY
        pdfmetrics.registerFont(TTFont(FAMILY, str(folder / "NotoSans-Regular.ttf")))
        pdfmetrics.registerFont(TTFont(BOLD, str(folder / "NotoSans-Bold.ttf")))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=FAMILY, bold=BOLD, italic=FAMILY, boldItalic=BOLD
        )
    return FAMILY
