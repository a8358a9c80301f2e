"""Text written into a CSV or XLSX cell without a spreadsheet running it (CSV injection).

A cell starting with =, +, - or @ is read by Excel and LibreOffice as a formula, and so is
one starting with a tab or a carriage return once they trim it; such text gets a leading
apostrophe, which spreadsheets show as plain text.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str | None) -> str:
    """`text` ("" for None) as a spreadsheet shows it, never runs it."""
    text = text or ""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
