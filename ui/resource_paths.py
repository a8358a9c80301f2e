"""Where the bundled resources live: the resources/ folder beside the ui package."""

from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
FONTS_DIR = RESOURCES_DIR / "fonts"
STYLES_DIR = RESOURCES_DIR / "styles"
