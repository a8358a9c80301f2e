"""Reading a printed slip back: the text of a PDF as the tests compare it."""

from __future__ import annotations

import io
import unicodedata

from pypdf import PdfReader


def pdf_text(pdf: bytes) -> str:
    """The PDF's text with every run of white space as one space (lines wrap anywhere)."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)


def flat(text: str) -> str:
    """`text` composed (NFC), with every run of white space as one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())
