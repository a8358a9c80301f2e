"""Which row of a sheet names the columns.

Store files often start with a title ("DANH SÁCH KHÁCH HÀNG 2024", merged across the
columns) and sometimes a two-row header whose upper cells are merged over several
columns or down over two rows. The header is the row among the first few that names the
most known columns; a blank cell in it takes the name written above it (a cell merged
down). A first row that holds data rather than names is refused: the columns would be
guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.errors import ValidationError
from app.i18n import t
from app.services.imports.cells import Cell, cell_text
from app.services.imports.fields import field_of
from app.services.imports.report import RowIssue
from app.services.imports.sheets import RawTable

_SEARCHED_ROWS = 10
_DATA_LIKE = re.compile(r"^(\+?[\d .\-()]{8,}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|[^@\s]+@[^@\s]+)$")


@dataclass(frozen=True)
class Header:
    row: int  # its row number in the sheet
    names: tuple[str, ...]  # one per column, "" where the column has no name
    position: int  # index in RawTable.rows of the header row


def find_header(table: RawTable, kind: str) -> Header:
    if not table.rows:
        raise ValidationError(
            t(
                "The file is empty: its first line must name the columns, such as "
                "full_name,phone,email. Nothing was loaded."
            )
        )
    candidates = table.rows[:_SEARCHED_ROWS]
    scores = [_known(kind, cells) for _, cells in candidates]
    best = max(range(len(candidates)), key=lambda i: (scores[i], -i))
    if scores[best] == 0:
        first = [cell_text(c) for c in candidates[0][1] if cell_text(c)]
        if any(_DATA_LIKE.match(text) for text in first):
            raise ValidationError(
                t(
                    "The first row holds data (“{cells}”), not column names: add a first row "
                    "that names each column (such as Họ tên, Số điện thoại, Ngày sinh) and "
                    "import the file again. Nothing was loaded.",
                    cells="”, “".join(first[:3]),
                )
            )
        best = 0
    number, cells = candidates[best]
    names = [cell_text(c) for c in cells]
    if best > 0:
        above = [cell_text(c) for c in candidates[best - 1][1]]
        names = [n or (above[i] if i < len(above) else "") for i, n in enumerate(names)]
    return Header(number, tuple(names), best)


def shifted(number: int, cells: list[Cell], header: Header) -> RowIssue | None:
    """The error of a row with more filled cells than the header names, else None.

    A separator inside an unquoted value shifts every cell after it: none of the row's
    cells can be trusted, so this is the row's only error.
    """
    width = len(header.names)
    extra = sum(1 for c in cells[width:] if cell_text(c))
    if not extra:
        return None
    message = t(
        "This row has {cells} cells but the header has {columns}: put a value that "
        "contains the separator in double quotes.",
        cells=width + extra,
        columns=width,
    )
    return RowIssue(number, "", message)


def _known(kind: str, cells: list[Cell]) -> int:
    return len({f for c in cells if (f := field_of(kind, cell_text(c))) is not None})
