"""Demo data: a realistic, deterministic Vietnamese customer base to try CareDesk on.

Speed is the point (100,000 customers well under a minute). runner.generate() drives the
load; builder.Builder makes the rows from one row maker per kind (customers, phones,
purchases, contacts, complaints, claims, reminders); the static tables are names,
places, chain, catalog, texts and frequencies.
"""

from app.services.demo.runner import generate
from app.services.demo.summary import DemoSummary

__all__ = ["DemoSummary", "generate"]
