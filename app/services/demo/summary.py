"""DemoSummary: how many rows of each kind a demo load made."""

from __future__ import annotations

from dataclasses import dataclass, fields

from app.i18n import t


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind generate() inserted."""

    stores: int
    users: int
    products: int
    customers: int
    customer_phones: int
    customer_tags: int
    important_dates: int
    points_entries: int
    purchases: int
    interactions: int
    reminders: int
    complaints: int
    complaint_events: int
    claims: int
    claim_events: int
    document_counters: int

    @property
    def total(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self))

    def labelled(self) -> list[tuple[str, int]]:
        """(label in the user's language, count) for each kind of row, in field order."""
        labels = {
            "stores": t("Stores"),
            "users": t("Staff"),
            "products": t("Products"),
            "customers": t("Customers"),
            "customer_phones": t("Phone numbers"),
            "customer_tags": t("Tags"),
            "important_dates": t("Important dates"),
            "points_entries": t("Points entries"),
            "purchases": t("Purchases"),
            "interactions": t("Contacts"),
            "reminders": t("Reminders"),
            "complaints": t("Complaints"),
            "complaint_events": t("Complaint events"),
            "claims": t("Claims"),
            "claim_events": t("Claim events"),
            "document_counters": t("Document counters"),
        }
        return [(labels[f.name], getattr(self, f.name)) for f in fields(self)]
