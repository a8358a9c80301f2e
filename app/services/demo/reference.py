"""Stores, staff and products: the rows every customer's rows point at."""

from __future__ import annotations

from app.services.demo import catalog, chain, story
from app.services.demo.agents import profile
from app.services.demo.builder_base import BuilderBase, weighted
from app.services.demo.records import Product
from app.text import fold


class ReferenceRows(BuilderBase):
    """Stores, staff and products, made once before any customer."""

    def reference_rows(self) -> None:
        since = self.at(self.t - 1500, 9 * 3600)
        for code, name, province, address, phone in chain.STORES:
            sid = self.store_ids[code] = self.next_id("stores")
            if code != chain.CALL_CENTRE:
                self.counters.append(sid)
            self.rows["stores"].append(
                {
                    "id": sid,
                    "code": code,
                    "name": name,
                    "address": address,
                    "province": province,
                    "phone": phone,
                    "is_active": True,
                    **self.stamps(since),
                }
            )
        for username, full_name, role, tier, code in chain.USERS:
            uid, store_id = self.next_id("users"), self.store_ids[code]
            self.users.append((uid, role, tier, store_id, code == chain.CALL_CENTRE))
            self.names[uid], self.profiles[uid] = full_name, profile(username)
            self.homes[uid] = store_id
            self.rows["users"].append(
                {
                    "id": uid,
                    "username": username,
                    "full_name": full_name,
                    "password_hash": None,
                    "role": role,
                    "tier": tier,
                    "store_id": store_id,
                    "is_active": True,
                    "failed_attempts": 0,
                    "locked_until": None,
                    "last_login_at": None,
                    **self.stamps(since),
                }
            )
        catalogue = []
        for sku, name, brand, category, months, days, price, weight in catalog.PRODUCTS:
            pid = self.next_id("products")
            prefix = catalog.SERIAL_PREFIX[brand]
            catalogue.append((Product(pid, name, category, months, days, price, prefix), weight))
            if sku == story.DEFECT_SKU:
                self.defect = catalogue[-1][0]
            self.rows["products"].append(
                {
                    "id": pid,
                    "sku": sku,
                    "name": name,
                    "name_key": fold(name),
                    "brand": brand,
                    "category": category,
                    "warranty_months": months,
                    "return_days": days,
                    "list_price_vnd": price,
                    "is_active": True,
                    **self.stamps(since),
                }
            )
        self.tables["PRODUCTS"] = weighted(catalogue)
