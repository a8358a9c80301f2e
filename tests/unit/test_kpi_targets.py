"""KPI targets and colours (docs/kpis.md, "Targets and colours"): green, amber and red on
both sides of each limit, the administrator's "target / amber" setting and its checks,
and what a report shows once a target is set."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.services.kpis.catalogue import BY_KEY
from app.services.kpis.targets import read_targets, status
from app.services.settings import get_setting, label, set_setting
from tests.scenarios import first_admin
from tests.unit.kpi_cases import EMPTY, complaint, contact, desk, moment, report

FCR = BY_KEY["fcr_rate"]  # a rate, higher is better, 75 / 65 by default
FIRST = BY_KEY["first_response_median"]  # business seconds, lower is better, 2 h / 4 h


@pytest.mark.parametrize(
    ("value", "colour"),
    [(100, "green"), (75, "green"), (74.9, "amber"), (65, "amber"), (64.9, "red"), (0, "red")],
)
def test_higher_is_better_green_at_or_above_the_target_amber_at_or_above_the_limit(value, colour):
    assert status(FCR, value, (75, 65)) == colour


@pytest.mark.parametrize(
    ("value", "colour"),
    [(0, "green"), (7200, "green"), (7201, "amber"), (14400, "amber"), (14401, "red")],
)
def test_lower_is_better_green_at_or_below_the_target_amber_at_or_below_the_limit(value, colour):
    assert status(FIRST, value, (7200, 14400)) == colour


def test_no_colour_without_a_value_a_target_or_a_better_side():
    assert status(FCR, None, (75, 65)) is None
    assert status(FCR, 80, None) is None
    assert status(BY_KEY["contacts"], 80, (10, 20)) is None  # a volume: no better side


@pytest.mark.parametrize(
    ("key", "typed", "words"),
    [
        ("kpi.fcr_rate", "120 / 65", "percentages from 0 to 100"),
        ("kpi.fcr_rate", "75 / 100.5", "percentages from 0 to 100"),
        ("kpi.sla_resolution_rate", "101", "percentages from 0 to 100"),
        ("kpi.fcr_rate", "75 / 80", "amber limit is below the target when higher is better"),
        ("kpi.csat_mean", "4 / 4.5", "amber limit is below the target when higher is better"),
        ("kpi.repeat_contact_rate", "10 / 5", "amber limit is above the target when lower"),
        ("kpi.first_response_median", "4 / 2", "amber limit is above the target when lower"),
        ("kpi.csat_mean", "6 / 4", "score's target and amber limit are from 1 to 5"),
        ("kpi.fcr_rate", "-5 / -10", "two numbers"),
        ("kpi.fcr_rate", "nhiều", "two numbers"),
    ],
)
def test_a_target_that_makes_no_sense_is_refused_saying_why(db, key, typed, words):
    with db.session_scope() as s:
        admin = first_admin(s)
        with pytest.raises(ValidationError) as refused:
            set_setting(s, admin, key, typed)
        assert words in refused.value.message
        assert refused.value.message.startswith("KPI target: ")
        assert get_setting(s, key) != typed


@pytest.mark.parametrize(
    ("key", "typed", "stored"),
    [
        ("kpi.fcr_rate", "100 / 0", "100 / 0"),  # the ends of a rate
        ("kpi.fcr_rate", "80/70", "80 / 70"),
        ("kpi.fcr_rate", "80,5 / 70", "80.5 / 70"),  # a decimal comma
        ("kpi.fcr_rate", "80", "80 / 80"),  # no amber band
        ("kpi.fcr_rate", "", ""),  # no target
        ("kpi.repeat_contact_rate", "10 / 10", "10 / 10"),
        ("kpi.csat_mean", "5 / 1", "5 / 1"),
    ],
)
def test_a_sensible_target_is_kept_as_target_and_amber(db, key, typed, stored):
    with db.session_scope() as s:
        set_setting(s, first_admin(s), key, typed)
        assert get_setting(s, key) == stored


def test_targets_are_read_in_the_kpis_unit_durations_in_seconds(db):
    with db.session_scope() as s:
        admin = first_admin(s)
        defaults = read_targets(s)
        set_setting(s, admin, "kpi.first_response_median", "1.5 / 3")
        set_setting(s, admin, "kpi.fcr_rate", "")
        changed = read_targets(s)
    # Defaults: first response median 2 h / 4 h, FCR 75 / 65; no target for a volume.
    assert defaults["first_response_median"] == (7200, 14400)
    assert defaults["fcr_rate"] == (75, 65)
    assert "contacts" not in defaults
    assert changed["first_response_median"] == (5400, 10800)
    assert "fcr_rate" not in changed


def test_a_report_colours_each_value_by_its_target(db):
    d = desk(db)
    # FCR: 2 of 3 inbound contacts settled = 66.7 %: amber against 75 / 65.
    contact(db, d.yen, moment("2 09:00"), "information_given", customer=d.an)
    contact(db, d.yen, moment("2 10:00"), "resolved_first_contact", customer=d.an)
    contact(db, d.yen, moment("2 11:00"), "escalated", customer=d.an)
    # First response median: one reply after 3 business hours: amber against 2 h / 4 h.
    complaint(db, d, d.yen, "3 09:00", "3 12:00 reply")
    found = report(db, d)
    fcr, first = found.values["fcr_rate"], found.values["first_response_median"]
    assert (fcr.value, fcr.target, fcr.amber, fcr.status) == (
        pytest.approx(200 / 3),
        75,
        65,
        "amber",
    )
    assert (first.value, first.target, first.amber, first.status) == (10800, 7200, 14400, "amber")
    with db.session_scope() as s:
        set_setting(s, d.admin, "kpi.fcr_rate", "66 / 50")  # now green
        set_setting(s, d.admin, "kpi.first_response_median", "1 / 2.5")  # now red
    found = report(db, d)
    assert found.values["fcr_rate"].status == "green"
    assert found.values["first_response_median"].status == "red"
    assert found.values["first_response_median"].amber == 9000
    # A value of nothing has no colour, whatever its target.
    assert report(db, d, EMPTY).values["fcr_rate"].status is None
    assert found.values["contacts"].status is None  # no better side


@pytest.mark.parametrize(
    ("key", "shown"),
    [
        ("kpi.first_response_median", "First response, median (target / amber, business hours)"),
        ("kpi.fcr_rate", "First-contact resolution (target / amber, %)"),
        ("kpi.csat_mean", "Satisfaction (CSAT), mean (target / amber, score 1–5)"),
        ("kpi.wait_mean", "Wait before answer, mean (target / amber, seconds)"),
        (
            "kpi.complaints_per_100_purchases",
            "Complaints per 100 purchases (target / amber, per 100)",
        ),
        ("kpi.transfers_per_complaint", "Transfers per complaint (target / amber, per complaint)"),
        ("kpi.inflow_outflow_ratio", "Opened per resolved (target / amber, ratio)"),
    ],
)
def test_each_target_setting_names_its_kpi_and_the_unit_to_type_it_in(key, shown):
    assert label(key) == f"KPI target: {shown}"


RATE_WORDS = "A rate's target and amber limit are percentages from 0 to 100."
SCORE_WORDS = "A score's target and amber limit are from 1 to 5."
FCR_LABEL = "KPI target: First-contact resolution (target / amber, %)"
CSAT_LABEL = "KPI target: Satisfaction (CSAT), mean (target / amber, score 1–5)"


@pytest.mark.parametrize(
    ("key", "typed", "says"),
    [
        (
            "kpi.first_response_median",
            "hai giờ",
            "KPI target: First response, median (target / amber, business hours): Write the "
            "target and the amber limit as two numbers, for example “2 / 4”, or leave it empty "
            "for no target.",
        ),
        (
            "kpi.transfers_per_complaint",
            "0.5 - 1",
            "KPI target: Transfers per complaint (target / amber, per complaint): Write the "
            "target and the amber limit as two numbers, for example “0.5 / 1”, or leave it "
            "empty for no target.",
        ),
        ("kpi.fcr_rate", "101 / 90", f"{FCR_LABEL}: {RATE_WORDS}"),  # just over 100
        ("kpi.fcr_rate", "100.5 / 100.5", f"{FCR_LABEL}: {RATE_WORDS}"),
        ("kpi.csat_mean", "5 / 6", f"{CSAT_LABEL}: {SCORE_WORDS}"),  # the amber limit over 5
        ("kpi.csat_mean", "5.5 / 4", f"{CSAT_LABEL}: {SCORE_WORDS}"),
        ("kpi.csat_mean", "0,5 / 0,5", f"{CSAT_LABEL}: {SCORE_WORDS}"),  # under 1
        (
            "kpi.fcr_rate",
            "75 / 75.5",
            f"{FCR_LABEL}: The amber limit is below the target when higher is better.",
        ),
        (
            "kpi.repeat_contact_rate",
            "10 / 9.5",
            "KPI target: Repeat contacts within 7 days (target / amber, %): The amber limit is "
            "above the target when lower is better.",
        ),
    ],
)
def test_a_refused_target_says_which_setting_and_what_to_type(db, key, typed, says):
    with db.session_scope() as s, pytest.raises(ValidationError) as refused:
        set_setting(s, first_admin(s), key, typed)
    assert refused.value.message == says
    assert refused.value.field == key


@pytest.mark.parametrize(
    ("key", "typed", "stored"),
    [
        ("kpi.repeat_contact_rate", "0 / 100", "0 / 100"),  # a rate's two ends, lower is better
        ("kpi.fcr_rate", "100 / 100", "100 / 100"),
        ("kpi.fcr_rate", "0 / 0", "0 / 0"),
        ("kpi.fcr_rate", "80 / 70,5", "80 / 70.5"),  # a decimal comma in the amber limit
        ("kpi.csat_mean", "1 / 1", "1 / 1"),  # a score's two ends
        ("kpi.csat_mean", "5 / 5", "5 / 5"),
        ("kpi.csat_mean", "4,5", "4.5 / 4.5"),
        ("kpi.first_response_median", " 3 /5 ", "3 / 5"),  # durations: no upper limit
        ("kpi.first_response_median", "200 / 1000", "200 / 1000"),
    ],
)
def test_targets_at_the_ends_of_their_range_are_kept(db, key, typed, stored):
    with db.session_scope() as s:
        set_setting(s, first_admin(s), key, typed)
        assert get_setting(s, key) == stored


def test_an_emptied_target_leaves_the_other_targets_read(db):
    with db.session_scope() as s:
        # The first KPI with a target (first response, median) and one in the middle.
        admin = first_admin(s)
        set_setting(s, admin, "kpi.first_response_median", "")
        set_setting(s, admin, "kpi.repeat_contact_rate", "")
        found = read_targets(s)
    assert "first_response_median" not in found and "repeat_contact_rate" not in found
    assert found["first_response_p90"] == (8 * 3600, 16 * 3600)
    assert found["fcr_rate"] == (75, 65)
    assert found["reopen_rate"] == (5, 10)
    assert found["wait_mean"] == (30, 60)  # seconds stay seconds
    assert found["busy_hours_share"] == (10, 20)  # the last one
