"""A reminder's words, rendered when shown: its title from title_key and title_params, and
the line a completed follow-up leaves on the contact it logged.

The rules and the SLA pass store the kind of title and its values (a complaint number, a
product, a name, an ISO date); the reader's language words them. A reminder without a key
(written before keys existed and not derivable, or typed by a person) shows its stored
title. See app/services/stored_text.py for why the words `w` are a parameter.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from app.formatting import format_date
from app.services.stored_text import ENGLISH, READER, Words

TITLE_MAX = 300  # reminders.title
# tet, womens_day (8/3), vietnamese_womens_day (20/10), greeting_day (an admin's extra day)
OCCASIONS = ("tet", "womens_day", "vietnamese_womens_day", "greeting_day")


def _day(value: object, render: Callable[[date], str]) -> str:
    """An ISO date as the reader sees it; anything else as it is (a value built in SQL)."""
    try:
        return render(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _day_month(day: date) -> str:
    return f"{day:%d/%m}"


def occasion_name(occasion: str, day: object, w: Words = READER) -> str | None:
    """The name of a greeting's occasion; None for one this version does not know."""
    match occasion:
        case "tet":
            return w.t("Tết Nguyên Đán")
        case "womens_day":
            return w.t("International Women's Day 8/3")
        case "vietnamese_womens_day":
            return w.t("Vietnamese Women's Day 20/10")
        case "greeting_day":
            return w.t("Greeting day {date}", date=_day(day, _day_month))
    return None


def _title(key: str | None, p: Mapping, w: Words) -> str | None:
    match key:
        case "post_purchase":
            return w.t("Check-in call after the purchase: {product}", product=p["product"])
        case "post_resolution":
            return w.t("Callback after complaint {number} was resolved", number=p["number"])
        case "birthday":
            return w.t("Birthday greeting: {name}", name=p["name"])
        case "warranty_ending":
            return w.t(
                "The warranty of {product} ends on {date}",
                product=p["product"],
                date=_day(p["date"], format_date),
            )
        case "inactive":
            return w.tn(
                "No purchase or contact for {n} day: {name}",
                "No purchase or contact for {n} days: {name}",
                int(p["days"]),
                name=p["name"],
            )
        case "holiday" if p["occasion"] == "greeting_day":
            # "Greeting day 02/09 greeting" says it twice: the day alone names it.
            day = _day(p["day"], _day_month)
            return w.t("Greeting on {date}: {name}", date=day, name=p["name"])
        case "holiday":
            occasion = occasion_name(str(p["occasion"]), p.get("day"), w)
            if occasion is None:
                return None
            return w.t("{occasion} greeting: {name}", occasion=occasion, name=p["name"])
        case "sla_at_risk":
            return w.t("SLA at risk: {number}", number=p["number"])
        case "sla_breached":
            return w.t("SLA breached: {number}", number=p["number"])
        case "callback":
            return w.t("Call back {who}", who=p["who"])
    return None


def reminder_title(
    rule_or_key: str | None, params: Mapping | None, fallback: str, w: Words = READER
) -> str:
    """The title in the reader's language; `fallback` (the stored title) for a reminder
    without a key, or with a key or values this version cannot word."""
    if not rule_or_key or not isinstance(params, Mapping):
        return fallback
    try:
        return _title(rule_or_key, params, w) or fallback
    except (KeyError, IndexError, TypeError, ValueError):  # values missing or of another kind
        return fallback


def stored_title(key: str, **params: object) -> dict[str, object]:
    """The columns a new reminder stores for its title: the key, the values, and the
    English words for the NOT NULL title column."""
    return {
        "title_key": key,
        "title_params": params,
        "title": reminder_title(key, params, key, ENGLISH)[:TITLE_MAX],
    }


def outcome_names(w: Words = READER) -> dict[str, str]:
    """How a follow-up went, in words."""
    return {
        "reached": w.t("Reached the customer"),
        "no_answer": w.t("No answer"),
        "wrong_number": w.t("Wrong number"),
        "declined": w.t("The customer declined"),
        "in_person": w.t("Done in person"),
    }


def score_questions(w: Words = READER) -> tuple[str, str]:
    """The CSAT and CES questions a post-resolution call asks, kept with its contact."""
    return (
        w.t("Satisfaction with the resolution (CSAT, 1-5)"),
        w.t("Effort to get it resolved (CES, 1-5)"),
    )


def follow_up_params(
    title_key: str | None, title_params: Mapping | None, title: str, outcome: str
) -> dict[str, object]:
    """What the contact a completed reminder logs keeps to word its first line later."""
    return {
        "title_key": title_key,
        "title_params": dict(title_params) if title_params else None,
        "title": title,
        "outcome": outcome,
    }


def follow_up_summary(params: Mapping, w: Words = READER) -> str:
    """ "Follow-up “<title>”: <how it went>" in the reader's language."""
    title = reminder_title(
        params.get("title_key"), params.get("title_params"), str(params.get("title", "")), w
    )
    outcome = str(params.get("outcome", ""))
    return w.t(
        "Follow-up “{title}”: {outcome}",
        title=title,
        outcome=outcome_names(w).get(outcome, outcome),
    )
