"""A claim as its window reads it (with every print of its slips), and the warranty
check's line for one purchase, as the intake form reads it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.services.claims.claim_detail import ClaimDetail, claim_detail
from app.services.claims.purchases import purchase_view
from app.services.claims.warranty_check import WarrantyRow, check_warranty
from app.services.slips import slips
from app.services.slips.slips import SlipPrintView


@dataclass(frozen=True)
class SlipLine:
    """One print of one of the claim's slips."""

    kind: str
    number: str
    print: SlipPrintView


@dataclass(frozen=True)
class ClaimWindowData:
    detail: ClaimDetail
    prints: tuple[SlipLine, ...]


def load_claim(session: Session, claim_id: int) -> ClaimWindowData:
    """The claim and the prints of its receipt and return slip, oldest first."""
    detail = claim_detail(session, claim_id)
    lines: list[SlipLine] = []
    for kind in ("claim", "return"):
        slip = slips.slip_for(session, kind, claim_id)
        if slip is not None:
            lines += [SlipLine(kind, slip.number, p) for p in slips.prints_of(session, slip.id)]
    lines.sort(key=lambda line: (line.print.at, line.print.id))
    return ClaimWindowData(detail, tuple(lines))


def warranty_of(session: Session, purchase_id: int) -> WarrantyRow | None:
    """The warranty check's row for one purchase (found by its serial or invoice)."""
    purchase = purchase_view(session, purchase_id)
    for query in (purchase.serial_no, purchase.invoice_no):
        if query:
            for row in check_warranty(session, query):
                if row.purchase_id == purchase_id:
                    return row
    return None
