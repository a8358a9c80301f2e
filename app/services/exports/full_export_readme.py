"""README.txt of a full export (full_export.py): how the files are written, then each file
with its rows and its columns (type, whether it may be empty, the key, what it refers to)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from sqlalchemy import JSON, BigInteger, Boolean, Date, DateTime, Integer, String, Table

from app.i18n import t, tn
from app.models.base import StrEnumType, UTCDateTime
from app.services.audit import SECRET_FIELDS
from app.timeutil import now_utc


def type_words(column) -> str:  # noqa: ANN001 - a Column
    """A column's type as the file holds it, in words."""
    kind = column.type
    if isinstance(kind, StrEnumType):
        values = ", ".join(member.value for member in kind.enum_cls)
        return t("text, one of: {values}", values=values)
    if isinstance(kind, UTCDateTime | DateTime):
        return t("date and time in UTC (ISO 8601, with the offset)")
    if isinstance(kind, Date):
        return t("date (YYYY-MM-DD)")
    if isinstance(kind, Boolean):
        return t("1 = yes, 0 = no")
    if isinstance(kind, Integer | BigInteger):
        return t("whole number")
    if isinstance(kind, JSON):
        return t("JSON")
    if isinstance(kind, String) and kind.length:
        return t("text, up to {n} characters", n=kind.length)
    return t("text")


def _notes(column) -> str:  # noqa: ANN001 - a Column
    notes = [t("may be empty") if column.nullable else t("always filled")]
    if column.primary_key:
        notes.append(t("key"))
    for key in sorted(column.foreign_keys, key=lambda k: k.target_fullname):
        notes.append(t("refers to {target}", target=key.target_fullname))
    return "; ".join(notes)


def _file(table: Table, rows: int, columns: Sequence) -> list[str]:
    lines = [
        t("{file}: {rows}", file=f"{table.name}.csv", rows=tn("{n} row", "{n} rows", rows)),
    ]
    types = [type_words(c) for c in columns]
    name_width = max(len(c.name) for c in columns)
    type_width = max(len(words) for words in types)
    for column, words in zip(columns, types, strict=True):
        lines.append(
            f"    {column.name.ljust(name_width)}  {words.ljust(type_width)}  {_notes(column)}"
        )
    return [*lines, ""]


def readme_text(
    tables: Sequence[Table],
    written: Mapping[str, int],
    revision: str,
    columns_of: Callable[[Table], Sequence],
) -> str:
    """The README for `tables` with the rows `written` to each, at schema `revision`."""
    left_out = sorted(
        f"{table.name}.{column.name}"
        for table in tables
        for column in table.columns
        if column.name in SECRET_FIELDS
    )
    lines = [
        t("CareDesk: full export of the database"),
        t(
            "Written at {moment} (UTC), database schema revision {revision}.",
            moment=now_utc().replace(microsecond=0).isoformat(),
            revision=revision or t("(none)"),
        ),
        "",
        t("How the files are written"),
        t(
            "- One CSV file per table: UTF-8 with a BOM, separated by commas, a field with a "
            "comma, a quote or a line break in double quotes; the first row names the columns."
        ),
        t("- Rows in the order of the table's key."),
        t("- Dates as YYYY-MM-DD; dates and times in UTC as 2026-11-19T16:30:00+00:00."),
        t("- 1 means yes and 0 no; an empty cell means no value; JSON columns hold JSON text."),
        t("- Money is in whole Vietnamese dong."),
        t(
            "- Text that begins with = + - @, a tab or a carriage return starts with an "
            "added apostrophe ('), so that a spreadsheet never runs it as a formula; a "
            "program reading the files should remove it."
        ),
    ]
    if left_out:
        lines.append(
            t(
                "- Left out: {columns} (passwords never leave the database).",
                columns=", ".join(left_out),
            )
        )
    lines.append("")
    for table in tables:
        lines += _file(table, written.get(table.name, 0), columns_of(table))
    return "\n".join(lines)
