"""The state every demo row maker shares, and the cheap draws and clock helpers they use."""

from __future__ import annotations

import random
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from app.config import DEFAULT_TIMEZONE
from app.models import Channel
from app.services.demo import frequencies, names, places, texts
from app.services.demo.agents import Profile
from app.services.demo.records import Product
from app.services.demo.sla_rules import SlaRules, default_sla_rules
from app.services.demo.story import Story

Weighted = tuple[tuple, list[float]]


def weighted(pairs: Sequence[tuple[object, float]]) -> Weighted:
    """(values, cumulative weights) for BuilderBase.pick."""
    values, cum, total = [], [], 0.0
    for value, weight in pairs:
        total += weight
        values.append(value)
        cum.append(total)
    return tuple(values), cum


class BuilderBase:
    """Rows made so far (`rows` for the current batch, `late` for what is numbered at the
    end), the ids handed out, and what later rows need to know about earlier ones."""

    def __init__(
        self, seed: int, today: date, bases: dict[str, int], sla: SlaRules | None = None
    ) -> None:
        self.rng = random.Random(seed)
        self.random = self.rng.random
        self.today, self.t = today, today.toordinal()
        self.story = Story(today)
        self.sla = sla or default_sla_rules(today)
        # Vietnam has kept one UTC offset since 1975: one offset serves the whole history.
        self.offset = ZoneInfo(DEFAULT_TIMEZONE).utcoffset(datetime(today.year, 1, 1))
        self.epoch = datetime(1970, 1, 1, tzinfo=UTC) - self.offset
        self.epoch_ord = date(1970, 1, 1).toordinal()
        self.end = self.at(self.t, 0)  # local midnight starting `today`: history stops here
        self.ids = dict(bases)
        self.rows: dict[str, list[dict]] = defaultdict(list)
        self.late: dict[str, list[dict]] = defaultdict(list)
        self.used_numbers: set[str] = set()
        self.folded: dict[str, str] = {}
        self.invoices: dict[int, int] = defaultdict(int)
        self.store_ids: dict[str, int] = {}
        self.counters: list[int] = []  # stores with a counter, i.e. not the call centre
        self.users: list[tuple[int, str, int, int, bool]] = []
        self.names: dict[int, str] = {}  # user id -> full name
        self.homes: dict[int, int] = {}  # user id -> store id
        self.profiles: dict[int, Profile] = {}  # user id -> how they work
        self.defect: Product | None = None  # the model of the defect wave
        self.pools: dict[tuple, list] = {}
        # Weighted tables drawn from by name with pick(); PRODUCTS joins once they have ids.
        self.tables: dict[str, Weighted] = {
            "SURNAMES": weighted(names.SURNAMES),
            "EMAIL_DOMAINS": weighted(names.EMAIL_DOMAINS),
            "TAGS": weighted(texts.TAGS),
            "PURCHASES_PER_CUSTOMER": weighted(frequencies.PURCHASES_PER_CUSTOMER),
            "CONTACTS_PER_CUSTOMER": weighted(frequencies.CONTACTS_PER_CUSTOMER),
            "SATISFACTION": weighted(frequencies.SATISFACTION),
            "CSAT": weighted(frequencies.CSAT),
            "CES": weighted(frequencies.CES),
            "MOBILE_PREFIXES": weighted(frequencies.MOBILE_PREFIXES),
            "CHANNELS": weighted(frequencies.CHANNELS),
            "OUTCOMES": weighted(frequencies.OUTCOMES),
            "TOPICS": weighted(frequencies.TOPICS),
            "COMPLAINT_FATES": weighted(frequencies.COMPLAINT_FATES),
            "PURCHASE_COMPLAINTS": weighted(frequencies.PURCHASE_COMPLAINTS),
            "SEVERITIES": weighted(frequencies.SEVERITIES),
            "COMPLAINT_CHANNELS": weighted(frequencies.COMPLAINT_CHANNELS),
            "COMPLAINT_CATEGORIES": weighted(frequencies.COMPLAINT_CATEGORIES),
            "CLAIM_PLANS": weighted(frequencies.CLAIM_PLANS),
            "AREAS": weighted([(area, area[1]) for area in places.AREAS]),
        }
        self.interaction_cover = list(frequencies.INTERACTION_COVER)

    # random.choices and randrange cost microseconds each; at a few million draws these
    # cheaper equivalents are most of the generation time saved.

    def pick(self, name: str):
        values, cum = self.tables[name]
        return values[bisect_right(cum, self.random() * cum[-1])]

    def one(self, seq: Sequence):
        return seq[int(self.random() * len(seq))]

    def below(self, n: int) -> int:
        return int(self.random() * n)

    def next_id(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table]

    def at(self, day: int, seconds: float) -> datetime:
        """UTC time `seconds` after local midnight of ordinal `day`."""
        return self.epoch + timedelta(days=day - self.epoch_ord, seconds=seconds)

    def moment(self, day: int, first_hour: int = 8, last_hour: int = 21) -> datetime:
        """A random local business-hours time on ordinal `day`, in UTC."""
        return self.at(day, first_hour * 3600 + self.below((last_hour - first_hour) * 3600))

    def when(self, day: int, channel: Channel) -> datetime:
        """A plausible local time on ordinal `day` for a contact on `channel`, in UTC:
        calls in the call centre's hours (a few in the evening), shops open until 21:00,
        written messages in the evening too."""
        if channel is Channel.STORE_VISIT:
            low, high = 8.5, 21.0
        elif channel in (Channel.PHONE, Channel.ON_SITE):
            low, high = (8.0, 17.5) if self.random() < 0.92 else (17.5, 20.0)
        else:
            low, high = (8.0, 17.5) if self.random() < 0.6 else (17.5, 23.0)
        return self.at(day, int((low + self.random() * (high - low)) * 3600))

    def local_day(self, moment: datetime) -> int:
        return (moment + self.offset).toordinal()

    def staff(self, store_id: int | None, remote: bool, tier: int = 1) -> tuple[int, int]:
        """(user id, store id) of someone who would handle this: call centre or counter."""
        key = (store_id, remote, tier)
        pool = self.pools.get(key)
        if pool is None:
            pool = [
                u for u in self.users if u[2] == tier and (u[4] if remote else u[3] == store_id)
            ]
            pool = self.pools[key] = pool or [u for u in self.users if u[2] == tier]
        user = self.one(pool)
        return user[0], user[3]

    @staticmethod
    def stamps(moment: datetime) -> dict:
        return {"created_at": moment, "updated_at": moment, "version": 1}
