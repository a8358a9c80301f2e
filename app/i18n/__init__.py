"""Translation of every text a person reads: one gettext catalogue per language.

Source strings are English. `t()` translates, then fills {placeholders}; `tn()` picks the
form for a count; `tp()` takes a message context, for the few English words that need two
different Vietnamese ones ("Tier" of loyalty and of escalation). The catalogue is
resources/translations/caredesk_<lang>.po (compiled to .mo by app/i18n/compiled.py); the
Qt screens answer tr() from the same catalogue (ui/i18n.py). `python -m
app.i18n.catalogue update` refreshes the .po files from the code.
"""

from __future__ import annotations

import locale
import os

from app.i18n.compiled import translations

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


def lookup(source: str, context: str | None = None, plural: str | None = None, n: int = 1) -> str:
    """The current language's text for `source`, or "" when the catalogue has none.

    With `plural`, the form for `n`. Nothing is filled in: the Qt translator needs to
    know "not translated" apart from a translation.
    """
    catalogue = translations(_language)
    if catalogue is None:
        return ""
    if plural is None:
        return catalogue.pgettext(context, source) if context else catalogue.gettext(source)
    if context:
        return catalogue.npgettext(context, source, plural, n)
    return catalogue.ngettext(source, plural, n)


def _fill(text: str, values: dict[str, object]) -> str:
    return text.format(**values) if values else text


def t(source: str, /, **values: object) -> str:
    """Translate `source` to the current language, then fill its {placeholders}."""
    return _fill(lookup(source) or source, values)


def tp(context: str, source: str, /, **values: object) -> str:
    """Like t(), for an English word that means two things: `context` says which."""
    return _fill(lookup(source, context) or source, values)


def tn(singular: str, plural: str, n: int, /, **values: object) -> str:
    """The sentence for a count: "1 user" / "2 users" in English, one form in Vietnamese.

    {n} is the count as the UI language writes numbers ("1.234" / "1,234"), unless the
    caller passes its own `n=`.
    """
    text = lookup(singular, None, plural, n) or (singular if n == 1 else plural)
    return text.format(**{"n": group_digits(n), **values})


def group_digits(n: int, lang: str | None = None) -> str:
    """An integer grouped as the language writes it: "1.234" in Vietnamese, "1,234" in English.

    The one rule for numbers a person reads; app.formatting.format_count and format_vnd use it
    (it lives here because tn() needs it and app.formatting imports this package).
    """
    grouped = f"{n:,}"
    return grouped.replace(",", ".") if (lang or _language) == "vi" else grouped
