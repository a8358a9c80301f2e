"""Why points moved, in the reader's language where the app gave the reason.

A ledger entry keeps its source (source_type, source_id): compensation for a complaint,
an import that set the balance. Its reason column holds the English for those (it is NOT
NULL, and the audit trail quotes it); the words shown are rendered here from the source.
A reason a person typed (an adjustment) is shown as typed.
"""

from __future__ import annotations

from app.services.stored_text import ENGLISH, READER, Words


def compensation_reason(number: str, w: Words = READER) -> str:
    return w.t("Compensation for complaint {number}", number=number)


def import_reason(w: Words = READER) -> str:
    return w.t("Balance set by an import")


def default_reason(delta: int, w: Words = READER) -> str:
    """The reason of points earned or redeemed when the caller gave none."""
    return w.t("Points earned") if delta > 0 else w.t("Points redeemed")


def ledger_reason(
    source_type: str | None,
    delta: int,
    stored: str,
    complaint_number: str | None = None,
    w: Words = READER,
) -> str:
    """The reason a reader sees for one entry (`complaint_number`: its source's, if any)."""
    if source_type == "complaint" and complaint_number:
        return compensation_reason(complaint_number, w)
    if source_type == "import":
        return import_reason(w)
    if stored == default_reason(delta, ENGLISH):
        return default_reason(delta, w)
    return stored
