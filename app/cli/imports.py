"""`python main.py import customers|purchases|calls FILE [--encoding E] [--sheet S] [--dry-run]`.

The file (CSV in any of the encodings the import screen reads, or an Excel workbook) is
loaded by app.services.imports as the OS account running the command (Actor.os_user()),
so each record created or changed is audited like a change on a screen. A file that
cannot be read at all is one line on stderr and exit code 1; bad rows are listed and
skipped while the good ones load (exit code 0), with the same report as the screen's.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.cli.common import EXIT_OK, open_db
from app.formatting import format_count
from app.i18n import t, tn
from app.services.actor import Actor
from app.services.imports.encodings import ENCODINGS
from app.services.imports.fields import CALLS, CUSTOMERS, PURCHASES
from app.services.imports.files import ImportFile
from app.services.imports.report import ImportReport
from app.services.imports.runner import ImportOptions, run_import


def add_import_commands(sub: argparse._SubParsersAction) -> None:
    """Register `import customers FILE`, `import purchases FILE` and `import calls FILE`
    under the top-level commands."""
    load = sub.add_parser("import", help=t("load records from a file: customers, purchases, calls"))
    kinds = load.add_subparsers(dest="import_kind", metavar="KIND", required=True)
    p = kinds.add_parser(
        "customers",
        help=t(
            "customers from a CSV or Excel file with a header row (English or Vietnamese "
            "column names); a row whose code exists updates that customer"
        ),
    )
    _file_options(p)
    p.add_argument(
        "--skip-existing",
        action="store_true",
        help=t(
            "leave customers who already exist (same code, or same phone and name) as "
            "they are instead of updating them"
        ),
    )
    p.set_defaults(handler=cmd_import, kind=CUSTOMERS)
    p = kinds.add_parser(
        "purchases",
        help=t(
            "purchases of existing customers (found by customer code or phone) from a "
            "CSV or Excel file with a header row; an unknown SKU with a product name adds "
            "that product"
        ),
    )
    _file_options(p)
    p.set_defaults(handler=cmd_import, kind=PURCHASES, skip_existing=False)
    p = kinds.add_parser(
        "calls",
        help=t(
            "call records of the telephone exchange: Asterisk's Master.csv as it is (no "
            "header row); calls already imported are skipped, so the file can be loaded "
            "again as it grows"
        ),
    )
    _file_options(p)
    p.set_defaults(handler=cmd_import, kind=CALLS, skip_existing=False)


def _file_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", type=Path, help=t("the CSV or XLSX file to load"))
    p.add_argument(
        "--encoding",
        choices=ENCODINGS,
        help=t("the text encoding of a CSV file, when the one detected is wrong"),
    )
    p.add_argument("--sheet", default="", help=t("the sheet of a workbook to read"))
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=t("check every row and report what would happen, changing nothing"),
    )
    p.add_argument("--json", action="store_true", help=t("machine-readable output"))


def cmd_import(args) -> int:
    file = ImportFile.from_path(args.file)  # before opening the database: a typo costs nothing
    options = ImportOptions(
        args.kind, encoding=args.encoding, sheet=args.sheet, update_existing=not args.skip_existing
    )
    db, _ = open_db(args)
    try:
        report = run_import(db, Actor.os_user(), file, options, dry_run=args.dry_run)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
    else:
        _print(report)
    return EXIT_OK


def _print(report: ImportReport) -> None:
    lines = sorted(
        [(e, "") for e in report.errors] + [(n, t("Note: ")) for n in report.notes],
        key=lambda pair: (pair[0].row, pair[1] != ""),
    )
    for issue, prefix in lines:
        if issue.column:
            print(
                prefix
                + t(
                    "Row {row}, {column}: {message}",
                    row=issue.row,
                    column=issue.column,
                    message=issue.message,
                )
            )
        else:
            print(prefix + t("Row {row}: {message}", row=issue.row, message=issue.message))
    if report.ignored_columns:
        print(
            t(
                "Columns not imported (unknown names): {names}.",
                names=", ".join(report.ignored_columns),
            )
        )
    print(t("Read as: {source}.", source=report.source))
    print(_summary(report))


def _summary(report: ImportReport) -> str:
    values = {
        "created": format_count(report.created),
        "updated": format_count(report.updated),
        "skipped": format_count(report.skipped),
        "products": format_count(report.products_created),
    }
    skipped = tn("{n} row skipped", "{n} rows skipped", report.skipped)
    if report.kind == CALLS:
        if report.dry_run:
            return t(
                "Dry run, nothing was changed: {created}, {skipped} (already imported, "
                "repeated or with errors).",
                created=tn(
                    "{n} call would be imported", "{n} calls would be imported", report.created
                ),
                skipped=skipped,
            )
        return t(
            "Calls imported: {created}; rows skipped (already imported, repeated or with "
            "errors): {skipped}.",
            **values,
        )
    if report.kind == PURCHASES:
        if report.dry_run:
            return t(
                "Dry run, nothing was changed: {created}, {products}, {skipped}.",
                created=tn(
                    "{n} purchase would be created",
                    "{n} purchases would be created",
                    report.created,
                ),
                products=tn("{n} new product", "{n} new products", report.products_created),
                skipped=skipped,
            )
        return t(
            "Purchases created: {created}, new products: {products}; rows skipped: {skipped}.",
            **values,
        )
    if report.dry_run:
        return t(
            "Dry run, nothing was changed: {created} would be created, {updated} updated, "
            "{skipped}.",
            **{**values, "skipped": skipped},
        )
    return t("Customers created: {created}, updated: {updated}; rows skipped: {skipped}.", **values)
