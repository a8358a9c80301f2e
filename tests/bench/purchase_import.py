"""The purchases import benchmark: a 100,000-row file loaded into a demo database.

    .venv/bin/python tests/bench/run.py purchases [--purchases 100000] [--customers 20000]

A demo load (customers, stores, the product catalogue) on a fresh SQLite file (or --db, an
empty database), then a generated CSV: half the rows name the customer by code, half by a
phone written the way people type it; 1 row in 100 names a product the catalogue does not
have, 1 in 50 is bad (an unknown customer, a future date, a serial repeated). It is loaded
twice through the import the screen and the command line use (app.services.imports): a
dry run (every row checked, nothing written), then for real, in transactions of 1,000
rows; the wall time of each is printed with rows per second.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from app.db import Database, migrate, open_database
from app.models import Customer, CustomerPhone, Product, Store
from app.services.actor import Actor
from app.services.demo import generate
from app.services.imports.files import ImportFile
from app.services.imports.runner import ImportOptions, run_import

TODAY = date(2026, 11, 1)
TARGET_S = 60.0


def purchases_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--purchases", type=int, default=100_000)
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=2026)


def _csv(db: Database, rows: int, seed: int) -> bytes:
    rng = random.Random(seed)
    with db.session_scope() as s:
        people = s.execute(
            select(Customer.code, CustomerPhone.e164)
            .join(CustomerPhone, CustomerPhone.customer_id == Customer.id)
            .where(
                CustomerPhone.is_primary,
                Customer.archived_at.is_(None),
                Customer.merged_into_id.is_(None),
            )
        ).all()
        skus = list(s.scalars(select(Product.sku)))
        stores = list(s.scalars(select(Store.code)))
    lines = [
        "Mã khách hàng;Số điện thoại;Số hóa đơn;Mã sản phẩm;Tên sản phẩm;Số sê-ri;Ngày mua;"
        "Giá (VND);Bảo hành (tháng);Mã cửa hàng"
    ]
    previous = ("", "")
    for n in range(rows):
        code, e164 = rng.choice(people)
        national = "0" + e164[3:]
        who = (code, "") if n % 2 else ("", f"{national[:4]} {national[4:7]} {national[7:]}")
        sku, name = rng.choice(skus), ""
        if n % 100 == 7:
            sku, name = f"NHAP-{n // 1000:03d}", f"Sản phẩm nhập {n // 1000}"
        day = TODAY - timedelta(days=rng.randrange(1, 1500))
        serial = f"IMP{n:08d}"
        if n % 50 == 3:  # a bad row, one of three kinds
            bad = n // 50 % 3
            if bad == 0:
                who = ("KH9999999", "")
            elif bad == 1:
                day = TODAY + timedelta(days=1)
            else:  # the unit of the row above, sold twice
                sku, name, serial = previous[0], "", previous[1]
        previous = (sku, serial)
        price = f"{rng.randrange(1, 600) * 100_000:,}".replace(",", ".")
        cells = [
            *who,
            f"HD{n:08d}",
            sku,
            name,
            serial,
            day.strftime("%d/%m/%Y"),
            price,
            rng.choice(("", "12", "24")),
            rng.choice(stores),
        ]
        lines.append(";".join(cells))
    return ("\n".join(lines) + "\n").encode()


def bench_purchases(args: argparse.Namespace) -> None:
    """Purchases import: a 100,000-row CSV file, dry run and real load."""
    with tempfile.TemporaryDirectory(prefix="caredesk-bench-") as folder:
        db = open_database(args.db or f"sqlite:///{Path(folder) / 'bench.db'}")
        migrate(db)
        print(f"database: {db.describe()}  (demo with {args.customers:,} customers)")
        generate(db, args.customers, args.seed, TODAY)
        content = _csv(db, args.purchases, args.seed)
        print(f"file: {args.purchases:,} rows, {len(content) / 1e6:.1f} MB")
        for dry_run in (True, False):
            start = time.perf_counter()
            result = run_import(
                db,
                Actor.os_user(),
                ImportFile.from_bytes(content, "bench.csv"),
                ImportOptions("purchases", today=TODAY),
                dry_run=dry_run,
            )
            elapsed = time.perf_counter() - start
            label = "dry run" if dry_run else "load"
            print(
                f"{label:>8}: {elapsed:6.2f} s  ({args.purchases / elapsed:,.0f} rows/s; "
                f"target {TARGET_S:.0f} s)  created {result.created:,}, new products "
                f"{result.products_created}, skipped {result.skipped:,}"
            )
        db.dispose()
