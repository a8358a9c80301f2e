"""The Dashboard's exports, each one unit of work a worker runs: compute the figures for
the period and filters shown, then write them (app/services/kpis/kpi_files.py and
summary_pdf.py write; this only gives them a session's worth of figures).

Computed again rather than taken from the screen: a breakdown is not on screen, and the
file then says what the database says when it is written, as `python main.py kpi` does.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.orm import Session

from app.models import Store
from app.services.actor import Actor
from app.services.kpis.dashboard import dashboard
from app.services.kpis.kpi_files import write_kpi_table
from app.services.kpis.kpi_report import kpi_report
from app.services.kpis.period import Period
from app.services.kpis.results import KpiFilter
from app.services.kpis.summary_pdf import write_summary_pdf


def export_kpi_table(
    session: Session,
    actor: Actor,
    period: Period,
    filters: KpiFilter,
    by: str | None,
    path: str | os.PathLike,
    fmt: str,
) -> tuple[Path, ...]:
    """Every KPI (and its breakdown `by`, None for none) to "xlsx" or "csv" at `path`;
    the files written (a CSV breakdown is a second file)."""
    report = kpi_report(session, actor, period, by, filters)
    return write_kpi_table(report, path, fmt)


def export_summary_pdf(
    session: Session, actor: Actor, period: Period, filters: KpiFilter, path: str | os.PathLike
) -> Path:
    """The one-page PDF summary of the Dashboard; headed by the store filtered on, if any."""
    board = dashboard(session, actor, period, filters)
    store = session.get(Store, filters.store_id) if filters.store_id is not None else None
    return write_summary_pdf(board, path, store.name if store is not None else "")
