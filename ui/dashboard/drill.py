"""Where a Dashboard tile or bar leads: the list screen holding the records behind it,
filtered to the period and the bar's day, channel, category or product, as far as that
screen's filters go.

Complaint figures open the widest complaint queue with every status and the days the
complaints were opened on (a resolution's day is not a filter there); the backlog opens
the complaints still open. Contact and telephony figures open the call log for the
days; reminders the done ones; claims their kind; customer figures the customer list.
The Dashboard's agent, store, category, product, channel and priority go along where the
screen has the same filter.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from app.services.complaints.complaint_queue import ANY_STATUS, QueueFilter
from app.services.contacts.call_log import CallLogFilter
from app.services.kpis.catalogue import BY_KEY
from app.services.kpis.period import Period
from app.services.kpis.results import KpiFilter, ParetoBar
from ui.calls.calls_screen import CallsScreen
from ui.claims.claims_screen import ClaimsScreen
from ui.complaints.complaints_screen import ComplaintsScreen
from ui.customers import CustomersScreen
from ui.reminders.reminders_screen import RemindersScreen
from ui.screen import Screen

CONTACT_KEYS = frozenset({"contacts", "fcr_rate", "repeat_contact_rate"})
REMINDER_KEYS = frozenset({"reminders_on_time_rate", "callbacks_on_time_rate"})
CLAIM_KINDS: dict[str, str | None] = {
    "warranty_claims": "repair",
    "returns_per_100_purchases": None,
}


@dataclass(frozen=True)
class Drill:
    """The list `screen` to open, for the days `start`-`end` (None: any), with `filters`;
    `names` label the agent, store and product chosen ("agent", "store", "product")."""

    screen: str
    start: date | None
    end: date | None
    filters: KpiFilter = KpiFilter()
    names: Mapping[str, str] = field(default_factory=dict)
    open_only: bool = False  # complaints still open (the backlog)
    claim_kind: str | None = None


def screen_of(key: str) -> str:
    """The list screen of KPI `key`'s records."""
    group = BY_KEY[key].group
    if key in CONTACT_KEYS or group == "telephony":
        return "calls"
    if key in REMINDER_KEYS:
        return "reminders"
    if key in CLAIM_KINDS:
        return "claims"
    if group == "customers":
        return "customers"
    return "complaints"


def tile_drill(key: str, period: Period, filters: KpiFilter, names: Mapping[str, str]) -> Drill:
    screen = screen_of(key)
    if BY_KEY[key].group == "telephony":
        filters = KpiFilter(agent_id=filters.agent_id, channel="phone")
    if key == "backlog_open":  # open at the period's end: opened by then, still open
        return Drill(screen, None, period.end, filters, names, open_only=True)
    return Drill(screen, period.start, period.end, filters, names, claim_kind=CLAIM_KINDS.get(key))


def bar_drill(
    chart: str, value: object, period: Period, filters: KpiFilter, names: Mapping[str, str]
) -> Drill:
    """A bar of `chart` (see ChartsPanel.bar_clicked) with what it stands for."""
    if chart == "contacts":
        channel, first, last = value  # type: ignore[misc]
        return Drill("calls", first, last, replace(filters, channel=channel), names)
    if chart in ("pareto_category", "pareto_product") and isinstance(value, ParetoBar):
        if chart == "pareto_category":
            return Drill(
                "complaints", period.start, period.end, replace(filters, category=value.key), names
            )
        if value.key.isdigit():
            labelled = {**names, "product": value.label}
            narrowed = replace(filters, product_id=int(value.key))
            return Drill("complaints", period.start, period.end, narrowed, labelled)
    return Drill("complaints", period.start, period.end, filters, names)


# -- what each list screen is given --------------------------------------------------------


def queue_filter(drill: Drill) -> QueueFilter:
    f = drill.filters
    return QueueFilter(
        status=None if drill.open_only else ANY_STATUS,
        category=f.category,
        priority=f.priority,
        store_id=f.store_id,
        product_id=f.product_id,
        assignee_id=f.agent_id,
        opened_from=drill.start,
        opened_to=drill.end,
    )


def call_filter(drill: Drill) -> CallLogFilter:
    f = drill.filters
    return CallLogFilter(
        date_from=drill.start,
        date_to=drill.end,
        agent_id=f.agent_id,
        store_id=f.store_id,
        channel=f.channel,
    )


def show_drill(screen: Screen, drill: Drill) -> None:
    """Set `screen`'s filters to show the records of `drill` (the window shows it)."""
    if isinstance(screen, ComplaintsScreen):
        screen.show_matching(queue_filter(drill), drill.names)
    elif isinstance(screen, CallsScreen):
        screen.show_matching(call_filter(drill), drill.names)
    elif isinstance(screen, ClaimsScreen):
        screen.show_matching(drill.claim_kind, drill.filters.store_id, drill.names.get("store", ""))
    elif isinstance(screen, RemindersScreen):
        screen.choose_scope("all")
        screen.choose_tab("done")
    elif isinstance(screen, CustomersScreen):
        screen.show_list()
