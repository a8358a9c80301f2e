"""Exported text never runs as a formula in a spreadsheet."""

from __future__ import annotations

import pytest

from app.services.spreadsheet_text import spreadsheet_safe


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("=HYPERLINK(1)", "'=HYPERLINK(1)"),
        ("+84 912 345 678", "'+84 912 345 678"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("a=b", "a=b"),
        (" =1", " =1"),
        ("Nguyễn Văn An", "Nguyễn Văn An"),
        ("", ""),
        (None, ""),
    ],
)
def test_a_cell_that_would_run_is_written_as_text(text, written):
    assert spreadsheet_safe(text) == written
