"""Translation for text produced outside Qt (CLI messages, errors, slips).

Source strings are English; `t()` returns the Vietnamese text when the language is "vi".
The catalogue is app/locale_vi.py. The Qt screens use Qt's own tr() and .qm files.
"""

from __future__ import annotations

import locale
import os

SUPPORTED = ("vi", "en")
_language = "en"


def detect_language(explicit: str | None = None) -> str:
    """--lang wins; otherwise Vietnamese when the system locale is Vietnamese."""
    if explicit:
        return explicit
    for var in ("CAREDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "vi" if loc.lower().startswith("vi") else "en"


def set_language(lang: str) -> None:
    global _language
    _language = lang if lang in SUPPORTED else "en"


def language() -> str:
    return _language


def t(source: str, /, **values: object) -> str:
    """Translate `source` to the current language, then fill its {placeholders}."""
    text = source
    if _language == "vi":
        from app.locale_vi import CATALOG

        text = CATALOG.get(source, source)
    return text.format(**values) if values else text
