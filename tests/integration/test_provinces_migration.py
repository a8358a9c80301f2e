"""Revision 0010 on a database in use: districts move into the address, old province names
become today's, nothing is lost, and all rows are updated at once, not row by row."""

from __future__ import annotations

from alembic import command
from sqlalchemy import event, inspect, text

from app.db import _alembic_config, migrate, open_database

HCMC = "TP. Hồ Chí Minh"
LONG_ADDRESS = "Tòa nhà " + "A" * 380 + ", 12 Lê Lợi"  # 399 characters: no room for more

# (code, province, district, address, notes) as an older CareDesk stored them.
CUSTOMERS = [
    ("C01", "Bình Dương", "Thủ Dầu Một", "5 Yersin", ""),
    ("C02", "tp.hcm", "Quận 1", "12 Lê Lợi, Quận 1", ""),
    ("C03", "Lào", "", "", ""),
    ("C04", "", "Ba Đình", "", ""),
    ("C05", "Hà Nội", "", "8 Kim Mã", ""),
    ("C06", "Hà Nội", "Cầu Giấy", LONG_ADDRESS, ""),
    ("C07", "Hà Nội", "Đống Đa", LONG_ADDRESS, "Gọi sau 18h"),
    ("C08", "Thừa Thiên Huế", "", "", ""),
    ("C09", "Đắc Lắc", "", "", ""),
    ("C10", "Hoà Bình", "", "", ""),
    ("C11", "   ", "", "", ""),
    ("C12", "Bà Rịa - Vũng Tàu", "TP. Vũng Tàu", "3 Thùy Vân", ""),
    ("C13", "Đà Nẵng", "", "", ""),
]
# What each becomes: (province, address, notes), written by hand.
EXPECTED = {
    "C01": (HCMC, "5 Yersin, Thủ Dầu Một", ""),
    "C02": (HCMC, "12 Lê Lợi, Quận 1", ""),
    "C03": ("Lào", "", ""),
    "C04": ("", "Ba Đình", ""),
    "C05": ("Hà Nội", "8 Kim Mã", ""),
    "C06": ("Hà Nội", LONG_ADDRESS, "Quận/huyện (trước 7/2025): Cầu Giấy"),
    "C07": ("Hà Nội", LONG_ADDRESS, "Gọi sau 18h\nQuận/huyện (trước 7/2025): Đống Đa"),
    "C08": ("Huế", "", ""),
    "C09": ("Đắk Lắk", "", ""),
    "C10": ("Phú Thọ", "", ""),
    "C11": ("   ", "", ""),
    "C12": (HCMC, "3 Thùy Vân, TP. Vũng Tàu", ""),
    "C13": ("Đà Nẵng", "", ""),
}
STORES = {"S1": "Bà Rịa - Vũng Tàu", "S2": "Hồ Chí Minh", "S3": "Hà Nội", "S4": "Viêng Chăn"}
STORES_AFTER = {"S1": HCMC, "S2": HCMC, "S3": "Hà Nội", "S4": "Viêng Chăn"}
CROWD = 60  # customers in one old province, to see they take no statement of their own


def _at_0009(url: str):
    db = open_database(url)
    cfg = _alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0009")
    rows = [
        {
            "code": code,
            "province": province,
            "district": district,
            "address": address,
            "notes": notes,
        }
        for code, province, district, address, notes in CUSTOMERS
    ] + [
        {
            "code": f"Q{i:03d}",
            "province": "Quảng Nam",
            "district": "Hội An",
            "address": "",
            "notes": "",
        }
        for i in range(CROWD)
    ]
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers (code, full_name, name_key, province, district, address, "
                "tier, points, marketing_consent, notes, created_at, updated_at, version) "
                "VALUES (:code, 'Khách', 'khach', :province, :district, :address, 'member', 0, "
                "false, :notes, '2025-01-01 00:00:00', '2025-01-01 00:00:00', 1)"
            ),
            rows,
        )
        for code, province in STORES.items():
            conn.execute(
                text(
                    "INSERT INTO stores (code, name, address, province, phone, is_active, "
                    "created_at, updated_at, version) VALUES (:code, 'Cửa hàng', '', "
                    ":province, '', true, '2025-01-01 00:00:00', '2025-01-01 00:00:00', 1)"
                ),
                {"code": code, "province": province},
            )
        # A merged record and a phone point at customers: the column must go all the same.
        conn.execute(
            text(
                "UPDATE customers SET merged_into_id = "
                "(SELECT id FROM customers WHERE code = 'C05') WHERE code = 'C06'"
            )
        )
        conn.execute(
            text(
                "INSERT INTO customer_phones (customer_id, e164, raw, digits_rev, label, "
                "is_primary) SELECT id, '+84912345678', '0912345678', '876543219', 'mobile', "
                "true FROM customers WHERE code = 'C01'"
            )
        )
    return db


def _customer_indexes(db) -> set[str]:
    return {index["name"] for index in inspect(db.engine).get_indexes("customers")}


def test_upgrade_moves_districts_maps_provinces_and_keeps_the_rest(empty_db_url):
    db = _at_0009(empty_db_url)
    indexes_before = _customer_indexes(db)
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith("UPDATE CUSTOMERS"):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    migrate(db)
    event.remove(db.engine, "before_cursor_execute", seen)

    with db.engine.connect() as conn:
        found = {
            code: (province, address, notes)
            for code, province, address, notes in conn.execute(
                text("SELECT code, province, address, notes FROM customers WHERE code LIKE 'C%'")
            )
        }
        crowd = conn.execute(
            text("SELECT DISTINCT province, address, ward FROM customers WHERE code LIKE 'Q%'")
        ).all()
        wards = set(conn.execute(text("SELECT DISTINCT ward FROM customers")).scalars())
        stores = dict(conn.execute(text("SELECT code, province FROM stores")).all())
        phones = conn.execute(text("SELECT count(*) FROM customer_phones")).scalar()
    assert found == EXPECTED
    assert crowd == [("Đà Nẵng", "Hội An", "")]
    assert wards == {""}
    assert stores == STORES_AFTER
    assert phones == 1
    columns = {c["name"] for c in inspect(db.engine).get_columns("customers")}
    assert "ward" in columns and "district" not in columns
    assert _customer_indexes(db) == indexes_before
    assert "ix_customers_province_id" in indexes_before
    # One statement for every customer that changes, however many rows, never one per row.
    assert len(statements) == 1, statements
    db.dispose()


def test_downgrade_gives_the_district_column_back_empty(empty_db_url):
    db = _at_0009(empty_db_url)
    migrate(db)
    cfg = _alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0009")

    columns = {c["name"] for c in inspect(db.engine).get_columns("customers")}
    assert "district" in columns and "ward" not in columns
    with db.engine.connect() as conn:
        districts = set(conn.execute(text("SELECT DISTINCT district FROM customers")).scalars())
        address = conn.execute(text("SELECT address FROM customers WHERE code = 'C01'")).scalar()
    assert districts == {""}
    assert address == "5 Yersin, Thủ Dầu Một"  # what the upgrade moved stays where it went

    migrate(db)  # and up again
    columns = {c["name"] for c in inspect(db.engine).get_columns("customers")}
    assert "ward" in columns and "district" not in columns
    db.dispose()
