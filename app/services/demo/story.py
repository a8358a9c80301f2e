"""The shape of the demo's year, so that the dashboard has something to tell.

The history is the year before `today`. Purchases crowd into the three weeks before Tết
(the shops close for its first days), contacts and complaints into the three weeks after
it (deliveries, installations and faults of what was bought for it). For six weeks some
months ago one product model (DEFECT_SKU, a hot seller before and during it) fails far
more often than the others: its owners complain and bring it in for repair. While that
wave lasts and for three weeks after it the team is stretched and complaints take longer:
the backlog grows, then recovers.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from datetime import date

import holidays

YEAR = 365
DEFECT_SKU = "XM-RN13-256"  # Xiaomi Redmi Note 13: a firmware batch that restarts on its own
WAVE_DAYS = 42
CATCH_UP_DAYS = 21  # after the wave, while its backlog is worked off
# The wave starts this many days before today: the first start that keeps clear of Tết.
WAVE_STARTS = (200, 130, 270)
BUY_BEFORE_TET = 21
CONTACTS_AFTER_TET = (4, 24)  # days after Tết: the rush once the holiday is over
TET_CLOSED = (-1, 3)  # days around Tết: shops and the call centre mostly closed
HOT_BEFORE_WAVE = 180  # days before the wave in which the defect model sold best
HOT_SHARE = 0.05  # purchases of that spell that are the defect model on top of its share
SUNDAY = 6


def lunar_new_year(years: range) -> list[date]:
    """The first day of Tết in `years` (the `holidays` package's lunar calendar)."""
    found = holidays.country_holidays("VN", years=list(years), language="en_US")
    return sorted(found.get_named("Lunar New Year", lookup="exact"))


class Story:
    """Which days are busy and which are slow, as ordinals, for a history ending today."""

    def __init__(self, today: date) -> None:
        t = self.t = today.toordinal()
        tets = [d.toordinal() for d in lunar_new_year(range(today.year - 2, today.year + 1))]
        past = [d for d in tets if d < t]
        # The latest Tết whose rush is over, else the latest one at all.
        over = [d for d in past if d + CONTACTS_AFTER_TET[1] < t]
        self.tet = max(over) if over and max(over) >= t - YEAR else max(past)
        busy = (self.tet - BUY_BEFORE_TET - 14, self.tet + CONTACTS_AFTER_TET[1] + 14)
        starts = [t - s for s in WAVE_STARTS]
        self.wave_start = next(
            (s for s in starts if s > busy[1] or s + WAVE_DAYS + CATCH_UP_DAYS < busy[0]),
            starts[0],
        )
        self.wave_end = self.wave_start + WAVE_DAYS  # first day after the wave
        days = range(t - YEAR, t)
        self._purchases = _cumulative(days, self._purchase_weight)
        self._contacts = _cumulative(days, self._contact_weight)

    def _purchase_weight(self, day: int) -> float:
        weight = 1.3 if date.fromordinal(day).weekday() >= 5 else 1.0  # weekend shoppers
        if self.tet - BUY_BEFORE_TET <= day < self.tet + TET_CLOSED[0]:
            weight *= 3.0
        elif self.tet + TET_CLOSED[0] <= day <= self.tet + TET_CLOSED[1]:
            weight *= 0.15
        return weight

    def _contact_weight(self, day: int) -> float:
        weight = 0.45 if date.fromordinal(day).weekday() == SUNDAY else 1.0
        if self.tet + CONTACTS_AFTER_TET[0] <= day <= self.tet + CONTACTS_AFTER_TET[1]:
            weight *= 2.2
        elif self.tet + TET_CLOSED[0] <= day <= self.tet + TET_CLOSED[1]:
            weight *= 0.25
        elif self.in_wave(day):
            weight *= 1.2
        return weight

    def purchase_day(self, random: Callable[[], float]) -> int:
        """A day in the last year, weighted by how busy the shops were."""
        return self.t - YEAR + _draw(self._purchases, random)

    def contact_day(self, random: Callable[[], float]) -> int:
        """A day in the last year, weighted by how busy the phones were."""
        return self.t - YEAR + _draw(self._contacts, random)

    def in_wave(self, day: int) -> bool:
        return self.wave_start <= day < self.wave_end

    def wave_day(self, random: Callable[[], float], after: int) -> int | None:
        """A day of the wave (most in its middle weeks) not before `after`, or None."""
        first = max(self.wave_start, after)
        if first >= min(self.wave_end, self.t):
            return None
        span = min(self.wave_end, self.t) - first
        return first + int((random() + random()) / 2 * span)

    def sells_hot(self, day: int) -> bool:
        """Whether the defect model was the promoted model that day."""
        return self.wave_start - HOT_BEFORE_WAVE <= day < self.wave_end

    def slowdown(self, day: int) -> tuple[float, float]:
        """How much longer than usual a complaint opened on `day` waits for its first
        response and for its resolution: the team is stretched by the wave and by Tết."""
        if self.wave_start <= day < self.wave_end + CATCH_UP_DAYS:
            return 1.6, 2.6
        if self.tet + CONTACTS_AFTER_TET[0] <= day <= self.tet + CONTACTS_AFTER_TET[1]:
            return 1.2, 1.3
        return 1.0, 1.0


def _cumulative(days: range, weight: Callable[[int], float]) -> list[float]:
    total, cum = 0.0, []
    for day in days:
        total += weight(day)
        cum.append(total)
    return cum


def _draw(cum: list[float], random: Callable[[], float]) -> int:
    return min(bisect_right(cum, random() * cum[-1]), len(cum) - 1)
