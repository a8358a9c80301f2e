"""The customer import benchmark: 100,000 customers from CSV and from XLSX on SQLite.

    .venv/bin/python tests/bench/run.py customers [--customers 100000] [--seed 2026]

Each load goes into a fresh migrated SQLite file. Printed beside it, in the same run:
the same rows (customers, their phones, their name index) inserted into the same schema
by a plain sqlite3 script (csv module, executemany, one transaction): the floor. While
the CSV import runs, a second connection saves a change every 50 ms, as another seat
would; the longest it waited is printed (the import must never hold the file long).
"""

from __future__ import annotations

import argparse
import csv
import io
import multiprocessing
import random
import sqlite3
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook

from app.db import migrate, open_database
from app.services.actor import Actor
from app.services.imports.files import ImportFile
from app.services.imports.runner import ImportOptions, run_import

TODAY = date(2026, 12, 7)
HEADER = [
    "Họ tên",
    "Số điện thoại",
    "Email",
    "Ngày sinh",
    "Địa chỉ",
    "Phường/Xã",
    "Tỉnh/Thành phố",
    "Hạng",
    "Điểm",
    "Ghi chú",
]
_FAMILY = (
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
)
_MIDDLE = ("Văn", "Thị", "Minh", "Thu", "Ngọc", "Đức", "Thanh", "Hoàng", "Quốc", "Kim")
_GIVEN = (
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Đào",
    "Hà",
    "Hải",
    "Hương",
    "Khoa",
    "Lan",
    "Linh",
    "Mai",
    "Nam",
    "Phúc",
    "Quân",
    "Sơn",
    "Tâm",
    "Trang",
    "Tuấn",
    "Yến",
)
_PROVINCES = (
    "TP. Hồ Chí Minh",
    "Hà Nội",
    "Bình Dương",
    "Đà Nẵng",
    "Sài Gòn",
    "Cần Thơ",
    "Hải Phòng",
    "Đồng Nai",
    "Bà Rịa - Vũng Tàu",
    "Khánh Hòa",
    "",
)
_PREFIXES = (
    "090",
    "091",
    "093",
    "094",
    "096",
    "097",
    "098",
    "032",
    "035",
    "038",
    "070",
    "077",
    "081",
    "083",
    "085",
    "086",
    "088",
    "089",
    "056",
    "059",
)


def customers_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)


def rows(count: int, seed: int) -> list[list[object]]:
    rng = random.Random(seed)
    out = []
    for n in range(count):
        name = f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"
        number = f"{rng.choice(_PREFIXES)}{n:07d}"
        phone = (
            f"{number[:4]} {number[4:7]} {number[7:]}"
            if n % 3
            else f"+84 {number[1:]}"
            if n % 2
            else number
        )
        born = date(1950, 1, 1) + timedelta(days=rng.randrange(0, 20000))
        out.append(
            [
                name,
                phone,
                f"kh{n}@gmail.com" if n % 4 == 0 else "",
                born.strftime("%d/%m/%Y"),
                f"{rng.randrange(1, 400)} Lê Lợi",
                "Phường Bến Thành",
                rng.choice(_PROVINCES),
                rng.choice(("", "Vàng", "Bạc")),
                f"{rng.randrange(0, 5000):,}".replace(",", "."),
                "",
            ]
        )
    return out


