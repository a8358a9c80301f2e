"""Whether the columns chosen can be imported: each field once, every needed field there.

The same rules the import applies (runner._check_mapping and each kind's
require_columns), said before the file is checked, on the Columns page itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from app.services.imports.fields import CALLS, CUSTOMERS, FIELDS, PURCHASES, field_label

# Fields of which at least one is needed beside the required ones: a purchase is found
# by its customer's code or by a phone of theirs.
ONE_OF: dict[str, tuple[str, ...]] = {PURCHASES: ("customer_code", "phone")}


def needed_groups(kind: str) -> list[tuple[str, ...]]:
    """Each group names fields of which at least one column must be chosen."""
    groups = [tuple(ONE_OF[kind])] if kind in ONE_OF else []
    return groups + [(f.name,) for f in FIELDS[kind] if f.required]


def column_name(names: Sequence[str], index: int) -> str:
    """A column's name as the file writes it, or its letter when it has none."""
    name = names[index] if index < len(names) else ""
    return name or QCoreApplication.translate("ImportMapping", "column {letter}").format(
        letter=column_letter(index)
    )


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how a spreadsheet names a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def mapping_problems(kind: str, names: Sequence[str], mapping: dict[int, str]) -> list[str]:
    """What stops this choice from being imported, one sentence each (empty: fine)."""
    problems: list[str] = []
    chosen: dict[str, list[int]] = {}
    for index, field in sorted(mapping.items()):
        chosen.setdefault(field, []).append(index)
    for field, columns in chosen.items():
        if len(columns) > 1:
            problems.append(
                QCoreApplication.translate(
                    "ImportMapping",
                    "“{field}” is chosen for {columns}: keep it for one column only.",
                ).format(
                    field=field_label(field),
                    columns=", ".join(f"“{column_name(names, i)}”" for i in columns),
                )
            )
    for group in needed_groups(kind):
        if not any(field in chosen for field in group):
            labels = [field_label(f) for f in group]
            if len(labels) == 1:
                text = QCoreApplication.translate(
                    "ImportMapping", "Choose the column that holds “{field}”."
                ).format(field=labels[0])
            else:
                text = QCoreApplication.translate(
                    "ImportMapping", "Choose the column that holds “{first}” or “{second}”."
                ).format(first=labels[0], second=labels[1])
            problems.append(text)
    return problems


def kind_needs(kind: str) -> str:
    """What a file of this kind must hold, in a sentence or two."""
    if kind == CUSTOMERS:
        return QCoreApplication.translate(
            "ImportMapping",
            "One row per customer. It needs a column with the customer's full name; the "
            "code, phones, e-mail, birthday, gender, address, ward, province, tier, points, "
            "tags and notes are taken when the file has them.",
        )
    if kind == CALLS:
        return QCoreApplication.translate(
            "ImportMapping",
            "Master.csv from the PBX (/var/log/asterisk/cdr-csv/ on the Asterisk server), as "
            "it is: one line per call, no header. Calls already imported are skipped, so the "
            "same file can be imported again as it grows.",
        )
    return QCoreApplication.translate(
        "ImportMapping",
        "One row per product bought. It needs the customer code or phone (the customer "
        "must already be in CareDesk), the product code (SKU) and the purchase date; the "
        "invoice, product name, serial number, price, warranty and store are taken when "
        "the file has them. An SKU CareDesk does not know, with a product name, becomes a "
        "new product.",
    )
