"""Complaint and claim numbers, handed out at the end in date order, one block per year."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy.orm import Session

from app.services.numbering import format_number, reserve_block


def number_cases(session: Session, late: dict[str, list[dict]]) -> int:
    """Number complaints and claims in date order, one reserved block per kind and year.

    Returns how many document counters were used.
    """
    counters = 0
    for kind, name, at in (
        ("complaint", "complaints", "opened_at"),
        ("claim", "claims", "received_at"),
    ):
        by_year: dict[int, list[dict]] = defaultdict(list)
        for row in late.get(name, []):
            by_year[row.pop("_year")].append(row)
        for year in sorted(by_year):
            rows = sorted(by_year[year], key=lambda r: (r[at], r["id"]))
            first = reserve_block(session, kind, year, len(rows))
            for offset, row in enumerate(rows):
                row["number"] = format_number(kind, year, first + offset)
            counters += 1
    return counters
