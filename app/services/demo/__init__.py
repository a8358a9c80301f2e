"""Demo data: a realistic, deterministic Vietnamese customer base to try CareDesk on.

A year of history ending today that gives the dashboard a story (story.py): a Tết peak,
one product model with a defect wave, a backlog that grows then recovers, agents who
work differently (agents.py). Complaints are timed by the SLA rules real ones are
(sla_rules.py, complaint_timeline.py, complaint_state.py).

Speed matters too (100,000 customers in about a minute): runner.generate() drives the
load; builder.Builder makes the rows from one row maker per kind (customers, phones,
purchases, contacts, callbacks, complaints, claims, reminders); the static tables are
names, places, chain, catalog, texts, complaint_texts and frequencies.
"""

from app.services.demo.runner import generate
from app.services.demo.summary import DemoSummary

__all__ = ["DemoSummary", "generate"]
