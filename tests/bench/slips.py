"""The slips benchmark: one slip rendered, and a batch of warranty slips issued and rendered.

    .venv/bin/python tests/bench/run.py slips [--samples 50] [--batch 1000] [--db URL]

One slip: the stored payload of a warranty slip rendered to PDF (as a reprint does), the
median of --samples runs after one warm-up (the first render in a process also reads the
fonts). The batch: --batch purchases, each given its warranty slip (number, payload,
audit entry) and rendered on the default paper (A5), one transaction per slip as a
counter would.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import insert, select

from app.db import Database, migrate, open_database
from app.models import Customer, CustomerPhone, Product, Purchase, Store
from app.services.actor import Actor
from app.services.slips import slips
from app.slips import render_slip

TARGET_ONE_MS, TARGET_BATCH_S = 50, 30
NOW = datetime(2026, 11, 22, 3, 0, tzinfo=UTC)


def slips_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--samples", type=int, default=50)
    parser.add_argument("--batch", type=int, default=1000)


def _fill(db: Database, count: int) -> list[int]:
    """`count` customers with one purchase each, written in bulk."""
    with db.session_scope() as s:
        store = Store(
            code="HN01",
            name="Điện máy Tràng Tiền",
            address="1 Tràng Tiền, Hoàn Kiếm",
            province="Hà Nội",
            phone="024 3825 1234",
        )
        product = Product(
            sku="LG-FV1409",
            name="Máy giặt LG Inverter 9 kg",
            name_key="may giat lg inverter 9 kg",
            brand="LG",
        )
        s.add_all([store, product])
        s.flush()
        s.execute(
            insert(Customer.__table__),
            [
                {
                    "code": f"KH{n:07d}",
                    "full_name": f"Nguyễn Thị Ánh {n}",
                    "name_key": f"nguyen thi anh {n}",
                    "province": "Hà Nội",
                    "ward": "Phường Ba Đình",
                    "address": f"{n} Ngõ 5 Láng Hạ",
                    "tier": "member",
                    "points": 0,
                    "marketing_consent": False,
                    "notes": "",
                    "store_id": store.id,
                    "version": 1,
                    "created_at": NOW,
                    "updated_at": NOW,
                }
                for n in range(1, count + 1)
            ],
        )
        customers = list(s.scalars(select(Customer.id).order_by(Customer.id)))
        s.execute(
            insert(CustomerPhone.__table__),
            [
                {
                    "customer_id": c,
                    "e164": f"+8491{c:07d}",
                    "raw": f"091{c:07d}",
                    "digits_rev": f"91{c:07d}"[::-1],
                    "label": "mobile",
                    "is_primary": True,
                }
                for c in customers
            ],
        )
        s.execute(
            insert(Purchase.__table__),
            [
                {
                    "customer_id": c,
                    "product_id": product.id,
                    "store_id": store.id,
                    "serial_no": f"SN-{c:08d}",
                    "invoice_no": f"HD-{c:08d}",
                    "purchase_date": date(2026, 11, 1),
                    "price_vnd": 9_490_000,
                    "warranty_months": 24,
                    "extended_warranty_months": 0,
                    "warranty_end": date(2028, 11, 1),
                    "version": 1,
                    "created_at": NOW,
                    "updated_at": NOW,
                }
                for c in customers
            ],
        )
        return list(s.scalars(select(Purchase.id).order_by(Purchase.id)))


def bench_slips(args: argparse.Namespace) -> None:
    """Slips: one slip rendered (median), a batch of warranty slips issued and rendered."""
    actor = Actor.os_user()
    with tempfile.TemporaryDirectory(prefix="caredesk-bench-") as folder:
        db = open_database(args.db or f"sqlite:///{Path(folder) / 'bench.db'}")
        migrate(db)
        print(f"database: {db.describe()}")
        purchases = _fill(db, args.batch + 1)

        with db.session_scope() as s:
            one = slips.issue_slip(s, actor, "warranty", purchases[-1], now=NOW)
            payload = slips.slip_payload(s, one.id)
        for layout in ("a5", "thermal80"):
            render_slip(payload, layout)  # warm-up: fonts read once per process
            times = []
            for _ in range(args.samples):
                start = time.perf_counter()
                render_slip(payload, layout)
                times.append((time.perf_counter() - start) * 1000)
            print(
                f"one slip, {layout:<9}: median {statistics.median(times):6.1f} ms, "
                f"max {max(times):6.1f} ms over {args.samples} "
                f"(target <= {TARGET_ONE_MS} ms)"
            )
        times = []
        for _ in range(args.samples):
            start = time.perf_counter()
            with db.session_scope() as s:
                slips.render(s, one.id)
            times.append((time.perf_counter() - start) * 1000)
        print(
            f"one slip read from the database and rendered: median "
            f"{statistics.median(times):6.1f} ms"
        )

        start = time.perf_counter()
        size = 0
        for purchase_id in purchases[: args.batch]:
            with db.session_scope() as s:
                view = slips.issue_slip(s, actor, "warranty", purchase_id, now=NOW)
                size += len(slips.render(s, view.id))
        elapsed = time.perf_counter() - start
        print(
            f"batch: {args.batch:,} warranty slips issued and rendered in {elapsed:.1f} s "
            f"({elapsed / args.batch * 1000:.1f} ms each, {size / 1e6:.1f} MB of PDF; "
            f"target <= {TARGET_BATCH_S} s)"
        )
        db.dispose()