def as_csv(data: list[list[object]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(data)
    return out.getvalue().encode("utf-8-sig")


def as_xlsx(data: list[list[object]], path: Path) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Khách hàng")
    sheet.append(HEADER)
    for row in data:
        day, month, year = (int(p) for p in str(row[3]).split("/"))
        phone = row[1]
        digits = "".join(c for c in str(phone) if c.isdigit())
        # As Excel keeps them: a phone typed as a number loses its 0, dates are dates.
        cells = list(row)
        cells[1] = int(digits) if digits.startswith("0") else phone
        cells[3] = date(year, month, day)
        sheet.append(cells)
    book.save(path)


def plain_sqlite(db_path: Path, content: bytes) -> float:
    """The floor: what a throwaway script inserting the same rows would take."""
    start = time.perf_counter()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    reader = csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";")
    next(reader)
    now = "2026-12-07 00:00:00"
    customers, phones, tokens = [], [], []
    for n, cells in enumerate(reader, start=1):
        name = cells[0]
        key = name.lower()
        day, month, year = cells[3].split("/")
        customers.append(
            (
                n,
                f"KH{n:07d}",
                name,
                key,
                f"{year}-{month}-{day}",
                cells[2] or None,
                cells[6],
                cells[5],
                cells[4],
                "member",
                int(cells[8].replace(".", "")),
                now,
                now,
            )
        )
        digits = "".join(c for c in cells[1] if c.isdigit()).removeprefix("84")
        national = "0" + digits.removeprefix("0")
        phones.append((n, "+84" + national[1:], cells[1], national[::-1], "mobile", 1))
        tokens += [(word, n) for word in set(key.split())]
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO customers (id, code, full_name, name_key, birthday, email, province, ward,"
        " address, tier, points, marketing_consent, notes, created_at, updated_at, version)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,0,'',?,?,1)",
        customers,
    )
    conn.executemany(
        "INSERT INTO customer_phones (customer_id, e164, raw, digits_rev, label, is_primary)"
        " VALUES (?,?,?,?,?,?)",
        phones,
    )
    conn.executemany("INSERT INTO customer_name_tokens (token, customer_id) VALUES (?,?)", tokens)
    conn.commit()
    conn.close()
    return time.perf_counter() - start


def other_seat(db_path: str, stop, results) -> None:
    """Another seat (its own process, as on another PC): saves a change every 50 ms and
    records how long each save waited for the database."""
    conn = sqlite3.connect(db_path, timeout=30)
    conn.execute("CREATE TABLE IF NOT EXISTS bench_other_seat (at REAL)")
    conn.commit()
    waits, failures = [], 0
    while not stop.is_set():
        start = time.perf_counter()
        try:
            conn.execute("INSERT INTO bench_other_seat VALUES (?)", (start,))
            conn.commit()
        except sqlite3.OperationalError:
            failures += 1
        waits.append(time.perf_counter() - start)
        time.sleep(0.05)
    conn.close()
    results.put((waits, failures))


def _fresh(folder: Path, name: str) -> tuple[Path, object]:
    path = folder / name
    db = open_database(f"sqlite:///{path}")
    migrate(db)
    return path, db


def _import(db, file: ImportFile) -> tuple[float, object]:
    start = time.perf_counter()
    report = run_import(db, Actor.os_user(), file, ImportOptions("customers", today=TODAY))
    return time.perf_counter() - start, report


def bench_customers(args: argparse.Namespace) -> None:
    """Customer import: 100,000 rows from CSV and from XLSX against a plain sqlite3 script."""
    data = rows(args.customers, args.seed)
    content = as_csv(data)
    with tempfile.TemporaryDirectory(prefix="caredesk-bench-") as name:
        folder = Path(name)
        xlsx = folder / "khach.xlsx"
        as_xlsx(data, xlsx)
        print(
            f"rows: {args.customers:,}; CSV {len(content) / 1e6:.1f} MB, "
            f"XLSX {xlsx.stat().st_size / 1e6:.1f} MB"
        )
        floor_path, floor_db = _fresh(folder, "floor.db")
        floor_db.dispose()
        floor = plain_sqlite(floor_path, content)
        print(f"plain sqlite3 script (floor): {floor:6.2f} s")

        path, db = _fresh(folder, "csv.db")
        stop, results = multiprocessing.Event(), multiprocessing.Queue()
        seat = multiprocessing.Process(target=other_seat, args=(str(path), stop, results))
        seat.start()
        elapsed, report = _import(db, ImportFile.from_bytes(content, "khach.csv"))
        stop.set()
        waits, failures = results.get()
        seat.join()
        db.dispose()
        print(
            f"import CSV:  {elapsed:6.2f} s = {elapsed / floor:4.1f} x floor (target <= 4 x); "
            f"created {report.created:,}, skipped {report.skipped:,}, notes "
            f"{len(report.notes):,}"
        )
        print(
            f"  another seat saving every 50 ms during it: {len(waits)} saves, longest "
            f"wait {max(waits) * 1000:.0f} ms, median {statistics.median(waits) * 1000:.1f} "
            f"ms, failed {failures} (target: no wait over about 2 s)"
        )

        _, db = _fresh(folder, "xlsx.db")
        elapsed, report = _import(db, ImportFile.from_path(xlsx))
        db.dispose()
        print(
            f"import XLSX: {elapsed:6.2f} s (target <= 30 s); created {report.created:,}, "
            f"skipped {report.skipped:,}"
        )
