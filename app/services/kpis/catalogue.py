"""Every KPI: its key (the JSON name), its unit, which way is better, its default target,
and the dimensions it can be broken down by. The definitions are docs/kpis.md."""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import t

DIMENSIONS = ("agent", "store", "category", "product", "channel", "priority")
ALL = frozenset(DIMENSIONS)
COMPLAINT_DIMS = ALL
CONTACT_DIMS = frozenset({"agent", "store", "category", "channel"})
REMINDER_DIMS = frozenset({"agent", "store"})
SALES_DIMS = frozenset({"store", "category", "product"})
CUSTOMER_DIMS = frozenset({"store"})
CALL_DIMS = frozenset({"agent"})

# Units: "duration" (business seconds), "rate" (0-100), "count", "score" (1-5),
# "average" (per complaint), "minutes", "ratio", "per100", "seconds" (plain seconds).
HOUR = 3600


@dataclass(frozen=True)
class KpiDef:
    key: str
    group: str  # speed, first_contact, effort, volume, quality, customers, telephony
    unit: str
    dims: frozenset[str]
    higher_is_better: bool | None = None  # None: no better side (a volume)
    # (target, amber limit) in the unit shown in settings: hours for durations.
    default_target: tuple[float, float] | None = None


KPIS: tuple[KpiDef, ...] = (
    KpiDef("first_response_median", "speed", "duration", ALL, False, (2, 4)),
    KpiDef("first_response_p90", "speed", "duration", ALL, False, (8, 16)),
    KpiDef("first_response_mean", "speed", "duration", ALL, False),
    KpiDef("resolution_median", "speed", "duration", ALL, False, (24, 36)),
    KpiDef("resolution_p90", "speed", "duration", ALL, False, (48, 72)),
    KpiDef("resolution_mean", "speed", "duration", ALL, False),
    KpiDef("sla_first_response_rate", "speed", "rate", ALL, True, (90, 80)),
    KpiDef("sla_resolution_rate", "speed", "rate", ALL, True, (90, 80)),
    KpiDef("reminders_on_time_rate", "speed", "rate", REMINDER_DIMS, True, (90, 80)),
    KpiDef("callbacks_on_time_rate", "speed", "rate", REMINDER_DIMS, True, (95, 85)),
    KpiDef("fcr_rate", "first_contact", "rate", CONTACT_DIMS, True, (75, 65)),
    KpiDef("repeat_contact_rate", "first_contact", "rate", CONTACT_DIMS, False, (10, 15)),
    KpiDef("reopen_rate", "effort", "rate", ALL, False, (5, 10)),
    KpiDef("transfers_per_complaint", "effort", "average", ALL, False, (0.5, 1)),
    KpiDef("escalations_per_complaint", "effort", "average", ALL, False, (0.2, 0.4)),
    KpiDef("replies_per_complaint", "effort", "average", ALL),
    KpiDef("handle_minutes_per_complaint", "effort", "minutes", ALL),
    KpiDef("csat_mean", "effort", "score", ALL, True, (4.2, 3.8)),
    KpiDef("csat_satisfied_rate", "effort", "rate", ALL, True, (85, 75)),
    KpiDef("ces_mean", "effort", "score", ALL, True, (4, 3.5)),
    KpiDef("contacts", "volume", "count", CONTACT_DIMS),
    KpiDef("complaints_opened", "volume", "count", ALL),
    KpiDef("complaints_resolved", "volume", "count", ALL),
    KpiDef("backlog_open", "volume", "count", ALL),
    KpiDef("inflow_outflow_ratio", "volume", "ratio", ALL, False, (1, 1.2)),
    KpiDef("complaints_per_100_purchases", "quality", "per100", SALES_DIMS, False, (3, 5)),
    KpiDef("returns_per_100_purchases", "quality", "per100", SALES_DIMS, False, (2, 4)),
    KpiDef("warranty_claims", "quality", "count", SALES_DIMS),
    KpiDef("customers_active", "customers", "count", CUSTOMER_DIMS),
    KpiDef("customers_new", "customers", "count", CUSTOMER_DIMS),
    KpiDef("customers_quiet", "customers", "count", CUSTOMER_DIMS),
    KpiDef("calls_answered", "telephony", "count", CALL_DIMS),
    KpiDef("calls_abandoned", "telephony", "count", CALL_DIMS),
    KpiDef("abandon_rate", "telephony", "rate", CALL_DIMS, False, (5, 10)),
    KpiDef("wait_mean", "telephony", "seconds", CALL_DIMS, False, (30, 60)),
    KpiDef("busy_hours_share", "telephony", "rate", frozenset(), False, (10, 20)),
)
BY_KEY: dict[str, KpiDef] = {k.key: k for k in KPIS}
GROUPS = ("speed", "first_contact", "effort", "volume", "quality", "customers", "telephony")


def kpi_names() -> dict[str, str]:
    """Each KPI's name on screen, in the current language."""
    return {
        "first_response_median": t("First response, median"),
        "first_response_p90": t("First response, 90th percentile"),
        "first_response_mean": t("First response, mean"),
        "resolution_median": t("Resolution time, median"),
        "resolution_p90": t("Resolution time, 90th percentile"),
        "resolution_mean": t("Resolution time, mean"),
        "sla_first_response_rate": t("First responses within SLA"),
        "sla_resolution_rate": t("Resolutions within SLA"),
        "reminders_on_time_rate": t("Reminders done on time"),
        "callbacks_on_time_rate": t("Callbacks made on time"),
        "fcr_rate": t("First-contact resolution"),
        "repeat_contact_rate": t("Repeat contacts within 7 days"),
        "reopen_rate": t("Complaints reopened"),
        "transfers_per_complaint": t("Transfers per complaint"),
        "escalations_per_complaint": t("Escalations per complaint"),
        "replies_per_complaint": t("Replies per complaint"),
        "handle_minutes_per_complaint": t("Handling minutes per complaint"),
        "csat_mean": t("Satisfaction (CSAT), mean"),
        "csat_satisfied_rate": t("Satisfied customers (CSAT 4–5)"),
        "ces_mean": t("Customer effort (CES), mean"),
        "contacts": t("Contacts"),
        "complaints_opened": t("Complaints opened"),
        "complaints_resolved": t("Complaints resolved"),
        "backlog_open": t("Open complaints at period end"),
        "inflow_outflow_ratio": t("Opened per resolved"),
        "complaints_per_100_purchases": t("Complaints per 100 purchases"),
        "returns_per_100_purchases": t("Returns and exchanges per 100 purchases"),
        "warranty_claims": t("Warranty repairs taken in"),
        "customers_active": t("Active customers"),
        "customers_new": t("New customers"),
        "customers_quiet": t("Customers gone quiet"),
        "calls_answered": t("Calls answered"),
        "calls_abandoned": t("Calls abandoned"),
        "abandon_rate": t("Abandoned calls"),
        "wait_mean": t("Wait before answer, mean"),
        "busy_hours_share": t("Hours over the waiting target"),
    }


def group_names() -> dict[str, str]:
    return {
        "speed": t("Speed"),
        "first_contact": t("First contact"),
        "effort": t("Accuracy and effort"),
        "volume": t("Volume and backlog"),
        "quality": t("Quality of what was sold"),
        "customers": t("Customers"),
        "telephony": t("Telephony"),
    }


def dimension_names() -> dict[str, str]:
    return {
        "agent": t("Agent"),
        "store": t("Store"),
        "category": t("Category"),
        "product": t("Product"),
        "channel": t("Channel"),
        "priority": t("Priority"),
    }
