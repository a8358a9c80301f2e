"""`python main.py import customers|purchases FILE.csv [--dry-run] [--json]`: load a file.

The rows are loaded by app.services.customer_import / purchase_import as the OS account
running the command (Actor.os_user()), so each record created or changed is audited like
a change on a screen. A file that cannot be read at all is one line on stderr and exit
code 1; bad rows are listed and skipped while the good ones load (exit code 0).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.cli import EXIT_OK, _open
from app.errors import ValidationError
from app.i18n import t
from app.services.actor import Actor
from app.services.customer_import import ImportResult, import_customers
from app.services.purchase_import import PurchaseImportResult, import_purchases


def add_import_commands(sub: argparse._SubParsersAction) -> None:
    """Register `import customers FILE` and `import purchases FILE` under the top-level
    commands."""
    load = sub.add_parser("import", help=t("load records from a file: customers, purchases"))
    kinds = load.add_subparsers(dest="import_kind", metavar="KIND", required=True)
    p = kinds.add_parser(
        "customers",
        help=t("customers from a UTF-8 CSV file with a header row (English or Vietnamese "
               "column names); a row whose code exists updates that customer"),
    )  # fmt: skip
    _file_options(p)
    p.set_defaults(handler=cmd_import_customers)
    p = kinds.add_parser(
        "purchases",
        help=t("purchases of existing customers (found by customer code or phone) from a "
               "UTF-8 CSV file with a header row; an unknown SKU with a product name adds "
               "that product"),
    )  # fmt: skip
    _file_options(p)
    p.set_defaults(handler=cmd_import_purchases)


def _file_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE.csv", type=Path, help=t("the CSV file to load"))
    p.add_argument(
        "--dry-run", action="store_true",
        help=t("check every row and report what would happen, changing nothing"),
    )  # fmt: skip
    p.add_argument("--json", action="store_true", help=t("machine-readable output"))


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ValidationError(t("There is no file {path}.", path=path)) from None
    except IsADirectoryError:
        raise ValidationError(t("{path} is a folder, not a CSV file.", path=path)) from None
    except OSError as exc:
        raise ValidationError(
            t("Cannot read {path}: {reason}.", path=path, reason=exc.strerror)
        ) from None


def _report_rows(result: ImportResult | PurchaseImportResult) -> None:
    for error in result.errors:
        if error.column:
            print(t("Row {row}, {column}: {message}", row=error.row, column=error.column,
                    message=error.message))  # fmt: skip
        else:
            print(t("Row {row}: {message}", row=error.row, message=error.message))
    if result.ignored_columns:
        print(t("Columns not imported (unknown names): {names}.",
                names=", ".join(result.ignored_columns)))  # fmt: skip


def _report(result: ImportResult) -> None:
    _report_rows(result)
    if result.dry_run:
        print(t("Dry run, nothing was changed: {created} would be created, {updated} updated, "
                "{skipped} rows skipped.", created=result.created, updated=result.updated,
                skipped=result.skipped))  # fmt: skip
    else:
        print(t("Customers created: {created}, updated: {updated}; rows skipped: {skipped}.",
                created=result.created, updated=result.updated,
                skipped=result.skipped))  # fmt: skip


def cmd_import_customers(args) -> int:
    content = _read(args.file)  # before opening the database: a typo costs nothing
    db, _ = _open(args)
    try:
        with db.session_scope() as session:
            result = import_customers(session, Actor.os_user(), content, dry_run=args.dry_run)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
    else:
        _report(result)
    return EXIT_OK


def _report_purchases(result: PurchaseImportResult) -> None:
    _report_rows(result)
    if result.dry_run:
        print(t("Dry run, nothing was changed: {created} purchases would be created, "
                "{products} new products, {skipped} rows skipped.", created=result.created,
                products=result.products_created, skipped=result.skipped))  # fmt: skip
    else:
        print(t("Purchases created: {created}, new products: {products}; rows skipped: "
                "{skipped}.", created=result.created, products=result.products_created,
                skipped=result.skipped))  # fmt: skip


def cmd_import_purchases(args) -> int:
    content = _read(args.file)  # before opening the database: a typo costs nothing
    db, _ = _open(args)
    try:
        with db.session_scope() as session:
            result = import_purchases(session, Actor.os_user(), content, dry_run=args.dry_run)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
    else:
        _report_purchases(result)
    return EXIT_OK
