"""Phone numbers: valid, unique, and typed the many ways people type them.

Numbers are built from prefixes known to be valid; parse_phone only reads the old
11-digit ones it converts.
"""

from __future__ import annotations

from app.services.demo.builder_base import BuilderBase
from app.services.demo.records import Cust
from app.text import OLD_MOBILE_PREFIXES, parse_phone

OLD_PREFIXES = tuple(sorted(OLD_MOBILE_PREFIXES))


class PhoneRows(BuilderBase):
    """A customer's phone numbers, and fresh mobile numbers for unknown callers."""

    def phones(self, c: Cust, area: str | None, old_format: bool) -> list[dict]:
        rows = [self.phone_row(c.id, self.mobile(old_format or self.random() < 0.05), True)]
        if self.random() < 0.25:
            if area and self.random() < 0.4:
                rows.append(self.phone_row(c.id, self.landline(area), False))
            else:
                rows.append(self.phone_row(c.id, self.mobile(self.random() < 0.05), False))
        c.e164 = rows[0]["e164"]
        return rows

    def phone_row(self, cid: int, typed: tuple[str, str, str], primary: bool) -> dict:
        national, raw, label = typed
        return {
            "id": self.next_id("customer_phones"),
            "customer_id": cid,
            "e164": "+84" + national[1:],
            "raw": raw,
            "digits_rev": national[::-1],
            "label": label,
            "is_primary": primary,
        }

    def mobile(self, old_format: bool = False) -> tuple[str, str, str]:
        """A mobile number no one has yet: (national, as typed, label)."""
        while True:
            tail = f"{self.below(10**7):07d}"
            if old_format:
                n = self.one(OLD_PREFIXES) + tail
                raw = self.one(
                    (n, f"{n[:4]} {n[4:7]} {n[7:]}", f"{n[:4]}.{n[4:7]}.{n[7:]}", f"+84 {n[1:]}")
                )
                national = parse_phone(raw).national
            else:
                national = n = "0" + self.pick("MOBILE_PREFIXES") + tail
                raw = self.one(
                    (
                        n,
                        n,
                        f"{n[:4]} {n[4:7]} {n[7:]}",
                        f"{n[:4]}.{n[4:7]}.{n[7:]}",
                        f"+84 {n[1:]}",
                        f"84{n[1:]}",
                        f"+84 {n[1:4]} {n[4:7]} {n[7:]}",
                        f"{n[:3]} {n[3:6]} {n[6:]}",
                    )
                )
            if national not in self.used_numbers:
                self.used_numbers.add(national)
                return national, raw, "mobile"

    def landline(self, area: str) -> tuple[str, str, str]:
        while True:
            n = f"0{area}{self.one('367')}{self.below(10**7):07d}"
            if n not in self.used_numbers:
                self.used_numbers.add(n)
                raw = self.one(
                    (
                        n,
                        f"{n[:3]} {n[3:7]} {n[7:]}",
                        f"({n[:3]}) {n[3:]}",
                        f"+84 {n[1:3]} {n[3:7]} {n[7:]}",
                    )
                )
                return n, raw, self.one(("home", "work"))
