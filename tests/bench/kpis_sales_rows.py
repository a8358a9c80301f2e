"""The KPI benchmark's stores, staff, products, customers, purchases and claims.

Customers from a year and a half before the three years to now (some archived or
merged); purchases from a year before, in date order; claims on purchases made before
them, most repairs, closed by now except the last few weeks'.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from tests.bench.kpis_rows import BATCH, DAY, NOW_S, SPAN_DAYS, START_DAY, Batch, World

CATEGORIES = ("Tủ lạnh", "Máy giặt", "Điều hòa", "Tivi", "Điện thoại", "Laptop", "Nồi cơm điện")
CATEGORIES += ("Máy lọc nước", "Quạt", "Lò vi sóng", "Máy hút bụi", "Loa")
PRODUCTS = 300
TIERS = (("member", 70), ("silver", 15), ("gold", 9), ("platinum", 4), ("vip", 2))
NAMES = ("Nguyễn Thị Đào", "Trần Văn Minh", "Lê Thị Hoa", "Phạm Quốc Bảo", "Hoàng Thu Hằng")
FOLDED = ("nguyen thi dao", "tran van minh", "le thi hoa", "pham quoc bao", "hoang thu hang")


def reference_rows(w: World) -> Iterator[Batch]:
    """8 stores, 40 agents with 4 supervisors and an admin, 300 products."""
    at = w.stamps.at(START_DAY * DAY - 400 * DAY)
    stores = [
        (i, f"CH{i:02d}", f"Cửa hàng {i}", "12 Lê Lợi", "Hà Nội", "0243 123 456", True, at, at, 1)
        for i in range(1, w.sizes.stores + 1)
    ]
    users = [
        (i, f"agent{i}", f"Nhân viên {i}", "agent", 1, w.agent_store[i - 1], True, 0, at, at, 1)
        for i in range(1, w.sizes.agents + 1)
    ]
    boss = w.sizes.agents + 1
    users += [
        (boss + k, f"lead{k}", f"Trưởng nhóm {k}", "supervisor", 2, 1 + k, True, 0, at, at, 1)
        for k in range(4)
    ]
    users.append((boss + 4, "admin", "Quản trị", "admin", 3, 1, True, 0, at, at, 1))
    products = [
        (i, f"SKU{i:05d}", f"Sản phẩm {i}", f"san pham {i}", "Hãng A", CATEGORIES[i % 12],
         12 + 12 * (i % 3), 7, 1_000_000 * (1 + i % 40), True, at, at, 1)
        for i in range(1, PRODUCTS + 1)
    ]  # fmt: skip
    yield {"stores": stores, "users": users, "products": products}


def customer_rows(w: World) -> Iterator[Batch]:
    """A third were customers before the three years began; archived and merged ones too."""
    n, d, at = w.sizes.customers, w.draw, w.stamps.at
    r, tier = d.r, d.table(TIERS)
    first = START_DAY - SPAN_DAYS // 2
    batch: list[tuple] = []
    for i in range(n):
        cid = i + 1
        created = d.work_time(first + (i * (NOW_S // DAY - first)) // n)
        k = cid % 5
        archived = at(created + DAY) if r() < 0.005 else None
        merged = d.rng.randint(1, cid - 1) if cid > 1 and r() < 0.003 else None
        batch.append(
            (cid, f"KH{cid:08d}", NAMES[k], FOLDED[k], "Hà Nội", "Phường Ba Đình",
             f"{cid} Lê Lợi", tier(), 0, r() < 0.6, 1 + cid % w.sizes.stores, "", archived,
             merged, at(created), at(created), 1)
        )  # fmt: skip
        if len(batch) == BATCH:
            yield {"customers": batch}
            batch = []
    yield {"customers": batch}


def purchase_rows(w: World) -> Iterator[Batch]:
    """Purchases from a year before the three years to now, in date order."""
    n, d, s = w.sizes.purchases, w.draw, w.stamps
    rand = d.rng.randint
    first = START_DAY - 365
    batch: list[tuple] = []
    for i in range(n):
        pid = i + 1
        day = first + (i * (NOW_S // DAY - first)) // n
        customer = rand(1, w.sizes.customers)
        product = rand(1, PRODUCTS)
        months = 12 + 12 * (product % 3)
        w.purchase_day.append(day)
        w.purchase_customer.append(customer)
        at = s.at(d.work_time(day))
        batch.append(
            (pid, customer, product, 1 + pid % w.sizes.stores, f"SN{pid:09d}", f"HD{pid:09d}",
             s.day(day), 1_000_000 * (1 + product % 40), months, 0, s.day(day + months * 30),
             at, at, 1)
        )  # fmt: skip
        if len(batch) == BATCH:
            yield {"purchases": batch}
            batch = []
    yield {"purchases": batch}


def bought_before(w: World, day: int, within_days: int) -> int | None:
    """A purchase (id) dated in the `within_days` days up to `day`, or None."""
    hi = bisect_right(w.purchase_day, day)
    lo = bisect_right(w.purchase_day, day - within_days)
    return w.draw.rng.randint(lo, hi - 1) + 1 if hi > lo else None


CLAIM_KINDS = (("repair", 70), ("exchange", 15), ("return", 15))
CLAIM_ENDS = {"repair": ("returned", "returned", "returned", "rejected", "exchanged", "refunded")}
CLAIM_ENDS |= {"exchange": ("exchanged",), "return": ("refunded",)}


def claim_rows(w: World) -> Iterator[Batch]:
    n, d, at = w.sizes.claims, w.draw, w.stamps.at
    kind_of, rand = d.table(CLAIM_KINDS), d.rng.randint
    batch: list[tuple] = []
    for i in range(n):
        day = d.day_of(i, n)
        received = d.work_time(day)
        kind = kind_of()
        pid = bought_before(w, day, 30 if kind == "return" else 700) or 1
        closed = received + rand(1, 20) * DAY
        if closed >= NOW_S:
            status, closed = ("received", "diagnosing", "repairing", "ready")[i % 4], None
        else:
            status = d.rng.choice(CLAIM_ENDS[kind])
        store = 1 + i % w.sizes.stores
        batch.append(
            (i + 1, f"BH-{i + 1:07d}", kind, status, w.purchase_customer[pid - 1], pid, store,
             rand(1, w.sizes.agents), at(received), "Máy không lên nguồn", "Trầy nhẹ", "",
             True, "", at(closed), at(received), at(closed or received), 1)
        )  # fmt: skip
    yield {"claims": batch}
