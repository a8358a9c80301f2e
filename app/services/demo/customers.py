"""A customer's own details: name, birthday, e-mail, address, tags, dates and points."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from app.services.claims.customer_dates import add_months
from app.services.demo import names, texts
from app.services.demo.builder_base import BuilderBase
from app.services.demo.records import Bought, Cust


class CustomerDetails(BuilderBase):
    """Name, birthday, e-mail, address, tags, important dates and the points ledger."""

    def name(self) -> tuple[str | None, str]:
        roll = self.random()
        surname = self.pick("SURNAMES")
        if roll < 0.52:
            gender, middles, givens = "female", names.FEMALE_MIDDLE, names.FEMALE_GIVEN
        elif roll < 0.97:
            gender, middles, givens = "male", names.MALE_MIDDLE, names.MALE_GIVEN
        else:
            gender = "other" if roll < 0.975 else None
            middles, givens = names.OTHER_MIDDLE, names.OTHER_GIVEN
        return gender, f"{surname} {self.one(middles)} {self.one(givens)}"

    def birthday(self) -> date | None:
        if self.random() < 0.08:
            return None
        year = self.today.year - 18 - int(self.rng.betavariate(2, 3.5) * 62)
        if self.random() < 0.003:
            # Born on 29 February: birthday rules must not lose them in other years.
            while year % 4 or (year % 100 == 0 and year % 400):
                year -= 1
            return date(year, 2, 29)
        born = date(year, 1, 1) + timedelta(days=self.below(365))
        return min(born, add_months(self.today, -12 * 18))

    def email(self, name_key: str, birthday: date | None) -> str | None:
        if self.random() >= 0.3:
            return None
        parts = name_key.split()
        surname, given, middle = parts[0], parts[-1], "".join(parts[1:-1])
        year = f"{birthday.year % 100:02d}" if birthday else str(10 + self.below(90))
        local = self.one(
            (
                f"{given}.{surname}",
                f"{surname}{middle}{given}",
                f"{given}{surname}{year}",
                f"{given}.{surname}{1 + self.below(999)}",
            )
        )
        return f"{local}@{self.pick('EMAIL_DOMAINS')}"

    def address(self, province: str, streets: tuple[str, ...]) -> str:
        rng, street = self.rng, self.one(streets)
        if province == "Hà Nội" and self.random() < 0.4:
            return f"Số {rng.randint(1, 120)} ngõ {rng.randint(1, 300)} {street}"
        if province == "TP. Hồ Chí Minh" and self.random() < 0.35:
            return f"{rng.randint(1, 450)}/{rng.randint(1, 40)} {street}"
        return f"{rng.randint(1, 500)} {street}"

    def tags(self, c: Cust, complained: bool) -> None:
        chosen = []
        if self.random() < 0.15:
            chosen = [self.pick("TAGS") for _ in range(1 + self.below(2))]
        if complained and self.random() < 0.3:
            chosen.append("hay khiếu nại")
        for tag in dict.fromkeys(chosen):
            self.rows["customer_tags"].append(
                {"id": self.next_id("customer_tags"), "customer_id": c.id, "tag": tag}
            )
        if self.random() < 0.04:
            self.rows["important_dates"].append(
                {
                    "id": self.next_id("important_dates"),
                    "customer_id": c.id,
                    "label": self.one(texts.IMPORTANT_DATES),
                    "date": date.fromordinal(self.rng.randint(self.t - 9000, self.t - 30)),
                    "yearly": True,
                }
            )

    def ledger(self, c: Cust, bought: list[Bought], tier: str) -> None:
        """Points earned on each purchase, some spent, a birthday gift: c.points is the sum."""
        rng = self.rng
        for b in bought:
            if b.price >= 100_000:
                self.points(
                    c,
                    b.price // 100_000,
                    f"Tích điểm mua {b.product.name}",
                    "purchase",
                    b.id,
                    self.moment(b.day),
                )
        if c.birthday and tier != "member" and self.random() < 0.3:
            when = self.moment(rng.randint(self.t - 365, self.t - 1))
            self.points(c, 50, "Quà tặng sinh nhật", None, None, when)
        if bought and c.points >= 200 and self.random() < 0.25:
            when = self.moment(min(self.t - 1, max(b.day for b in bought) + rng.randint(1, 60)))
            spent = 100 * rng.randint(1, c.points // 100)
            self.points(c, -spent, "Đổi điểm lấy phiếu mua hàng", None, None, when)

    def points(
        self, c: Cust, delta: int, reason: str, kind: str | None, source: int | None, when: datetime
    ) -> None:
        c.points += delta
        self.rows["points_entries"].append(
            {
                "id": self.next_id("points_entries"),
                "customer_id": c.id,
                "delta": delta,
                "reason": reason,
                "source_type": kind,
                "source_id": source,
                "created_at": when,
                "created_by_id": None,
            }
        )
