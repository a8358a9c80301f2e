"""Revision 0002 indexes the names of customers already in a database being upgraded."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from app.db import _alembic_config, migrate, open_database
from app.services.customers.customer_search import search_customers


def test_upgrade_from_0001_indexes_existing_names(empty_db_url):
    db = open_database(empty_db_url)
    cfg = _alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with db.engine.begin() as conn:
        for i, name in enumerate(["Nguyễn Thị Đào", "Trần Văn Đạo", "Lê Anh-Thư"], start=1):
            conn.execute(
                text(
                    "INSERT INTO customers (id, code, full_name, name_key, province, district, "
                    "address, tier, points, marketing_consent, notes, created_at, updated_at, "
                    "version) VALUES (:id, :code, :name, '', '', '', '', 'member', 0, false, '', "
                    "'2025-01-01 00:00:00', '2025-01-01 00:00:00', 1)"
                ),
                {"id": i, "code": f"OLD{i}", "name": name},
            )

    migrate(db)

    with db.session_scope() as s:
        tokens = s.execute(
            text("SELECT token FROM customer_name_tokens WHERE customer_id = 3 ORDER BY token")
        ).scalars()
        assert list(tokens) == ["anh", "le", "thu"]
        assert [h.code for h in search_customers(s, "dao")] == ["OLD1", "OLD2"]
        assert [h.code for h in search_customers(s, "thu le")] == ["OLD3"]
    db.dispose()
