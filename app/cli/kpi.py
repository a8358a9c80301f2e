"""`python main.py kpi --from YYYY-MM-DD --to YYYY-MM-DD [--by DIM] [--json]
[--xlsx FILE | --csv FILE | --pdf FILE]`.

The KPIs of docs/kpis.md for a period, as the Dashboard computes them (the same
kpi_report), run as the OS account like every admin command (Actor.os_user(), an
administrator). JSON names each KPI by its key with its value, target, amber limit,
count of records, status and previous value; durations are in seconds, as computed.
A file option writes the table (Excel, CSV) or the one-page PDF summary instead of
printing the table.
"""

from __future__ import annotations

import argparse
import json
import re
from datetime import date
from pathlib import Path

from app.cli.common import EXIT_OK, open_db, plain, table
from app.formatting import format_count
from app.i18n import t
from app.services.access.stores import open_stores
from app.services.actor import Actor
from app.services.kpis.catalogue import DIMENSIONS, KPIS, dimension_names, group_names, kpi_names
from app.services.kpis.dashboard import dashboard
from app.services.kpis.kpi_files import breakdown_keys, write_kpi_table
from app.services.kpis.kpi_report import check_dimension, kpi_report
from app.services.kpis.kpi_text import format_change, format_kpi, status_names
from app.services.kpis.period import Period, period
from app.services.kpis.results import KpiReport, KpiValue
from app.services.kpis.summary_pdf import write_summary_pdf

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def day(text: str) -> date:
    """A date written YYYY-MM-DD (the form a script or cron line writes)."""
    try:
        if _DAY.fullmatch(text.strip()):
            return date.fromisoformat(text.strip())
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(t("“{v}” is not a date; write it as 2026-11-30", v=text))


def add_kpi_command(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("kpi", help=t("the KPIs of a period: a table, JSON, Excel, CSV or PDF"))
    p.add_argument(
        "--from", dest="start", type=day, required=True, metavar="YYYY-MM-DD",
        help=t("the period's first day"),
    )  # fmt: skip
    p.add_argument(
        "--to", dest="end", type=day, required=True, metavar="YYYY-MM-DD",
        help=t("the period's last day (included)"),
    )  # fmt: skip
    p.add_argument(
        "--by",
        metavar="DIM",
        help=t("break the KPIs down by one of: {dims}", dims=", ".join(DIMENSIONS)),
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=t(
            "machine-readable output: each KPI by its key with value, target, amber, count, "
            "status and previous; durations in seconds, rates in percent"
        ),
    )
    files = p.add_mutually_exclusive_group()
    files.add_argument("--xlsx", type=Path, metavar="FILE", help=t("write the table to Excel"))
    files.add_argument(
        "--csv",
        type=Path,
        metavar="FILE",
        help=t("write the table to CSV (a breakdown goes to FILE-DIM.csv beside it)"),
    )
    files.add_argument(
        "--pdf", type=Path, metavar="FILE", help=t("write the one-page summary for a meeting")
    )
    p.set_defaults(handler=cmd_kpi, kpi_parser=p)


def cmd_kpi(args: argparse.Namespace) -> int:
    if args.pdf is not None and args.by:
        args.kpi_parser.error(t("--by cannot be used with --pdf: the summary has no breakdown"))
    chosen = period(args.start, args.end)  # a bad period is said before the database opens
    by = check_dimension(args.by)
    actor = Actor.os_user()
    db, _ = open_db(args)
    try:
        with db.session_scope() as session:
            if args.pdf is not None:
                board = dashboard(session, actor, chosen)
                report = board.report
                stores = open_stores(session)
                name = stores[0].name if len(stores) == 1 else ""
                written: tuple[Path, ...] = (write_summary_pdf(board, args.pdf, name),)
            else:
                report = kpi_report(session, actor, chosen, by)
                fmt, path = ("xlsx", args.xlsx) if args.xlsx is not None else ("csv", args.csv)
                written = write_kpi_table(report, path, fmt) if path is not None else ()
    finally:
        db.dispose()
    if args.json:
        found = report_json(report)
        if written:
            found["files"] = [str(path) for path in written]
        print(json.dumps(found, ensure_ascii=False, default=plain))
    elif written:
        for path in written:
            print(t("Written to {path}.", path=path))
    else:
        print(report_text(report))
    return EXIT_OK


def _period(p: Period) -> dict[str, str]:
    return {"from": p.start.isoformat(), "to": p.end.isoformat()}


def _value(v: KpiValue) -> dict[str, object]:
    return {
        "value": v.value,
        "target": v.target,
        "amber": v.amber,
        "count": v.count,
        "status": v.status,
        "previous": v.previous,
        "change": v.change,
    }


def report_json(report: KpiReport) -> dict[str, object]:
    """The report as JSON: KPI keys in catalogue order, durations in seconds."""
    return {
        "period": _period(report.period),
        "previous": _period(report.previous),
        "by": report.by,
        "kpis": {k.key: _value(report.values[k.key]) for k in KPIS if k.key in report.values},
        "breakdown": [
            {
                "key": row.key,
                "label": row.label,
                "kpis": {key: _value(v) for key, v in row.values.items()},
            }
            for row in report.breakdown
        ],
    }


def report_text(report: KpiReport) -> str:
    """The KPI table, then the breakdown, aligned for a terminal in the UI language."""
    names, groups, words = kpi_names(), group_names(), status_names()
    lines = [
        t(
            "KPIs {period} (previous period {previous})",
            period=report.period.text(),
            previous=report.previous.text(),
        ),
        "",
    ]
    rows, last_group = [], None
    for kpi in KPIS:
        v = report.values.get(kpi.key) or KpiValue(kpi.key, None, 0)
        group = groups[kpi.group] if kpi.group != last_group else ""
        last_group = kpi.group
        rows.append(
            (
                group,
                names[kpi.key],
                format_kpi(kpi.key, v.value),
                "" if v.target is None else format_kpi(kpi.key, v.target),
                words.get(v.status or "", ""),
                format_kpi(kpi.key, v.previous),
                format_change(kpi.key, v.change),
                format_count(v.count),
            )
        )
    headers = (t("Group"), t("KPI"), t("Value"), t("Target"), t("Status"), t("Previous"),
               t("Change"), t("Records counted"))  # fmt: skip
    lines.append(table(headers, rows))
    if report.by and report.breakdown:
        lines += ["", _breakdown_text(report)]
    return "\n".join(lines)


def _breakdown_text(report: KpiReport) -> str:
    """One line per dimension value and KPI (a table with a column per KPI would not fit
    a terminal), the value's name on its first line only; a KPI empty for every value
    is left out."""
    names, words = kpi_names(), status_names()
    keys = [
        key
        for key in breakdown_keys(report.by or "")
        if any(
            row.values.get(key) and row.values[key].value is not None for row in report.breakdown
        )
    ]
    rows = []
    for row in report.breakdown:
        for n, key in enumerate(keys):
            v = row.values.get(key) or KpiValue(key, None, 0)
            rows.append(
                (
                    row.label if n == 0 else "",
                    names[key],
                    format_kpi(key, v.value),
                    words.get(v.status or "", ""),
                    format_count(v.count),
                )
            )
    by_name = dimension_names().get(report.by or "", report.by or "")
    headers = (by_name, t("KPI"), t("Value"), t("Status"), t("Records counted"))
    return table(headers, rows)
