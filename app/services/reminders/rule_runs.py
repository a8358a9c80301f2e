"""When a reminder rule last ran, and with which settings: how far back its next run looks.

A rule whose reason can stay true for ever (a customer still quiet) cannot look at its
whole history every morning; it looks back to its last run instead, which made every
reminder that fell due by then. That holds only for a run with the same settings: with
another number of days or other tiers, other customers fell due before it, so a run
with settings it never ran with looks back as far as the rule allows.

Kept as one row of the settings table ({rule: {"at": ISO time, "settings": {...}}}),
written in the rule run's own transaction: a run that fails records nothing.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import date, datetime

from sqlalchemy.orm import Session

from app.services.settings_store import keep, read_kept
from app.timeutil import local_date

LAST_RUN_KEY = "reminder.rules.last_run"


def _runs(session: Session) -> dict:
    kept = read_kept(session, LAST_RUN_KEY)
    return kept if isinstance(kept, dict) else {}


def last_run_day(session: Session, rule: str, settings: dict) -> date | None:
    """The local day `rule` last ran with `settings` (None: never, or with others)."""
    run = _runs(session).get(rule)
    if not isinstance(run, dict) or run.get("settings") != settings:
        return None
    try:
        return local_date(datetime.fromisoformat(str(run.get("at"))))
    except (TypeError, ValueError):  # written by hand and unreadable: as if never run
        return None


def record_run(session: Session, rule: str, settings: dict, at: datetime) -> None:
    """Record that `rule` ran at `at` with `settings` (a run as of an earlier moment than
    the one recorded with the same settings leaves the later one)."""
    runs = _runs(session)
    before = runs.get(rule)
    # A time written by hand that is unreadable (or without a zone) is replaced.
    if isinstance(before, dict) and before.get("settings") == settings:
        with suppress(TypeError, ValueError):
            at = max(at, datetime.fromisoformat(str(before.get("at"))))
    keep(session, LAST_RUN_KEY, {**runs, rule: {"at": at.isoformat(), "settings": settings}})
